// bytes and bytearray: the objects, the buffer protocol basics, and the methods the two
// types share (installed on both from one table; results are made by the receiver's
// kind: bytes methods return bytes, bytearray methods return bytearray).
//
// Most searching and splitting reuses str's Text algorithms on a Latin-1 view of the
// data (one JS character per byte), with ASCII-only whitespace and case rules.

import { len } from "./abstract.js";
import {
  bytearrayType,
  bytesType,
  listType,
  None,
  NotImplemented,
  builtinType,
  tupleType,
} from "./bootstrap.js";
import { call, callSpecial } from "./call.js";
import {
  exceptionType,
  indexError,
  isException,
  newException,
  overflowError,
  StopIteration_,
  typeError,
  valueError,
} from "./exceptions.js";
import {
  builtinFunction,
  builtinStaticMethod,
  defineClassMethods,
  defineMethods,
  type KwNames,
  defineSequenceMethods,
} from "./function.js";
import {
  isInt,
  typeOf,
  type PyObject,
  type PyObjectBase,
  newAttributeDict,
  type AttributeDict,
  type WithSerial,
} from "./object.js";
import { typeName } from "./names.js";
import { PyType } from "./type.js";
import {
  adjustIndices,
  strFromJS,
  strText,
  textCount,
  textFind,
  textMatchAt,
  textRFind,
  textToJS,
  type Text,
} from "./str.js";
import {
  centerMargins,
  expandTabs,
  replaceText,
  rsplitSep,
  rsplitWhitespace,
  splitLines,
  splitSep,
  splitWhitespace,
  stripRange,
} from "./str_text.js";
import {
  clinicArgs,
  clinicKwArgs,
  indexArg,
  noArgs,
  oneArg,
  sliceIndexArg,
  slotArgs,
  ssizeArg,
  tupleArgs,
} from "./str_args.js";
import { index, lengthHint, PyList, PySlice, PyTuple, toArray, getIter, iterNext } from "./str_runtime.js";
import { sliceIndices } from "./slice.js";
import { percentFormat, percentHooks, type PercentMode } from "./percent_format.js";
import { ascii, repr } from "./str_runtime.js";
import { sipHashBytes } from "../support/siphash.js";
import {
  clampIndex,
  MAX_BYTES_LENGTH,
  reduceWithBuiltin,
  repeatCount,
  stateIndex,
  type RepeatLimit,
} from "./iterators.js";

export class PyBytes implements PyObjectBase, WithSerial {
  dict: AttributeDict | null;
  serial = 0;
  constructor(
    public data: Uint8Array,
    public type: PyType = bytesType,
  ) {
    this.dict = type === bytesType ? null : newAttributeDict();
  }
}

export class PyByteArray implements PyObjectBase {
  dict: AttributeDict | null;
  /** Storage; only the first `length` bytes are the value. */
  buf: Uint8Array;
  length: number;
  /** Number of live memoryview exports; resizing is refused while positive. */
  exports = 0;
  constructor(
    data: Uint8Array = new Uint8Array(0),
    public type: PyType = bytearrayType,
  ) {
    this.buf = data;
    this.length = data.length;
    this.dict = type === bytearrayType ? null : newAttributeDict();
  }
  get data(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
  /** Replaces bytes [start, end) by `repl`. */
  splice(start: number, end: number, repl: Uint8Array): void {
    const delta = repl.length - (end - start);
    if (delta !== 0 && this.exports > 0)
      throw newException(exceptionType("BufferError"), "Existing exports of data: object cannot be re-sized");
    const newLen = this.length + delta;
    if (newLen > this.buf.length) {
      const nb = new Uint8Array(Math.max(newLen, this.buf.length * 2, 16));
      nb.set(this.buf.subarray(0, this.length));
      this.buf = nb;
    }
    this.buf.copyWithin(start + repl.length, end, this.length);
    this.buf.set(repl, start);
    this.length = newLen;
  }
}

bytesType.newInstance = (t) => new PyBytes(new Uint8Array(0), t);
bytearrayType.newInstance = (t) => new PyByteArray(new Uint8Array(0), t);

export const EMPTY_BYTES = new PyBytes(new Uint8Array(0));

export function newBytes(data: Uint8Array): PyBytes {
  return new PyBytes(data);
}

export function isBytes(v: PyObject): v is PyBytes {
  return v instanceof PyBytes;
}

export function isByteArray(v: PyObject): v is PyByteArray {
  return v instanceof PyByteArray;
}

/** Objects exporting a buffer (memoryview.ts registers itself here). */
export const bufferHooks: { view: (v: PyObject) => Uint8Array | undefined } = { view: () => undefined };

/** The bytes of a bytes-like object (buffer protocol), or undefined. */
export function bufferOf(v: PyObject): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyByteArray) return v.data;
  return bufferHooks.view(v);
}

export function latin1(data: Uint8Array): string {
  let s = "";
  for (let i = 0; i < data.length; i += 8192)
    s += String.fromCharCode.apply(null, data.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

export function fromLatin1(t: Text): Uint8Array {
  const out = new Uint8Array(t.length);
  for (let i = 0; i < t.length; i++) out[i] = (t[i] as string).charCodeAt(0);
  return out;
}

percentHooks.bytesFromLatin1 = (t) => new PyBytes(fromLatin1(t));

// ---- repr ----

export function bytesReprJS(data: Uint8Array, prefix = "b"): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of data) {
    if (b === 39) hasSingle = true;
    else if (b === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  const q = quote.charCodeAt(0);
  let out = prefix + quote;
  for (const b of data) {
    if (b === q || b === 92) out += "\\" + String.fromCharCode(b);
    else if (b === 9) out += "\\t";
    else if (b === 10) out += "\\n";
    else if (b === 13) out += "\\r";
    else if (b < 32 || b >= 127) out += "\\x" + b.toString(16).padStart(2, "0");
    else out += String.fromCharCode(b);
  }
  return out + quote;
}

// ---- argument helpers ----

/** A bytes-like argument: "a bytes-like object is required, not 'str'". */
export function bytesArg(v: PyObject): Uint8Array {
  const b = bufferOf(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

/** A byte value: an int in range(256). */
export function byteValue(v: PyObject): number {
  if (!isInt(v) && typeof v !== "boolean" && typeOf(v).lookup("__index__") === undefined)
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const i = typeof v === "boolean" ? Number(v) : index(v);
  if (typeof i === "bigint" || i < 0 || i > 255) throw valueError("byte must be in range(0, 256)");
  return i;
}

/** A byte value of bytes(iterable), whose message says "bytes". */
function bytesItemValue(v: PyObject): number {
  if (!isInt(v) && typeof v !== "boolean" && typeOf(v).lookup("__index__") === undefined)
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const i = typeof v === "boolean" ? Number(v) : index(v);
  if (typeof i === "bigint" || i < 0 || i > 255) throw valueError("bytes must be in range(0, 256)");
  return i;
}

/** The data of the receiver of a shared method. */
function dataOf(self: PyObject): Uint8Array {
  if (self instanceof PyBytes || self instanceof PyByteArray) return self.data;
  throw typeError(`descriptor requires a 'bytes' object but received a '${typeName(self)}'`);
}

/** Makes a result of the receiver's kind. */
function make(self: PyObject, data: Uint8Array): PyObject {
  return self instanceof PyByteArray ? new PyByteArray(data.slice()) : new PyBytes(data);
}

function makeText(self: PyObject, t: Text): PyObject {
  return make(self, fromLatin1(t));
}

/** bytes methods name their receiver's type in messages. */
function kind(self: PyObject): string {
  return self instanceof PyByteArray ? "bytearray" : "bytes";
}

const isAsciiSpace = (t: Text, i: number): boolean => {
  const c = (t[i] as string).charCodeAt(0);
  return c === 32 || (c >= 9 && c <= 13);
};
const isAsciiLineBreak = (t: Text, i: number): boolean => t[i] === "\n" || t[i] === "\r";

/** The sub argument of find/count/...: bytes-like or an int byte. */
function subArg(v: PyObject): Text {
  if (isInt(v) || typeof v === "boolean") return String.fromCharCode(byteValue(v));
  const b = bufferOf(v);
  if (b === undefined)
    throw typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
  return latin1(b);
}

/** The sub argument of find/index/`in` as bytes (an int is one byte). */
function subBytes(v: PyObject): Uint8Array {
  if (isInt(v) || typeof v === "boolean") return Uint8Array.of(byteValue(v));
  const b = bufferOf(v);
  if (b === undefined)
    throw typeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
  return b;
}

function matchesAt(hay: Uint8Array, needle: Uint8Array, at: number): boolean {
  for (let j = 1; j < needle.length; j++) if (hay[at + j] !== needle[j]) return false;
  return true;
}

/** textFind over bytes, searched in place: readline finds b"\n" in every buffered chunk,
 * and turning the chunk into a string first made each search as dear as the chunk. */
export function bytesFind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const n = needle.length;
  if (start > hay.length || end - start < n) return -1;
  if (n === 0) return start;
  const first = needle[0]!;
  for (let i = hay.indexOf(first, start); i >= 0 && i + n <= end; i = hay.indexOf(first, i + 1)) {
    if (matchesAt(hay, needle, i)) return i;
  }
  return -1;
}

/** textRFind over bytes. */
export function bytesRFind(hay: Uint8Array, needle: Uint8Array, start: number, end: number): number {
  const n = needle.length;
  if (start > hay.length || end - start < n) return -1;
  if (n === 0) return end;
  const first = needle[0]!;
  for (let i = hay.lastIndexOf(first, end - n); i >= start; i = i > 0 ? hay.lastIndexOf(first, i - 1) : -1) {
    if (matchesAt(hay, needle, i)) return i;
  }
  return -1;
}

function find(self: PyObject, args: PyObject[], kwnames: KwNames, name: string, reverse: boolean): number {
  tupleArgs(name, `${kind(self)}.${name}`, args, kwnames, 1, 3);
  const data = dataOf(self);
  const sub = subBytes(args[0]!);
  const [s, e] = adjustIndices(
    sliceIndexArg(args[1], 0),
    sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER),
    data.length,
  );
  return reverse ? bytesRFind(data, sub, s, e) : bytesFind(data, sub, s, e);
}

function affix(self: PyObject, args: PyObject[], kwnames: KwNames, name: string, atEnd: boolean): boolean {
  tupleArgs(name, `${kind(self)}.${name}`, args, kwnames, 1, 3);
  const t = latin1(dataOf(self));
  const s = sliceIndexArg(args[1], 0);
  const e = sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER);
  const arg = args[0]!;
  if (arg instanceof PyTuple) {
    for (const item of arg.items) {
      const b = bufferOf(item);
      if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeName(item)}'`);
      if (textMatchAt(t, latin1(b), s, e, atEnd)) return true;
    }
    return false;
  }
  const b = bufferOf(arg);
  if (b === undefined)
    throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeName(arg)}`);
  return textMatchAt(t, latin1(b), s, e, atEnd);
}

function listOf(self: PyObject, parts: Text[]): PyObject {
  return new PyList(parts.map((p) => makeText(self, p)));
}

function split(self: PyObject, args: PyObject[], kwnames: KwNames, name: string): PyObject {
  const t = latin1(dataOf(self));
  const [sepArg, maxArg] = clinicKwArgs(name, ["sep", "maxsplit"], args, kwnames);
  const maxsplit = maxArg === undefined ? -1 : ssizeArg(maxArg);
  if (sepArg === undefined || sepArg === None)
    return listOf(
      self,
      name === "split"
        ? splitWhitespace(t, maxsplit, isAsciiSpace)
        : rsplitWhitespace(t, maxsplit, isAsciiSpace),
    );
  const sep = latin1(bytesArg(sepArg));
  if (sep.length === 0) throw valueError("empty separator");
  return listOf(self, name === "split" ? splitSep(t, sep, maxsplit) : rsplitSep(t, sep, maxsplit));
}

function strip(self: PyObject, args: PyObject[], kwnames: KwNames, name: string): PyObject {
  clinicArgs(name, `${kind(self)}.${name}`, args, kwnames, 0, 1);
  const data = dataOf(self);
  const t = latin1(data);
  let chars: Text | undefined;
  if (args[0] !== undefined && args[0] !== None) chars = latin1(bytesArg(args[0]));
  const [s, e] = stripRange(t, chars, name !== "rstrip", name !== "lstrip", isAsciiSpace);
  if (s === 0 && e === t.length && self instanceof PyBytes && self.type === bytesType) return self;
  return make(self, data.slice(s, e));
}

function pad(self: PyObject, args: PyObject[], kwnames: KwNames, name: string): PyObject {
  clinicArgs(name, `${kind(self)}.${name}`, args, kwnames, 1, 2);
  const data = dataOf(self);
  const width = ssizeArg(args[0]!);
  let fill = 32;
  if (args[1] !== undefined) {
    const f = bufferOf(args[1]);
    if (f === undefined || f.length !== 1 || !(args[1] instanceof PyBytes || args[1] instanceof PyByteArray))
      throw typeError(
        `${name}() argument 2 must be a byte string of length 1, not ${f === undefined ? typeName(args[1]) : typeName(args[1])}`,
      );
    fill = f[0]!;
  }
  if (width <= data.length)
    return self instanceof PyBytes && self.type === bytesType ? self : make(self, data.slice());
  let left: number;
  if (name === "center") left = centerMargins(data.length, width)[0];
  else if (name === "ljust") left = 0;
  else left = width - data.length;
  const out = new Uint8Array(width).fill(fill);
  out.set(data, left);
  return make(self, out);
}

// ---- case and predicates (ASCII only) ----

const isLowerB = (b: number) => b >= 97 && b <= 122;
const isUpperB = (b: number) => b >= 65 && b <= 90;
const isAlphaB = (b: number) => isLowerB(b) || isUpperB(b);
const isDigitB = (b: number) => b >= 48 && b <= 57;

function mapBytes(self: PyObject, f: (b: number, i: number, prev: number) => number): PyObject {
  const data = dataOf(self);
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = f(data[i]!, i, i > 0 ? data[i - 1]! : -1);
  return make(self, out);
}

const lowerB = (b: number) => (isUpperB(b) ? b + 32 : b);
const upperB = (b: number) => (isLowerB(b) ? b - 32 : b);

function allBytes(data: Uint8Array, p: (b: number) => boolean): boolean {
  if (data.length === 0) return false;
  for (const b of data) if (!p(b)) return false;
  return true;
}

function title(self: PyObject): PyObject {
  const data = dataOf(self);
  const out = new Uint8Array(data.length);
  let prevCased = false;
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    out[i] = prevCased ? lowerB(b) : upperB(b);
    prevCased = isAlphaB(b);
  }
  return make(self, out);
}

function isTitleB(data: Uint8Array): boolean {
  let cased = false;
  let prevCased = false;
  for (const b of data) {
    if (isUpperB(b)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerB(b)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

// ---- hex ----

export function hexOf(
  data: Uint8Array,
  sepArg: PyObject | undefined,
  perSepArg: PyObject | undefined,
): string {
  let hex = "";
  for (const b of data) hex += (b < 16 ? "0" : "") + b.toString(16);
  if (sepArg === undefined) return hex;
  // As _Py_strhex: the length first (a None separator has none), then the type.
  if (len(sepArg) !== 1) throw valueError("sep must be length 1.");
  let sep: string;
  const st = strText(sepArg);
  if (st !== undefined) sep = textToJS(st);
  else if (sepArg instanceof PyBytes) sep = latin1(sepArg.data);
  else throw typeError(`sep must be str or bytes.`);
  if (sep.codePointAt(0)! > 127) throw valueError("sep must be ASCII.");
  let per = perSepArg === undefined ? 1 : ssizeArg(perSepArg);
  if (per === 0 || data.length === 0) return hex;
  const fromLeft = per < 0;
  per = Math.abs(per);
  const groups: string[] = [];
  const n = data.length;
  if (fromLeft) {
    for (let i = 0; i < n; i += per) groups.push(hex.slice(2 * i, 2 * Math.min(n, i + per)));
  } else {
    for (let i = n; i > 0; i -= per) groups.unshift(hex.slice(2 * Math.max(0, i - per), 2 * i));
  }
  return groups.join(sep);
}

export function fromHex(t: Text, typeLabel: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const n = t.length;
  const hexVal = (c: string | undefined) => {
    if (c === undefined) return -1;
    const code = c.charCodeAt(0);
    if (code >= 48 && code <= 57) return code - 48;
    if (code >= 97 && code <= 102) return code - 87;
    if (code >= 65 && code <= 70) return code - 55;
    return -1;
  };
  void typeLabel;
  while (i < n) {
    const c = t[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f") {
      i++;
      continue;
    }
    const hi = hexVal(c);
    if (hi < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = hexVal(t[i + 1]);
    if (lo < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

// ---- building bytes from objects ----

/** The bytes of an iterable of ints (bytes(iterable)); `hint` asks for the iterable's length
 * hint first, as bytes() and bytearray.extend do (but not bytearray()). */
export function bytesFromIterable(v: PyObject, forBytes = false, hint = false): Uint8Array {
  const item = forBytes ? bytesItemValue : byteValue;
  if (v instanceof PyList || v instanceof PyTuple) {
    if (hint && v.type !== listType && v.type !== tupleType) lengthHint(v, 64);
    if (v instanceof PyTuple) return Uint8Array.from(v.items.map((x) => item(x)));
    // An item's __index__ may grow or shrink the list: read its current length every step.
    const out: number[] = [];
    for (let i = 0; i < v.items.length; i++) out.push(item(v.items[i]!));
    return Uint8Array.from(out);
  }
  const out: number[] = [];
  const it = getIter(v);
  if (hint) lengthHint(v, 64);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(item(x));
  return Uint8Array.from(out);
}

export const bytesHooks: {
  encode: (s: PyObject, encoding: string, errors: string) => PyObject;
  decode: (data: Uint8Array, encoding: string, errors: string) => PyObject;
} = {
  encode: () => {
    throw new Error("codecs not initialised");
  },
  decode: () => {
    throw new Error("codecs not initialised");
  },
};

/** bytes(x) / bytearray(x) with CPython's rules; returns the data. */
export function bytesFromObject(
  typeLabel: string,
  src: PyObject | undefined,
  enc: PyObject | undefined,
  err: PyObject | undefined,
  isByteArrayCtor: boolean,
): Uint8Array {
  if (src === undefined) {
    if (enc !== undefined || err !== undefined)
      throw typeError(
        enc !== undefined ? "encoding without a string argument" : "errors without a string argument",
      );
    return new Uint8Array(0);
  }
  const st = strText(src);
  if (st !== undefined) {
    if (enc === undefined) throw typeError("string argument without an encoding");
    const encoding = textToJS(strTextArg(enc, typeLabel, "encoding"));
    const errors = err === undefined ? "strict" : textToJS(strTextArg(err, typeLabel, "errors"));
    const r = bytesHooks.encode(src, encoding, errors);
    return (r as PyBytes).data;
  }
  if (enc !== undefined) throw typeError("encoding without a string argument");
  if (err !== undefined) throw typeError("errors without a string argument");
  const b = bufferOf(src);
  if (b !== undefined) return b.slice();
  if (
    isInt(src) ||
    typeof src === "boolean" ||
    (typeof src === "object" && typeOf(src).lookup("__index__") !== undefined)
  ) {
    // PyNumber_AsSsize_t(src, PyExc_OverflowError), then the allocation.
    const n = typeof src === "boolean" ? Number(src) : index(src);
    if (typeof n === "bigint" && (n > SSIZE_MAX || n < SSIZE_MIN)) {
      throw overflowError(`cannot fit '${typeName(src)}' into an index-sized integer`);
    }
    if (n < 0) throw valueError("negative count");
    // _PyBytes_FromSize refuses sizes whose object would not fit a Py_ssize_t.
    if (!isByteArrayCtor && n > SSIZE_MAX - 33n) throw overflowError("byte string is too large");
    if (n > 0x7fffffff) throw newException(exceptionType("MemoryError"));
    return new Uint8Array(Number(n));
  }
  if (typeOf(src).lookup("__iter__") === undefined && typeOf(src).lookup("__getitem__") === undefined) {
    throw typeError(
      isByteArrayCtor
        ? `cannot convert '${typeName(src)}' object to bytearray`
        : `cannot convert '${typeName(src)}' object to bytes`,
    );
  }
  return bytesFromIterable(src, !isByteArrayCtor, !isByteArrayCtor);
}

/** The result of `type(v).__bytes__(v)` when the type defines it, checked to be bytes. */
export function bytesViaDunder(v: PyObject): PyBytes | undefined {
  if (typeof v !== "object" || typeOf(v).lookup("__bytes__") === undefined) return undefined;
  const r = callSpecial(v, "__bytes__")!;
  if (!(r instanceof PyBytes)) throw typeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
  return r;
}

function strTextArg(v: PyObject, fn: string, param: string): Text {
  const t = strText(v);
  if (t === undefined) throw typeError(`${fn}() argument '${param}' must be str, not ${typeName(v)}`);
  return t;
}

// ---- percent formatting for bytes ----

const bytesPercentMode: PercentMode = {
  isBytes: true,
  s: (v) => {
    const b = bufferOf(v);
    if (b !== undefined) return latin1(b);
    if (typeof v === "object" && typeOf(v).lookup("__bytes__") !== undefined) {
      const r = callSpecial(v, "__bytes__")!;
      if (r instanceof PyBytes) return latin1(r.data);
    }
    throw typeError(
      `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`,
    );
  },
  r: (v) => textToJS(strText(ascii(v))!),
  a: (v) => textToJS(strText(ascii(v))!),
  c: (v) => {
    const b = bufferOf(v);
    if (b !== undefined && (v instanceof PyBytes || v instanceof PyByteArray)) {
      if (b.length !== 1) throw typeError("%c requires an integer in range(256) or a single byte");
      return String.fromCharCode(b[0]!);
    }
    if (!isInt(v) && typeof v !== "boolean")
      throw typeError("%c requires an integer in range(256) or a single byte");
    const i = typeof v === "boolean" ? Number(v) : v;
    if (typeof i === "bigint" || i < 0 || i > 255)
      throw newException(exceptionType("OverflowError"), "%c arg not in range(256)");
    return String.fromCharCode(i);
  },
};

// ---- shared methods ----

function richCompare(self: PyObject, other: PyObject, op: (c: number) => boolean): PyObject {
  const a = dataOf(self);
  const b = bufferOf(other);
  if (b === undefined || (self instanceof PyBytes && !(other instanceof PyBytes))) {
    if (!(self instanceof PyByteArray) || b === undefined) return NotImplemented;
  }
  const n = Math.min(a.length, b!.length);
  for (let i = 0; i < n; i++) if (a[i] !== b![i]) return op(a[i]! - b![i]!);
  return op(a.length - b!.length);
}

/** CPython's hash of bytes (SipHash-1-3 under the process's key, support/siphash.ts). */
export function bytesHash(data: Uint8Array): number | bigint {
  return sipHashBytes(data);
}

export function bytesGetItem(self: PyObject, key: PyObject): PyObject {
  const data = dataOf(self);
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, data.length);
    if (step === 1) {
      if (self instanceof PyByteArray) return new PyByteArray(data.slice(start, start + n));
      // bytes never change, so a long slice shares their memory: readline takes the rest
      // of its buffer after every line. A short one copies, not to keep a large buffer alive.
      if (n >= 64 && n * 2 >= data.length) return new PyBytes(data.subarray(start, start + n));
      return new PyBytes(data.slice(start, start + n));
    }
    const out = new Uint8Array(n);
    for (let k = 0, i = start; k < n; k++, i += step) out[k] = data[i]!;
    return make(self, out);
  }
  if (
    isInt(key) ||
    typeof key === "boolean" ||
    (typeof key === "object" && typeOf(key).lookup("__index__") !== undefined)
  ) {
    let i = indexArg(typeof key === "boolean" ? Number(key) : key);
    if (i < 0) i += data.length;
    if (i < 0 || i >= data.length)
      throw indexError(self instanceof PyByteArray ? "bytearray index out of range" : "index out of range");
    return data[i]!;
  }
  // (bytes' message says "byte", as CPython's does.)
  throw typeError(
    `${self instanceof PyByteArray ? "bytearray" : "byte"} indices must be integers or slices, not ${typeName(key)}`,
  );
}

export const bytesIteratorType = builtinType("bytes_iterator", undefined, false);
export const bytearrayIteratorType = builtinType("bytearray_iterator", undefined, false);

export class PyBytesIterator implements PyObjectBase {
  index = 0;
  constructor(
    /** The bytes or bytearray iterated, or null once exhausted. */
    public source: PyBytes | PyByteArray | null,
    public type: PyType,
  ) {}
  nextValue(): PyObject | undefined {
    if (this.source === null) return undefined;
    const d = this.source.data;
    if (this.index < d.length) return d[this.index++]!;
    this.source = null;
    return undefined;
  }
}

for (const t of [bytesIteratorType, bytearrayIteratorType]) {
  defineMethods(t, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as PyBytesIterator).nextValue();
      if (v === undefined) throw newException(StopIteration_);
      return v;
    },
    __length_hint__: (self) => {
      const it = self as PyBytesIterator;
      return it.source === null ? 0 : Math.max(0, it.source.data.length - it.index);
    },
    __reduce__: (self) =>
      reduceWithBuiltin("iter", () => {
        const it = self as PyBytesIterator;
        return it.source === null ? [[new PyTuple([])]] : [[it.source], it.index];
      }),
    __setstate__(self, args) {
      const it = self as PyBytesIterator;
      const i = stateIndex(args[0]);
      if (it.source !== null) it.index = clampIndex(i, 0, it.source.data.length);
      return None;
    },
  });
}

function join(self: PyObject, iterable: PyObject): PyObject {
  if (!(self instanceof PyByteArray)) return joinParts(self, iterable);
  // The separator is exported while the join runs (as in CPython since gh-112625), so
  // that an iterator resizing it fails with BufferError.
  self.exports++;
  try {
    return joinParts(self, iterable);
  } finally {
    self.exports--;
  }
}

function joinParts(self: PyObject, iterable: PyObject): PyObject {
  const sep = dataOf(self);
  const items =
    iterable instanceof PyList || iterable instanceof PyTuple ? iterable.items : toArray(iterable);
  const parts: Uint8Array[] = new Array<Uint8Array>(items.length);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const b = bufferOf(item);
    if (b === undefined)
      throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(item)} found`);
    parts[i] = b;
    total += b.length + (i > 0 ? sep.length : 0);
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) p = copyBytes(out, sep, p);
    p = copyBytes(out, parts[i]!, p);
  }
  return make(self, out);
}

/** Copies `b` into `out` at `p`; returns the end. A loop for short pieces, where
 * TypedArray.prototype.set costs more than the copy. */
function copyBytes(out: Uint8Array, b: Uint8Array, p: number): number {
  const n = b.length;
  if (n < 32) for (let k = 0; k < n; k++) out[p + k] = b[k]!;
  else out.set(b, p);
  return p + n;
}

function translate(self: PyObject, args: PyObject[], kwnames: KwNames): PyObject {
  const [tableArg, delArg] = clinicKwArgs("translate", ["table", "delete"], args, kwnames, 1);
  const data = dataOf(self);
  let table: Uint8Array | null = null;
  if (tableArg !== None) {
    table = bytesArg(tableArg!);
    if (table.length !== 256) throw valueError("translation table must be 256 characters long");
  }
  const del = delArg === undefined ? null : new Set(bytesArg(delArg));
  const out: number[] = [];
  for (const b of data) if (!del || !del.has(b)) out.push(table ? table[b]! : b);
  return make(self, Uint8Array.from(out));
}

function maketrans(args: PyObject[], kwnames: KwNames): PyObject {
  clinicArgs("maketrans", "bytes.maketrans", args, kwnames, 2, 2);
  const from = bytesArg(args[0]!);
  const to = bytesArg(args[1]!);
  if (from.length !== to.length) throw valueError("maketrans arguments must have same length");
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < from.length; i++) table[from[i]!] = to[i]!;
  return new PyBytes(table);
}

function predicate(name: string, f: (d: Uint8Array) => boolean) {
  return (self: PyObject, args: PyObject[], kwnames: KwNames): PyObject => {
    noArgs(`${kind(self)}.${name}`, args, kwnames);
    return f(dataOf(self));
  };
}

function caseMap(name: string, f: (self: PyObject) => PyObject) {
  return (self: PyObject, args: PyObject[], kwnames: KwNames): PyObject => {
    noArgs(`${kind(self)}.${name}`, args, kwnames);
    return f(self);
  };
}

function strArg(v: PyObject | undefined, dflt: string, fn: string, param: string): string {
  if (v === undefined) return dflt;
  return textToJS(strTextArg(v, fn, param));
}

export const sharedBytesMethods: Record<
  string,
  (self: PyObject, args: PyObject[], kwnames: KwNames) => PyObject
> = {
  __len__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 0);
    return dataOf(self).length;
  },
  __repr__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 0);
    const r = bytesReprJS(dataOf(self));
    return self instanceof PyByteArray ? `${self.type.name}(${r})` : r;
  },
  __str__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 0);
    const r = bytesReprJS(dataOf(self));
    return self instanceof PyByteArray ? `${self.type.name}(${r})` : r;
  },
  __eq__: (self, args) => {
    const b = bufferOf(args[0]!);
    if (b === undefined) return NotImplemented;
    return richCompare(self, args[0]!, (c) => c === 0);
  },
  __ne__: (self, args) => {
    const b = bufferOf(args[0]!);
    if (b === undefined) return NotImplemented;
    return richCompare(self, args[0]!, (c) => c !== 0);
  },
  __lt__: (self, args) => richCompare(self, args[0]!, (c) => c < 0),
  __le__: (self, args) => richCompare(self, args[0]!, (c) => c <= 0),
  __gt__: (self, args) => richCompare(self, args[0]!, (c) => c > 0),
  __ge__: (self, args) => richCompare(self, args[0]!, (c) => c >= 0),
  __getitem__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    return bytesGetItem(self, args[0]!);
  },
  __contains__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    const data = dataOf(self);
    return bytesFind(data, subBytes(args[0]!), 0, data.length) >= 0;
  },
  __add__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    const a = dataOf(self);
    const b = bufferOf(args[0]!);
    if (b === undefined) throw typeError(`can't concat ${typeName(args[0]!)} to ${kind(self)}`);
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return make(self, out);
  },
  __mul__: (self, args, kwnames) => repeat(self, args, kwnames),
  __rmul__: (self, args, kwnames) => repeat(self, args, kwnames),
  __mod__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    return makeText(self, percentFormat(latin1(dataOf(self)), args[0]!, bytesPercentMode));
  },
  __rmod__: () => NotImplemented,

  find: (self, args, kwnames) => find(self, args, kwnames, "find", false),
  rfind: (self, args, kwnames) => find(self, args, kwnames, "rfind", true),
  index: (self, args, kwnames) => {
    const r = find(self, args, kwnames, "index", false);
    if (r < 0) throw valueError("subsection not found");
    return r;
  },
  rindex: (self, args, kwnames) => {
    const r = find(self, args, kwnames, "rindex", true);
    if (r < 0) throw valueError("subsection not found");
    return r;
  },
  count: (self, args, kwnames) => {
    tupleArgs("count", `${kind(self)}.count`, args, kwnames, 1, 3);
    const t = latin1(dataOf(self));
    const sub = subArg(args[0]!);
    const [s, e] = adjustIndices(
      sliceIndexArg(args[1], 0),
      sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER),
      t.length,
    );
    return textCount(t, sub, s, e);
  },
  startswith: (self, args, kwnames) => affix(self, args, kwnames, "startswith", false),
  endswith: (self, args, kwnames) => affix(self, args, kwnames, "endswith", true),
  split: (self, args, kwnames) => split(self, args, kwnames, "split"),
  rsplit: (self, args, kwnames) => split(self, args, kwnames, "rsplit"),
  splitlines: (self, args, kwnames) => {
    const [ke] = clinicKwArgs("splitlines", ["keepends"], args, kwnames);
    const keepends = ke === undefined ? false : ssizeArg(ke) !== 0;
    return listOf(self, splitLines(latin1(dataOf(self)), keepends, isAsciiLineBreak));
  },
  partition: (self, args, kwnames) => partition(self, args, kwnames, false),
  rpartition: (self, args, kwnames) => partition(self, args, kwnames, true),
  join: (self, args, kwnames) => join(self, oneArg(`${kind(self)}.join`, args, kwnames)),
  replace: (self, args, kwnames) => {
    clinicArgs("replace", `${kind(self)}.replace`, args, kwnames, 2, 3);
    const t = latin1(dataOf(self));
    const old = latin1(bytesArg(args[0]!));
    const rep = latin1(bytesArg(args[1]!));
    const count = args[2] === undefined ? -1 : ssizeArg(args[2]);
    const parts = replaceText(t, old, rep, count);
    return makeText(self, parts.join(""));
  },
  removeprefix: (self, args, kwnames) => {
    const data = dataOf(self);
    const p = bytesArg(oneArg(`${kind(self)}.removeprefix`, args, kwnames));
    if (p.length > 0 && textMatchAt(latin1(data), latin1(p), 0, data.length, false))
      return make(self, data.slice(p.length));
    return self instanceof PyBytes && self.type === bytesType ? self : make(self, data.slice());
  },
  removesuffix: (self, args, kwnames) => {
    const data = dataOf(self);
    const p = bytesArg(oneArg(`${kind(self)}.removesuffix`, args, kwnames));
    if (p.length > 0 && textMatchAt(latin1(data), latin1(p), 0, data.length, true))
      return make(self, data.slice(0, data.length - p.length));
    return self instanceof PyBytes && self.type === bytesType ? self : make(self, data.slice());
  },
  strip: (self, args, kwnames) => strip(self, args, kwnames, "strip"),
  lstrip: (self, args, kwnames) => strip(self, args, kwnames, "lstrip"),
  rstrip: (self, args, kwnames) => strip(self, args, kwnames, "rstrip"),
  center: (self, args, kwnames) => pad(self, args, kwnames, "center"),
  ljust: (self, args, kwnames) => pad(self, args, kwnames, "ljust"),
  rjust: (self, args, kwnames) => pad(self, args, kwnames, "rjust"),
  zfill: (self, args, kwnames) => {
    const data = dataOf(self);
    const width = ssizeArg(oneArg(`${kind(self)}.zfill`, args, kwnames));
    if (width <= data.length) return make(self, data.slice());
    const out = new Uint8Array(width).fill(48);
    if (data.length > 0 && (data[0] === 43 || data[0] === 45)) {
      out[0] = data[0]!;
      out.set(data.subarray(1), width - data.length + 1);
    } else out.set(data, width - data.length);
    return make(self, out);
  },
  expandtabs: (self, args, kwnames) => {
    const [ts] = clinicKwArgs("expandtabs", ["tabsize"], args, kwnames);
    return makeText(self, expandTabs(latin1(dataOf(self)), ts === undefined ? 8 : ssizeArg(ts)));
  },
  translate: (self, args, kwnames) => translate(self, args, kwnames),
  lower: caseMap("lower", (s) => mapBytes(s, lowerB)),
  upper: caseMap("upper", (s) => mapBytes(s, upperB)),
  swapcase: caseMap("swapcase", (s) => mapBytes(s, (b) => (isUpperB(b) ? b + 32 : isLowerB(b) ? b - 32 : b))),
  capitalize: caseMap("capitalize", (s) => mapBytes(s, (b, i) => (i === 0 ? upperB(b) : lowerB(b)))),
  title: caseMap("title", title),
  isalpha: predicate("isalpha", (d) => allBytes(d, isAlphaB)),
  isalnum: predicate("isalnum", (d) => allBytes(d, (b) => isAlphaB(b) || isDigitB(b))),
  isdigit: predicate("isdigit", (d) => allBytes(d, isDigitB)),
  isspace: predicate("isspace", (d) => allBytes(d, (b) => b === 32 || (b >= 9 && b <= 13))),
  islower: predicate("islower", (d) => d.some(isLowerB) && !d.some(isUpperB)),
  isupper: predicate("isupper", (d) => d.some(isUpperB) && !d.some(isLowerB)),
  istitle: predicate("istitle", isTitleB),
  isascii: predicate("isascii", (d) => d.every((b) => b < 128)),
  hex: (self, args, kwnames) => {
    const [sep, per] = clinicKwArgs("hex", ["sep", "bytes_per_sep"], args, kwnames);
    return hexOf(dataOf(self), sep, per);
  },
  decode: (self, args, kwnames) => {
    const [enc, err] = clinicKwArgs("decode", ["encoding", "errors"], args, kwnames);
    return bytesHooks.decode(
      dataOf(self),
      strArg(enc, "utf-8", "decode", "encoding"),
      strArg(err, "strict", "decode", "errors"),
    );
  },
};

function partition(self: PyObject, args: PyObject[], kwnames: KwNames, reverse: boolean): PyObject {
  const data = dataOf(self);
  const t = latin1(data);
  const sep = latin1(
    bytesArg(oneArg(`${kind(self)}.${reverse ? "rpartition" : "partition"}`, args, kwnames)),
  );
  if (sep.length === 0) throw valueError("empty separator");
  const k = reverse ? textRFind(t, sep, 0, t.length) : textFind(t, sep, 0, t.length);
  const empty = () => make(self, new Uint8Array(0));
  if (k < 0) {
    const whole = make(self, data.slice());
    return new PyTuple(reverse ? [empty(), empty(), whole] : [whole, empty(), empty()]);
  }
  return new PyTuple([
    make(self, data.slice(0, k)),
    makeText(self, sep),
    make(self, data.slice(k + sep.length)),
  ]);
}

export const BYTES_REPEAT: RepeatLimit = {
  maxLength: MAX_BYTES_LENGTH,
  tooLong: "repeated bytes are too long",
};
export const BYTEARRAY_REPEAT: RepeatLimit = { maxLength: MAX_BYTES_LENGTH };

function repeat(self: PyObject, args: PyObject[], kwnames: KwNames): PyObject {
  slotArgs(args, kwnames, 1);
  const n = args[0]!;
  // Not an index: binaryOp makes the sequence message, after the other operand's turn.
  if (!isInt(n) && typeof n !== "boolean" && typeOf(n).lookup("__index__") === undefined)
    return NotImplemented;
  const data = dataOf(self);
  const count = repeatCount(n, data.length, self instanceof PyByteArray ? BYTEARRAY_REPEAT : BYTES_REPEAT)!;
  // An exact bytes repeated to its own length is itself.
  if (self instanceof PyBytes && self.type === bytesType && data.length * count === data.length) return self;
  if (count === 0) return make(self, new Uint8Array(0));
  const out = new Uint8Array(data.length * count);
  for (let i = 0; i < count; i++) out.set(data, i * data.length);
  return make(self, out);
}

// ---- bytes ----

defineMethods(bytesType, {
  ...sharedBytesMethods,
  __getnewargs__: (self) => new PyTuple([new PyBytes(dataOf(self).slice())]),
  __hash__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 0);
    return bytesHash(dataOf(self));
  },
  __iter__: (self) => new PyBytesIterator(self as PyBytes, bytesIteratorType),
  __bytes__: (self) =>
    self instanceof PyBytes && self.type === bytesType ? self : new PyBytes(dataOf(self)),
});
defineSequenceMethods(bytesType, ["__add__", "__mul__", "__rmul__"]);
bytesType.dict.set("maketrans", builtinStaticMethod(bytesType, "maketrans", maketrans));
bytesType.dict.set(
  "__new__",
  builtinFunction("__new__", (args, kwnames) => bytesNew(args, kwnames), null),
);
bytesType.modified();

export function bytesNew(args: PyObject[], kwnames: KwNames): PyObject {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isSubtypeOf(bytesType))
    throw typeError("bytes.__new__(X): X is not a subtype of bytes");
  const [src, enc, err] = clinicKwArgs("bytes", ["source", "encoding", "errors"], args.slice(1), kwnames);
  if (
    cls === bytesType &&
    src instanceof PyBytes &&
    src.type === bytesType &&
    enc === undefined &&
    err === undefined
  )
    return src;
  // __bytes__ comes before the str check (a str subclass may define it), and bytes() returns
  // its result itself, even a bytes subclass; only a subclass of bytes copies it.
  if (src !== undefined && enc === undefined && err === undefined) {
    const r = bytesViaDunder(src);
    if (r !== undefined) return cls === bytesType ? r : new PyBytes(r.data, cls);
  }
  const data = bytesFromObject("bytes", src, enc, err, false);
  return new PyBytes(data, cls);
}

/** `bytes.fromhex` / `bytearray.fromhex`: a class method. */
export function fromHexMethod(cls: PyType, args: PyObject[], kwnames: KwNames): PyObject {
  const s = oneArg("fromhex", args, kwnames);
  const t = strText(s);
  if (t === undefined) throw typeError(`fromhex() argument must be str, not ${typeName(s)}`);
  const data = fromHex(t, cls.name);
  if (cls === bytesType) return new PyBytes(data);
  if (cls === bytearrayType) return new PyByteArray(data);
  return call(cls, [cls.isSubtypeOf(bytesType) ? new PyBytes(data) : new PyByteArray(data)]);
}

defineClassMethods(bytesType, {
  fromhex: (cls, args, kwnames) => fromHexMethod(cls as PyType, args, kwnames),
});

const SSIZE_MAX = 2n ** 63n - 1n;
const SSIZE_MIN = -(2n ** 63n);

export { strFromJS, repr, isException };
