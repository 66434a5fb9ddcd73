// The saved results (raw samples of every process) and the statistics the
// table, the HTML report and --compare derive from them.

import { detectSteadyState, geometricMean, mean, median, min, stdev, welchTTest } from "./stats.js";
import type { ProcessResult } from "./execute.js";

export interface ResultsFile {
  format: "swallow-bench/1";
  date: string;
  host: { platform: string; arch: string; cpus: number; node: string };
  settings: {
    processes: number;
    iterations: number;
    timeoutSec: number;
    trackMemory: boolean;
    quick: boolean;
  };
  implementations: { name: string; command: string[]; missing?: string }[];
  benchmarks: {
    name: string;
    group: string;
    kind: string;
    /** Processes per implementation name, in the order they ran. */
    runs: Record<string, ProcessResult[]>;
  }[];
  /** Wall time of the whole run, in seconds. */
  elapsedSec: number;
}

export interface Describe {
  n: number;
  mean: number;
  median: number;
  stdev: number;
  min: number;
}

export function describe(xs: number[]): Describe {
  return { n: xs.length, mean: mean(xs), median: median(xs), stdev: stdev(xs), min: min(xs) };
}

export interface Comparison {
  ratio: number;
  p: number;
  significant: boolean;
}

export interface ImplSummary {
  impl: string;
  ok: boolean;
  error?: string;
  /** Not run because the implementation lacks a module the program requires. */
  skipped?: boolean;
  /** First iteration of each process. */
  cold?: Describe;
  /** Steady-state iterations of all processes, pooled. */
  steady?: Describe;
  steadySamples: number[];
  /** Median index of the first steady iteration, over the processes that reached it. */
  warmup?: number;
  /** How many processes reached a steady state. */
  reached: number;
  processes: number;
  rss?: Describe;
  rssSamples: number[];
  vsBase?: Comparison;
  rssVsBase?: Comparison;
}

export interface BenchSummary {
  name: string;
  group: string;
  impls: ImplSummary[];
}

export function summarizeRuns(impl: string, runs: ProcessResult[], kind: string): ImplSummary {
  const failed = runs.find((r) => !r.ok);
  const s: ImplSummary = {
    impl,
    ok: !failed && runs.length > 0,
    steadySamples: [],
    reached: 0,
    processes: runs.length,
    rssSamples: [],
  };
  if (failed) s.error = failed.error ?? "failed";
  if (failed?.skipped) s.skipped = true;
  else if (runs.length === 0) s.error = "not run";
  if (!s.ok) return s;
  s.rssSamples = runs.flatMap((r) => (r.rssKb === undefined ? [] : [r.rssKb]));
  if (s.rssSamples.length) s.rss = describe(s.rssSamples);
  if (kind === "startup") {
    // Each process is one sample; the first process (cold caches) is the cold run.
    const xs = runs.map((r) => r.times[0]!);
    s.cold = describe([xs[0]!]);
    const state = detectSteadyState(xs);
    const from = state.start ?? Math.min(1, xs.length - 1);
    s.steadySamples = xs.slice(from);
    s.reached = state.start === null ? 0 : runs.length;
    if (state.start !== null) s.warmup = state.start;
  } else {
    const starts: number[] = [];
    for (const r of runs) {
      const state = detectSteadyState(r.times);
      if (state.start !== null) {
        starts.push(state.start);
        s.steadySamples.push(...r.times.slice(state.start));
      } else {
        // No steady state: use the second half, and say so in the table.
        s.steadySamples.push(...r.times.slice(Math.max(1, Math.floor(r.times.length / 2))));
      }
    }
    if (s.steadySamples.length === 0) s.steadySamples = runs.map((r) => r.times[0]!);
    s.cold = describe(runs.map((r) => r.times[0]!));
    s.reached = starts.length;
    if (starts.length) s.warmup = median(starts);
  }
  s.steady = describe(s.steadySamples);
  return s;
}

export function compareSamples(base: number[], other: number[]): Comparison {
  const t = welchTTest(other, base);
  return { ratio: mean(other) / mean(base), p: t.p, significant: t.significant };
}

export function summarize(results: ResultsFile): BenchSummary[] {
  const names = results.implementations.map((i) => i.name);
  return results.benchmarks.map((b) => {
    const impls = names.map((name) => {
      const missing = results.implementations.find((i) => i.name === name)?.missing;
      const s = summarizeRuns(name, b.runs[name] ?? [], b.kind);
      if (missing && !s.ok) s.error = missing;
      return s;
    });
    const base = impls[0];
    if (base?.ok) {
      for (const s of impls.slice(1)) {
        if (!s.ok) continue;
        s.vsBase = compareSamples(base.steadySamples, s.steadySamples);
        if (base.rssSamples.length && s.rssSamples.length)
          s.rssVsBase = compareSamples(base.rssSamples, s.rssSamples);
      }
    }
    return { name: b.name, group: b.group, impls };
  });
}

/** Geometric mean of each implementation's time ratios to the first, over the benchmarks both ran. */
export function geometricMeans(
  summaries: BenchSummary[],
  field: "vsBase" | "rssVsBase" = "vsBase",
): Map<string, { gmean: number; count: number }> {
  const out = new Map<string, { gmean: number; count: number }>();
  const implNames = summaries[0]?.impls.map((i) => i.impl) ?? [];
  for (const name of implNames.slice(1)) {
    const ratios: number[] = [];
    for (const b of summaries) {
      const c = b.impls.find((i) => i.impl === name)?.[field];
      if (c && Number.isFinite(c.ratio) && c.ratio > 0) ratios.push(c.ratio);
    }
    out.set(name, { gmean: geometricMean(ratios), count: ratios.length });
  }
  return out;
}
