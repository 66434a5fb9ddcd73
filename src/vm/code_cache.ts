// The compiled-module cache: CodeObjects of imported source files, serialised to disk so
// that a second start does not parse and compile Lib again (CPython's __pycache__, kept
// out of the source tree because Lib may be a read-only zip).
//
// An entry is found by its source's identity, the file name (it is compiled into
// co_filename) and the cache tag (Swallow's version plus a fingerprint of the compiler's
// build), so a changed source or compiler simply misses. The identity of a module inside
// the zipped Lib is what the archive's central directory says of it (CRC-32 and size,
// `Host.contentKey`), so that a hit neither inflates nor hashes the source: the source is
// read only to compile it. The identity of any other file is a 64-bit hash of its bytes
// and their length. (Not CPython's (mtime, size) of a .pyc: a file rewritten within the
// file system's timestamp granularity with the same size, as tests and code generators
// do, would run stale code; reading a plain file is cheap, and the hash reads 4 bytes a
// step.) The entry's file name hashes the identity, file name and tag; the entry repeats
// all three in full, and an entry that does not match or does not decode is ignored
// (never fatal), and rewritten. Writers write a temporary file and rename it into place,
// so concurrent processes never see half an entry.
//
// Format (little-endian): "SWCC" magic, u32 format version, the key string, the string
// table, then one encoded CodeObject. Values: a tag byte, then the payload (see `Tag`).
// Strings inside the CodeObject (names, file names, str constants) are indices into the
// table, which holds each distinct string once (a module's 600 code objects repeat its
// file name and a few hundred names 15000 times): its UTF-16 lengths, then all of them
// as one UTF-8 text, which the reader decodes in one call and slices. Int32Arrays (the
// instruction words, positions) start at a multiple of 4 bytes (zero bytes pad before
// them), so that the reader makes them views of the entry's bytes: no copy, and no
// ArrayBuffer of their own (allocating 12000 of those cost more than all the rest).

import { CodeObject, ConstFrozenset, ConstTuple, type Constant } from "../compiler/code.js";
import {
  ComplexConstant,
  EllipsisConstant,
  FloatConstant,
  SurrogateStrConstant,
} from "../parser/constant.js";
import { compile } from "../compiler/compiler.js";
import { vm } from "./state.js";

const FORMAT = 3;
const MAGIC = 0x43435753; // "SWCC"

const enum Tag {
  None,
  True,
  False,
  Int,
  Str,
  Str16,
  SurrogateStr,
  Bytes,
  Float,
  Complex,
  Ellipsis,
  Tuple,
  Frozenset,
  Code,
}

export const codeCacheConfig = {
  dir: null as string | null,
  write: true,
  tag: "",
  /** Source trees whose modules are cached even when writing is off (`-B`): CPython's
   * standard library comes with its bytecode compiled at installation, which `-B` and
   * PYTHONDONTWRITEBYTECODE (common in container images) leave in use; Swallow's Lib is
   * compiled on first use instead, so its entries are part of the installation too. */
  installedRoots: [] as string[],
  /** Counters for tests and measurements. */
  hits: 0,
  misses: 0,
};

export function configureCodeCache(
  dir: string | null,
  write: boolean,
  tag = "",
  installedRoots: string[] = [],
): void {
  codeCacheConfig.dir = dir;
  codeCacheConfig.write = write;
  codeCacheConfig.tag = tag;
  codeCacheConfig.installedRoots = installedRoots.map((r) => (r.endsWith("/") ? r : `${r}/`));
}

function mayWrite(filename: string): boolean {
  return codeCacheConfig.write || codeCacheConfig.installedRoots.some((r) => filename.startsWith(r));
}

// ---- hashing ----
// Two independent 32-bit lanes over the bytes, four at a time (MurmurHash3's block mix in
// one, xxHash32's round in the other, each with its own seed), with a murmur finaliser:
// 64 bits against accidental collisions. Words are read in the platform's byte order; the
// cache is local to the machine.

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const P1 = 0x9e3779b1;
const P2 = 0x85ebca77;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A 64-bit hash of `data` as 16 hex digits. */
function hashBytes(data: Uint8Array): string {
  const n = data.length;
  const words = n >>> 2;
  // An Int32Array needs an aligned offset (Node's small Buffers share a pool at any offset).
  const aligned = (data.byteOffset & 3) === 0 ? data : data.slice();
  const w32 = new Int32Array(aligned.buffer, aligned.byteOffset, words);
  let a = 0x2545f491 ^ n;
  let b = 0x68e31da4 ^ n;
  for (let i = 0; i < words; i++) {
    const w = w32[i]!;
    let k = Math.imul(w, C1);
    k = Math.imul((k << 15) | (k >>> 17), C2);
    a ^= k;
    a = (a << 13) | (a >>> 19);
    a = (Math.imul(a, 5) + 0xe6546b64) | 0;
    b = (b + Math.imul(w, P2)) | 0;
    b = Math.imul((b << 13) | (b >>> 19), P1);
  }
  for (let i = words << 2; i < n; i++) {
    const c = data[i]!;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul((b + c) | 0, P1);
    b = (b << 11) | (b >>> 21);
  }
  const hex = (h: number) => fmix(h).toString(16).padStart(8, "0");
  return hex(a) + hex(b ^ (a >>> 7));
}

/** The cache key of each module source compiled through the cache, by file name: other
 * caches whose entries derive from a Lib module's code (src/modules/_sre/compile_cache.ts)
 * name that code by it. */
const sourceKeys = new Map<string, string>();

export function sourceKeyOf(filename: string): string | undefined {
  return sourceKeys.get(filename);
}

const encoder = new TextEncoder();

/** A 64-bit hash of `text` as 16 hex digits: the name of a cache entry. */
export function textHash(text: string): string {
  return hashBytes(encoder.encode(text));
}

/** The entry at `relPath` under the cache directory; null when there is none, or no cache. */
export function readCacheFile(relPath: string): Uint8Array | null {
  const dir = codeCacheConfig.dir;
  if (dir === null) return null;
  try {
    return vm.host.readFile(`${dir}/${relPath}`);
  } catch {
    return null; // none yet (or unreadable, or a directory)
  }
}

/** Writes the entry at `relPath` atomically; failures are no error. For Swallow's own
 * derived data, which -B does not stop (it is not Python bytecode; as the JS code cache of
 * bin/swallow.js). */
export function writeCacheFile(relPath: string, data: Uint8Array): void {
  const dir = codeCacheConfig.dir;
  if (dir === null) return;
  try {
    store(`${dir}/${relPath}`, data);
  } catch {
    // a cache that cannot be written is no error
  }
}

/** Whether this machine stores an Int32Array's elements little-endian, as entries do: then
 * they are written whole and read as views. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

// ---- writing ----

class Writer {
  private buf = new Uint8Array(1 << 16);
  private view = new DataView(this.buf.buffer);
  length = 0;
  private static readonly encoder = new TextEncoder();

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  u8(v: number): void {
    this.reserve(1);
    this.buf[this.length++] = v;
  }
  u32(v: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, v, true);
    this.length += 4;
  }
  i32(v: number): void {
    this.reserve(4);
    this.view.setInt32(this.length, v, true);
    this.length += 4;
  }
  f64(v: number): void {
    this.reserve(8);
    this.view.setFloat64(this.length, v, true);
    this.length += 8;
  }
  bytes(data: Uint8Array): void {
    this.u32(data.length);
    this.reserve(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }
  /** A string written whole, outside the table (the key). */
  text(s: string): void {
    this.bytes(Writer.encoder.encode(s));
  }
  /** The distinct strings written by `str`, in order of first use. */
  readonly table: string[] = [];
  private readonly indices = new Map<string, number>();
  str(s: string): void {
    let i = this.indices.get(s);
    if (i === undefined) {
      i = this.table.length;
      // UTF-8 has no lone surrogates: as TextEncoder does, U+FFFD for each (one code unit
      // for one, so that the table's lengths stay right).
      this.table.push(wellFormed(s) ? s : s.replace(LONE_SURROGATE, "\ufffd"));
      this.indices.set(s, i);
    }
    this.u32(i);
  }
  /** Zero bytes up to a multiple of 4. */
  align(): void {
    while (this.length & 3) this.u8(0);
  }
  i32s(a: Int32Array): void {
    this.u32(a.length);
    this.align();
    this.reserve(a.length * 4);
    if (LITTLE_ENDIAN) {
      this.buf.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), this.length);
      this.length += a.byteLength;
      return;
    }
    for (let i = 0; i < a.length; i++) {
      this.view.setInt32(this.length, a[i]!, true);
      this.length += 4;
    }
  }
  raw(data: Uint8Array): void {
    this.reserve(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }
  strs(a: readonly string[]): void {
    this.u32(a.length);
    for (const s of a) this.str(s);
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function wellFormed(s: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(s);
}

function writeConstant(w: Writer, c: Constant): void {
  if (c === null) w.u8(Tag.None);
  else if (c === true) w.u8(Tag.True);
  else if (c === false) w.u8(Tag.False);
  else if (typeof c === "bigint") {
    w.u8(Tag.Int);
    w.str(c.toString(16));
  } else if (typeof c === "string") {
    if (wellFormed(c)) {
      w.u8(Tag.Str);
      w.str(c);
    } else {
      w.u8(Tag.Str16);
      w.u32(c.length);
      for (let i = 0; i < c.length; i++) w.u32(c.charCodeAt(i));
    }
  } else if (c instanceof SurrogateStrConstant) {
    w.u8(Tag.SurrogateStr);
    w.u32(c.codePoints.length);
    for (const cp of c.codePoints) w.u32(cp);
  } else if (c instanceof Uint8Array) {
    w.u8(Tag.Bytes);
    w.bytes(c);
  } else if (c instanceof FloatConstant) {
    w.u8(Tag.Float);
    w.f64(c.value);
  } else if (c instanceof ComplexConstant) {
    w.u8(Tag.Complex);
    w.f64(c.imag);
  } else if (c instanceof EllipsisConstant) w.u8(Tag.Ellipsis);
  else if (c instanceof ConstTuple || c instanceof ConstFrozenset) {
    w.u8(c instanceof ConstTuple ? Tag.Tuple : Tag.Frozenset);
    w.u32(c.items.length);
    for (const item of c.items) writeConstant(w, item);
  } else if (c instanceof CodeObject) {
    w.u8(Tag.Code);
    writeCode(w, c);
  } else throw new Error("code cache: unknown constant");
}

function writeCode(w: Writer, code: CodeObject): void {
  w.str(code.co_name);
  w.str(code.co_qualname);
  w.str(code.co_filename);
  w.i32(code.co_firstlineno);
  w.i32(code.co_argcount);
  w.i32(code.co_posonlyargcount);
  w.i32(code.co_kwonlyargcount);
  w.i32(code.co_flags);
  w.strs(code.co_varnames);
  w.strs(code.co_cellvars);
  w.strs(code.co_freevars);
  w.strs(code.co_names);
  w.u32(code.co_consts.length);
  for (const c of code.co_consts) writeConstant(w, c);
  w.i32s(code.cell2arg);
  w.i32(code.nregisters);
  w.i32s(code.code);
  w.i32s(code.positions);
  w.i32s(code.exceptionTable);
}

export function serializeCode(code: CodeObject, key: string): Uint8Array {
  const body = new Writer();
  writeCode(body, code);
  const w = new Writer();
  w.u32(MAGIC);
  w.u32(FORMAT);
  w.text(key);
  w.u32(body.table.length);
  for (const s of body.table) w.u32(s.length);
  w.text(body.table.join(""));
  w.align();
  w.raw(body.result());
  return w.result();
}

// ---- reading ----

class Reader {
  pos = 0;
  private readonly view: DataView;
  // ignoreBOM: a string constant may start with U+FEFF (json checks s.startswith("\ufeff")).
  private static readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  constructor(private readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  u8(): number {
    if (this.pos >= this.data.length) throw new RangeError("truncated");
    return this.data[this.pos++]!;
  }
  u32(): number {
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  i32(): number {
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  f64(): number {
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  bytes(): Uint8Array {
    const n = this.u32();
    if (this.pos + n > this.data.length) throw new RangeError("truncated");
    const v = this.data.slice(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
  text(): string {
    const n = this.u32();
    if (this.pos + n > this.data.length) throw new RangeError("truncated");
    const v = Reader.decoder.decode(this.data.subarray(this.pos, this.pos + n));
    this.pos += n;
    return v;
  }
  private table: string[] = [];
  /** Reads the string table that `str` indexes. */
  readTable(): void {
    const n = this.u32();
    if (this.pos + n * 4 > this.data.length) throw new RangeError("truncated");
    const lengths: number[] = [];
    for (let i = 0; i < n; i++) lengths.push(this.u32());
    const all = this.text();
    const table: string[] = [];
    let at = 0;
    for (const length of lengths) {
      table.push(all.slice(at, at + length));
      at += length;
    }
    if (at !== all.length) throw new RangeError("bad string table");
    this.table = table;
    this.pos = (this.pos + 3) & ~3; // the CodeObject starts at a multiple of 4
  }
  str(): string {
    const s = this.table[this.u32()];
    if (s === undefined) throw new RangeError("bad string index");
    return s;
  }
  i32s(): Int32Array {
    const n = this.u32();
    this.pos = (this.pos + 3) & ~3;
    if (this.pos + n * 4 > this.data.length) throw new RangeError("truncated");
    if (LITTLE_ENDIAN) {
      const a = new Int32Array(this.data.buffer, this.data.byteOffset + this.pos, n);
      this.pos += n * 4;
      return a;
    }
    const a = new Int32Array(n);
    for (let i = 0; i < n; i++) a[i] = this.i32();
    return a;
  }
  strs(): string[] {
    const n = this.u32();
    const a: string[] = [];
    for (let i = 0; i < n; i++) a.push(this.str());
    return a;
  }
}

function readConstant(r: Reader): Constant {
  const tag = r.u8() as Tag;
  switch (tag) {
    case Tag.None:
      return null;
    case Tag.True:
      return true;
    case Tag.False:
      return false;
    case Tag.Int: {
      const s = r.str();
      return s.startsWith("-") ? -BigInt("0x" + s.slice(1)) : BigInt("0x" + s);
    }
    case Tag.Str:
      return r.str();
    case Tag.Str16: {
      const n = r.u32();
      const units: number[] = [];
      for (let i = 0; i < n; i++) units.push(r.u32());
      return String.fromCharCode(...units);
    }
    case Tag.SurrogateStr: {
      const n = r.u32();
      const cps: number[] = [];
      for (let i = 0; i < n; i++) cps.push(r.u32());
      return new SurrogateStrConstant(cps);
    }
    case Tag.Bytes:
      return r.bytes();
    case Tag.Float:
      return new FloatConstant(r.f64());
    case Tag.Complex:
      return new ComplexConstant(r.f64());
    case Tag.Ellipsis:
      return EllipsisConstant.instance;
    case Tag.Tuple:
    case Tag.Frozenset: {
      const n = r.u32();
      const items: Constant[] = [];
      for (let i = 0; i < n; i++) items.push(readConstant(r));
      return tag === Tag.Tuple ? new ConstTuple(items) : new ConstFrozenset(items);
    }
    case Tag.Code:
      return readCode(r);
  }
  throw new RangeError("bad constant tag");
}

function readCode(r: Reader): CodeObject {
  const co_name = r.str();
  const co_qualname = r.str();
  const co_filename = r.str();
  const co_firstlineno = r.i32();
  const co_argcount = r.i32();
  const co_posonlyargcount = r.i32();
  const co_kwonlyargcount = r.i32();
  const co_flags = r.i32();
  const co_varnames = r.strs();
  const co_cellvars = r.strs();
  const co_freevars = r.strs();
  const co_names = r.strs();
  const nconsts = r.u32();
  const co_consts: Constant[] = [];
  for (let i = 0; i < nconsts; i++) co_consts.push(readConstant(r));
  const cell2arg = r.i32s();
  const nregisters = r.i32();
  const code = r.i32s();
  const positions = r.i32s();
  const exceptionTable = r.i32s();
  return new CodeObject({
    co_name,
    co_qualname,
    co_filename,
    co_firstlineno,
    co_argcount,
    co_posonlyargcount,
    co_kwonlyargcount,
    co_flags,
    co_varnames,
    co_cellvars,
    co_freevars,
    co_names,
    co_consts,
    cell2arg,
    nregisters,
    code,
    positions,
    exceptionTable,
  });
}

/** The CodeObject of an entry, or null when it is not a valid entry for `key`. */
export function deserializeCode(data: Uint8Array, key: string): CodeObject | null {
  try {
    // The arrays are views of the entry's bytes, which must then start at a multiple of 4
    // (as a file's bytes read by Node do).
    if (data.byteOffset & 3) data = data.slice();
    const r = new Reader(data);
    if (r.u32() !== MAGIC || r.u32() !== FORMAT || r.text() !== key) return null;
    r.readTable();
    const code = readCode(r);
    return r.pos === data.length ? code : null;
  } catch {
    return null;
  }
}

// ---- the cache ----

const O_WRONLY = 0o1;
const O_CREAT = 0o100;
const O_EXCL = 0o200;

function ensureDir(dir: string): void {
  const os = vm.host.os!;
  const parts = dir.split("/");
  for (let i = 2; i <= parts.length; i++) {
    const d = parts.slice(0, i).join("/");
    if (d === "" || vm.host.stat(d)?.isDirectory) continue;
    try {
      os.mkdir(d, 0o755);
    } catch {
      // a concurrent process made it, or it cannot be made: the write fails later
    }
  }
}

function store(path: string, data: Uint8Array): void {
  const os = vm.host.os;
  if (os === undefined) return;
  const dir = path.slice(0, path.lastIndexOf("/"));
  ensureDir(dir);
  const random = Array.from(vm.host.randomBytes(6), (b) => b.toString(16).padStart(2, "0")).join("");
  const tmp = `${path}.${random}.tmp`;
  const fd = os.open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0o644);
  try {
    let done = 0;
    while (done < data.length) done += os.write(fd, data.subarray(done));
  } finally {
    os.close(fd);
  }
  try {
    os.rename(tmp, path);
  } catch (e) {
    try {
      os.unlink(tmp);
    } catch {
      // ignore
    }
    throw e;
  }
}

/** The identity of a source whose bytes are at hand: their hash and length. */
function sourceIdentity(source: Uint8Array): string {
  return `hash:${hashBytes(source)}:${source.length.toString(16)}`;
}

/** Compiles a source through the cache: `identity` tells its bytes apart, `read` gives them
 * (called on a miss only). */
function compileThroughCache(
  dir: string,
  identity: string,
  filename: string,
  read: () => Uint8Array,
  installed: boolean,
): CodeObject {
  const key = `${identity}\0${filename}\0${codeCacheConfig.tag}`;
  const name = textHash(key);
  sourceKeys.set(filename, name);
  const path = `${dir}/${name.slice(0, 2)}/${name}.swc`;
  let data: Uint8Array | null = null;
  try {
    data = vm.host.readFile(path);
  } catch {
    // no entry yet (or an unreadable one): compile
  }
  if (data !== null) {
    const code = deserializeCode(data, key);
    if (code !== null) {
      codeCacheConfig.hits++;
      return code;
    }
  }
  codeCacheConfig.misses++;
  const code = compile(read(), filename, "exec");
  if (installed || mayWrite(filename)) {
    try {
      store(path, serializeCode(code, key));
    } catch {
      // a cache that cannot be written is no error
    }
  }
  return code;
}

/** Compiles a module's source, through the cache when one is configured. `installed`: the
 * source is part of Swallow itself (Python written inside a native module). */
export function compileModuleSource(source: Uint8Array, filename: string, installed = false): CodeObject {
  const dir = codeCacheConfig.dir;
  if (dir === null) return compile(source, filename, "exec");
  return compileThroughCache(dir, sourceIdentity(source), filename, () => source, installed);
}

/** Reads and compiles a module's file, through the cache when one is configured: a module
 * of the zipped Lib is not read (nor inflated) at all when its entry is there. Host errors
 * and syntax errors propagate. */
export function compileModuleFile(filename: string): CodeObject {
  const host = vm.host;
  const dir = codeCacheConfig.dir;
  if (dir === null) return compile(host.readFile(filename), filename, "exec");
  const known = host.contentKey?.(filename);
  if (known !== undefined)
    return compileThroughCache(dir, known, filename, () => host.readFile(filename), false);
  const source = host.readFile(filename);
  return compileThroughCache(dir, sourceIdentity(source), filename, () => source, false);
}
