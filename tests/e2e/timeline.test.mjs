// The timeline explorer: shared links open to exactly the same view, filters write the URL,
// back/forward step through filter changes, copy link, downloads, hostile links, deep links
// to one event, bilingual search. Expected sets are derived from the unfiltered page (the
// test cannot import the Rust fact base), then compared with what a filtered link shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, stop, newPage, open, readPage, url, ROOT } from './harness.mjs';

before(start);
after(stop);

/** Ids of the events shown, in order. */
const shownIds = (page) =>
  page.getByRole('article').evaluateAll((as) => as.map((a) => a.dataset.event));

/** For every shown event: id, date (datetime), org ids, stance text. */
const shownEvents = (page) =>
  page.getByRole('article').evaluateAll((as) =>
    as.map((a) => ({
      id: a.dataset.event,
      date: a.querySelector('time').getAttribute('datetime'),
      orgs: [...a.querySelectorAll('a[data-org]')].map((o) => o.dataset.org),
      text: a.textContent,
    })),
  );

const params = (page) => new URL(page.url()).searchParams;

/** The results count, e.g. "12 of 120 events". */
const countText = (page) => page.locator('#timeline-count').textContent();

async function waitForParam(page, key, value) {
  await page.waitForFunction(
    ([k, v]) => new URLSearchParams(location.search).get(k) === v,
    [key, value],
  );
}

/**
 * An event's record in data/events/*.toml, read as text: its citations (`source#paragraph`)
 * and its note on the date (`{ ko, en }` or null).
 */
function record(id) {
  const dir = path.join(ROOT, 'data/events');
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.toml'))) {
    for (const r of fs.readFileSync(path.join(dir, f), 'utf8').split(/^\[\[event\]\]$/m)) {
      if (!new RegExp(`^id = "${id}"$`, 'm').test(r)) continue;
      const cite = [...r.match(/^cite = \[(.*)\]$/m)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      const note = r.match(/^date_note = (\{.*\})$/m);
      const str = (lang) => JSON.parse(`"${note[1].match(new RegExp(`${lang} = "((?:[^"\\\\]|\\\\.)*)"`))[1]}"`);
      return { cite, dateNote: note ? { ko: str('ko'), en: str('en') } : null };
    }
  }
  throw new Error(`no record ${id} in data/events`);
}

/** Minimal RFC 4180 reader. */
function readCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r') { /* CRLF */ }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  return rows;
}

test('the whole timeline: every event, newest first, grouped under year and month headings', async () => {
  const page = await newPage();
  await open(page, 'timeline/?lang=en');
  const evs = await shownEvents(page);
  // Every event of the fact base: count the [[event]] records of data/events/*.toml.
  const dir = path.join(ROOT, 'data/events');
  const records = fs.readdirSync(dir).filter((f) => f.endsWith('.toml'))
    .map((f) => (fs.readFileSync(path.join(dir, f), 'utf8').match(/^\[\[event\]\]/gm) || []).length)
    .reduce((a, b) => a + b, 0);
  assert.ok(records > 100, `the fact base has its events (${records})`);
  assert.equal(evs.length, records, 'no filters: every event in the fact base is listed');
  assert.equal(new Set(evs.map((e) => e.id)).size, evs.length, 'each event once');
  const dates = evs.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  assert.match(await countText(page), new RegExp(`All ${evs.length} events`));
  const years = await page.getByRole('heading', { level: 2 }).allTextContents();
  for (const y of new Set(dates.map((d) => d.slice(0, 4)))) {
    assert.ok(years.some((h) => h.startsWith(y)), `a heading for ${y}`);
  }
  assert.ok((await page.getByRole('heading', { level: 3 }).count()) >= 3, 'month headings');
  // Each card: a date, a stance badge, organisation links to company cards, a citation.
  const first = page.getByRole('article').first();
  assert.ok(await first.locator('time[datetime]').count());
  const org = first.locator('a[data-org]').first();
  assert.match(await org.getAttribute('href'), /\/companies\/[a-z0-9-]+\/\?lang=en$/, 'to the card\'s own page');
  // The citation names every paragraph the record cites, without opening anything; the note
  // on the date is folded below it.
  for (const e of evs.slice(0, 12)) {
    const card = page.locator(`article[data-event="${e.id}"]`);
    const source = await card.locator('.event-card__source').textContent();
    const { cite, dateNote } = record(e.id);
    for (const c of cite) assert.match(source, new RegExp(`paragraphs? (\\d+, )*${c.split('#')[1]}\\b`), `${e.id}: ${c} in "${source}"`);
    if (!dateNote) {
      assert.equal(await card.locator('details').count(), 0, `${e.id}: no note, no fold`);
      continue;
    }
    const note = card.locator('details .event-card__date-note');
    assert.ok(!(await note.isVisible()), `${e.id}: folded`);
    await card.getByText('About the date', { exact: true }).click();
    assert.equal((await note.textContent()).trim(), dateNote.en, e.id);
  }
  await page.done();
});

test('a shared link opens cold to exactly its events: Naver since 2024', async () => {
  const all = await newPage();
  await open(all, 'timeline/?lang=en');
  const expected = (await shownEvents(all))
    .filter((e) => e.orgs.includes('naver') && e.date >= '2024')
    .map((e) => e.id);
  const total = (await shownIds(all)).length;
  await all.done();
  assert.ok(expected.length > 0);

  const page = await newPage();
  await open(page, 'timeline/?lang=en&company=naver&from=2024');
  const evs = await shownEvents(page);
  for (const e of evs) {
    assert.ok(e.orgs.includes('naver'), `${e.id} involves Naver`);
    assert.ok(e.date >= '2024', `${e.id} is from 2024 or later (${e.date})`);
  }
  assert.deepEqual(evs.map((e) => e.id), expected);
  assert.equal(await countText(page), `${expected.length} of ${total} events`);
  // The facets show the active values as checked, and chips name them.
  assert.ok(await page.getByRole('checkbox', { name: /^Naver/ }).isChecked());
  assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), '2024');
  const chips = page.getByRole('group', { name: 'Active filters' });
  assert.ok(await chips.getByRole('button', { name: 'Remove filter: Naver' }).isVisible());
  assert.ok(await chips.getByRole('button', { name: 'Remove filter: From 2024' }).isVisible());
  await page.done();
});

test('the same link shows the same events in the same order in Korean and English', async () => {
  for (const q of ['stance=sovereign&sort=old', 'company=kt,sk-hynix&from=2024-03-15', 'layer=chips,models&kind=investment,partnership', 'q=hbm']) {
    const ko = await newPage({ locale: 'ko-KR' });
    await open(ko, `timeline/?lang=ko&${q}`);
    const en = await newPage();
    await open(en, `timeline/?lang=en&${q}`);
    const [a, b] = [await shownIds(ko), await shownIds(en)];
    assert.ok(a.length > 0, `${q} shows something`);
    assert.deepEqual(a, b, q);
    assert.equal(await ko.getAttribute('html', 'lang'), 'ko');
    await ko.done();
    await en.done();
  }
});

test('clicking filters writes the URL, keeps focus, and back/forward step through the changes', async () => {
  const page = await newPage();
  await open(page, 'timeline/?lang=en');
  const all = (await shownIds(page)).length;

  const sovereign = page.getByRole('checkbox', { name: /^Sovereign/ });
  await sovereign.click();
  await waitForParam(page, 'stance', 'sovereign');
  assert.ok(await sovereign.evaluate((el) => el === document.activeElement), 'the checkbox keeps focus');
  const sov = await shownEvents(page);
  assert.ok(sov.length > 0 && sov.length < all);
  for (const e of sov) assert.match(e.text, /Sovereign/);

  const chips = page.getByRole('checkbox', { name: /^Chips & memory/ });
  const expectedChips = Number((await chips.locator('xpath=..').locator('.timeline__option-count').textContent()).trim());
  await chips.click();
  await waitForParam(page, 'layer', 'chips');
  assert.equal(params(page).get('stance'), 'sovereign');
  const both = await shownIds(page);
  assert.equal(both.length, expectedChips, 'the facet count predicted the result');
  assert.ok(await chips.evaluate((el) => el === document.activeElement));

  // Keyboard: Space toggles a focused checkbox too.
  const alliance = page.getByRole('checkbox', { name: /^Alliance/ });
  await alliance.focus();
  await page.keyboard.press('Space');
  await waitForParam(page, 'stance', 'alliance,sovereign');

  await page.goBack();
  await waitForParam(page, 'stance', 'sovereign');
  assert.deepEqual(await shownIds(page), both);
  assert.ok(!(await alliance.isChecked()));
  await page.goBack();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('layer'));
  assert.deepEqual((await shownIds(page)).length, sov.length);
  assert.ok(!(await chips.isChecked()));
  assert.ok(await sovereign.isChecked());
  await page.goBack();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('stance'));
  assert.equal((await shownIds(page)).length, all);
  await page.goForward();
  await waitForParam(page, 'stance', 'sovereign');
  assert.equal((await shownIds(page)).length, sov.length);

  // Removing a chip and "clear all".
  await page.getByRole('button', { name: 'Remove filter: Stance: Sovereign' }).click();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('stance'));
  await page.getByRole('checkbox', { name: /^Models/ }).click();
  await page.getByRole('checkbox', { name: /^Cloud/ }).click();
  await waitForParam(page, 'layer', 'cloud,models');
  await page.getByRole('button', { name: 'Clear all' }).first().click();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('layer'));
  assert.equal((await shownIds(page)).length, all);
  assert.equal(params(page).get('lang'), 'en', 'the language stays');
  await page.done();
});

test('order toggle and date range', async () => {
  const page = await newPage();
  await open(page, 'timeline/?lang=en');
  await page.getByRole('button', { name: 'Oldest first' }).click();
  await waitForParam(page, 'sort', 'old');
  const dates = (await shownEvents(page)).map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  assert.equal(await page.getByRole('button', { name: 'Oldest first' }).getAttribute('aria-pressed'), 'true');

  await page.getByLabel('From', { exact: true }).fill('2024-07');
  await page.getByLabel('From', { exact: true }).press('Enter');
  await waitForParam(page, 'from', '2024-07');
  for (const e of await shownEvents(page)) assert.ok(e.date.slice(0, 7) >= '2024-07' || e.date === '2024', e.date);
  await page.getByLabel('To', { exact: true }).fill('2024-13');
  await page.getByLabel('To', { exact: true }).press('Enter');
  assert.match(await page.locator('#timeline-date-error').textContent(), /2024-03/);
  assert.ok(!params(page).has('to'), 'a bad date is not written');
  await page.getByLabel('To', { exact: true }).fill('2024');
  await page.getByLabel('To', { exact: true }).press('Enter');
  await waitForParam(page, 'to', '2024');
  for (const e of await shownEvents(page)) assert.ok(e.date.startsWith('2024'), e.date);
  await page.done();
});

test('an empty result names the filter to relax', async () => {
  const page = await newPage();
  await open(page, 'timeline/?lang=en&company=naver&layer=chips&kind=merger');
  assert.equal((await shownIds(page)).length, 0);
  assert.ok(await page.getByRole('heading', { name: 'No events match these filters' }).isVisible());
  assert.match(await page.locator('.timeline__empty').textContent(), /Removing the \w[\w ]* filter would show \d+ events?/);
  const relax = page.locator('.timeline__relax').getByRole('button').first();
  await relax.click();
  await page.waitForFunction(() => document.querySelectorAll('article[data-event]').length > 0);
  await page.done();
});

test('copy link puts the canonical URL of the view on the clipboard', async () => {
  const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await open(page, 'timeline/?lang=en&stance=sovereign&company=naver');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: 'Link to this view copied.' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  await page.done();
});

test('copy link hands out one event alone as its own page, which previews as that event', async () => {
  const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await open(page, 'timeline/?lang=en');
  const id = await page.locator('main [data-event]').first().getAttribute('data-event');
  for (const link of [`timeline/?lang=en&ids=${id}&event=${id}`, `timeline/event/${id}/?lang=en`]) {
    await open(page, link);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link to this view copied.' }).waitFor();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(copied.pathname, new URL(url(`timeline/event/${id}/`)).pathname, link);
    assert.equal(copied.search, '?lang=en', link);
    const html = await (await fetch(copied.href)).text();
    const unescape = (t) => t.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const pageTitle = unescape(html.match(/<title>([^<]*)<\/title>/)[1]);
    const heading = (await page.locator(`main [data-event="${id}"] .event-card__title`).first().innerText()).trim();
    assert.ok(pageTitle.includes(heading), `${link}: "${pageTitle}" names "${heading}"`);
  }
  await page.done();
});

test('without a clipboard, copy link selects a read-only field with the URL', async () => {
  const page = await newPage();
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await open(page, 'timeline/?lang=en&layer=policy');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this view' });
  await field.waitFor();
  assert.equal(await field.inputValue(), page.url());
  assert.ok(await field.evaluate((el) => el === document.activeElement && el.readOnly));
  assert.deepEqual(await field.evaluate((el) => [el.selectionStart, el.selectionEnd]), [0, page.url().length]);
  await page.done();
});

test('CSV and JSON downloads hold exactly the events shown, with citations', async () => {
  const page = await newPage({ locale: 'ko-KR' });
  await open(page, 'timeline/?lang=ko&company=naver');
  const ids = await shownIds(page);
  assert.ok(ids.length > 0);

  const [csvDl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'CSV 내려받기' }).click(),
  ]);
  assert.equal(csvDl.suggestedFilename(), 'crossroads-timeline.csv');
  const bytes = fs.readFileSync(await csvDl.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const rows = readCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  assert.equal(rows.length, ids.length + 1, 'a header and one row per event');
  assert.equal(rows[0][0], '아이디');
  assert.deepEqual(rows.slice(1).map((r) => r[0]), ids);
  assert.ok(rows.every((r) => r.length === rows[0].length));
  const col = (name) => rows[0].indexOf(name);
  for (const r of rows.slice(1)) {
    assert.ok(r[col('기업·기관')].includes('네이버'));
    assert.ok(r[col('출처 매체')] && r[col('기사 날짜')] && r[col('기사 제목')] && r[col('문단')], r[0]);
  }
  await page.getByRole('status').filter({ hasText: '내려받았습니다' }).waitFor();

  const [jsonDl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'JSON 내려받기' }).click(),
  ]);
  assert.equal(jsonDl.suggestedFilename(), 'crossroads-timeline.json');
  const data = JSON.parse(fs.readFileSync(await jsonDl.path(), 'utf8'));
  assert.equal(data.count, ids.length);
  assert.deepEqual(data.events.map((e) => e.id), ids);
  assert.equal(data.view, page.url());
  for (const e of data.events) {
    assert.ok(e.organisations.some((o) => o.id === 'naver'));
    assert.ok(e.citations.length > 0);
    for (const c of e.citations) {
      assert.ok(c.outlet.ko && c.date && c.headline.ko && Number.isInteger(c.paragraph), e.id);
    }
  }
  await page.done();
});

test('hostile values are ignored one by one with a note, the rest of the link still works', async () => {
  const naver = await readPage('timeline/?lang=en&company=naver', shownIds);

  const page = await newPage();
  await open(page, 'timeline/?lang=en&company=nosuch,naver&from=2024-13&stance=%3Cscript%3Ealert(1)%3C/script%3E');
  const note = page.getByRole('status').filter({ hasText: 'ignored' });
  const text = await note.textContent();
  for (const s of ['company=nosuch', 'from=2024-13', 'stance=<script>']) assert.ok(text.includes(s), s);
  assert.deepEqual(await shownIds(page), naver);
  assert.equal(await page.locator('main script').count(), 0, 'values are text, never markup');
  await page.done();
});

test('event=<id> opens scrolled to the event, highlighted, expanded and focused', async () => {
  const ids = await readPage('timeline/?lang=en', shownIds);
  // An event far down the list with a note on its date (its fold opens).
  const id = ids.slice(Math.floor(ids.length * 0.6)).find((i) => record(i).dateNote);

  const page = await newPage();
  await open(page, `timeline/?lang=en&event=${id}`);
  await page.waitForFunction((id) => document.activeElement?.dataset?.event === id, id);
  const card = page.locator(`article[data-event="${id}"]`);
  assert.equal(await card.getAttribute('aria-current'), 'true');
  assert.ok(await card.locator('details').evaluate((d) => d.open), 'its note on the date open');
  const box = await card.boundingBox();
  assert.ok(box.y >= 0 && box.y < 900, `in view (${box.y})`);
  assert.equal((await shownIds(page)).length, ids.length, 'event= does not filter');

  // A card's own link moves the highlight and focus there.
  const other = page.locator(`article[data-event="${ids[2]}"]`);
  await other.getByRole('link', { name: 'Link to this event' }).click();
  await waitForParam(page, 'event', ids[2]);
  await page.waitForFunction((id) => document.activeElement?.dataset?.event === id, ids[2]);
  assert.equal(await card.getAttribute('aria-current'), null);
  await page.done();
});

test('search finds Korean words with particles attached and is case-insensitive in English', async () => {
  const ko = await newPage({ locale: 'ko-KR' });
  await open(ko, 'timeline/?lang=ko');
  const box = ko.getByRole('searchbox', { name: '검색' });
  await box.fill('네이버');
  await waitForParam(ko, 'q', '네이버');
  const evs = await shownEvents(ko);
  assert.ok(evs.length > 0);
  for (const e of evs) assert.ok(e.text.includes('네이버'), e.id);
  assert.ok(evs.some((e) => /네이버[는은이가의를과와도]/.test(e.text)), 'matches inside 네이버는/네이버의…');
  await ko.done();

  const en = await newPage();
  await open(en, 'timeline/?lang=en');
  const search = en.getByRole('searchbox', { name: 'Search' });
  await search.fill('NAVER');
  await waitForParam(en, 'q', 'NAVER');
  const upper = await shownIds(en);
  await search.fill('naver');
  await waitForParam(en, 'q', 'naver');
  const lower = await shownIds(en);
  assert.ok(upper.length > 0);
  assert.deepEqual(upper, lower);
  for (const e of await shownEvents(en)) assert.match(e.text, /naver/i);
  // Several words are AND-ed.
  await search.fill('naver hyperclova');
  await waitForParam(en, 'q', 'naver hyperclova');
  const and = await shownEvents(en);
  assert.ok(and.length > 0 && and.length <= lower.length);
  for (const e of and) assert.match(e.text, /hyperclova/i);
  await en.done();
});

test('a word with a particle finds what the bare word finds, and the matches are marked', async () => {
  const page = await newPage({ locale: 'ko-KR' });
  await open(page, `timeline/?lang=ko&q=${encodeURIComponent('네이버')}`);
  const bare = await shownIds(page);
  assert.ok(bare.length >= 10, `네이버 finds its events (${bare.length})`);
  for (const q of ['네이버가', '네이버의', 'HBM을', '엔비디아와']) {
    await open(page, `timeline/?lang=ko&q=${encodeURIComponent(q)}`);
    const ids = await shownIds(page);
    const stem = q.replace(/[가의을와]$/, '');
    await open(page, `timeline/?lang=ko&q=${encodeURIComponent(stem)}`);
    const stemIds = await shownIds(page);
    assert.ok(stemIds.length > 0, stem);
    assert.ok(ids.length >= stemIds.length - 2, `${q}: ${ids.length}, ${stem}: ${stemIds.length}`);
    await open(page, `timeline/?lang=ko&q=${encodeURIComponent(q)}`);
    const marks = await page.getByRole('article').locator('mark').allTextContents();
    assert.ok(marks.length > 0, `${q}: matches are marked`);
    for (const m of marks) assert.equal(m.toLowerCase(), stem.toLowerCase(), `${q}: marks ${m}`);
  }
  // In English too, in titles and summaries.
  await open(page, `timeline/?lang=en&q=${encodeURIComponent('Nvidia')}`);
  const en = await page.getByRole('article').locator('h4 mark, p mark').allTextContents();
  assert.ok(en.length > 0 && en.every((m) => /^nvidia$/i.test(m)), en.join());
  await page.done();
});

test('"data center" and "data centre" show the same events; datacenter finds them too', async () => {
  const page = await newPage();
  const ids = {};
  for (const q of ['data centre', 'data center', 'datacenter']) {
    await open(page, `timeline/?lang=en&q=${encodeURIComponent(q)}`);
    ids[q] = await shownIds(page);
  }
  assert.ok(ids['data centre'].length >= 15, `data centre: ${ids['data centre'].length}`);
  assert.deepEqual(ids['data center'], ids['data centre']);
  for (const id of ids['datacenter']) assert.ok(ids['data centre'].includes(id), id);
  assert.ok(ids['datacenter'].length >= 10);
  const marks = await page.getByRole('article').locator('mark').allTextContents();
  assert.ok(marks.some((m) => /^data ?cent(re|er)s?$/i.test(m)), marks.slice(0, 5).join());
  await page.done();
});

test('소버린 and sovereign reach the sovereign stance, and the result line says why', async () => {
  const page = await newPage();
  await open(page, 'timeline/?lang=en&stance=sovereign');
  const sovereign = await shownIds(page);
  assert.ok(sovereign.length >= 15);
  for (const [lang, q] of [['en', '소버린'], ['en', 'sovereign'], ['ko', '소버린'], ['ko', '독자 AI']]) {
    await open(page, `timeline/?lang=${lang}&q=${encodeURIComponent(q)}`);
    const ids = await shownIds(page);
    for (const id of sovereign) assert.ok(ids.includes(id), `${q}: ${id} shown`);
    const note = page.getByRole('status').filter({ hasText: q });
    const text = await note.textContent();
    if (lang === 'en') assert.match(text, /stance “[^”]+”, so events with that stance are shown too/);
    else assert.match(text, /입장의 사건도 함께 보여 줍니다/);
  }
  // The glossary's name: the note links to the glossary entry.
  await open(page, `timeline/?lang=en&q=${encodeURIComponent('소버린')}`);
  const link = page.getByRole('status').getByRole('link');
  assert.match(await link.getAttribute('href'), /glossary\/\?(.*&)?term=sovereign-ai/);
  // An ordinary word adds no note.
  await open(page, 'timeline/?lang=en&q=naver');
  assert.equal(await page.getByRole('status').filter({ hasText: 'stance' }).count(), 0);
  await page.done();
});

test('the glossary offers "search the timeline" only where that search finds events', async () => {
  const page = await newPage();
  await open(page, 'glossary/?lang=en');
  const links = page.getByRole('link', { name: 'Search the timeline for this term' });
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) {
    await page.goto(new URL(href, page.url()).href);
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    assert.ok((await shownIds(page)).length > 0, `${href} finds events`);
  }
  await page.done();
});

test('typing in the search box adds no history entries and keeps the caret', async () => {
  const page = await newPage();
  await open(page, 'timeline/?lang=en');
  const before = await page.evaluate(() => history.length);
  const box = page.getByRole('searchbox', { name: 'Search' });
  // (The box sits below the time axis: bring it wholly into view first, so that only what
  // typing does is measured.)
  await box.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const y0 = await page.evaluate(() => window.scrollY);
  await box.click();
  await box.pressSequentially('hbm memory', { delay: 60 });
  await waitForParam(page, 'q', 'hbm memory');
  assert.equal(await page.evaluate(() => history.length), before);
  assert.equal(await box.inputValue(), 'hbm memory');
  assert.ok(await box.evaluate((el) => el === document.activeElement && el.selectionStart === el.value.length));
  assert.equal(await page.evaluate(() => window.scrollY), y0, 'nothing scrolled');
  await page.done();
});

test('on a phone the filters fold into a "Filters" disclosure above the results', async () => {
  const page = await newPage({ viewport: { width: 390, height: 844 } });
  await open(page, 'timeline/?lang=en');
  const summary = page.locator('summary', { hasText: /^Filters/ });
  assert.equal(await summary.textContent(), 'Filters');
  assert.ok(!(await page.getByRole('checkbox', { name: /^Sovereign/ }).isVisible()), 'folded');
  await summary.click();
  await page.getByRole('checkbox', { name: /^Sovereign/ }).click();
  await waitForParam(page, 'stance', 'sovereign');
  assert.equal(await summary.textContent(), 'Filters (1 active)');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.ok(!overflow, 'no horizontal scrolling');
  await page.done();
});

test('ids= (the story\'s evidence links) shows exactly the listed events, with a removable chip', async () => {
  const ids = ['kt-microsoft-ai-cloud-partnership', 'naver-hyperclova-x-non-english'];
  const page = await newPage();
  await open(page, `timeline/?lang=en&ids=${ids.join(',')}`);
  await page.waitForSelector('[data-event]');
  const shown = await page.locator('[data-event]').evaluateAll((els) => els.map((e) => e.dataset.event));
  assert.deepEqual([...shown].sort(), [...ids].sort());
  const chip = page.getByRole('button', { name: /2 selected events/ });
  await chip.click();
  await page.waitForFunction(() => !location.search.includes('ids='));
  assert.ok((await page.locator('[data-event]').count()) > 2, 'removing the chip shows everything');
  await page.done();
});
