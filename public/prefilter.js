// The timeline's pre-filter: a filtered timeline link's exact set on the pre-rendered page,
// before the app arrives (src/pages/timeline/prefilter.rs explains the whole). public/boot.js
// puts it into <head> only for a timeline link with a query; scripts/postbuild.mjs writes
// the build-time table into it (TABLE below: made by the app's own code, natively) and
// names it by its hash.
//
// A plan is what the app's list will show: the events kept (`shown`), the year and month
// headings kept, and in Korean and English the count, each year heading's count and the
// active filters' chips. For a link of facets and dates in their current spellings, `plan`
// makes it from the table: each facet's values' event sets are joined, the facets' sets
// intersected (as the app's filter does; tests/e2e/quickplan.test.mjs checks this against
// the app's own plans for thousands of links). Any other link (a search, an old spelling, a
// day's date, a repeated value the app would report…) gets its plan from the small wasm
// build of the app's code (feature `prefilter`), which hands it to `crossroadsApply`.
// No plan (the app would show a note, or nothing): the list waits for the app.
//
// It reads the URL's query and writes only text and attributes, never URL text as markup.
(function () {
  'use strict';
  var TABLE = null; // postbuild: the table

  // ---- The plan: a pure function of the table and the query (no DOM). ----

  function bits(hex, n) {
    var out = [];
    for (var i = 0; i < n; i++) {
      var digit = parseInt(hex.charAt(i >> 2), 16) || 0;
      out.push((digit >> (3 - (i & 3))) & 1);
    }
    return out;
  }

  function fill(template, n, total) {
    return template.split('{n}').join(String(n)).split('{total}').join(String(total));
  }

  /** The plan for `search` (`?…`) from the table, or null when the table cannot say. */
  function plan(table, search) {
    var params;
    try {
      params = new URLSearchParams(search);
    } catch (e) {
      return null;
    }
    // Keyed by the link's own names: no prototype (`?constructor=…`, `?__proto__=…`).
    var byName = Object.create(null);
    table.params.forEach(function (p) { byName[p.name] = p; });
    var asked = Object.create(null); // name -> indices of its values in the table, deduplicated
    var seen = Object.create(null);
    var ok = true;
    params.forEach(function (value, key) {
      if (!ok) return;
      if (key === 'lang' || key === 'embed') {
        var fine = key === 'lang' ? value === 'ko' || value === 'en' : value === '0' || value === '1';
        if (!fine || seen[key]) ok = false;
        seen[key] = true;
        return;
      }
      var p = byName[key];
      if (!p || (seen[key] && !p.list)) {
        ok = false;
        return;
      }
      seen[key] = true;
      var list = asked[key] || (asked[key] = []);
      var items = p.list ? value.split(',') : [value];
      for (var i = 0; i < items.length; i++) {
        var at = -1;
        for (var j = 0; j < p.values.length; j++) if (p.values[j].value === items[i]) at = j;
        if (at < 0) {
          ok = false;
          return;
        }
        if (list.indexOf(at) < 0) list.push(at);
      }
      if (list.length > p.max) ok = false;
    });
    var names = table.params.filter(function (p) { return asked[p.name]; });
    if (!ok || !names.length) return null;
    // 'To' before 'From' is reported by the app (the dates' spellings sort as they compare).
    if (asked.from && asked.to && byName.from.values[asked.from[0]].value > byName.to.values[asked.to[0]].value) return null;
    var n = table.events.length;
    var keep = [];
    for (var e = 0; e < n; e++) keep.push(1);
    names.forEach(function (p) {
      var any = [];
      for (var k = 0; k < n; k++) any.push(0);
      asked[p.name].forEach(function (at) {
        var b = bits(p.values[at].events, n);
        for (var k = 0; k < n; k++) any[k] |= b[k];
      });
      for (var k = 0; k < n; k++) keep[k] &= any[k];
    });
    var shown = [], years = [], months = [], perYear = Object.create(null);
    for (var x = 0; x < n; x++) {
      if (!keep[x]) continue;
      var id = table.events[x][0], month = table.events[x][1], year = Number(month.slice(0, 4));
      shown.push(id);
      if (years.indexOf(year) < 0) years.push(year);
      if (months.indexOf(month) < 0) months.push(month);
      perYear[year] = (perYear[year] || 0) + 1;
    }
    if (!shown.length) return null;
    var from = asked.from && byName.from.values[asked.from[0]];
    var to = asked.to && byName.to.values[asked.to[0]];
    // The time axis's span: the whole axis names the first and last events' dates.
    var whole = (!from || from.axis[1]) && (!to || to.axis[1]);
    var words = table.words.map(function (t, l) {
      var ax = t.axis; // all, some, first month, last month, whole axis's two ends
      var a = whole ? ax[4] : from ? from.axis[0][l] : ax[2];
      var b = whole ? ax[5] : to ? to.axis[0][l] : ax[3];
      var some = shown.length !== t.axis_total;
      var axis = (some ? ax[1] : ax[0]).split('{n}').join(String(some ? shown.length : t.axis_total))
        .split('{total}').join(String(t.axis_total)).split('{a}').join(a).split('{b}').join(b);
      var chips = [];
      names.forEach(function (p) {
        asked[p.name].slice().sort(function (a, b) { return a - b; }).forEach(function (at) {
          var label = p.values[at].chips[l];
          chips.push([label, t.remove + ': ' + label]);
        });
      });
      return {
        count: fill(shown.length === n ? t.count_all : t.count, shown.length, n),
        years: years.map(function (y) {
          return [y, perYear[y] === 1 ? t.one_event : fill(t.n_events, perYear[y], n)];
        }),
        chips: chips,
        axis: axis,
        active_filters: t.active_filters,
        clear_all: t.clear_all
      };
    });
    return { shown: shown, years: years, months: months, words: words };
  }

  if (typeof module === 'object' && module.exports) {
    module.exports = { plan: plan };
    return;
  }

  // ---- Showing a plan on the pre-rendered page. ----

  var root = document.documentElement;
  var LANGS = ['ko', 'en'];

  function keeps(p, el) {
    var ev = el.getAttribute('data-event');
    if (ev !== null) return p.kept.has(ev);
    var y = el.getAttribute('data-year');
    if (y !== null) return /^[0-9]+$/.test(y) && p.years.indexOf(Number(y)) >= 0;
    var m = el.getAttribute('data-month');
    return m !== null && p.months.indexOf(m) >= 0;
  }

  function make(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // The active filters' chips, as the app's chips::ActiveFilters draws them.
  function chips(w) {
    if (!w.chips.length) return null;
    var group = make('div', 'timeline__active');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', w.active_filters);
    var label = make('span', 'timeline__active-label', w.active_filters + ':');
    label.setAttribute('aria-hidden', 'true');
    var list = make('ul', 'timeline__chips');
    w.chips.forEach(function (c) {
      var button = make('button', 'timeline__chip');
      button.setAttribute('type', 'button');
      button.setAttribute('aria-label', c[1]);
      var x = make('span', 'timeline__chip-x', '×');
      x.setAttribute('aria-hidden', 'true');
      button.append(make('span', '', c[0]), x);
      var li = make('li', '');
      li.appendChild(button);
      list.appendChild(li);
    });
    var clear = make('button', 'timeline__clear', w.clear_all);
    clear.setAttribute('type', 'button');
    group.append(label, list, clear);
    return group;
  }

  // The count the app will write, and the chips, once per copy.
  function writeWords(copy, w) {
    if (copy.hasAttribute('data-prefilter-words')) return;
    copy.setAttribute('data-prefilter-words', '');
    var count = copy.querySelector('.timeline__count');
    if (count) count.textContent = w.count;
    var axis = copy.querySelector('.time-axis__summary');
    if (axis) axis.textContent = w.axis;
    var tools = copy.querySelector('.timeline__tools');
    var group = chips(w);
    if (tools && tools.parentNode && group) tools.parentNode.insertBefore(group, tools);
  }

  // Mark the rows from `from` on that the app's list has (data-keep; style/main.css hides
  // the others), the first of them data-first, and write the kept years' counts. `remove`:
  // take the others out, so that the list lays out as the app's. Returns the rows looked at.
  function markRows(list, p, w, from, remove) {
    var kids = list.children;
    var n = kids.length;
    var first = !list.querySelector('[data-first]');
    var gone = [];
    for (var i = from; i < n; i++) {
      var el = kids[i];
      if (!keeps(p, el)) {
        gone.push(el);
        continue;
      }
      el.setAttribute('data-keep', '');
      if (first) {
        el.setAttribute('data-first', '');
        first = false;
      }
      var year = el.getAttribute('data-year');
      var span = year !== null && el.querySelector('.timeline__year-count');
      if (span) {
        w.years.forEach(function (c) {
          if (String(c[0]) === year && span.textContent !== c[1]) span.textContent = c[1];
        });
      }
    }
    if (remove) gone.forEach(function (el) { el.remove(); });
    return n;
  }

  // One frame while the page is parsed; false once the app is there (nothing more to do).
  function step(p, progress) {
    if (root.hasAttribute('data-app')) return false;
    var l = LANGS.indexOf(root.getAttribute('lang'));
    if (l < 0) return false;
    var copy = document.querySelector('[data-prerender][lang="' + LANGS[l] + '"]');
    // The list comes after the filter panel and the results bar: once it has begun, the
    // chips' and the count's places are there.
    var list = copy && copy.querySelector('.timeline__list');
    if (!list) return true;
    writeWords(copy, p.words[l]);
    // The last row may still be arriving (a heading without its count yet): look again.
    progress.rows = Math.max(0, markRows(list, p, p.words[l], progress.rows, false) - 1);
    root.setAttribute('data-prefiltered', '');
    return true;
  }

  // The page is parsed: every copy's rows marked and what the app will not show taken out.
  function finish(p) {
    if (root.hasAttribute('data-app')) return;
    var copies = document.querySelectorAll('[data-prerender][lang]');
    for (var c = 0; c < copies.length; c++) {
      var l = LANGS.indexOf(copies[c].getAttribute('lang'));
      if (l < 0) continue;
      writeWords(copies[c], p.words[l]);
      var list = copies[c].querySelector('.timeline__list');
      if (list) markRows(list, p, p.words[l], 0, true);
    }
    root.setAttribute('data-prefiltered', '');
  }

  var shown = false;
  function show(p) {
    if (shown || !p || !p.shown || !p.words || p.words.length !== 2) return;
    shown = true;
    p.kept = new Set(p.shown);
    if (document.readyState !== 'loading') {
      finish(p);
      return;
    }
    // Each frame, before it is rendered: mark what has been parsed since. A row the parser
    // adds between two frames is marked before the frame that could show it.
    var progress = { rows: 0 };
    var frame = function () {
      if (document.readyState !== 'loading' || !step(p, progress)) return;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    document.addEventListener('DOMContentLoaded', function () { finish(p); });
  }

  function start() {
    if (root.hasAttribute('data-app') || !root.hasAttribute('data-query')
      || !/\/timeline\/$/.test(location.pathname)) return;
    var p = null;
    try {
      p = TABLE && plan(TABLE, location.search);
    } catch (e) {
      // Left to the wasm build.
    }
    if (p) {
      show(p);
      return;
    }
    // The wasm build's plan, whichever of the two arrives first.
    window.crossroadsApply = function (json) {
      try {
        show(JSON.parse(json));
      } catch (e) {
        // No plan: the app shows the set.
      }
    };
    if (typeof window.crossroadsPlan === 'string') window.crossroadsApply(window.crossroadsPlan);
    if (!window.crossroadsPrefilterWasm) {
      window.crossroadsPrefilterWasm = true;
      var wasm = document.getElementById('prefilter');
      if (wasm && wasm.content) document.head.appendChild(document.importNode(wasm.content, true));
    }
  }

  start();
})();
