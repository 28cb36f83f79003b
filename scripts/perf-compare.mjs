// Paired comparison of two builds measured in the same rounds (`scripts/perf.mjs --against`).
// Each round loads a view once from each build, one right after the other (the order
// alternating between rounds), so both see the same machine load; the verdict rests on the
// median of the per-round differences, not on two medians taken at different moments.

import { median } from './perf-targets.mjs';

/**
 * `ours` and `theirs`: one milestone per round, in ms, in round order (Infinity: the run
 * timed out before it; NaN: not measured). Rounds where either side is NaN are left out.
 * `ours` is slower when the median per-round difference (ours − theirs) exceeds both `tolMs`
 * and `tolFrac` of their median: on a shared machine smaller differences are noise.
 * Returns { ours, theirs, diff, pairs, verdict } with verdict 'not slower', 'slower' or 'n/a'.
 */
export function pairedCompare(ours, theirs, { tolMs = 50, tolFrac = 0.1 } = {}) {
  if (ours.length !== theirs.length) throw new Error(`pairedCompare: ${ours.length} rounds against ${theirs.length}`);
  const pairs = ours.map((o, i) => [o, theirs[i]]).filter(([o, t]) => !Number.isNaN(o) && !Number.isNaN(t));
  const a = median(pairs.map(([o]) => o));
  const b = median(pairs.map(([, t]) => t));
  const diffs = pairs.map(([o, t]) => (o === t ? 0 : o - t));
  const diff = median(diffs);
  if (pairs.length === 0 || Number.isNaN(diff)) return { ours: a, theirs: b, diff: NaN, pairs: 0, verdict: 'n/a' };
  const slower = diff > tolMs && diff > tolFrac * b;
  return { ours: a, theirs: b, diff, pairs: pairs.length, verdict: slower ? 'slower' : 'not slower' };
}
