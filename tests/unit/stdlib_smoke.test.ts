// The standard library over Swallow's native modules: every tests/stdlib/<name>.py runs
// under `node bin/swallow.js` and its stdout must equal CPython 3.11's (<name>.py.out,
// written by `PYTHONHASHSEED=0 python3 <name>.py > <name>.py.out`). tests/stdlib/known_failures.txt lists
// scripts expected to fail (`name.py # reason`).
//
// Also: the zip reader against the pyodide archive, and the code cache's round trip and
// its tolerance of corrupt entries (what Python code cannot observe).

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { ZipArchive } from "../../src/host/zip.js";
import { locateStdlib } from "../../src/host/stdlib_node.js";
import { compile } from "../../src/compiler/compiler.js";
import { deserializeCode, serializeCode } from "../../src/vm/code_cache.js";

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "tests", "stdlib"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("repository root not found");
    dir = up;
  }
  return dir;
}

const ROOT = findRoot();
const DIR = join(ROOT, "tests", "stdlib");
const known = new Map(
  readFileSync(join(DIR, "known_failures.txt"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => [l.split("#")[0]!.trim(), l.slice(l.indexOf("#") + 1).trim()] as const),
);
const cacheDir = mkdtempSync(join(tmpdir(), "swallow-cache-"));

function run(args: string[], cwd: string): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, "bin", "swallow.js"), ...args],
      { cwd, env: { ...process.env, SWALLOW_CACHE_DIR: cacheDir, PYTHONHASHSEED: "0" }, timeout: 60000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ stdout, stderr, code });
      },
    );
  });
}

describe("stdlib smoke scripts (against CPython 3.11)", { concurrency: 4 }, () => {
  for (const name of readdirSync(DIR)
    .filter((n) => n.endsWith(".py"))
    .sort()) {
    it(name, async (t) => {
      const got = await run([name], DIR);
      const want = readFileSync(join(DIR, name + ".out"), "utf8");
      const ok = got.stdout === want;
      const reason = known.get(name);
      if (reason !== undefined) {
        if (ok) assert.fail(`${name} passes now: remove it from known_failures.txt`);
        t.todo(reason);
        return;
      }
      assert.equal(got.stdout, want, `stderr:\n${got.stderr.slice(0, 3000)}`);
    });
  }
});

describe("zip reader", () => {
  const zip = locateStdlib(undefined);
  it("reads Lib out of pyodide's python_stdlib.zip", (t) => {
    if (zip === null) return t.skip("pyodide is not installed");
    const archive = new ZipArchive(readFileSync(zip), (data) => inflateRawSync(data));
    assert.ok(archive.isFile("os.py"));
    assert.ok(archive.isDirectory("json"));
    assert.ok(archive.directories.get("json")!.has("decoder.py"));
    const text = new TextDecoder().decode(archive.read("os.py"));
    assert.match(text, /^r"""OS routines/);
    assert.equal(archive.read("no/such.py"), undefined);
  });

  it("reads the central directory only, and a member's bytes when asked, from a ranged source", (t) => {
    if (zip === null) return t.skip("pyodide is not installed");
    const data = readFileSync(zip);
    let bytesRead = 0;
    const source = {
      size: data.length,
      read: (offset: number, length: number) => {
        bytesRead += Math.min(length, data.length - offset);
        return data.subarray(offset, offset + length);
      },
    };
    const archive = new ZipArchive(source, (d) => inflateRawSync(d));
    assert.ok(bytesRead < 100_000, `read ${bytesRead} bytes to open the archive`);
    assert.ok(archive.isFile("json/decoder.py"));
    const whole = new ZipArchive(data, (d) => inflateRawSync(d));
    assert.deepEqual(archive.read("json/decoder.py"), whole.read("json/decoder.py"));
    assert.deepEqual([...archive.entries.keys()], [...whole.entries.keys()]);
  });
});

describe("code cache", () => {
  it("round-trips a CodeObject with nested code and every constant kind", () => {
    const source =
      "def f(a, *b, c=1.5, **d):\n    return (a, b'x', 2j, ..., 10**30, -7, 'é\\ud800', frozenset)\nclass C: pass\n";
    const code = compile(source, "m.py", "exec");
    const data = serializeCode(code, "k");
    const back = deserializeCode(data, "k")!;
    assert.ok(back !== null);
    assert.deepEqual(serializeCode(back, "k"), data);
    assert.equal(deserializeCode(data, "other key"), null);
    assert.equal(deserializeCode(data.subarray(0, data.length - 3), "k"), null);
    const corrupt = data.slice();
    corrupt[corrupt.length >> 1] ^= 0xff;
    assert.doesNotThrow(() => deserializeCode(corrupt, "k"));
  });

  it("a second start compiles nothing again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "swallow-cc-"));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, SWALLOW_CACHE_DIR: dir };
      delete env["PYTHONDONTWRITEBYTECODE"];
      // Under another hash key each time: no entry may depend on str hashes.
      const go = (seed: string) =>
        new Promise<string>((resolve) =>
          execFile(
            process.execPath,
            [join(ROOT, "bin", "swallow.js"), "-c", "import os, io, contextvars; print('ok')"],
            { env: { ...env, PYTHONHASHSEED: seed } },
            (_e, stdout) => resolve(stdout),
          ),
        );
      assert.equal(await go("1"), "ok\n");
      const count = () =>
        readdirSync(dir, { recursive: true }).filter((n) => String(n).endsWith(".swc")).length;
      const first = count();
      assert.ok(first > 5, `expected cache entries, found ${first}`);
      assert.equal(await go("random"), "ok\n");
      assert.equal(count(), first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("-B stops entries for the program's modules, not for the standard library's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "swallow-cc-"));
    const src = mkdtempSync(join(tmpdir(), "swallow-cc-src-"));
    try {
      writeFileSync(join(src, "mine.py"), "VALUE = 41 + 1\n");
      const env: NodeJS.ProcessEnv = { ...process.env, SWALLOW_CACHE_DIR: dir, PYTHONDONTWRITEBYTECODE: "1" };
      delete env["SWALLOW_CACHE_WRITE"];
      const entries = () => readdirSync(dir, { recursive: true }).filter((n) => String(n).endsWith(".swc"));
      const run = (code: string) =>
        new Promise<string>((resolve) =>
          execFile(
            process.execPath,
            [join(ROOT, "bin", "swallow.js"), "-c", code],
            { env, cwd: src },
            (_e, out) => resolve(out),
          ),
        );
      assert.equal(await run("import fnmatch; print('ok')"), "ok\n");
      const stdlibOnly = entries().length;
      assert.ok(stdlibOnly >= 1, "the standard library's modules are cached under -B");
      assert.equal(await run("import mine; print(mine.VALUE)"), "42\n");
      assert.equal(entries().length, stdlibOnly, "the program's own module is not cached under -B");
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(src, { recursive: true, force: true });
    }
  });
});
