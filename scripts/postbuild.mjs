// Post-process a Trunk release build for plain static hosting. See scripts/build.sh.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';

const [dist = 'dist', publicUrl = '/', landingDist] = process.argv.slice(2);
// Keep in step with View::segment in src/state/route.rs (the e2e tests open each cold).
const VIEWS = ['story', 'story/short', 'timeline', 'companies', 'classroom', 'glossary', 'about'];

// 1. Move Trunk's inline module loader into a file so the CSP needs no 'unsafe-inline'.
function externaliseLoader(html, outDir) {
  const inline = /<script type=("?)module\1>([\s\S]*?)<\/script>/;
  const m = html.match(inline);
  if (m && m[2].trim()) {
    const code = m[2].trim() + '\n';
    const name = `loader-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;
    fs.writeFileSync(path.join(outDir, name), code);
    html = html.replace(inline, `<script type="module" src="${publicUrl}${name}"></script>`);
  }
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
    throw new Error('index.html still has an inline script: the CSP would block it');
  }
  return html;
}

const indexPath = path.join(dist, 'index.html');
const html = externaliseLoader(fs.readFileSync(indexPath, 'utf8'), dist);
fs.writeFileSync(indexPath, html);

// 2. Every view at its own folder, and a 404 page that the app turns into a helpful view.
for (const v of VIEWS) {
  fs.mkdirSync(path.join(dist, v), { recursive: true });
  fs.writeFileSync(path.join(dist, v, 'index.html'), html);
}
fs.writeFileSync(path.join(dist, '404.html'), html);

// 2b. The landing page: its own small build becomes the site's index.html.
if (landingDist) {
  const landingHtmlPath = path.join(landingDist, 'index.html');
  let landing = externaliseLoader(fs.readFileSync(landingHtmlPath, 'utf8'), landingDist);
  for (const f of fs.readdirSync(landingDist)) {
    const from = path.join(landingDist, f);
    if (fs.statSync(from).isFile() && f !== 'index.html' && !fs.existsSync(path.join(dist, f))) {
      fs.copyFileSync(from, path.join(dist, f));
    }
  }
  fs.writeFileSync(indexPath, landing);
}

// 3. Every page pre-rendered from the same components (the native `prerender` binary that
// scripts/build.sh compiles): the views, 404.html and one page per company, chapter, term
// and event. A page that cannot be rendered fails the build, naming it.
const prerender = process.env.CROSSROADS_PRERENDER;
if (prerender) {
  execFileSync(prerender, [dist, publicUrl], { stdio: 'inherit' });
} else {
  console.warn('postbuild: CROSSROADS_PRERENDER not set: pages are not pre-rendered');
}

// 4. Service worker (if the app ships one): list this build's files and version it.
const swSrc = path.join(dist, 'sw.js');
if (fs.existsSync(swSrc)) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      // Entity pages (companies/<id>/, timeline/event/<id>/ …) are cached as they are
      // visited, not precached: a first visit should not download every page of the site.
      if (e.isDirectory()) {
        if (!path.relative(dist, p).includes(path.sep)) walk(p);
      } 
      else if (e.name !== 'sw.js') files.push(path.relative(dist, p).split(path.sep).join('/'));
    }
  };
  walk(dist);
  files.sort();
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(f).update(fs.readFileSync(path.join(dist, f)));
  const version = hash.digest('hex').slice(0, 16);
  let sw = fs.readFileSync(swSrc, 'utf8');
  // Each view is cached under its folder URL (what a reader navigates to); the other
  // files under their own names. The per-view index.html copies are the same bytes.
  const list = ['./', ...VIEWS.map((v) => `${v}/`),
    ...files.filter((f) => f !== '404.html' && f !== 'index.html' && !f.endsWith('/index.html'))];
  sw = sw.replace('__CROSSROADS_VERSION__', version).replace('"__CROSSROADS_FILES__"', JSON.stringify(list));
  fs.writeFileSync(swSrc, sw);
}
console.log(`postbuild: ${dist} ready for ${publicUrl}`);
