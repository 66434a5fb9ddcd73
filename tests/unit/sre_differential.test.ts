// The `re` differential corpus (tests/sre/differential/, made by
// scripts/gen_sre_differential.py from python3 3.11): some 17,550 pattern/subject/operation
// cases covering the whole pattern syntax, every flag, str and bytes, the matching
// operations, sub/subn templates and callables, the Match API, and the error messages and
// positions of bad patterns and templates. One Swallow process runs driver.py over
// corpus.py, printing a line per case, and each line must equal CPython's recorded one in
// corpus.expected, except the cases known_failures.txt lists. Unlike sre_cases.test.ts,
// which replays CPython's compiled programs into _sre directly, this goes through Lib/re
// (parser, compiler, templates) as a program does.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { findRoot, scriptEnv } from "../python/harness.js";

const ROOT = findRoot();
const DIR = join(ROOT, "tests", "sre", "differential");
// The whole run is some seconds of CPU; the limit allows for a loaded machine.
const TIMEOUT_MS = 600_000;

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
}

function runDriver(): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, "bin", "swallow.js"), join(DIR, "driver.py"), join(DIR, "corpus.py")],
      { cwd: DIR, env: scriptEnv(), stdio: ["ignore", "pipe", "pipe"] },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        code,
      });
    });
  });
}

/** The case on line `i` of CASES, as known_failures.txt spells it. */
function caseText(cases: string[], i: number): string {
  return (cases[i] ?? "?").trim().replace(/,$/, "");
}

/** known_failures.txt; a reason starting "jit:" applies only while the JIT runs (the suite
 * also runs with SWALLOW_JIT=off, where such a case must pass). */
function knownFailures(): Map<string, string> {
  const jitOff = process.env.SWALLOW_JIT === "off";
  const known = new Map<string, string>();
  for (const raw of readFileSync(join(DIR, "known_failures.txt"), "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const sep = line.lastIndexOf(" ## ");
    const reason = sep < 0 ? "" : line.slice(sep + 4);
    if (jitOff && reason.startsWith("jit:")) continue;
    known.set(sep < 0 ? line : line.slice(0, sep), reason);
  }
  return known;
}

test("re: Swallow gives CPython's result on every case of the differential corpus", async () => {
  const expected = readFileSync(join(DIR, "corpus.expected"), "utf8").split("\n");
  if (expected[expected.length - 1] === "") expected.pop();
  const source = readFileSync(join(DIR, "corpus.py"), "utf8").split("\n");
  const cases = source.slice(source.indexOf("CASES = [") + 1, source.lastIndexOf("]"));
  assert.equal(cases.length, expected.length, "corpus.py and corpus.expected disagree: regenerate");

  const run = await runDriver();
  const got = run.stdout.split("\n");
  if (got[got.length - 1] === "") got.pop();
  const known = knownFailures();
  const failures: string[] = [];
  let knownFailing = 0;
  for (let i = 0; i < expected.length; i++) {
    const text = caseText(cases, i);
    const ok = got[i] === expected[i];
    if (known.has(text)) {
      if (ok) failures.push(`${text}\n    passes now: remove it from known_failures.txt`);
      else knownFailing++;
      continue;
    }
    if (ok) continue;
    failures.push(
      `${text}\n    want ${expected[i]!.slice(0, 400)}\n    got  ${(got[i] ?? "<missing>").slice(0, 400)}`,
    );
  }
  console.log(
    `re differential: ${expected.length} cases, ${expected.length - failures.length - knownFailing} agree, ` +
      `${knownFailing} known failures`,
  );
  if (failures.length || run.code !== 0) {
    assert.fail(
      `${failures.length} of ${expected.length} cases differ (exit ${run.code})\n` +
        failures.slice(0, 30).join("\n") +
        `\n--- stderr ---\n${run.stderr.slice(0, 3000)}`,
    );
  }
});
