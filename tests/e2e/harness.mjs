// Shared set-up for the browser tests: the release build served as plain static files under
// a sub-path (no rewrites), driven in the system Chromium through playwright-core.
// Every page records console errors, uncaught exceptions and requests to other origins;
// `done()` fails the test if any happened.
import { chromium } from 'playwright-core';
import { createServer } from '../../scripts/static-server.mjs';
import http from 'node:http';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const BASE = process.env.CROSSROADS_BASE || '/crossroads/';
export const DIST = process.env.CROSSROADS_DIST || path.join(ROOT, BASE === '/' ? 'dist-root' : 'dist-sub');

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

let server, browser, origin, host;

export async function start() {
  if (browser) return;
  server = createServer(DIST, BASE);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export async function stop() {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
  await new Promise((r) => (host ? host.server.close(r) : r()));
  browser = server = host = undefined;
}

/**
 * A second origin (another port) standing in for a page that embeds the site: a teacher's
 * course page or a blog. `put(path, html)` serves `html` at `path`; returns the page's URL.
 */
export async function startHost() {
  if (host) return host;
  const pages = new Map();
  const server = http.createServer((req, res) => {
    const html = pages.get(new URL(req.url, 'http://x').pathname);
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html || 'not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const hostOrigin = `http://127.0.0.1:${server.address().port}`;
  host = {
    server,
    origin: hostOrigin,
    put(p, html) {
      pages.set(p, html);
      return `${hostOrigin}${p}`;
    },
  };
  return host;
}

export function getOrigin() {
  return origin;
}

export function url(rel = '') {
  return `${origin}${BASE}${rel}`;
}

/**
 * A fresh browser context and page. Options: locale ('en-GB' | 'ko-KR'), viewport,
 * colorScheme, hasTouch and isMobile (a phone's touch screen), allowErrors (for tests that provoke errors on purpose), origins (other
 * origins the page may load from, such as the host of `startHost`).
 */
export async function newPage(opts = {}) {
  const context = await browser.newContext({
    locale: opts.locale || 'en-GB',
    viewport: opts.viewport || { width: 1280, height: 900 },
    colorScheme: opts.colorScheme || 'light',
    reducedMotion: opts.reducedMotion || 'no-preference',
    permissions: opts.permissions || [],
    serviceWorkers: opts.serviceWorkers || 'block',
    acceptDownloads: true,
    bypassCSP: !!opts.bypassCSP,
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    hasTouch: !!opts.hasTouch,
    isMobile: !!opts.isMobile,
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    const allowed = [origin, ...(opts.origins || [])];
    if (!allowed.some((o) => u.startsWith(o)) && !u.startsWith('data:') && !u.startsWith('blob:')) {
      problems.push(`request to another origin: ${u}`);
    }
  });
  page.on('dialog', (d) => {
    problems.push(`dialog opened: ${d.message()}`);
    d.dismiss();
  });
  page.problems = problems;
  /** Close the page; fail on recorded problems except those matching `expected` regexes. */
  page.done = async (expected = []) => {
    const seen = problems.filter((p) => !expected.some((re) => re.test(p)));
    await context.close();
    if (!opts.allowErrors) assert.deepEqual(seen, [], 'the page logged errors or left the origin');
    return seen;
  };
  return page;
}

/** Open `rel` in a page of its own, return what `read(page)` finds there, close the page. */
export async function readPage(rel, read, opts) {
  const page = await newPage(opts);
  await open(page, rel);
  const found = await read(page);
  await page.done();
  return found;
}

/**
 * Open a site-relative URL and wait until the app has taken over the pre-rendered page
 * (`<html data-app="ready">`, part of the link contract) and rendered its one <main>.
 */
export async function open(page, rel = '') {
  await page.goto(url(rel));
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  await page.waitForSelector('main#main', { state: 'attached' });
  await page.waitForFunction(() => document.querySelectorAll('main').length === 1);
  // Folded parts are made just after the takeover (src/components/fold.rs).
  await page.waitForSelector('html:not([data-later])', { state: 'attached' });
  return page;
}

/**
 * Scroll `locator` into view and wait for the frame that draws it: the parts of a long page
 * far below the first screen are drawn only as they come near it (`content-visibility:
 * auto`), and until then their `innerText` is empty, as they are not on screen.
 */
export async function scrollTo(locator) {
  await locator.scrollIntoViewIfNeeded();
  await locator.page().evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return locator;
}

/** The text a reader sees in `locator`, once scrolled to (see scrollTo). */
export async function seenText(locator) {
  return (await scrollTo(locator)).innerText();
}

/**
 * Hold back every wasm request of `page` until the returned function is called: until then
 * the reader sees the pre-rendered page alone (the app cannot start).
 */
export async function holdApp(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** axe's serious and critical violations on the page, one line each (needs `bypassCSP`). */
export async function axeSerious(page) {
  const { createRequire } = await import('node:module');
  const fs = await import('node:fs');
  const axe = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axe });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((x) => x.impact === 'serious' || x.impact === 'critical')
      .map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/** From the first frame, sum the page's layout shifts into `window.__cls`. */
export function watchLayoutShift(page) {
  return page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * Decode the QR code drawn by the SVG that `locator` points at, drawn on white at `size` px:
 * jsQR's result (`.data` is the text), or null when it does not decode.
 */
export async function readQr(locator, size = 400) {
  const pixels = await locator.evaluate(async (svg, size) => {
    const copy = svg.cloneNode(true);
    copy.setAttribute('width', String(size));
    copy.setAttribute('height', String(size));
    const blob = new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' });
    const src = URL.createObjectURL(blob);
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    URL.revokeObjectURL(src);
    return Array.from(ctx.getImageData(0, 0, size, size).data);
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size);
}
