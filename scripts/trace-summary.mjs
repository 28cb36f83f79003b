// Where a page's main thread spent its time: a Chromium trace (Playwright
// `browser.startTracing`, categories TRACE_CATEGORIES) summed into parse, style, layout,
// paint, script and other, up to a moment (scripts/perf.mjs --trace: up to "content on
// screen"). Time is counted once: each trace slice's own time (its duration less its
// children's) goes to the nearest enclosing slice with a known kind, so a layout forced by
// a script counts as layout, and the script around it as script.
// Plain Node, no imports; tests/e2e/tools.test.mjs checks it on a hand-made trace.

export const TRACE_CATEGORIES = ['devtools.timeline', 'blink', 'loading', 'v8.execute',
  'disabled-by-default-devtools.timeline'];

const KINDS = [
  ['parse', /^(ParseHTML|HTMLDocumentParser::)/],
  ['style', /^(UpdateLayoutTree|Document::updateStyle|Blink\.Style|ParseAuthorStyleSheet|RecalculateStyles)/],
  ['layout', /^(Layout|LocalFrameView::(layout|performLayout)|Blink\.Layout|InlineNode::)/],
  ['paint', /^(Paint|PrePaint|Layerize|UpdateLayer|LocalFrameView::RunPaintLifecyclePhase|Commit|Blink\.Paint|Blink\.PrePaint)/],
  ['script', /^(EvaluateScript|FunctionCall|v8\.|V8\.|FireAnimationFrame|TimerFire|EventDispatch|v8::|CompileScript|CompileModule|EvaluateModule|WebAssembly|wasm)/],
];
const kindOf = (name) => (KINDS.find(([, re]) => re.test(name)) || [null])[0];

/**
 * `events`: a trace's traceEvents. Returns { parse, style, layout, paint, script, other }
 * in milliseconds, for the renderer main thread (the thread that parsed HTML), from its
 * navigation start (or its first slice) to `untilMs` after it.
 */
export function mainThreadBreakdown(events, untilMs = Infinity) {
  const parses = new Map();
  for (const e of events) {
    if (e.name === 'ParseHTML') {
      const k = `${e.pid}:${e.tid}`;
      parses.set(k, (parses.get(k) || 0) + 1);
    }
  }
  const out = { parse: 0, style: 0, layout: 0, paint: 0, script: 0, other: 0 };
  if (parses.size === 0) return out;
  const [key] = [...parses].sort((a, b) => b[1] - a[1])[0];
  const [pid, tid] = key.split(':').map(Number);
  const slices = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  if (slices.length === 0) return out;
  const starts = events.filter((e) => e.pid === pid && e.name === 'navigationStart').map((e) => e.ts);
  const t0 = starts.length ? Math.min(...starts) : slices[0].ts;
  const until = t0 + untilMs * 1000;
  // A stack of open slices: [end, kind, childTime]; each slice's own time is credited when
  // the next slice starts past its end.
  const stack = [];
  const close = (upTo) => {
    while (stack.length && stack[stack.length - 1].end <= upTo) {
      const s = stack.pop();
      const own = Math.max(0, Math.min(s.end, until) - Math.min(s.start, until) - s.children);
      out[s.kind] += own / 1000;
      if (stack.length) stack[stack.length - 1].children += Math.min(s.end, until) - Math.min(s.start, until);
    }
  };
  for (const e of slices) {
    close(e.ts);
    if (e.ts >= until) break;
    const parent = stack[stack.length - 1];
    const kind = kindOf(e.name) || (parent ? parent.kind : 'other');
    stack.push({ start: e.ts, end: e.ts + e.dur, kind, children: 0 });
  }
  close(Infinity);
  for (const k of Object.keys(out)) out[k] = Math.round(out[k]);
  return out;
}
