// Issue "The story": step-through story with evidence links, glossary terms in prose,
// the argument map, and the glossary page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, newPage, open, BASE } from './harness.mjs';

before(start);
after(stop);

const params = (page) => new URL(page.url()).searchParams;
const stepHeading = (page) => page.locator('main article h3').first();

test('a chapter/step link opens cold in both languages', async () => {
  for (const [lang, progress, title, evidence] of [
    ['en', 'Chapter 4 of 9 · step 2 of 5', 'SK hynix and Nvidia', 'Evidence'],
    ['ko', '전체 9장 중 4장 · 5단계 중 2단계', 'SK하이닉스와 엔비디아', '근거'],
  ]) {
    const page = await newPage();
    await open(page, `story/?chapter=alliance-road&step=2&lang=${lang}`);
    await page.waitForSelector('article[data-chapter="alliance-road"][data-step="2"]');
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal((await page.locator('#story-progress').textContent()).trim(), progress);
    assert.equal((await stepHeading(page).textContent()).trim(), title);
    assert.ok(await page.getByRole('heading', { name: evidence, exact: true }).isVisible());
    // Every fact of the step links to the timeline; the quote shows the Korean words.
    const links = page.locator('main article a[href*="timeline/?"][href*="event="]');
    assert.ok((await links.count()) >= 3, 'evidence links');
    const quote = page.locator('main article blockquote[lang="ko"]');
    assert.match(await quote.textContent(), /SK하이닉스와의 파트너십/);
    const translation = page.locator('main article p[lang="en"]');
    assert.equal(await translation.count(), lang === 'en' ? 1 : 0, 'translation only in English');
    // No unexpected ignored note.
    assert.equal(await page.getByRole('status').count(), 0);
    await page.done();
  }
});

test('arrow keys and PageDown step through, the URL follows, and Back returns', async () => {
  const page = await newPage();
  await open(page, 'story/?lang=en');
  await page.waitForSelector('article[data-chapter="the-race"][data-step="1"]');
  const first = (await stepHeading(page).textContent()).trim();

  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('article[data-chapter="the-race"][data-step="2"]');
  assert.equal(params(page).get('chapter'), 'the-race');
  assert.equal(params(page).get('step'), '2');
  assert.equal(params(page).get('lang'), 'en');
  await page.waitForFunction(() => document.activeElement?.id === 'story-step-heading');
  const second = (await stepHeading(page).textContent()).trim();
  assert.notEqual(second, first);

  await page.keyboard.press('PageDown');
  await page.waitForSelector('article[data-step="3"]');
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector('article[data-step="2"]');

  await page.goBack();
  await page.waitForSelector('article[data-step="3"]');
  await page.goBack();
  await page.waitForSelector('article[data-step="2"]');
  await page.goBack();
  await page.waitForSelector('article[data-chapter="the-race"][data-step="1"]');
  assert.equal(params(page).get('step'), null);
  assert.equal((await stepHeading(page).textContent()).trim(), first);

  // Stepping past a chapter's last step opens the next chapter; the buttons work too.
  await open(page, 'story/?chapter=the-race&step=5&lang=en');
  await page.waitForSelector('article[data-step="5"]');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.waitForSelector('article[data-chapter="nations"][data-step="1"]');
  assert.equal(params(page).get('chapter'), 'nations');
  assert.equal(params(page).get('step'), null);
  await page.getByRole('button', { name: 'Previous', exact: true }).click();
  await page.waitForSelector('article[data-chapter="the-race"][data-step="5"]');

  // The first step has nothing before it; the last step leads on to the argument map.
  await open(page, 'story/?lang=en');
  assert.ok(await page.getByRole('button', { name: 'Previous', exact: true }).isDisabled());
  await open(page, 'story/?chapter=open-questions&step=6&lang=en');
  await page.waitForSelector('article[data-step="6"]');
  await page.keyboard.press('ArrowRight');
  assert.equal(params(page).get('step'), '6', 'no step after the last');
  const onward = page.getByRole('link', { name: 'On to the argument map' });
  assert.match(await onward.getAttribute('href'), /#argument-map$/);
  await page.done();
});

test('the contents list jumps to a chapter and marks where the reader is', async () => {
  const page = await newPage();
  await open(page, 'story/?lang=en');
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await nav.getByRole('link', { name: 'The sovereign road' }).click();
  await page.waitForSelector('article[data-chapter="sovereign-road"][data-step="1"]');
  assert.equal(params(page).get('chapter'), 'sovereign-road');
  assert.equal(await nav.locator('a[aria-current="step"]').count(), 1);
  assert.match(await page.title(), /The sovereign road/);
  await page.done();
});

test('an evidence link opens the fact on the timeline; one link opens exactly the step\'s facts', async () => {
  const page = await newPage();
  await open(page, 'story/?chapter=alliance-road&lang=en');
  const step = page.locator('main article');
  const fact = step.getByRole('link', {
    name: 'KT and Microsoft: a 2.4-trillion-won AI and cloud partnership over five years',
  });
  assert.equal(
    await fact.getAttribute('href'),
    `${BASE}timeline/?lang=en&event=kt-microsoft-ai-cloud-partnership`,
  );
  const all = step.getByRole('link', { name: 'Show these 2 facts on the timeline' });
  assert.equal(
    await all.getAttribute('href'),
    `${BASE}timeline/?lang=en&ids=kt-microsoft-ai-cloud-partnership,kt-says-scale-race-with-big-tech-is-over`,
  );

  await fact.click();
  await page.waitForFunction(() => location.pathname.endsWith('/timeline/'));
  // The timeline is its own page and app: wait for it to take over.
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  assert.equal(params(page).get('event'), 'kt-microsoft-ai-cloud-partnership');
  assert.equal(await page.locator('main').count(), 1);
  // The story's keys are gone once the reader has left the story.
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(100);
  assert.ok(new URL(page.url()).pathname.endsWith('/timeline/'));
  await page.waitForSelector('[data-event="kt-microsoft-ai-cloud-partnership"]');

  await page.goBack();
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  await page.waitForSelector('article[data-chapter="alliance-road"]');
  await step.getByRole('link', { name: 'Show these 2 facts on the timeline' }).click();
  await page.waitForFunction(() => location.pathname.endsWith('/timeline/'));
  // The timeline is its own page and app: wait for it to take over.
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  assert.equal(
    params(page).get('ids'),
    'kt-microsoft-ai-cloud-partnership,kt-says-scale-race-with-big-tech-is-over',
  );
  await page.waitForSelector('[data-event]');
  const shown = await page.locator('[data-event]').evaluateAll((els) => els.map((e) => e.dataset.event));
  assert.deepEqual(
    [...shown].sort(),
    ['kt-microsoft-ai-cloud-partnership', 'kt-says-scale-race-with-big-tech-is-over'],
    'the timeline shows exactly the step\'s facts',
  );
  // A bad id list may be reported by the timeline, but must not break it.
  await page.done();
});

test('organisations link to their company card', async () => {
  const page = await newPage();
  await open(page, 'story/?chapter=alliance-road&step=3&lang=en');
  const fadu = page.locator('main article').getByRole('link', { name: 'FADU', exact: true });
  assert.equal(await fadu.getAttribute('href'), `${BASE}companies/fadu/?lang=en`, 'the card\'s own page');
  await page.done();
});

test('a glossary term in the prose shows its definition on focus and hover, and hides on Escape', async () => {
  for (const [lang, name, words] of [
    ['en', 'fabless', /fab/],
    ['ko', '팹리스', /팹/],
  ]) {
    const page = await newPage();
    await open(page, `story/?chapter=alliance-road&step=3&lang=${lang}`);
    const term = page.locator('main article').getByRole('button', { name, exact: true });
    const tipId = await term.getAttribute('aria-describedby');
    assert.ok(tipId, 'the term is described by its tooltip');
    const tip = page.locator(`[id="${tipId}"]`);
    assert.equal(await tip.getAttribute('role'), 'tooltip');
    assert.equal(await tip.isVisible(), false, 'hidden until asked for');

    await term.focus();
    await tip.waitFor({ state: 'visible' });
    assert.match(await tip.textContent(), words);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
    assert.equal(params(page).get('step'), '3', 'Escape does not step');

    // Hover shows it too; only one definition is open at a time.
    const other = page.locator('main article').getByRole('button', { name: 'SSD', exact: true });
    await other.hover();
    const otherTip = page.locator(`[id="${await other.getAttribute('aria-describedby')}"]`);
    await otherTip.waitFor({ state: 'visible' });
    assert.equal(await tip.isVisible(), false);
    await page.keyboard.press('Escape');
    await otherTip.waitFor({ state: 'hidden' });
    await page.done();
  }
});

test('the argument map and the two-sided readings are there, with voices and labels', async () => {
  const page = await newPage();
  await open(page, 'story/?lang=en');
  const map = page.getByRole('region', { name: 'The argument map' });
  for (const c of ['Ally with Big Tech', 'Build Korea\'s own AI', 'Do both']) {
    assert.ok(await map.getByRole('heading', { name: c }).isVisible(), c);
  }
  assert.ok((await map.locator('blockquote[lang="ko"]').count()) >= 8, 'quotes in Korean');
  assert.ok((await map.getByText('Facts against', { exact: true }).count()) >= 9);
  assert.ok((await map.getByText('Thin evidence', { exact: true }).count()) >= 1);
  const sides = page.getByRole('region', { name: 'Read it from both sides' });
  assert.equal(await sides.locator('li[data-reading]').count(), 10);
  assert.equal(await sides.getByText('An alliance advocate', { exact: true }).count(), 10);
  await page.done();
});

test('the glossary lists every term in both languages and highlights ?term=', async () => {
  let count = 0;
  for (const lang of ['en', 'ko']) {
    const page = await newPage();
    await open(page, `glossary/?lang=${lang}&term=hbm`);
    const terms = await page.locator('main dl dt dfn').allTextContents();
    assert.ok(terms.length >= 30, `${lang}: ${terms.length} terms`);
    if (count) assert.equal(terms.length, count, 'same terms in both languages');
    count = terms.length;
    if (lang === 'en') {
      const sorted = [...terms].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en'));
      assert.deepEqual(terms, sorted, 'alphabetical in English');
      assert.ok(terms.includes('HBM (high-bandwidth memory)'));
    } else {
      assert.match(terms[0], /^[가-힣]/, 'Korean order starts with Hangul');
      assert.ok(terms.includes('팹리스'));
    }
    const current = page.locator('main [aria-current="true"]');
    assert.equal(await current.count(), 1);
    assert.equal(await current.getAttribute('data-term'), 'hbm');
    const where = current.locator(`a[href*="timeline/?lang=${lang}&ids="]`);
    assert.equal(await where.count(), 1, 'links to the events that mention it');
    assert.ok((await current.locator('a[href*="story/?"]').count()) >= 1, 'links to the story');
    await page.done();
  }
});

test('bad chapter, step and term values are ignored with a note', async () => {
  const page = await newPage();
  await open(page, 'story/?chapter=nope&step=-5&lang=en');
  const note = page.getByRole('status').filter({ hasText: 'ignored' });
  const text = await note.textContent();
  assert.match(text, /chapter=nope/);
  assert.match(text, /step=-5/);
  await page.waitForSelector('article[data-chapter="the-race"][data-step="1"]');
  assert.equal((await page.locator('#story-progress').textContent()).trim(), 'Chapter 1 of 9 · step 1 of 5');

  await open(page, 'story/?chapter=risks&step=99&lang=en');
  await page.waitForSelector('article[data-chapter="risks"][data-step="1"]');
  assert.match(await page.getByRole('status').textContent(), /step=99/);

  await open(page, 'glossary/?term=nosuch&lang=en');
  assert.match(await page.getByRole('status').textContent(), /term=nosuch/);
  assert.equal(await page.locator('main [aria-current="true"]').count(), 0);
  await page.done();
});
