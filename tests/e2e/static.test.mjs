// Issue 11: static-first. Every view arrives as ready HTML, readable without JavaScript, in
// the right language at first paint; filtered links never show what they filter out; the
// app takes over without a jump; every view and every shared thing previews as itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, newPage, open, readPage, url, holdApp } from './harness.mjs';

before(start);
after(stop);

const VIEWS = ['', 'story/', 'story/short/', 'timeline/', 'companies/', 'classroom/', 'glossary/', 'about/'];

async function rawHtml(rel) {
  const res = await fetch(url(rel));
  assert.equal(res.status, 200, rel);
  return res.text();
}

function meta(html, attr, name) {
  const m = html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`));
  return m ? m[1] : null;
}

test('each view is its own page in the HTML: title, description, canonical and previews', async () => {
  const titles = new Set();
  for (const v of VIEWS) {
    const html = await rawHtml(v);
    const title = html.match(/<title>([^<]*)<\/title>/)[1];
    assert.ok(!titles.has(title), `${v || '/'} repeats the title ${title}`);
    titles.add(title);
    assert.ok(meta(html, 'name', 'description')?.length > 20, `${v}: description`);
    assert.equal(meta(html, 'property', 'og:title'), title.replace(/&amp;/g, '&amp;'), `${v}: og:title`);
    assert.ok(meta(html, 'name', 'twitter:title'), `${v}: twitter:title`);
    assert.match(html, new RegExp(`<link rel="canonical" href="[^"]*${v.replace('/', '\\/')}"`), v);
    assert.equal((html.match(/<main/g) || []).length, 2, `${v}: one <main> per language`);
  }
  const timeline = await rawHtml('timeline/');
  assert.match(timeline, /<title>타임라인 · 갈림길 \| Timeline · Crossroads<\/title>/);
});

test('entity pages preview as themselves and open their one thing', async () => {
  const cases = [
    ['companies/naver/', /네이버 · 갈림길 \| Naver · Crossroads/, '[data-company="naver"]'],
    ['companies/sk-hynix/', /SK하이닉스 · 갈림길 \| SK hynix · Crossroads/, '[data-company="sk-hynix"]'],
    ['glossary/hbm/', /HBM/, '#term-hbm'],
    ['story/alliance-road/', /이야기/, 'main h1'],
    ['timeline/event/kt-microsoft-ai-cloud-partnership/', /KT/, '[data-event="kt-microsoft-ai-cloud-partnership"]'],
  ];
  for (const [rel, title, selector] of cases) {
    const html = await rawHtml(rel);
    assert.match(html.match(/<title>([^<]*)<\/title>/)[1], title, rel);
    assert.ok((meta(html, 'property', 'og:description') || '').length > 20, `${rel}: og:description`);
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(url(rel));
    assert.ok(await page.locator(selector).first().isVisible(), `${rel}: ${selector} visible without JS`);
    await page.done();
  }
  // The entity path and its query form show the same view once the app runs.
  const a = await newPage();
  await open(a, 'companies/naver/?lang=en');
  const b = await newPage();
  await open(b, 'companies/?company=naver&lang=en');
  const cards = async (p) => p.locator('main [data-company]').evaluateAll((els) => els.map((e) => e.dataset.company));
  assert.deepEqual(await cards(a), ['naver']);
  assert.deepEqual(await cards(a), await cards(b));
  await a.done();
  await b.done();
});

test('without JavaScript every view shows its whole default content and links work', async () => {
  const page = await newPage({ javaScriptEnabled: false });
  const counts = {};
  for (const v of VIEWS) {
    await page.goto(url(v));
    assert.equal(await page.locator('main:visible').count(), 1, `${v}: one visible <main>`);
    assert.ok(await page.locator('main h1:visible').isVisible(), `${v}: heading`);
    counts[v] = {
      events: await page.locator('main [data-event]:visible').count(),
      cards: await page.locator('main [data-company]:visible').count(),
      terms: await page.locator('main [id^="term-"]:visible').count(),
    };
  }
  assert.ok(counts['timeline/'].events >= 100, `timeline events: ${counts['timeline/'].events}`);
  await page.goto(url('timeline/'));
  const undated = await page.locator('main:visible [data-event]').evaluateAll(
    (els) => els.filter((e) => !e.querySelector('time[datetime]')).map((e) => e.dataset.event),
  );
  assert.deepEqual(undated, [], 'every event carries <time datetime>');
  assert.ok(counts['companies/'].cards >= 50, `company cards: ${counts['companies/'].cards}`);
  assert.ok(counts['glossary/'].terms >= 30, `glossary terms: ${counts['glossary/'].terms}`);
  // Controls that need the app say so in place.
  await page.goto(url('timeline/'));
  // (Playwright's JS-off mode keeps the parser's scripting flag, so <noscript> stays hidden
  // there: check the markup a browser without JavaScript parses.)
  const html = await rawHtml('timeline/');
  assert.match(html, /class="timeline__tools"><noscript><p class="needs-app">이 조작은 자바스크립트가/);
  assert.match(html, /class="timeline__tools"><noscript><p class="needs-app">These controls need JavaScript/);
  // The time axis: picking dates and opening an event from a mark need the app.
  assert.match(html, /class="time-axis__bar"><noscript><p class="needs-app">이 조작은 자바스크립트가/);
  assert.match(html, /class="time-axis__bar"><noscript><p class="needs-app">These controls need JavaScript/);
  // A link between views is a real page load that shows the next view's content.
  await page.goto(url(''));
  await page.locator('main a[href$="/timeline/"]').first().click();
  await page.waitForURL(/\/timeline\/$/);
  assert.ok((await page.locator('main [data-event]:visible').count()) >= 100);
  await page.done();
});

test('the companies grid: pre-rendered, a card\'s fold links to its own page, which has all of it; the app\'s fold has it in place', async () => {
  // Without JavaScript: each of the grid's folds holds one link, to that card's own page.
  const page = await newPage({ javaScriptEnabled: false });
  await page.goto(url('companies/'));
  const folds = await page.locator('main:visible .companies__grid [data-company]').evaluateAll((cards) => cards.map((c) => {
    const links = [...c.querySelectorAll('details.card__more a[href]')].map((a) => new URL(a.href).pathname);
    return [c.dataset.company, links];
  }));
  assert.ok(folds.length >= 50, `${folds.length} cards`);
  const odd = folds.filter(([id, links]) => links.length !== 1 || !links[0].endsWith(`/companies/${id}/`));
  assert.deepEqual(odd, [], 'every fold links to its own card page, and only there');
  // Following one loses nothing: the card's page has the evidence, partners and sources.
  const naver = page.locator('main:visible [data-company="naver"] details.card__more');
  await naver.locator('summary').click();
  await naver.locator('a').click();
  await page.waitForURL(/\/companies\/naver\/$/);
  const card = page.locator('main:visible [data-company="naver"]');
  assert.ok((await card.locator('ol.card__events time[datetime]').count()) >= 5, 'its events, dated');
  assert.ok((await card.getByRole('link', { name: '엔비디아', exact: true }).count()) >= 1, 'its partners');
  assert.ok((await card.locator('cite').count()) >= 3, 'its sources');
  await page.done();
  // With the app: the grid's fold opens on the card's whole body, in place.
  const app = await newPage();
  await open(app, 'companies/?lang=en');
  const fold = app.locator('main [data-company="naver"] details.card__more');
  await fold.locator('summary').click();
  await fold.locator('ol.card__events').waitFor();
  assert.ok((await fold.locator('ol.card__events time[datetime]').count()) >= 5, 'the events, in the fold');
  assert.equal(await fold.locator('.card__elsewhere').count(), 0, 'no link out once the app has the page');
  await app.done();
});

test('a card\'s query link (companies/?company=<slug>) shows the card before the app, from the card\'s own page; other queries wait', async () => {
  const page = await newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdApp(page);
  // The card's page comes after the first paint (as on a slow network): the card takes the
  // note's place and nothing on screen moves.
  let asked = 0;
  let letCard;
  const cardHeld = new Promise((r) => (letCard = r));
  await page.route('**/companies/naver/', async (route) => {
    asked += 1;
    await cardHeld;
    await route.continue();
  });
  await page.goto(url('companies/?lang=en&company=naver'), { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(200);
  assert.ok(await page.locator('main:visible .prerender-pending').isVisible(), 'the note, while the card\'s page comes');
  letCard();
  const card = page.locator('main:visible article.card--focused[data-company="naver"]');
  await card.waitFor({ state: 'visible', timeout: 10000 });
  assert.equal(asked, 1, 'the card\'s own page, asked for once');
  assert.equal(await page.getAttribute('html', 'data-app'), null, 'before the app');
  assert.equal(await page.locator('main:visible h1').innerText(), 'Naver');
  assert.equal(await page.locator('main:visible [data-company]:visible').count(), 1, 'that card alone');
  assert.equal(await page.locator('main:visible .prerender-pending').isVisible(), false, 'no "preparing" note');
  assert.equal(await page.locator('main').count(), 1, 'one <main>');
  assert.match(await page.title(), /Naver/);
  const top = await card.boundingBox();
  release();
  await page.waitForSelector('html[data-app="ready"]');
  assert.equal(await page.locator('main [data-company]:visible').count(), 1);
  const after = await page.locator('main article.card--focused[data-company="naver"]').boundingBox();
  assert.ok(Math.abs(after.y - top.y) <= 2, `the card stays where it was at the takeover: ${top.y} -> ${after.y}`);
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  assert.ok(cls <= 0.02, `layout shift ${cls.toFixed(3)} from the note through the card to the app`);
  await page.done();
  // Anything else is the app's to show: an unknown card, two, a card with a filter.
  for (const rel of ['companies/?lang=en&company=no-such-firm', 'companies/?lang=en&company=naver,kt',
    'companies/?lang=en&company=naver&stance=alliance', 'companies/?lang=en&company=Naver']) {
    const p = await newPage();
    const go = await holdApp(p);
    await p.goto(url(rel), { waitUntil: 'load' });
    await p.waitForTimeout(500);
    assert.equal(await p.locator('main:visible [data-company]:visible').count(), 0, `${rel}: no card before the app`);
    assert.ok(await p.locator('main:visible .prerender-pending').isVisible(), `${rel}: the "preparing" note`);
    go();
    await p.waitForSelector('html[data-app="ready"]');
    await p.done();
  }
});

test('without JavaScript a reader can switch to English: links at the top, #en shows the English copy', async () => {
  const page = await newPage({ javaScriptEnabled: false });
  for (const v of ['timeline/?lang=en', 'companies/naver/?lang=en', '']) {
    await page.goto(url(v));
    // No script reads ?lang= here: the Korean copy, with the way to English above it.
    assert.ok(await page.locator('[data-prerender][lang="ko"] main').isVisible(), `${v}: Korean first`);
    assert.ok(!(await page.locator('[data-prerender][lang="en"] main').isVisible()), `${v}: English hidden`);
    const english = page.locator('nav.nojs-lang a[hreflang="en"]');
    assert.ok(await english.isVisible(), `${v}: the English link is on screen`);
    const box = await english.boundingBox();
    assert.ok(box.y < 100 && box.height >= 24, `${v}: at the top, ${JSON.stringify(box)}`);
    await english.click();
    assert.ok(await page.locator('[data-prerender][lang="en"] main').isVisible(), `${v}: English shown`);
    assert.ok(!(await page.locator('[data-prerender][lang="ko"] main').isVisible()), `${v}: Korean hidden`);
    assert.ok((await page.locator('[data-prerender][lang="en"] main h1').innerText()).match(/[A-Za-z]/));
    await page.locator('nav.nojs-lang a[hreflang="ko"]').click();
    assert.ok(await page.locator('[data-prerender][lang="ko"] main').isVisible(), `${v}: back to Korean`);
  }
  await page.done();
});

test('with JavaScript on, the notes for readers without it are never shown', async () => {
  await readPage('timeline/?lang=en', async (page) => {
    assert.equal(await page.locator('.needs-app:visible').count(), 0);
    assert.equal(await page.getByText('These controls need JavaScript', { exact: false }).filter({ visible: true }).count(), 0);
    assert.equal(await page.locator('.nojs-lang').count(), 0, 'the no-script language links are gone');
  });
});

test('the language is right at first paint: lang=ko, lang=en and the browser language', async () => {
  const cases = [
    ['timeline/?lang=ko', 'en-GB', '타임라인'],
    ['timeline/?lang=en', 'ko-KR', 'Timeline'],
    ['timeline/', 'ko-KR', '타임라인'],
    ['timeline/', 'en-US', 'Timeline'],
  ];
  for (const [rel, locale, heading] of cases) {
    const page = await newPage({ locale });
    // Hold the app back: what the reader sees now is the pre-rendered page alone.
    const release = await holdApp(page);
    await page.goto(url(rel), { waitUntil: 'domcontentloaded' });
    assert.equal(await page.locator('main h1:visible').innerText(), heading, `${rel} ${locale}`);
    assert.equal(await page.locator('main:visible').count(), 1);
    const other = heading === 'Timeline' ? '타임라인' : 'Timeline';
    assert.equal(await page.getByRole('heading', { level: 1, name: other }).count(), 0, `${rel}: no ${other}`);
    release();
    await page.waitForSelector('html[data-app="ready"]');
    assert.equal(await page.locator('main h1').innerText(), heading);
    await page.done();
  }
});

test("an English reader's browser never builds the Korean copy; a Korean reader's builds it as before", async () => {
  // Which of the pre-rendered copies the parser ever put into the document, as elements.
  const BUILT_SPY = () => {
    window.__built = [];
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && n.matches('[data-prerender][lang]')) window.__built.push(`${n.localName}:${n.lang}`);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  };
  const cases = [
    ['timeline/?lang=en', 'en-GB', ['xmp:ko', 'div:en'], 120],
    ['companies/?lang=en', 'ko-KR', ['xmp:ko', 'div:en'], 63],
    ['story/', 'en-US', ['xmp:ko', 'div:en'], 0],
    ['', 'en-US', ['xmp:ko', 'div:en'], 0],
    ['timeline/?lang=ko', 'en-GB', ['div:ko', 'div:en'], 120],
    ['timeline/', 'ko-KR', ['div:ko', 'div:en'], 120],
  ];
  for (const [rel, locale, built, items] of cases) {
    const page = await newPage({ locale, viewport: { width: 390, height: 844 } });
    await page.addInitScript(BUILT_SPY);
    const release = await holdApp(page);
    await page.goto(url(rel), { waitUntil: 'domcontentloaded' });
    assert.deepEqual(await page.evaluate(() => window.__built), built, `${rel} ${locale}`);
    // The page is whole and styled without the app: the stylesheet applies (boot.js writes
    // its link again for an English reader, as the page's own one is read as text), one
    // <main> in the reader's language with all its items.
    const lang = built[0] === 'xmp:ko' ? 'en' : 'ko';
    assert.equal(await page.locator('main:visible').count(), 1, rel);
    assert.equal(await page.evaluate(() => document.querySelectorAll('xmp:not([hidden]), xmp:not([data-prerender])').length), 0);
    assert.equal(await page.locator('main:visible').evaluate((m) => m.closest('[lang]').lang), lang, rel);
    assert.equal(await page.locator('.site-header__inner:visible').evaluate((h) => getComputedStyle(h).display), 'flex', `${rel}: styled`);
    if (items) {
      assert.equal(await page.locator('main:visible').locator('[data-event], [data-company]').filter({ visible: true }).count() >= items, true, rel);
    }
    release();
    await page.waitForSelector('html[data-app="ready"]');
    assert.equal(await page.locator('xmp, [data-prerender]').count(), 0, `${rel}: the app's page alone`);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    await page.done();
  }
});

/** Record, from the first frame, every event ever painted in a visible state. */
const PAINT_SPY = () => {
  window.__painted = new Set();
  const look = () => {
    for (const el of document.querySelectorAll('[data-event]')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden') {
        window.__painted.add(el.dataset.event);
      }
    }
    requestAnimationFrame(look);
  };
  // Sampled at every frame, just before it is painted.
  requestAnimationFrame(look);
};

test('a filtered link never paints an event it filters out', async () => {
  const links = [
    'timeline/?lang=ko&company=naver&from=2024',
    'timeline/?lang=en&stance=sovereign',
    'timeline/?lang=en&q=HBM',
    'timeline/?lang=ko&layer=chips&to=2023',
  ];
  for (const rel of links) {
    const page = await newPage();
    await page.addInitScript(PAINT_SPY);
    await open(page, rel);
    await page.waitForTimeout(100);
    const shown = await page.locator('main [data-event]').evaluateAll((els) => els.map((e) => e.dataset.event));
    assert.ok(shown.length > 0 && shown.length < 100, `${rel}: ${shown.length} shown`);
    const painted = await page.evaluate(() => [...window.__painted]);
    const extra = painted.filter((id) => !shown.includes(id));
    assert.deepEqual(extra, [], `${rel}: painted events it filters out`);
    await page.done();
  }
});

test('a companies link with a query never paints a card it leaves out', async () => {
  const links = ['companies/?lang=en&company=naver', 'companies/?lang=ko&stance=alliance', 'companies/?lang=en&q=chip'];
  for (const rel of links) {
    const page = await newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      window.__painted = new Set();
      const look = () => {
        for (const el of document.querySelectorAll('[data-company]')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.height > 0) window.__painted.add(el.dataset.company);
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    // Before the app: the note that the view is being prepared, no card.
    const release = await holdApp(page);
    await page.goto(url(rel), { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(200);
    // A card's query link may already show that card (boot.js, from the card's own page).
    const early = await page.locator('main [data-company]:visible').evaluateAll((els) => els.map((e) => e.dataset.company));
    const card = new URL(url(rel)).searchParams.get('company');
    if (early.length) assert.deepEqual(early, [card], `${rel}: before the app, only the card it names`);
    else assert.ok(await page.locator('.prerender-pending').first().isVisible(), `${rel}: says the view is coming`);
    release();
    await page.waitForSelector('html[data-app="ready"]');
    await page.waitForTimeout(200);
    const shown = await page.locator('main [data-company]:not([hidden])').evaluateAll((els) => els.map((e) => e.dataset.company));
    assert.ok(shown.length > 0 && shown.length < 63, `${rel}: ${shown.length} shown`);
    const extra = (await page.evaluate(() => [...window.__painted])).filter((id) => !shown.includes(id));
    assert.deepEqual(extra, [], `${rel}: painted cards it leaves out`);
    await page.done();
  }
});

test('a cold #section link lands on its section and stays there after the takeover', async () => {
  for (const rel of ['story/?lang=en#argument-map', 'companies/?lang=ko#money-title']) {
    const page = await newPage({ viewport: { width: 1280, height: 800 } });
    await open(page, rel);
    await page.waitForTimeout(300);
    const id = rel.split('#')[1];
    const top = await page.evaluate((i) => document.getElementById(i)?.getBoundingClientRect().top, id);
    assert.ok(top !== undefined, `${rel}: #${id} exists`);
    assert.ok(top >= -5 && top < 400, `${rel}: #${id} at ${top}px from the top`);
    assert.ok(await page.evaluate(() => window.scrollY) > 200, `${rel}: scrolled`);
    await page.done();
  }
});

test('long lists render as they near the screen, except on a page opened at a #section', async () => {
  const cv = async (rel, item) => {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    await open(page, rel);
    const got = await page.evaluate((sel) => getComputedStyle(document.querySelector(sel)).contentVisibility, item);
    await page.done();
    return got;
  };
  const later = '.companies__grid > [data-company]:nth-child(10)';
  assert.equal(await cv('companies/?lang=ko', later), 'auto', 'cards wait until near the screen');
  assert.equal(await cv('companies/?lang=ko', '.companies__grid > [data-company]:first-child'), 'visible', 'not the first row');
  assert.equal(await cv('companies/?lang=ko#money-title', later), 'visible', 'a #section link lays out every card');
  assert.equal(await cv('companies/?lang=en&company=naver', '.card--focused'), 'visible', 'not a company\'s own view');
  assert.equal(await cv('timeline/?lang=en', '[data-event]'), 'auto');
  for (const section of ['.network', '.money']) {
    assert.equal(await cv('companies/?lang=ko', section), 'auto', `${section} waits until near the screen`);
    assert.equal(await cv('companies/?lang=ko#network-title', section), 'visible', `${section}: not at a #section link`);
  }
  for (const part of ['.argmap__case', '.story-sides__pair']) {
    assert.equal(await cv('story/?lang=ko', part), 'auto', `${part} waits until near the screen`);
    assert.equal(await cv('story/?lang=en#argument-map', part), 'visible', `${part}: not at a #section link`);
  }
  // The list item counts the facts: containment on it would number every fact 1.
  assert.equal(await cv('story/?lang=ko', '.story-sides__item'), 'visible', 'not the counted item');
});

test("the story's argument map and its both-sides pairs are drawn as they near the screen, from estimates near their height", async () => {
  const look = (page, sel, i) => page.evaluate(([s, n]) => {
    const el = document.querySelectorAll(s)[n];
    const box = el.getBoundingClientRect();
    return { drawn: el.firstElementChild.checkVisibility({ contentVisibilityAuto: true }), height: box.height, top: box.top };
  }, [sel, i]);
  // [selector, index, how far the estimate may be from the drawn height]: the three cases,
  // 3,200–4,800 px each, within 15%; the pairs, 90–320 px and more varied, within 30%. What
  // starts within a screen or so of the first is drawn at once (the browser draws what is
  // within a margin of the screen): only what starts 2.5 screens down must wait.
  const parts = [['.argmap__case', 0, 0.15], ['.argmap__case', 1, 0.15], ['.argmap__case', 2, 0.15],
    ['.story-sides__pair', 0, 0.3], ['.story-sides__pair', 9, 0.3]];
  for (const viewport of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
    for (const lang of ['ko', 'en']) {
      const page = await newPage({ viewport });
      await open(page, `story/?lang=${lang}`);
      const before = [];
      for (const [sel, i] of parts) before.push(await look(page, sel, i));
      const far = before.filter((b) => b.top > 2.5 * viewport.height).length;
      assert.ok(far >= (viewport.width < 600 ? 4 : 2), `${viewport.width} px, ${lang}: ${far} parts far below`);
      for (const [k, [sel, i, within]] of parts.entries()) {
        const at = `${sel} #${i} (${viewport.width} px, ${lang})`;
        if (before[k].top > 2.5 * viewport.height) assert.equal(before[k].drawn, false, `${at} is not drawn at the top of the page`);
        await page.locator(sel).nth(i).scrollIntoViewIfNeeded();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const after = await look(page, sel, i);
        assert.equal(after.drawn, true, `${at} is drawn once scrolled to`);
        const off = Math.abs(before[k].height - after.height) / after.height;
        assert.ok(off < within, `${at}: estimated ${before[k].height} px, drawn ${after.height} px`);
      }
      await page.done();
    }
  }
});

test('the companies page\'s sections below the grid are drawn as they near the screen, from estimates near their height', async () => {
  // Whether a section's contents are drawn (skipped while it waits: ask about its heading),
  // and its height, the estimate (contain-intrinsic-size) until it is drawn.
  const look = (page, sel) => page.evaluate((s) => {
    const el = document.querySelector(s);
    return { drawn: el.querySelector('h2').checkVisibility({ contentVisibilityAuto: true }), height: el.getBoundingClientRect().height };
  }, sel);
  for (const viewport of [{ width: 390, height: 844 }, { width: 1440, height: 900 }]) {
    for (const lang of ['ko', 'en']) {
      const page = await newPage({ viewport });
      await open(page, `companies/?lang=${lang}`);
      const sections = ['.network', '.money'];
      const before = [];
      for (const sel of sections) before.push(await look(page, sel));
      for (const [i, sel] of sections.entries()) {
        const at = `${sel} (${viewport.width} px, ${lang})`;
        assert.equal(before[i].drawn, false, `${at} is not drawn at the top of the page`);
        await page.locator(sel).scrollIntoViewIfNeeded();
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const after = await look(page, sel);
        assert.equal(after.drawn, true, `${at} is drawn once scrolled to`);
        // The estimate keeps the scroll bar honest: within 15% of the real height, or it
        // needs measuring again (style/companies.css).
        const off = Math.abs(before[i].height - after.height) / after.height;
        assert.ok(off < 0.15, `${at}: estimated ${before[i].height} px, drawn ${after.height} px`);
      }
      await page.done();
    }
  }
});

test('no layout shift from the first frame through the takeover, on a phone and a desktop', async () => {
  const rels = ['companies/?lang=en&company=naver', 'companies/?lang=ko', 'glossary/?lang=ko', 'glossary/?lang=en',
    'timeline/?lang=en', 'story/?lang=ko', '?lang=en'];
  const report = [];
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    for (const rel of rels) {
      const page = await newPage({ viewport });
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((l) => {
          for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await open(page, rel);
      await page.waitForTimeout(400);
      const cls = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
      if (cls > 0.02) report.push(`${rel} at ${viewport.width} px: CLS ${cls.toFixed(3)}`);
      await page.done();
    }
  }
  assert.deepEqual(report, [], 'CLS above 0.02');
});

// At the moment the app takes over (the task that sets data-app=ready), the events that are
// on screen, and whether each is whole: its <time datetime> and its title.
const AT_READY = () => {
  new MutationObserver((_, observer) => {
    const root = document.documentElement;
    if (!root || root.getAttribute('data-app') !== 'ready' || window.__atReady) return;
    observer.disconnect();
    const all = [...document.querySelectorAll('main [data-event]')];
    const whole = (e) => !!e.querySelector('time[datetime]') && !!e.querySelector('.event-card__title');
    window.__atReady = {
      onScreen: all.filter((e) => {
        const r = e.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      }).map((e) => ({ id: e.dataset.event, whole: whole(e) })),
      later: all.filter((e) => !whole(e)).length,
      all: all.length,
    };
  }).observe(document, { attributes: true, subtree: true });
};

test('the takeover keeps the scroll position and shifts nothing, and every card on screen is whole', async () => {
  for (const y of [2400, 9000]) {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.addInitScript(AT_READY);
    const release = await holdApp(page);
    await page.goto(url('timeline/?lang=en'), { waitUntil: 'domcontentloaded' });
    await page.evaluate((to) => window.scrollTo(0, to), y);
    // Let the cards now near the screen be laid out (content-visibility) before noting where
    // the reader is.
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => {
      const first = [...document.querySelectorAll('[data-event]')].find((e) => e.getBoundingClientRect().top > 0);
      return { y: window.scrollY, id: first?.dataset.event, top: first?.getBoundingClientRect().top };
    });
    release();
    await page.waitForSelector('html[data-app="ready"]');
    await page.waitForTimeout(300);
    const after = await page.evaluate((id) => ({
      y: window.scrollY,
      top: document.querySelector(`[data-event="${id}"]`)?.getBoundingClientRect().top,
    }), before.id);
    // The reader's place: the first event on screen is where it was (cards far above may
    // have come to other heights; the app scrolls by the difference).
    assert.ok(Math.abs(after.top - before.top) <= 2, `scrolled to ${y}: ${before.id} moved from ${before.top} to ${after.top} px`);
    assert.ok(Math.abs(after.y - before.y) < 1000, `scrolled to ${y}: scroll position kept (${before.y} → ${after.y})`);
    const cls = await page.evaluate(() => window.__cls);
    assert.ok(cls <= 0.02, `scrolled to ${y}: CLS ${cls}`);
    const atReady = await page.evaluate(() => window.__atReady);
    assert.ok(atReady.onScreen.length > 0, `scrolled to ${y}: events on screen at the takeover`);
    assert.deepEqual(atReady.onScreen.filter((e) => !e.whole), [], `scrolled to ${y}: a card on screen was not whole at the takeover`);
    await page.done();
  }
});

test('cards far down the timeline are made a moment after the takeover, whole and in order', async () => {
  const page = await newPage({ viewport: { width: 390, height: 844 } });
  await page.addInitScript(AT_READY);
  const release = await holdApp(page);
  await page.goto(url('timeline/?lang=ko'), { waitUntil: 'domcontentloaded' });
  const order = await page.evaluate(() => [...document.querySelectorAll('main [data-event]')].map((e) => e.dataset.event));
  release();
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  const atReady = await page.evaluate(() => window.__atReady);
  assert.equal(atReady.all, order.length, 'every event has its box at the takeover');
  assert.ok(atReady.later > order.length / 2, `${atReady.later} of ${order.length} cards left for later at the top of a phone`);
  await page.waitForSelector('html:not([data-later])', { state: 'attached' });
  const done = await page.evaluate(() => [...document.querySelectorAll('main [data-event]')].map((e) => ({
    id: e.dataset.event,
    time: e.querySelector('time[datetime]')?.getAttribute('datetime') || null,
    title: e.querySelector('.event-card__title')?.textContent || '',
  })));
  assert.deepEqual(done.map((e) => e.id), order, 'same events, same order as the pre-rendered page');
  assert.deepEqual(done.filter((e) => !e.time || !e.title).map((e) => e.id), [], 'every card whole once made');
  await page.done();
  // A filter change after the takeover draws its cards at once.
  const desk = await newPage();
  await open(desk, 'timeline/?lang=en&stance=sovereign');
  const fewer = await desk.evaluate(() => document.querySelectorAll('main [data-event]').length);
  await desk.getByRole('checkbox', { name: /^Sovereign/ }).click();
  await desk.waitForFunction((n) => document.querySelectorAll('main [data-event]').length > n, fewer);
  const notWhole = await desk.evaluate(() => [...document.querySelectorAll('main [data-event]')]
    .filter((e) => !e.querySelector('time[datetime]')).length);
  assert.equal(notWhole, 0, 'cards drawn by a filter change are whole at once');
  await desk.done();
});

test("a phone's folded filter panel is made just after the takeover, whole; a wide screen's open one at once", async () => {
  const AT_READY_PANEL = () => {
    new MutationObserver((_, observer) => {
      const root = document.documentElement;
      if (!root || root.getAttribute('data-app') !== 'ready' || window.__panel) return;
      observer.disconnect();
      const panel = document.querySelector('main details.timeline__filters');
      window.__panel = {
        open: !!panel?.open,
        facets: panel?.querySelectorAll('input[type="checkbox"]').length ?? -1,
      };
    }).observe(document, { attributes: true, subtree: true });
  };
  const link = 'timeline/?lang=en&company=naver&from=2024';
  const phone = await newPage({ viewport: { width: 390, height: 844 } });
  await phone.addInitScript(AT_READY_PANEL);
  await phone.goto(url(link), { waitUntil: 'domcontentloaded' });
  // The pre-rendered panel has its facets (read without JavaScript too).
  const prerendered = await phone.evaluate(() => document.querySelectorAll('[data-prerender] details.timeline__filters input[type="checkbox"]').length);
  await open(phone, link);
  const atReady = await phone.evaluate(() => window.__panel);
  assert.deepEqual(atReady, { open: false, facets: 0 }, 'folded on a phone, the facets are left out of the first draw');
  const made = await phone.evaluate(() => document.querySelectorAll('main details.timeline__filters input[type="checkbox"]').length);
  assert.ok(made > 20 && made >= prerendered / 2, `${made} facet checkboxes once made (pre-rendered: ${prerendered} in both languages)`);
  await phone.locator('summary.timeline__filters-summary').click();
  const naver = phone.getByRole('checkbox', { name: /^Naver/ });
  assert.equal(await naver.isVisible(), true, 'opened, the panel shows its facets');
  assert.equal(await naver.isChecked(), true, 'and they say what the link filters');
  assert.equal(await phone.locator('main input#timeline-from').inputValue(), '2024');
  await phone.done();
  const desk = await newPage({ viewport: { width: 1440, height: 900 } });
  await desk.addInitScript(AT_READY_PANEL);
  await open(desk, link);
  const wide = await desk.evaluate(() => window.__panel);
  assert.equal(wide.open, true, 'open on a wide screen');
  assert.ok(wide.facets > 20, `a wide screen's panel has its ${wide.facets} facets at the takeover`);
  await desk.done();
});

test('company cards far down the page are made a moment after the takeover, and a reader far down keeps their place', async () => {
  const page = await newPage({ viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const root = document.documentElement;
      if (!root || root.getAttribute('data-app') !== 'ready' || window.__atReady) return;
      observer.disconnect();
      const cards = [...document.querySelectorAll('main .companies__grid [data-company]')];
      window.__atReady = { all: cards.length, later: cards.filter((c) => !c.querySelector('.card__desc')).length };
    }).observe(document, { attributes: true, subtree: true });
  });
  await open(page, 'companies/?lang=ko');
  const atReady = await page.evaluate(() => window.__atReady);
  assert.equal(atReady.all, 63, 'every card has its box at the takeover');
  assert.ok(atReady.later > 30, `${atReady.later} of 63 cards left for later at the top of a phone`);
  const notWhole = await page.evaluate(() => [...document.querySelectorAll('main .companies__grid [data-company]')]
    .filter((c) => !c.querySelector('.card__desc') || !c.querySelector('h3, h2')).map((c) => c.dataset.company));
  assert.deepEqual(notWhole, [], 'every card whole once made');
  await page.done();

  const far = await newPage({ viewport: { width: 390, height: 844 } });
  const release = await holdApp(far);
  await far.goto(url('companies/?lang=en'), { waitUntil: 'domcontentloaded' });
  await far.evaluate(() => window.scrollTo(0, 12000));
  // Let the cards now near the screen be laid out before noting where the reader is.
  await far.waitForTimeout(300);
  const before = await far.evaluate(() => {
    const first = [...document.querySelectorAll('[data-company]')].find((e) => e.getBoundingClientRect().top > 0);
    return { id: first?.dataset.company, top: first?.getBoundingClientRect().top };
  });
  release();
  await far.waitForSelector('html[data-app="ready"]');
  await far.waitForTimeout(300);
  const after = await far.evaluate((id) => document.querySelector(`[data-company="${id}"]`)?.getBoundingClientRect().top, before.id);
  assert.ok(Math.abs(after - before.top) <= 2, `${before.id} moved from ${before.top} to ${after} px`);
  await far.done();
});

test('each view runs its own app: one wasm per view, and a link to another view loads that view\'s', async () => {
  const page = await newPage();
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  const byView = {};
  for (const v of VIEWS) {
    wasm.length = 0;
    await open(page, `${v}?lang=en`);
    assert.equal(wasm.length, 1, `${v || 'landing'} loads one app: ${wasm}`);
    byView[v] = wasm[0];
  }
  // The short story is the story's: it runs the story view's app. No other two share one.
  assert.equal(byView['story/short/'], byView['story/']);
  assert.equal(new Set(Object.values(byView)).size, VIEWS.length - 1, 'no other two views share an app');
  // An entity page loads its view's app.
  wasm.length = 0;
  await open(page, 'companies/naver/?lang=en');
  assert.deepEqual(wasm, [byView['companies/']]);
  // From the timeline's app, the header's link to the companies view is a page load of the
  // companies view's own page and app, and back returns to the timeline.
  await open(page, 'timeline/?lang=en&company=naver');
  wasm.length = 0;
  await page.locator('header').getByRole('link', { name: 'Companies', exact: true }).click();
  await page.waitForURL(/\/companies\/\?lang=en$/);
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  assert.deepEqual(wasm, [byView['companies/']]);
  assert.ok(await page.locator('main [data-company]').count() > 10);
  await page.goBack();
  await page.waitForURL(/\/timeline\/\?lang=en&company=naver$/);
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  assert.ok(await page.locator('main [data-event]').count() > 0);
  await page.done();
});

test('an entity path the build has no page for opens its view, which names the unknown id', async () => {
  const page = await newPage();
  await page.goto(url('companies/acme-corp/?lang=en#grid'));
  await page.waitForURL(/\/companies\/\?company=acme-corp&lang=en#grid$/);
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  assert.match(await page.locator('.ignored-note').innerText(), /acme-corp/);
  assert.ok(await page.locator('main [data-company]').count() > 10, 'the companies view, not a blank page');
  // The host answers the unknown path with its 404 page (status 404), which Chromium logs.
  await page.done([/status of 404/]);
});
