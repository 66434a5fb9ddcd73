// A small, fixed-seed run of scripts/mutate_parse.ts over the valid parser corpus: one
// mutant per case file (a few hundred in all). Swallow's parse must throw nothing but
// PythonSyntaxError, never hang, and accept exactly the mutants CPython accepts.
// The full-size run is `node dist/scripts/mutate_parse.js --files 200 --mutants-per-file 50`.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { it } from "node:test";
import { fileURLToPath } from "node:url";
import { formatSummary, runMutation } from "../../scripts/mutate_parse.js";

function findRoot(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let dir = start;
    while (true) {
      if (existsSync(join(dir, "tests", "parser", "valid"))) return dir;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error("cannot find the repository root (tests/parser/valid)");
}

function corpusFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...corpusFiles(p));
    else if (e.name.endsWith(".py")) out.push(p);
  }
  return out.sort();
}

function havePython(): boolean {
  try {
    execFileSync(process.env["PYTHON"] ?? "python3", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

it("parser survives mutated sources (seed 7)", { timeout: 60_000 }, async (t) => {
  if (!havePython()) {
    t.skip("python3 (the oracle) is not available");
    return;
  }
  const files = corpusFiles(join(findRoot(), "tests", "parser", "valid"));
  const sum = await runMutation({ files, mutantsPerFile: 1, seed: 7, timeoutMs: 2000, saveDir: null });
  const report = formatSummary(sum, 10);
  t.diagnostic(report.split("\n")[0]!);
  assert.ok(sum.mutants >= 300, `only ${sum.mutants} mutants`);
  assert.equal(sum.jsExceptions.length + sum.hangs.length + sum.disagreements.length, 0, report);
});
