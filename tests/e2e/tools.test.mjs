// The measuring tools themselves (no browser, no build needed): the static server's brotli
// mode, which the phone profile of scripts/perf.mjs relies on, and the per-view size budgets
// of scripts/size.mjs, which scripts/test.sh enforces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createServer } from '../../scripts/static-server.mjs';
import { mainThreadBreakdown } from '../../scripts/trace-summary.mjs';
import { pairedCompare } from '../../scripts/perf-compare.mjs';
import { pool } from '../../scripts/perf-pool.mjs';
import { ROOT } from './harness.mjs';

function fixture() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-tools-'));
  fs.mkdirSync(path.join(dir, 'story'));
  // Text that compresses well, so a compressed body is told apart from the plain one.
  const js = `export const words = ${JSON.stringify('alliance sovereign '.repeat(2000))};\n`;
  fs.writeFileSync(path.join(dir, 'app.js'), js);
  fs.writeFileSync(path.join(dir, 'loader.js'), "import './app.js'; const w = new URL('app_bg.wasm', import.meta.url);\n");
  fs.writeFileSync(path.join(dir, 'app_bg.wasm'), crypto.randomBytes(30000)); // does not compress
  fs.writeFileSync(path.join(dir, 'icon.png'), Buffer.alloc(5000, 1));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><link rel="icon" href="/x/icon.png"><p>landing</p>');
  fs.writeFileSync(path.join(dir, 'story', 'index.html'),
    '<!doctype html><link rel="canonical" href="/x/story/"><a href="/x/app.js">source</a>'
    + '<script type="module" src="/x/loader.js"></script><p>story</p>');
  fs.writeFileSync(path.join(dir, '404.html'), '<!doctype html><p>not here</p>');
  return { dir, js };
}

async function get(port, p, headers = {}) {
  const res = await fetch(`http://127.0.0.1:${port}${p}`, { headers, redirect: 'manual' });
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

test('static server: brotli mode sends br to clients that accept it, plain otherwise', async () => {
  const { dir, js } = fixture();
  const server = createServer(dir, '/x/', { brotli: true });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  try {
    // node:http hands over the body as sent (fetch() would decode it).
    const raw = (p, enc) => new Promise((resolve, reject) => {
      http.get({ port, path: p, headers: { 'accept-encoding': enc } }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, status: res.statusCode, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    const br = await raw('/x/app.js', 'gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'accept-encoding');
    assert.ok(br.body.length < js.length / 10, `compressed ${br.body.length} of ${js.length}`);
    assert.equal(zlib.brotliDecompressSync(br.body).toString(), js);
    assert.equal(Number(br.headers['content-length']), br.body.length);

    const plain = await raw('/x/app.js', 'gzip');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), js);

    const png = await raw('/x/icon.png', 'br');
    assert.equal(png.headers['content-encoding'], undefined, 'images go out as they are');
    assert.equal(png.body.length, 5000);

    const missing = await raw('/x/nowhere/', 'br');
    assert.equal(missing.status, 404);
    assert.match(zlib.brotliDecompressSync(missing.body).toString(), /not here/);
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('static server: plain mode (the browser tests) never compresses', async () => {
  const { dir, js } = fixture();
  const server = createServer(dir, '/x/');
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  try {
    const { res, body } = await get(server.address().port, '/x/app.js', { 'accept-encoding': 'br' });
    assert.equal(res.headers.get('content-encoding'), null);
    assert.equal(body.toString(), js);
    const dirNoSlash = await get(server.address().port, '/x/story?lang=en');
    assert.equal(dirNoSlash.res.status, 301);
    assert.equal(dirNoSlash.res.headers.get('location'), '/x/story/?lang=en');
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('size.mjs: each view counts what its own HTML loads; budgets fail by name', () => {
  const { dir } = fixture();
  const size = (...args) => spawnSync('node', [path.join(ROOT, 'scripts/size.mjs'), dir, ...args], { encoding: 'utf8' });
  try {
    const ok = size('--budget-view', 'story=50', '--budget', '1');
    assert.equal(ok.status, 0, ok.stderr);
    const row = (view) => ok.stdout.split('\n').find((l) => l.startsWith(`| ${view} |`)).split('|').map((c) => c.trim());
    // story: its HTML, the loader, the JS it imports and the wasm it names; not the page
    // linked as canonical, not the script only linked with <a>.
    assert.equal(row('story')[2], '4');
    assert.ok(Number(row('story')[5]) > 0, 'the wasm is counted');
    // landing: its HTML only (the icon is an image).
    assert.equal(row('landing')[2], '1');

    const over = size('--budget-view', 'story=0.1');
    assert.equal(over.status, 1);
    assert.match(over.stderr, /story first load is [\d.]+ KB brotli-11, over its budget of 0\.1 KB/);
    assert.match(over.stderr, /largest: /);

    const budgets = path.join(dir, 'budgets.json');
    fs.writeFileSync(budgets, JSON.stringify({ $comment: 'x', landing: 10, classroom: 10 }));
    const stale = size('--budgets', budgets);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /names the view "classroom", but .* has no classroom\/index\.html/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('size.mjs: what a page holds in a <template> counts only for its own row', () => {
  const { dir } = fixture();
  fs.mkdirSync(path.join(dir, 'timeline'));
  fs.writeFileSync(path.join(dir, 'pre.js'), "const w = new URL('pre_bg.wasm', import.meta.url);\n");
  fs.writeFileSync(path.join(dir, 'pre_bg.wasm'), crypto.randomBytes(20000));
  fs.writeFileSync(path.join(dir, 'search.js'), "const w = new URL('search_bg.wasm', import.meta.url);\n");
  fs.writeFileSync(path.join(dir, 'search_bg.wasm'), crypto.randomBytes(40000));
  fs.writeFileSync(path.join(dir, 'timeline', 'index.html'),
    '<!doctype html><script type="module" src="/x/loader.js"></script>'
    + '<template id="prefilter-quick"><script src="/x/quick.js"></script></template>'
    + '<template id="prefilter"><link rel="modulepreload" href="/x/pre.js"></template>'
    + '<template id="prefilter-search"><link rel="modulepreload" href="/x/search.js"></template><p>timeline</p>');
  fs.writeFileSync(path.join(dir, 'quick.js'), crypto.randomBytes(5000).toString('base64'));
  const size = (...args) => spawnSync('node', [path.join(ROOT, 'scripts/size.mjs'), dir, ...args], { encoding: 'utf8' });
  try {
    const ok = size();
    assert.equal(ok.status, 0, ok.stderr);
    const row = (view) => ok.stdout.split('\n').find((l) => l.startsWith(`| ${view} |`))?.split('|').map((c) => c.trim());
    // The plain visit: HTML, loader, app JS and wasm; not the templates' pre-filters.
    assert.equal(row('timeline')[2], '4');
    // A filtered link: the same plus the pre-filter's script, no wasm of its own.
    assert.equal(row('timeline, filtered link')[2], '5');
    const wasmKb = (view) => Number(row(view)[5]) - Number(row('timeline')[5]);
    assert.equal(wasmKb('timeline, filtered link'), 0, 'no pre-filter wasm');
    // A link the script cannot plan: the script, and the light pre-filter's JS and wasm.
    assert.equal(row('timeline, filtered link, wasm-planned')[2], '7');
    assert.ok(wasmKb('timeline, filtered link, wasm-planned') > 15 && wasmKb('timeline, filtered link, wasm-planned') < 25, 'the light pre-filter wasm, alone');
    // A search link: the plain visit plus the script and the searching pre-filter's files.
    assert.equal(row('timeline, search link')[2], '7');
    assert.ok(wasmKb('timeline, search link') > 35 && wasmKb('timeline, search link') < 45, 'the search pre-filter wasm, alone');
    assert.equal(row('story, filtered link'), undefined, 'only pages with a template of scripts get the row');

    const over = size('--budget-view', 'timeline=100', '--budget-view', 'timeline, filtered link=3');
    assert.equal(over.status, 1);
    assert.match(over.stderr, /timeline, filtered link first load is [\d.]+ KB brotli-11, over its budget of 3 KB/);
    assert.doesNotMatch(over.stderr, /- timeline first load/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the size budgets file names every view of the site with a positive budget', () => {
  const budgets = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts/size-budgets.json'), 'utf8'));
  // Issue 11 asks for 150 KB; held at 170 while the landing carries issue 14's roads and
  // compact axis (see the budgets file). It must never grow past that unnoticed.
  assert.ok(budgets.landing <= 170, 'the landing first load stays within 170 KB');
  // Keep in step with VIEWS in scripts/postbuild.mjs.
  const src = fs.readFileSync(path.join(ROOT, 'scripts/postbuild.mjs'), 'utf8');
  const views = JSON.parse(src.match(/const VIEWS = (\[[^\]]*\])/)[1].replace(/'/g, '"'));
  // A nested folder (story/short) runs its top-level view's app and shares its budget.
  for (const v of views) assert.ok(budgets[v.split('/')[0]] > 0, `no budget for ${v}`);
  execFileSync('node', ['--check', path.join(ROOT, 'scripts/perf.mjs')]);
});

test('perf --trace: the main thread\'s time is split by kind, each moment counted once', () => {
  // A hand-made trace, times in µs. Main thread (1:1, where HTML is parsed): a 10 ms task
  // holding a 5 ms parse, holding a 2 ms script that forces a 1 ms layout (itself holding
  // a slice of no known kind); then a 4 ms paint. A 9 ms layout on another thread is not
  // the page's main thread.
  const X = (name, ts, dur, pid = 1, tid = 1) => ({ name, ph: 'X', ts, dur, pid, tid });
  const events = [
    { name: 'navigationStart', ph: 'R', ts: 1000, pid: 1, tid: 1 },
    X('RunTask', 1000, 10000),
    X('ParseHTML', 2000, 5000),
    X('EvaluateScript', 3000, 2000),
    X('Layout', 3500, 1000),
    X('SomethingNew', 3600, 400),
    X('Paint', 20000, 4000),
    X('Layout', 2000, 9000, 2, 5),
  ];
  assert.deepEqual(mainThreadBreakdown(events),
    { parse: 3, style: 0, layout: 1, paint: 4, script: 1, other: 5 });
  // Up to 21 ms after navigation start: half of the paint.
  assert.deepEqual(mainThreadBreakdown(events, 21),
    { parse: 3, style: 0, layout: 1, paint: 2, script: 1, other: 5 });
  // Up to 4 ms (5000 µs): the task's first ms, the parse's first ms, the script and its
  // layout (both over by then: 1 ms each).
  assert.deepEqual(mainThreadBreakdown(events, 4),
    { parse: 1, style: 0, layout: 1, paint: 0, script: 1, other: 1 });
  // A trace without a parsed page says nothing rather than guessing.
  assert.deepEqual(mainThreadBreakdown([X('Layout', 0, 5000, 2, 5)]),
    { parse: 0, style: 0, layout: 0, paint: 0, script: 0, other: 0 });
});

/** One load as scripts/perf.mjs records it (only what the figures read). */
const load = (fcp, o = {}) => ({ fcp, content: null, exact: null, ready: null, slide: null, cls: 0,
  foPainted: [], foInserted: [], foreign: [], errors: [], ...o });

test('perf-pool: several runs pooled round by round, and how many runs met each target', () => {
  const tl = (slides) => ({ summary: { slide: [...slides].sort((a, b) => a - b)[1] },
    runs: slides.map((slide) => load(900, { slide })) });
  // Run A: TimelineJS 2.0 s; the timeline's content 950 ms (the third round's content came
  // before first paint, at 950 ms: it counts from there), ready 2.1 s, CLS 0.01.
  const a = { profile: 'phone', timelinejs: tl([2000, 1800, 2200]), views: [
    { summary: { view: 'timeline', path: 'timeline/', filtered: false, content: 950, ready: 2100, cls: 0.01, painted: [] },
      runs: [load(600, { content: 900, ready: 2000 }), load(600, { content: 1000, ready: 2100, cls: 0.01 }),
        load(950, { content: 500, ready: 2200 })] },
    { summary: { view: 'naver', path: 'timeline/?company=naver', filtered: true, exact: 1600, ready: 2000, cls: 0, painted: ['x'] },
      runs: [load(600, { exact: 1500, ready: 1900 }), load(600, { exact: 1600, ready: 2000 }),
        load(600, { exact: 1700, ready: 2100, foPainted: ['x'] })] }] };
  // Run B: TimelineJS 1.7 s, so its 870 ms content is 0.51× and its ready 2.05 s 1.21×.
  const b = { profile: 'phone', timelinejs: tl([1600, 1700, 1800]), views: [
    { summary: { view: 'timeline', path: 'timeline/', filtered: false, content: 870, ready: 2050, cls: 0.03, painted: [] },
      runs: [load(600, { content: 880, ready: 2100 }), load(600, { content: 860, ready: 2000, cls: 0.03 }),
        load(600, { content: 870, ready: 2050 })] }] };
  const p = pool([{ name: 'a.json', json: a }, { name: 'b.json', json: b }]);
  // Worked out by hand. TimelineJS over six rounds: 1600 1700 1800 1800 2000 2200, median
  // 1800. Content: 860 870 880 900 950 1000, median 890: 0.494×, met in run A only. Ready:
  // 2000 2000 2050 2100 2100 2200, median 2075: 1.153×, met in run A only. CLS: the worst
  // round, 0.03, over the target; run A met it.
  assert.equal(p.runs, 2);
  assert.equal(p.rounds, 6);
  assert.equal(p.slide, 1800);
  const [timeline, naver] = p.views;
  assert.equal(timeline.view, 'timeline');
  assert.ok(Math.abs(timeline.pooled.content.ratio - 890 / 1800) < 1e-9, String(timeline.pooled.content.ratio));
  assert.equal(timeline.pooled.content.pass, true);
  assert.deepEqual(timeline.met, { content: 1, exact: null, ready: 1, cls: 1 });
  assert.ok(Math.abs(timeline.pooled.ready.ratio - 2075 / 1800) < 1e-9);
  assert.equal(timeline.pooled.ready.pass, true);
  assert.equal(timeline.pooled.cls.pass, false);
  assert.equal(timeline.pooled.exact, null);
  // A filtered link is judged on its exact set (1600/1800 = 0.89×), which fails once a round
  // painted an event it filters out; it was in one run only.
  assert.equal(naver.runs, 1);
  assert.equal(naver.pooled.content, null);
  assert.ok(Math.abs(naver.pooled.exact.ratio - 1600 / 1800) < 1e-9);
  assert.equal(naver.pooled.exact.painted, 1);
  assert.equal(naver.pooled.exact.pass, false);
  assert.deepEqual(naver.met, { content: null, exact: 0, ready: 1, cls: 1 });
  // Runs that cannot be pooled are refused, naming the file.
  assert.throws(() => pool([{ name: 'a.json', json: a }, { name: 'd.json', json: { ...b, profile: 'desktop' } }]),
    /d\.json is a desktop run, a\.json a phone run/);
  assert.throws(() => pool([{ name: 'c.json', json: { ...b, timelinejs: null } }]), /c\.json has no TimelineJS runs/);
});

/** A minimal wasm module importing one function, `module.name`. */
function wasmImporting(module, name) {
  const str = (s) => [s.length, ...Buffer.from(s)];
  const types = [0x01, 0x04, 0x01, 0x60, 0x00, 0x00];
  const body = [0x01, ...str(module), ...str(name), 0x00, 0x00];
  return Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...types, 0x02, body.length, ...body]);
}

test('perf --against: two builds are compared round by round, and small differences are noise', () => {
  // In every round ours came 100 ms after theirs (worked out by hand: +100, +100, +100, median
  // +100, above 50 ms and above 10% of their 500 ms).
  const drifting = pairedCompare([500, 600, 700], [400, 500, 600]);
  assert.equal(drifting.diff, 100);
  assert.equal(drifting.verdict, 'slower');
  // The medians alone (410 against 420 ms) would call ours faster; the rounds (+100, +480,
  // −390: median +100) say slower, which is what a drifting machine load hides.
  const paired = pairedCompare([400, 900, 410], [300, 420, 800]);
  assert.equal(paired.ours, 410);
  assert.equal(paired.theirs, 420);
  assert.equal(paired.diff, 100);
  assert.equal(paired.verdict, 'slower');
  // +30 ms per round: under the 50 ms floor, so not slower; faster is never slower.
  assert.equal(pairedCompare([530, 430, 630], [500, 400, 600]).verdict, 'not slower');
  assert.equal(pairedCompare([300, 320, 310], [700, 690, 720]).verdict, 'not slower');
  // 10% of a slow baseline: +150 ms on 2 s is noise, +250 ms is not.
  assert.equal(pairedCompare([2150, 2150, 2150], [2000, 2000, 2000]).verdict, 'not slower');
  assert.equal(pairedCompare([2250, 2250, 2250], [2000, 2000, 2000]).verdict, 'slower');
  // A round that timed out on our side counts against us; one not measured is left out.
  const timedOut = pairedCompare([Infinity, Infinity, 400], [400, 400, 400]);
  assert.equal(timedOut.verdict, 'slower');
  const gap = pairedCompare([NaN, 410, 420], [400, 400, 400]);
  assert.equal(gap.pairs, 2);
  assert.equal(gap.diff, 15);
  assert.equal(gap.verdict, 'not slower');
  assert.equal(pairedCompare([NaN], [400]).verdict, 'n/a');
  assert.throws(() => pairedCompare([1, 2], [1]), /2 rounds against 1/);
});

test("wasm-imports.mjs: finds a view app's import of a prose guard, and nothing in a sound app", async () => {
  const { envImports } = await import('../../scripts/wasm-imports.mjs');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-imports-'));
  const guard = 'crossroads_build_carries_no_term_definitions_see_build_rs';
  fs.writeFileSync(path.join(dir, 'bad.wasm'), wasmImporting('env', guard));
  fs.writeFileSync(path.join(dir, 'good.wasm'), wasmImporting('./crossroads_bg.js', '__wbg_remove_1'));
  assert.deepEqual(await envImports(path.join(dir, 'bad.wasm')), [guard]);
  assert.deepEqual(await envImports(path.join(dir, 'good.wasm')), []);
  // The built apps themselves, when there is a build: none imports a guard.
  const dist = path.join(ROOT, 'dist-sub');
  const built = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => f.endsWith('.wasm')) : [];
  for (const f of built) assert.deepEqual(await envImports(path.join(dist, f)), [], f);
  fs.rmSync(dir, { recursive: true, force: true });
});

// A page whose copy that shows arrives while a queue of busy tasks waits, as the end of a
// long pre-rendered page leaves the parser's last tasks and the DOMContentLoaded handlers
// queued: the browser draws frames between them. Each language's copy has its own
// <main id="main">; the other copy stays hidden.
const PROBE_PAGE = `<!doctype html><title>probe</title>
<div hidden><main id="main"><h1>The other copy</h1><p data-event="a">a</p><p data-event="b">b</p></main></div>
<div id="shown"></div>
<script>
  const ch = new MessageChannel();
  let n = 0;
  ch.port1.onmessage = () => {
    const end = performance.now() + 40;
    while (performance.now() < end);
    n += 1;
    if (n === 1) {
      document.getElementById('shown').innerHTML =
        '<main id="main"><h1>This copy</h1><p data-event="a">a</p><p data-event="b">b</p></main>';
      window.shownAt = performance.now();
    }
    if (n === 15) window.busyDone = performance.now();
  };
  for (let i = 0; i < 15; i++) ch.port2.postMessage(0);
</script>`;

test('perf probe: content is timed at the frame that shows it, not after the tasks queued before, and in the copy that shows', async () => {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    const cfg = { heading: 'main#main h1', items: { sel: 'main#main [data-event]', keys: ['data-event'] },
      expected: ['a', 'b'], text: 0, events: null, slide: null };
    const probe = fs.readFileSync(path.join(ROOT, 'scripts/perf-probe.js'), 'utf8');
    await page.addInitScript({ content: probe.replace('__PERF_CFG__', JSON.stringify(cfg)) });
    await page.route('http://probe.test/', (route) => route.fulfill({ contentType: 'text/html', body: PROBE_PAGE }));
    await page.goto('http://probe.test/');
    // A probe that looked only at the first <main> (the hidden copy's) would never see it.
    await page.waitForFunction(() => window.busyDone && window.__perf.content !== null, null, { timeout: 10000 });
    const got = await page.evaluate(() => ({ content: window.__perf.content, shownAt: window.shownAt, busyDone: window.busyDone }));
    assert.ok(got.content >= got.shownAt, `timed after the copy arrived: ${JSON.stringify(got)}`);
    // 15 tasks of 40 ms: one timed behind the queue would come about 0.5 s later.
    assert.ok(got.content < got.busyDone - 200, `timed at its frame, not behind the queue: ${JSON.stringify(got)}`);
  } finally {
    await browser.close();
  }
});
