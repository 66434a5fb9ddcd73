// Runs the `swallow` command: from its bundle (scripts/bundle_cli.js), compiled through
// V8's code cache, or from the modules of dist/ after a TypeScript-only build. What
// bin/swallow.js starts: in the worker thread that runs Python (this file is the worker's
// entry, a CommonJS script so that the worker's start does not set up Node's ES module
// loader: 6-18 ms in profiles), or on the main thread under SWALLOW_WORKER=0.
//
// The bundle is one classic script: it is compiled as a `vm.Script` with the cached data
// saved by an earlier run, which lets V8 skip parsing and compiling the functions that run
// saved (Node ≥ 22.1 has `module.enableCompileCache` for the same purpose, but only for
// modules that its loader loads, and Node 20 has nothing for those). The cache lives in
// $SWALLOW_CACHE_DIR, else $XDG_CACHE_HOME/swallow, else ~/.cache/swallow (as the
// compiled-module cache), under js/, named for Node's version and the bundle's size and
// time. V8 checks the data itself (source, V8 version and flags) and refuses data that does
// not fit; then the run compiles as usual and writes fresh data at exit, atomically. It is
// JavaScript, not Python bytecode, so -B and PYTHONDONTWRITEBYTECODE do not stop it;
// SWALLOW_JS_CACHE=0 does.
//
// After a TypeScript-only build (`npx tsc`, which leaves the bundle behind) the modules of
// dist/ are newer than the bundle; then the command runs from them, unbundled.

"use strict";

const {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} = require("node:fs");
const { createRequire } = require("node:module");
const { homedir } = require("node:os");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { isMainThread } = require("node:worker_threads");

const bundleURL = pathToFileURL(join(__dirname, "../dist/src/cli/swallow.bundle.cjs"));

function mtimeOf(url) {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return -1;
  }
}

function cacheDir() {
  const env = process.env;
  if (env.SWALLOW_JS_CACHE === "0") return null;
  if (env.SWALLOW_CACHE_DIR) return `${env.SWALLOW_CACHE_DIR}/js`;
  if (env.XDG_CACHE_HOME) return `${env.XDG_CACHE_HOME}/swallow/js`;
  const home = env.HOME ?? homedir();
  return home ? `${home}/.cache/swallow/js` : null;
}

function writeAtomically(dir, name, parts) {
  mkdirSync(dir, { recursive: true });
  const tmp = `${dir}/${name}.${process.pid}.${Math.random().toString(16).slice(2)}.tmp`;
  const fd = openSync(tmp, "wx", 0o644);
  try {
    for (const part of parts) writeSync(fd, part);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, `${dir}/${name}`);
  } catch {
    unlinkSync(tmp);
  }
  // Every build of the bundle has its own entry: forget those not written for a day.
  const dayAgo = Date.now() - 86_400_000;
  for (const other of readdirSync(dir)) {
    if (other === name || !other.startsWith("swallow-")) continue;
    try {
      if (statSync(`${dir}/${other}`).mtimeMs < dayAgo) unlinkSync(`${dir}/${other}`);
    } catch {
      // removed meanwhile by another run
    }
  }
}

/** CPU seconds of this process so far. */
function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function runBundle(stat) {
  // Required here: the supervising main thread loads this file too, and needs neither
  // (node:v8 alone costs about 2 ms).
  const { setFlagsFromString } = require("node:v8");
  const { Script } = require("node:vm");
  // V8 tags cached data with a hash of its flags and refuses data made under other flags.
  // The runtime sets these two (src/host/node.ts: the JIT's bytecode limit, and expose-gc
  // when Python asks for a collection); set before compiling, the flags are the same when
  // the data is read as when it is written at exit, else every run rejected the entry,
  // compiled from scratch and paid for writing it again.
  setFlagsFromString("--max-optimized-bytecode-size=262144");
  setFlagsFromString("--expose-gc");
  // The bundle is ASCII (scripts/bundle_cli.js escapes everything else), so latin1 reads
  // it exactly, in a third less time than decoding UTF-8 (about 10 ms of every start).
  const source = readFileSync(bundleURL).latin1Slice();
  const dir = cacheDir();
  const name = `swallow-${process.version}-${process.arch}-${stat.size}-${Math.trunc(stat.mtimeMs)}.v8`;
  // An entry is one byte, 1 once a long run has rewritten it, then V8's data.
  let cachedData;
  let fromLongRun = false;
  if (dir !== null) {
    try {
      const entry = readFileSync(`${dir}/${name}`);
      fromLongRun = entry[0] === 1;
      cachedData = entry.subarray(1);
    } catch {
      // no cache yet
    }
  }
  // The wrapper keeps the bundle's top-level names out of the global scope, as a module would.
  const script = new Script(`(function (require, __swallowBundleURL) {${source}\n})`, {
    filename: bundleURL.pathname,
    cachedData,
  });
  if (dir !== null) {
    const missing = cachedData === undefined || script.cachedDataRejected;
    // Written at exit, so that the data holds the functions this run compiled, not only the
    // top level. A first entry made by a short run (`-c pass`) lacks most of the interpreter
    // and the library's paths, so the first run of half a second or more rewrites it, once,
    // with what it compiled (measured: 11% less CPU for a run importing re, json and
    // dataclasses); serialising costs about 20 ms, which shorter runs never pay.
    process.once("exit", () => {
      if (!missing && (fromLongRun || cpuSeconds() < 0.5)) return;
      try {
        writeAtomically(dir, name, [Uint8Array.of(missing ? 0 : 1), script.createCachedData()]);
      } catch {
        // a cache that cannot be written is no error
      }
    });
  }
  script.runInThisContext()(createRequire(bundleURL), bundleURL.href);
}

/** The bundle's stat, or null when the command runs from the modules of dist/: no bundle,
 * or one older than the last TypeScript build. */
function currentBundle() {
  let bundle;
  try {
    bundle = statSync(bundleURL);
  } catch {
    return null;
  }
  const built = mtimeOf(pathToFileURL(join(__dirname, "../dist/.tsbuildinfo")));
  return bundle.mtimeMs >= built ? bundle : null;
}

/** Runs the command (what is left of it runs asynchronously when unbundled). */
function run() {
  const bundle = currentBundle();
  if (bundle !== null) runBundle(bundle);
  else return import("../dist/src/cli/main.js");
}

module.exports = { currentBundle, run };

// The worker's entry: run at once.
if (!isMainThread && require.main === module) run();
