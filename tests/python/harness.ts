// Shared by tests/unit/python_scripts.test.ts and scripts/python_known_failures.ts: finds
// the differential scripts under tests/python/, runs one through Swallow exactly as
// scripts/regen_python_expected.py ran it through CPython (cwd = the script's folder, argv
// = [name.py], a clean environment, empty stdin) and describes the first difference from
// the checked-in expectations.
//
// A test script is tests/python/<feature>/<name>.py whose name does not start with "_";
// subfolders of a feature folder (helper packages) and "_"-prefixed modules are never run.
//
// CPython makes the main script's path absolute (bpo-20443), so tracebacks name
// "/abs/path/tests/python/<feature>/<name>.py". Both sides replace the script's absolute
// folder with "$DIR" before comparing, so the expectations do not depend on the checkout.

import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { constants } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

export function findRoot(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let dir = start;
    while (true) {
      if (existsSync(join(dir, "tests", "python", "known_failures.txt"))) return dir;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error("cannot find the repository root (tests/python/known_failures.txt)");
}

/** Every script as a repo-relative path, "tests/python/<feature>/<name>.py", sorted. */
export function listScripts(root: string, onlyFeature?: string): string[] {
  const base = join(root, "tests", "python");
  const out: string[] = [];
  for (const feature of readdirSync(base, { withFileTypes: true })) {
    if (!feature.isDirectory() || feature.name.startsWith("_") || feature.name.startsWith("."))
      continue;
    if (onlyFeature !== undefined && feature.name !== onlyFeature) continue;
    for (const f of readdirSync(join(base, feature.name), { withFileTypes: true })) {
      if (f.isFile() && f.name.endsWith(".py") && !f.name.startsWith("_"))
        out.push(`tests/python/${feature.name}/${f.name}`);
    }
  }
  return out.sort();
}

export const KNOWN_FAILURES = "tests/python/known_failures.txt";

export function readKnownFailures(root: string): Map<string, string> {
  const known = new Map<string, string>();
  const file = join(root, KNOWN_FAILURES);
  if (!existsSync(file)) return known;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const hash = line.indexOf("#");
    const path = (hash < 0 ? line : line.slice(0, hash)).trim();
    known.set(path, hash < 0 ? "" : line.slice(hash + 1).trim());
  }
  return known;
}

/** The environment both CPython and Swallow see (regen_python_expected.py builds the same). */
export function scriptEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    LANG: "C.UTF-8",
    LC_ALL: "C.UTF-8",
    PYTHONHASHSEED: "0",
    PYTHONIOENCODING: "utf-8",
    PYTHONDONTWRITEBYTECODE: "1",
    // sys.flags stay as in CPython's -B run, but Swallow's own cache of compiled modules
    // (outside the tree) may fill, or every script would compile the library it imports.
    SWALLOW_CACHE_WRITE: "1",
  };
  if (process.env.PATH !== undefined) env.PATH = process.env.PATH;
  if (process.env.HOME !== undefined) env.HOME = process.env.HOME;
  // The JIT's mode (the suite runs in several) and the debugging switch pass through.
  for (const name of ["SWALLOW_JIT", "SWALLOW_JIT_THRESHOLD", "SWALLOW_DEBUG"])
    if (process.env[name] !== undefined) env[name] = process.env[name];
  return env;
}

export function normalise(text: string, absDir: string): string {
  return text.split(absDir).join("$DIR");
}

export function readExpected(root: string, rel: string): Outcome {
  const abs = join(root, rel);
  const read = (suffix: string): string =>
    existsSync(abs + suffix) ? readFileSync(abs + suffix, "utf8") : "";
  const code = read(".code").trim();
  return { stdout: read(".out"), stderr: read(".err"), code: code === "" ? 0 : Number(code) };
}

export const TIMEOUT_MS = 20_000;

/** A script's time limit: TIMEOUT_MS, or the seconds of a `# test-timeout: N` line among
 * its first ten (for scripts that start interpreters of their own one after another, whose
 * time the suite's other processes stretch). */
export function timeoutOf(root: string, rel: string): number {
  const head = readFileSync(join(root, rel), "utf8").split("\n", 10);
  for (const line of head) {
    const m = /^# test-timeout: (\d+)$/.exec(line.trimEnd());
    if (m !== null) return Number(m[1]) * 1000;
  }
  return TIMEOUT_MS;
}

/** Runs `node bin/swallow.js <name>.py` in the script's folder; never rejects. */
export async function runSwallow(root: string, rel: string, timeoutMs = timeoutOf(root, rel)): Promise<Outcome> {
  const absDir = dirname(join(root, rel));
  const name = rel.slice(rel.lastIndexOf("/") + 1);
  const r = await runProcess([process.execPath, join(root, "bin", "swallow.js"), name], absDir, timeoutMs);
  const extra = r.spawnError !== null ? `\n[spawn error: ${r.spawnError}]` : r.timedOut ? `\n[timed out after ${timeoutMs} ms]` : "";
  return {
    stdout: normalise(r.stdout, absDir),
    stderr: normalise(r.stderr, absDir) + extra,
    // A death by signal is reported as Python's subprocess does: minus the signal number
    // (CPython re-raises SIGINT for an uncaught KeyboardInterrupt).
    code:
      r.spawnError !== null || r.timedOut
        ? -1
        : r.signal !== null
          ? -(constants.signals[r.signal] ?? 1)
          : (r.code ?? 0),
  };
}

/** What a finished process left: its output, and how it ended. */
export interface ProcessResult {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** The message when the process could not be started. */
  spawnError: string | null;
}

/** Runs `argv` in `cwd` with the scripts' clean environment and empty stdin, killed after
 * `timeoutMs` (shared by the differential runners: this suite and the external corpus). */
export function runProcess(argv: readonly string[], cwd: string, timeoutMs: number): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd, env: scriptEnv(), stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    let settled = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.stdin.on("error", () => {});
    child.stdin.end();
    const finish = (code: number | null, signal: NodeJS.Signals | null, spawnError: string | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        code,
        signal,
        timedOut,
        spawnError,
      });
    };
    child.on("error", (e) => finish(null, null, e.message));
    child.on("close", (code, signal) => finish(code, signal, null));
  });
}

function show(s: string | undefined, max = 80): string {
  if (s === undefined) return "<end of output>";
  const q = JSON.stringify(s);
  return q.length > max ? q.slice(0, max - 3) + '..."' : q;
}

function firstLineDiff(stream: string, got: string, want: string): string | null {
  if (got === want) return null;
  const g = got.split("\n");
  const w = want.split("\n");
  for (let i = 0; i < Math.max(g.length, w.length); i++) {
    if (g[i] !== w[i]) return `${stream} line ${i + 1}: got ${show(g[i])}, expected ${show(w[i])}`;
  }
  return `${stream} differs`;
}

/** null when Swallow matched CPython; otherwise a one-line reason (first difference). */
export function describeDifference(got: Outcome, want: Outcome): string | null {
  if (got.code !== want.code && got.code !== 0 && want.code === 0) {
    const firstErr = got.stderr.split("\n").find((l) => l.trim() !== "") ?? "";
    const lastErr =
      got.stderr
        .split("\n")
        .filter((l) => l.trim() !== "")
        .pop() ?? "";
    const line = firstErr.startsWith("Traceback") ? lastErr : firstErr;
    return `swallow exited ${got.code}: ${show(line, 100)}`;
  }
  return (
    firstLineDiff("stdout", got.stdout, want.stdout) ??
    (got.code !== want.code ? `exit code ${got.code}, expected ${want.code}` : null) ??
    firstLineDiff("stderr", got.stderr, want.stderr)
  );
}

/** Runs `jobs` with at most `limit` in flight, preserving order of results. */
export async function pool<T, R>(
  items: T[],
  limit: number,
  job: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
