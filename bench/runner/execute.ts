// Running one benchmark process and reading what it reports.
//
// The protocol (see bench/_harness.py): the program prints
// "@bench iter <i> <seconds>" after each iteration, "@bench ok" at the end,
// or "@bench fail <reason>" and a non-zero status on a wrong answer.
// Start-up programs print nothing of the kind: their sample is the wall time
// of the whole process, measured here.

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Benchmark, Implementation } from "./suite.js";

export interface ProcessResult {
  ok: boolean;
  /** Seconds per in-process iteration (for start-up benchmarks: one value, the process wall time). */
  times: number[];
  /** Wall time of the whole process, in seconds. */
  wall: number;
  /** Peak resident set size in KiB, when memory is tracked. */
  rssKb?: number;
  error?: string;
  /** The implementation cannot run the program at all (a module it requires is missing);
   * `error` says why. */
  skipped?: boolean;
}

const TIME_BIN = "/usr/bin/time";

export function canTrackMemory(): boolean {
  return existsSync(TIME_BIN);
}

function lastLines(text: string, count: number): string {
  const lines = text
    .split("\n")
    .map((l) => l.trimEnd())
    .filter((l) => l.length > 0);
  return lines.slice(-count).join(" | ");
}

/** The environment of a benchmark process: no bytecode written into the checkout. */
function processEnv(impl: Implementation): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: "1" };
  if (impl.cachesOutsideTree) delete env["PYTHONDONTWRITEBYTECODE"];
  return env;
}

/** The module of the benchmark's `requires` whose import failed, if that is why it stopped. */
function missingModule(bench: Benchmark, stderr: string): string | undefined {
  return bench.requires?.find((m) => stderr.includes(`ModuleNotFoundError: No module named '${m}'`));
}

export function runProcess(
  bench: Benchmark,
  impl: Implementation,
  options: { iterations: number; timeoutSec: number; trackMemory: boolean; cwd: string },
): Promise<ProcessResult> {
  let argv = [...impl.command, bench.path];
  if (bench.kind === "iterations") argv.push(String(options.iterations));
  let tmp: string | undefined;
  let rssFile: string | undefined;
  if (options.trackMemory) {
    tmp = mkdtempSync(join(tmpdir(), "bench-rss-"));
    rssFile = join(tmp, "rss");
    argv = [TIME_BIN, "-q", "-f", "%M", "-o", rssFile, ...argv];
  }
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: options.cwd,
      // Own process group, so a timeout kills the interpreter under /usr/bin/time too.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: processEnv(impl),
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (stderr.length > 20000) stderr = stderr.slice(-10000);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }, options.timeoutSec * 1000);
    let finished = false;
    const finish = (code: number | null, spawnError?: Error) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      const result: ProcessResult = { ok: false, times: [], wall };
      if (rssFile && existsSync(rssFile)) {
        const kb = parseInt(readFileSync(rssFile, "utf8").trim().split("\n").pop() ?? "", 10);
        if (Number.isFinite(kb)) result.rssKb = kb;
      }
      if (tmp) rmSync(tmp, { recursive: true, force: true });
      let sawOk = false;
      let failure: string | undefined;
      for (const line of stdout.split("\n")) {
        const m = /^@bench iter (\d+) ([0-9.eE+-]+)\s*$/.exec(line);
        if (m) result.times.push(parseFloat(m[2]!));
        else if (line.startsWith("@bench ok")) sawOk = true;
        else if (line.startsWith("@bench fail")) failure = line.slice("@bench fail".length).trim();
      }
      if (spawnError) result.error = `could not start: ${spawnError.message}`;
      else if (timedOut) result.error = `timed out after ${options.timeoutSec} s`;
      else if (failure !== undefined) result.error = failure;
      else if (code !== 0 && missingModule(bench, stderr) !== undefined) {
        result.skipped = true;
        result.error = `skipped: no module '${missingModule(bench, stderr)}' in this implementation's standard library`;
      } else if (code !== 0) result.error = `exit status ${code}: ${lastLines(stderr, 2) || "(no stderr)"}`;
      else if (bench.kind === "startup") {
        const printed = stdout.trim();
        if (bench.expectStdout !== undefined && printed !== bench.expectStdout)
          result.error = `wrong output: ${JSON.stringify(printed.slice(0, 200))}`;
        else {
          result.ok = true;
          result.times = [wall];
        }
      } else if (!sawOk)
        result.error = `exited with status 0 without reporting "@bench ok"; output: ${lastLines(stderr + "\n" + stdout, 2) || "(none)"}`;
      else if (result.times.length !== options.iterations)
        result.error = `reported ${result.times.length} of ${options.iterations} iterations`;
      else result.ok = true;
      resolve(result);
    };
    child.on("error", (e) => finish(null, e));
    child.on("close", (code) => finish(code));
  });
}
