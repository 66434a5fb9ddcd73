// bin/swallow.js keeps V8's compiled code for the bundle in a cache directory and rewrites an
// entry only when V8 refused it (or once, after a long run). V8 refuses data made under
// other flags, and the runtime sets V8 flags of its own (the JIT's bytecode limit; expose-gc
// when Python collects): an entry must survive the next start unchanged, whatever the
// previous run did, or every start compiles from scratch and pays for writing it again.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { findRoot } from "../python/harness.js";

const ROOT = findRoot();
const BUNDLE = join(ROOT, "dist", "src", "cli", "swallow.bundle.cjs");
const bundled =
  existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= statSync(join(ROOT, "dist", ".tsbuildinfo")).mtimeMs;

function run(cacheDir: string, code: string): void {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "swallow.js"), "-c", code], {
    env: { ...process.env, SWALLOW_CACHE_DIR: cacheDir, SWALLOW_JS_CACHE: "1" },
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
}

function entries(cacheDir: string): Map<string, Buffer> {
  const dir = join(cacheDir, "js");
  const found = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) found.set(name, readFileSync(join(dir, name)));
  return found;
}

describe("the bundle's code cache", { skip: bundled ? false : "dist/ is newer than the bundle" }, () => {
  it("is written once and then accepted, also after a run that collected garbage", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "swallow-jscache-"));
    try {
      run(cacheDir, "pass");
      const first = entries(cacheDir);
      assert.equal(first.size, 1);
      run(cacheDir, "import gc; gc.collect()");
      run(cacheDir, "print(1)");
      assert.deepEqual(entries(cacheDir), first, "a later start rewrote the entry: V8 refused it");
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
