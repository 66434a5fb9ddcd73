// Parser cases: every tests/parser/{valid,invalid}/**/X.py is run through runAst (what
// `swallow --ast X.py` prints) and compared exactly with X.expected, which
// scripts/regen_expected.py writes from CPython 3.11. Valid cases must exit 0 with the dump
// on stdout; invalid ones must exit 1 with the formatted SyntaxError on stderr.
//
// tests/parser/known_failures.txt lists cases expected to fail, one path per line with a
// `# reason`. A listed case that passes fails the run ("remove it from known_failures"), so
// the list only ever shrinks honestly.

import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { runAst } from "../../src/cli/ast_command.js";

function findRoot(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    let dir = start;
    while (true) {
      if (existsSync(join(dir, "tests", "parser", "known_failures.txt"))) return dir;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  throw new Error("cannot find the repository root (tests/parser/known_failures.txt)");
}

const ROOT = findRoot();

function listCases(kind: "valid" | "invalid"): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(ROOT, rel), { withFileTypes: true })) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (e.name.endsWith(".py")) out.push(child);
    }
  };
  walk(`tests/parser/${kind}`);
  return out.sort();
}

function readKnownFailures(): Map<string, string> {
  const known = new Map<string, string>();
  const text = readFileSync(join(ROOT, "tests/parser/known_failures.txt"), "utf8");
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const hash = line.indexOf("#");
    const path = (hash < 0 ? line : line.slice(0, hash)).trim();
    known.set(path, hash < 0 ? "" : line.slice(hash + 1).trim());
  }
  return known;
}

// regen_expected.py writes lone surrogates (possible in a decoding error's source line) as '?'.
function normalise(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "?");
}

/** null when the case passes, otherwise a short description of the first difference. */
function check(path: string, valid: boolean): string | null {
  const source = readFileSync(join(ROOT, path));
  const expected = readFileSync(join(ROOT, path.replace(/\.py$/, ".expected")), "utf8");
  let result: { stdout: string; stderr: string; exitCode: number };
  try {
    result = runAst(path, source);
  } catch (err) {
    const e = err as Error;
    return `runAst threw ${e?.name}: ${e?.message}\n${e?.stack ?? ""}`;
  }
  const wantExit = valid ? 0 : 1;
  if (result.exitCode !== wantExit) {
    const shown = (valid ? result.stderr : result.stdout.slice(0, 400)) || result.stderr;
    return `exit code ${result.exitCode}, expected ${wantExit}\n${shown}`;
  }
  if (!valid && result.stdout !== "")
    return `invalid case printed to stdout:\n${result.stdout.slice(0, 400)}`;
  const actual = normalise(valid ? result.stdout : result.stderr);
  if (actual === expected) return null;
  const a = actual.split("\n");
  const b = expected.split("\n");
  let i = 0;
  while (i < Math.max(a.length, b.length) && a[i] === b[i]) i++;
  const context = b.slice(Math.max(0, i - 3), i).join("\n");
  return (
    `${valid ? "stdout" : "stderr"} differs at line ${i + 1}\n` +
    `  after:\n${context}\n` +
    `  actual:   ${JSON.stringify(a[i] ?? "<end>")}\n` +
    `  expected: ${JSON.stringify(b[i] ?? "<end>")}` +
    (valid ? "" : `\n  full actual:\n${actual}\n  full expected:\n${expected}`)
  );
}

const known = readKnownFailures();
const cases = [
  ...listCases("valid").map((p) => ({ path: p, valid: true })),
  ...listCases("invalid").map((p) => ({ path: p, valid: false })),
];

describe("parser cases", () => {
  it("known_failures.txt lists only existing cases", () => {
    const all = new Set(cases.map((c) => c.path));
    const missing = [...known.keys()].filter((p) => !all.has(p));
    assert.deepEqual(missing, [], "known_failures.txt lists cases that do not exist");
  });

  for (const { path, valid } of cases) {
    it(path, (t) => {
      const failure = check(path, valid);
      const reason = known.get(path);
      if (reason === undefined) {
        if (failure !== null) assert.fail(failure);
      } else if (failure === null) {
        assert.fail(`${path} passes now: remove it from known_failures`);
      } else {
        t.diagnostic(`known failure: ${reason}`);
      }
    });
  }
});
