// Screenshots of a release build as a reader sees it, for looking at before calling work done.
// Usage: node scripts/screenshots.mjs [DIST] [OUT] [PAGES]
//   PAGES: comma-separated site-relative links (default: every view), each shot in ko and en,
//   at 390 px and 1440 px, light and dark, with JavaScript on and off. Serves DIST under
//   /crossroads/. Env SHOTS_FULL=1 for full-page shots (default: the first screen).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { createServer } from './static-server.mjs';

const [dist = 'dist-sub', out = '/tmp/shots', pagesArg] = process.argv.slice(2);
const PAGES = pagesArg ? pagesArg.split(',') : ['', 'story/', 'timeline/', 'companies/', 'classroom/', 'glossary/', 'about/'];
const BASE = '/crossroads/';
fs.mkdirSync(out, { recursive: true });
const server = createServer(dist, BASE);
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shots = [];
for (const rel of PAGES) {
  for (const lang of (process.env.SHOTS_LANGS || 'ko,en').split(',')) {
    for (const width of (process.env.SHOTS_WIDTHS || '390,1440').split(',').map(Number)) {
      for (const scheme of (process.env.SHOTS_SCHEMES || 'light,dark').split(',')) {
        for (const js of (process.env.SHOTS_JS || 'on,off').split(',')) {
          const ctx = await browser.newContext({
            viewport: { width, height: width < 600 ? 844 : 900 },
            colorScheme: scheme,
            javaScriptEnabled: js === 'on',
            locale: lang === 'ko' ? 'ko-KR' : 'en-GB',
          });
          const page = await ctx.newPage();
          const sep = rel.includes('?') ? '&' : '?';
          const [p, hash] = rel.split('#');
          await page.goto(`${origin}${BASE}${p}${sep}lang=${lang}${hash ? `#${hash}` : ''}`);
          if (js === 'on') await page.waitForSelector('html[data-app="ready"]', { timeout: 20000 });
          await page.waitForTimeout(300);
          const name = `${(rel || 'home').replace(/[^a-z0-9]+/gi, '_')}-${lang}-${width}-${scheme}-js${js}.png`;
          await page.screenshot({ path: path.join(out, name), fullPage: !!process.env.SHOTS_FULL });
          shots.push(name);
          await ctx.close();
        }
      }
    }
  }
}
await browser.close();
server.close();
console.log(`${shots.length} screenshots in ${out}`);
