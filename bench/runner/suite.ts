// The benchmark programs (bench/*.py, described by their "# bench-…" header
// comments) and the Python implementations to run them on.

import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";

export interface Benchmark {
  name: string;
  path: string;
  /** numeric, object, language, library or startup. */
  group: string;
  /** "iterations": the program reports its own iteration times; "startup": each process is one sample. */
  kind: "iterations" | "startup";
  /** For start-up programs: the stdout they must print (trimmed). */
  expectStdout?: string;
  /** Modules the program needs that some implementations' standard libraries lack
   * ("# bench-requires: lib2to3"): failing to import one is a skip, not a failure. */
  requires?: string[];
}

export function discoverBenchmarks(benchDir: string): Benchmark[] {
  const out: Benchmark[] = [];
  for (const file of readdirSync(benchDir).sort()) {
    if (!file.endsWith(".py") || file.startsWith("_")) continue;
    const path = join(benchDir, file);
    const header = readFileSync(path, "utf8").split("\n").slice(0, 10);
    const meta: Record<string, string> = {};
    for (const line of header) {
      const m = /^# bench-([a-z-]+):\s*(.*)$/.exec(line);
      if (m) meta[m[1]!] = m[2]!.trim();
    }
    const bench: Benchmark = {
      name: file.slice(0, -3),
      path,
      group: meta["group"] ?? "other",
      kind: meta["kind"] === "startup" ? "startup" : "iterations",
    };
    if (meta["expect-stdout"] !== undefined) bench.expectStdout = meta["expect-stdout"];
    if (meta["requires"] !== undefined) bench.requires = meta["requires"].split(/[\s,]+/).filter(Boolean);
    out.push(bench);
  }
  return out;
}

export interface Implementation {
  /** The label given with --impl, e.g. "swallow --no-jit". */
  name: string;
  /** Program and arguments placed before the benchmark's path. */
  command: string[];
  /** Why it cannot run (not installed), with how to install it; absent when runnable. */
  missing?: string;
  /** Keeps its compiled modules outside the source tree (Swallow's ~/.cache/swallow), so
   * it runs without PYTHONDONTWRITEBYTECODE: otherwise it would compile the standard
   * library from source in every process, where CPython reads its installed .pyc files. */
  cachesOutsideTree?: boolean;
}

const INSTALL_HINTS: Record<string, string> = {
  pypy3: "pypy3 is not installed. On Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y pypy3",
  python3: "python3 is not installed. On Debian/Ubuntu: sudo apt-get install -y python3",
};

function onPath(program: string): boolean {
  const candidates = program.includes("/")
    ? [program]
    : (process.env["PATH"] ?? "").split(delimiter).map((dir) => join(dir, program));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return true;
    } catch {
      // keep looking
    }
  }
  return false;
}

/**
 * Resolves an --impl label.  "swallow [flags]" runs this checkout's
 * bin/swallow.js with the current node, so no global install is needed;
 * anything else is a command line whose first word is looked up on PATH.
 */
export function resolveImplementation(label: string, repoRoot: string): Implementation {
  const words = label.trim().split(/\s+/);
  const program = words[0]!;
  if (program === "swallow") {
    const script = join(repoRoot, "bin", "swallow.js");
    const impl: Implementation = {
      name: label,
      command: [process.execPath, script, ...words.slice(1)],
      cachesOutsideTree: true,
    };
    if (!existsSync(script)) impl.missing = `${script} does not exist`;
    return impl;
  }
  const impl: Implementation = { name: label, command: words };
  if (!onPath(program)) {
    impl.missing = INSTALL_HINTS[program] ?? `${program} was not found on PATH`;
    return impl;
  }
  // Run the interpreter itself rather than a wrapper script (pyenv shims cost
  // ~100 ms of bash per process, which would swamp start-up measurements).
  const probe = spawnSync(program, ["-c", "import sys; print(sys.executable)"], {
    encoding: "utf8",
    timeout: 20000,
  });
  const real = probe.status === 0 ? probe.stdout.trim() : "";
  if (real && existsSync(real)) impl.command = [real, ...words.slice(1)];
  return impl;
}
