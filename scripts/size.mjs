// First-load size of every view: each view's index.html (the site's root index.html is the
// landing view, every top-level folder with an index.html is a view) and what it loads at
// once, followed from the HTML (stylesheets, scripts, preloads, manifest) through the
// scripts (loader -> JS glue -> wasm), each file brotli-compressed at quality 11 as a
// static host serves it. Images, and what the app fetches later at run time, are not counted.
// What a page holds in a <template> is not loaded by a plain visit: the timeline's pre-filter
// is loaded by boot.js only for a link with a query, so the timeline gets a row for each way,
// the plain visit plus those templates' files, with a budget of its own: "timeline, filtered
// link" (<template id="prefilter-quick">, its script, which plans most links from a table),
// "timeline, filtered link, wasm-planned" (the script and <template id="prefilter">, the
// wasm build for the links without a search it cannot plan) and "timeline, search link"
// (the script and <template id="prefilter-search">). Another template of scripts gets
// "VIEW, <id> link".
// Usage: node scripts/size.mjs [DIST] [--budgets FILE] [--budget-view VIEW=KB]… [--budget KB]
//   --budgets      a JSON file { "VIEW": KB, … } (e.g. scripts/size-budgets.json)
//   --budget-view  one view's budget (repeatable; overrides the file)
//   --budget       the landing view's budget (kept for older scripts)
// Exits 1 when a view is over its budget, or when a budget names a view the build lacks.
import fs from 'node:fs';
import path from 'node:path';
import { brotli } from './static-server.mjs';

const args = process.argv.slice(2);
const valueFlags = new Set(['--budgets', '--budget-view', '--budget']);
const dist = args.find((a, i) => !a.startsWith('--') && !valueFlags.has(args[i - 1])) || 'dist-sub';
const budgets = {};
for (let i = 0; i < args.length; i++) {
  const [a, v] = [args[i], args[i + 1]];
  if (a === '--budgets') {
    for (const [view, kb] of Object.entries(JSON.parse(fs.readFileSync(v, 'utf8')))) {
      if (!view.startsWith('$')) budgets[view] = Number(kb);
    }
  } else if (a === '--budget-view') {
    const m = /^([\w-]+(?:, [\w -]+ link)?)=(\d+(?:\.\d+)?)$/.exec(v || '');
    if (!m) throw new Error(`--budget-view wants VIEW=KB, got "${v}"`);
    budgets[m[1]] = Number(m[2]);
  } else if (a === '--budget') {
    budgets.landing = Number(v);
  }
}
if (!args.includes('--budget') && process.env.SIZE_BUDGET_KB) budgets.landing = Number(process.env.SIZE_BUDGET_KB);
for (const [view, kb] of Object.entries(budgets)) {
  if (!(kb > 0)) throw new Error(`the budget for "${view}" is not a positive number of KB: ${kb}`);
}

const root = path.resolve(dist);
const isFile = (rel) => {
  const p = path.join(root, rel);
  return p.startsWith(root + path.sep) && fs.existsSync(p) && fs.statSync(p).isFile();
};

// A reference as a file of the build, or null (other origins, pages, missing files). The
// build's URLs carry its public path (/crossroads/…), so an absolute path is matched by its
// longest tail that names a file; a relative one is resolved against the referring file.
function resolve(ref, fromRel) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return null;
  const clean = ref.split(/[?#]/)[0];
  if (!clean || clean.endsWith('/')) return null;
  if (!clean.startsWith('/')) {
    const rel = path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), clean));
    if (isFile(rel)) return rel;
  }
  const parts = clean.split('/').filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const rel = parts.slice(i).join('/');
    if (isFile(rel)) return rel;
  }
  return null;
}

const SKIP = /\.(png|ico|jpe?g|gif|webp|avif)$/i;

// What one page loads at once: <link> and <script> references of its HTML (pages linked as
// canonical or alternate are not loads), then the JS and wasm its scripts name.
function firstLoad(htmlRel, { templates = false } = {}) {
  const files = new Set([htmlRel]);
  const queue = [];
  const add = (rel) => {
    if (!rel || files.has(rel) || SKIP.test(rel)) return;
    files.add(rel);
    if (/\.m?js$/.test(rel)) queue.push(rel);
  };
  const page = fs.readFileSync(path.join(root, htmlRel), 'utf8');
  // The app's own files (<template id="app-files">) are loaded on every visit; another
  // template's only for its own row (`templates`: its id).
  const html = page.replace(/<template\b([^>]*)>[\s\S]*?<\/template>/gi, (t, attrs) => {
    const id = /\bid="?([\w-]+)/.exec(attrs)?.[1];
    return id === 'app-files' || (templates && templates.includes(id)) ? t : '';
  });
  for (const tag of html.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const rel = /\brel=["']?([^"'>]+)/i.exec(tag[0])?.[1] || '';
    if (/\b(canonical|alternate|prev|next|search)\b/i.test(rel)) continue;
    const ref = /\b(?:href|src)=["']?([^"' >]+)/i.exec(tag[0])?.[1];
    if (ref) add(resolve(ref, htmlRel));
  }
  while (queue.length) {
    const js = queue.pop();
    const code = fs.readFileSync(path.join(root, js), 'utf8');
    for (const m of code.matchAll(/["'`]([^"'`\s]+\.(?:m?js|wasm))["'`]/g)) add(resolve(m[1], js));
  }
  return [...files];
}

const views = [];
if (isFile('index.html')) views.push({ view: 'landing', html: 'index.html' });
for (const e of fs.readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
  if (e.isDirectory() && isFile(`${e.name}/index.html`)) views.push({ view: e.name, html: `${e.name}/index.html` });
}
// A view whose page holds <template>s with scripts in them (loaded only for some links): a
// row for each.
// The pre-filter's script (<template id="prefilter-quick">) comes with any link with a query;
// the wasm builds come beside it for the links it cannot plan from its table.
const ROW_OF = { 'prefilter-quick': 'filtered link', prefilter: 'filtered link, wasm-planned', 'prefilter-search': 'search link' };
const rowName = (id) => ROW_OF[id] || `${id} link`;
const WITH = { prefilter: ['prefilter-quick'], 'prefilter-search': ['prefilter-quick'] };
for (const v of [...views]) {
  const page = fs.readFileSync(path.join(root, v.html), 'utf8');
  const ids = [...page.matchAll(/<template\b[^>]*\bid="?([\w-]+)[^>]*>([\s\S]*?)<\/template>/gi)]
    .filter(([, id, body]) => id !== 'app-files' && /<(script|link)\b/i.test(body)).map(([, id]) => id);
  ids.forEach((id, i) => {
    views.splice(views.indexOf(v) + 1 + i, 0, { view: `${v.view}, ${rowName(id)}`, html: v.html, templates: [id, ...(WITH[id] || [])] });
  });
}
if (views.length === 0) throw new Error(`${dist} has no index.html: build the site first`);

const sizes = new Map();
const sizeOf = (rel) => {
  if (!sizes.has(rel)) {
    const raw = fs.readFileSync(path.join(root, rel));
    sizes.set(rel, { raw: raw.length, br: brotli(raw).length });
  }
  return sizes.get(rel);
};
const kb = (n) => (n / 1024).toFixed(1);
for (const v of views) {
  v.files = firstLoad(v.html, { templates: v.templates });
  const sum = (pick, filter = () => true) => v.files.filter(filter).reduce((s, f) => s + sizeOf(f)[pick], 0);
  v.raw = sum('raw');
  v.br = sum('br');
  v.wasm = sum('br', (f) => f.endsWith('.wasm'));
}

// Every file some view loads, with the views that load it.
const users = new Map();
for (const v of views) for (const f of v.files) users.set(f, [...(users.get(f) || []), v.view]);
console.log(`First-load files in ${dist} (brotli-11):\n`);
console.log('file'.padEnd(48) + 'raw KB'.padStart(9) + 'brotli KB'.padStart(11) + '  loaded by');
for (const [f, who] of [...users].sort((a, b) => sizeOf(b[0]).br - sizeOf(a[0]).br)) {
  const by = who.length === views.length ? 'every view' : who.join(', ');
  console.log(f.padEnd(48) + kb(sizeOf(f).raw).padStart(9) + kb(sizeOf(f).br).padStart(11) + `  ${by}`);
}

console.log('\n| view | files | first load, raw KB | first load, brotli KB | of which wasm, brotli KB | budget KB |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const v of views) {
  console.log(`| ${v.view} | ${v.files.length} | ${kb(v.raw)} | ${kb(v.br)} | ${kb(v.wasm)} | ${budgets[v.view] ?? ''} |`);
}

const failures = [];
for (const [view, budget] of Object.entries(budgets)) {
  const v = views.find((x) => x.view === view);
  if (!v) {
    const page = view.includes(', ') ? `${view.split(', ')[0]}/index.html with a <template> of scripts for "${view.split(', ')[1]}"`
      : `${view === 'landing' ? '' : `${view}/`}index.html`;
    failures.push(`a size budget names the view "${view}", but ${dist} has no ${page} (rename or remove the budget)`);
  } else if (v.br / 1024 > budget) {
    const top = v.files.map((f) => [f, sizeOf(f).br]).sort((a, b) => b[1] - a[1]).slice(0, 3)
      .map(([f, b]) => `${f} ${kb(b)} KB`).join(', ');
    failures.push(`${view} first load is ${kb(v.br)} KB brotli-11, over its budget of ${budget} KB `
      + `by ${kb(v.br - budget * 1024)} KB (largest: ${top})`);
  }
}
const unbudgeted = views.filter((v) => Object.keys(budgets).length && !(v.view in budgets)).map((v) => v.view);
if (unbudgeted.length) console.log(`\nno budget for: ${unbudgeted.join(', ')}`);
if (failures.length) {
  console.error(`\nsize budget exceeded:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  console.error('A budget is raised in scripts/size-budgets.json only with the reason in the commit.');
  process.exit(1);
}
if (Object.keys(budgets).length) {
  console.log(`\nwithin budget: ${Object.entries(budgets).map(([v, b]) => `${v} ≤ ${b} KB`).join(', ')}`);
}
