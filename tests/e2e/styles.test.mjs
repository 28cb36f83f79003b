// Each view links its own stylesheet: the site's CSS (style/*.css) less the rules nothing in
// that view can match (scripts/postbuild.mjs, pruneStyles). Here, page by page and state by
// state, every rule of the whole CSS that matches something on the page must also be in the
// stylesheet the page links: a rule left out would leave that thing unstyled.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, stop, newPage, open, url, ROOT } from './harness.mjs';

before(start);
after(stop);

// The whole CSS as the site's sources write it (order does not matter for this check).
const FULL = fs.readdirSync(path.join(ROOT, 'style')).filter((f) => f.endsWith('.css')).sort()
  .map((f) => fs.readFileSync(path.join(ROOT, 'style', f), 'utf8')).join('\n');

/** Rules of the whole CSS that match an element of the page but are not in its stylesheets. */
function missingRules(page) {
  return page.evaluate((full) => {
    // [context, selector] of every selector of every style rule; the context is the chain of @media/@supports
    // rules around it, by kind only (the build's minifier rewrites their conditions, and
    // pruning keeps or drops a rule by its selectors alone).
    const topLevel = (sel) => {
      const parts = [];
      let depth = 0;
      let cur = '';
      for (const ch of sel) {
        if (ch === '(') depth += 1;
        if (ch === ')') depth -= 1;
        if (ch === ',' && depth === 0) { parts.push(cur); cur = ''; } else cur += ch;
      }
      return [...parts, cur];
    };
    const rules = (list, ctx, out) => {
      for (const r of list) {
        // One entry per selector of a list: the minifier may join or split rules.
        if (r instanceof CSSStyleRule) for (const s of topLevel(r.selectorText)) out.push([ctx, s.trim()]);
        if (r.cssRules && !(r instanceof CSSKeyframesRule)) {
          rules(r.cssRules, `${ctx}|${r.constructor.name}`, out);
        }
      }
      return out;
    };
    const own = new Set();
    for (const sheet of document.styleSheets) {
      for (const [c, s] of rules(sheet.cssRules, '', [])) own.add(`${c}§${s}`);
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(full);
    // States and pseudo-elements do not change which element a rule is for.
    const dynamic = '::?(?:before|after|marker|placeholder|selection|backdrop|first-letter|first-line'
      + '|file-selector-button|-webkit-[\\w-]+|-moz-[\\w-]+|hover|focus-visible|focus-within|focus|active'
      + '|visited|target|open)(?![\\w-])';
    const bare = (sel) => sel
      .replace(new RegExp(`(^|[\\s>+~(])${dynamic}`, 'g'), '$1*')
      .replace(new RegExp(dynamic, 'g'), '');
    const matches = (sel) => {
      try { return document.querySelector(bare(sel).trim() || '*') !== null; } catch { return false; }
    };
    return rules(sheet.cssRules, '', []).filter(([c, s]) => !own.has(`${c}§${s}`) && matches(s))
      .map(([c, s]) => `${s}${c ? `  (in ${c})` : ''}`);
  }, FULL);
}

async function check(page, label) {
  const missing = await missingRules(page);
  assert.deepEqual(missing, [], `${label}: rules of style/*.css that match the page but its stylesheet lacks`);
}

const VIEWS = ['', 'story/', 'story/short/', 'timeline/', 'companies/', 'classroom/', 'glossary/', 'about/'];

test('the check itself finds a rule the page needs when the stylesheet lacks it', async () => {
  const page = await newPage();
  await open(page, 'timeline/?lang=en');
  // Take the event cards' rules out of the page's stylesheet, as a wrong prune would.
  await page.evaluate(() => {
    for (const sheet of document.styleSheets) {
      for (let i = sheet.cssRules.length - 1; i >= 0; i -= 1) {
        if (/\.event-card__title\b/.test(sheet.cssRules[i].cssText)) sheet.deleteRule(i);
      }
    }
  });
  const missing = await missingRules(page);
  assert.ok(missing.some((m) => m.includes('.event-card__title')), `not found: ${missing.join('; ')}`);
  await page.done();
});

test('each view links a stylesheet of its own, smaller than the whole', async () => {
  const sheets = new Map();
  for (const v of VIEWS) {
    const html = await (await fetch(url(v))).text();
    const hrefs = [...html.matchAll(/<link href="([^"]+\.css)"[^>]*rel="stylesheet"/g)].map((m) => m[1]);
    assert.equal(hrefs.length, 1, `${v || '/'}: one stylesheet`);
    sheets.set(v, hrefs[0]);
  }
  assert.equal(sheets.get('story/'), sheets.get('story/short/'), 'the short story is the story\'s app');
  assert.ok(new Set(sheets.values()).size >= 7, `one stylesheet per app: ${[...sheets.values()].join(', ')}`);
  const landing = await (await fetch(new URL(sheets.get(''), url()).href)).text();
  assert.ok(landing.length < FULL.length / 2, `landing stylesheet ${landing.length} B of ${FULL.length}`);
  assert.doesNotMatch(landing, /\.classroom-team\b|\.glossary__entry\b/, 'landing keeps other views\' rules');
});

test('no view, in either language, matches a rule its stylesheet left out', async () => {
  for (const lang of ['ko', 'en']) {
    for (const v of VIEWS) {
      const page = await newPage();
      await open(page, `${v}?lang=${lang}`);
      await check(page, `${v || '/'}?lang=${lang}`);
      // The share panel is made when opened.
      const share = page.locator('.share__summary');
      if (await share.count()) {
        await share.first().focus(); // the keyboard: no click landing beside it (embed.test.mjs)
        await page.keyboard.press('Enter');
        await page.waitForSelector('.share__qr svg, .share__qr img', { state: 'attached' });
        await check(page, `${v || '/'}?lang=${lang}, share panel open`);
      }
      await page.done();
    }
  }
});

test('without JavaScript, each pre-rendered view and entity page matches no left-out rule', async () => {
  const pages = [...VIEWS, 'companies/naver/', 'timeline/event/kt-microsoft-ai-cloud-partnership/',
    'glossary/hbm/', 'story/alliance-road/', 'no-such-page/'];
  for (const rel of pages) {
    // The not-found page answers 404, which the browser logs.
    const page = await newPage({ javaScriptEnabled: false, allowErrors: rel === 'no-such-page/' });
    await page.goto(url(rel));
    await check(page, `${rel || '/'} without JS`);
    await page.done();
  }
});

test('states reached by links match no left-out rule', async () => {
  const links = [
    'timeline/?lang=en&company=naver&from=2024',
    'timeline/?lang=ko&q=hbm&stance=alliance,hybrid',
    'timeline/?lang=en&q=zzzz',
    'timeline/?lang=en&event=kt-microsoft-ai-cloud-partnership',
    'timeline/?lang=en&stance=bogus&from=20x',
    'companies/?lang=en&company=naver',
    'companies/?lang=ko&stance=sovereign',
    'story/?lang=en&chapter=2&step=3',
    'story/?lang=en#argument-map',
    'classroom/?lang=en&section=prompts',
    'classroom/?lang=en&section=guess',
    'classroom/?lang=ko&section=quiz',
    'classroom/?lang=en&section=side',
    'classroom/?lang=en&section=compare&sides=aaa,bbb',
    'classroom/?lang=en&section=debate&team=alliance',
    'classroom/?lang=en&section=present&chapter=1&step=2',
    'glossary/?lang=en#term-hbm',
    '?lang=en&embed=1',
    'timeline/?lang=en&embed=1&company=kt',
    'classroom/?lang=en&embed=1&section=quiz',
  ];
  for (const rel of links) {
    const page = await newPage();
    await open(page, rel);
    await check(page, rel);
    await page.done();
  }
});

test('a phone in dark mode matches no left-out rule', async () => {
  for (const v of ['', 'timeline/', 'companies/', 'story/']) {
    const page = await newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'dark', isMobile: true, hasTouch: true });
    await open(page, `${v}?lang=ko`);
    await check(page, `${v || '/'} phone, dark`);
    await page.done();
  }
});
