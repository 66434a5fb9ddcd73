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
import { dirname, resolve } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");

await build({
  entryPoints: [resolve(root, "dist/src/cli/main.js")],
  outfile: resolve(root, "dist/src/cli/swallow.bundle.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  define: { "import.meta.url": "__swallowBundleURL" },
  // Whitespace only: identifiers (and so JS stack traces under SWALLOW_DEBUG) stay readable.
  minifyWhitespace: true,
  sourcemap: true,
  logLevel: "warning",
});
