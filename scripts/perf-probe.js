// Injected into every page scripts/perf.mjs measures (Playwright `addInitScript`, so it runs
// before the page's first byte is parsed). It samples the page once per frame, just before
// the frame is rendered, and records when each milestone was first on screen, in
// milliseconds since navigation start (the clock of `first-contentful-paint`): the time is
// taken when the main thread has finished rendering the first frame that shows it (a task
// posted from the frame's requestAnimationFrame runs only after that frame's layout and
// paint; posted at the highest priority, so that it does not also wait for tasks queued
// before it, see `mark`; until 5 Dec it did, which added the end of parsing to a long page's
// time). perf.mjs also never counts a milestone earlier than first contentful paint.
// Plain browser JavaScript, no imports: the file's text is handed to the browser as is.
// `cfg` (set by perf.mjs): { heading, items: { sel, keys } | null, expected: [key] | null,
//   text: minimum rendered text length of <main> | 0, events: [id] | null (filtered links:
//   the exact set), slide: selector | null (TimelineJS) }.
(function perfProbe(cfg) {
  const P = (window.__perf = {
    fcp: null, content: null, exact: null, ready: null, slide: null,
    cls: 0, shifts: 0, foPainted: [], foInserted: [], foFirst: null,
  });
  const now = () => Math.round(performance.now());
  // Record `key` once the current frame has been rendered.
  const pending = new Set();
  const mark = (key) => {
    if (P[key] !== null || pending.has(key)) return;
    pending.add(key);
    const done = () => { P[key] = now(); };
    // At the highest priority the page's scheduler has: a task of ordinary priority (a
    // message) waits behind tasks queued before it, such as the end of parsing (the
    // DOMContentLoaded and load handlers), which can run for tens of milliseconds after the
    // frame was shown.
    if (window.scheduler && typeof scheduler.postTask === 'function') {
      scheduler.postTask(done, { priority: 'user-blocking' });
      return;
    }
    const ch = new MessageChannel();
    ch.port1.onmessage = done;
    ch.port2.postMessage(0);
  };

  // CLS as web-vitals defines it: the largest session window of layout shifts not caused by
  // input (shifts less than 1 s apart, a window at most 5 s long).
  let win = 0, first = 0, last = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      if (win > 0 && e.startTime - last < 1000 && e.startTime - first < 5000) win += e.value;
      else { win = e.value; first = e.startTime; }
      last = e.startTime;
      P.cls = Math.max(P.cls, win);
      P.shifts += 1;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'first-contentful-paint') P.fcp = Math.round(e.startTime);
    }
  }).observe({ type: 'paint', buffered: true });

  // Rendered: has a box, not hidden, not transparent. Content skipped by
  // `content-visibility: auto` counts as rendered (it paints as soon as it is scrolled to).
  const shown = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  // The first element matching `sel` that is rendered. A pre-rendered page holds both
  // languages' copies, each with its <main id="main">, until boot.js takes out the other
  // one once the page is parsed: the reader's copy is the one that shows.
  const firstShown = (sel) => {
    for (const el of document.querySelectorAll(sel)) if (shown(el)) return el;
    return null;
  };
  const inViewport = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
      && r.top < innerHeight && r.left < innerWidth;
  };
  const keyOf = (el, attrs) => attrs.map((a) => el.getAttribute(a)).join('/');
  // Each frame looks at each element once: the checks below share one pass per selector
  // (on the timeline, the filtered-out check and the content check read the same events).
  // Reading the rendering of a few hundred elements several times a frame slowed the very
  // page being measured, most on the large pre-rendered timeline.
  let passes = new Map();
  const shownKeys = (sel, attrs) => {
    const k = `${sel}|${attrs.join(',')}`;
    let out = passes.get(k);
    if (out) return out;
    out = new Set();
    for (const el of document.querySelectorAll(sel)) if (shown(el)) out.add(keyOf(el, attrs));
    passes.set(k, out);
    return out;
  };
  // Every event on the page (in <main> or not) in one pass: which are in the DOM, which are
  // rendered, and which of those are in <main> (what 'main#main [data-event]' would select).
  function eventPass() {
    const main = firstShown('main#main');
    const present = new Set();
    const onPage = new Set();
    const inMain = new Set();
    for (const el of document.querySelectorAll('[data-event]')) {
      const id = el.getAttribute('data-event');
      present.add(id);
      if (!shown(el)) continue;
      onPage.add(id);
      if (main && main.contains(el)) inMain.add(id);
    }
    passes.set('main#main [data-event]|data-event', inMain);
    return { present, onPage, inMain };
  }

  const expected = cfg.events ? new Set(cfg.events) : null;
  const inserted = new Set();
  const items = cfg.items && cfg.expected ? new Set(cfg.expected) : null;

  // A filtered link: an event outside the exact set that is rendered (anywhere on the page,
  // not only in the viewport) in a frame counts as painted.
  function checkFiltered() {
    const { present, onPage, inMain } = eventPass();
    // In the DOM at a frame, rendered or not: reported beside "painted" for diagnosis.
    for (const id of present) {
      if (!expected.has(id) && !inserted.has(id)) {
        inserted.add(id);
        P.foInserted.push(id);
      }
    }
    for (const id of onPage) {
      if (!expected.has(id) && !P.foPainted.includes(id)) {
        P.foPainted.push(id);
        if (P.foFirst === null) P.foFirst = now();
      }
    }
    if (P.exact === null) {
      const main = shownKeys('main#main [data-event]', ['data-event']);
      if (main.size === expected.size && [...expected].every((id) => main.has(id))) mark('exact');
    }
  }

  // The view's main content: heading in the viewport, every item the fully loaded page
  // shows rendered, and <main> holding (nearly) all the text it holds when fully loaded.
  function checkContent() {
    const h = firstShown(cfg.heading);
    if (!h || !shown(h) || !inViewport(h) || !h.textContent.trim()) return;
    if (items) {
      const have = shownKeys(cfg.items.sel, cfg.items.keys);
      for (const k of items) if (!have.has(k)) return;
    }
    if (cfg.text > 0) {
      const main = firstShown('main#main');
      if (!main || main.innerText.length < cfg.text) return;
    }
    mark('content');
  }

  // TimelineJS: the first slide's headline rendered inside the viewport.
  function checkSlide() {
    for (const el of document.querySelectorAll(cfg.slide)) {
      if (shown(el) && inViewport(el) && el.textContent.trim()) { mark('slide'); return; }
    }
  }

  const isReady = () => document.documentElement
    && document.documentElement.getAttribute('data-app') === 'ready';
  function frame() {
    passes = new Map();
    if (P.ready === null && isReady()) P.ready = now();
    if (expected) checkFiltered();
    if (cfg.heading && P.content === null) checkContent();
    if (cfg.slide && P.slide === null) checkSlide();
    requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
  // data-app="ready" is not a paint: timed when the attribute is set.
  new MutationObserver(() => {
    if (P.ready === null && isReady()) P.ready = now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
})(__PERF_CFG__);
