// Differential smoke scripts for the native modules written for CPython's Lib (itertools,
// _collections, _random, _struct, ...) and the Lib modules built on them: every
// tests/native/<name>.py runs under `node bin/swallow.js` and its stdout, stderr and exit
// status must equal what python3 printed (<name>.py.out / .err / .code, written by
// tests/native/regen.py). tests/native/known_failures.txt lists scripts that wait on
// something outside the native modules (`name.py # reason`); a listed script that passes
// fails the run, so the list only shrinks.

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { describeDifference, findRoot, readExpected, runSwallow } from "../python/harness.js";

const ROOT = findRoot();
const DIR = join(ROOT, "tests", "native");
const scripts = readdirSync(DIR)
  .filter((f) => f.endsWith(".py") && !f.startsWith("_") && f !== "regen.py")
  .sort();

function knownFailures(): Map<string, string> {
  const known = new Map<string, string>();
  const file = join(DIR, "known_failures.txt");
  if (!existsSync(file)) return known;
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const hash = line.indexOf("#");
    known.set((hash < 0 ? line : line.slice(0, hash)).trim(), hash < 0 ? "" : line.slice(hash + 1).trim());
  }
  return known;
}

const known = knownFailures();

describe("native module scripts (differential against CPython 3.11)", { concurrency: 4 }, () => {
  for (const name of scripts) {
    const rel = `tests/native/${name}`;
    it(rel, async (t) => {
      const got = await runSwallow(ROOT, rel);
      const want = readExpected(ROOT, rel);
      const diff = describeDifference(got, want);
      const reason = known.get(name);
      if (reason !== undefined) {
        if (diff === null) assert.fail(`${rel} passes now: remove it from tests/native/known_failures.txt`);
        t.todo(`known failure: ${reason}`);
        return;
      }
      if (diff !== null)
        assert.fail(
          `${diff}\n--- swallow stdout ---\n${got.stdout.slice(0, 3000)}\n--- swallow stderr ---\n` +
            `${got.stderr.slice(0, 2000)}\n--- expected stdout ---\n${want.stdout.slice(0, 3000)}`,
        );
    });
  }
});
