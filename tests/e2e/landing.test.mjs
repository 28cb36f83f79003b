// Issue 14, items 2 and 5: a landing page that explains the debate in a minute (the
// question, two roads and the hybrid with cited figures, ways in), and a short path through
// the story that reaches its end and leads into the full one, with JavaScript on and off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, newPage, open, url, BASE, axeSerious, watchLayoutShift } from './harness.mjs';

before(start);
after(stop);

const ROADS = [
  ['alliance', 'Alliance', '빅테크 동맹'],
  ['sovereign', 'Sovereign', '소버린 AI'],
  ['hybrid', 'Both', '병행'],
];

test('the landing page shows the question and three roads, each with cited figures and a voice', async () => {
  for (const [lang, source, words] of [['en', 'Source:', 'US$209bn'], ['ko', '출처:', '2090억 달러']]) {
    for (const javaScriptEnabled of [true, false]) {
      const page = await newPage({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
      if (javaScriptEnabled) await open(page, `?lang=${lang}`);
      else await page.goto(url(''));
      const pageLang = javaScriptEnabled ? lang : 'ko';
      const main = page.locator('main:visible');
      assert.equal(await main.locator('h1').count(), 1);
      const roads = main.locator('article[data-road]');
      assert.equal(await roads.count(), 3, `${lang} js=${javaScriptEnabled}`);
      for (const [i, [slug, en, ko]] of ROADS.entries()) {
        const road = roads.nth(i);
        assert.equal(await road.getAttribute('data-road'), slug);
        // The stance is named in words, not by colour alone.
        assert.equal((await road.locator('.stance').innerText()).trim(), pageLang === 'en' ? en : ko);
        assert.ok(await road.getByRole('heading', { level: 3 }).isVisible());
        const figures = road.locator('[data-figure]');
        assert.ok((await figures.count()) >= 2, `${slug}: figures`);
        for (let f = 0; f < (await figures.count()); f++) {
          const text = await figures.nth(f).innerText();
          assert.match(text, pageLang === 'en' ? /Source: .+para\. \d+/ : /출처: .+\d+문단/, `${slug} figure ${f}`);
          assert.equal(await figures.nth(f).locator('a[href*="timeline/?"][href*="event="]').count(), 1);
        }
        assert.equal(await road.locator('figure blockquote[lang="ko"]').count(), 1, `${slug}: a voice`);
        assert.equal(await road.locator(`a[href="${BASE}timeline/?${javaScriptEnabled ? `lang=${lang}&` : ''}stance=${slug}"]`).count(), 1, `${slug}: timeline link`);
      }
      if (pageLang === lang) {
        assert.ok((await main.innerText()).includes(words), `${lang}: ${words}`);
        assert.ok((await main.innerText()).includes(source));
      }
      await page.done();
    }
  }
});

test('the landing page leads into the story, the short story, the timeline and the classroom', async () => {
  const cases = [
    [(p) => p.locator('main').getByRole('link', { name: 'Start the story' }), /\/story\/\?lang=en$/, 'article[data-chapter="the-race"]'],
    [(p) => p.locator('main .home__start').getByRole('link', { name: 'The story in 3 minutes' }), /\/story\/short\/\?lang=en$/, 'li[data-chapter="open-questions"]'],
    [(p) => p.locator('article[data-road="alliance"]').getByRole('link', { name: /^Timeline: the \d+ events marked 'Alliance'$/ }), /\/timeline\/\?lang=en&stance=alliance$/, 'main [data-event]'],
    [(p) => p.locator('article[data-road="sovereign"]').getByRole('link', { name: 'Read this road in the story' }), /\/story\/sovereign-road\/\?lang=en$/, 'article[data-chapter="sovereign-road"]'],
    [(p) => p.locator('main').getByRole('link', { name: 'Quiz', exact: true }), /\/classroom\/\?lang=en&section=quiz$/, 'main h1'],
  ];
  for (const [link, where, selector] of cases) {
    const page = await newPage();
    await open(page, '?lang=en');
    await link(page).click();
    await page.waitForURL(where);
    await page.waitForSelector('html[data-app="ready"]');
    await page.waitForSelector(selector);
    if (where.source.includes('stance')) {
      const stances = await page.locator('main [data-event] .stance').evaluateAll((els) => els.map((e) => e.textContent.trim()));
      assert.ok(stances.length > 0 && stances.every((s) => s.endsWith('Alliance')), `alliance events only: ${[...new Set(stances)]}`);
    }
    await page.done();
  }
});

/** Step through the short story by its "Next" links to the last chapter, then into the full story. */
async function readShortStory(page, lang) {
  const next = lang === 'en' ? /^Next: chapter \d+/ : /^다음: \d+장/;
  const chapters = page.locator('main:visible li[data-chapter]');
  assert.equal(await chapters.count(), 9, 'one entry per chapter');
  for (let i = 0; i < 8; i++) {
    const here = chapters.nth(i);
    // Every chapter leads into its full version.
    assert.equal(await here.locator(`a[href*="story/${await here.getAttribute('data-chapter')}/"]`).count(), 1);
    await here.getByRole('link', { name: next }).click();
    const id = await chapters.nth(i + 1).getAttribute('id');
    await page.waitForFunction((h) => location.hash === `#${h}`, id);
    const top = await chapters.nth(i + 1).evaluate((e) => e.getBoundingClientRect().top);
    assert.ok(Math.abs(top) < 40, `chapter ${i + 2} is scrolled into view (${top}px)`);
  }
  const last = chapters.nth(8);
  assert.equal(await last.getAttribute('data-chapter'), 'open-questions');
  assert.equal(await last.getByRole('link', { name: next }).count(), 0, 'the last chapter is the end');
  await last.getByRole('link', { name: lang === 'en' ? 'Read the full story from the start' : '전체 이야기를 처음부터 읽기' }).click();
  await page.waitForURL(/\/story\/(\?lang=\w+)?$/);
}

test('the short story reaches its end and leads into the full story (JavaScript on)', async () => {
  for (const lang of ['en', 'ko']) {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    await open(page, `story/?lang=${lang}`);
    // The story's start offers the short version.
    await page.locator('main .story__short a').click();
    await page.waitForURL(/\/story\/short\//);
    await page.waitForSelector('li[data-chapter="the-race"]');
    const lede = await page.locator('main .story__lede').innerText();
    assert.match(lede, lang === 'en' ? /about 3 minutes' reading \(\d{3} words\)/ : /약 3분\(\d{3,4}자\)/);
    await readShortStory(page, lang);
    await page.waitForSelector('article[data-chapter="the-race"][data-step="1"]');
    await page.done();
  }
});

test('the short story reaches its end without JavaScript', async () => {
  const page = await newPage({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
  await page.goto(url('story/short/'));
  assert.equal(await page.locator('main:visible').count(), 1);
  assert.equal(await page.locator('main:visible h1').innerText(), '3분 만에 읽는 이야기');
  await readShortStory(page, 'ko');
  assert.ok(await page.locator('main:visible article[data-chapter="the-race"]').isVisible());
  await page.done();
});

test('axe: the landing page and the short story have no serious or critical violations', async () => {
  const report = [];
  for (const rel of ['', 'story/short/']) {
    for (const lang of ['ko', 'en']) {
      for (const scheme of ['light', 'dark']) {
        for (const width of [390, 1440]) {
          const page = await newPage({ bypassCSP: true, colorScheme: scheme, viewport: { width, height: 900 } });
          await open(page, `${rel}?lang=${lang}`);
          const found = await axeSerious(page);
          for (const f of found) report.push(`${rel || '/'} ${lang} ${scheme} ${width}: ${f}`);
          await page.done();
        }
      }
    }
  }
  assert.deepEqual(report, []);
});

test('the landing page fits a 320 px phone and its takeover shifts nothing', async () => {
  const page = await newPage({ viewport: { width: 320, height: 700 } });
  await watchLayoutShift(page);
  await open(page, '?lang=en');
  await page.waitForTimeout(300);
  const { sideways, cls } = await page.evaluate(() => ({
    sideways: document.documentElement.scrollWidth - window.innerWidth,
    cls: window.__cls,
  }));
  assert.ok(sideways <= 0, `scrolls sideways by ${sideways}px`);
  assert.ok(cls <= 0.02, `CLS ${cls}`);
  await page.done();
});
