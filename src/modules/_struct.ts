// The `_struct` module: packing Python values into C structs and back, with every format
// code of CPython 3.11, its byte orders ('@' native sizes and alignment as on x86-64 Linux,
// '=' native order with standard sizes, '<', '>', '!'), the Struct type, iter_unpack and
// struct.error's messages. A format is compiled once into a list of items with offsets.

import { None, typeType } from "../objects/bootstrap.js";
import { bufferOf, newBytes, PyByteArray } from "../objects/bytes.js";
import { writableBufferOf } from "../objects/memoryview.js";
import { call } from "../objects/call.js";
import { index, isTrue, toFloat } from "../objects/abstract.js";
import { exceptionType, newException, overflowError, typeError } from "../objects/exceptions.js";
import { builtinFunction, defineGetSets, defineMethods, type KwNames } from "../objects/function.js";
import { defineNew, type NativeIter } from "../objects/iterators.js";
import { newFloat, isFloat } from "../objects/float.js";
import {
  normaliseInt,
  typeOf,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
} from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { registerNativeModule } from "./registry.js";
import { adopt, moduleIterType, moduleType, shortTypeName, splitArgs } from "./itertools_helpers.js";
import { SSIZE_MAX } from "../objects/int.js";

let structErrorType: PyType | null = null;

/** `struct.error`, made on first use (a class defined by calling type()). */
function structError(): PyType {
  if (structErrorType === null) {
    const ns = new PyDict();
    ns.setStr("__module__", "struct");
    structErrorType = call(typeType, ["error", new PyTuple([exceptionType("Exception")]), ns]) as PyType;
  }
  return structErrorType;
}

function error(msg: string): never {
  throw newException(structError(), strFromJS(msg));
}

interface Item {
  code: string;
  /** Repeat count for numbers; the length for 's' and 'p'. */
  count: number;
  size: number;
  offset: number;
  /** An unsigned code by its case (every pack and unpack asked, a string made each time). */
  upper: boolean;
}

interface Compiled {
  /** The format's codes, a repeated number code once with its count. */
  groups: Item[];
  /** One item per value, made at the first pack or unpack (itemsOf). */
  expanded: Item[] | null;
  size: number;
  /** The size as calcsize reports it: exact past 2**53, where `size` is not (no buffer of
   * such a struct can be made). */
  exactSize: number | bigint;
  /** Number of Python values packed or unpacked. */
  nvalues: number;
  little: boolean;
  native: boolean;
}

const NATIVE_SIZE: Record<string, number> = {
  x: 1,
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  e: 2,
  f: 4,
  d: 8,
  s: 1,
  p: 1,
  P: 8,
};
const STD_SIZE: Record<string, number> = {
  x: 1,
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 4,
  L: 4,
  q: 8,
  Q: 8,
  e: 2,
  f: 4,
  d: 8,
  s: 1,
  p: 1,
};

const cache = new Map<string, Compiled>();

const TOO_LONG = "total struct size too long";

/** Each value of a format has an item of its own: beyond this many (a repeat count in the
 * hundreds of millions) MemoryError, where CPython, which keeps one entry per repeated
 * code, would still compute the size. */
const MAX_ITEMS = 1 << 25;

/** The largest buffer pack() makes (Node's limit on one allocation is near it). */
const MAX_BUFFER = 2 ** 31;

function compile(fmt: string): Compiled {
  const hit = cache.get(fmt);
  if (hit) return hit;
  // CPython hands the format to C as a NUL-terminated string.
  if (fmt.includes("\0")) error("embedded null character");
  let i = 0;
  let native = true,
    little = true;
  const first = fmt[0];
  if (first === "<" || first === ">" || first === "!" || first === "=" || first === "@") {
    i = 1;
    native = first === "@";
    little = first === "<" || first === "=" || first === "@";
  }
  const sizes = native ? NATIVE_SIZE : STD_SIZE;
  const groups: Item[] = [];
  let size = 0,
    nvalues = 0;
  let exact: bigint | null = null;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let count = 1;
    let exactCount: bigint | null = null;
    if (c >= "0" && c <= "9") {
      let j = i;
      while (j < fmt.length && fmt[j]! >= "0" && fmt[j]! <= "9") j++;
      const digits = fmt.slice(i, j);
      if (j - i > 15) {
        exactCount = BigInt(digits);
        if (exactCount > SSIZE_MAX) error(TOO_LONG);
      }
      count = Number(digits);
      if (j >= fmt.length) error("repeat count given without format specifier");
      i = j;
    }
    const code = fmt[i++]!;
    const sz = sizes[code];
    if (sz === undefined) error("bad char in struct format");
    if (native && code !== "s" && code !== "p" && code !== "x") size = Math.ceil(size / sz) * sz;
    // CPython's check that the total fits in a Py_ssize_t, made before anything is built;
    // past 2**53 the size is kept exactly, for calcsize.
    if (count > 0xffffffff || exact !== null) {
      const unit = BigInt(sz);
      let at: bigint = exact ?? BigInt(size);
      if (native && code !== "s" && code !== "p" && code !== "x") at = ((at + unit - 1n) / unit) * unit;
      const n = exactCount ?? BigInt(count);
      if (n * unit > SSIZE_MAX - at) error(TOO_LONG);
      exact = at + n * unit;
    }
    if (code === "s" || code === "p") {
      groups.push({ code, count, size: count, offset: size, upper: false });
      size += count;
      nvalues++;
    } else if (code === "x") size += count;
    else {
      // Repeated codes are expanded once the whole format has been checked.
      groups.push({ code, count, size: sz, offset: size, upper: code === code.toUpperCase() });
      size += count * sz;
      nvalues += count;
    }
  }
  const exactSize = exact !== null && exact > BigInt(Number.MAX_SAFE_INTEGER) ? exact : size;
  const out: Compiled = { groups, expanded: null, size, exactSize, nvalues, little, native };
  if (cache.size > 100) cache.clear();
  cache.set(fmt, out);
  return out;
}

/** One item per value: a repeated number code becomes `count` items of one. */
function itemsOf(c: Compiled): Item[] {
  if (c.expanded !== null) return c.expanded;
  if (c.nvalues > MAX_ITEMS) throw newException(exceptionType("MemoryError"));
  const items: Item[] = [];
  for (const g of c.groups) {
    if (g.code === "s" || g.code === "p") items.push(g);
    else
      for (let k = 0; k < g.count; k++)
        items.push({ code: g.code, count: 1, size: g.size, offset: g.offset + k * g.size, upper: g.upper });
  }
  return (c.expanded = items);
}

// ---- half floats (IEEE binary16) ----

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let f = x * Math.pow(2, -e);
  while (Math.abs(f) < 0.5) {
    f *= 2;
    e--;
  }
  while (Math.abs(f) >= 1) {
    f /= 2;
    e++;
  }
  return [f, e];
}

function packHalf(x: number): number {
  let sign = 0;
  if (Number.isNaN(x)) return 0x7e00;
  if (x < 0 || Object.is(x, -0)) {
    sign = 1;
    x = -x;
  }
  if (x === Infinity) return (sign << 15) | 0x7c00;
  if (x === 0) return sign << 15;
  let [f, e] = frexp(x);
  f *= 2;
  e -= 1;
  if (e >= 16) throw overflowError("float too large to pack with e format");
  if (e < -25) {
    f = 0;
    e = 0;
  } else if (e < -14) {
    f = f * Math.pow(2, 14 + e);
    e = 0;
  } else {
    e += 15;
    f -= 1;
  }
  f *= 1024;
  let bits = Math.floor(f);
  const rest = f - bits;
  if (rest > 0.5 || (rest === 0.5 && bits % 2 === 1)) {
    bits++;
    if (bits === 1024) {
      bits = 0;
      e++;
      if (e === 31) throw overflowError("float too large to pack with e format");
    }
  }
  return (sign << 15) | (e << 10) | bits;
}

function unpackHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f,
    f = h & 0x3ff;
  if (e === 0x1f) return f === 0 ? sign * Infinity : NaN;
  if (e === 0) return sign * f * Math.pow(2, -24);
  return sign * (1 + f / 1024) * Math.pow(2, e - 15);
}

// ---- packing ----

const RANGE_NAMES: Record<string, string> = { b: "byte", B: "ubyte", h: "short", H: "ushort" };

function intArg(v: PyObject): bigint {
  if (typeof v === "number") return BigInt(v);
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (isFloat(v) || typeOf(v).lookup("__index__") === undefined) error("required argument is not an integer");
  return BigInt(index(v));
}

const TWO_32 = 4294967296;

/** Writes a small int held as a JS number without going through BigInt; false when the
 * value is out of the format's range (the BigInt path then raises the right error). */
function packSmallInt(view: DataView, it: Item, v: number, little: boolean): boolean {
  const unsigned = it.upper && it.code !== "P";
  if (unsigned ? v < 0 : false) return false;
  switch (it.size) {
    case 1:
      if (unsigned ? v > 0xff : v < -0x80 || v > 0x7f) return false;
      view.setUint8(it.offset, v & 0xff);
      return true;
    case 2:
      if (unsigned ? v > 0xffff : v < -0x8000 || v > 0x7fff) return false;
      view.setUint16(it.offset, v & 0xffff, little);
      return true;
    case 4:
      if (unsigned ? v > 0xffffffff : v < -0x80000000 || v > 0x7fffffff) return false;
      view.setUint32(it.offset, v >>> 0, little);
      return true;
    case 8: {
      // Every safe integer fits 64 bits: split it into two's-complement halves.
      const high = Math.floor(v / TWO_32);
      const low = v - high * TWO_32;
      view.setUint32(it.offset + (little ? 0 : 4), low, little);
      view.setUint32(it.offset + (little ? 4 : 0), high >>> 0, little);
      return true;
    }
    default:
      return false;
  }
}

function packInt(view: DataView, it: Item, v: PyObject, c: Compiled): void {
  if (typeof v === "number" && packSmallInt(view, it, v, c.little)) return;
  const code = it.code;
  const n = intArg(v);
  const unsigned = it.upper && code !== "P";
  const bits = BigInt(it.size * 8);
  let lo: bigint, hi: bigint;
  if (code === "P") {
    lo = -(1n << 63n);
    hi = (1n << 64n) - 1n;
  } else if (unsigned) {
    lo = 0n;
    hi = (1n << bits) - 1n;
  } else {
    lo = -(1n << (bits - 1n));
    hi = (1n << (bits - 1n)) - 1n;
  }
  if (n < lo || n > hi) {
    const name = RANGE_NAMES[code];
    if (name !== undefined) error(`${name} format requires ${lo} <= number <= ${hi}`);
    if (it.size === 4 && !(unsigned && n < 0n)) error(`'${code}' format requires ${lo} <= number <= ${hi}`);
    error("argument out of range");
  }
  const u = BigInt.asUintN(Number(bits), n);
  for (let k = 0; k < it.size; k++) {
    const byte = Number((u >> BigInt(8 * k)) & 0xffn);
    view.setUint8(it.offset + (c.little ? k : it.size - 1 - k), byte);
  }
}

function floatArg(v: PyObject): number {
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || isFloat(v))
    return toFloat(v);
  const t = typeOf(v);
  if (t.lookup("__float__") === undefined && t.lookup("__index__") === undefined)
    error("required argument is not a float");
  return toFloat(v);
}

function packItem(view: DataView, bytes: Uint8Array, it: Item, v: PyObject, c: Compiled): void {
  switch (it.code) {
    case "c": {
      const b = bufferOf(v);
      if (
        b === undefined ||
        isStr(v) ||
        !(typeOf(v).name === "bytes" || v instanceof PyByteArray) ||
        b.length !== 1
      )
        error("char format requires a bytes object of length 1");
      bytes[it.offset] = b[0]!;
      return;
    }
    case "s":
    case "p": {
      const b = isStr(v) ? undefined : bufferOf(v);
      if (b === undefined) error(`argument for '${it.code}' must be a bytes object`);
      if (it.code === "s") bytes.set(b.subarray(0, it.count), it.offset);
      else if (it.count > 0) {
        // The count byte saturates at 255; the data fills the field all the same.
        const n = Math.min(b.length, it.count - 1);
        bytes[it.offset] = Math.min(n, 255);
        bytes.set(b.subarray(0, n), it.offset + 1);
      }
      return;
    }
    case "?":
      bytes[it.offset] = isTrue(v) ? 1 : 0;
      return;
    case "e":
      view.setUint16(it.offset, packHalf(floatArg(v)), c.little);
      return;
    case "f": {
      const x = floatArg(v);
      if (Number.isFinite(x) && !Number.isFinite(Math.fround(x)))
        throw overflowError("float too large to pack with f format");
      view.setFloat32(it.offset, x, c.little);
      return;
    }
    case "d":
      view.setFloat64(it.offset, floatArg(v), c.little);
      return;
    default:
      packInt(view, it, v, c);
  }
}

function packInto(c: Compiled, buf: Uint8Array, offset: number, values: PyObject[], name: string): void {
  if (values.length !== c.nvalues)
    error(`${name} expected ${c.nvalues} items for packing (got ${values.length})`);
  const view = new DataView(buf.buffer, buf.byteOffset + offset, c.size);
  const bytes = buf.subarray(offset, offset + c.size);
  const items = itemsOf(c);
  for (let k = 0; k < items.length; k++) packItem(view, bytes, items[k]!, values[k]!, c);
}

/** A small buffer and its DataView, reused by pack() and unpack() of short formats: pickle
 * packs and unpacks one or two numbers per object, and a DataView per call cost more than
 * the conversion. */
const SCRATCH = new Uint8Array(64);
const SCRATCH_VIEW = new DataView(SCRATCH.buffer);
/** Set while pack() fills SCRATCH: a value's __index__ may pack again. */
let scratchBusy = false;

function pack(c: Compiled, values: PyObject[]): PyObject {
  if (c.size > MAX_BUFFER) throw newException(exceptionType("MemoryError"));
  if (c.size > SCRATCH.length || scratchBusy) {
    const buf = new Uint8Array(c.size);
    packInto(c, buf, 0, values, "pack");
    return newBytes(buf);
  }
  if (values.length !== c.nvalues)
    error(`pack expected ${c.nvalues} items for packing (got ${values.length})`);
  scratchBusy = true;
  try {
    // (Short formats, the usual ones, are cleared in a loop: fill's call cost more.)
    if (c.size <= 32) for (let k = 0; k < c.size; k++) SCRATCH[k] = 0;
    else SCRATCH.fill(0, 0, c.size);
    const items = itemsOf(c);
    for (let k = 0; k < items.length; k++) packItem(SCRATCH_VIEW, SCRATCH, items[k]!, values[k]!, c);
  } finally {
    scratchBusy = false;
  }
  return newBytes(SCRATCH.slice(0, c.size));
}

// ---- unpacking ----

function unpackInt(view: DataView, it: Item, c: Compiled): PyObject {
  const unsignedCode = it.upper;
  switch (it.size) {
    case 1:
      return unsignedCode ? view.getUint8(it.offset) : view.getInt8(it.offset);
    case 2:
      return unsignedCode ? view.getUint16(it.offset, c.little) : view.getInt16(it.offset, c.little);
    case 4:
      return unsignedCode ? view.getUint32(it.offset, c.little) : view.getInt32(it.offset, c.little);
    case 8: {
      const low = view.getUint32(it.offset + (c.little ? 0 : 4), c.little);
      const high = view.getUint32(it.offset + (c.little ? 4 : 0), c.little);
      // Within 2**53 in magnitude the value is exact as a number.
      if (high < 0x200000) return high * TWO_32 + low;
      if (!unsignedCode && high >= 0xffe00000 && (high !== 0xffe00000 || low !== 0))
        return (high - TWO_32) * TWO_32 + low;
      break;
    }
  }
  let u = 0n;
  for (let k = 0; k < it.size; k++) {
    const byte = view.getUint8(it.offset + (c.little ? k : it.size - 1 - k));
    u |= BigInt(byte) << BigInt(8 * k);
  }
  return normaliseInt(unsignedCode ? u : BigInt.asIntN(it.size * 8, u));
}

function unpackAt(c: Compiled, buf: Uint8Array, offset: number): PyObject {
  let view: DataView;
  if (c.size <= SCRATCH.length && !scratchBusy) {
    // Nothing below runs Python code, so the scratch copy cannot be overwritten meanwhile.
    for (let k = 0; k < c.size; k++) SCRATCH[k] = buf[offset + k]!;
    view = SCRATCH_VIEW;
  } else view = new DataView(buf.buffer, buf.byteOffset + offset, c.size);
  const out: PyObject[] = [];
  for (const it of itemsOf(c)) {
    switch (it.code) {
      case "c":
        out.push(newBytes(buf.slice(offset + it.offset, offset + it.offset + 1)));
        break;
      case "s":
        out.push(newBytes(buf.slice(offset + it.offset, offset + it.offset + it.count)));
        break;
      case "p": {
        if (it.count === 0) {
          out.push(newBytes(new Uint8Array(0)));
          break;
        }
        const n = Math.min(buf[offset + it.offset]!, it.count - 1);
        out.push(newBytes(buf.slice(offset + it.offset + 1, offset + it.offset + 1 + n)));
        break;
      }
      case "?":
        out.push(buf[offset + it.offset] !== 0);
        break;
      case "e":
        out.push(newFloat(unpackHalf(view.getUint16(it.offset, c.little))));
        break;
      case "f":
        out.push(newFloat(view.getFloat32(it.offset, c.little)));
        break;
      case "d":
        out.push(newFloat(view.getFloat64(it.offset, c.little)));
        break;
      default:
        out.push(unpackInt(view, it, c));
    }
  }
  return new PyTuple(out);
}

function bufferArg(v: PyObject): Uint8Array {
  const b = isStr(v) ? undefined : bufferOf(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

function unpack(c: Compiled, v: PyObject): PyObject {
  const b = bufferArg(v);
  if (b.length !== c.size) error(`unpack requires a buffer of ${c.size} bytes`);
  return unpackAt(c, b, 0);
}

function unpackFrom(c: Compiled, v: PyObject, off: PyObject | undefined): PyObject {
  const b = bufferArg(v);
  return unpackAt(c, b, off === undefined ? 0 : resolveOffset(c, b.length, off, "unpack"));
}

/** A Py_ssize_t offset, exact (a bigint) beyond 2**53 for the error messages. pack_into
 * converts it by hand with IndexError, unpack_from through Argument Clinic. */
function ssizeOffset(v: PyObject, op: "pack" | "unpack"): number | bigint {
  const i = index(v);
  if (typeof i === "number" || (i <= SSIZE_MAX && i >= -SSIZE_MAX - 1n)) return i;
  if (op === "pack")
    throw newException(
      exceptionType("IndexError"),
      strFromJS("cannot fit 'int' into an index-sized integer"),
    );
  throw overflowError("Python int too large to convert to C ssize_t");
}

/** The offset of pack_into or unpack_from, a negative one counted from the end, checked
 * against the buffer in CPython 3.11's order and words. */
function resolveOffset(c: Compiled, len: number, off: PyObject, op: "pack" | "unpack"): number {
  const i = ssizeOffset(off, op);
  if (typeof i === "number" && i >= 0 && len - i >= c.size) return i;
  const size = BigInt(c.size);
  let offset = BigInt(i);
  if (offset < 0n) {
    if (op === "pack" && offset + size > 0n) error(`no space to pack ${size} bytes at offset ${offset}`);
    if (offset + BigInt(len) < 0n) error(`offset ${offset} out of range for ${len}-byte buffer`);
    if (op === "unpack" && offset + size > 0n)
      error(`not enough data to unpack ${size} bytes at offset ${offset}`);
    offset += BigInt(len);
  }
  if (BigInt(len) - offset < size) {
    const [name, verb] = op === "pack" ? ["pack_into", "packing"] : ["unpack_from", "unpacking"];
    error(
      `${name} requires a buffer of at least ${size + offset} bytes for ${verb} ${size} bytes at offset ${offset} (actual buffer size is ${len})`,
    );
  }
  return Number(offset);
}

function packIntoArgs(c: Compiled, args: PyObject[]): PyObject {
  if (args.length < 2) error(`pack_into expected buffer argument`);
  const target = writableBufferOf(args[0]!);
  if (target === undefined)
    throw typeError(`argument must be read-write bytes-like object, not ${typeOf(args[0]!).name}`);
  const offset = resolveOffset(c, target.data.length, args[1]!, "pack");
  packInto(c, target.data, offset, args.slice(2), "pack_into");
  target.commit();
  return None;
}

// ---- Struct and the unpack iterator ----

const structType = moduleType("_struct", "Struct");

class PyStruct implements PyObjectBase {
  dict: AttributeDict | null = null;
  constructor(
    public type: PyType,
    public format: PyObject,
    public compiled: Compiled,
  ) {}
}

function formatText(f: PyObject): string {
  if (isStr(f)) return jsString(f);
  const b = bufferOf(f);
  if (b !== undefined && typeOf(f).name === "bytes") return String.fromCharCode(...b);
  throw typeError(`Struct() argument 1 must be a str or bytes object, not ${typeOf(f).name}`);
}

function compiledOf(f: PyObject): Compiled {
  if (f instanceof PyStruct) return f.compiled;
  return compile(formatText(f));
}

function asStruct(o: PyObject): PyStruct {
  if (!(o instanceof PyStruct)) throw typeError("descriptor requires a '_struct.Struct' object");
  return o;
}

defineNew(structType, (cls, args, kwnames: KwNames) => {
  const { pos, kw } = splitArgs(args, kwnames);
  const f = pos[0] ?? kw.find(([k]) => k === "format")?.[1];
  if (f === undefined) throw typeError("Struct() missing required argument 'format' (pos 1)");
  return adopt(new PyStruct(cls, f, compile(formatText(f))), cls);
});
defineMethods(structType, {
  __init__: () => None,
  pack: (self, args) => pack(asStruct(self).compiled, args),
  pack_into: (self, args) => packIntoArgs(asStruct(self).compiled, args),
  unpack: (self, args) => unpack(asStruct(self).compiled, args[0]!),
  unpack_from(self, args, kwnames) {
    const { pos, kw } = splitArgs(args, kwnames);
    const buffer = pos[0] ?? kw.find(([k]) => k === "buffer")?.[1];
    if (buffer === undefined) throw typeError("unpack_from() missing required argument 'buffer' (pos 1)");
    return unpackFrom(asStruct(self).compiled, buffer, pos[1] ?? kw.find(([k]) => k === "offset")?.[1]);
  },
  iter_unpack: (self, args) => iterUnpack(asStruct(self).compiled, args[0]!),
  __sizeof__: (self) => 64 + 8 * asStruct(self).compiled.groups.length,
});
defineGetSets(structType, {
  format: [
    (self) =>
      isStr(asStruct(self).format) ? asStruct(self).format : strFromJS(formatText(asStruct(self).format)),
  ],
  size: [(self) => asStruct(self).compiled.exactSize],
});

const unpackIterType = moduleIterType("_struct", "unpack_iterator", false);

class UnpackIter implements NativeIter {
  type = unpackIterType;
  offset = 0;
  constructor(
    readonly c: Compiled,
    readonly buf: Uint8Array,
  ) {}
  nextValue(): PyObject | undefined {
    if (this.offset + this.c.size > this.buf.length) return undefined;
    const v = unpackAt(this.c, this.buf, this.offset);
    this.offset += this.c.size;
    return v;
  }
}
// 3.11's message, quote and all.
defineNew(unpackIterType, (cls) => {
  throw typeError(`Cannot create '${shortTypeName(cls)} objects`);
});
defineMethods(unpackIterType, {
  __length_hint__: (self) => {
    const u = self as UnpackIter;
    return Math.floor((u.buf.length - u.offset) / u.c.size);
  },
});

function iterUnpack(c: Compiled, v: PyObject): PyObject {
  if (c.size === 0) error("cannot iteratively unpack with a struct of length 0");
  const b = bufferArg(v);
  if (b.length % c.size !== 0)
    error(`iterative unpacking requires a buffer of a multiple of ${c.size} bytes`);
  return new UnpackIter(c, b);
}

function fn(name: string, impl: (args: PyObject[], kwnames: KwNames) => PyObject): PyObject {
  return builtinFunction(name, impl, "_struct");
}

function needFormat(name: string, args: PyObject[]): PyObject {
  if (args.length < 1) throw typeError(`${name}() missing required argument 'format' (pos 1)`);
  return args[0]!;
}

registerNativeModule("_struct", () => ({
  __doc__: strFromJS("Functions to convert between Python values and C structs."),
  Struct: structType,
  error: structError(),
  pack: fn("pack", (args) => pack(compiledOf(needFormat("pack", args)), args.slice(1))),
  pack_into: fn("pack_into", (args) =>
    packIntoArgs(compiledOf(needFormat("pack_into", args)), args.slice(1)),
  ),
  unpack: fn("unpack", (args) => {
    if (args.length !== 2) throw typeError(`unpack expected 2 arguments, got ${args.length}`);
    return unpack(compiledOf(args[0]!), args[1]!);
  }),
  unpack_from: fn("unpack_from", (args, kwnames) => {
    const { pos, kw } = splitArgs(args, kwnames);
    const buffer = pos[1] ?? kw.find(([k]) => k === "buffer")?.[1];
    if (buffer === undefined) throw typeError("unpack_from() missing required argument 'buffer' (pos 2)");
    return unpackFrom(
      compiledOf(needFormat("unpack_from", pos)),
      buffer,
      pos[2] ?? kw.find(([k]) => k === "offset")?.[1],
    );
  }),
  iter_unpack: fn("iter_unpack", (args) => {
    if (args.length !== 2) throw typeError(`iter_unpack expected 2 arguments, got ${args.length}`);
    return iterUnpack(compiledOf(args[0]!), args[1]!);
  }),
  calcsize: fn("calcsize", (args) => compiledOf(needFormat("calcsize", args)).exactSize),
  _clearcache: fn("_clearcache", () => {
    cache.clear();
    return None;
  }),
}));
