// Cold-load speed of every view, in headless Chromium, beside TimelineJS 3.9 showing the same
// dated events from the same server in the same run. Each load is a fresh browser context
// (empty cache, service workers blocked); the figures are medians over RUNS loads, taken in
// rounds (every case once per round) so that both sides see the same machine.
//
// Usage: node scripts/perf.mjs [DIST] [RUNS] [--profile desktop|phone] [--views a,b,…]
//                              [--json FILE] [--baseline FILE] [--events-json FILE] [--no-timelinejs]
//                              [--trace DIR] [--against DIST2]
//   DIST is served under /crossroads/ (default dist-sub); RUNS defaults to 5.
//   desktop  loopback as it is, no throttling, files served uncompressed (the default).
//   phone    the Lighthouse mobile profile: 150 ms round trip, 1.6 Mbps down / 750 kbps up
//            (DevTools Protocol network emulation), CPU slowed 4×, a 390×844 touch screen
//            with a mobile user agent, files served brotli-compressed as a static host or
//            CDN serves them.
//   --views  a subset of the view ids below; --json writes every run's raw figures;
//   --baseline FILE  compares with an earlier run's --json file (same profile).
//   --events-json  the fact base as `cargo run --example events_json` prints it (read
//            instead of running cargo).
//   --trace DIR  records a Chromium trace of every measured load into DIR (open one in
//            DevTools' Performance panel) and prints where each view's main thread spent its
//            time before its content was on screen (parse, style, layout, paint, script;
//            scripts/trace-summary.mjs). Tracing slows the page: its timings are for
//            diagnosis, not for the report.
//   --against DIST2  another build (an older commit's, say) measured in the same rounds:
//            each round loads every view from both builds, one right after the other, the
//            order alternating; a table then gives, per view, both builds' medians and the
//            median of the per-round differences, with a verdict (scripts/perf-compare.mjs).
//            "Ready" compares this build's data-app=ready with the other's, or with the
//            other's content where it does not set data-app (an app that renders the whole
//            view itself is ready when its content is there).
//
// Per view: first contentful paint; content on screen (the view's heading in the viewport,
// every item the fully loaded view shows rendered, and the <main> that shows (a pre-rendered
// page holds each language's copy until it is parsed) holding at least 90% of its
// fully loaded text; the items per view are listed in VIEWS); for filtered links, when the
// exact filtered set is first rendered and whether an event outside it was ever rendered in
// any frame; when <html data-app="ready"> appears ("n/a" while the app does not set it);
// CLS (web-vitals session windows, shifts after input excluded; the worst run); bytes over
// the wire (encoded transfer sizes, headers included). scripts/perf-probe.js, injected into
// each page, does the observing (how a time is taken is explained there). With the phone
// profile the issue-11 targets are printed as pass/fail; they are a report and never fail
// the run.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from './static-server.mjs';
import { TRACE_CATEGORIES, mainThreadBreakdown } from './trace-summary.mjs';
import { pairedCompare } from './perf-compare.mjs';
import { TARGETS, judge, num, onScreen, ratio, summarise } from './perf-targets.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BASE = '/crossroads/';
const TL_BASE = '/timelinejs/';

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const flagged = new Set(['--profile', '--views', '--json', '--events-json', '--baseline', '--trace', '--against']);
const positional = argv.filter((a, i) => !a.startsWith('--') && !flagged.has(argv[i - 1]));
const [dist = 'dist-sub', runsArg = '5'] = positional;
const RUNS = Number(runsArg);
const profileName = flag('--profile', 'desktop');
const withTimelineJs = !argv.includes('--no-timelinejs');
const traceDir = flag('--trace', '');
const against = flag('--against', '');
if (traceDir) fs.mkdirSync(traceDir, { recursive: true });

// Lighthouse's mobile profile (throughput in Lighthouse's units: kilobits of 1024 bits).
const PROFILES = {
  desktop: {
    context: { viewport: { width: 1280, height: 900 } },
    brotli: false, network: null, cpu: 1, timeout: 20000,
    describe: 'desktop loopback, no throttling, files served uncompressed, 1280×900',
  },
  phone: {
    context: {
      viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
      userAgent: 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 '
        + '(KHTML, like Gecko) Chrome/136.0.0.0 Mobile Safari/537.36',
    },
    brotli: true,
    network: {
      offline: false, latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
    },
    cpu: 4, timeout: 60000,
    describe: 'phone: 150 ms RTT, 1.6 Mbps down / 750 kbps up, CPU 4× slower, 390×844 touch, '
      + 'brotli-11 from a static server',
  },
};
const profile = PROFILES[profileName];
if (!profile) throw new Error(`--profile must be one of ${Object.keys(PROFILES).join(', ')}`);

// The views. `items`: the elements that make up the view's content, keyed by attributes;
// `filtered`: a filtered timeline link (exact set and filtered-out events are tracked).
const ITEMS = {
  events: { sel: 'main#main [data-event]', keys: ['data-event'] },
  companies: { sel: 'main#main [data-company]', keys: ['data-company'] },
  terms: { sel: 'main#main [data-term]', keys: ['data-term'] },
  step: { sel: 'main#main [data-step]', keys: ['data-chapter', 'data-step'] },
};
const ALL_VIEWS = [
  { id: 'landing', path: '?lang=ko', items: null },
  { id: 'story', path: 'story/?lang=ko', items: ITEMS.step },
  { id: 'timeline', path: 'timeline/?lang=ko', items: ITEMS.events },
  { id: 'companies', path: 'companies/?lang=ko', items: ITEMS.companies },
  // The two long views in English as well: their HTML holds the Korean copy first, which an
  // English reader's browser parses (and does not show) before reaching theirs.
  { id: 'timeline-en', path: 'timeline/?lang=en', items: ITEMS.events },
  { id: 'companies-en', path: 'companies/?lang=en', items: ITEMS.companies },
  { id: 'classroom', path: 'classroom/?lang=ko', items: null },
  { id: 'glossary', path: 'glossary/?lang=ko', items: ITEMS.terms },
  { id: 'about', path: 'about/?lang=en', items: null },
  { id: 'company-card', path: 'companies/?lang=en&company=naver', items: ITEMS.companies },
  // The path a company card's copy-link and share buttons hand out (its own pre-rendered page).
  { id: 'company-page', path: 'companies/naver/?lang=en', items: ITEMS.companies },
  { id: 'timeline-naver-2024', path: 'timeline/?lang=ko&company=naver&from=2024', items: ITEMS.events, filtered: true },
  { id: 'timeline-sovereign', path: 'timeline/?lang=en&stance=sovereign', items: ITEMS.events, filtered: true },
];
const wanted = flag('--views', '');
const VIEWS = wanted
  ? wanted.split(',').map((id) => {
    const v = ALL_VIEWS.find((x) => x.id === id);
    if (!v) throw new Error(`unknown view "${id}"; known: ${ALL_VIEWS.map((x) => x.id).join(', ')}`);
    return v;
  })
  : ALL_VIEWS;

// ---------------------------------------------------------------- the fact base
function factBase() {
  const file = flag('--events-json');
  let text;
  try {
    text = file
      ? fs.readFileSync(file, 'utf8')
      : execFileSync('cargo', ['run', '--quiet', '--example', 'events_json'],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (e) {
    throw new Error(`could not read the fact base (${file || '`cargo run --example events_json`'}): `
      + `${e.message.split('\n')[0]}; see above, or pass --events-json FILE`);
  }
  const events = JSON.parse(text).events;
  if (!Array.isArray(events) || events.length === 0) throw new Error('the fact base export has no events');
  return events;
}

// TimelineJS gets the events a timeline of slides can place: those dated to the day or the
// month (year-only dates have no place on its scale), leaving out plans ("planned": dated
// when announced, not when they happen). On today's fact base that is 88 of 120.
function timelineJsEvents(events) {
  return events.filter((e) => /^\d{4}-\d{2}/.test(e.date) && e.status !== 'planned');
}

// The page as an embed would be, with everything served locally: TimelineJS's own JS and CSS
// from node_modules, the events as a JSON file it fetches, and no web font (its default font
// theme loads Google Fonts; the site uses the system fonts too).
function timelineJsPage(events) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossroads-timelinejs-'));
  const pkg = path.join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');
  if (!fs.existsSync(path.join(pkg, 'js/timeline.js'))) {
    throw new Error('TimelineJS is missing: run `npm ci` (devDependency @knight-lab/timelinejs)');
  }
  fs.cpSync(path.join(pkg, 'js'), path.join(dir, 'js'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  fs.cpSync(path.join(pkg, 'css'), path.join(dir, 'css'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const slides = events.map((e) => {
    const [year, month, day] = e.date.split('-').map(Number);
    return {
      unique_id: e.id,
      start_date: day ? { year, month, day } : { year, month },
      text: { headline: esc(e.title.en), text: `<p>${esc(e.summary.en)}</p>` },
    };
  });
  fs.writeFileSync(path.join(dir, 'timeline.json'), JSON.stringify({ events: slides }));
  fs.writeFileSync(path.join(dir, 'page.css'), 'html, body, #timeline { height: 100%; margin: 0; }\n');
  fs.writeFileSync(path.join(dir, 'boot.js'), "window.timeline = new TL.Timeline('timeline', 'timeline.json', "
    + "{ script_path: new URL('js/', location.href).href, font: null, hash_bookmark: false });\n");
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS 3.9: ${slides.length} events from the Crossroads fact base</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="css/timeline.css"><link rel="stylesheet" href="page.css">
</head><body><div id="timeline"></div>
<script src="js/timeline.js"></script><script src="boot.js"></script>
</body></html>
`);
  return dir;
}

// ---------------------------------------------------------------- one page load
const PROBE = fs.readFileSync(path.join(ROOT, 'scripts/perf-probe.js'), 'utf8');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function openPage(browser, cfg, throttled, origins) {
  const context = await browser.newContext({
    ...profile.context, locale: 'ko-KR', serviceWorkers: 'block', reducedMotion: 'no-preference',
  });
  await context.addInitScript({ content: PROBE.replace('__PERF_CFG__', JSON.stringify(cfg)) });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled && profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  if (throttled && profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  const net = { bytes: 0, requests: 0, inflight: new Set(), last: Date.now(), foreign: [], errors: [] };
  cdp.on('Network.requestWillBeSent', (e) => {
    net.inflight.add(e.requestId);
    net.requests += 1;
    net.last = Date.now();
    const u = e.request.url;
    if (!origins.some((o) => u.startsWith(o)) && !/^(data|blob):/.test(u)) net.foreign.push(u);
  });
  cdp.on('Network.loadingFinished', (e) => {
    net.bytes += e.encodedDataLength;
    net.inflight.delete(e.requestId);
    net.last = Date.now();
  });
  cdp.on('Network.loadingFailed', (e) => {
    net.inflight.delete(e.requestId);
    net.last = Date.now();
  });
  page.on('pageerror', (e) => net.errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && net.errors.push(m.text()));
  return { context, page, net };
}

// The probe's record; null while a navigation replaces the document.
const probe = (page) => page.evaluate(() => window.__perf || null).catch(() => null);

/**
 * Load `url` once and wait until everything measured has happened: the load event, the
 * network quiet for 500 ms, the content (or first slide), the exact set for filtered links
 * and `data-app=ready` when the build sets it; then 500 ms more for late layout shifts.
 */
async function measure(browser, url, cfg, expectReady, origins, label) {
  const { context, page, net } = await openPage(browser, cfg, true, origins);
  const traceFile = traceDir ? path.join(traceDir, `${label}.json`) : null;
  if (traceFile) await browser.startTracing(page, { path: traceFile, categories: TRACE_CATEGORIES });
  let loaded = false;
  page.on('load', () => { loaded = true; });
  const start = Date.now();
  let snap = null;
  let timedOut = false;
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: profile.timeout });
    for (;;) {
      await sleep(150);
      snap = (await probe(page)) || snap;
      if (Date.now() - start > profile.timeout) { timedOut = true; break; }
      if (!snap) continue;
      const quiet = net.inflight.size === 0 && Date.now() - net.last >= 500;
      const seen = (cfg.slide ? snap.slide : snap.content) !== null
        && (!cfg.events || snap.exact !== null) && (!expectReady || snap.ready !== null);
      if (loaded && quiet && seen) break;
    }
    await sleep(500);
    snap = (await probe(page)) || snap;
  } finally {
    if (traceFile) await browser.stopTracing();
    await context.close();
  }
  let where = null;
  if (traceFile && snap) {
    const until = cfg.slide ? snap.slide : cfg.events ? snap.exact : snap.content;
    const trace = JSON.parse(fs.readFileSync(traceFile, 'utf8'));
    where = mainThreadBreakdown(trace.traceEvents || trace, until ?? Infinity);
  }
  return { ...snap, where, bytes: net.bytes, requests: net.requests, foreign: net.foreign, errors: net.errors, timedOut };
}

/**
 * The fully loaded view, unthrottled: which items it shows, which events (the exact set of
 * a filtered link), how much text <main> holds, and whether the build sets data-app.
 */
async function reference(browser, url, view, origins) {
  const { context, page, net } = await openPage(browser, { heading: null }, false, origins);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    await page.waitForSelector('main#main h1', { timeout: 30000 });
    const start = Date.now();
    while (net.inflight.size > 0 || Date.now() - net.last < 500) {
      if (Date.now() - start > 15000) break;
      await sleep(100);
    }
    await sleep(1000);
    let app = await page.evaluate(() => document.documentElement.getAttribute('data-app'));
    if (app !== null && app !== 'ready') {
      await page.waitForFunction(() => document.documentElement.getAttribute('data-app') === 'ready',
        null, { timeout: 15000 }).catch(() => {});
      app = await page.evaluate(() => document.documentElement.getAttribute('data-app'));
    }
    return await page.evaluate(({ items, app }) => {
      const shown = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      const keys = (sel, attrs) => [...new Set([...document.querySelectorAll(sel)].filter(shown)
        .map((el) => attrs.map((a) => el.getAttribute(a)).join('/')))];
      return {
        items: items ? keys(items.sel, items.keys) : null,
        events: keys('main#main [data-event]', ['data-event']),
        text: document.querySelector('main#main').innerText.length,
        ready: app === 'ready',
      };
    }, { items: view.items, app });
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- figures
const secs = (ms) => (Number.isFinite(ms) ? (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`) : 'n/a');
const times = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');


// --trace: the main thread's time before the content (TimelineJS: its first slide; a
// filtered link: its exact set) was on screen, by kind, medians over the runs.
function printWhere(rows) {
  const kinds = ['parse', 'style', 'layout', 'paint', 'script', 'other'];
  console.log(`\n#### Main thread before content, ms (--trace; traces in ${traceDir})\n`);
  console.log(`| view | ${kinds.join(' | ')} |`);
  console.log(`|---|${kinds.map(() => '---:').join('|')}|`);
  for (const r of rows.filter((x) => x.where)) {
    console.log(`| ${r.view} | ${kinds.map((k) => Math.round(r.where[k])).join(' | ')} |`);
  }
}

function printTables(rows, tl, meta) {
  const slide = tl ? tl.slide : NaN;
  console.log(`\n### Cold loads, ${meta.profile} (median of ${RUNS}; ${meta.date})\n`);
  console.log(`${profile.describe}. Chromium ${meta.chromium}, load average ${meta.loadavg.join(' ')}. `
    + (tl ? `TimelineJS ${meta.tlVersion} with ${meta.tlEvents} of the same dated events: `
      + `first slide ${secs(slide)}, ${tl.kb.toFixed(0)} KB over the wire, CLS ${tl.cls.toFixed(3)}.` : ''));
  console.log('\n| view | link | first paint | content on screen | × TimelineJS | exact set | × TimelineJS '
    + '| filtered-out painted | data-app=ready | × TimelineJS | CLS (worst) | KB over the wire |');
  console.log('|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|');
  for (const r of rows) {
    const fo = r.filtered ? (r.painted.length ? `**yes** (${r.painted.length})` : 'no') : '';
    console.log(`| ${r.view} | \`${r.path}\` | ${secs(r.fcp)} | ${secs(r.content)} | ${times(ratio(r.content, slide))} `
      + `| ${r.filtered ? secs(r.exact) : ''} | ${r.filtered ? times(ratio(r.exact, slide)) : ''} | ${fo} `
      + `| ${secs(r.ready)} | ${times(ratio(r.ready, slide))} | ${r.cls.toFixed(3)} | ${r.kb.toFixed(0)} |`);
  }
  if (!tl || profileName !== 'phone') return;
  const verdict = (ok) => (ok ? 'pass' : '**fail**');
  console.log('\n#### Issue 11 targets (report only)\n');
  console.log(`| view | content ≤ ${TARGETS.content}× (unfiltered) | exact set ≤ ${TARGETS.exact.toFixed(1)}×, none filtered out painted `
    + `| data-app=ready ≤ ${TARGETS.ready}× | CLS ≤ ${TARGETS.cls} |`);
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    const j = judge(r, slide);
    const content = j.content ? `${verdict(j.content.pass)} (${times(j.content.ratio)})` : '';
    const exact = j.exact ? `${verdict(j.exact.pass)} (${times(j.exact.ratio)}, `
      + `${j.exact.painted ? `${j.exact.painted} painted` : 'none painted'})` : '';
    const ready = Number.isFinite(r.ready) ? `${verdict(j.ready.pass)} (${times(j.ready.ratio)})` : '**fail** (n/a: not set)';
    console.log(`| ${r.view} | ${content} | ${exact} | ${ready} | ${verdict(j.cls.pass)} (${r.cls.toFixed(3)}) |`);
  }
}

// Against an earlier run's --json file: each view's time to content (the exact set for a
// filtered link) as a multiple of TimelineJS's first slide in its own run, before and now.
// "slower" means more than 10% above the earlier multiple (the noise of a shared machine).
function printBaseline(rows, tl, base) {
  const key = (r) => (r.filtered ? 'exact' : 'content');
  const baseSlide = base.timelinejs?.summary.slide;
  console.log(`\n#### Against ${flag('--baseline')} (${base.meta.date}, ${base.profile}, median of ${base.runs})\n`);
  console.log('| view | measure | before | × TimelineJS | now | × TimelineJS | verdict |');
  console.log('|---|---|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const b = base.views.find((v) => v.summary.view === r.view)?.summary;
    if (!b) continue;
    const before = ratio(b[key(r)], baseSlide);
    const now = ratio(r[key(r)], tl?.slide);
    const verdict = !(Number.isFinite(before) && Number.isFinite(now)) ? 'n/a'
      : now <= before * 1.1 ? 'not slower' : '**slower**';
    console.log(`| ${r.view} | ${key(r)} | ${secs(b[key(r)])} | ${times(before)} | ${secs(r[key(r)])} | ${times(now)} | ${verdict} |`);
  }
}

// --against: this build beside the other, paired by round (see scripts/perf-compare.mjs).
function compareBuilds(pairs) {
  const out = [];
  for (const { view, ours, theirs, theirsReady } of pairs) {
    const shown = view.filtered ? 'exact' : 'content';
    const [o, t] = [ours.map((r) => onScreen(r, shown)), theirs.map((r) => onScreen(r, shown))];
    // Each round's pair, for the --json file (a median hides a bimodal spread).
    out.push({ view: view.id, measure: view.filtered ? 'exact set' : 'content on screen',
      ...pairedCompare(o, t), rounds: o.map((x, i) => [x, t[i]]) });
    const theirsKey = theirsReady ? 'ready' : shown;
    out.push({ view: view.id, measure: theirsReady ? 'data-app=ready' : `data-app=ready (theirs: ${shown === 'exact' ? 'exact set' : 'content'})`,
      ...pairedCompare(ours.map((r) => num(r.ready)), theirs.map((r) => (theirsReady ? num(r.ready) : onScreen(r, shown)))) });
  }
  return out;
}

function printAgainst(rows) {
  console.log(`\n#### Against ${against} (same rounds, order alternating; median of per-round differences)\n`);
  console.log('| view | measure | this build | other build | difference | verdict |');
  console.log('|---|---|---:|---:|---:|---|');
  for (const r of rows) {
    const d = Number.isFinite(r.diff) ? `${r.diff > 0 ? '+' : ''}${Math.round(r.diff)} ms` : 'n/a';
    console.log(`| ${r.view} | ${r.measure} | ${secs(r.ours)} | ${secs(r.theirs)} | ${d} | ${r.verdict === 'slower' ? '**slower**' : r.verdict} |`);
  }
}

function printNotes(rows) {
  for (const r of rows) {
    if (r.timeouts) console.log(`note: ${r.view}: ${r.timeouts} run(s) timed out before every milestone was seen`);
    if (r.painted.length) console.log(`note: ${r.view}: filtered-out events painted: ${r.painted.join(', ')}`);
    if (r.inserted.length > r.painted.length) {
      console.log(`note: ${r.view}: filtered-out events in the DOM at some frame (painted or not): ${r.inserted.length}`);
    }
    if (r.foreign.length) console.log(`note: ${r.view}: requests to other origins: ${r.foreign.join(', ')}`);
    if (r.errors.length) console.log(`note: ${r.view}: page errors: ${r.errors.slice(0, 3).join(' | ')}`);
  }
}

// ---------------------------------------------------------------- main
async function main() {
  const t0 = Date.now();
  const facts = factBase();
  const tlEvents = timelineJsEvents(facts);
  const tlDir = withTimelineJs ? timelineJsPage(tlEvents) : null;
  if (against && !fs.existsSync(path.join(against, 'index.html'))) throw new Error(`--against ${against}: no index.html there`);
  const servers = [createServer(dist, BASE, { brotli: profile.brotli })];
  if (tlDir) servers.push(createServer(tlDir, TL_BASE, { brotli: profile.brotli }));
  const other = against ? createServer(against, BASE, { brotli: profile.brotli }) : null;
  if (other) servers.push(other);
  for (const s of servers) await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const origins = servers.map((s) => `http://127.0.0.1:${s.address().port}`);
  const otherOrigin = other ? `http://127.0.0.1:${other.address().port}` : null;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const allIds = facts.map((e) => e.id);
    const cases = [];
    for (const view of VIEWS) {
      const url = `${origins[0]}${BASE}${view.path}`;
      const ref = await reference(browser, url, view, origins);
      if (view.items && ref.items.length === 0) throw new Error(`${view.id}: the loaded view shows no ${view.items.sel}`);
      if (view.filtered && (ref.events.length === 0 || ref.events.length >= allIds.length)) {
        throw new Error(`${view.id}: the filtered set has ${ref.events.length} of ${allIds.length} events`);
      }
      const cfg = {
        heading: 'main#main h1', items: view.items, expected: ref.items,
        text: Math.floor(ref.text * 0.9), events: view.filtered ? ref.events : null,
      };
      const c = { view, url, cfg, ready: ref.ready, runs: [] };
      if (otherOrigin) {
        // The other build's own fully loaded view (its items and text may differ); a view it
        // cannot show is left out of the comparison, with a note.
        const otherUrl = `${otherOrigin}${BASE}${view.path}`;
        try {
          const oref = await reference(browser, otherUrl, view, origins);
          if (view.items && oref.items.length === 0) throw new Error(`shows no ${view.items.sel}`);
          c.other = { url: otherUrl, ready: oref.ready, runs: [], cfg: { ...cfg, expected: oref.items,
            text: Math.floor(oref.text * 0.9), events: view.filtered ? oref.events : null } };
        } catch (e) {
          console.log(`note: ${view.id}: not compared with ${against} (${e.message.split('\n')[0]})`);
        }
      }
      cases.push(c);
    }
    const tl = tlDir ? { view: { id: 'timelinejs', path: `(${tlEvents.length} events)` },
      url: `${origins[1]}${TL_BASE}`, cfg: { slide: '.tl-slide .tl-headline' }, ready: false, runs: [] } : null;
    console.log(`perf: ${profile.describe}; ${RUNS} cold loads per case; ${dist} under ${BASE}`);
    for (let i = 0; i < RUNS; i++) {
      for (const c of tl ? [tl, ...cases] : cases) {
        const ours = () => measure(browser, c.url, c.cfg, c.ready, origins, `${c.view.id}-${i + 1}`);
        if (!c.other) {
          c.runs.push(await ours());
          continue;
        }
        const theirs = () => measure(browser, c.other.url, c.other.cfg, c.other.ready, origins, `${c.view.id}-other-${i + 1}`);
        if (i % 2 === 0) {
          c.runs.push(await ours());
          c.other.runs.push(await theirs());
        } else {
          c.other.runs.push(await theirs());
          c.runs.push(await ours());
        }
      }
      process.stdout.write(`round ${i + 1}/${RUNS} done (${Math.round((Date.now() - t0) / 1000)} s)\n`);
    }
    const rows = cases.map((c) => summarise(c.view, c.runs));
    const tlRow = tl ? summarise(tl.view, tl.runs) : null;
    const meta = {
      profile: profileName, date: new Date().toISOString().slice(0, 10), chromium: browser.version(),
      tlVersion: JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@knight-lab/timelinejs/package.json'))).version,
      tlEvents: tlEvents.length, loadavg: os.loadavg().map((x) => Number(x.toFixed(1))),
    };
    printTables(rows, tlRow, meta);
    if (traceDir) printWhere(tlRow ? [tlRow, ...rows] : rows);
    if (flag('--baseline')) printBaseline(rows, tlRow, JSON.parse(fs.readFileSync(flag('--baseline'), 'utf8')));
    const compared = against ? compareBuilds(cases.filter((c) => c.other)
      .map((c) => ({ view: c.view, ours: c.runs, theirs: c.other.runs, theirsReady: c.other.ready }))) : null;
    if (compared) printAgainst(compared);
    console.log('');
    printNotes(tlRow ? [tlRow, ...rows] : rows);
    console.log(`perf: ${Math.round((Date.now() - t0) / 1000)} s in all`);
    const out = flag('--json');
    if (out) {
      fs.writeFileSync(out, JSON.stringify({ meta, profile: profileName, runs: RUNS,
        timelinejs: tl && { summary: tlRow, runs: tl.runs },
        views: cases.map((c, i) => ({ summary: rows[i], runs: c.runs, other: c.other && { runs: c.other.runs } })),
        against: compared && { dist: against, compared } }, null, 1));
    }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
    if (tlDir) fs.rmSync(tlDir, { recursive: true, force: true });
  }
}

await main();
