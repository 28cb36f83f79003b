// Printing, as it lands on A4 paper: Chromium makes the PDF (page.pdf, print media) and
// pdf.js reads back its pages' text. A story chapter prints every step in a few pages; the
// argument map prints on its own; guess-the-figure and the quiz print as a student copy
// (no answers) or a teacher copy (answer key); debate cards put each team on its own page;
// every printout carries the address of the same view.
// Expected text comes from the source content or from the screen, never from a printout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { start, stop, newPage, open, ROOT } from './harness.mjs';

before(start);
after(stop);

/** Text compared without whitespace: a printed line may wrap anywhere, even inside a URL. */
const squash = (s) => s.normalize('NFKC').replace(/\s+/g, '');

/** The text of each page of a PDF, squashed. */
async function pdfPages(buf) {
  const doc = await getDocument({ data: new Uint8Array(buf), isEvalSupported: false, verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(squash(content.items.map((it) => it.str ?? '').join('')));
  }
  await doc.destroy();
  return pages;
}

/**
 * Click a print button and return the pages it prints. window.print() opens a dialog a test
 * cannot drive, so it is replaced by a counter; the PDF is made in the state the button left.
 */
async function printWith(page, button) {
  await page.emulateMedia({ media: 'screen' }); // buttons are not printed: press them on screen
  await page.evaluate(() => {
    window.printCalls = 0;
    window.print = () => {
      window.printCalls += 1;
    };
  });
  await page.getByRole('button', { name: button, exact: true }).click();
  assert.equal(await page.evaluate(() => window.printCalls), 1, `${button}: asks the browser to print`);
  await page.emulateMedia({ media: 'print' });
  return pdfPages(await page.pdf({ format: 'A4' }));
}

/** Print as Ctrl+P would, with no button (and after any button's print is over). */
async function printPlain(page) {
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  return pdfPages(await page.pdf({ format: 'A4' }));
}

/** The chapter's title and its steps' titles in both languages, read from the content source. */
function chapterFromSource(slug) {
  const src = fs.readFileSync(path.join(ROOT, 'src/content/story.rs'), 'utf8');
  const from = src.indexOf(`slug: "${slug}"`);
  assert.ok(from > 0, `chapter ${slug} in src/content/story.rs`);
  const to = src.indexOf('slug: "', from + 1);
  const block = src.slice(from, to < 0 ? undefined : to);
  const unescape = (s) => s.replace(/\\(.)/g, '$1');
  const titles = [...block.matchAll(/title: t!\(\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\s*\)/g)].map(
    (m) => ({ ko: unescape(m[1]), en: unescape(m[2]) }),
  );
  return { title: titles[0], steps: titles.slice(1) };
}

const ALL = (pages) => pages.join('');
const STORY_CHAPTERS = [
  ['en', 'alliance-road'],
  ['ko', 'alliance-road'],
  ['ko', 'sovereign-road'],
  ['en', 'both-roads'],
];

test('a printed story chapter: at most 6 A4 pages with every step, without the map and readings', async () => {
  for (const [lang, slug] of STORY_CHAPTERS) {
    const { title, steps } = chapterFromSource(slug);
    assert.ok(steps.length >= 3, `${slug}: steps found in the source`);
    const page = await newPage();
    await open(page, `story/?lang=${lang}&chapter=${slug}&step=2`);
    // The contents list on screen names the same steps.
    const toc = page.getByRole('navigation', { name: lang === 'en' ? 'Chapters' : '장 목록' });
    assert.equal(await toc.locator('ol ol li').count(), steps.length, `${slug}: contents list the steps`);
    const mapHeading = await page.getByRole('heading', { level: 2, name: lang === 'en' ? 'The argument map' : '논증 지도' }).textContent();
    const claims = await page.locator('#argument-map').getByRole('heading', { level: 4 }).allTextContents();
    const readings = await page.locator('#both-sides').getByRole('heading', { level: 2 }).textContent();
    assert.ok(claims.length >= 3);

    await page.emulateMedia({ media: 'print' });
    const pages = await printPlain(page);
    const text = ALL(pages);
    assert.ok(pages.length <= 6, `${lang} ${slug}: ${pages.length} A4 pages (at most 6)`);
    assert.ok(text.includes(squash(title[lang])), `${lang} ${slug}: chapter title printed`);
    for (const s of steps) assert.ok(text.includes(squash(s[lang])), `${lang} ${slug}: step "${s[lang]}" printed`);
    assert.ok(!text.includes(squash(mapHeading)), `${lang} ${slug}: the argument map is not appended`);
    assert.ok(!text.includes(squash(readings)), `${lang} ${slug}: the readings are not appended`);
    for (const c of claims) assert.ok(!text.includes(squash(c)), `${lang} ${slug}: no argument "${c}"`);
    assert.ok(text.includes(squash(page.url())), `${lang} ${slug}: the view's URL is printed`);
    await page.done();
  }
});

test('the argument map prints on its own, and then the chapter prints again', async () => {
  for (const lang of ['en', 'ko']) {
    const { steps } = chapterFromSource('alliance-road');
    const page = await newPage();
    await open(page, `story/?lang=${lang}&chapter=alliance-road`);
    const map = page.locator('#argument-map');
    const claims = await map.getByRole('heading', { level: 4 }).allTextContents();
    const cases = await map.getByRole('heading', { level: 3 }).allTextContents();
    const readings = await page.locator('#both-sides').getByRole('heading', { level: 2 }).textContent();
    assert.ok(claims.length >= 3 && cases.length >= 2);
    await page.emulateMedia({ media: 'print' });
    const pages = await printWith(page, lang === 'en' ? 'Print the argument map' : '논증 지도만 인쇄');
    const text = ALL(pages);
    for (const c of [...cases, ...claims]) assert.ok(text.includes(squash(c)), `${lang}: map prints "${c}"`);
    for (const s of steps) assert.ok(!text.includes(squash(s[lang])), `${lang}: no step "${s[lang]}" in the map's print`);
    assert.ok(!text.includes(squash(readings)), `${lang}: no readings in the map's print`);
    assert.ok(ALL(pages).includes(squash(page.url())), `${lang}: the view's URL is printed`);

    // Once that print is over, printing gives the chapter again.
    const again = ALL(await printPlain(page));
    for (const s of steps) assert.ok(again.includes(squash(s[lang])), `${lang}: step "${s[lang]}" back`);
    assert.ok(!again.includes(squash(claims[0])));
    await page.done();
  }
});

/** Answer every question on screen (first option) and reveal what the screen reveals. */
async function answerAll(page) {
  const groups = page.locator('main fieldset');
  const n = await groups.count();
  assert.ok(n >= 5, 'questions on screen');
  for (let i = 0; i < n; i++) await groups.nth(i).getByRole('radio').first().check();
  return n;
}

test('quiz: the teacher copy has every explanation, the student copy none (even if revealed)', async () => {
  for (const lang of ['en', 'ko']) {
    const page = await newPage();
    await open(page, `classroom/?lang=${lang}&section=quiz`);
    const n = await answerAll(page);
    const questions = (await page.locator('main fieldset legend').allTextContents()).map((q) => q.replace(/^\d+\.\s*/, ''));
    // On screen each answered question shows its verdict, then why, then the evidence.
    const reveals = page.locator('main li [role="status"]');
    assert.equal(await reveals.count(), n, 'every answer revealed on screen');
    const whys = [];
    for (let i = 0; i < n; i++) whys.push(await reveals.nth(i).locator('p').nth(1).textContent());
    assert.ok(whys.every((w) => w.length > 20), 'explanations read from the screen');
    const url = page.url();
    await page.emulateMedia({ media: 'print' });

    const student = ALL(await printWith(page, lang === 'en' ? 'Print student copy (no answers)' : '학생용 인쇄 (정답 없음)'));
    for (const q of questions) assert.ok(student.includes(squash(q)), `${lang} student copy asks "${q}"`);
    for (const w of whys) assert.ok(!student.includes(squash(w)), `${lang} student copy gives away "${w.slice(0, 40)}…"`);
    assert.ok(student.includes(squash(url)), `${lang} student copy: the view's URL`);

    const teacher = ALL(await printWith(page, lang === 'en' ? 'Print teacher copy (with answers)' : '교사용 인쇄 (정답 포함)'));
    for (const q of questions) assert.ok(teacher.includes(squash(q)), `${lang} teacher copy asks "${q}"`);
    for (const w of whys) assert.ok(teacher.includes(squash(w)), `${lang} teacher copy explains "${w.slice(0, 40)}…"`);
    assert.ok(teacher.includes(squash(url)), `${lang} teacher copy: the view's URL`);

    // Plain Ctrl+P gives the student copy: answers never print by chance.
    const plain = ALL(await printPlain(page));
    for (const w of whys) assert.ok(!plain.includes(squash(w)), `${lang} plain print gives away an answer`);
    await page.done();
  }
});

test('guess the figure: the teacher copy has every figure as printed, the student copy none', async () => {
  for (const lang of ['en', 'ko']) {
    const page = await newPage();
    await open(page, `classroom/?lang=${lang}&section=guess`);
    const n = await answerAll(page);
    const reveal = page.getByRole('button', { name: lang === 'en' ? 'Reveal' : '정답 공개' });
    assert.equal(await reveal.count(), n);
    for (let i = 0; i < n; i++) await reveal.nth(i).click();
    // Each revealed answer quotes the figure as the article printed it.
    const asPrinted = await page.locator('main li [role="status"] q').allTextContents();
    assert.equal(asPrinted.length, n, 'every figure revealed on screen');
    // A figure printed just as one of the options ("42%") gives nothing away by itself.
    const options = new Set((await page.locator('main fieldset label').allTextContents()).map(squash));
    const telling = asPrinted.filter((a) => !options.has(squash(a)));
    // What each figure measures is said only with the answer ("…reports: $209 billion · <label>").
    const labels = (await page.locator('main li [role="status"] p:first-child').allTextContents()).map((t) =>
      t.split(' · ').slice(1).join(' · '),
    );
    assert.equal(labels.length, n);
    assert.ok(labels.every((l) => l.length > 3), `${lang}: what each figure measures, from the screen`);
    // The student copy holds the questions and options, so only what they do not say counts.
    const questions = squash((await page.locator('main fieldset legend').allTextContents()).join(''));
    const secret = [...telling, ...labels].filter((a) => !questions.includes(squash(a)));
    assert.ok(secret.length >= n, `${lang}: ${secret.length} answer texts found only in the answers`);
    const url = page.url();
    await page.emulateMedia({ media: 'print' });

    const student = ALL(await printWith(page, lang === 'en' ? 'Print student copy (no answers)' : '학생용 인쇄 (정답 없음)'));
    for (const a of secret) assert.ok(!student.includes(squash(a)), `${lang} student copy gives away "${a}"`);
    assert.ok(student.includes(squash(url)), `${lang} student copy: the view's URL`);

    const teacher = ALL(await printWith(page, lang === 'en' ? 'Print teacher copy (with answers)' : '교사용 인쇄 (정답 포함)'));
    for (const a of [...asPrinted, ...labels]) assert.ok(teacher.includes(squash(a)), `${lang} teacher copy has "${a}"`);
    assert.ok(teacher.includes(squash(url)), `${lang} teacher copy: the view's URL`);
    await page.done();
  }
});

/** The debate section in `lang`: a new page on it, the two teams' names and their regions. */
async function debate(lang) {
  const page = await newPage();
  await open(page, `classroom/?lang=${lang}&section=debate`);
  const names = lang === 'en' ? ['Alliance team', 'Sovereign team'] : ['동맹 팀', '소버린 팀'];
  return { page, names, regions: names.map((name) => page.getByRole('region', { name, exact: true })) };
}

test('debate cards: each team starts a page of its own', async () => {
  for (const lang of ['en', 'ko']) {
    const { page, names, regions } = await debate(lang);
    const cases = [];
    for (const team of regions) cases.push(await team.locator('p').first().textContent());
    await page.emulateMedia({ media: 'print' });
    const pages = await printPlain(page);
    assert.ok(pages.length >= 2, `${lang}: ${pages.length} pages`);
    const at = cases.map((c) => pages.findIndex((p) => p.includes(squash(c))));
    assert.ok(at.every((i) => i >= 0), `${lang}: both teams' cases printed (${at})`);
    assert.ok(at[1] > at[0], `${lang}: the second team starts after the first (${at})`);
    assert.ok(!pages[at[1]].includes(squash(cases[0])), `${lang}: the second team's page has only that team`);
    if (lang === 'en') {
      assert.ok(pages[at[0]].includes(squash(names[0])) && !pages[at[0]].includes(squash(names[1])));
      assert.ok(pages[at[1]].includes(squash(names[1])) && !pages[at[1]].includes(squash(names[0])));
    }
    assert.ok(ALL(pages).includes(squash(page.url())), `${lang}: the view's URL is printed`);
    await page.done();
  }
});

test('team cards print one page per team: the case and every evidence card', async () => {
  for (const lang of ['en', 'ko']) {
    const { page, regions } = await debate(lang);
    const teams = [];
    for (const team of regions) {
      teams.push({
        case: await team.locator('.classroom-team__case').textContent(),
        cards: await team.locator('.classroom-cards > li h3, .classroom-cards > li h4').allTextContents(),
      });
    }
    assert.ok(teams.every((t) => t.cards.length >= 3), `${lang}: cards on screen`);
    const label = lang === 'en' ? 'Print team cards (one page per team)' : '팀 카드 인쇄 (팀마다 한 쪽)';
    const pages = await printWith(page, label);
    teams.forEach((t, i) => {
      const at = pages.findIndex((p) => p.includes(squash(t.case)));
      assert.equal(at, i, `${lang}: team ${i + 1}'s case is on page ${i + 1} (${at})`);
      for (const c of t.cards) assert.ok(pages[i].includes(squash(c)), `${lang}: "${c}" on its team's page`);
    });
    assert.ok(pages.length <= 3, `${lang}: ${pages.length} pages (a page per team, then the QR code)`);
    await page.done();
  }
});

test('words the glossary explains stay in printed text (presenter slides)', async () => {
  const page = await newPage();
  await open(page, 'classroom/?lang=en&section=present');
  // Step through until a slide uses a glossary word (a button in the text on screen).
  let words = [];
  for (let i = 0; i < 12 && words.length === 0; i++) {
    words = (await page.locator('main .term__button').allTextContents()).map((w) => w.trim()).filter(Boolean);
    if (words.length === 0) await page.keyboard.press('ArrowRight');
  }
  assert.ok(words.length > 0, 'a slide with a glossary word');
  await page.emulateMedia({ media: 'print' });
  const text = (await printPlain(page)).join('');
  for (const w of words) assert.ok(text.includes(squash(w)), `"${w}" is on paper`);
  await page.done();
});
