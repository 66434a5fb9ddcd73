// Runs CPython 3.11's own test modules (the host python3's Lib/test) under Swallow through
// CPython's unittest runner, one process per module with a time limit, and writes the
// outcome to tests/cpython/results.md (with the raw records in tests/cpython/results.json,
// so that running a subset updates only those modules' rows).
//
//   node dist/scripts/cpython_tests.js [options] [test_module ...]
//
//   test_module      e.g. test_bool or test.test_bool; default: every line of tests/cpython/modules.txt
//   --jobs N         modules run in parallel (default 2)
//   --timeout S      seconds per module (default 600)
//   --lib-test DIR   the Lib/test to run (default: python3's own `test` package)
//   --no-write       print the results only; leave results.md/json alone
//   --show           print each module's unittest output as it finishes
//
// Swallow's standard library is pyodide's archive, which has no `test` package. The host's
// Lib/test is made importable on its own, without the rest of the host's Lib: a scratch
// folder holds one symlink `test` -> Lib/test and goes on PYTHONPATH (README, "CPython's
// own tests"). Each module runs in a fresh scratch cwd, as regrtest does, since tests
// create files (os_helper.TESTFN) in the current directory.
//
// Reasons for failures that are out of reach (a missing C module...) live in
// tests/cpython/reasons.txt, `test.id: reason` or `test_module: reason` per line, and are
// shown next to the failing cases.

import { spawn, execFileSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

interface Failure {
  id: string; // "test_x (test.test_mod.Class.test_x)"
  kind: "FAIL" | "ERROR" | "UNEXPECTED SUCCESS";
  summary: string; // the last line of its traceback
}

interface ModuleResult {
  module: string;
  status: "passed" | "failed" | "crashed" | "timeout";
  ran: number;
  failing: number;
  skipped: number;
  seconds: number;
  reason: string; // crashed or timed out: why
  failures: Failure[];
  date: string;
}

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "bin", "swallow.js"))) {
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

const root = repoRoot();
const outDir = join(root, "tests", "cpython");

function hostLibTest(): string {
  return execFileSync("python3", ["-c", "import os, test; print(os.path.dirname(test.__file__))"], {
    encoding: "utf8",
  }).trim();
}

/** A folder whose only entry is `test` -> the given Lib/test, for PYTHONPATH. */
function testPathEntry(libTest: string): string {
  const dir = mkdtempSync(join(tmpdir(), "swallow-cpython-path-"));
  symlinkSync(libTest, join(dir, "test"), "dir");
  return dir;
}

/** unittest -v's result lines and its FAIL:/ERROR: sections. */
export function parseUnittest(
  stderr: string,
): { ran: number; failing: number; skipped: number; failures: Failure[] } | null {
  const ranMatch = /^Ran (\d+) tests? in /m.exec(stderr);
  if (ranMatch === null) return null;
  const ran = Number(ranMatch[1]);
  const tail = stderr.slice(ranMatch.index);
  const count = (key: string): number => Number(new RegExp(`${key}=(\\d+)`).exec(tail)?.[1] ?? 0);
  const failures: Failure[] = [];
  const sep = "=".repeat(70);
  for (const section of stderr
    .slice(0, ranMatch.index)
    .split(sep + "\n")
    .slice(1)) {
    const head = /^(FAIL|ERROR): (.*)\n/.exec(section);
    if (head === null) continue;
    const body = section.split("-".repeat(70) + "\n")[1] ?? "";
    const lines = body.split("\n").filter((l) => l.trim() !== "");
    failures.push({ id: head[2]!, kind: head[1] as Failure["kind"], summary: lastErrorLine(lines) });
  }
  for (const m of stderr.matchAll(/^(\S+ \([\w.]+\)) \.\.\. unexpected success$/gm)) {
    failures.push({ id: m[1]!, kind: "UNEXPECTED SUCCESS", summary: "" });
  }
  const failing = count("failures") + count("errors") + count("unexpected successes");
  return { ran, failing, skipped: count("skipped"), failures };
}

/** The exception line of a traceback: the last line that does not start with spaces. */
function lastErrorLine(lines: string[]): string {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (!l.startsWith(" ") && !l.startsWith("Traceback")) return l.length > 200 ? l.slice(0, 200) + "…" : l;
  }
  return lines.at(-1) ?? "";
}

function runModule(
  module: string,
  env: NodeJS.ProcessEnv,
  timeoutSeconds: number,
  show: boolean,
): Promise<ModuleResult> {
  const cwd = mkdtempSync(join(tmpdir(), "swallow-cpython-cwd-"));
  const started = Date.now();
  return new Promise((resolvePromise) => {
    const child = spawn(
      process.execPath,
      [join(root, "bin", "swallow.js"), "-m", "unittest", "-v", `test.${module}`],
      { cwd, env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (err += d.toString("utf8")));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutSeconds * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      rmSync(cwd, { recursive: true, force: true });
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      if (show) process.stdout.write(`===== ${module}\n${out}${err}\n`);
      const base = { module, seconds, date: new Date().toISOString().slice(0, 10) };
      const parsed = parseUnittest(err);
      if (timedOut) {
        const last = /^(test\w* \([\w.]+\)) \.\.\. $/m.exec(err.split("\n").slice(-3).join("\n"));
        const where = last !== null ? ` (in ${last[1]})` : "";
        resolvePromise({
          ...base,
          status: "timeout",
          ran: 0,
          failing: 0,
          skipped: 0,
          reason: `timed out after ${timeoutSeconds} s${where}`,
          failures: [],
        });
      } else if (parsed === null) {
        const lines = err.split("\n").filter((l) => l.trim() !== "");
        const why = signal !== null ? `killed by ${signal}` : lastErrorLine(lines) || `exit status ${code}`;
        resolvePromise({
          ...base,
          status: "crashed",
          ran: 0,
          failing: 0,
          skipped: 0,
          reason: why,
          failures: [],
        });
      } else {
        // A module whose import fails shows up as one _FailedTest error: report the cause.
        const importFail = parsed.failures.find((f) => f.id.includes("unittest.loader._FailedTest"));
        if (importFail !== undefined && parsed.ran === 1) {
          resolvePromise({
            ...base,
            status: "crashed",
            ran: 0,
            failing: 0,
            skipped: 0,
            reason: `import failed: ${importFail.summary}`,
            failures: [],
          });
          return;
        }
        resolvePromise({
          ...base,
          status: parsed.failing === 0 && code === 0 ? "passed" : "failed",
          ran: parsed.ran,
          failing: parsed.failing,
          skipped: parsed.skipped,
          reason: parsed.failing === 0 && code !== 0 ? `exit status ${code}` : "",
          failures: parsed.failures,
        });
      }
    });
  });
}

function readReasons(): Map<string, string> {
  const reasons = new Map<string, string>();
  const file = join(outDir, "reasons.txt");
  if (!existsSync(file)) return reasons;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const colon = line.indexOf(": ");
    if (colon > 0) reasons.set(line.slice(0, colon).trim(), line.slice(colon + 2).trim());
  }
  return reasons;
}

/** `test_x (test.test_mod.Class.test_x)` -> `test_mod.Class.test_x`. */
function shortId(id: string): string {
  const m = /\(test\.([\w.]+)\)/.exec(id);
  // doctest files are named by path: drop the scratch folder, which changes every run
  return m !== null ? m[1]! : id.replace(/^.*\/swallow-cpython-path-[^/]+\//, "");
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function renderMarkdown(results: ModuleResult[], order: string[]): string {
  const reasons = readReasons();
  const byName = new Map(results.map((r) => [r.module, r]));
  const rows = [
    ...order.filter((m) => byName.has(m)),
    ...results.map((r) => r.module).filter((m) => !order.includes(m)),
  ];
  const passed = rows.filter((m) => byName.get(m)!.status === "passed").length;
  let casesRan = 0;
  let casesFailing = 0;
  for (const m of rows) {
    casesRan += byName.get(m)!.ran;
    casesFailing += byName.get(m)!.failing;
  }
  const out: string[] = [
    "# CPython's own tests on Swallow",
    "",
    "Generated by `node dist/scripts/cpython_tests.js` (scripts/cpython_tests.ts); do not edit by hand.",
    "Each module of the host python3's `Lib/test` runs as `swallow -m unittest -v test.<module>`.",
    "Reasons for failures out of reach are kept in `tests/cpython/reasons.txt`.",
    "",
    `**${passed} of ${rows.length} modules pass completely**; ${casesRan - casesFailing} of ${casesRan} test cases ` +
      `pass in the modules that run (skips count as passing, as unittest counts them).`,
    "",
    "| module | result | failing / run | skipped | seconds | last run |",
    "|---|---|---|---|---|---|",
  ];
  for (const m of rows) {
    const r = byName.get(m)!;
    const result =
      r.status === "passed"
        ? "passed"
        : r.status === "failed"
          ? `failed${r.reason ? ` (${escapeCell(r.reason)})` : ""}`
          : `${r.status}: ${escapeCell(r.reason)}${reasons.has(m) ? ` — **why:** ${escapeCell(reasons.get(m)!)}` : ""}`;
    const counts = r.status === "passed" || r.status === "failed" ? `${r.failing} / ${r.ran}` : "—";
    out.push(`| ${m} | ${result} | ${counts} | ${r.skipped} | ${r.seconds} | ${r.date} |`);
  }
  const failing = rows.filter((m) => byName.get(m)!.failures.length > 0);
  if (failing.length > 0) {
    out.push("", "## Failing test cases", "");
    for (const m of failing) {
      const r = byName.get(m)!;
      out.push(`### ${m}`, "");
      if (reasons.has(m)) out.push(`Module note: ${reasons.get(m)}`, "");
      for (const f of r.failures) {
        const id = shortId(f.id);
        const note = reasons.get(id);
        const summary = f.summary ? ` — \`${f.summary.replace(/`/g, "'")}\`` : "";
        out.push(`- ${f.kind} ${id}${summary}${note !== undefined ? ` — **why:** ${note}` : ""}`);
      }
      out.push("");
    }
  }
  return out.join("\n").trimEnd() + "\n";
}

function readModuleList(): string[] {
  const file = join(outDir, "modules.txt");
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter((l) => l !== "");
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let jobs = 2;
  let timeout = 600;
  let libTest: string | null = null;
  let write = true;
  let show = false;
  const requested: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--jobs") jobs = Number(argv[++i]);
    else if (a === "--timeout") timeout = Number(argv[++i]);
    else if (a === "--lib-test") libTest = resolve(argv[++i]!);
    else if (a === "--no-write") write = false;
    else if (a === "--show") show = true;
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else requested.push(a.replace(/^test\./, "").replace(/\.py$/, ""));
  }
  const order = readModuleList();
  const modules = requested.length > 0 ? requested : order;
  const pathEntry = testPathEntry(libTest ?? hostLibTest());
  const env: NodeJS.ProcessEnv = {
    PATH: process.env["PATH"],
    HOME: process.env["HOME"],
    LANG: "C.UTF-8",
    PYTHONIOENCODING: "utf-8",
    PYTHONPATH: pathEntry,
    PYTHONHASHSEED: "0",
  };
  for (const k of ["SWALLOW_CACHE_DIR", "XDG_CACHE_HOME", "SWALLOW_STDLIB"]) {
    if (process.env[k] !== undefined) env[k] = process.env[k];
  }
  const results: ModuleResult[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < modules.length) {
      const m = modules[next++]!;
      const r = await runModule(m, env, timeout, show);
      results.push(r);
      const counts = r.status === "passed" || r.status === "failed" ? ` ${r.failing}/${r.ran} failing` : "";
      process.stdout.write(
        `${m}: ${r.status}${counts}${r.reason ? ` (${r.reason})` : ""} [${r.seconds} s]\n`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  rmSync(pathEntry, { recursive: true, force: true });
  if (!write) return;
  // Merge with the records of modules not run this time (read just before writing: other
  // runs may have updated the file meanwhile).
  mkdirSync(outDir, { recursive: true });
  const jsonFile = join(outDir, "results.json");
  const previous: ModuleResult[] = existsSync(jsonFile)
    ? (JSON.parse(readFileSync(jsonFile, "utf8")) as ModuleResult[])
    : [];
  // Only the modules of the list are recorded: one run by name to try it is printed only.
  const rank = new Map(order.map((m, i) => [m, i]));
  const listed = results.filter((r) => rank.has(r.module));
  const ran = new Set(listed.map((r) => r.module));
  const merged = [...previous.filter((r) => !ran.has(r.module) && rank.has(r.module)), ...listed];
  merged.sort(
    (a, b) => (rank.get(a.module) ?? 1e9) - (rank.get(b.module) ?? 1e9) || a.module.localeCompare(b.module),
  );
  writeFileSync(jsonFile, JSON.stringify(merged, null, 1) + "\n");
  writeFileSync(join(outDir, "results.md"), renderMarkdown(merged, order));
}

await main();
