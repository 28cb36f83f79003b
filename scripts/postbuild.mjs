// Post-process a Trunk release build for plain static hosting. See scripts/build.sh.
import { envImports } from './wasm-imports.mjs';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import postcss from 'postcss';
import { minify } from 'terser';

const [dist = 'dist', publicUrl = '/', viewsDir] = process.argv.slice(2);
// Keep in step with View::segment in src/state/route.rs (the e2e tests open each cold).
const VIEWS = ['story', 'story/short', 'timeline', 'companies', 'classroom', 'glossary', 'about'];
if (!viewsDir) throw new Error('usage: postbuild.mjs DIST PUBLIC_URL VIEWS_DIR (see scripts/build.sh)');

// 1. Move Trunk's inline module loader into a file so the CSP needs no 'unsafe-inline'.
function externaliseLoader(html, outDir, transform = (code) => code) {
  const inline = /<script type=("?)module\1>([\s\S]*?)<\/script>/;
  const m = html.match(inline);
  if (m && m[2].trim()) {
    const code = transform(m[2].trim()) + '\n';
    const name = `loader-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
    fs.writeFileSync(path.join(outDir, name), code);
    html = html.replace(inline, `<script type="module" src="${publicUrl}${name}"></script>`);
  }
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
    throw new Error('index.html still has an inline script: the CSP would block it');
  }
  return html;
}

// 1b. Minify each build's JS glue (wasm-bindgen's crossroads-<hash>.js). Trunk's own minifier
// gives up on it (it cannot parse `export default`) and ships it as written: 44-58 KB, where
// terser makes 20-27 KB (1.7-1.8 KB less with brotli) that the phone also parses sooner. The
// file keeps its name (its hash already names this build's glue); the page's integrity hash
// for it is renewed. Rerunning postbuild on minified glue is harmless.
async function minifyGlue(html, outDir) {
  for (const name of fs.readdirSync(outDir).filter((f) => /^crossroads-[0-9a-f]+\.js$/.test(f))) {
    const file = path.join(outDir, name);
    const code = fs.readFileSync(file, 'utf8');
    const out = await minify(code, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    if (!out.code) throw new Error(`postbuild: terser returned nothing for ${name}`);
    fs.writeFileSync(file, out.code);
    const integrity = `sha384-${crypto.createHash('sha384').update(out.code).digest('base64')}`;
    const link = new RegExp(`(<link\\b[^>]*\\bhref=("?)[^"\\s>]*/${name.replace('.', '\\.')}\\2[^>]*\\bintegrity=)("?)sha384-[^"\\s>]+\\3`);
    if (!link.test(html)) throw new Error(`postbuild: no <link … integrity> for ${name} in ${outDir}/index.html`);
    html = html.replace(link, `$1"${integrity}"`);
  }
  return html;
}

// 2. One stylesheet instead of Trunk's one per source file: on HTTP/1.1 a browser opens at
// most six connections to a host, so thirteen render-blocking stylesheets took three round
// trips before the first paint (and held back the app's own files). The files are joined
// in the order of their <link>s (the cascade is unchanged: none uses @import, @charset or
// @namespace, which only work at the top of a file) and linked once, with its integrity
// hash, where the first one was. Every view's build links the same files, so every page
// links the same bundle.
const bundled = new Set(); // the files joined into a bundle, left out of the site
function bundleStyles(html, outDir) {
  const link = /<link\b[^>]*\brel=("?)stylesheet\1[^>]*>/g;
  const links = html.match(link) || [];
  if (links.length < 2) return html;
  const parts = links.map((l) => {
    const href = (l.match(/\bhref=("?)([^"\s>]+)\1/) || [])[2];
    if (!href || !href.startsWith(publicUrl)) throw new Error(`postbuild: a stylesheet link postbuild cannot read: ${l}`);
    const file = path.join(outDir, href.slice(publicUrl.length));
    const css = fs.readFileSync(file, 'utf8');
    if (/@(import|charset|namespace)\b/.test(css)) {
      throw new Error(`postbuild: ${path.basename(file)} uses @import, @charset or @namespace: it cannot be bundled`);
    }
    return { file, css };
  });
  const css = parts.map((p) => p.css.trim()).join('\n') + '\n';
  const name = `style-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  fs.writeFileSync(path.join(outDir, name), css);
  for (const p of parts) bundled.add(path.resolve(p.file));
  const integrity = `sha384-${crypto.createHash('sha384').update(css).digest('base64')}`;
  let first = true;
  return html.replace(link, () => {
    if (!first) return '';
    first = false;
    return `<link href="${publicUrl}${name}" integrity="${integrity}" rel="stylesheet">`;
  });
}

// 2b. The order of <head>, for the first paint and the app's start on a slow network:
//   <link rel=preload> of the stylesheet, the app's loader and preloads, boot.js, then the
//   stylesheet itself.
// The stylesheet and the app's files are all requested at once, before boot.js blocks the
// parser for a round trip (Trunk puts its files at the end of <head>). boot.js comes before
// the stylesheet's <link> so that it runs as soon as it arrives: a script waits for the
// stylesheets above it, and the parser with it. It still runs before anything is painted
// (a stylesheet in <head> holds the first paint wherever it is).
function orderHead(html) {
  const files = /<script type="module" src="[^"]+"><\/script>|<link\b[^>]*\brel=("?)(modulepreload|preload)\1[^>]*>/g;
  const app = html.match(files) || [];
  const sheet = html.match(/<link\b[^>]*\brel=("?)stylesheet\1[^>]*>/);
  const boot = html.match(/<script src=("?)boot\.js\1><\/script>/);
  if (!sheet || !boot) throw new Error('postbuild: the page has no stylesheet or no boot.js to order');
  const preload = sheet[0].replace(/\brel=("?)stylesheet\1/, 'rel="preload" as="style"');
  html = html.replace(files, '').replace(boot[0], '');
  return html.replace(sheet[0], preload + app.join('') + boot[0] + sheet[0]);
}

// Copy a build's files (not its index.html) into the site. Builds share the stylesheets and
// public files (same names, same bytes); each view's wasm and JS glue are named by their hash.
function copyFiles(from, to, top = true) {
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name);
    const dst = path.join(to, e.name);
    if (e.isDirectory()) {
      fs.mkdirSync(dst, { recursive: true });
      copyFiles(src, dst, false);
    } else if (!(top && e.name === 'index.html') && !bundled.has(path.resolve(src))) {
      if (fs.existsSync(dst)) {
        if (!fs.readFileSync(dst).equals(fs.readFileSync(src))) {
          throw new Error(`two view builds write different ${path.relative(dist, dst)}`);
        }
      } else fs.copyFileSync(src, dst);
    }
  }
}

// 3. Each view's own build (scripts/build.sh: one app per view) at its own folder, so a
// view loads only its own code and data; the landing page's is the site's index.html and
// also 404.html, which sends any other view's path on to that view's own page.
fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });
// The timeline's pre-filter builds (src/pages/timeline/prefilter.rs): their files go into the
// timeline's page inside <template>s, one of which public/boot.js puts into <head> only for a
// link with a query; a plain visit never downloads them. <template id="prefilter"> is the
// light build for links without a search (feature prefilter-facets), <template
// id="prefilter-search"> the one that can search (feature prefilter).
let prefilter = '';
for (const [dir, id] of [['prefilter-facets', 'prefilter'], ['prefilter', 'prefilter-search']]) {
  const prefilterDir = path.join(viewsDir, dir);
  if (!fs.existsSync(prefilterDir)) continue;
  const trunkHtml = await minifyGlue(fs.readFileSync(path.join(prefilterDir, 'index.html'), 'utf8'), prefilterDir);
  const html = externaliseLoader(trunkHtml, prefilterDir, quietLoader);
  const files = html.match(/<script type="module" src="[^"]+"><\/script>|<link\b[^>]*\brel=("?)(modulepreload|preload)\1[^>]*>/g) || [];
  if (files.length < 2) throw new Error(`postbuild: the pre-filter build in ${dir} has no loader or preloads`);
  prefilter += `<template id="${id}">${files.join('')}</template>`;
  for (const e of fs.readdirSync(prefilterDir)) {
    if (e.endsWith('.wasm') && (await envImports(path.join(prefilterDir, e))).length) {
      throw new Error(`postbuild: the pre-filter (${dir}/${e}) imports ${(await envImports(path.join(prefilterDir, e))).join(', ')}: it reads prose its thinned facts leave out (build.rs)`);
    }
    if (/\.(js|wasm)$/.test(e) && !['boot.js', 'embed.js', 'sw.js'].includes(e)) {
      fs.copyFileSync(path.join(prefilterDir, e), path.join(dist, e));
    }
  }
}
// The pre-filter's script (public/prefilter.js), which plans most links from its build-time
// table and loads a wasm build above for the others: the table (made by the app's own code,
// natively: `prerender --prefilter-table`) written into it, minified, named by its hash, in
// <template id="prefilter-quick">, which boot.js puts into <head> for any link with a query.
if (prefilter && process.env.CROSSROADS_PRERENDER) {
  const table = execFileSync(process.env.CROSSROADS_PRERENDER, ['--prefilter-table'], { encoding: 'utf8', maxBuffer: 64 << 20 }).trim();
  if (!Array.isArray(JSON.parse(table).events)) throw new Error('postbuild: `prerender --prefilter-table` printed no table');
  const source = fs.readFileSync(new URL('../public/prefilter.js', import.meta.url), 'utf8');
  const marker = 'var TABLE = null; // postbuild: the table';
  if (!source.includes(marker)) throw new Error(`postbuild: public/prefilter.js has no "${marker}" line`);
  const out = await minify(source.replace(marker, () => `var TABLE = ${table};`), { compress: true, mangle: true, format: { comments: false } });
  const code = out.code + '\n';
  const name = `prefilter-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
  fs.writeFileSync(path.join(dist, name), code);
  const integrity = `sha384-${crypto.createHash('sha384').update(code).digest('base64')}`;
  prefilter = `<template id="prefilter-quick"><script src="${publicUrl}${name}" integrity="${integrity}"></script></template>${prefilter}`;
}
// The pre-filter is a help, never a need: when its wasm cannot be had (offline before it was
// ever cached, a blocked request) its loader gives up quietly and the app shows the set. It
// announces nothing (Trunk's loader sets window.wasmBindings and fires
// TrunkApplicationStarted, which are the app's).
function quietLoader(code) {
  const start = /^const wasm = await (init\([^;]*\));$/m;
  if (!start.test(code)) throw new Error(`postbuild: the pre-filter's loader has no "const wasm = await init(…);" line:\n${code}`);
  return code
    .replace(start, 'try {\n  await $1;\n} catch (e) {\n  // No pre-filter: the app shows the filtered set when it takes over.\n}')
    .replace(/^window\.wasmBindings = bindings;$/m, '')
    .replace(/^dispatchEvent\(new CustomEvent\("TrunkApplicationStarted"[^\n]*$/m, '')
    .replace(/^import init, \* as bindings from/m, 'import init from')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd();
}
// Folders served by another view's build: the short story is the story's app.
const BUILT_BY = { 'story/short': 'story' };
const pageOf = new Map(); // build folder -> its page, made once
for (const v of ['home', ...VIEWS]) {
  const built = path.join(viewsDir, BUILT_BY[v] || v);
  const prefiltered = v === 'timeline' && prefilter;
  if (!pageOf.has(built)) {
    for (const wasm of fs.readdirSync(built).filter((f) => f.endsWith('.wasm'))) {
      const unmet = await envImports(path.join(built, wasm));
      if (unmet.length) {
        throw new Error(`postbuild: the ${v} view's app (${wasm}) imports ${unmet.join(', ')}: it shows prose its build `
          + "leaves out; add the view to ORG_PROSE_VIEWS / TERM_PROSE_VIEWS in build.rs");
      }
    }
    const trunkHtml = await minifyGlue(fs.readFileSync(path.join(built, 'index.html'), 'utf8'), built);
    pageOf.set(built, orderHead(bundleStyles(externaliseLoader(trunkHtml, built), built)));
  }
  let html = pageOf.get(built);
  if (prefiltered) html = html.replace(/<script src=("?)boot\.js\1><\/script>/, (b) => prefilter + b);
  copyFiles(built, dist);
  const folder = v === 'home' ? dist : path.join(dist, v);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'index.html'), html);
  if (v === 'home') fs.writeFileSync(path.join(dist, '404.html'), html);
}

// 3b. boot.js (render-blocking in every page's <head>) and embed.js (in the embed code), as
// plain scripts, minified like the glue: their sources explain themselves at length.
for (const name of ['boot.js', 'embed.js']) {
  const file = path.join(dist, name);
  if (!fs.existsSync(file)) continue;
  const out = await minify(fs.readFileSync(file, 'utf8'), { compress: true, mangle: true, format: { comments: false } });
  fs.writeFileSync(file, out.code + '\n');
}

// 4. Every page pre-rendered from the same components (the native `prerender` binary that
// scripts/build.sh compiles): the views, 404.html and one page per company, chapter, term
// and event. A page that cannot be rendered fails the build, naming it.
const prerender = process.env.CROSSROADS_PRERENDER;
if (prerender) {
  execFileSync(prerender, [dist, publicUrl], { stdio: 'inherit' });
} else {
  console.warn('postbuild: CROSSROADS_PRERENDER not set: pages are not pre-rendered');
}

// 4b. Each view's own stylesheet: the bundle less the rules that cannot match anything the
// view makes. A rule stays when, for one of its selectors, every class it names occurs in the
// view's wasm (the strings its components write), in boot.js or in one of the view's
// pre-rendered pages; a modifier `block--x` also stays when `block--` occurs, for classes
// made with format!("block--{…}"). Classes inside :not(), :is(), :where() and :has() are not
// required. Rules without class selectors (elements, attributes, @keyframes) all stay. The
// landing page keeps about half of the rules; tests/e2e/styles.test.mjs checks, view by view,
// that no rule matching the page was left out.
const BUILT_PAGES = { home: ['index.html', '404.html'], story: ['story'] };
function pagesOf(view) {
  const out = [];
  const walk = (p) => {
    if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else if (p.endsWith('.html')) out.push(p);
  };
  for (const r of BUILT_PAGES[view] || [view]) walk(path.join(dist, r));
  return out;
}
function pruneStyles() {
  const boot = fs.readFileSync(path.join(dist, 'boot.js'), 'utf8');
  const escaped = publicUrl.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  const sheetLink = new RegExp(`href="${escaped}(style-[0-9a-f]+\\.css)" integrity="[^"]+"`);
  const unused = new Set();
  for (const built of pageOf.keys()) {
    const view = path.basename(built);
    const pages = pagesOf(view);
    const first = fs.readFileSync(pages[0], 'utf8').match(sheetLink);
    if (!first) throw new Error(`postbuild: ${pages[0]} links no bundled stylesheet`);
    const [linked, bundle] = first;
    const evidence = [boot, ...pages.map((p) => fs.readFileSync(p, 'utf8')),
      ...fs.readdirSync(built).filter((f) => f.endsWith('.wasm')).map((f) => fs.readFileSync(path.join(built, f)).toString('latin1'))].join('\n');
    const made = (c) => evidence.includes(c) || (c.includes('--') && evidence.includes(c.slice(0, c.indexOf('--') + 2)));
    const required = (sel) => [...sel.replace(/:(not|is|where|has)\((?:[^()]|\([^()]*\))*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);
    const root = postcss.parse(fs.readFileSync(path.join(dist, bundle), 'utf8'));
    root.walkRules((rule) => {
      if (rule.parent.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return;
      if (!rule.selectors.some((sel) => required(sel).every(made))) rule.remove();
    });
    root.walkAtRules((at) => { if (at.nodes && at.nodes.length === 0) at.remove(); });
    const css = root.toString();
    const name = `style-${crypto.createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
    fs.writeFileSync(path.join(dist, name), css);
    const integrity = `sha384-${crypto.createHash('sha384').update(css).digest('base64')}`;
    for (const p of pages) {
      const html = fs.readFileSync(p, 'utf8');
      fs.writeFileSync(p, html.split(linked).join(`href="${publicUrl}${name}" integrity="${integrity}"`));
    }
    if (name !== bundle) unused.add(bundle);
  }
  for (const b of unused) {
    const still = pagesOf('home').concat(...VIEWS.filter((v) => !v.includes('/')).map(pagesOf))
      .some((p) => fs.readFileSync(p, 'utf8').includes(b));
    if (!still) fs.rmSync(path.join(dist, b));
  }
}
if (prerender) pruneStyles();

// 5. Service worker (if the app ships one): list this build's files and version it.
const swSrc = path.join(dist, 'sw.js');
if (fs.existsSync(swSrc)) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      // Entity pages (companies/<id>/, timeline/event/<id>/ …) are cached as they are
      // visited, not precached: a first visit should not download every page of the site.
      if (e.isDirectory()) {
        if (!path.relative(dist, p).includes(path.sep)) walk(p);
      } 
      else if (e.name !== 'sw.js') files.push(path.relative(dist, p).split(path.sep).join('/'));
    }
  };
  walk(dist);
  files.sort();
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dist, f)));
  const version = hash.digest('hex').slice(0, 16);
  let sw = fs.readFileSync(swSrc, 'utf8');
  // Each view is cached under its folder URL (what a reader navigates to); the other
  // files under their own names. Each view's wasm is cached when that view first runs, not
  // up front: one visit should not download every view's app (the pre-rendered pages are
  // readable offline without it).
  const list = ['./', ...VIEWS.map((v) => `${v}/`),
    ...files.filter((f) => f !== '404.html' && !f.endsWith('index.html') && !f.endsWith('.wasm'))];
  sw = sw.replace('__CROSSROADS_VERSION__', version).replace('"__CROSSROADS_FILES__"', JSON.stringify(list));
  fs.writeFileSync(swSrc, sw);
}
console.log(`postbuild: ${dist} ready for ${publicUrl}`);
