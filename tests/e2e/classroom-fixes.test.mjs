// Issue 15 (the classroom in the real world), items 4–6: presenter Home/End and text read
// from the back of a room; a theme control that always shows the page and whose first click
// always changes it; a compare view that reads a whole paste of students' links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, newPage, open, url, holdApp } from './harness.mjs';

before(start);
after(stop);

const param = (page, key) => new URL(page.url()).searchParams.get(key);
const waitForUrl = (page, pred, arg) => page.waitForFunction(pred, arg);

// ── Presenter ─────────────────────────────────────────────────────────────────

test('presenter: Home and End go to the first and the last step of the whole story', async () => {
  const page = await newPage();
  await open(page, 'classroom/?lang=en&section=present&chapter=risks&step=2');
  const chapters = page.getByRole('navigation', { name: 'Chapters' }).getByRole('link');
  const slug = async (i) => new URL(await chapters.nth(i).getAttribute('href'), url()).searchParams.get('chapter');
  const firstSlug = await slug(0);
  const lastSlug = await slug((await chapters.count()) - 1);
  assert.notEqual(firstSlug, 'risks');
  const count = page.locator('main .present__count');
  const total = Number((await count.textContent()).match(/of (\d+)/)[1]);
  assert.ok(total > 10, `the story has ${total} steps`);
  const next = page.getByRole('button', { name: 'Next →' });
  const prev = page.getByRole('button', { name: '← Previous' });

  await page.keyboard.press('End');
  await waitForUrl(page, (c) => new URL(location.href).searchParams.get('chapter') === c, lastSlug);
  assert.equal((await count.textContent()).trim(), `Step ${total} of ${total}`);
  assert.ok(await next.isDisabled(), 'nothing after the last step');
  assert.equal(await page.getByRole('complementary', { name: 'Discussion prompts' }).count(), 1, 'the last step of a chapter shows its prompts');
  const lastStep = param(page, 'step');
  await page.keyboard.press('End');
  await page.waitForTimeout(150);
  assert.equal(param(page, 'step'), lastStep, 'End at the end stays');

  await page.keyboard.press('Home');
  await waitForUrl(page, (c) => {
    const q = new URL(location.href).searchParams;
    return q.get('chapter') === c && q.get('step') === '1';
  }, firstSlug);
  assert.equal((await count.textContent()).trim(), `Step 1 of ${total}`);
  assert.ok(await prev.isDisabled(), 'nothing before the first step');

  // With focus on a control the keys still work; typed into a field they do not.
  await chapters.nth(2).focus();
  await page.keyboard.press('End');
  await waitForUrl(page, (c) => new URL(location.href).searchParams.get('chapter') === c, lastSlug);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'scratch');
    document.querySelector('main').append(input);
  });
  await page.getByLabel('scratch').focus();
  await page.keyboard.press('Home');
  await page.waitForTimeout(150);
  assert.equal(param(page, 'chapter'), lastSlug, 'Home typed into a field is the field’s');
  assert.match(await page.locator('main .present__help').textContent(), /Home: first \/ End: last/);
  await page.done();
});

test('presenter: at 1280×720 every text of every step, evidence and captions included, is at least 24 px', async () => {
  for (const lang of ['en', 'ko']) {
    const page = await newPage({ viewport: { width: 1280, height: 720 } });
    await open(page, `classroom/?lang=${lang}&section=present`);
    const measured = { steps: 0, texts: 0, evidence: 0, captions: 0 };
    const small = [];
    for (let i = 0; i < 200; i++) {
      const r = await page.evaluate(() => {
        const stage = document.querySelector('main .present__stage');
        const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT);
        const out = { texts: 0, evidence: 0, captions: 0, small: [] };
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!n.textContent.trim() || !el.checkVisibility({ visibilityProperty: true })) continue;
          const box = el.getBoundingClientRect();
          if (box.width <= 1 || box.height <= 1) continue; // visually hidden, read aloud only
          const px = parseFloat(getComputedStyle(el).fontSize);
          out.texts++;
          if (el.closest('[data-evidence]')) out.evidence++;
          if (el.closest('figcaption')) out.captions++;
          if (px < 24) out.small.push(`${px}px: ${n.textContent.trim().slice(0, 40)}`);
        }
        return out;
      });
      measured.steps++;
      measured.texts += r.texts;
      measured.evidence += r.evidence;
      measured.captions += r.captions;
      small.push(...r.small.map((s) => `${param(page, 'chapter') || 'first'} ${param(page, 'step') || 1}: ${s}`));
      const next = page.getByRole('button', { name: lang === 'en' ? 'Next →' : '다음 →' });
      if (await next.isDisabled()) break;
      const before = page.url();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((u) => location.href !== u, before);
    }
    console.log(`presenter ${lang}: ${measured.steps} steps, ${measured.texts} texts measured (${measured.evidence} in evidence, ${measured.captions} in captions)`);
    assert.ok(measured.steps > 10 && measured.evidence > 20 && measured.captions > 3, JSON.stringify(measured));
    assert.deepEqual(small, [], 'text under 24 px on the stage');
    await page.done();
  }
});

// ── Theme ─────────────────────────────────────────────────────────────────────

const NAME = { en: 'Dark theme', ko: '어두운 화면' };

/** Is the page's computed background dark? (relative luminance of body's background) */
const pageIsDark = (page) =>
  page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  });
const storedTheme = (page) => page.evaluate(() => localStorage.getItem('crossroads.theme'));
/** Whether the toggle's switch is drawn "on" (knob past the middle of its track). */
const switchOn = (toggle) =>
  toggle.evaluate((b) => {
    const sw = b.querySelector('.theme-toggle__switch');
    return parseFloat(getComputedStyle(sw, '::before').left) > sw.clientWidth / 2 - 4;
  });

async function expectTruthful(page, lang, label) {
  const toggle = page.getByRole('button', { name: NAME[lang] });
  const dark = await pageIsDark(page);
  // The app updates the button in its next render: allow it a moment.
  for (let i = 0; i < 20 && (await toggle.getAttribute('aria-pressed')) !== String(dark); i++) {
    await page.waitForTimeout(50);
  }
  assert.equal(await toggle.getAttribute('aria-pressed'), String(dark), `${label}: pressed = the page is dark`);
  assert.equal(await switchOn(toggle), dark, `${label}: the switch is drawn as the page is`);
  return dark;
}

test('theme: in a light or dark system theme the toggle shows the page, and its first click changes it', async () => {
  for (const scheme of ['light', 'dark']) {
    for (const lang of ['en', 'ko']) {
      const page = await newPage({ colorScheme: scheme });
      await open(page, `about/?lang=${lang}`);
      const label = `${scheme} system, ${lang}`;
      const dark = await expectTruthful(page, lang, label);
      assert.equal(dark, scheme === 'dark', `${label}: the page follows the system`);
      await page.getByRole('button', { name: NAME[lang] }).click();
      assert.equal(await pageIsDark(page), !dark, `${label}: the first click changes the page`);
      await expectTruthful(page, lang, `${label}, after a click`);
      assert.equal(await storedTheme(page), dark ? 'light' : 'dark', 'the choice is kept');
      // The second click gives the system's theme back: nothing is kept, and the page
      // follows the system again when it changes.
      await page.getByRole('button', { name: NAME[lang] }).click();
      assert.equal(await pageIsDark(page), dark);
      assert.equal(await storedTheme(page), null, `${label}: following the system again`);
      await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'light' : 'dark' });
      await page.waitForFunction((d) => {
        const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b < 128) === d;
      }, !dark);
      await expectTruthful(page, lang, `${label}, system switched`);
      await page.done();
    }
  }
});

test('theme: a stored choice against the system theme is shown, and the first click changes the page', async () => {
  for (const [scheme, stored] of [['light', 'dark'], ['dark', 'light'], ['dark', 'dark']]) {
    const page = await newPage({ colorScheme: scheme });
    await page.goto(url('about/?lang=en'));
    await page.evaluate((t) => localStorage.setItem('crossroads.theme', t), stored);
    await open(page, 'about/?lang=en');
    const label = `${stored} chosen on a ${scheme} system`;
    const dark = await expectTruthful(page, 'en', label);
    assert.equal(dark, stored === 'dark', `${label}: the choice wins`);
    await page.getByRole('button', { name: NAME.en }).click();
    assert.equal(await pageIsDark(page), !dark, `${label}: the first click changes the page`);
    await expectTruthful(page, 'en', `${label}, after a click`);
    await page.reload();
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    assert.equal(await pageIsDark(page), !dark, `${label}: the new state survives a reload`);
    await expectTruthful(page, 'en', `${label}, reloaded`);
    await page.done();
  }
});

test('theme: before the app starts, the pre-rendered toggle already tells the truth', async () => {
  for (const [scheme, stored] of [['dark', null], ['light', null], ['light', 'dark'], ['dark', 'light']]) {
    const page = await newPage({ colorScheme: scheme });
    if (stored) {
      await page.goto(url('about/?lang=en'));
      await page.evaluate((t) => localStorage.setItem('crossroads.theme', t), stored);
    }
    const release = await holdApp(page);
    await page.goto(url('about/?lang=en'), { waitUntil: 'domcontentloaded' });
    assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app has not started');
    const dark = await expectTruthful(page, 'en', `pre-rendered, ${scheme} system, stored ${stored}`);
    assert.equal(dark, stored ? stored === 'dark' : scheme === 'dark');
    release();
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    assert.equal(await expectTruthful(page, 'en', 'after takeover'), dark, 'the takeover changes nothing');
    await page.done();
  }
});

// ── Compare: a whole class's links pasted at once ─────────────────────────────

/** A take-a-side code as the app writes it (see src/state/side.rs). */
function code(pos, name = '', reason = '') {
  const text = [name, reason].join('\n').replace(/\n+$/, '');
  return `1${pos.join('')}${text ? '.' + Buffer.from(text).toString('base64url') : ''}`;
}

function classPaste(origin) {
  const link = (lang, c) => `${origin}/crossroads/classroom/?lang=${lang}&section=side&side=${c}`;
  const students = [];
  for (let i = 0; i < 20; i++) {
    const ko = i % 2 === 0;
    const pos = Array.from({ length: 11 }, (_, k) => ((i + k) % 6)); // 0 = not placed
    const name = i === 7 ? '' : ko ? `학생${i + 1} 김` : `Student-${i + 1}`;
    const reason = i === 3 ? 'HBM 수출이 중요 <b>진짜</b>' : i === 4 ? 'Cloud deal & "alliance"' : '';
    students.push({ lang: ko ? 'ko' : 'en', pos, name, reason, code: code(pos, name, reason) });
  }
  const lines = students.map((s, i) => {
    const l = link(s.lang, s.code);
    if (i % 5 === 0) return `[10:${String(i).padStart(2, '0')}] ${s.name || '?'}: ${l}`;
    if (i % 5 === 1) return `<${l}>.`;
    if (i === 2) return s.code; // a bare code
    if (i % 5 === 3) return `제 링크입니다:${l}#top`;
    return l;
  });
  // The same links again (one with the other language: the same position).
  lines.push(link('en', students[0].code), `again ${link('ko', students[1].code)}`,
    link('ko', students[5].code), `${link('en', students[12].code)}&x=1`);
  // Links that hold no position, and hostile text.
  lines.push(`${origin}/crossroads/timeline/?company=naver`,
    `${origin}/crossroads/classroom/?section=side`,
    `${origin}/crossroads/classroom/?section=side&side=1x9999`,
    '<script>window.__pwned=1</script>',
    'javascript:window.__pwned=1',
    '"><img src=x onerror="window.__pwned=1">');
  assert.equal(lines.length, 30);
  // Shuffle deterministically so duplicates and junk are spread through the paste, keeping
  // each student's first appearance in their original order.
  const order = [0, 20, 1, 2, 26, 3, 4, 21, 5, 6, 24, 7, 8, 27, 9, 10, 22, 11, 12, 28, 13, 14, 23, 15, 16, 29, 17, 25, 18, 19];
  return { students, text: order.map((i) => lines[i]).join('\n') };
}

test('compare: thirty mixed links pasted at once are read, counted and compared', async () => {
  const page = await newPage();
  await open(page, 'classroom/?lang=en&section=compare');
  const origin = new URL(page.url()).origin;
  const { students, text } = classPaste(origin);
  const box = page.getByLabel(/Student links/);
  await box.fill(text);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.has('sides'));

  const report = page.getByRole('status').filter({ hasText: 'Positions read' });
  const said = await report.innerText();
  assert.match(said, /Positions read from the pasted text: 24\b/);
  assert.match(said, /Added to the table: 20\b/);
  assert.match(said, /counted once \(the same link sent twice\): 4\b/);
  assert.match(said, /Ignored \(links or lines that hold no position\): 6\b/);
  const ignored = await report.getByRole('listitem').filter({ has: page.locator('code') }).allTextContents();
  assert.equal(ignored.length, 6);
  assert.ok(ignored.some((t) => t.includes('timeline/?company=naver')));
  assert.ok(ignored.includes('<script>window.__pwned=1</script>'), 'hostile text is shown as text');

  const table = page.getByRole('table', { name: /Positions by student/ });
  const heads = await table.getByRole('columnheader').allTextContents();
  const names = students.map((s, k) => s.name || `Student ${k + 1}`);
  assert.deepEqual(heads, ['Organisation', ...names, 'Average']);
  // The class average for Naver (organisation 0), placed positions only.
  const placed = students.map((s) => s.pos[0]).filter((p) => p > 0);
  const avg = placed.reduce((a, b) => a + b, 0) / placed.length;
  const naver = table.getByRole('row', { name: /^Naver/ });
  assert.ok((await naver.getByRole('cell').last().textContent()).includes(`(${avg.toFixed(1)})`));
  assert.ok((await table.textContent()).includes('HBM 수출이 중요 <b>진짜</b>'), 'a reason shows as typed');
  assert.equal(new URL(page.url()).searchParams.get('sides').split(',').length, 20);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('main img, main b, main script').count(), 0, 'no markup from the paste');

  // The same paste again adds nothing, and says so.
  await box.fill(text);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main [role=status]')].some((e) => /Added to the table: 0\b/.test(e.innerText)));
  assert.match(await report.innerText(), /counted once \(the same link sent twice\): 24\b/);
  assert.equal((await table.getByRole('columnheader').count()), 22);
  await page.done();
});

test('compare: the report is in Korean on the Korean page', async () => {
  const page = await newPage({ locale: 'ko-KR' });
  await open(page, 'classroom/?lang=ko&section=compare');
  const { text } = classPaste(new URL(page.url()).origin);
  await page.getByLabel(/학생 링크/).fill(text);
  await page.getByRole('button', { name: '비교하기', exact: true }).click();
  const report = page.getByRole('status').filter({ hasText: '읽은 입장' });
  await report.waitFor();
  const said = await report.innerText();
  assert.match(said, /붙여 넣은 글에서 읽은 입장: 24개/);
  assert.match(said, /표에 더한 입장: 20개/);
  assert.match(said, /한 번만 센 입장.*: 4개/);
  assert.match(said, /입장이 아니어서 무시한 링크·줄: 6개/);
  assert.equal(await page.getByRole('table').getByRole('columnheader').count(), 22);
  await page.done();
});
