// Several runs of scripts/perf.mjs (their --json files, same profile) pooled: whether the
// issue-11 targets hold beyond one run's medians of 3, which one slow or fast round of
// TimelineJS or of the machine can tip.
//
// Usage: node scripts/perf-pool.mjs RUN.json RUN.json …
//   Per view: the medians over every round of every run, as multiples of TimelineJS's
//   median first slide over the same rounds, judged against the targets
//   (scripts/perf-targets.mjs); and in how many of the runs the view's own medians met each.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TARGETS, judge, summarise } from './perf-targets.mjs';

/**
 * `docs`: [{ name, json }], perf.mjs's --json output of each run. Returns { runs, rounds,
 * slide, views: [{ view, filtered, pooled: judge(...), met: { content, exact, ready, cls }
 * (runs meeting each target; null where it does not apply) }] }. Throws, naming the file,
 * on a run of another profile or without TimelineJS.
 */
export function pool(docs) {
  if (docs.length === 0) throw new Error('perf-pool: no runs given');
  for (const { name, json } of docs) {
    if (json.profile !== docs[0].json.profile) {
      throw new Error(`perf-pool: ${name} is a ${json.profile} run, ${docs[0].name} a ${docs[0].json.profile} run`);
    }
    if (!json.timelinejs) throw new Error(`perf-pool: ${name} has no TimelineJS runs (--no-timelinejs)`);
  }
  const tlRuns = docs.flatMap(({ json }) => json.timelinejs.runs);
  const slide = summarise({ id: 'timelinejs', path: '' }, tlRuns).slide;
  const ids = [...new Set(docs.flatMap(({ json }) => json.views.map((v) => v.summary.view)))];
  const views = ids.map((id) => {
    const inRuns = docs.map(({ json }) => ({ json, v: json.views.find((x) => x.summary.view === id) }))
      .filter((x) => x.v);
    const first = inRuns[0].v.summary;
    const pooled = judge(summarise({ id, path: first.path, filtered: first.filtered },
      inRuns.flatMap(({ v }) => v.runs)), slide);
    const each = inRuns.map(({ json, v }) => judge(v.summary, json.timelinejs.summary.slide));
    const met = Object.fromEntries(['content', 'exact', 'ready', 'cls']
      .map((k) => [k, pooled[k] ? each.filter((j) => j[k].pass).length : null]));
    return { view: id, filtered: first.filtered, runs: inRuns.length, pooled, met };
  });
  return { runs: docs.length, rounds: tlRuns.length, slide, views };
}

function main(files) {
  const docs = files.map((name) => {
    try {
      return { name, json: JSON.parse(fs.readFileSync(name, 'utf8')) };
    } catch (e) {
      throw new Error(`perf-pool: ${name}: ${e.message}`);
    }
  });
  const p = pool(docs);
  const cell = (j, met, runs) => (j ? `${j.pass ? 'pass' : '**fail**'} (${j.ratio.toFixed(2)}×; ${met} of ${runs} runs)` : '');
  console.log(`### Issue 11 targets over ${p.runs} runs (${p.rounds} rounds; TimelineJS's median first slide ${(p.slide / 1000).toFixed(2)} s)\n`);
  console.log(`| view | content ≤ ${TARGETS.content}× (unfiltered) | exact set ≤ ${TARGETS.exact.toFixed(1)}×, none painted `
    + `| data-app=ready ≤ ${TARGETS.ready}× | CLS ≤ ${TARGETS.cls} (worst) |`);
  console.log('|---|---|---|---|---|');
  for (const v of p.views) {
    const cls = `${v.pooled.cls.pass ? 'pass' : '**fail**'} (${v.pooled.cls.ratio.toFixed(3)}; ${v.met.cls} of ${v.runs} runs)`;
    console.log(`| ${v.view} | ${cell(v.pooled.content, v.met.content, v.runs)} | ${cell(v.pooled.exact, v.met.exact, v.runs)} `
      + `| ${cell(v.pooled.ready, v.met.ready, v.runs)} | ${cls} |`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
