// Issue 2: the app shell under a sub-path, both languages, deep links, not-found, crash-free.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, newPage, open, url, BASE } from './harness.mjs';

before(start);
after(stop);

const VIEWS = ['', 'story/', 'story/short/', 'timeline/', 'companies/', 'classroom/', 'glossary/', 'about/'];

test('every view opens cold under the sub-path with one <main> and no errors', async () => {
  for (const v of VIEWS) {
    for (const lang of ['ko', 'en']) {
      const page = await newPage();
      const res = await page.goto(url(`${v}?lang=${lang}`));
      assert.equal(res.status(), 200, `${v} is served as a real file`);
      await page.waitForSelector('main#main h1');
      assert.equal(await page.locator('main').count(), 1, `${v}: exactly one <main>`);
      assert.equal(await page.getAttribute('html', 'lang'), lang, `${v}: <html lang>`);
      await page.done();
    }
  }
});

test('the landing page links to every view', async () => {
  const page = await newPage();
  await open(page, '?lang=en');
  for (const v of VIEWS.filter(Boolean)) {
    const n = await page.locator(`main a[href^="${BASE}${v}"]`).count();
    assert.ok(n >= 1, `landing page links to ${v}`);
  }
  await page.done();
});

test('language follows the browser, and the switch keeps the view and its query', async () => {
  const ko = await newPage({ locale: 'ko-KR' });
  await open(ko, 'about/');
  assert.equal(await ko.getAttribute('html', 'lang'), 'ko');
  assert.equal(await ko.locator('main h1').textContent(), '소개');
  await ko.done();

  const en = await newPage({ locale: 'en-US' });
  await open(en, 'about/?embed=0');
  assert.equal(await en.locator('main h1').textContent(), 'About');
  await en.getByRole('link', { name: '한국어' }).click();
  await en.waitForFunction(() => document.documentElement.lang === 'ko');
  const u = new URL(en.url());
  assert.equal(u.pathname, `${BASE}about/`);
  assert.equal(u.searchParams.get('lang'), 'ko');
  assert.equal(await en.locator('main h1').textContent(), '소개');
  await en.done();
});

test('navigation between views works and the back button returns', async () => {
  const page = await newPage();
  await open(page, '?lang=en');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await page.waitForFunction(() => location.pathname.endsWith('/about/'));
  // The landing page is its own small app: About is a new page load. Wait for it to be parsed
  // (until then the pre-rendered copies of both languages are in the document).
  await page.waitForSelector('html[data-app="ready"]');
  assert.equal(await page.locator('main h1').textContent(), 'About');
  assert.equal(
    await page.getByRole('link', { name: 'About' }).first().getAttribute('aria-current'),
    'page',
  );
  await page.goBack();
  await page.waitForFunction(() => !location.pathname.includes('about'));
  await page.waitForSelector('html[data-app="ready"]');
  assert.match(await page.locator('main h1').textContent(), /Big Tech/);
  await page.done();
});

test('the footer names all five source outlets in both languages', async () => {
  for (const [lang, outlets] of [
    ['ko', ['한국경제', '테크M', '디지털타임스', '이코리아', '글로벌이코노믹']],
    ['en', ['Korea Economic Daily', 'TechM', 'Digital Times', 'eKorea', 'Global Economic']],
  ]) {
    const page = await newPage();
    await open(page, `?lang=${lang}`);
    const footer = await page.locator('footer').textContent();
    for (const o of outlets) assert.ok(footer.includes(o), `${lang} footer names ${o}`);
    await page.done();
  }
});

test('an unknown path shows a helpful not-found view with links back', async () => {
  const page = await newPage();
  const res = await page.goto(url('no/such/page?lang=en'));
  assert.equal(res.status(), 404);
  await page.waitForSelector('main#main h1');
  assert.equal(await page.locator('main h1').textContent(), 'Page not found');
  assert.ok((await page.locator('main a').count()) >= 3);
  // The host answers the unknown path itself with status 404; Chromium logs that response.
  await page.done([/status of 404/]);
});

test('a bad lang value is ignored with a visible note, not a blank page', async () => {
  const page = await newPage();
  await open(page, 'about/?lang=xx');
  const note = page.getByRole('status').filter({ hasText: 'ignored' });
  assert.match(await note.textContent(), /lang=xx/);
  assert.equal(await page.locator('main h1').textContent(), 'About');
  await page.done();
});

test('icons and manifest resolve under the sub-path; no request for /favicon.ico at the root', async () => {
  const page = await newPage();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await open(page, '');
  for (const sel of ['link[rel=manifest]', 'link[rel=icon][type="image/svg+xml"]', 'link[rel=apple-touch-icon]']) {
    const href = await page.locator(sel).evaluate((l) => l.href);
    const res = await page.request.get(href);
    assert.equal(res.status(), 200, `${sel} -> ${href}`);
  }
  assert.ok(await page.locator('meta[name=theme-color]').count());
  assert.ok(!requested.includes('/favicon.ico'), 'no stray /favicon.ico request');
  await page.done();
});

test('embed=1 drops the site chrome; links that leave the view open the full site in a new tab', async () => {
  const page = await newPage();
  await open(page, '?embed=1&lang=en');
  assert.equal(await page.locator('header.site-header').count(), 0, 'no header');
  assert.equal(await page.locator('footer.site-footer').count(), 0, 'no footer');
  const full = page.getByRole('link', { name: 'Open the full site' });
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.ok(!(await full.getAttribute('href')).includes('embed'), 'full-site link drops embed');
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    page.locator('main').getByRole('link', { name: 'About' }).first().click(),
  ]);
  await popup.waitForLoadState();
  const u = new URL(popup.url());
  assert.equal(u.pathname, `${BASE}about/`);
  assert.equal(u.searchParams.get('embed'), null, 'the new tab is the full site');
  assert.ok(!page.url().includes('about'), 'the embedded page stays where it was');
  await page.done();
});

test('each view sets its own title, description and Open Graph tags, in the reader\'s language', async () => {
  const seen = new Set();
  for (const [rel, word] of [['?lang=en', 'Crossroads'], ['story/?lang=ko', '이야기'], ['timeline/?lang=en', 'Timeline'], ['companies/?lang=ko', '기업']]) {
    const page = await newPage();
    await open(page, rel);
    await page.waitForFunction((w) => document.title.includes(w), word);
    const meta = await page.evaluate(() => ({
      description: document.querySelector('meta[name=description]').content,
      ogTitle: document.querySelector('meta[property="og:title"]').content,
      ogDescription: document.querySelector('meta[property="og:description"]').content,
      count: document.querySelectorAll('meta[name=description]').length,
    }));
    assert.equal(meta.count, 1, 'one description tag');
    assert.ok(meta.ogTitle.includes(word), `${rel}: og:title ${meta.ogTitle}`);
    assert.equal(meta.ogDescription, meta.description);
    assert.ok(!seen.has(meta.description), `${rel}: its own description`);
    seen.add(meta.description);
    await page.done();
  }
});
