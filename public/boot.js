// Runs in <head>, before the pre-rendered page is first painted (a blocking same-origin
// script: the CSP allows it, no inline code). It only reads the URL, the browser language
// and the stored theme, and only sets attributes (on <html>, and the theme toggle's state),
// besides two fixed tags for a reader of the page's second copy (`skipFirstCopy`); it
// never writes URL text into the page. Stylesheets (style/main.css, "Pre-rendered page")
// do the rest:
// - lang: which of the two pre-rendered languages is shown (the app makes the same choice);
// - embed: the embedded layout, in the host's colour scheme (the stored theme is the full
//   site's); inside a frame it also reports the page's height to the host page, where
//   public/embed.js (in the embed code) sizes the frame to it;
// - data-query: the link asks for something other than the view's default (filters, a
//   company, a step…), so the parts that depend on it stay hidden until the app, which
//   applies the query exactly, takes over: a filtered link never shows what it filters out.
//   On the timeline a small pre-filter build shows the filtered list before the app; on
//   the companies view a card's query link (companies/?company=<slug>) shows the card from
//   its own pre-rendered page (companies/<slug>/), fetched.
// - data-hash: the link points at a #section, so long lists are laid out in full at once
//   (no content-visibility, style/companies.css) and the section is where it will stay.
// After parsing, the other language's copy is removed (ids stay unique) and a #section link
// is brought into view if the browser could not find it in time.
(function () {
  var root = document.documentElement;
  var params;
  try {
    params = new URLSearchParams(location.search);
  } catch (e) {
    params = new URLSearchParams('');
  }
  var lang = params.get('lang');
  if (lang !== 'ko' && lang !== 'en') {
    var nav = navigator.languages && navigator.languages.length ? navigator.languages[0] : navigator.language;
    lang = String(nav || '').toLowerCase().indexOf('ko') === 0 ? 'ko' : 'en';
  }
  root.setAttribute('lang', lang);
  root.setAttribute('data-js', '');
  skipFirstCopy();
  var embed = params.get('embed');
  embed = embed === '1' || embed === 'true';
  if (embed) root.classList.add('embed');
  if (location.hash.length > 1) root.setAttribute('data-hash', '');
  var asks = false;
  params.forEach(function (value, key) {
    if (key !== 'lang' && key !== 'embed') asks = true;
  });
  if (asks) {
    root.setAttribute('data-query', '');
    // The timeline's pre-filter (public/prefilter.js; src/pages/timeline/prefilter.rs), only
    // for a link with a query: the page's own <template>s of same-origin files, put into
    // <head>. The script plans most links from its build-time table; it loads the small wasm
    // build of the app's code (<template id="prefilter">) for those it cannot. A link with a
    // search always needs the wasm build that can search, so it is loaded at once, beside
    // the script. The app's own files load beside them, not after them (README, "Filtered
    // links"). SEARCH_PARAMS: the search's name and its old ones (src/state/params.rs; a
    // test there checks this list).
    var SEARCH_PARAMS = ['q', 'search'];
    var searches = SEARCH_PARAMS.some(function (name) { return params.has(name); });
    var quick = document.getElementById('prefilter-quick');
    if (quick) put(quick);
    if (searches || !quick) {
      var wasm = document.getElementById(searches ? 'prefilter-search' : 'prefilter');
      if (wasm) {
        window.crossroadsPrefilterWasm = true;
        put(wasm);
      }
    }
    var company = companyLink();
    if (company) showCompanyPage(company);
  }
  try {
    var theme = embed ? null : localStorage.getItem('crossroads.theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) {
    // Storage blocked: the system theme applies.
  }
  if (embed && window.parent !== window) reportHeight();
  document.addEventListener('DOMContentLoaded', function () {
    // The pre-rendered theme toggle cannot know the theme: say whether the page is dark.
    var chosen = root.getAttribute('data-theme');
    var dark = chosen ? chosen === 'dark' : !!(window.matchMedia && matchMedia('(prefers-color-scheme: dark)').matches);
    var toggles = document.querySelectorAll('.theme-toggle');
    for (var t = 0; t < toggles.length; t++) toggles[t].setAttribute('aria-pressed', String(dark));
    var copies = document.querySelectorAll('[data-prerender]');
    for (var i = 0; i < copies.length; i++) {
      if (copies[i].getAttribute('lang') !== lang) copies[i].remove();
    }
    if (location.hash.length > 1 && window.scrollY === 0) {
      var id;
      try {
        id = decodeURIComponent(location.hash.slice(1));
      } catch (e) {
        return;
      }
      var target = document.getElementById(id);
      if (target) target.scrollIntoView();
    }
  });

  // A reader of the page's second copy (English: the page holds the Korean copy first) does
  // not need the first one built: the parser reads it as the text of a hidden <xmp>, which
  // the page closes right after that copy (src/prerender.rs; without this script, the
  // stray </xmp> is ignored, as a parser ignores an end tag with nothing open to close).
  // Reading it as text costs a fraction of building its thousands of elements, which an
  // English reader's first paint waited for. The page says which copy comes first in
  // <meta name="crossroads:first-copy">; without it, nothing is written. This runs in
  // <head>: the stylesheet link after this script would be read as text too, so it is
  // written first, from the stylesheet's preload (same file, same integrity). Nothing
  // from the URL is written.
  function skipFirstCopy() {
    var first = document.querySelector('meta[name="crossroads:first-copy"]');
    if (!first || first.getAttribute('content') === lang || document.body) return;
    var css = document.querySelector('link[rel="preload"][as="style"]');
    var href = css && css.getAttribute('href');
    var sri = css && css.getAttribute('integrity');
    if (!/^[\w\/.-]+\.css$/.test(href || '') || !/^sha384-[\w+\/=]+$/.test(sri || '')) return;
    var code = first.getAttribute('content');
    if (code !== 'ko' && code !== 'en') return;
    document.write('<link rel="stylesheet" href="' + href + '" integrity="' + sri + '">'
      + '<xmp hidden data-prerender lang="' + code + '">');
  }

  function put(template) {
    if (template.content) document.head.appendChild(document.importNode(template.content, true));
  }

  // A company's card by its query link, `companies/?company=<slug>` (the form links had
  // before each card had its own page, and still have in shared links): that slug alone,
  // besides lang and embed, and one of the cards the companies page lists in its
  // <meta name="crossroads:cards"> (src/prerender.rs) as having a page. Anything else waits
  // for the app.
  function companyLink() {
    var cards = document.querySelector('meta[name="crossroads:cards"]');
    if (!cards) return null;
    var slug = null;
    var other = false;
    params.forEach(function (value, key) {
      if (key === 'company' && slug === null) slug = value;
      else if (key !== 'lang' && key !== 'embed') other = true;
    });
    if (other || !slug || slug.length > 80 || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return null;
    return (' ' + cards.getAttribute('content') + ' ').indexOf(' ' + slug + ' ') >= 0 ? slug : null;
  }

  // The card's own page (companies/<slug>/) is the same view, pre-rendered: fetch it and,
  // once this page is parsed, put its card in place of the hidden grid, so the card is on
  // screen before the app (which then takes over as usual). The markup is the site's own
  // page, found by a checked slug; nothing from the URL is written into the page. An unknown
  // slug (no such page, or a page without that card), a failed fetch or an app that is
  // already there leave the page as it is: the app shows the view, or says what it ignored.
  function showCompanyPage(slug) {
    var page = fetch(new URL(slug + '/', location.href).href, { credentials: 'same-origin' })
      .then(function (res) {
        if (!res.ok) throw new Error(res.status);
        return res.text();
      });
    var parsed = new Promise(function (done) {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done);
      else done();
    });
    Promise.all([page, parsed]).then(function (got) {
      if (root.getAttribute('data-app') === 'ready') return;
      var doc = new DOMParser().parseFromString(got[0], 'text/html');
      var copy = '[data-prerender][lang="' + lang + '"] .companies__view';
      var theirs = doc.querySelector(copy);
      var ours = document.querySelector(copy);
      if (!theirs || !ours || !theirs.querySelector('[data-company="' + slug + '"]')) return;
      theirs.removeAttribute('data-query-dependent');
      ours.replaceWith(document.importNode(theirs, true));
      var title = doc.querySelector('title');
      if (title) document.title = title.textContent;
      root.setAttribute('data-prefiltered', '');
    }).catch(function () {
      // Left to the app.
    });
  }

  // The height of the page's content (not of the frame: scrollHeight never drops below the
  // frame's own height), posted to the host whenever it changes. It says nothing private,
  // and the host's origin is unknown here, hence '*'; embed.js checks who sent it.
  // A change is noticed by a ResizeObserver and posted at the next frame, or after 250 ms
  // where frames are held back (a throttled or hidden frame); a check every second catches
  // anything missed. The host's embed.js, which loads async and may miss the first posts,
  // asks for the height once it is listening ({type: 'crossroads:measure'}).
  function reportHeight() {
    var last = -1;
    var queued = false;
    function post() {
      queued = false;
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: 'crossroads:height', height: height }, '*');
    }
    function queue() {
      if (queued) return;
      queued = true;
      requestAnimationFrame(post);
      setTimeout(function () {
        if (queued) post();
      }, 250);
    }
    if (typeof ResizeObserver === 'function') new ResizeObserver(queue).observe(root);
    document.addEventListener('DOMContentLoaded', queue);
    window.addEventListener('load', queue);
    setInterval(post, 1000);
    window.addEventListener('message', function (event) {
      if (event.source !== window.parent || !event.data || event.data.type !== 'crossroads:measure') return;
      last = -1;
      queue();
    });
  }
})();
