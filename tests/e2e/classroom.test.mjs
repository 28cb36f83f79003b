// Classroom kit: presenter keyboard navigation, take-a-side links and local drafts, the
// compare view, printing with a QR code that decodes to the view's URL, embed mode, the
// ignored-values note, and axe on every section.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { start, stop, newPage, open, url, BASE, readQr } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

before(start);
after(stop);

const SECTIONS = ['guide', 'prompts', 'guess', 'quiz', 'side', 'compare', 'debate', 'present'];
const param = (page, key) => new URL(page.url()).searchParams.get(key);
const stepTitle = (page) => page.locator('main article h3').first().textContent();

test('every section opens from its link with one <main>, one <h1> and the menu marking it', async () => {
  for (const lang of ['en', 'ko']) {
    for (const s of SECTIONS) {
      const page = await newPage();
      await open(page, `classroom/?lang=${lang}&section=${s}`);
      assert.equal(await page.locator('main').count(), 1);
      assert.equal(await page.locator('main h1').count(), 1, `${s}: one h1`);
      const menu = page.getByRole('navigation', { name: lang === 'en' ? 'Classroom sections' : '교실 도구' });
      assert.equal(await menu.locator('a[aria-current="page"]').count(), 1, `${s}: current section marked`);
      assert.ok((await page.locator('main h2').count()) >= 1, `${s}: has a section heading`);
      await page.done();
    }
  }
});

test('presenter: clicker keys step through the story and the URL reopens the same step', async () => {
  const page = await newPage();
  await open(page, 'classroom/?lang=en&section=present&chapter=alliance-road&step=1');
  const first = await stepTitle(page);
  assert.ok(first.length > 3);
  const expectStep = async (n, chapter = 'alliance-road') => {
    await page.waitForFunction(
      ([n, c]) => {
        const q = new URL(location.href).searchParams;
        return q.get('step') === String(n) && q.get('chapter') === c;
      },
      [n, chapter],
    );
  };
  await page.keyboard.press('ArrowRight');
  await expectStep(2);
  const second = await stepTitle(page);
  assert.notEqual(second, first, 'a new step is shown');
  await page.keyboard.press('PageDown');
  await expectStep(3);
  await page.keyboard.press('Space');
  await expectStep(4);
  assert.equal(param(page, 'section'), 'present');
  await page.keyboard.press('ArrowLeft');
  await expectStep(3);
  await page.keyboard.press('PageUp');
  await expectStep(2);
  assert.equal(await stepTitle(page), second);
  // The on-screen buttons do the same.
  await page.getByRole('button', { name: 'Next →' }).click();
  await expectStep(3);
  const third = await stepTitle(page);

  // Reload: the same step.
  await page.reload();
  await page.waitForSelector('main article h3');
  assert.equal(param(page, 'step'), '3');
  assert.equal(await stepTitle(page), third);

  // Back from the first step of a chapter goes to the last step of the one before.
  await open(page, 'classroom/?lang=en&section=present&chapter=alliance-road&step=1');
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('chapter') === 'two-roads');
  assert.ok(Number(param(page, 'step')) > 1, 'lands on the last step of the previous chapter');

  // Keys typed into a field are left alone.
  await open(page, 'classroom/?lang=en&section=present&chapter=risks&step=2');
  assert.ok(await page.getByRole('button', { name: 'Full screen' }).isVisible(), 'full-screen button offered');
  await page.getByRole('link', { name: /^1\b/ }).first().focus();
  await page.keyboard.press('ArrowRight');
  await expectStep(3, 'risks');
  await page.done();
});

test('presenter: the last step of a chapter shows its discussion prompts', async () => {
  const page = await newPage();
  await open(page, 'classroom/?lang=en&section=present&chapter=experts&step=1');
  assert.equal(await page.getByRole('complementary', { name: 'Discussion prompts' }).count(), 0);
  // Walk to the end of the chapter.
  for (let i = 0; i < 20 && param(page, 'chapter') === 'experts'; i++) {
    if (await page.getByRole('complementary', { name: 'Discussion prompts' }).count()) break;
    const step = param(page, 'step');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((s) => new URL(location.href).searchParams.get('step') !== s, step);
  }
  const aside = page.getByRole('complementary', { name: 'Discussion prompts' });
  assert.equal(await aside.count(), 1);
  const text = await aside.textContent();
  for (const level of ['Recall', 'Interpretation', 'Evaluation']) assert.ok(text.includes(level), level);
  await page.done();
});

async function fillSide(page) {
  await page.getByLabel('Your name (optional)').fill('Min-ji 민지');
  const pick = async (org, label) =>
    page.getByRole('group', { name: org, exact: true }).getByRole('radio', { name: label, exact: true }).check();
  await pick('Naver', 'Sovereign');
  await pick('KT', 'Alliance');
  await pick('SK hynix', 'Leans alliance');
  await pick('Korea as a whole', 'Both');
  await page.getByLabel('Reason for Naver').fill('HyperCLOVA X is its own model');
  await page.getByLabel('Reason for Korea as a whole').fill('둘 다 필요하다 & <both>');
}

async function expectFilled(page) {
  const checked = async (org, label) =>
    page.getByRole('group', { name: org, exact: true }).getByRole('radio', { name: label, exact: true }).isChecked();
  assert.equal(await checked('Naver', 'Sovereign'), true);
  assert.equal(await checked('KT', 'Alliance'), true);
  assert.equal(await checked('SK hynix', 'Leans alliance'), true);
  assert.equal(await checked('Korea as a whole', 'Both'), true);
  assert.equal(await checked('LG', 'Both'), false);
  assert.equal(await page.getByLabel('Your name (optional)').inputValue(), 'Min-ji 민지');
  assert.equal(await page.getByLabel('Reason for Naver').inputValue(), 'HyperCLOVA X is its own model');
  assert.equal(await page.getByLabel('Reason for Korea as a whole').inputValue(), '둘 다 필요하다 & <both>');
  const summary = await page.getByRole('region', { name: /Position summary/ }).textContent();
  assert.ok(summary.includes('Min-ji 민지') && summary.includes('둘 다 필요하다 & <both>'), 'summary shows the text');
  // Beside each answer, where the articles place the firm now (the cards' placements).
  assert.ok(summary.includes('Where the articles place it (latest)'), summary);
  assert.ok(summary.includes('Alliance with Big Tech (TechM, March 2025)'), 'KT, as on its card');
}

test('take a side: shareable link round trip, draft kept on reload, corrupt storage noted', async () => {
  const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await open(page, 'classroom/?lang=en&section=side');
  await fillSide(page);

  // The URL follows the draft, and the copy button copies the same link.
  await page.waitForFunction(() => new URL(location.href).searchParams.has('side'));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Copied.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.getByLabel('Shareable link').inputValue());
  const link = new URL(copied);
  assert.equal(link.pathname, `${BASE}classroom/`);
  assert.equal(link.searchParams.get('section'), 'side');
  const code = link.searchParams.get('side');
  assert.match(code, /^1[0-5]{11}\.[A-Za-z0-9_-]+$/, 'compact, versioned, URL-safe');
  assert.equal(code.slice(1, 12), '51200000003', 'one digit per organisation');

  // Opened elsewhere (fresh storage): the same positions.
  const other = await newPage();
  await other.goto(copied);
  await other.waitForSelector('main#main form');
  await expectFilled(other);
  await other.done();

  // Reload keeps everything, and so does reopening the section without the code (localStorage).
  await page.reload();
  await page.waitForSelector('main#main form');
  await expectFilled(page);
  await open(page, 'classroom/?lang=en&section=side');
  await expectFilled(page);
  assert.deepEqual(await page.getByRole('alert').allTextContents(), [], 'no note for a good draft');

  // Corrupt or old stored drafts: a visible note, a blank form, no crash.
  for (const bad of ['%%garbage{', '0123', '1999', '10.!!', '']) {
    await page.evaluate((v) => localStorage.setItem('crossroads.classroom.side', v), bad);
    await open(page, 'classroom/?lang=en&section=side');
    if (bad === '') {
      assert.equal(await page.getByRole('alert').count(), 0);
    } else {
      assert.match(await page.getByRole('alert').textContent(), /could not be read/);
      assert.equal(await page.evaluate(() => localStorage.getItem('crossroads.classroom.side')), null, 'bad draft removed');
    }
    assert.equal(await page.getByLabel('Your name (optional)').inputValue(), '');
    assert.equal(await page.locator('#crash').isHidden(), true);
  }

  // "Clear all" empties the form, the link and the stored draft.
  await fillSide(page);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('side'));
  assert.equal(await page.getByLabel('Reason for Naver').inputValue(), '');
  assert.equal(await page.evaluate(() => localStorage.getItem('crossroads.classroom.side')), null);
  await page.done();
});

test('take a side: a hostile or damaged link is ignored with a note, never run', async () => {
  const page = await newPage();
  await open(page, 'classroom/?lang=en&section=side&side=1%3Cscript%3E');
  assert.match(await page.getByRole('status').filter({ hasText: 'ignored' }).textContent(), /side=1<script>/);
  assert.equal(await page.locator('main script').count(), 0);
  const name = Buffer.from('<img src=x onerror=alert(1)>\n"><b>x</b>').toString('base64url');
  await open(page, `classroom/?lang=en&section=side&side=15.${name}`);
  assert.equal(await page.getByLabel('Your name (optional)').inputValue(), '<img src=x onerror=alert(1)>');
  assert.equal(await page.locator('main img, main b').count(), 0, 'student text is text, not markup');
  await page.done();
});

test('take a side and compare: student text stays text in the summary and the table', async () => {
  const page = await newPage();
  const name = '<img src=x onerror=alert(1)>';
  const reason = '"><script>x</script><b>y</b> & more';
  await open(page, 'classroom/?lang=en&section=side');
  await page.getByLabel('Your name (optional)').fill(name);
  await page.getByRole('group', { name: 'Naver', exact: true }).getByRole('radio', { name: 'Leans alliance', exact: true }).check();
  await page.getByLabel('Reason for Naver').fill(reason);
  const summary = await page.getByRole('region', { name: /Position summary/ }).textContent();
  assert.ok(summary.includes(name) && summary.includes(reason), 'the summary shows the text as typed');
  assert.equal(await page.locator('main img, main b, main script').count(), 0, 'no markup from student text');
  const code = new URL(await page.getByLabel('Shareable link').inputValue()).searchParams.get('side');
  await open(page, `classroom/?lang=ko&section=compare&sides=${code},${code}`);
  const table = await page.getByRole('table').textContent();
  assert.ok(table.includes(name) && table.includes(reason), 'the compare table shows the text as typed');
  assert.equal(await page.locator('main img, main b, main script').count(), 0, 'no markup from student text');
  await page.done();
});

test('compare: pasted student links side by side, bad lines named', async () => {
  const page = await newPage();
  await open(page, 'classroom/?lang=en&section=side');
  await fillSide(page);
  const first = await page.getByLabel('Shareable link').inputValue();
  const second = first.replace(/side=1\d{11}\.[^&]*/, 'side=1' + '5'.repeat(11) + '.' + Buffer.from('Jun').toString('base64url'));
  await open(page, 'classroom/?lang=en&section=compare');
  await page.getByLabel(/^Student links/).fill(`${first}\n\nnot a link at all\n${second}`);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.has('sides'));
  const table = page.getByRole('table', { name: /Positions by student/ });
  const heads = await table.getByRole('columnheader').allTextContents();
  assert.deepEqual(heads, ['Organisation', 'Min-ji 민지', 'Jun', 'Average']);
  const naver = await table.getByRole('row', { name: /^Naver/ }).textContent();
  assert.ok(naver.includes('HyperCLOVA X is its own model'));
  assert.match(await page.getByRole('status').filter({ hasText: 'could not be read' }).textContent(), /not a link at all/);
  // The compare view is itself a link: reopening it shows the same table.
  await page.reload();
  await table.waitFor();
  assert.deepEqual(await table.getByRole('columnheader').allTextContents(), heads);
  await page.done();
});

/** The printed QR code of the view on screen. */
const qrOf = (page) => page.getByRole('img', { name: /QR code that opens this view|이 화면을 여는 QR 코드/ });

test('print: a clean handout with a QR code that decodes to the view URL', async () => {
  for (const rel of [
    'classroom/?lang=en&section=prompts&chapter=risks',
    'classroom/?lang=ko&section=side&side=1512.' + Buffer.from('민지\n자체 모델').toString('base64url'),
    'classroom/?lang=en&section=present&chapter=nations&step=2',
    'about/?lang=en',
    '?lang=en',
  ]) {
    const page = await newPage();
    await open(page, rel);
    const qr = page.getByRole('img', { name: /QR code that opens this view|이 화면을 여는 QR 코드/ });
    assert.equal(await qr.isVisible(), false, `${rel}: QR hidden on screen`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await qr.isVisible(), true, `${rel}: QR printed`);
    const box = await qr.boundingBox();
    assert.ok(box.width > 80 && Math.abs(box.width - box.height) < 1, 'a square code of a scannable size');
    assert.ok(await page.getByText(page.url(), { exact: true }).isVisible(), 'the URL is printed as text too');
    const size = 400;
    const code = await readQr(qrOf(page), size);
    assert.ok(code, `${rel}: the QR code decodes`);
    assert.equal(code.data, page.url(), `${rel}: the QR code opens this view`);
    // Navigation and controls are not printed (a glossary word is a button on screen and a
    // word on paper: it stays).
    for (const el of await page.locator('nav, button:not(.term__button)').all()) assert.equal(await el.isVisible(), false);
    if (rel.includes('section=side')) {
      assert.equal(await page.getByRole('radio').first().isVisible(), false, 'the form gives way to the summary');
      assert.ok(await page.getByRole('table').isVisible());
    }
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 3, `${rel}: ${pages} A4 pages`);
    await page.done();
  }
});

test('print: an embedded view prints a QR code for the full view (no embed)', async () => {
  const page = await newPage();
  await open(page, 'classroom/?lang=en&embed=1&section=quiz');
  await page.emulateMedia({ media: 'print' });
  const code = await readQr(qrOf(page));
  assert.equal(code.data, url('classroom/?lang=en&section=quiz'));
  await page.done();
});

test('embed mode hides the site chrome and the sections still fit a phone', async () => {
  for (const s of SECTIONS) {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    await open(page, `classroom/?lang=ko&embed=1&section=${s}`);
    assert.equal(await page.getByRole('banner').count(), 0, `${s}: no site header`);
    assert.equal(await page.locator('footer.site-footer').count(), 0, `${s}: no site footer`);
    assert.equal(await page.getByRole('link', { name: '전체 사이트에서 열기' }).count(), 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${s}: no sideways scrolling (${overflow}px)`);
    await page.done();
  }
});

test('bad link values are dropped and named in the note, never a crash', async () => {
  const page = await newPage();
  await open(page, 'classroom/?lang=en&section=nope&chapter=zzz&step=99&team=context&sides=1,%ZZ');
  const note = await page.getByRole('status').filter({ hasText: 'ignored' }).textContent();
  for (const v of ['section=nope', 'chapter=zzz', 'step=99', 'team=context', 'sides=%ZZ']) {
    assert.ok(note.includes(v), `${v} named`);
  }
  assert.equal(await page.locator('main h2').first().textContent(), 'A 45-minute lesson', 'falls back to the guide');
  await page.done();
});

test('guess the figure and quiz: predict, reveal with its source; answers scored', async () => {
  const page = await newPage();
  await open(page, 'classroom/?lang=en&section=guess');
  const q1 = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: /^1\. / }) });
  await q1.getByRole('radio').first().check();
  await q1.getByRole('button', { name: 'Reveal' }).click();
  const reveal = await q1.getByRole('status').textContent();
  assert.match(reveal, /\$209 billion/);
  assert.match(reveal, /Korea Economic Daily \(inferred from hankyung\.com\), December 2024 \(inferred\), para\. \d+/);
  assert.match(reveal, /Not quite|Right!/);
  const timeline = await q1.getByRole('link', { name: 'See on the timeline' }).getAttribute('href');
  assert.equal(timeline, `${BASE}timeline/?lang=en&event=citigroup-big-tech-ai-capex-forecast`);

  await open(page, 'classroom/?lang=en&section=quiz');
  const items = page.getByRole('group', { name: /^\d+\. / });
  assert.ok((await items.count()) >= 10, 'ten or more quiz items');
  await page.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: 'SK hynix' }).check();
  await page.getByRole('group', { name: /^2\. / }).getByRole('radio', { name: 'Google' }).check();
  await page.getByText('Score: 1 / 12 (answered 2)').waitFor();
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByText('Score: 0 / 12 (answered 0)').waitFor();
  await page.done();
});

test('debate: each team gets evidence linked to the timeline and the other side to answer', async () => {
  const page = await newPage();
  await open(page, 'classroom/?lang=en&section=debate&team=sovereign');
  const team = page.getByRole('region', { name: 'Sovereign team' });
  assert.equal(await page.getByRole('region', { name: 'Alliance team' }).count(), 0);
  const cards = team.locator('article[data-event]');
  assert.ok((await cards.count()) >= 5);
  const href = await cards.first().getByRole('link', { name: 'See on the timeline' }).getAttribute('href');
  assert.match(href, new RegExp(`^${BASE}timeline/\\?lang=en&event=[a-z0-9-]+$`));
  assert.ok((await team.getByRole('listitem').filter({ hasText: 'The money gap' }).count()) >= 1, 'answers the alliance side');
  await open(page, 'classroom/?lang=ko&section=debate');
  assert.equal(await page.getByRole('region', { name: /팀$/ }).count(), 2, 'both teams side by side');
  await page.done();
});

test('axe: no serious or critical violations in any section', async () => {
  const report = [];
  for (const s of SECTIONS) {
    for (const [lang, scheme] of [['en', 'light'], ['ko', 'dark']]) {
      const page = await newPage({ bypassCSP: true, colorScheme: scheme });
      const extra = s === 'compare' ? `&sides=1512,15550` : s === 'side' ? '&side=1512' : '';
      await open(page, `classroom/?lang=${lang}&section=${s}${extra}`);
      if (s === 'guess') await page.getByRole('button', { name: /Reveal|정답 공개/ }).first().click();
      await page.addScriptTag({ content: AXE });
      const found = await page.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations
          .filter((x) => x.impact === 'serious' || x.impact === 'critical')
          .map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      });
      for (const f of found) report.push(`${s} ${lang} ${scheme}: ${f}`);
      await page.done();
    }
  }
  assert.deepEqual(report, []);
});
