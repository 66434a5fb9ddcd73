#!/usr/bin/env node
// The `swallow` command. Python runs in a worker thread, so that this one can take signals
// while Python is busy (src/cli/supervisor.ts); SWALLOW_WORKER=0 keeps it on this thread.
// What runs Python, from the bundle and through V8's code cache, is bin/run.cjs.
//
// A CommonJS script (bin/package.json says so): this thread's work is on the path of every
// start, and an ES module would first set up Node's module loader (about 10 ms).

"use strict";

const { isMainThread } = require("node:worker_threads");
const { currentBundle, run } = require("./run.cjs");

if (isMainThread && process.env.SWALLOW_WORKER !== "0") {
  const entry = require("node:url").pathToFileURL(require("node:path").join(__dirname, "run.cjs"));
  if (currentBundle() !== null)
    require("../dist/src/cli/supervisor.bundle.cjs").supervise(entry, process.argv.slice(2));
  else
    import("../dist/src/cli/supervisor.js").then(({ supervise }) => supervise(entry, process.argv.slice(2)));
} else {
  run();
}
