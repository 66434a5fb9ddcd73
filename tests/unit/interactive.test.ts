// The interactive prompt: on a pseudo-terminal (driven by tests/signals/_pty_session.py),
// Ctrl-C at the prompt and Ctrl-C in running code, input() with its prompt, Ctrl-D; and
// under -i with piped input, atexit callbacks that wait for the end of the session.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { findRoot, scriptEnv } from "../python/harness.js";

const ROOT = findRoot();
const SWALLOW = [process.execPath, join(ROOT, "bin", "swallow.js")];

function session(args: string[], steps: [string, number][]): string {
  const r = spawnSync("python3", [join(ROOT, "tests", "signals", "_pty_session.py"), ...SWALLOW, ...args], {
    input: JSON.stringify(steps),
    env: scriptEnv(),
    encoding: "utf8",
    timeout: 60_000,
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** Asserts that the texts appear in this order. */
function inOrder(output: string, texts: string[]): void {
  let at = 0;
  for (const text of texts) {
    const i = output.indexOf(text, at);
    assert.ok(i >= 0, `expected ${JSON.stringify(text)} after offset ${at} in:\n${output}`);
    at = i + text.length;
  }
}

test("Ctrl-C at the prompt and in running code raises KeyboardInterrupt; the session goes on", () => {
  const out = session(
    ["-q"],
    [
      ["1+1\r", 1],
      ["x = 1\x03", 1],
      ["while True: pass\r\r", 2],
      ["\x03", 1.5],
      ["print('x' in dir())\r", 1],
      ["input('name? ')\r", 1],
      ["bob\r", 1],
      ["\x04", 2],
    ],
  );
  inOrder(out, [
    ">>> 1+1\n2\n",
    "\nKeyboardInterrupt\n",
    "Traceback (most recent call last):\n",
    '  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n',
    "False\n",
    "name? bob\n'bob'\n",
    "status 0",
  ]);
});

test("under -i, atexit callbacks run once, at the end of the session", () => {
  const r = spawnSync(
    SWALLOW[0]!,
    [SWALLOW[1]!, "-i", "-c", "import atexit; atexit.register(print, 'bye'); print('program')"],
    { input: "print('typed')\n", env: scriptEnv(), encoding: "utf8", timeout: 60_000 },
  );
  assert.equal(r.status, 0, r.stderr);
  inOrder(r.stdout, ["program\n", "typed\n", "bye\n"]);
  assert.equal(r.stdout.split("bye").length, 2, r.stdout);
});

test("`-` reads the program from stdin as python3 reads a script file", () => {
  const programs = [
    "print(__file__, __name__, sorted(globals()))\n",
    "# coding: no-such-codec\nprint('never')\n",
    Buffer.from("x = '\xe9'\n", "latin1"),
  ];
  for (const input of programs) {
    const ours = spawnSync(SWALLOW[0]!, [SWALLOW[1]!, "-"], { input, env: scriptEnv(), timeout: 60_000 });
    const theirs = spawnSync("python3", ["-"], { input, env: scriptEnv(), timeout: 60_000 });
    assert.equal(ours.stdout.toString(), theirs.stdout.toString());
    assert.equal(ours.stderr.toString(), theirs.stderr.toString());
    assert.equal(ours.status, theirs.status);
  }
});

test("a reader of stdout that has gone away: BrokenPipeError, as python3 (which ignores SIGPIPE)", async () => {
  const programs = [
    // caught: the program chooses its exit status (json.tool does this)
    "import sys\ndata = sys.stdin.read()\ntry:\n    print(data, flush=True)\nexcept BrokenPipeError as e:\n    sys.exit(e.errno)\n",
    // uncaught while printing
    "import sys\nsys.stdin.read()\nfor i in range(100000):\n    print('line', i)\n",
    // only the last flush fails: reported as unraisable, status 120
    "import sys\nsys.stdin.read()\nprint('x')\n",
  ];
  const env = { ...scriptEnv() };
  delete env["PYTHONUNBUFFERED"];
  const run = (command: string[], program: string) =>
    new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(command[0]!, [...command.slice(1), "-c", program], { env });
      // The reader goes away first (its end of the pipe closed); the program writes only
      // after reading all of stdin.
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("close", (status) => resolve({ status, stderr }));
      child.stdout.on("close", () => child.stdin.end("some input"));
      child.stdout.destroy();
    });
  for (const program of programs) {
    const ours = await run(SWALLOW, program);
    const theirs = await run(["python3"], program);
    assert.equal(ours.stderr, theirs.stderr);
    assert.equal(ours.status, theirs.status);
  }
});
