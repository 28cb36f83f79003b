// The timeline pre-filter's own plans (public/prefilter.js, from its build-time table)
// against the app's (src/pages/timeline/prefilter.rs `plan`, the app's parser, filter and
// words), for every planned value alone and thousands of combinations, spellings and edge
// links (examples/prefilter_corpus.rs). No browser, no build: the example prints both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { ROOT } from './harness.mjs';

// The script as a browser runs it (a classic script); given a `module`, it hands out `plan`.
const sandbox = { module: { exports: {} }, URLSearchParams };
vm.runInNewContext(fs.readFileSync(path.join(ROOT, 'public', 'prefilter.js'), 'utf8'), sandbox);
// Its objects are the sandbox's (other prototypes): compared as the JSON they are.
const plan = (table, search) => JSON.parse(JSON.stringify(sandbox.module.exports.plan(table, search)));
const corpus = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--example', 'prefilter_corpus'],
  { cwd: ROOT, maxBuffer: 64 << 20, encoding: 'utf8' }));

test('every plan the script makes from the table is the app\'s, word for word', () => {
  let made = 0;
  for (const [search, want] of corpus.cases) {
    const got = plan(corpus.table, search);
    if (got === null) continue;
    made += 1;
    assert.notEqual(want, null, `${search}: the script plans a link the app would not show as a list`);
    assert.deepEqual(got, want, search);
  }
  // It would be no help if it left most links to the wasm build: of the links the app
  // plans, the script must plan nearly all (those of current spellings).
  const planned = corpus.cases.filter(([, want]) => want !== null).length;
  assert.ok(made >= 0.95 * planned, `the script plans ${made} of the ${planned} links the app plans`);
  assert.ok(planned > 1000, `${planned} planned links in the corpus`);
});

test('the shared links of the README and the perf profile are planned from the table', () => {
  for (const search of ['?lang=ko&company=naver&from=2024', '?lang=en&stance=sovereign',
    '?company=naver,kt&stance=alliance', '?layer=chips&to=2024-06']) {
    const got = plan(corpus.table, search);
    assert.ok(got && got.shown.length > 0, search);
  }
});

test('links the table cannot plan are left to the wasm build or the app', () => {
  for (const search of ['', '?lang=en', '?q=HBM', '?search=HBM', '?org=naver', '?stance=both',
    '?company=NAVER', '?company=', '?company=naver,', '?from=2024-03-15', '?from=2024-3',
    '?stance=sovereign&sort=old', '?stance=sovereign&bogus=1', '?lang=fr&stance=sovereign',
    '?embed=true&stance=sovereign', '?from=2024&from=2025', '?company=acme', '?company=%E0%A4%A',
    '?stance=sovereign&event=kt-microsoft-alliance', '?company=<script>', '?constructor=x&stance=sovereign',
    '?__proto__=x&stance=sovereign', '?toString=1', '?stance=sovereign&hasOwnProperty=1', '?stance=%']) {
    assert.equal(plan(corpus.table, search), null, search);
  }
});

test('a plan\'s words are in both languages and its counts add up', () => {
  const p = plan(corpus.table, '?lang=ko&company=naver&from=2024');
  const n = p.shown.length;
  assert.equal(p.words[1].count, `${n} of ${corpus.table.events.length} events`);
  assert.equal(p.words[0].count, `사건 ${corpus.table.events.length}건 중 ${n}건`);
  assert.deepEqual(p.words[1].chips, [['Naver', 'Remove filter: Naver'], ['From 2024', 'Remove filter: From 2024']]);
  const sum = p.words[1].years.reduce((s, [, t]) => s + Number(t.replace(/ events?$/, '')), 0);
  assert.equal(sum, n);
});
