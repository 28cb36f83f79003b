// Fails when a Rust function in src/ is longer than the limit (default 150 lines), so a
// component stays small enough to read: split it into smaller components instead.
// Usage: node scripts/fn-length.mjs [DIR] [LIMIT]. Generated code (OUT_DIR) is not in src/.
// A function runs from its `fn` line to the closing brace at the same indentation.
import fs from 'node:fs';
import path from 'node:path';

const [dir = 'src', limitArg = '150'] = process.argv.slice(2);
const LIMIT = Number(limitArg);
const FN = /^(\s*)(?:pub(?:\([^)]*\))?\s+)?(?:const\s+)?(?:async\s+)?(?:unsafe\s+)?fn\s+(\w+)/;

function* files(d) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.name.endsWith('.rs')) yield p;
  }
}

const long = [];
let count = 0;
for (const file of files(dir)) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(FN);
    if (!m) continue;
    // A declaration without a body (trait method) ends with `;` before any `{`.
    let j = i;
    while (j < lines.length && !lines[j].includes('{') && !lines[j].trimEnd().endsWith(';')) j++;
    if (j >= lines.length || (!lines[j].includes('{'))) continue;
    if (lines[j].trimEnd().endsWith('}') && j === i) continue; // one-line fn
    const close = `${m[1]}}`;
    let k = j + 1;
    while (k < lines.length && !(lines[k].startsWith(close) && lines[k].trim().startsWith('}'))) k++;
    count++;
    const n = k - i + 1;
    if (n > LIMIT) long.push(`${file}:${i + 1} fn ${m[2]}: ${n} lines`);
  }
}
if (long.length) {
  console.error(`fn-length: ${long.length} of ${count} functions are longer than ${LIMIT} lines:\n  ${long.join('\n  ')}`);
  process.exit(1);
}
console.log(`fn-length: all ${count} functions in ${dir}/ are at most ${LIMIT} lines`);
