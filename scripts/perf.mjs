// Time from navigation to first content in headless Chromium, for the landing view and a
// filtered timeline link, over cold loads (fresh context each time, no service worker).
// Usage: node scripts/perf.mjs [DIST] [RUNS]   (serves DIST under /crossroads/)
import { chromium } from 'playwright-core';
import { createServer } from './static-server.mjs';

const [dist = 'dist-sub', runsArg = '5'] = process.argv.slice(2);
const RUNS = Number(runsArg);
const BASE = '/crossroads/';
const server = createServer(dist, BASE);
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const CASES = [
  ['landing (en)', '?lang=en', 'main#main h1'],
  ['timeline, Naver since 2024 (ko)', 'timeline/?lang=ko&company=naver&from=2024', 'main#main [data-event]'],
  ['companies, Naver card (en)', 'companies/?lang=en&company=naver', 'main#main [data-company]'],
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`cold loads: ${RUNS} per case, loopback, ${dist}`);
console.log('case'.padEnd(36) + 'first paint ms'.padStart(16) + 'content ms'.padStart(12));
for (const [name, rel, selector] of CASES) {
  const fcp = [];
  const content = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext({ serviceWorkers: 'block' });
    const page = await ctx.newPage();
    const t0 = Date.now();
    await page.goto(`${origin}${BASE}${rel}`);
    await page.waitForSelector(selector, { state: 'attached', timeout: 20000 });
    content.push(Date.now() - t0);
    fcp.push(await page.evaluate(() => {
      const e = performance.getEntriesByName('first-contentful-paint')[0];
      return e ? Math.round(e.startTime) : NaN;
    }));
    await ctx.close();
  }
  console.log(name.padEnd(36) + String(median(fcp)).padStart(16) + String(median(content)).padStart(12));
}
await browser.close();
server.close();
