// How the compiled-module cache (src/vm/code_cache.ts) finds a module's entry: a module in
// a zipped Lib by the CRC-32 and size that the archive's central directory records (a hit
// reads nothing of the member), any other file by a hash of its bytes. A changed source
// must always miss, whatever its size and time stamp; a damaged entry is ignored and
// written again.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { findRoot } from "../python/harness.js";

const ROOT = findRoot();

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of stored (uncompressed) members; `crcs` overrides a member's recorded
 * CRC-32 (to make the directory say something other than the bytes). */
function zipOf(members: Record<string, string>, crcs: Record<string, number> = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(members)) {
    const data = Buffer.from(text, "utf8");
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crcs[name] ?? crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x21, 14); // 1980-01-01
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(members).length, 8);
  end.writeUInt16LE(Object.keys(members).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function swallow(args: string[], cacheDir: string, cwd: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, SWALLOW_CACHE_DIR: cacheDir };
  delete env["PYTHONDONTWRITEBYTECODE"];
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "swallow.js"), ...args], {
    env,
    cwd,
    encoding: "utf8",
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

function entries(cacheDir: string): string[] {
  return readdirSync(cacheDir, { recursive: true })
    .map(String)
    .filter((n) => n.endsWith(".swc"))
    .sort();
}

/** Each entry with its inode: an entry that did not decode is written again (a new file
 * renamed into place), so an unchanged inode says that it was used. */
function inodes(cacheDir: string): string[] {
  return entries(cacheDir).map((n) => `${n}:${statSync(join(cacheDir, n)).ino}`);
}

describe("the compiled-module cache's keys", () => {
  it("a module in a zipped Lib: found by the central directory, missed when it changes", () => {
    const dir = mkdtempSync(join(tmpdir(), "swallow-cc-zip-"));
    try {
      const cache = join(dir, "cache");
      const zip = join(dir, "lib.zip");
      const run = () => swallow(["-S", "--stdlib", zip, "-c", "import zmod; print(zmod.VALUE)"], cache, dir);
      writeFileSync(zip, zipOf({ "zmod.py": "VALUE = 'one'\n" }));
      assert.equal(run(), "one\n");
      const first = inodes(cache);
      assert.equal(first.length, 1);
      assert.equal(run(), "one\n");
      assert.deepEqual(inodes(cache), first, "an unchanged member hits");

      // Same size, other bytes: another CRC-32, so a miss.
      writeFileSync(zip, zipOf({ "zmod.py": "VALUE = 'two'\n" }));
      assert.equal(run(), "two\n");
      assert.equal(entries(cache).length, 2);

      // A hit reads nothing of the member: bytes that the directory's CRC-32 and size do not
      // describe are never looked at while the entry for them is there.
      const crc = crc32(Buffer.from("VALUE = 'two'\n"));
      writeFileSync(zip, zipOf({ "zmod.py": "VALUE = 'bad'\n" }, { "zmod.py": crc }));
      assert.equal(run(), "two\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a plain file: a change of content misses even with the same size and time stamp", () => {
    const dir = mkdtempSync(join(tmpdir(), "swallow-cc-file-"));
    try {
      const cache = join(dir, "cache");
      const mod = join(dir, "pmod.py");
      const run = () => swallow(["-c", "import pmod; print(pmod.VALUE)"], cache, dir);
      writeFileSync(mod, "VALUE = 'one'\n");
      utimesSync(mod, 1_000_000, 1_000_000);
      assert.equal(run(), "one\n");
      const before = inodes(cache);
      const count = before.length;
      assert.equal(run(), "one\n");
      assert.deepEqual(inodes(cache), before, "unchanged files hit");
      writeFileSync(mod, "VALUE = 'two'\n");
      utimesSync(mod, 1_000_000, 1_000_000);
      assert.equal(run(), "two\n");
      assert.equal(entries(cache).length, count + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a damaged entry is ignored and written again", () => {
    const dir = mkdtempSync(join(tmpdir(), "swallow-cc-bad-"));
    try {
      const cache = join(dir, "cache");
      const zip = join(dir, "lib.zip");
      writeFileSync(zip, zipOf({ "zmod.py": "def f():\n    return 'ok'\nVALUE = f()\n" }));
      const run = () => swallow(["-S", "--stdlib", zip, "-c", "import zmod; print(zmod.VALUE)"], cache, dir);
      assert.equal(run(), "ok\n");
      const [entry] = entries(cache);
      const path = join(cache, entry!);
      const good = readFileSync(path);
      for (const bad of [good.subarray(0, good.length >> 1), Buffer.from("not an entry"), Buffer.alloc(0)]) {
        writeFileSync(path, bad);
        assert.equal(run(), "ok\n");
        assert.deepEqual(readFileSync(path), good, "the entry is written again");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
