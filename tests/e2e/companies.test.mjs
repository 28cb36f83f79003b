// Companies view: cards (grid and shared single card), facets in the URL, the alliance
// network (keyboard, caption, filters) and the money chart, in both languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { start, stop, newPage, open, BASE, scrollTo } from './harness.mjs';

before(start);
after(stop);

const cards = (page) => page.locator('main article[data-company]');
const visibleCards = (page) => page.locator('main article[data-company]:not([hidden])');

test('company=naver opens the Naver card on its own, with partners, events and a timeline link', async () => {
  const page = await newPage();
  await open(page, 'companies/?company=naver&lang=en');
  await page.waitForSelector('article[data-company="naver"]');
  assert.equal(await page.locator('main h1').count(), 1);
  assert.equal(await page.locator('main h1').textContent(), 'Naver');
  assert.equal(await cards(page).count(), 1, 'only the shared card is shown');
  const card = page.locator('article[data-company="naver"]');
  assert.match(await card.textContent(), /네이버/, 'both names');
  // Its place, computed from its events, with the evidence linked to the timeline.
  assert.match(await card.textContent(), /Where it stands/);
  const eventLinks = card.locator('a[href*="timeline/?"][href*="event="]');
  assert.ok((await eventLinks.count()) > 3, 'evidence and events link to the timeline');
  // Partners link to their cards.
  const nvidia = card.getByRole('link', { name: 'Nvidia', exact: true });
  assert.match(new URL(await nvidia.getAttribute('href'), page.url()).pathname, /\/companies\/nvidia\/$/, 'to its card\'s own page');
  // Events in date order.
  const dates = await card.locator('ol.card__events time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.ok(dates.length >= 5, `Naver has its events listed (${dates.length})`);
  assert.deepEqual([...dates].sort(), dates, 'events are in date order');
  // A way back to all companies.
  assert.ok(await page.getByRole('link', { name: /All companies and institutions/ }).isVisible());
  // The filtered timeline link works.
  const tl = card.getByRole('link', { name: 'See its events on the timeline' });
  assert.match(await tl.getAttribute('href'), new RegExp(`^${BASE}timeline/\\?.*company=naver`));
  await tl.click();
  await page.waitForFunction(() => location.pathname.endsWith('/timeline/'));
  assert.equal(new URL(page.url()).searchParams.get('company'), 'naver');
  await page.done();
});

test('company=kt opens in Korean, and a partner link opens that card', async () => {
  const page = await newPage({ locale: 'ko-KR' });
  await open(page, 'companies/?company=kt');
  await page.waitForSelector('article[data-company="kt"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  assert.equal(await page.locator('main h1').textContent(), 'KT');
  const card = page.locator('article[data-company="kt"]');
  const text = await card.textContent();
  for (const s of ['어디에 서 있나', '협력 관계', '사건', '출처 기사']) assert.ok(text.includes(s), `KT card shows ${s}`);
  await card.getByRole('link', { name: '마이크로소프트(MS)', exact: true }).click();
  await page.waitForSelector('article[data-company="microsoft"]');
  assert.match(new URL(page.url()).pathname, /\/companies\/microsoft\/$/);
  assert.equal(await cards(page).count(), 1);
  await page.done();
});

test("KT's card: the articles' trajectory, KT's own words cited, and the tally's disagreement noted", async () => {
  const page = await newPage();
  await open(page, 'companies/?company=kt&lang=en');
  const card = page.locator('article[data-company="kt"]');
  await card.waitFor();
  assert.equal(await card.getAttribute('data-placement'), 'alliance');
  const where = card.getByRole('group', { name: 'Where it stands' });
  const periods = where.locator('li[data-placement]');
  assert.deepEqual(await periods.evaluateAll((ls) => ls.map((l) => l.dataset.placement)), ['sovereign', 'alliance']);
  // 2023: its own model and chips; 2024–25: the Microsoft alliance, now.
  const first = await periods.nth(0).textContent();
  assert.match(first, /Sovereign AI \(build its own\)\s*2023/);
  assert.ok(first.includes('Mi:dm') && first.includes('Global Economic (g-enews), para. 29'), first);
  const now = periods.nth(1);
  const nowText = await now.textContent();
  assert.match(nowText, /Alliance with Big Tech\s*2024–2025/);
  assert.match(nowText, /Now \(latest article\)/);
  assert.ok(nowText.includes('Microsoft'), nowText);
  // The article's own words, in Korean, with outlet and paragraph.
  const quote = now.locator('q[lang="ko"]', { hasText: '협업이 현실적인 선택임을 강조했다' });
  assert.equal(await quote.count(), 1);
  assert.ok(nowText.includes('The Korea Economic Daily (inferred from hankyung.com), para. 11'), nowText);
  assert.ok(nowText.includes('TechM, para. 15'), nowText);
  // The tally is shown as supporting evidence, with a visible note that it disagrees.
  const tally = await where.textContent();
  assert.match(tally, /Supporting evidence: the event tally/);
  assert.match(tally, /on the tally alone: 'leans towards sovereign'/);
  const note = where.getByRole('note');
  assert.ok(await note.isVisible());
  assert.match(await note.textContent(), /disagrees with where the articles place it now \('Alliance with Big Tech'\)/);
  await page.done();
});

test('a firm the articles do not characterise says so, in Korean too', async () => {
  const page = await newPage({ locale: 'ko-KR' });
  await open(page, 'companies/?company=google');
  const card = page.locator('article[data-company="google"]');
  await card.waitFor();
  assert.equal(await card.getAttribute('data-placement'), 'context');
  const where = card.getByRole('group', { name: '어디에 서 있나' });
  assert.match(await where.textContent(), /기사들은 이 기관의 전략을 어느 길로도 그리지 않습니다/);
  assert.equal(await where.getByRole('note').count(), 0, 'nothing to disagree with');
  await page.goto(page.url().replace('company=google', 'company=samsung-electronics'));
  const samsung = page.locator('article[data-company="samsung-electronics"]');
  await samsung.waitFor();
  const text = await samsung.getByRole('group', { name: '어디에 서 있나' }).textContent();
  assert.ok(text.includes('빅테크 동맹') && text.includes('디지털타임스, 문단 15'), text);
  await page.done();
});

test('the grid has a card with data-company for every organisation', async () => {
  const page = await newPage();
  await open(page, 'companies/?lang=en');
  await page.waitForSelector('article[data-company]');
  const slugs = await cards(page).evaluateAll((as) => as.map((a) => a.dataset.company));
  assert.ok(slugs.length >= 50, `${slugs.length} cards`);
  assert.ok(slugs.every((s) => /^[a-z0-9-]+$/.test(s)), 'every card names its slug');
  assert.equal(new Set(slugs).size, slugs.length, 'one card per organisation');
  assert.ok(slugs.includes('naver') && slugs.includes('nvidia'), 'Korean and global');
  const status = await page.locator('.companies__count').textContent();
  assert.match(status, new RegExp(`Showing ${slugs.length} of ${slugs.length}`));
  // Every card's event tally is computed (a five-point step or context only), and its
  // placement is a road the articles name or `context` (not characterised).
  const leans = await cards(page).evaluateAll((as) => as.map((a) => a.dataset.lean));
  assert.ok(leans.every((l) => ['alliance', 'leans-alliance', 'both', 'leans-sovereign', 'sovereign', 'context'].includes(l)));
  const roads = await cards(page).evaluateAll((as) => as.map((a) => a.dataset.placement));
  assert.ok(roads.every((r) => ['alliance', 'sovereign', 'hybrid', 'context'].includes(r)), roads.join());
  assert.ok(roads.filter((r) => r !== 'context').length >= 7, 'the firms the articles characterise');
  await page.done();
});

test('an unknown company is named in the note and the grid is shown', async () => {
  const page = await newPage();
  await open(page, 'companies/?company=no-such-firm&stance=sideways&lang=en');
  const note = page.getByRole('status').filter({ hasText: 'ignored' });
  await note.waitFor();
  const t = await note.textContent();
  assert.ok(t.includes('company=no-such-firm') && t.includes('stance=sideways'), t);
  assert.ok((await cards(page).count()) > 1, 'the grid is shown');
  assert.equal(await page.locator('main h1').textContent(), 'Companies and institutions');
  await page.done();
});

test('facets and search live in the URL and narrow the cards', async () => {
  const page = await newPage();
  await open(page, 'companies/?stance=sovereign&lang=en');
  await page.waitForSelector('article[data-company]');
  // The stance facet follows where the articles place each firm now.
  const roads = await visibleCards(page).evaluateAll((as) => as.map((a) => a.dataset.placement));
  assert.ok(roads.length > 0);
  assert.ok(roads.every((r) => r === 'sovereign'), roads.join());
  const shownSovereign = await visibleCards(page).evaluateAll((as) => as.map((a) => a.dataset.company));
  assert.ok(shownSovereign.includes('naver') && shownSovereign.includes('lg'), shownSovereign.join());
  assert.ok(!shownSovereign.includes('kt'), 'KT is on the alliance road now, whatever its tally');
  assert.ok(await page.getByRole('checkbox', { name: 'Sovereign' }).isChecked());

  await page.getByLabel('Country').selectOption('us');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('country') === 'us');
  const u = new URL(page.url());
  assert.equal(u.searchParams.get('stance'), 'sovereign');
  assert.equal(u.searchParams.get('sector'), null, 'defaults are not written');

  await page.getByRole('checkbox', { name: 'Sovereign' }).uncheck();
  await page.getByLabel('Search names and descriptions').fill('네이버');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '네이버');
  await page.getByLabel('Country').selectOption('');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('country'));
  const shown = await visibleCards(page).evaluateAll((as) => as.map((a) => a.dataset.company));
  assert.ok(shown.includes('naver'), shown.join());
  assert.ok(!new URL(page.url()).searchParams.has('stance'));
  await page.done();
});

test('the network: Tab in, arrow keys move between edges, the caption shows fact and source', async () => {
  const page = await newPage();
  await open(page, 'companies/?lang=en');
  const net = page.getByRole('region', { name: 'The alliance network' });
  await net.waitFor();
  const edges = net.getByRole('listitem').and(page.locator('svg [tabindex]'));
  const n = await edges.count();
  assert.ok(n >= 10, `${n} edges`);
  // One tab stop for the lines of the drawing shown (the organisations have their own).
  assert.equal(await net.locator('svg.network__svg:visible g[role="listitem"][tabindex="0"]').count(), 1, 'one tab stop for the graph');

  await net.getByLabel('To', { exact: true }).focus();
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => document.activeElement.getAttribute('aria-label') || '');
  const first = await focused();
  assert.match(first, / — .*Source: /, 'an edge has focus and names its fact and source');
  const caption = net.locator('#network-caption');
  const cap1 = await caption.textContent();
  assert.match(cap1, /Source: /);

  await page.keyboard.press('ArrowDown');
  const second = await focused();
  assert.notEqual(second, first, 'arrow key moved to another edge');
  const cap2 = await caption.textContent();
  assert.notEqual(cap2, cap1, 'the caption follows');
  assert.match(cap2, /Source: /);
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), first);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  assert.equal(await focused(), first, 'wraps around');

  // The text alternative lists the same ties.
  await net.getByText('The same ties as a table').click();
  assert.equal(await net.locator('table tbody tr').count(), n);
  await page.done();
});

test('the network: hovering a line shows its fact in the caption and its <title>', async () => {
  const page = await newPage();
  await open(page, 'companies/?lang=en');
  const net = page.getByRole('region', { name: 'The alliance network' });
  await net.waitFor();
  const edge = net.locator('svg g[role="listitem"]').nth(3);
  const title = await edge.locator('title').textContent();
  assert.match(title, /Source: /, 'the <title> names fact and source');
  await scrollTo(edge);
  // A point halfway along the curve, in page coordinates.
  const pt = await edge.locator('path.network__hit').evaluate((p) => {
    const q = p.getPointAtLength(p.getTotalLength() / 2);
    const m = p.getScreenCTM();
    return { x: q.x * m.a + q.y * m.c + m.e, y: q.x * m.b + q.y * m.d + m.f };
  });
  await page.mouse.move(pt.x, pt.y);
  const caption = await net.locator('#network-caption').textContent();
  const eventTitle = title.split(': ').slice(1).join(': ').replace(/ \(.*$/s, '');
  assert.ok(caption.includes(eventTitle.slice(0, 20)), `${caption} / ${eventTitle}`);
  assert.match(caption, /Source: /);
  await page.done();
});

test('the network follows stance and date filters from the URL', async () => {
  const page = await newPage();
  await open(page, 'companies/?lang=en');
  const net = page.getByRole('region', { name: 'The alliance network' });
  const all = await net.locator('svg g[role="listitem"]').count();
  await page.goto(page.url().replace('?lang=en', '?lang=en&stance=alliance&from=2024&to=2024'));
  await page.waitForSelector('svg g[role="listitem"]');
  const labels = await net.locator('svg g[role="listitem"]').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
  assert.ok(labels.length > 0 && labels.length < all, `${labels.length} of ${all}`);
  assert.ok(labels.every((l) => /\(Alliance, [^)]*2024\)/.test(l)), labels.join('\n'));
  assert.equal(await net.getByLabel('From', { exact: true }).inputValue(), '2024');
  await page.done();
});

test('the money chart shows bars labelled as reported, in both languages', async () => {
  for (const [lang, title, heading] of [
    ['en', 'The money', 'US dollars (USD)'],
    ['ko', '돈의 규모', '달러 (USD)'],
  ]) {
    const page = await newPage();
    await open(page, `companies/?lang=${lang}`);
    const money = page.getByRole('region', { name: title });
    await money.waitFor();
    assert.ok(await money.getByRole('heading', { name: heading }).isVisible());
    const rows = money.locator('li.money__row');
    const count = await rows.count();
    assert.ok(count >= 8, `${count} bars`);
    const amounts = await money.locator('.money__amount').allTextContents();
    // Korean pages show the amount as printed; English pages lead with the English amount
    // and cite the printed Korean beside it.
    const printed = lang === 'en' ? await money.locator('.money__original').allTextContents() : amounts;
    assert.ok(printed.some((a) => a.includes('2090억 달러')), printed.join());
    assert.ok(printed.some((a) => a.includes('원')), 'won amounts as printed');
    if (lang === 'en') {
      assert.ok(amounts.includes('US$209bn'), amounts.join());
      assert.ok(amounts.every((a) => !/[가-힣]/.test(a)), `English leads: ${amounts.join()}`);
    }
    const widths = await money.locator('rect.money__fill').evaluateAll((rs) => rs.map((r) => +r.getAttribute('width')));
    assert.equal(widths.length, count);
    assert.ok(widths.every((w) => w > 0 && w <= 1000));
    assert.ok(widths.includes(1000), 'the largest bar of a group fills its scale');
    const sources = await rows.first().locator('.money__source').textContent();
    assert.ok(sources.length > 4, 'outlet and date');
    // The won view uses only the articles' own conversions.
    await money.getByRole('button', { name: lang === 'en' ? 'Compared in won' : '원화로 비교' }).click();
    const converted = await money.locator(lang === 'en' ? '.money__original' : '.money__amount').allTextContents();
    assert.ok(converted.some((a) => a.includes('약 300조 5002억 원')), converted.join());
    await page.done();
  }
});

test('phones: one column, nothing wider than the screen, in both themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await newPage({ viewport: { width: 320, height: 700 }, colorScheme });
    await open(page, 'companies/?lang=ko');
    await page.waitForSelector('article[data-company]');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 320, `page is ${wide}px wide`);
    const xs = await visibleCards(page).evaluateAll((as) => as.slice(0, 4).map((a) => a.getBoundingClientRect().left));
    assert.equal(new Set(xs).size, 1, 'cards stack in one column');
    await page.done();
  }
});

test('every card, in both languages, names itself and says where it stands, with partners, sources and its timeline link', async () => {
  for (const [lang, where, partners, sources] of [
    ['en', 'Where it stands', 'Partners', 'Sources'],
    ['ko', '어디에 서 있나', '협력 관계', '출처 기사'],
  ]) {
    const page = await newPage();
    await open(page, `companies/?lang=${lang}`);
    await page.waitForSelector('article[data-company]');
    const problems = await cards(page).evaluateAll((as, [where, partners, sources]) => as.map((a) => {
      const id = a.dataset.company;
      const text = a.textContent;
      const subs = [...a.querySelectorAll('.card__sub')].map((h) => h.textContent);
      const name = a.querySelector('header h3');
      const toTimeline = [...a.querySelectorAll('a[href]')].some((x) => {
        const u = new URL(x.href);
        return u.pathname.endsWith('/timeline/') && u.searchParams.get('company') === id;
      });
      const out = [];
      if (!name || name.id !== `card-${id}` || a.getAttribute('aria-labelledby') !== name.id) out.push('name');
      if (!text.includes(where)) out.push('place');
      // Where it stands is the articles' placement now (issue 13), not a five-step tally scale.
      if (!['alliance', 'sovereign', 'hybrid', 'context'].includes(a.dataset.placement)) out.push('placement');
      if (!subs.includes(partners) || !subs.includes(sources)) out.push('sections');
      if (!toTimeline) out.push('timeline link');
      if (a.querySelector('[style]')) out.push('inline style');
      if (/&(amp|lt|gt|quot|#39);/.test(text)) out.push('escaped twice');
      return out.length ? `${id}: ${out.join(', ')}` : null;
    }).filter(Boolean), [where, partners, sources]);
    assert.deepEqual(problems, [], lang);
    await page.done();
  }
});

test('the KT card on its own: its name heads the card, Microsoft is a partner, every event links to the timeline', async () => {
  const page = await newPage();
  await open(page, 'companies/?company=kt&lang=en');
  const card = page.locator('article[data-company="kt"]');
  await card.waitFor();
  assert.equal(await card.locator('header.card__head > :first-child').evaluate((h) => `${h.tagName} ${h.id}`), 'H1 card-kt');
  const ms = card.locator('ul.card__list strong a', { hasText: 'Microsoft' });
  assert.match(new URL(await ms.first().getAttribute('href'), page.url()).pathname, /\/companies\/microsoft\/$/);
  const rows = await card.locator('ol.card__events > li').evaluateAll((ls) => ls.map((l) => [
    l.dataset.event,
    [...l.querySelectorAll('a[href]')].map((a) => new URL(a.href).searchParams.get('event')),
  ]));
  assert.ok(rows.length >= 3, `${rows.length} events`);
  for (const [id, links] of rows) assert.ok(links.includes(id), `${id} links to itself on the timeline`);
  await page.done();
});

test('the money chart: largest bar first, in the last step of a round axis with gridlines', async () => {
  const page = await newPage();
  await open(page, 'companies/?lang=en');
  const money = page.getByRole('region', { name: 'The money' });
  await money.waitFor();
  const groups = await money.locator('figure.money__group').evaluateAll((fs) => fs.map((f) => ({
    widths: [...f.querySelectorAll('rect.money__fill')].map((r) => +r.getAttribute('width')),
    grid: [...f.querySelector('svg.money__bar').querySelectorAll('line.money__grid')].map((l) => +l.getAttribute('x1')),
    ticks: [...f.querySelectorAll('.money__tick')].map((t) => t.textContent.trim()),
    axisShown: f.querySelector('.money__axis')?.getBoundingClientRect().height > 0,
  })));
  assert.ok(groups.length >= 2, `${groups.length} currencies`);
  for (const { widths: ws, grid, ticks, axisShown } of groups) {
    const steps = grid.length - 1;
    assert.ok(steps >= 1 && axisShown, `an axis with ${steps} steps`);
    assert.equal(ticks.length, grid.length, `a label per gridline: ${ticks.join()}`);
    assert.equal(ticks[0], '0');
    assert.match(ticks.at(-1), /^(US\$|₩|€|CN¥)\d/, 'English labels lead with the currency');
    assert.deepEqual(grid, grid.map((_, i) => Math.round((1000 * i) / steps)), 'even steps');
    assert.ok(ws[0] > 1000 - 1000 / steps && ws[0] <= 1000, `largest in the last step: ${ws[0]}`);
    assert.ok(ws.every((w, i) => i === 0 || w <= ws[i - 1]), `largest first: ${ws.join()}`);
  }
  await page.done();
});

test('the money axis labels never overlap, on a phone or a desktop', async () => {
  for (const width of [390, 1440]) {
    for (const lang of ['en', 'ko']) {
      const page = await newPage({ viewport: { width, height: 900 } });
      await open(page, `companies/?lang=${lang}`);
      const axes = await page.locator('.money__axis').evaluateAll((as) => as.map((a) =>
        [...a.querySelectorAll('.money__tick')]
          .filter((t) => getComputedStyle(t).visibility !== 'hidden')
          .map((t) => { const r = t.getBoundingClientRect(); return [t.textContent, r.left, r.right]; })));
      assert.ok(axes.length >= 2);
      for (const ticks of axes) {
        assert.ok(ticks.length >= 2, `${width} ${lang}: at least 0 and the end are labelled`);
        const byLeft = [...ticks].sort((a, b) => a[1] - b[1]);
        for (let i = 1; i < byLeft.length; i++) {
          assert.ok(byLeft[i][1] >= byLeft[i - 1][2], `${width} ${lang}: ${byLeft[i - 1][0]} and ${byLeft[i][0]} overlap`);
        }
      }
      await page.done();
    }
  }
});

test('the money chart data downloads as CSV, a row per bar with the printed amount', async () => {
  const page = await newPage({ locale: 'ko-KR' });
  await open(page, 'companies/?lang=ko');
  const money = page.getByRole('region', { name: '돈의 규모' });
  await money.waitFor();
  const bars = await money.locator('li.money__row').evaluateAll((rs) =>
    rs.map((r) => [r.dataset.event, r.querySelector('.money__amount').textContent.trim()]));
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    money.getByRole('button', { name: '이 차트의 데이터 내려받기 (CSV)' }).click(),
  ]);
  assert.equal(dl.suggestedFilename(), 'crossroads-money.csv');
  const text = fs.readFileSync(await dl.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split('\r\n').filter(Boolean);
  assert.equal(lines[0].split(',')[0], '통화');
  assert.equal(lines.length, bars.length + 1, 'a header and a row per bar');
  bars.forEach(([id, printed], i) => {
    assert.ok(lines[i + 1].includes(printed) && lines[i + 1].includes(id), `${id}: ${lines[i + 1]}`);
  });
  await money.getByRole('status').filter({ hasText: '내려받았습니다' }).waitFor();
  await page.done();
});
