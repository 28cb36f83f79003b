// Issue 14, item 1: the time axis above the timeline, and its small copy on the landing page.
// Picking dates by mouse, touch and keyboard writes from/to, and the list then shows exactly
// the events of those months; a mark opens its event; filters thin the marks; it fits 320 px;
// it is drawn without JavaScript; axe finds nothing serious in either theme. Expected sets
// come from the unfiltered page (the test cannot import the Rust fact base) and positions
// from the drawn year ticks, not from the program's own arithmetic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { start, stop, newPage, open, url, holdApp } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

before(start);
after(stop);

const params = (page) => new URL(page.url()).searchParams;

/** Every event in the list: id and `<time datetime>`. */
const listed = (page) =>
  page.getByRole('article').evaluateAll((as) =>
    as.map((a) => ({ id: a.dataset.event, date: a.querySelector('time').getAttribute('datetime') })));

/** The ids of the marks drawn on the axis, and which of them are faint. */
const marks = (page) =>
  page.locator('.time-axis [data-mark]').evaluateAll((ms) =>
    ms.map((m) => ({ id: m.dataset.mark, out: m.classList.contains('time-axis__mark--out') })));

/** Whether a date (YYYY, YYYY-MM or YYYY-MM-DD) overlaps the months `from`..`to` (YYYY-MM). */
function overlaps(date, from, to) {
  const [y, m] = date.split('-').map(Number);
  const start = m ? `${y}-${String(m).padStart(2, '0')}` : `${y}-01`;
  const end = m ? start : `${y}-12`;
  return start <= to && end >= from;
}

async function waitForParam(page, key, value) {
  await page.waitForFunction(
    ([k, v]) => new URLSearchParams(location.search).get(k) === v,
    [key, value],
  );
}

/** Page x of the middle of a month, read off the drawn year ticks (`2024-03`). */
async function monthX(page, ym) {
  const [y, m] = ym.split('-').map(Number);
  const ticks = await page.locator('.time-axis__svg .time-axis__label--year').evaluateAll((ts) =>
    ts.map((t) => ({ year: Number(t.textContent), x: t.getBoundingClientRect().left })));
  const a = ticks.find((t) => t.year === y);
  const next = ticks.find((t) => t.year === y + 1);
  const prev = ticks.find((t) => t.year === y - 1);
  assert.ok(a && (next || prev), `ticks around ${y}`);
  // Labels start 4 px right of their tick; the distance between two ticks is a year.
  const year = next ? next.x - a.x : a.x - prev.x;
  return a.x - 4 + (year * (m - 0.5)) / 12;
}

/** The list shows exactly the events of the unfiltered list that overlap `from`..`to`. */
async function assertListIsSpan(page, all, from, to) {
  const want = all.filter((e) => overlaps(e.date, from, to)).map((e) => e.id).sort();
  assert.ok(want.length > 0 && want.length < all.length, 'a real narrowing');
  await page.waitForFunction((n) => document.querySelectorAll('article[data-event]').length === n, want.length);
  const got = (await listed(page)).map((e) => e.id).sort();
  assert.deepEqual(got, want);
  const drawn = await marks(page);
  assert.deepEqual(drawn.filter((d) => !d.out).map((d) => d.id).sort(), want, 'marks inside the span');
  assert.equal(drawn.length, all.length, 'the others are drawn faint, not dropped');
}

test('dragging across the axis with the mouse picks months and the list shows just them', async () => {
  const page = await newPage();
  await open(page, 'timeline/?lang=en');
  const all = await listed(page);
  assert.equal((await marks(page)).length, all.length, 'one mark per event');
  // Just below the axis line, among the year labels: no marks there.
  const top = (await page.locator('.time-axis__svg .time-axis__line').boundingBox()).y + 10;
  await page.mouse.move(await monthX(page, '2024-01'), top);
  await page.mouse.down();
  await page.mouse.move(await monthX(page, '2024-07'), top, { steps: 4 });
  await page.mouse.move(await monthX(page, '2024-12'), top, { steps: 4 });
  await page.mouse.up();
  await waitForParam(page, 'from', '2024-01');
  assert.equal(params(page).get('to'), '2024-12');
  await assertListIsSpan(page, all, '2024-01', '2024-12');
  // The reset button clears both.
  await page.getByRole('button', { name: 'Show all dates' }).click();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('from'));
  assert.equal(params(page).get('to'), null);
  assert.equal((await listed(page)).length, all.length);
  await page.done();
});

test('a touch drag picks months too', async () => {
  const page = await newPage({ viewport: { width: 390, height: 844 } });
  await open(page, 'timeline/?lang=en');
  const all = await listed(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  await page.locator('.time-axis').scrollIntoViewIfNeeded();
  // From within the tall column of December 2024 (a press on a mark that moves on is a
  // drag, not the mark's tap), to May 2025.
  const y = (await page.locator('.time-axis__svg .time-axis__line').boundingBox()).y - 20;
  const [a, b] = [await monthX(page, '2024-12'), await monthX(page, '2025-05')];
  const touch = (type, x) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
  });
  await touch('touchStart', a);
  for (let i = 1; i <= 6; i++) await touch('touchMove', a + ((b - a) * i) / 6);
  await touch('touchEnd', b);
  await waitForParam(page, 'from', '2024-12');
  assert.equal(params(page).get('to'), '2025-05');
  assert.equal(params(page).get('event'), null, 'the drag did not open the mark it started on');
  await assertListIsSpan(page, all, '2024-12', '2025-05');
  await page.done();
});

test('the keyboard path: two handles move by month and year and write from/to', async () => {
  const page = await newPage();
  await open(page, 'timeline/?lang=en');
  const all = await listed(page);
  const from = page.getByRole('slider', { name: 'Start of the dates' });
  const to = page.getByRole('slider', { name: 'End of the dates' });
  // Reached with Tab, after the page's links before it.
  await page.keyboard.press('Tab');
  let tabs = 0;
  while (!(await from.evaluate((el) => el === document.activeElement)) && tabs++ < 40) {
    await page.keyboard.press('Tab');
  }
  assert.ok(tabs < 40, 'the start handle is in the tab order');
  const first = await from.getAttribute('aria-valuetext');
  assert.match(first, /^From January \d{4}$/);
  const startYear = Number(first.slice(-4));
  for (let y = startYear; y < 2024; y++) {
    await page.keyboard.press('PageUp');
    await waitForParam(page, 'from', `${y + 1}-01`);
  }
  assert.equal(await from.getAttribute('aria-valuetext'), 'From January 2024');
  await page.keyboard.press('ArrowRight');
  await waitForParam(page, 'from', '2024-02');
  await page.keyboard.press('ArrowLeft');
  await waitForParam(page, 'from', '2024-01');
  await page.keyboard.press('Tab');
  assert.ok(await to.evaluate((el) => el === document.activeElement), 'Tab moves to the end handle');
  await page.keyboard.press('End');
  const last = await to.getAttribute('aria-valuetext');
  const endYear = Number(last.slice(-4));
  for (let y = endYear; y > 2024; y--) {
    await page.keyboard.press('PageDown');
    await waitForParam(page, 'to', `${y - 1}-12`);
  }
  assert.equal(await to.getAttribute('aria-valuetext'), 'To December 2024');
  await assertListIsSpan(page, all, '2024-01', '2024-12');
  // The focused handle shows it: its knob is drawn in the focus colour.
  const knob = await to.locator('.time-axis__knob').evaluate((k) => getComputedStyle(k).fill);
  const idle = await from.locator('.time-axis__knob').evaluate((k) => getComputedStyle(k).fill);
  assert.notEqual(knob, idle, 'visible focus');
  // In Korean, the value is read in Korean.
  await page.goto(url('timeline/?lang=ko&from=2024-03'));
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  assert.equal(await page.getByRole('slider').first().getAttribute('aria-valuetext'), '2024년 3월부터');
  await page.done();
});

test('each mark names its event in a tooltip before the app, and is a link named for it once the app is there, in both languages', async () => {
  const dated = { ko: /^20\d\d년/, en: /20\d\d/ };
  // Pre-rendered (JavaScript off): the mark's <title>, the same words as its event's date
  // and title in the list; no links (one to ?event= would only reopen the page).
  const still = await newPage({ javaScriptEnabled: false });
  const drawn = {};
  for (const lang of ['ko', 'en']) {
    await still.goto(url(`timeline/?lang=${lang}#${lang}`));
    const copy = still.locator(`[data-prerender][lang="${lang}"]`);
    const marks = await copy.locator('.time-axis__svg [data-mark]').evaluateAll((ms) =>
      ms.map((m) => ({ id: m.dataset.mark, title: m.querySelector(':scope > title')?.textContent })));
    const events = await copy.getByRole('article').evaluateAll((as) =>
      Object.fromEntries(as.map((a) => [a.dataset.event, a.querySelector('h4').textContent])));
    assert.equal(marks.length, Object.keys(events).length, `${lang}: a mark per event`);
    for (const m of marks) {
      assert.match(m.title ?? '', dated[lang], `${lang} ${m.id}`);
      assert.ok(m.title.endsWith(events[m.id]), `${lang} ${m.id}: "${m.title}" names "${events[m.id]}"`);
    }
    assert.equal(await copy.locator('.time-axis__svg a').count(), 0, `${lang}: no links before the app`);
    drawn[lang] = marks;
  }
  await still.done();
  // With the app: each mark is a link whose <title> and accessible name are those words.
  const page = await newPage();
  for (const lang of ['ko', 'en']) {
    await open(page, `timeline/?lang=${lang}`);
    const axis = page.locator('.time-axis__svg');
    for (const m of drawn[lang].slice(0, 5)) {
      const link = axis.locator(`.time-axis__link:has([data-mark="${m.id}"])`);
      assert.equal(await link.locator('title').textContent(), m.title);
      // The accessibility tree names the link for its event: a screen reader reads it.
      assert.equal(await axis.getByRole('link', { name: m.title, exact: true, includeHidden: true }).count(), 1, m.title);
    }
  }
  await page.done();
});

test('a mark opens its event; faint marks open it without the dates', async () => {
  const page = await newPage();
  await open(page, 'timeline/?lang=en');
  // A mark alone in its month (so its shape is not covered by a neighbour).
  const id = await page.locator('.time-axis__link').evaluateAll((ls) => {
    const one = ls.find((l) => l.querySelector('[data-mark] svg') && ls.filter((o) =>
      o.querySelector('svg').getAttribute('x') === l.querySelector('svg').getAttribute('x')).length === 1);
    return one.querySelector('[data-mark]').dataset.mark;
  });
  await page.locator(`[data-mark="${id}"] svg`).click();
  await waitForParam(page, 'event', id);
  const card = page.locator(`article[data-event="${id}"]`);
  await page.waitForFunction((i) => document.activeElement?.closest('article')?.dataset.event === i, id);
  assert.ok(await card.isVisible());
  // With dates picked, a faint mark (outside them) opens its event and drops the dates.
  await open(page, 'timeline/?lang=en&from=2025');
  const out = await page.locator('.time-axis__mark--out').first().getAttribute('data-mark');
  const href = await page.locator(`.time-axis__link:has([data-mark="${out}"])`).getAttribute('href');
  assert.ok(href.includes(`event=${out}`) && !href.includes('from='), href);
  await page.done();
});

test('filters thin the marks: company, stance and search', async () => {
  const page = await newPage();
  for (const q of ['company=naver', 'stance=hybrid', 'q=HBM']) {
    await open(page, `timeline/?lang=en&${q}`);
    const ids = (await listed(page)).map((e) => e.id).sort();
    const drawn = await marks(page);
    assert.ok(ids.length > 0, q);
    assert.deepEqual(drawn.map((d) => d.id).sort(), ids, `${q}: only the events shown are drawn`);
    assert.ok(drawn.every((d) => !d.out), q);
    if (q === 'stance=hybrid') {
      const classes = await page.locator('.time-axis [data-mark]').evaluateAll((ms) => ms.map((m) => m.className.baseVal));
      assert.ok(classes.every((c) => c.includes('time-axis__mark--hybrid')), 'every mark is hybrid');
      assert.ok(await page.locator('.time-axis__svg polygon').count() > 0, 'drawn as triangles');
    }
    const summary = await page.locator('#time-axis-summary').textContent();
    assert.match(summary, new RegExp(`^${ids.length} of \\d+ events`), summary);
  }
  await page.done();
});

test('at 320 px the axis fits without sideways scrolling, labels at least 11 px', async () => {
  for (const rel of ['timeline/?lang=en', '?lang=ko']) {
    const page = await newPage({ viewport: { width: 320, height: 700 } });
    await open(page, rel);
    const r = await page.evaluate(() => ({
      scroll: document.scrollingElement.scrollWidth,
      axis: document.querySelector('.time-axis').getBoundingClientRect().right,
      sizes: [...document.querySelectorAll('.time-axis text, .time-axis__legend')]
        .filter((t) => t.getBoundingClientRect().width > 0)
        .map((t) => parseFloat(getComputedStyle(t).fontSize)),
      years: [...document.querySelectorAll('.time-axis__label--year')].map((t) => t.getBoundingClientRect()),
    }));
    assert.ok(r.scroll <= 320, `${rel}: scrollWidth ${r.scroll}`);
    assert.ok(r.axis <= 320, `${rel}: axis right edge ${r.axis}`);
    assert.ok(r.sizes.length > 0 && r.sizes.every((s) => s >= 11), `${rel}: ${r.sizes}`);
    for (let i = 1; i < r.years.length; i++) {
      assert.ok(r.years[i - 1].right <= r.years[i].left, `${rel}: year labels do not overlap`);
    }
    await page.done();
  }
});

test('without JavaScript the axes are drawn, one mark per event', async () => {
  const page = await newPage({ javaScriptEnabled: false });
  await page.goto(url('timeline/?lang=en'));
  // The pre-rendered page holds both languages; the reader's is the one shown.
  const n = await page.locator('article[data-event]:visible').count();
  assert.ok(n > 50);
  const svg = page.locator('.time-axis__svg:visible');
  assert.equal(await svg.count(), 1);
  assert.equal(await page.locator('.time-axis:visible [data-mark]').count(), n);
  const box = await svg.boundingBox();
  assert.ok(box.height > 100 && box.width > 600, JSON.stringify(box));
  await page.goto(url('?lang=en'));
  assert.equal(await page.locator('.time-axis--compact .time-axis__svg:visible').count(), 1);
  assert.equal(await page.locator('.time-axis--compact:visible [data-mark]').count(), n);
  await page.done();
});

test('the app takes over the axis without moving it', async () => {
  for (const rel of ['timeline/?lang=en', '?lang=en']) {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    // The pre-rendered axis, measured while the app is held back (measured at load, the
    // app could be halfway through its takeover on a fast machine)…
    const release = await holdApp(page);
    await page.goto(url(rel), { waitUntil: 'domcontentloaded' });
    const before = await page.locator('.time-axis__svg').first().boundingBox();
    assert.ok(before, `${rel}: the pre-rendered axis is laid out`);
    // …then the app's.
    release();
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    const after = await page.locator('.time-axis__svg').boundingBox();
    assert.deepEqual(after, before, rel);
    await page.done();
  }
});

test('landing: a year on the small axis opens the timeline at that year, keeping the language', async () => {
  const page = await newPage();
  await open(page, '?lang=ko');
  await page.getByRole('link', { name: '2024년 사건을 타임라인에서 보기' }).click();
  await page.waitForURL(/timeline\//);
  const p = params(page);
  assert.deepEqual([p.get('lang'), p.get('from'), p.get('to')], ['ko', '2024', '2024']);
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  const dates = (await listed(page)).map((e) => e.date);
  assert.ok(dates.length > 0 && dates.every((d) => d.startsWith('2024')), dates.join());
  await page.done();
});

test('axe: the axis has no serious or critical violations in either theme', async () => {
  const report = [];
  for (const scheme of ['light', 'dark']) {
    for (const rel of ['timeline/?lang=en&from=2024-03&to=2025-02', 'timeline/?lang=ko&company=naver', '?lang=en']) {
      const page = await newPage({ bypassCSP: true, colorScheme: scheme });
      await open(page, rel);
      await page.addScriptTag({ content: AXE });
      const found = await page.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const r = await axe.run('.time-axis', { resultTypes: ['violations'] });
        return r.violations
          .filter((x) => x.impact === 'serious' || x.impact === 'critical')
          .map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      for (const f of found) report.push(`${rel} ${scheme}: ${f}`);
      await page.done();
    }
  }
  assert.deepEqual(report, []);
});
