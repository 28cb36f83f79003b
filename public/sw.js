// Crossroads service worker: caches this build's pages and shared files on the first visit,
// and each view's app (its wasm) once that view has run, so the site reopens offline
// (classroom Wi-Fi): every page readable (they are pre-rendered), every visited view live. scripts/postbuild.mjs fills in the version and the file list;
// a new deployment changes the version, installs a fresh cache and deletes the old one.
const VERSION = '__CROSSROADS_VERSION__';
const FILES = "__CROSSROADS_FILES__";
const CACHE = `crossroads-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith('crossroads-') && k !== CACHE).map((k) => caches.delete(k)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // Pages: network first, so a new deployment is seen at once, and each page read is kept
    // (the views are precached; a company, chapter, term or event page is cached as it is
    // visited). Offline: that page, else its view's folder (the app reads the path), else
    // the landing page. The query string only selects what the app shows.
    url.search = '';
    url.hash = '';
    event.respondWith(
      fetch(req)
        .then(async (res) => {
          if (res.ok) (await caches.open(CACHE)).put(url.href, res.clone());
          return res;
        })
        .catch(async () => {
          const cache = await caches.open(CACHE);
          const scope = new URL('./', self.registration.scope);
          const first = url.href.startsWith(scope.href) ? url.href.slice(scope.href.length).split('/')[0] : '';
          return (await cache.match(url.href))
            || (first && (await cache.match(new URL(`${first}/`, scope).href)))
            || (await cache.match(scope.href));
        }),
    );
    return;
  }
  // Hashed assets: cache first; what is not precached (each view's wasm) is kept once fetched.
  event.respondWith(caches.match(req).then((hit) => hit || fetch(req).then(async (res) => {
    if (res.ok && url.pathname.endsWith('.wasm')) (await caches.open(CACHE)).put(req, res.clone());
    return res;
  })));
});
