// The differential suite of the runtime, defined once and run in each of the JIT's modes
// (python_scripts*.test.ts): every tests/python/<feature>/<name>.py is run by
// `node bin/swallow.js <name>.py` in its own folder and its stdout, stderr and exit status
// are compared exactly with what CPython 3.11 produced (<name>.py.out / .err / .code,
// written by scripts/regen_python_expected.py). See tests/python/README.md.
//
// tests/python/known_failures.txt lists scripts expected to fail (`path # reason`). A listed
// script that fails is reported as todo; a listed script that passes fails the run with
// "passes now: remove from known_failures", so the list only shrinks honestly. The list is
// the same in every mode: a script whose result depends on the mode is a bug.
// PY_FILTER=<substring> restricts the run to matching paths (e.g. PY_FILTER=tests/python/int/).

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  describeDifference,
  findRoot,
  listScripts,
  readExpected,
  readKnownFailures,
  runSwallow,
} from "./harness.js";

const ROOT = findRoot();
const filter = process.env.PY_FILTER ?? "";
const scripts = listScripts(ROOT).filter((p) => p.includes(filter));
const known = readKnownFailures(ROOT);

/** Defines the suite with the JIT's mode given by `env` (SWALLOW_JIT* variables). */
export function defineScriptSuite(mode: string, env: Record<string, string>): void {
  Object.assign(process.env, env);
  describe(`python scripts, ${mode} (differential against CPython 3.11)`, { concurrency: 4 }, () => {
  it("has scripts and every known failure names an existing script", () => {
    if (filter === "") assert.ok(scripts.length > 0, "no scripts found under tests/python/");
    const all = new Set(listScripts(ROOT));
    const stale = [...known.keys()].filter((p) => !all.has(p));
    assert.deepEqual(stale, [], "known_failures.txt names scripts that do not exist");
  });

  for (const rel of scripts) {
    it(rel, async (t) => {
      const got = await runSwallow(ROOT, rel);
      const diff = describeDifference(got, readExpected(ROOT, rel));
      const reason = known.get(rel);
      if (reason !== undefined) {
        if (diff === null) assert.fail(`${rel} passes now: remove from known_failures`);
        t.todo(`known failure: ${reason}`);
        return;
      }
      if (diff !== null) {
        const want = readExpected(ROOT, rel);
        assert.fail(
          `${diff}\n--- swallow stdout ---\n${got.stdout.slice(0, 2000)}` +
            `\n--- swallow stderr ---\n${got.stderr.slice(0, 2000)}` +
            `\n--- expected stdout ---\n${want.stdout.slice(0, 2000)}` +
            `\n--- expected stderr ---\n${want.stderr.slice(0, 2000)}`,
        );
      }
    });
  }
});
}
