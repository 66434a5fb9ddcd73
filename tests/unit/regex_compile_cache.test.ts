// Swallow's cache of compiled regular expressions (src/modules/_sre/compile_cache.ts): a
// second run takes patterns from the cache without running re._parser, gives the same
// results, and a damaged entry is ignored and rewritten. (What compiled patterns do is
// checked against CPython by tests/python/stdlib_smoke/re_compile_cache.py.)

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { findRoot } from "../python/harness.js";

const ROOT = findRoot();

// Counts re._parser.parse calls made while compiling the patterns, then prints what the
// compiled patterns do.
const SCRIPT = `
import re, re._parser, warnings
calls = 0
original = re._parser.parse
def counting(*args, **kwargs):
    global calls
    calls += 1
    return original(*args, **kwargs)
re._parser.parse = counting
patterns = [(r"(?P<a>x+)(y)?", 0), (r"hello\\s+world", re.I), (rb"[\\x80-\\xff]+", 0), (r"(?x) a b # c", 0)]
for p, f in patterns:
    c = re.compile(p, f)
    print(c.pattern, c.flags, c.groups, c.groupindex, c.search(p) is not None)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    re.compile("[[x]")
print("warned", len(w))
print("parsed", calls)
`;

/** Each run hashes strs under its own key (`seed`): nothing kept may depend on them. */
function run(cacheDir: string, seed: string): { stdout: string; parsed: number } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "swallow.js"), "-c", SCRIPT], {
    env: { ...process.env, SWALLOW_CACHE_DIR: cacheDir, PYTHONDONTWRITEBYTECODE: "1", PYTHONHASHSEED: seed },
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
  const m = /parsed (\d+)\n$/.exec(r.stdout);
  assert.ok(m, r.stdout);
  return { stdout: r.stdout.slice(0, m.index), parsed: Number(m[1]) };
}

function entries(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...entries(path));
    else out.push(path);
  }
  return out;
}

describe("the cache of compiled regular expressions", () => {
  it("serves a second run without parsing, even under -B, and survives damaged entries", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "swallow-recache-"));
    try {
      const first = run(cacheDir, "0");
      // The four patterns, the one that warns (never kept), and those of the modules that
      // showing a warning imports (tokenize's).
      assert.ok(first.parsed >= 5, String(first.parsed));
      assert.match(first.stdout, /warned 1\n$/);
      const kept = entries(join(cacheDir, "re"));
      assert.ok(kept.length >= first.parsed - 1, `${kept.length} entries`);

      const second = run(cacheDir, "1");
      assert.equal(second.stdout, first.stdout);
      assert.equal(second.parsed, 1, "only the pattern that warns is parsed again");

      for (const [i, path] of kept.entries())
        writeFileSync(path, i % 2 === 0 ? "{not json" : JSON.stringify({ key: "another", code: [] }));
      const third = run(cacheDir, "random");
      assert.equal(third.stdout, first.stdout);
      assert.equal(third.parsed, first.parsed);
      assert.equal(run(cacheDir, "12345").parsed, 1, "damaged entries were rewritten");
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
