// Signals, differential against CPython: every tests/signals/<name>.py runs under
// `node bin/swallow.js` with its stdin a pipe left open, is sent the signal its header
// names once it prints "ready" (tests/signals/regen.py says how, and wrote what python3
// did), and must print and exit as python3 did. Each script runs in the interpreter, with
// every function compiled at its first call, and with guards failing at random, since each
// checks for signals in its own place.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { constants } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import {
  describeDifference,
  findRoot,
  normalise,
  readExpected,
  scriptEnv,
  type Outcome,
} from "../python/harness.js";

const ROOT = findRoot();
const DIR = join(ROOT, "tests", "signals");
const scripts = readdirSync(DIR)
  .filter((f) => f.endsWith(".py") && f !== "regen.py" && !f.startsWith("_"))
  .sort();
const MODES: Record<string, Record<string, string>> = {
  interpreter: { SWALLOW_JIT: "off" },
  "compile at once": { SWALLOW_JIT_THRESHOLD: "0" },
  "guards failing": { SWALLOW_JIT: "stress" },
};
const TIMEOUT_MS = 60_000;

function signalOf(name: string): NodeJS.Signals | null {
  const header = /^# signal: (\w+)$/m.exec(readFileSync(join(DIR, name), "utf8"));
  if (header === null) return "SIGINT";
  return header[1] === "none" ? null : (header[1] as NodeJS.Signals);
}

function runSignalled(name: string, env: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "swallow.js"), name], {
      cwd: DIR,
      env: { ...scriptEnv(), ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let signalled = false;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, TIMEOUT_MS);
    child.stdout.on("data", (b: Buffer) => {
      out.push(b);
      const signal = signalOf(name);
      if (signalled || signal === null || !Buffer.concat(out).includes("ready\n")) return;
      signalled = true;
      setTimeout(() => child.kill(signal), 200);
    });
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.stdin.on("error", () => {});
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      child.stdin.destroy();
      const stderr = normalise(Buffer.concat(err).toString("utf8"), DIR);
      resolve({
        stdout: normalise(Buffer.concat(out).toString("utf8"), DIR),
        stderr: timedOut ? `${stderr}\n[timed out after ${TIMEOUT_MS} ms]` : stderr,
        code: signal !== null ? -(constants.signals[signal] ?? 1) : (code ?? 0),
      });
    });
  });
}

for (const [mode, env] of Object.entries(MODES)) {
  describe(`signals (${mode}), differential against CPython 3.11`, { concurrency: 4 }, () => {
    for (const name of scripts) {
      it(name, async () => {
        const got = await runSignalled(name, env);
        const want = readExpected(ROOT, `tests/signals/${name}`);
        const diff = describeDifference(got, want);
        if (diff !== null)
          assert.fail(
            `${diff}\n--- swallow stdout ---\n${got.stdout}\n--- swallow stderr ---\n${got.stderr}`,
          );
      });
    }
  });
}
