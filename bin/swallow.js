#!/usr/bin/env node
// The `swallow` command. Python runs in a worker thread, so that this one can take signals
// while Python is busy (src/cli/supervisor.ts); SWALLOW_WORKER=0 keeps it on this thread.
// What runs Python, from the bundle and through V8's code cache, is bin/run.cjs.

import { createRequire } from "node:module";
import { isMainThread } from "node:worker_threads";

const require = createRequire(import.meta.url);
const { currentBundle, run } = require("./run.cjs");

if (isMainThread && process.env.SWALLOW_WORKER !== "0") {
  const { supervise } =
    currentBundle() !== null
      ? require("../dist/src/cli/supervisor.bundle.cjs")
      : await import("../dist/src/cli/supervisor.js");
  supervise(new URL("./run.cjs", import.meta.url), process.argv.slice(2));
} else {
  await run();
}
