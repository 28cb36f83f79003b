// Issue 15: the classroom in the real world. Every view offers its link, a QR code and
// embed code; the embed code, pasted into a page on another origin, sizes its frame to the
// content (public/boot.js reports, public/embed.js obeys only its own frames); without the
// script a fixed 600 px frame still shows events first; a quiz embed shows the quiz alone;
// the way out to the full site comes first; the embed follows the host's colour scheme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, stop, startHost, newPage, open, readPage, url, getOrigin, BASE, readQr } from './harness.mjs';

let host;
before(async () => {
  await start();
  host = await startHost();
});
after(stop);

const VIEWS = ['', 'story/', 'timeline/', 'companies/', 'classroom/', 'glossary/', 'about/'];
const NAVER_2024 = 'timeline/?lang=ko&company=naver&from=2024&embed=1';

/** A course page on the host origin with `body` in it. */
function coursePage(name, body) {
  return host.put(`/${name}.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>Course page</title></head>
<body><h1>Week 3: Korea's AI strategy</h1><p>Read the timeline below, then answer the questions.</p>
${body}
<p id="after">Questions follow.</p></body></html>`);
}

/** Open the share panel of the view on screen and read its three parts. */
// The panel is opened from the keyboard: a pointer click at the foot of a long page can land
// beside its target while the cards above take their real size (content-visibility).
async function readSharePanel(page, t = { panel: 'Share and embed', link: 'Link to this view', code: 'Embed code (iframe)' }) {
  const at = page.url();
  await page.locator('summary', { hasText: t.panel }).focus();
  await page.keyboard.press('Enter');
  const opened = await page.waitForFunction(() => document.querySelector('details.share__panel')?.open, null, { timeout: 5000 })
    .then(() => true, () => false);
  assert.ok(opened, `${at}: the share panel opens (now at ${page.url()})`);
  const link = await page.getByLabel(t.link).inputValue();
  const code = await page.getByLabel(t.code).inputValue();
  return { link, code };
}

/** The iframe on a host page, its frame once the app has taken over, and both heights. */
async function embedded(page) {
  const iframe = page.locator('iframe').first();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  const heights = async () => ({
    frame: await iframe.evaluate((f) => f.getBoundingClientRect().height),
    content: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
  });
  return { iframe, frame, heights };
}

/** Wait until the frame's height matches its content (±2 px); returns the heights. */
async function settle(heights, timeout = 10000) {
  const t0 = Date.now();
  let h;
  for (;;) {
    h = await heights();
    if (Math.abs(h.frame - h.content) <= 2) return h;
    if (Date.now() - t0 > timeout) assert.fail(`the frame never fitted its content: ${JSON.stringify(h)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('every view offers its link, a QR code of it and embed code with a titled, fixed-height iframe', async () => {
  for (const v of VIEWS) {
    const page = await newPage();
    await open(page, `${v}?lang=en`);
    const { link, code } = await readSharePanel(page);
    assert.equal(link, url(`${v}?lang=en`), `${v}: the link is the view, with its language`);
    assert.match(code, /^<iframe src="[^"]+" title="[^"]*Crossroads[^"]*" width="100%" height="600" [^>]*data-crossroads-embed><\/iframe>\n<script src="[^"]+" async><\/script>$/, `${v}: ${code}`);
    const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    assert.equal(src, url(`${v}?lang=en&embed=1`), `${v}: the frame shows the same view, embedded`);
    assert.equal(code.match(/<script src="([^"]+)"/)[1], `${getOrigin()}${BASE}embed.js`);
    assert.ok(await page.getByRole('img', { name: "QR code of this view's link" }).isVisible(), `${v}: QR code`);
    await page.done();
  }
});

test('the share panel follows the view: filters in the link, the QR code decodes to it, Korean labels', async () => {
  const page = await newPage({ locale: 'ko-KR' });
  await open(page, 'timeline/?lang=ko&company=naver&from=2024');
  const { link, code } = await readSharePanel(page, { panel: '공유하고 삽입하기', link: '이 화면의 링크', code: '삽입 코드(iframe)' });
  assert.equal(link, url('timeline/?lang=ko&company=naver&from=2024'));
  assert.ok(code.includes(`${BASE}timeline/?lang=ko&amp;embed=1&amp;company=naver&amp;from=2024"`), code);
  assert.ok(code.includes('title="타임라인 · '), code);
  const qr = page.getByRole('img', { name: '이 화면 링크의 QR 코드' });
  assert.equal((await readQr(qr))?.data, link, 'the QR code opens the view');
  // A filter change changes what is shared.
  await page.getByRole('button', { name: '오래된 순' }).click();
  await page.waitForFunction(() => document.getElementById('share-link').value.includes('sort=old'));
  assert.equal(await page.getByLabel('이 화면의 링크').inputValue(), url('timeline/?lang=ko&company=naver&from=2024&sort=old'));
  assert.ok((await page.getByLabel('삽입 코드(iframe)').inputValue()).includes('from=2024&amp;sort=old"'));
  await page.done();
});

test('one company, chapter or term on its own is shared as its own page, which previews as it', async () => {
  const cases = [
    ['companies/?lang=en&company=naver', 'companies/naver/?lang=en', 'Naver'],
    ['companies/naver/?lang=en', 'companies/naver/?lang=en', 'Naver'],
    ['glossary/?lang=en&term=hbm', 'glossary/hbm/?lang=en', 'HBM (high-bandwidth memory)'],
  ];
  for (const [from, shared, name] of cases) {
    const page = await newPage();
    await open(page, from);
    const { link, code } = await readSharePanel(page);
    assert.equal(link, url(shared), from);
    assert.ok(code.includes(`src="${url(shared)}&amp;embed=1"`), `${from}: ${code}`);
    const html = await (await fetch(link)).text();
    const title = html.match(/<title>([^<]*)<\/title>/)[1];
    assert.ok(title.endsWith(`| ${name} · Crossroads`), `${from}: "${title}" previews as ${name}`);
    await page.done();
  }
  // Two companies are the companies view with a filter, not one company's page.
  const page = await newPage();
  await open(page, 'companies/?lang=en&company=naver,kt');
  assert.equal((await readSharePanel(page)).link, url('companies/?lang=en&company=naver,kt'));
  await page.done();
});

test('the embed code taken from the page sizes its frame to the content in a host page on another origin', async () => {
  const { code } = await readPage('timeline/?lang=en&company=naver&from=2024', readSharePanel);
  const at = coursePage('course', code);
  for (const width of [390, 1440]) {
    const page = await newPage({ viewport: { width, height: 800 }, origins: [host.origin] });
    await page.goto(at);
    const { iframe, frame, heights } = await embedded(page);
    assert.ok(await iframe.getAttribute('title'), 'the frame has a title');
    const h = await settle(heights);
    assert.notEqual(Math.round(h.frame), 600, `${width}px: not the fixed fallback height`);
    assert.ok(h.frame > 600, `${width}px: the frame grew to its content (${h.frame}px)`);
    assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight <= 1), true,
      `${width}px: nothing scrolls inside the frame`);
    // The content changes (the filters open): the frame follows.
    await frame.locator('summary', { hasText: 'Filters' }).click();
    const opened = await settle(heights);
    assert.ok(opened.frame > h.frame + 100, `${width}px: the frame grew with the opened filters (${h.frame} → ${opened.frame})`);
    await page.done();
  }
});

test('embed.js that starts listening after the frame has reported its height still sizes the frame', async () => {
  const { code } = await readPage('about/?lang=en', readSharePanel);
  const [frameCode, scriptSrc] = [code.split('\n')[0], code.match(/<script src="([^"]+)"/)[1]];
  const page = await newPage({ viewport: { width: 390, height: 800 }, origins: [host.origin] });
  await page.goto(coursePage('late-script', frameCode));
  const { iframe, heights } = await embedded(page);
  await page.waitForTimeout(1500); // the frame has posted its height, to no one
  assert.equal(Math.round(await iframe.evaluate((f) => f.getBoundingClientRect().height)), 600, 'nothing sized the frame yet');
  await page.evaluate((src) => {
    const s = document.createElement('script');
    s.src = src;
    document.body.append(s);
  }, scriptSrc);
  const h = await settle(heights, 5000);
  assert.ok(h.frame > 600, `the frame grew to its content once the script listened (${h.frame}px)`);
  await page.done();
});

test('the host script obeys only its own frames: forged, malformed and other-origin messages change nothing', async () => {
  const { code } = await readPage('classroom/?lang=en&section=quiz', readSharePanel);
  host.put('/other-origin.html', `<!doctype html><html><body><p>Not the site.</p>
<script>parent.postMessage({ type: 'crossroads:height', height: 4444 }, '*');</script></body></html>`);
  const page = await newPage({ origins: [host.origin] });
  // A second frame of the site, not marked as an embed: it reports its height too.
  await page.goto(coursePage('forged', `${code}\n<iframe id="plain" src="${url('about/?lang=en&embed=1')}" title="Plain" height="300"></iframe>`));
  const { iframe, frame, heights } = await embedded(page);
  const fitted = (await settle(heights)).frame;
  const plain = page.locator('#plain');
  const other = await (await plain.elementHandle()).contentFrame();
  await other.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  // From the site's origin, but another frame: neither frame changes.
  await other.evaluate(() => parent.postMessage({ type: 'crossroads:height', height: 3333 }, '*'));
  await page.waitForTimeout(400);
  assert.equal(await plain.evaluate((f) => f.clientHeight), 300, 'an unmarked frame is left alone');
  const still = async (why) => {
    await page.waitForTimeout(400);
    assert.equal(await iframe.evaluate((f) => f.getBoundingClientRect().height), fitted, why);
  };
  await still('a message from another frame of the site does not resize this one');
  // From the host page itself: the right shape, the wrong sender.
  await page.evaluate(() => window.postMessage({ type: 'crossroads:height', height: 3333 }, '*'));
  await still('a message from the host page is ignored');
  // From the frame, but malformed.
  for (const data of [{ type: 'crossroads:height', height: '3333' }, { type: 'crossroads:height', height: Infinity },
    { type: 'other', height: 3333 }, 'crossroads:height 3333', null]) {
    await frame.evaluate((d) => parent.postMessage(d, '*'), data);
  }
  await still('malformed messages are ignored');
  // The frame navigated to another origin (its src still names the site): ignored.
  await iframe.evaluate((f, to) => { f.contentWindow.location.href = to; }, `${host.origin}/other-origin.html`);
  await page.waitForFunction(() => {
    try {
      return document.querySelector('iframe').contentDocument?.body?.textContent.includes('Not the site');
    } catch (e) {
      return false;
    }
  });
  await still('a message from another origin is ignored');
  await page.done();
});

test('without the script, a fixed 600 px frame shows an event first, without scrolling', async () => {
  for (const width of [390, 1440]) {
    const page = await newPage({ viewport: { width, height: 900 }, origins: [host.origin] });
    await page.goto(coursePage(`fixed-${width}`,
      `<iframe src="${url(NAVER_2024)}" title="Naver since 2024" width="100%" height="600" style="width:100%;border:0"></iframe>`));
    const { iframe, frame } = await embedded(page);
    assert.equal(Math.round(await iframe.evaluate((f) => f.getBoundingClientRect().height)), 600, 'the frame keeps its height');
    const event = frame.locator('[data-event]').first();
    await event.waitFor();
    const box = await event.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, inner: window.innerHeight, scrolled: window.scrollY };
    });
    assert.equal(box.scrolled, 0);
    assert.equal(box.inner, 600);
    assert.ok(box.top >= 0 && box.bottom <= box.inner, `${width}px: the first event lies within the 600 px frame (${box.top}–${box.bottom})`);
    // The folded filters name what is filtered, in one line.
    const summary = frame.locator('summary', { hasText: '필터' });
    assert.match(await summary.textContent(), /네이버/);
    const lineBox = await summary.evaluate((s) => s.getBoundingClientRect().height);
    assert.ok(lineBox < 60, `${width}px: the filters fold into one line (${lineBox}px)`);
    assert.equal(await frame.getByRole('checkbox').first().isVisible(), false, 'the facets stay folded');
    await page.done();
  }
});

test('the way out comes first: "open the full site" is the first link, without embed, in a new tab', async () => {
  for (const [rel, name] of [[NAVER_2024, '전체 사이트에서 열기'], ['classroom/?lang=en&embed=1&section=quiz', 'Open the full site'],
    ['companies/naver/?embed=1&lang=en', 'Open the full site'], ['?lang=en&embed=1', 'Open the full site']]) {
    const page = await newPage({ viewport: { width: 390, height: 600 } });
    await open(page, rel);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement.textContent.trim(),
      href: document.activeElement.getAttribute('href'),
      target: document.activeElement.getAttribute('target'),
      top: document.activeElement.getBoundingClientRect().top,
    }));
    assert.equal(first.text, name, `${rel}: the first stop is the way out`);
    assert.equal(first.target, '_blank');
    assert.ok(first.top < 40, `${rel}: at the top (${first.top}px)`);
    const u = new URL(first.href, page.url());
    assert.equal(u.searchParams.get('embed'), null, `${rel}: the full site has no embed`);
    const asked = new URL(url(rel)).searchParams;
    asked.delete('embed');
    for (const [k, v] of asked) assert.equal(u.searchParams.get(k), v, `${rel}: keeps ${k}`);
    assert.equal(await page.locator('.share').isVisible(), false, `${rel}: no share panel inside the embed`);
    await page.done();
  }
});

test('a quiz embed shows the quiz alone, not the eight classroom sections', async () => {
  for (const width of [390, 1440]) {
    const page = await newPage({ viewport: { width, height: 600 } });
    await open(page, 'classroom/?lang=en&embed=1&section=quiz');
    assert.equal(await page.getByRole('navigation').count(), 0, 'no section menu in the accessibility tree');
    for (const tab of ['Lesson guide', 'Discussion prompts', 'Presenter']) {
      assert.equal(await page.getByRole('link', { name: tab, exact: true }).count(), 0, `no "${tab}" tab`);
    }
    assert.ok(await page.getByRole('heading', { name: 'Self-check quiz' }).isVisible());
    const question = page.getByRole('radio').first();
    const top = await question.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top < 600, `${width}px: the first answer is on the first screen (${top}px)`);
    await page.done();
  }
  // The full site still has the menu.
  const full = await newPage();
  await open(full, 'classroom/?lang=en&section=quiz');
  assert.equal(await full.getByRole('navigation', { name: 'Classroom sections' }).count(), 1);
  await full.done();
});

test('an embed follows the host\'s colour scheme, not the theme stored for the full site', async () => {
  const page = await newPage({ colorScheme: 'dark' });
  await open(page, 'about/?lang=en');
  await page.evaluate(() => localStorage.setItem('crossroads.theme', 'light'));
  await page.reload();
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  assert.equal(await page.getAttribute('html', 'data-theme'), 'light', 'the full site keeps the reader\'s choice');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await open(page, 'about/?lang=en&embed=1');
  assert.equal(await page.getAttribute('html', 'data-theme'), null, 'no stored theme in the embed');
  const dark = await bg();
  assert.notEqual(dark, light);
  assert.equal(dark, 'rgb(17, 24, 39)', 'the dark background of the host\'s scheme');
  await page.done();
});
