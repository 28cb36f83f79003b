// Issue 14, item 3: the alliance network on a phone. Labels readable as rendered (390 px and
// 1440 px), a legend at every size, tap wording on touch screens, a focus view (tap, click or
// keyboard; linkable as `network=`; a way back), visible without JavaScript, axe-clean in
// both themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { start, stop, newPage, open, url, seenText } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

before(start);
after(stop);

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1440, height: 900 };

/** The drawing that is shown (the other is display: none). */
const shownSvg = (page) => page.locator('section.network svg.network__svg:visible');

/** Heights of every label of the shown drawing, as rendered, in CSS pixels. */
const labelHeights = (page) =>
  shownSvg(page).locator('text').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));

const shownOrgs = (page) =>
  shownSvg(page).locator('g[data-org]').evaluateAll((gs) =>
    gs.filter((g) => !g.classList.contains('network__node--muted')).map((g) => g.dataset.org));

test('every network label is at least 11 px tall as rendered, at 390 px and 1440 px, in both languages', async () => {
  for (const viewport of [PHONE, LAPTOP]) {
    for (const lang of ['ko', 'en']) {
      const page = await newPage({ viewport });
      await open(page, `companies/?lang=${lang}`);
      await shownSvg(page).waitFor();
      assert.equal(await shownSvg(page).count(), 1, 'one drawing shown');
      const hs = await labelHeights(page);
      assert.ok(hs.length >= 10, `${hs.length} labels`);
      const least = Math.min(...hs);
      assert.ok(least >= 11, `${viewport.width}px ${lang}: smallest label ${least.toFixed(1)} px`);
      // Nothing wider than the screen.
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= viewport.width, `page is ${wide}px wide`);
      await page.done();
    }
  }
});

test('the legend names every line style and circle, at 390 px and 1440 px', async () => {
  for (const viewport of [PHONE, LAPTOP]) {
    const page = await newPage({ viewport });
    await open(page, 'companies/?lang=en');
    const net = page.getByRole('region', { name: 'The alliance network' });
    const lines = net.getByRole('list', { name: /^Lines/ });
    const circles = net.getByRole('list', { name: /^Circles/ });
    assert.ok(await lines.isVisible() && await circles.isVisible(), `legend at ${viewport.width}px`);
    for (const list of [lines, circles]) {
      const items = (await list.getByRole('listitem').allTextContents()).map((t) => t.trim());
      assert.equal(items.length, 4, items.join());
      assert.ok(items.every((t) => t.length > 2), items.join());
    }
    // Each stance the graph draws has a legend entry, and the entries' line styles differ
    // in dash, not only in colour.
    const drawn = await shownSvg(page).locator('g.network__edge').evaluateAll((gs) =>
      [...new Set(gs.map((g) => [...g.classList].find((c) => c.startsWith('network__edge--'))))]);
    const swatches = await lines.locator('g.network__edge').evaluateAll((gs) => gs.map((g) => ({
      kind: [...g.classList].find((c) => c.startsWith('network__edge--')),
      dash: getComputedStyle(g.querySelector('path')).strokeDasharray,
    })));
    for (const k of drawn) assert.ok(swatches.some((s) => s.kind === k), `${k} in the legend`);
    assert.equal(new Set(swatches.map((s) => s.dash)).size, swatches.length, JSON.stringify(swatches));
    const rings = await circles.locator('circle').evaluateAll((cs) => cs.map((c) => {
      const s = getComputedStyle(c);
      return `${s.fill}|${s.strokeWidth}|${s.strokeDasharray}`;
    }));
    assert.equal(new Set(rings).size, 4, rings.join('\n'));
    await page.done();
  }
});

test('touch screens are told to tap, mouse screens to hover', async () => {
  for (const lang of ['en', 'ko']) {
    const touch = await newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
    await open(touch, `companies/?lang=${lang}`);
    const keys = touch.locator('#network-keys');
    const said = (await seenText(keys)).trim();
    if (lang === 'en') {
      assert.match(said, /Tap a company/);
      assert.doesNotMatch(said, /hover|Tab into/i);
    } else {
      assert.match(said, /탭하면/);
      assert.doesNotMatch(said, /마우스|Tab 키/);
    }
    await touch.done();
  }
  const mouse = await newPage({ viewport: LAPTOP });
  await open(mouse, 'companies/?lang=en');
  const said = (await seenText(mouse.locator('#network-keys'))).trim();
  assert.match(said, /hover/);
  assert.doesNotMatch(said, /Tap a company/);
  await mouse.done();
});

test('tapping a node focuses the network on it; the way back restores the whole network', async () => {
  const page = await newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
  await open(page, 'companies/?lang=en');
  await shownSvg(page).waitFor();
  const all = await shownOrgs(page);
  const edgesAll = await shownSvg(page).locator('g[role="listitem"]').count();
  const naver = shownSvg(page).locator('g[data-org="naver"]');
  await naver.scrollIntoViewIfNeeded();
  await naver.tap();
  await page.waitForURL(/network=naver/);
  await page.waitForSelector('svg.network__svg--narrow g.network__node--hub[data-org="naver"]');
  const focused = await shownOrgs(page);
  assert.ok(focused.length < all.length, `${focused.length} of ${all.length} shown`);
  // The partners shown are exactly Naver's partners, as the table lists them.
  const labels = await shownSvg(page).locator('g[role="listitem"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
  assert.ok(labels.length > 0 && labels.length < edgesAll, `${labels.length} of ${edgesAll} ties`);
  assert.ok(labels.every((l) => /^Naver — | — Naver:/.test(l)), labels.join('\n'));
  const partners = new Set(labels.map((l) => l.split(':')[0].split(' — ').find((n) => n !== 'Naver')));
  const names = await shownSvg(page).locator('g[data-org]:not([data-org="naver"]) text').allTextContents();
  assert.deepEqual(names.sort(), [...partners].sort());
  assert.equal(await page.locator('section.network table tbody tr').count(), labels.length);
  // The focus view's labels are readable too.
  assert.ok(Math.min(...(await labelHeights(page))) >= 11);
  // The hub is in the centre: partners above and below it.
  const ys = await shownSvg(page).locator('g[data-org] circle').evaluateAll((cs) => cs.map((c) => [c.parentNode.dataset.org, +c.getAttribute('cy')]));
  const hubY = ys.find(([id]) => id === 'naver')[1];
  if (ys.length > 2) assert.ok(ys.some(([, y]) => y < hubY) && ys.some(([, y]) => y > hubY));

  await page.getByRole('link', { name: /Back to the whole network/ }).tap();
  await page.waitForURL((u) => !u.searchParams.has('network'));
  await page.waitForFunction((n) => document.querySelectorAll('svg.network__svg--narrow g[data-org]').length === n, all.length);
  assert.deepEqual(await shownOrgs(page), all);
  await page.done();
});

test('network= is a link: the focus view opens from it, and clicking works at 1440 px', async () => {
  const page = await newPage({ viewport: LAPTOP });
  await open(page, 'companies/?lang=en&network=kt');
  await page.waitForSelector('svg.network__svg--wide g.network__node--hub[data-org="kt"]');
  assert.match(await seenText(page.locator('.network__focus')), /KT/);
  const card = page.getByRole('link', { name: 'Open the KT card' });
  assert.match(new URL(await card.getAttribute('href'), page.url()).pathname, /\/companies\/kt\/$/);
  const labels = await shownSvg(page).locator('g[role="listitem"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
  assert.ok(labels.length > 0 && labels.every((l) => /^KT — | — KT:/.test(l)), labels.join('\n'));
  // Firms that are not KT's partners are dimmed, and the grid of cards stays.
  const muted = await shownSvg(page).locator('g.network__node--muted').count();
  assert.ok(muted > 0, 'others dimmed');
  assert.ok((await page.locator('main article[data-company]').count()) > 10, 'the cards stay');
  // Clicking another firm moves the focus there.
  const other = await shownSvg(page).locator('g[data-org]:not(.network__node--muted):not(.network__node--hub)').first();
  const id = await other.getAttribute('data-org');
  await other.click();
  await page.waitForURL(new RegExp(`network=${id}`));
  await page.waitForSelector(`svg.network__svg--wide g.network__node--hub[data-org="${id}"]`);
  await page.done();
});

test('keyboard: Tab to the organisations, arrows move, Enter focuses, Escape returns', async () => {
  for (const viewport of [LAPTOP, PHONE]) {
    const page = await newPage({ viewport });
    await open(page, 'companies/?lang=en');
    const nodes = shownSvg(page).locator('g[data-org][tabindex="0"]');
    assert.equal(await nodes.count(), 1, 'one tab stop for the organisations');
    // From the edges' tab stop, Tab reaches the organisations.
    await shownSvg(page).locator('g[role="listitem"][tabindex="0"]').focus();
    await page.keyboard.press('Tab');
    const active = () => page.evaluate(() => document.activeElement.dataset.org || '');
    const first = await active();
    assert.ok(first, 'an organisation has the focus');
    await page.keyboard.press('ArrowDown');
    const second = await active();
    assert.ok(second && second !== first, 'arrow moved');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`network=${second}`));
    await page.waitForFunction((id) => document.activeElement?.dataset?.org === id, second);
    assert.equal(await shownSvg(page).locator(`g[data-org="${second}"]`).getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !u.searchParams.has('network'));
    await page.waitForFunction((id) => document.activeElement?.dataset?.org === id, second);
    assert.equal(await shownSvg(page).locator('g.network__node--hub').count(), 0);
    // Space focuses too.
    await page.keyboard.press(' ');
    await page.waitForURL(new RegExp(`network=${second}`));
    await page.done();
  }
});

test('without JavaScript the network and its legend are visible, at 390 px and 1440 px', async () => {
  for (const viewport of [PHONE, LAPTOP]) {
    const page = await newPage({ viewport, javaScriptEnabled: false });
    await page.goto(url('companies/?lang=en'));
    const svg = shownSvg(page);
    assert.equal(await svg.count(), 1, 'the pre-rendered drawing is shown');
    const box = await svg.boundingBox();
    assert.ok(box.width > 300 && box.height > 150, JSON.stringify(box));
    assert.ok(Math.min(...(await labelHeights(page))) >= 11);
    assert.ok(await svg.locator('g[role="listitem"]').count() >= 10);
    // The pre-rendered page reads in Korean without JavaScript.
    assert.ok(await page.getByRole('list', { name: /^(Lines|선):/ }).isVisible());
    assert.ok(await page.getByRole('list', { name: /^(Circles|동그라미):/ }).isVisible());
    await page.done();
  }
});

test('axe: the network in both themes, whole and focused, at 390 px and 1440 px', async () => {
  const report = [];
  for (const viewport of [PHONE, LAPTOP]) {
    for (const colorScheme of ['light', 'dark']) {
      for (const rel of ['companies/?lang=en', 'companies/?lang=ko&network=naver']) {
        const page = await newPage({ viewport, colorScheme, bypassCSP: true });
        await open(page, rel);
        await shownSvg(page).waitFor();
        await page.addScriptTag({ content: AXE });
        const found = await page.evaluate(async () => {
          // eslint-disable-next-line no-undef
          const r = await axe.run(document.querySelector('section.network'), { resultTypes: ['violations'] });
          return r.violations
            .filter((x) => x.impact === 'serious' || x.impact === 'critical')
            .map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        });
        for (const f of found) report.push(`${viewport.width} ${colorScheme} ${rel}: ${f}`);
        await page.done();
      }
    }
  }
  assert.deepEqual(report, []);
});
