// Issue 11, item 3: a filtered timeline link shows its exact set before the timeline's app
// has arrived. The pre-filter (public/prefilter.js, loaded by boot.js only for a link with a
// query; src/pages/timeline/prefilter.rs) hides what the app will not show and writes the
// counts and chips the app will write; the app then takes over the same page. It plans most
// links from its build-time table, and loads a small wasm build of the app's code for the
// others (tests/e2e/quickplan.test.mjs checks its plans against the app's).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { start, stop, newPage, url, getOrigin } from './harness.mjs';

before(start);
after(stop);

/**
 * The timeline's own app (its wasm), and the pre-filter's files, as the page's HTML names
 * them: `quick` its script, `prefilter` the wasm build for links it cannot plan without a
 * search, `search` the one for links with one.
 */
async function wasmFiles() {
  let html = await (await fetch(url('timeline/'))).text();
  const wasmIn = (s) => (s.match(/href=("?)([^"\s>]+_bg\.wasm)\1/) || [])[2];
  const inTemplate = (id) => {
    const tpl = html.match(new RegExp(`<template id="${id}">([\\s\\S]*?)<\\/template>`));
    assert.ok(tpl, `the timeline page carries the template ${id}`);
    html = html.replace(tpl[0], '');
    return wasmIn(tpl[1]);
  };
  const quickTpl = html.match(/<template id="prefilter-quick">([\s\S]*?)<\/template>/);
  assert.ok(quickTpl, 'the timeline page carries the template prefilter-quick');
  const quick = (quickTpl[1].match(/src=("?)([^"\s>]+\/prefilter-[0-9a-f]+\.js)\1/) || [])[2];
  assert.ok(quick, `the pre-filter's script: ${quickTpl[1]}`);
  const prefilter = inTemplate('prefilter');
  const search = inTemplate('prefilter-search');
  const app = wasmIn(html);
  assert.equal(new Set([app, prefilter, search]).size, 3, `${app} / ${prefilter} / ${search}`);
  return { app, prefilter, search, quick };
}

/** What the reader sees of the results: events in order, headings, count, chips. */
function seen(page) {
  return page.evaluate(() => {
    const shown = (sel) => [...document.querySelectorAll(sel)].filter((e) => e.checkVisibility());
    return {
      events: shown('main [data-event]').map((e) => e.dataset.event),
      headings: shown('main .timeline__list > h2, main .timeline__list > h3').map((h) => h.textContent.trim()),
      count: shown('main .timeline__count').map((p) => p.textContent.trim()),
      chips: shown('main .timeline__chip').map((b) => [b.textContent.trim(), b.getAttribute('aria-label')]),
      clear: shown('main .timeline__clear').map((b) => b.textContent.trim()),
      axis: shown('main .time-axis__summary').map((p) => p.textContent.trim()),
    };
  });
}

/** Open `rel` with the timeline's app held back; returns the page and a way to let it go. */
async function openHeld(rel, app, opts = {}) {
  const page = await newPage(opts);
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(`**${app}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(url(rel));
  return { page, release };
}

test('a filtered link shows exactly what the app will show, before the app, in both languages', async () => {
  const { app } = await wasmFiles();
  for (const [rel, chips] of [
    ['timeline/?lang=ko&company=naver&from=2024', 2],
    ['timeline/?lang=en&stance=sovereign', 1],
    ['timeline/?lang=en&q=HBM&layer=chips', 2],
    ['timeline/?lang=ko&ids=naver-selective-strategic-ai-investment,naver-capex-share-of-revenue-to-rise', 1],
    ['timeline/?lang=en&org=naver&since=2024-03-15', 2],
  ]) {
    const { page, release } = await openHeld(rel, app, { viewport: { width: 390, height: 844 } });
    await page.waitForSelector('html[data-prefiltered]', { state: 'attached', timeout: 15000 });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, `${rel}: the app is held`);
    const before = await seen(page);
    assert.ok(before.events.length > 0 && before.events.length < 120, `${rel}: ${before.events.length} events`);
    assert.equal(before.chips.length, chips, `${rel}: a chip per active filter`);
    assert.equal(before.clear.length, 1, `${rel}: "clear all"`);
    const top = await page.evaluate(() => document.querySelector('main .timeline__list').getBoundingClientRect().top);
    release();
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    const after = await seen(page);
    assert.deepEqual(before, after, `${rel}: the app shows the same`);
    const topAfter = await page.evaluate(() => document.querySelector('main .timeline__list').getBoundingClientRect().top);
    assert.ok(Math.abs(top - topAfter) <= 1, `${rel}: the list stays where it was (${top} → ${topAfter})`);
    await page.done();
  }
});

test('links the pre-filter cannot show as the app will wait for the app, showing no event', async () => {
  const { app } = await wasmFiles();
  for (const rel of [
    'timeline/?lang=en&stance=sovereign&sort=old',
    'timeline/?lang=en&stance=sovereign&bogus=1',
    'timeline/?lang=ko&company=acme',
    'timeline/?lang=en&q=zzzzqqq',
    'timeline/?lang=en&q=%E0%A4%A&stance=%3Cscript%3E',
  ]) {
    const { page, release } = await openHeld(rel, app);
    await page.waitForLoadState('load');
    // Give the pre-filter every chance to run.
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => ({
      prefiltered: document.documentElement.hasAttribute('data-prefiltered'),
      events: [...document.querySelectorAll('main [data-event]')].filter((e) => e.checkVisibility()).length,
    }));
    assert.deepEqual(state, { prefiltered: false, events: 0 }, rel);
    release();
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    await page.done();
  }
});

test('the table plans plain facet links with no wasm; a search loads the build that can search, any other link the lighter one', async () => {
  const { app, prefilter, search, quick } = await wasmFiles();
  const bytes = async (f) => (await (await fetch(url(f.replace(/^.*\//, '')))).arrayBuffer()).byteLength;
  const [light, full, script] = [await bytes(prefilter), await bytes(search), await bytes(quick)];
  assert.ok(light < full * 0.85, `the light pre-filter is lighter: ${light} against ${full} bytes`);
  assert.ok(script < light / 2, `the script is lighter still: ${script} against ${light} bytes`);
  for (const [rel, wanted, others] of [
    ['timeline/?lang=en&q=HBM&layer=chips', [quick, search], [prefilter]],
    ['timeline/?lang=en&search=HBM', [quick, search], [prefilter]],
    ['timeline/?lang=ko&company=naver&from=2024', [quick], [prefilter, search]],
    ['timeline/?lang=en&stance=sovereign&layer=chips', [quick], [prefilter, search]],
    ['timeline/?lang=en&org=naver&since=2024-03-15', [quick, prefilter], [search]],
  ]) {
    const page = await newPage();
    await answerLate(page, app);
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(url(rel));
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    for (const w of wanted) assert.ok(asked.includes(w), `${rel}: ${w} is asked for (${asked.join(' ')})`);
    for (const o of others) assert.ok(!asked.includes(o), `${rel}: ${o} is not asked for`);
    await page.done();
  }
});

test('a plain visit never downloads a pre-filter', async () => {
  const { prefilter, search, quick } = await wasmFiles();
  for (const rel of ['timeline/?lang=ko', 'timeline/', 'timeline/?lang=en&embed=1']) {
    const page = await newPage();
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(url(rel));
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    assert.ok(![prefilter, search, quick].some((f) => asked.includes(f)), `${rel}: ${asked.join(' ')}`);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-prefiltered')), false);
    await page.done();
  }
});

/**
 * Answer `file` 600 ms after it is asked for. For the app's wasm: as on a phone's network, where
 * it takes longer than the pre-filter's small script. On loopback the app can otherwise be
 * ready before the pre-filter's script runs (an English page parses fast: boot.js skips the
 * Korean copy), which then rightly does nothing, and a test of the pre-filter would not test it.
 */
async function answerLate(page, file) {
  await page.route(`**${file}`, async (route) => {
    await new Promise((r) => setTimeout(r, 600));
    await route.continue();
  });
}

/**
 * Open `rel`, holding back the pre-filter's wasm (or failing it) until `release()`; the app's
 * wasm, `slowApp`, answered late (`answerLate`).
 */
async function openPrefilterHeld(rel, prefilter, { fail = false, slowApp = null } = {}) {
  // A failed pre-filter logs the failed request, and nothing else.
  const page = await newPage({ allowErrors: fail });
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(`**${prefilter}`, async (route) => {
    await held;
    await (fail ? route.abort() : route.continue());
  });
  if (slowApp) await answerLate(page, slowApp);
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto(url(rel), { waitUntil: 'commit' });
  return { page, asked, release };
}

test("the app's files are asked for at once, beside the pre-filter's; the app takes over whether the pre-filter comes late, fails or never comes", async () => {
  const { app, prefilter, quick } = await wasmFiles();
  // Plain visit: the app's preloads are in <head> by the time the page is parsed.
  const plain = await newPage();
  await plain.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.appFilesAtParse = [...document.querySelectorAll('head > link[rel=preload]')].map((l) => l.getAttribute('href'));
    });
  });
  await plain.goto(url('timeline/?lang=en'));
  await plain.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  const atParse = await plain.evaluate(() => window.appFilesAtParse);
  assert.ok(atParse.some((h) => h.endsWith(app)), `plain visit: the app's wasm is preloaded at once (${atParse})`);
  await plain.done();

  // The script held (a link it plans from its table), or the wasm build it loads (a link it
  // cannot plan: an old spelling).
  for (const [rel, held, fail] of [
    ['timeline/?lang=en&company=naver&from=2024', quick, false],
    ['timeline/?lang=en&company=naver&from=2024', quick, true],
    ['timeline/?lang=en&org=naver&from=2024', prefilter, false],
    ['timeline/?lang=en&org=naver&from=2024', prefilter, true],
  ]) {
    const { page, asked, release } = await openPrefilterHeld(rel, held, { fail, slowApp: app });
    // The pre-filter's wasm is held back: the app's is asked for all the same, at once (it
    // used to wait for the pre-filter's, or 4 s), and the app takes over without it.
    await page.waitForLoadState('domcontentloaded');
    await page.waitForTimeout(500);
    if (!asked.includes(held)) {
      const app = await page.evaluate(() => document.documentElement.getAttribute('data-app'));
      assert.fail(`${rel}: ${held} is asked for (asked: ${asked.join(' ')}; data-app: ${app})`);
    }
    assert.ok(asked.includes(app), `${rel}: the app's wasm did not wait for the pre-filter's (${asked.join(' ')})`);
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    const visible = () => page.evaluate(() => [...document.querySelectorAll('main [data-event]')]
      .filter((e) => e.checkVisibility()).map((e) => e.dataset.event));
    const before = await visible();
    assert.ok(before.length > 0 && before.length < 120, `${rel}: the app shows the filtered set (${before.length})`);
    assert.equal(await page.locator('[data-prerender]').count(), 0, 'the pre-rendered copies are gone');
    // The pre-filter arriving (or failing) after the app changes nothing.
    release();
    await page.waitForTimeout(fail ? 300 : 1500);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-prefiltered')), false,
      `${rel}: a pre-filter ${fail ? 'that failed' : 'arriving after the app'} leaves the page alone`);
    assert.deepEqual(await visible(), before);
    await page.done();
  }
});

/**
 * Open `rel` from a proxy of the site that sends the page's HTML up to the first `cut` and
 * holds the rest until `release()`: a page still arriving, as on a slow connection whose
 * pre-filter came first. The app (a deferred module) cannot run before the page is parsed.
 */
async function openArriving(rel, cut, opts = {}) {
  let release;
  const held = new Promise((r) => (release = r));
  const proxy = http.createServer(async (req, res) => {
    try {
      const up = await fetch(getOrigin() + req.url);
      const body = Buffer.from(await up.arrayBuffer());
      res.writeHead(up.status, { 'content-type': up.headers.get('content-type') || 'application/octet-stream', 'cache-control': 'no-store' });
      const at = req.url === new URL(url(rel)).pathname + new URL(url(rel)).search ? body.indexOf(cut) : -1;
      if (at < 0) return res.end(body);
      res.write(body.subarray(0, at));
      await held;
      res.end(body.subarray(at));
    } catch (e) {
      res.destroy(e);
    }
  });
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  const proxied = `http://127.0.0.1:${proxy.address().port}`;
  const page = await newPage({ ...opts, origins: [proxied] });
  await page.goto(proxied + new URL(url(rel)).pathname + new URL(url(rel)).search, { waitUntil: 'commit' });
  return { page, release, close: () => new Promise((r) => proxy.close(r)) };
}

test('while the page is still arriving, the pre-filter shows the exact set of what has come, never an event it filters out', async () => {
  for (const [rel, cut, chips, viewport] of [
    // The Korean copy whole, the English one still to come.
    ['timeline/?lang=ko&company=naver&from=2024', '<div data-prerender lang="en">', 2, { width: 1280, height: 900 }],
    // The English copy up to its list's end: the footer and the rest still to come.
    ['timeline/?lang=en&stance=sovereign', '<div class=crash', 1, { width: 390, height: 844 }],
    // A link the script leaves to the wasm build (an old spelling).
    ['timeline/?lang=ko&org=naver&since=2024', '<div data-prerender lang="en">', 2, { width: 390, height: 844 }],
  ]) {
    const { page, release, close } = await openArriving(rel, cut, { viewport });
    await page.waitForSelector('html[data-prefiltered]', { state: 'attached', timeout: 15000 });
    assert.equal(await page.evaluate(() => document.readyState), 'loading', `${rel}: the page is still arriving`);
    const early = await seen(page);
    const all = await page.evaluate(() => [...document.querySelectorAll('main [data-event]')].length);
    assert.ok(early.events.length > 0 && early.events.length < all, `${rel}: ${early.events.length} of ${all} events shown`);
    assert.equal(early.chips.length, chips, `${rel}: a chip per active filter`);
    // The first heading shown takes the list's first heading's place (its margin).
    const gap = await page.evaluate(() => {
      const list = [...document.querySelectorAll('main .timeline__list')].find((e) => e.checkVisibility());
      const h = [...list.children].find((e) => e.checkVisibility());
      return [h.tagName, h.getBoundingClientRect().top - list.getBoundingClientRect().top];
    });
    const top = await page.evaluate(() => [...document.querySelectorAll('main .timeline__list')]
      .find((e) => e.checkVisibility()).getBoundingClientRect().top);
    release();
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 20000 });
    const app = await seen(page);
    assert.deepEqual(early, app, `${rel}: what showed while the page arrived is what the app shows`);
    const after = await page.evaluate(() => {
      const list = document.querySelector('main .timeline__list');
      const h = list.firstElementChild;
      return [[h.tagName, h.getBoundingClientRect().top - list.getBoundingClientRect().top], list.getBoundingClientRect().top];
    });
    assert.deepEqual(after[0], gap, `${rel}: the first heading sits where the app puts it`);
    assert.ok(Math.abs(after[1] - top) <= 1, `${rel}: the list stays where it was (${top} → ${after[1]})`);
    await page.done();
    await close();
  }
});
