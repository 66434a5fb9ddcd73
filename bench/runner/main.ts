// The benchmark runner: `npm run bench -- [options]` or `node dist/bench/runner/main.js [options]`.
// See bench/README.md for what it measures and how to read its table.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { canTrackMemory, runProcess, type ProcessResult } from "./execute.js";
import { renderHtml, renderTable } from "./report.js";
import { geometricMean } from "./stats.js";
import { discoverBenchmarks, resolveImplementation } from "./suite.js";
import { compareSamples, summarize, type BenchSummary, type ResultsFile } from "./summary.js";

const USAGE = `usage: npm run bench -- [options]

  --impl NAME          implementation to run (repeatable; the first is the baseline).
                       "swallow [flags]" runs this checkout's bin/swallow.js; anything else
                       is a command on PATH (python3, pypy3, /opt/py/bin/python3 -X int_max_str_digits=0)
                       default: python3
  --only a,b,c         run only these benchmarks (names or groups: numeric, object, language, library, startup)
  --skip a,b           leave these out
  --processes N        fresh processes per benchmark and implementation (default 5; --quick 3)
  --iterations N       in-process iterations per process (default 15; --quick 8)
  --quick              fewer processes and iterations (about 5 minutes for python3 + pypy3)
  --timeout SEC        per process (default 120)
  --track-memory       record each process's peak RSS (needs /usr/bin/time)
  --output FILE        results JSON (default bench/results/<date>.json); the HTML report goes next to it
  --compare A.json B.json   compare two saved results instead of running
  --report FILE.json   print the table of saved results again (and rewrite their HTML report)
  --list               list the benchmarks
  --help`;

interface Options {
  impls: string[];
  only?: string[];
  skip: string[];
  processes?: number;
  iterations?: number;
  quick: boolean;
  timeoutSec: number;
  trackMemory: boolean;
  output?: string;
  compare?: [string, string];
  report?: string;
  list: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { impls: [], skip: [], quick: false, timeoutSec: 120, trackMemory: false, list: false };
  const value = (i: number, flag: string): string => {
    const v = argv[i];
    if (v === undefined) throw new Error(`${flag} needs a value`);
    return v;
  };
  const int = (s: string, flag: string): number => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer, not ${s}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    switch (a) {
      case "--impl":
        o.impls.push(value(++i, a));
        break;
      case "--only":
        o.only = value(++i, a).split(",").filter(Boolean);
        break;
      case "--skip":
        o.skip.push(...value(++i, a).split(",").filter(Boolean));
        break;
      case "--processes":
        o.processes = int(value(++i, a), a);
        break;
      case "--iterations":
        o.iterations = int(value(++i, a), a);
        break;
      case "--timeout":
        o.timeoutSec = int(value(++i, a), a);
        break;
      case "--quick":
        o.quick = true;
        break;
      case "--track-memory":
        o.trackMemory = true;
        break;
      case "--output":
        o.output = value(++i, a);
        break;
      case "--compare":
        o.compare = [value(++i, a), value(++i, a)];
        break;
      case "--report":
        o.report = value(++i, a);
        break;
      case "--list":
        o.list = true;
        break;
      case "--help":
      case "-h":
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${a}\n${USAGE}`);
    }
  }
  if (o.impls.length === 0) o.impls.push("python3");
  return o;
}

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:]/g, "-").replace(/\..*$/, "");
}

async function runSuite(o: Options, repoRoot: string): Promise<void> {
  const benchDir = join(repoRoot, "bench");
  let benches = discoverBenchmarks(benchDir);
  if (o.only) {
    const unknown = o.only.filter((w) => !benches.some((b) => b.name === w || b.group === w));
    if (unknown.length) throw new Error(`unknown benchmark or group: ${unknown.join(", ")}`);
    benches = benches.filter((b) => o.only!.includes(b.name) || o.only!.includes(b.group));
  }
  benches = benches.filter((b) => !o.skip.includes(b.name) && !o.skip.includes(b.group));
  const processes = o.processes ?? (o.quick ? 3 : 5);
  const iterations = o.iterations ?? (o.quick ? 8 : 15);
  let trackMemory = o.trackMemory;
  if (trackMemory && !canTrackMemory()) {
    console.error("warning: /usr/bin/time is missing (Debian: apt-get install time); memory is not tracked");
    trackMemory = false;
  }
  const impls = o.impls.map((label) => resolveImplementation(label, repoRoot));
  for (const impl of impls)
    if (impl.missing)
      console.error(
        `warning: ${impl.name}: ${impl.missing}\n  (its benchmarks are reported as failures; the run goes on)`,
      );

  const results: ResultsFile = {
    format: "swallow-bench/1",
    date: new Date().toISOString(),
    host: { platform: process.platform, arch: process.arch, cpus: cpus().length, node: process.version },
    settings: { processes, iterations, timeoutSec: o.timeoutSec, trackMemory, quick: o.quick },
    implementations: impls.map((i) =>
      i.missing
        ? { name: i.name, command: i.command, missing: i.missing }
        : { name: i.name, command: i.command },
    ),
    benchmarks: [],
    elapsedSec: 0,
  };
  const started = Date.now();
  const tty = process.stderr.isTTY;
  for (const [bi, bench] of benches.entries()) {
    const runs: Record<string, ProcessResult[]> = {};
    const failed = new Set<string>();
    for (const impl of impls) {
      runs[impl.name] = [];
      if (impl.missing) failed.add(impl.name);
    }
    // A start-up benchmark's process is a single sample, so it runs processes x iterations of them.
    const rounds = bench.kind === "startup" ? processes * iterations : processes;
    for (let round = 0; round < rounds; round++) {
      for (const impl of impls) {
        if (failed.has(impl.name)) continue;
        const elapsed = (Date.now() - started) / 1000;
        const line = `[${bi + 1}/${benches.length}] ${bench.name}  ${impl.name}  run ${round + 1}/${rounds}  ${clock(elapsed)} elapsed`;
        if (tty) process.stderr.write(`\r\x1b[K${line}`);
        else console.error(line);
        const r = await runProcess(bench, impl, {
          iterations,
          timeoutSec: o.timeoutSec,
          trackMemory,
          cwd: repoRoot,
        });
        runs[impl.name]!.push(r);
        if (!r.ok) {
          // A wrong answer, crash or timeout will not get better: stop running this pair.
          failed.add(impl.name);
          if (tty) process.stderr.write("\n");
          console.error(`  ${bench.name} on ${impl.name} ${r.skipped ? "" : "failed: "}${r.error}`);
        }
      }
    }
    results.benchmarks.push({ name: bench.name, group: bench.group, kind: bench.kind, runs });
  }
  if (tty) process.stderr.write("\n");
  results.elapsedSec = (Date.now() - started) / 1000;

  const summaries = summarize(results);
  const table = renderTable(results, summaries);
  console.log(table);
  const output = o.output ? resolve(o.output) : join(benchDir, "results", `${timestamp()}.json`);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, JSON.stringify(results, null, 1) + "\n");
  const html = output.replace(/\.json$/, "") + ".html";
  writeFileSync(html, renderHtml(results, summaries, table));
  console.log(`\nraw samples: ${output}\nreport:      ${html}`);
}

function compareFiles(a: string, b: string): void {
  const ra = JSON.parse(readFileSync(a, "utf8")) as ResultsFile;
  const rb = JSON.parse(readFileSync(b, "utf8")) as ResultsFile;
  const sa = summarize(ra);
  const sb = summarize(rb);
  // Implementations present in both files are compared with themselves; two
  // single-implementation files are compared whatever their names.
  let pairs: [string, string][] = ra.implementations
    .map((i) => i.name)
    .filter((n) => rb.implementations.some((j) => j.name === n))
    .map((n) => [n, n]);
  if (pairs.length === 0 && ra.implementations.length === 1 && rb.implementations.length === 1)
    pairs = [[ra.implementations[0]!.name, rb.implementations[0]!.name]];
  if (pairs.length === 0) throw new Error("the two files have no implementation in common");
  const rows: BenchSummary[] = [];
  for (const bench of sa) {
    const other = sb.find((x) => x.name === bench.name);
    if (!other) continue;
    const impls = pairs.flatMap(([na, nb]) => {
      const x = bench.impls.find((i) => i.impl === na)!;
      const y = other.impls.find((i) => i.impl === nb)!;
      const before = { ...x, impl: `${na} (A)` };
      const after = { ...y, impl: `${nb} (B)` };
      if (x.ok && y.ok) after.vsBase = compareSamples(x.steadySamples, y.steadySamples);
      return [before, after];
    });
    rows.push({ name: bench.name, group: bench.group, impls });
  }
  console.log(`A: ${a} (${ra.date})\nB: ${b} (${rb.date})\n`);
  for (const [na, nb] of pairs) {
    console.log(`${na} (A) -> ${nb} (B)`);
    for (const r of rows) {
      const x = r.impls.find((i) => i.impl === `${na} (A)`)!;
      const y = r.impls.find((i) => i.impl === `${nb} (B)`)!;
      let text: string;
      if (!x.ok || !y.ok) text = `failed: ${(!x.ok ? "A " + x.error : "B " + y.error).slice(0, 120)}`;
      else {
        const c = y.vsBase!;
        const verdict = !c.significant
          ? "insignificant"
          : c.ratio < 1
            ? `${(1 / c.ratio).toFixed(2)}x faster`
            : `${c.ratio.toFixed(2)}x slower`;
        text = `${x.steady!.mean.toExponential(3)} s -> ${y.steady!.mean.toExponential(3)} s  ratio ${c.ratio.toFixed(3)}  ${verdict} (p=${c.p.toFixed(3)})`;
      }
      console.log(`  ${r.name.padEnd(24)} ${text}`);
    }
    const ratios = rows.flatMap((r) => {
      const y = r.impls.find((i) => i.impl === `${nb} (B)`);
      return y?.vsBase ? [y] : [];
    });
    const gm = geometricMean(ratios.map((y) => y.vsBase!.ratio));
    console.log(
      `  geometric mean of ratios B/A: ${Number.isFinite(gm) ? gm.toFixed(3) : "-"} over ${ratios.length} benchmarks\n`,
    );
  }
}

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  // The repository root: the working directory when it holds the suite (npm runs scripts
  // from the root), otherwise found from this file (compiled to dist/bench/runner/).
  const roots = [process.cwd(), resolve(here, "..", "..", ".."), resolve(here, "..", "..")];
  const repoRoot = roots.find((r) => existsSync(join(r, "bench", "_harness.py")));
  if (!repoRoot)
    throw new Error("cannot find the repository root (bench/_harness.py); run from the checkout");
  const o = parseArgs(process.argv.slice(2));
  if (o.compare) return compareFiles(o.compare[0], o.compare[1]);
  if (o.report) {
    const results = JSON.parse(readFileSync(o.report, "utf8")) as ResultsFile;
    const summaries = summarize(results);
    const table = renderTable(results, summaries);
    console.log(table);
    writeFileSync(o.report.replace(/\.json$/, "") + ".html", renderHtml(results, summaries, table));
    return;
  }
  if (o.list) {
    for (const b of discoverBenchmarks(join(repoRoot, "bench")))
      console.log(`${b.name.padEnd(26)} ${b.group}`);
    return;
  }
  await runSuite(o, repoRoot);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});
