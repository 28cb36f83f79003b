// First-load size of the landing view: every file the landing page loads, each
// brotli-compressed at quality 11 as a static host would serve it.
// Usage: node scripts/size.mjs [DIST] [--budget KB]   (exits 1 above the budget)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) || 'dist-sub';
const bi = args.indexOf('--budget');
const budget = bi >= 0 ? Number(args[bi + 1]) : Number(process.env.SIZE_BUDGET_KB || 0);

const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = new Set(['index.html']);
const isFile = (f) => f && fs.existsSync(path.join(dist, f)) && fs.statSync(path.join(dist, f)).isFile();
// What index.html references from the build (stylesheets, scripts, preloads, manifest,
// icon), then what those scripts reference in turn (loader -> JS glue -> wasm).
const queue = [];
for (const m of html.matchAll(/(?:href|src)=["']?([^"' >]+)/g)) {
  const ref = m[1].replace(/^.*?\/(?=[^/]*$)/, '');
  if (isFile(ref) && !ref.endsWith('.png') && !ref.endsWith('.ico')) {
    files.add(ref);
    if (ref.endsWith('.js')) queue.push(ref);
  }
}
while (queue.length) {
  const js = fs.readFileSync(path.join(dist, queue.pop()), 'utf8');
  for (const m of js.matchAll(/([\w.-]+\.(?:js|wasm))['"]/g)) {
    if (isFile(m[1]) && !files.has(m[1])) {
      files.add(m[1]);
      if (m[1].endsWith('.js')) queue.push(m[1]);
    }
  }
}

const rows = [...files].map((f) => {
  const raw = fs.readFileSync(path.join(dist, f));
  const br = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
  return { file: f, raw: raw.length, br: br.length };
}).sort((a, b) => b.br - a.br);
const total = rows.reduce((s, r) => s + r.br, 0);
const totalRaw = rows.reduce((s, r) => s + r.raw, 0);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log('file'.padEnd(44) + 'raw KB'.padStart(8) + '  brotli KB');
for (const r of rows) console.log(r.file.padEnd(44) + kb(r.raw) + kb(r.br));
console.log('TOTAL first load'.padEnd(44) + kb(totalRaw) + kb(total));
if (budget > 0) {
  if (total / 1024 > budget) {
    console.error(`over budget: ${(total / 1024).toFixed(1)} KB > ${budget} KB`);
    process.exit(1);
  }
  console.log(`within budget: ${(total / 1024).toFixed(1)} KB <= ${budget} KB`);
}
