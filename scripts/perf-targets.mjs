// The figures of scripts/perf.mjs and what issue 11 asks of them, shared by perf.mjs (one
// run) and scripts/perf-pool.mjs (several runs pooled).

/** The median of the numbers in `xs`, NaN left out (Infinity, a timed-out run, kept). */
export const median = (xs) => {
  const v = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (v.length === 0) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
export const num = (x) => (x === null || x === undefined ? NaN : x);
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);

// Nothing is on screen before the first contentful paint, so a milestone seen in an earlier
// frame counts from first contentful paint (paint timing reports when the frame was shown).
// A run that timed out before the milestone counts as endlessly slow, not as missing.
export const onScreen = (r, k) => {
  if (r[k] === null || r[k] === undefined) return r.timedOut ? Infinity : NaN;
  return Number.isFinite(num(r.fcp)) ? Math.max(r[k], r.fcp) : r[k];
};

/**
 * One view's figures over its runs (perf.mjs's raw records): medians of each milestone, the
 * worst CLS, and every filtered-out event any run painted or put in the page.
 */
export function summarise(view, runs) {
  const pick = (k) => median(runs.map((r) => (['content', 'exact', 'slide'].includes(k) ? onScreen(r, k) : num(r[k]))));
  const painted = [...new Set(runs.flatMap((r) => r.foPainted || []))];
  const inserted = [...new Set(runs.flatMap((r) => r.foInserted || []))];
  return {
    view: view.id, path: view.path, filtered: !!view.filtered, runs: runs.length,
    fcp: pick('fcp'), content: pick('content'), exact: view.filtered ? pick('exact') : NaN,
    ready: pick('ready'), slide: pick('slide'), cls: Math.max(...runs.map((r) => num(r.cls))),
    kb: median(runs.map((r) => r.bytes)) / 1024, requests: median(runs.map((r) => r.requests)),
    painted, inserted, timeouts: runs.filter((r) => r.timedOut).length,
    foreign: [...new Set(runs.flatMap((r) => r.foreign))], errors: [...new Set(runs.flatMap((r) => r.errors))],
    where: runs.some((r) => r.where) ? Object.fromEntries(Object.keys(runs.find((r) => r.where).where)
      .map((k) => [k, median(runs.map((r) => (r.where ? r.where[k] : NaN)))])) : null,
  };
}

// Issue 11, phone profile, as multiples of TimelineJS's first slide in the same run.
export const TARGETS = { content: 0.5, exact: 1.0, ready: 1.2, cls: 0.02 };

/**
 * A view's figures (`row`: content, exact, ready in ms, cls, filtered, painted: the
 * filtered-out events ever painted) against the targets, TimelineJS's first slide being
 * `slide` ms. Content is judged on unfiltered views, the exact set on filtered links (and
 * none filtered out painted). Each entry: { ratio (cls: the value), pass }, or null.
 */
export function judge(row, slide) {
  const c = ratio(row.content, slide);
  const e = ratio(row.exact, slide);
  const rd = ratio(row.ready, slide);
  return {
    content: row.filtered ? null : { ratio: c, pass: c <= TARGETS.content },
    exact: row.filtered ? { ratio: e, pass: e <= TARGETS.exact && row.painted.length === 0, painted: row.painted.length } : null,
    ready: { ratio: rd, pass: rd <= TARGETS.ready },
    cls: { ratio: row.cls, pass: row.cls <= TARGETS.cls },
  };
}
