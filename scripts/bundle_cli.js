#!/usr/bin/env node
// Bundles the `swallow` command (dist/src/cli/main.js, the TypeScript build's output) into
// one script, dist/src/cli/swallow.bundle.cjs, which bin/swallow.js loads.
//
// Why: loading the ~180 ES modules of dist/ one by one costs Node about 0.2 s of CPU per
// start (resolving, reading and compiling each module), more than everything Swallow does
// before running `pass`. One script is read and compiled once, and bin/swallow.js can then
// keep V8's compiled code for it in a cache (Node 20's module loader has no such cache).
//
// The bundle is a classic script (CommonJS), because only a script can be compiled through
// `vm.Script` with cached data. `import.meta.url` becomes `__swallowBundleURL`, which
// bin/swallow.js passes in: the bundle sits in dist/src/cli/ like main.js, so URLs relative
// to it (the code cache's build fingerprint, the search for pyodide) resolve as before.
// Dynamic imports of the command's own modules are folded into the bundle by esbuild and
// still run their module's code only when reached.

import { build } from "esbuild";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");

// esbuild folds constant expressions even unminified, and folds `-NaN` into `NaN`: the
// bundle would then lose a sign bit that the modules of dist/ keep (float("-nan")). Such
// code must build its value at run time (support/numfmt/parse.ts's NEGATIVE_NAN).
function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(path);
    else if (entry.name.endsWith(".js") && !entry.name.includes(".bundle.")) yield path;
  }
}
const folded = [];
for (const path of jsFiles(resolve(root, "dist/src"))) {
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (/(^|[^\w.$])-\s*NaN\b/.test(line) && !/^\s*(\/\/|\*)/.test(line)) folded.push(`${path}:${i + 1}`);
    });
}
if (folded.length > 0) {
  console.error(
    "bundle_cli: esbuild folds -NaN into NaN (the sign bit is lost); use NEGATIVE_NAN from " +
      `src/support/numfmt/parse.ts in:\n  ${folded.join("\n  ")}`,
  );
  process.exit(1);
}

// The parser's and compiler's fingerprint for the compiled-module cache, computed now from
// the files bundled, so that a start does not stat them (src/host/build_fingerprint.ts).
const { compilerFingerprint } = await import(
  pathToFileURL(resolve(root, "dist/src/host/build_fingerprint.js")).href
);
const fingerprint = compilerFingerprint(pathToFileURL(resolve(root, "dist/src") + "/"));

await build({
  entryPoints: [resolve(root, "dist/src/cli/main.js")],
  outfile: resolve(root, "dist/src/cli/swallow.bundle.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  define: {
    "import.meta.url": "__swallowBundleURL",
    __SWALLOW_COMPILER_FINGERPRINT__: JSON.stringify(fingerprint),
  },
  // Whitespace only (names stay): measured 5.5 MiB less peak memory and 9% less CPU for
  // `swallow -c pass` than unminified. Node applies no source map to code compiled through
  // `vm.Script`, so for JS stack traces with lines (SWALLOW_DEBUG=1) run the same code
  // unbundled: `node dist/src/cli/main.js ...`. The map is for debuggers and profilers.
  minifyWhitespace: true,
  // bin/run.cjs reads the bundle as latin1, which only ASCII makes exact.
  charset: "ascii",
  sourcemap: true,
  logLevel: "warning",
});

// The main thread's supervisor (src/cli/supervisor.ts) is loaded before anything else, on
// every start, so it is one small script too: required, not imported as five modules.
await build({
  entryPoints: [resolve(root, "dist/src/cli/supervisor.js")],
  outfile: resolve(root, "dist/src/cli/supervisor.bundle.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // The script's own URL, as the module's (it loads node:readline by createRequire).
  banner: { js: 'var __supervisorURL = require("node:url").pathToFileURL(__filename).href;' },
  define: { "import.meta.url": "__supervisorURL" },
  logLevel: "warning",
});
