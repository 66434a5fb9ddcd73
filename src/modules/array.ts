// The array module (CPython's Modules/arraymodule.c): typed arrays of machine values.
// Items are kept as Python-ready JS values (ints as number | bigint, floats as numbers
// already rounded to the item's precision, 'u' items as one-code-point strings) and packed
// little-endian only for tobytes/frombytes, so that insertion and slicing stay simple.

import { None, NotImplemented } from "../objects/bootstrap.js";
import {
  CompareOp,
  getIter,
  index,
  iterNext,
  reprJS,
  richCompare,
  richCompareBool,
  toFloat,
  callMethod,
} from "../objects/abstract.js";
import { bufferHooks, bufferOf, PyBytes } from "../objects/bytes.js";
import { exporterHooks, type BufferExporter } from "../objects/memoryview.js";
import {
  exceptionType,
  indexError,
  newException,
  overflowError,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import { defineGetSets, defineMethods, type KwNames, defineSequenceMethods } from "../objects/function.js";
import { normalise } from "../objects/int.js";
import {
  ARRAY_REPEAT,
  defineClassGetItem,
  defineNew,
  sequenceIndexArgs,
  repeatCount,
} from "../objects/iterators.js";
import { PyList } from "../objects/list.js";
import { typeName } from "../objects/names.js";
import { objectId, typeOf, type AttributeDict, type PyObject, type PyObjectBase } from "../objects/object.js";
import { PySlice, sliceIndices } from "../objects/slice.js";
import { isStr, strFromJS, strLength, strReprJS, strText } from "../objects/str.js";
import { newTuple, PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { adopt, moduleIterType, moduleType, shortTypeName } from "./itertools_helpers.js";
import { registerNativeModule } from "./registry.js";

type Item = number | bigint | string;

interface Code {
  size: number;
  kind: "int" | "float" | "char";
  /** Integer range and messages (int kinds). */
  min?: bigint;
  max?: bigint;
  over?: string;
  under?: string;
  /** Message for an int beyond the C conversion (before the range check). */
  big?: string;
  negative?: string;
}

const TOO_BIG_LONG = "Python int too large to convert to C long";
const TOO_BIG_ULONG = "Python int too large to convert to C unsigned long";
const NEG_UINT = "can't convert negative value to unsigned int";

const CODES: Record<string, Code> = {
  b: {
    size: 1,
    kind: "int",
    min: -128n,
    max: 127n,
    over: "signed char is greater than maximum",
    under: "signed char is less than minimum",
    big: TOO_BIG_LONG,
  },
  B: {
    size: 1,
    kind: "int",
    min: 0n,
    max: 255n,
    over: "unsigned byte integer is greater than maximum",
    under: "unsigned byte integer is less than minimum",
    big: TOO_BIG_LONG,
  },
  u: { size: 4, kind: "char" },
  h: {
    size: 2,
    kind: "int",
    min: -32768n,
    max: 32767n,
    over: "signed short integer is greater than maximum",
    under: "signed short integer is less than minimum",
    big: TOO_BIG_LONG,
  },
  H: {
    size: 2,
    kind: "int",
    min: 0n,
    max: 65535n,
    over: "unsigned short is greater than maximum",
    under: "unsigned short is less than minimum",
    big: TOO_BIG_LONG,
  },
  i: {
    size: 4,
    kind: "int",
    min: -(2n ** 31n),
    max: 2n ** 31n - 1n,
    over: "signed integer is greater than maximum",
    under: "signed integer is less than minimum",
    big: TOO_BIG_LONG,
  },
  I: {
    size: 4,
    kind: "int",
    min: 0n,
    max: 2n ** 32n - 1n,
    over: "unsigned int is greater than maximum",
    big: TOO_BIG_ULONG,
    negative: NEG_UINT,
  },
  l: { size: 8, kind: "int", min: -(2n ** 63n), max: 2n ** 63n - 1n, big: TOO_BIG_LONG },
  L: { size: 8, kind: "int", min: 0n, max: 2n ** 64n - 1n, big: TOO_BIG_ULONG, negative: NEG_UINT },
  q: { size: 8, kind: "int", min: -(2n ** 63n), max: 2n ** 63n - 1n, big: "int too big to convert" },
  Q: {
    size: 8,
    kind: "int",
    min: 0n,
    max: 2n ** 64n - 1n,
    big: "int too big to convert",
    negative: "can't convert negative int to unsigned",
  },
  f: { size: 4, kind: "float" },
  d: { size: 8, kind: "float" },
};

const TYPECODES = "bBuhHiIlLqQfd";
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export const arrayType = moduleType("array", "array");
const arrayIterType = moduleIterType("array", "arrayiterator", false);

export class PyArray implements PyObjectBase {
  dict: AttributeDict | null = null;
  items: Item[] = [];
  /** Live memoryviews of the array; its length is fixed while there are any. */
  exports = 0;
  constructor(
    public typecode: string,
    public type: PyType = arrayType,
  ) {}
  get code(): Code {
    return CODES[this.typecode]!;
  }
}

class ArrayIter implements PyObjectBase {
  type = arrayIterType;
  dict: AttributeDict | null = null;
  i = 0;
  constructor(public a: PyArray | null) {}
  nextValue(): PyObject | undefined {
    const a = this.a;
    if (a === null) return undefined;
    if (this.i < a.items.length) return box(a, a.items[this.i++]!);
    this.a = null;
    return undefined;
  }
}

function asArray(o: PyObject): PyArray {
  if (o instanceof PyArray) return o;
  throw typeError(`descriptor requires a 'array.array' object but received a '${typeName(o)}'`);
}

function box(a: PyArray, v: Item): PyObject {
  if (a.code.kind === "float") return new PyFloat(v as number);
  if (typeof v === "string") return strFromJS(v);
  return v;
}

/** The code points of a str, one JS string each. */
function codePoints(v: PyObject): string[] {
  const t = strText(v)!;
  return typeof t === "string" ? t.split("") : [...t];
}

/** Converts a Python value to an item of the array's type, with CPython's errors. */
function unbox(a: PyArray, v: PyObject): Item {
  const c = a.code;
  if (c.kind === "float") {
    const x = toFloat(v);
    return a.typecode === "f" ? Math.fround(x) : x;
  }
  if (c.kind === "char") {
    if (!isStr(v) || strLength(v) !== 1) throw typeError("array item must be unicode character");
    return codePoints(v)[0]!;
  }
  const i = index(v);
  const b = BigInt(i);
  if (c.negative !== undefined && b < 0n) throw overflowError(c.negative);
  if (c.negative !== undefined ? b > 2n ** 64n - 1n : b < INT64_MIN || b > INT64_MAX)
    throw overflowError(c.big!);
  if (b > c.max!) throw overflowError(c.over ?? c.big!);
  if (b < c.min!) throw overflowError(c.under ?? c.big!);
  return normalise(b);
}

/** Refuses a change of `delta` items in length while memoryviews hold the array. */
function mayResize(a: PyArray, delta: number): void {
  if (delta !== 0 && a.exports > 0)
    throw newException(
      exceptionType("BufferError"),
      strFromJS("cannot resize an array that is exporting buffers"),
    );
}

function newArray(typecode: string, items: Item[], type: PyType = arrayType): PyArray {
  const a = new PyArray(typecode, type);
  a.items = items;
  return a;
}

function sameKind(a: PyArray, b: PyArray): boolean {
  return a.typecode === b.typecode;
}

// ---- bytes ----

function toBytes(a: PyArray): Uint8Array {
  const size = a.code.size;
  const out = new Uint8Array(a.items.length * size);
  const view = new DataView(out.buffer);
  a.items.forEach((v, k) => {
    const off = k * size;
    switch (a.typecode) {
      case "f":
        view.setFloat32(off, v as number, true);
        break;
      case "d":
        view.setFloat64(off, v as number, true);
        break;
      case "u":
        view.setUint32(off, (v as string).codePointAt(0)!, true);
        break;
      default:
        if (size === 8) view.setBigUint64(off, BigInt.asUintN(64, BigInt(v)), true);
        else if (size === 4) view.setUint32(off, Number(v) >>> 0, true);
        else if (size === 2) view.setUint16(off, Number(v) & 0xffff, true);
        else view.setUint8(off, Number(v) & 0xff);
    }
  });
  return out;
}

function fromBytes(a: PyArray, data: Uint8Array): void {
  const size = a.code.size;
  if (data.length % size !== 0) throw valueError("bytes length not a multiple of item size");
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tc = a.typecode;
  const signed = tc === "b" || tc === "h" || tc === "i" || tc === "l" || tc === "q";
  for (let off = 0; off < data.length; off += size) {
    let v: Item;
    if (tc === "f") v = view.getFloat32(off, true);
    else if (tc === "d") v = view.getFloat64(off, true);
    else if (tc === "u") {
      const cp = view.getUint32(off, true);
      if (cp > 0x10ffff)
        throw valueError(`character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
      v = String.fromCodePoint(cp);
    } else if (size === 8) v = normalise(signed ? view.getBigInt64(off, true) : view.getBigUint64(off, true));
    else if (size === 4) v = signed ? view.getInt32(off, true) : view.getUint32(off, true);
    else if (size === 2) v = signed ? view.getInt16(off, true) : view.getUint16(off, true);
    else v = signed ? view.getInt8(off) : view.getUint8(off);
    a.items.push(v);
  }
}

// ---- construction ----

function extendFrom(a: PyArray, v: PyObject): void {
  if (v instanceof PyArray) {
    if (!sameKind(a, v)) throw typeError("can only extend with array of same kind");
    mayResize(a, v.items.length);
    a.items.push(...v.items);
    return;
  }
  const it = getIter(v);
  const add: Item[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) add.push(unbox(a, x));
  mayResize(a, add.length);
  a.items.push(...add);
}

defineNew(arrayType, (cls, args, kwnames) => {
  if (kwnames && kwnames.length) throw typeError("array.array() takes no keyword arguments");
  if (args.length < 1) throw typeError(`array() takes at least 1 argument (${args.length} given)`);
  if (args.length > 2) throw typeError(`array() takes at most 2 arguments (${args.length} given)`);
  const tcObj = args[0]!;
  if (!isStr(tcObj) || strLength(tcObj) !== 1)
    throw typeError(
      `array() argument 1 must be a unicode character, not ${isStr(tcObj) ? "str" : typeName(tcObj)}`,
    );
  const tc = codePoints(tcObj)[0]!;
  if (!TYPECODES.includes(tc))
    throw valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  const a = adopt(new PyArray(tc, cls), cls);
  if (args.length === 2) {
    const init = args[1]!;
    if (isStr(init)) {
      if (tc !== "u") throw typeError(`cannot use a str to initialize an array with typecode '${tc}'`);
      a.items = codePoints(init);
    } else if (init instanceof PyArray && init.typecode === "u" && tc !== "u") {
      throw typeError(`cannot use a unicode array to initialize an array with typecode '${tc}'`);
    } else if (init instanceof PyArray) {
      for (const v of init.items) a.items.push(unbox(a, box(init, v)));
    } else {
      const buf = init instanceof PyList || init instanceof PyTuple ? undefined : bufferOf(init);
      if (buf !== undefined) fromBytes(a, buf);
      else extendFrom(a, init);
    }
  }
  return a;
});

// ---- indexing ----

function itemIndex(a: PyArray, key: PyObject): number {
  const i = index(key);
  if (typeof i === "bigint") throw indexError("cannot fit 'int' into an index-sized integer");
  const k = i < 0 ? i + a.items.length : i;
  if (k < 0 || k >= a.items.length) throw indexError("array index out of range");
  return k;
}

function isIndexable(key: PyObject): boolean {
  return (
    typeof key === "number" ||
    typeof key === "bigint" ||
    typeof key === "boolean" ||
    typeOf(key).lookup("__index__") !== undefined
  );
}

function getItem(a: PyArray, key: PyObject): PyObject {
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, a.items.length);
    const out: Item[] = [];
    for (let k = 0, i = start; k < n; k++, i += step) out.push(a.items[i]!);
    return newArray(a.typecode, out);
  }
  if (!isIndexable(key)) throw typeError("array indices must be integers");
  return box(a, a.items[itemIndex(a, key)]!);
}

function setItem(a: PyArray, key: PyObject, value: PyObject | null): void {
  if (key instanceof PySlice) {
    let src: Item[] = [];
    if (value !== null) {
      if (!(value instanceof PyArray))
        throw typeError(`can only assign array (not "${typeName(value)}") to array slice`);
      if (!sameKind(a, value)) throw typeError("bad argument type for built-in operation");
      src = value.items.slice();
    }
    const [start, stop, step, n] = sliceIndices(key, a.items.length);
    if (step === 1) {
      mayResize(a, src.length - Math.max(0, stop - start));
      a.items.splice(start, Math.max(0, stop - start), ...src);
      return;
    }
    if (value === null) {
      mayResize(a, -n);
      const drop = new Set<number>();
      for (let k = 0, i = start; k < n; k++, i += step) drop.add(i);
      a.items = a.items.filter((_, i) => !drop.has(i));
      return;
    }
    if (src.length !== n)
      throw valueError(`attempt to assign array of size ${src.length} to extended slice of size ${n}`);
    for (let k = 0, i = start; k < n; k++, i += step) a.items[i] = src[k]!;
    return;
  }
  if (!isIndexable(key)) throw typeError("array indices must be integers");
  const i = index(key);
  const len = a.items.length;
  const k = typeof i === "bigint" ? -1 : i < 0 ? i + len : i;
  if (k < 0 || k >= len)
    throw indexError(
      value === null ? "array assignment index out of range" : "array assignment index out of range",
    );
  if (value === null) {
    mayResize(a, -1);
    a.items.splice(k, 1);
  } else a.items[k] = unbox(a, value);
}

// ---- comparison and repr ----

function compare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  if (!(self instanceof PyArray) || !(other instanceof PyArray)) return NotImplemented;
  const a = self.items;
  const b = other.items;
  if (a.length !== b.length && (op === CompareOp.Eq || op === CompareOp.Ne)) return op === CompareOp.Ne;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    const x = box(self, a[i]!);
    const y = box(other, b[i]!);
    if (!richCompareBool(x, y, CompareOp.Eq)) {
      if (op === CompareOp.Eq) return false;
      if (op === CompareOp.Ne) return true;
      return richCompare(x, y, op);
    }
  }
  const la = a.length;
  const lb = b.length;
  switch (op) {
    case CompareOp.Lt:
      return la < lb;
    case CompareOp.Le:
      return la <= lb;
    case CompareOp.Eq:
      return la === lb;
    case CompareOp.Ne:
      return la !== lb;
    case CompareOp.Gt:
      return la > lb;
    default:
      return la >= lb;
  }
}

function arrayRepr(a: PyArray): string {
  const name = shortTypeName(a.type);
  const tc = a.typecode;
  if (a.items.length === 0) return `${name}('${tc}')`;
  if (tc === "u") return `${name}('u', ${strReprJS(strFromJS(a.items.join("")) as string)})`;
  return `${name}('${tc}', [${a.items.map((v) => reprJS(box(a, v))).join(", ")}])`;
}

function findIndex(a: PyArray, x: PyObject, start = 0, stop = a.items.length): number {
  for (let i = start; i < Math.min(stop, a.items.length); i++) {
    if (richCompareBool(box(a, a.items[i]!), x, CompareOp.Eq)) return i;
  }
  return -1;
}

function argCount(name: string, args: PyObject[], kwnames: KwNames, min: number, max: number): void {
  if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    if (min === max && max === 1)
      throw typeError(`array.${name}() takes exactly one argument (${args.length} given)`);
    if (min === max && max === 0)
      throw typeError(`array.${name}() takes no arguments (${args.length} given)`);
    if (args.length < min)
      throw typeError(`${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
    throw typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
  }
}

/** `items * n`, copied item by item (a spread of a long array overflows the JS stack). */
function repeatArrayItems(items: Item[], n: number): Item[] {
  const out: Item[] = [];
  for (let k = 0; k < n; k++) for (let i = 0; i < items.length; i++) out.push(items[i]!);
  return out;
}

defineMethods(arrayType, {
  __len__: (self) => asArray(self).items.length,
  __getitem__: (self, args) => getItem(asArray(self), args[0]!),
  __setitem__: (self, args) => (setItem(asArray(self), args[0]!, args[1]!), None),
  __delitem__: (self, args) => (setItem(asArray(self), args[0]!, null), None),
  __contains__: (self, args) => findIndex(asArray(self), args[0]!) >= 0,
  __iter__: (self) => new ArrayIter(asArray(self)),
  __repr__: (self) => strFromJS(arrayRepr(asArray(self))),
  __eq__: (self, args) => compare(self, args[0]!, CompareOp.Eq),
  __ne__: (self, args) => compare(self, args[0]!, CompareOp.Ne),
  __lt__: (self, args) => compare(self, args[0]!, CompareOp.Lt),
  __le__: (self, args) => compare(self, args[0]!, CompareOp.Le),
  __gt__: (self, args) => compare(self, args[0]!, CompareOp.Gt),
  __ge__: (self, args) => compare(self, args[0]!, CompareOp.Ge),
  __add__(self, args) {
    const a = asArray(self);
    const b = args[0]!;
    if (!(b instanceof PyArray)) throw typeError(`can only append array (not "${typeName(b)}") to array`);
    if (!sameKind(a, b)) throw typeError("bad argument type for built-in operation");
    return newArray(a.typecode, [...a.items, ...b.items]);
  },
  __iadd__(self, args) {
    const a = asArray(self);
    const b = args[0]!;
    if (!(b instanceof PyArray)) throw typeError(`can only extend array with array (not "${typeName(b)}")`);
    if (!sameKind(a, b)) throw typeError("can only extend with array of same kind");
    mayResize(a, b.items.length);
    a.items.push(...b.items);
    return a;
  },
  __mul__(self, args) {
    const a = asArray(self);
    const n = repeatCount(args[0]!, a.items.length, ARRAY_REPEAT);
    if (n === undefined) return NotImplemented;
    return newArray(a.typecode, repeatArrayItems(a.items, n));
  },
  __rmul__(self, args) {
    const a = asArray(self);
    const n = repeatCount(args[0]!, a.items.length, ARRAY_REPEAT);
    if (n === undefined) return NotImplemented;
    return newArray(a.typecode, repeatArrayItems(a.items, n));
  },
  __imul__(self, args) {
    const a = asArray(self);
    const n = repeatCount(args[0]!, a.items.length, ARRAY_REPEAT);
    if (n === undefined) return NotImplemented;
    const one = a.items.slice();
    mayResize(a, one.length * n - one.length);
    a.items = repeatArrayItems(one, n);
    return a;
  },
  __copy__: (self) => newArray(asArray(self).typecode, asArray(self).items.slice()),
  __deepcopy__: (self) => newArray(asArray(self).typecode, asArray(self).items.slice()),
  __reduce_ex__(self) {
    const a = asArray(self);
    const list = new PyList(a.items.map((v) => box(a, v)));
    const d = a.dict === null ? None : callMethod(self, "__getattribute__", [strFromJS("__dict__")]);
    return newTuple([a.type, newTuple([strFromJS(a.typecode), list]), d]);
  },
  append(self, args, kwnames) {
    argCount("append", args, kwnames, 1, 1);
    const a = asArray(self);
    const v = unbox(a, args[0]!);
    mayResize(a, 1);
    a.items.push(v);
    return None;
  },
  extend(self, args, kwnames) {
    argCount("extend", args, kwnames, 1, 1);
    extendFrom(asArray(self), args[0]!);
    return None;
  },
  insert(self, args, kwnames) {
    argCount("insert", args, kwnames, 2, 2);
    const a = asArray(self);
    const i = index(args[0]!);
    const v = unbox(a, args[1]!);
    const n = a.items.length;
    let k = typeof i === "bigint" ? (i < 0n ? 0 : n) : i;
    if (k < 0) k = Math.max(0, k + n);
    if (k > n) k = n;
    mayResize(a, 1);
    a.items.splice(k, 0, v);
    return None;
  },
  pop(self, args, kwnames) {
    argCount("pop", args, kwnames, 0, 1);
    const a = asArray(self);
    const i = args.length ? index(args[0]!) : -1;
    const n = a.items.length;
    if (n === 0) throw indexError("pop from empty array");
    const k = typeof i === "bigint" ? -1 : i < 0 ? i + n : i;
    if (k < 0 || k >= n) throw indexError("pop index out of range");
    mayResize(a, -1);
    return box(a, a.items.splice(k, 1)[0]!);
  },
  remove(self, args, kwnames) {
    argCount("remove", args, kwnames, 1, 1);
    const a = asArray(self);
    const k = findIndex(a, args[0]!);
    if (k < 0) throw valueError("array.remove(x): x not in array");
    mayResize(a, -1);
    a.items.splice(k, 1);
    return None;
  },
  index(self, args, kwnames) {
    const a = asArray(self);
    const [x, start, stop] = sequenceIndexArgs("index", args, kwnames, a.items.length);
    const k = findIndex(a, x, start, stop);
    if (k < 0) throw valueError("array.index(x): x not in array");
    return k;
  },
  count(self, args, kwnames) {
    argCount("count", args, kwnames, 1, 1);
    const a = asArray(self);
    let c = 0;
    for (const v of a.items) if (richCompareBool(box(a, v), args[0]!, CompareOp.Eq)) c++;
    return c;
  },
  reverse(self, args, kwnames) {
    argCount("reverse", args, kwnames, 0, 0);
    asArray(self).items.reverse();
    return None;
  },
  byteswap(self, args, kwnames) {
    argCount("byteswap", args, kwnames, 0, 0);
    const a = asArray(self);
    const size = a.code.size;
    const data = toBytes(a);
    for (let off = 0; off < data.length; off += size) data.subarray(off, off + size).reverse();
    a.items = [];
    if (a.typecode === "u") {
      // swapped code points may leave the Unicode range; keep them as raw values
      const view = new DataView(data.buffer);
      for (let off = 0; off < data.length; off += 4) {
        const cp = view.getUint32(off, true);
        a.items.push(cp <= 0x10ffff ? String.fromCodePoint(cp) : "\ufffd");
      }
    } else fromBytes(a, data);
    return None;
  },
  buffer_info(self, args, kwnames) {
    argCount("buffer_info", args, kwnames, 0, 0);
    return newTuple([objectId(self), asArray(self).items.length]);
  },
  tobytes(self, args, kwnames) {
    argCount("tobytes", args, kwnames, 0, 0);
    return new PyBytes(toBytes(asArray(self)));
  },
  frombytes(self, args, kwnames) {
    argCount("frombytes", args, kwnames, 1, 1);
    const b = bufferOf(args[0]!);
    if (b === undefined || isStr(args[0]!))
      throw typeError(`a bytes-like object is required, not '${typeName(args[0]!)}'`);
    const a = asArray(self);
    if (b.length % a.code.size === 0) mayResize(a, b.length / a.code.size);
    fromBytes(a, b.slice());
    return None;
  },
  tolist(self, args, kwnames) {
    argCount("tolist", args, kwnames, 0, 0);
    const a = asArray(self);
    return new PyList(a.items.map((v) => box(a, v)));
  },
  fromlist(self, args, kwnames) {
    argCount("fromlist", args, kwnames, 1, 1);
    const a = asArray(self);
    const l = args[0]!;
    if (!(l instanceof PyList)) throw typeError("arg must be list");
    const add = l.items.map((v) => unbox(a, v));
    mayResize(a, add.length);
    a.items.push(...add);
    return None;
  },
  tounicode(self, args, kwnames) {
    argCount("tounicode", args, kwnames, 0, 0);
    const a = asArray(self);
    if (a.typecode !== "u") throw valueError("tounicode() may only be called on unicode type arrays");
    return strFromJS(a.items.join(""));
  },
  fromunicode(self, args, kwnames) {
    argCount("fromunicode", args, kwnames, 1, 1);
    const a = asArray(self);
    const s = args[0]!;
    if (!isStr(s)) throw typeError(`fromunicode() argument must be str, not ${typeName(s)}`);
    if (a.typecode !== "u") throw valueError("fromunicode() may only be called on unicode type arrays");
    const add = codePoints(s);
    mayResize(a, add.length);
    a.items.push(...add);
    return None;
  },
  tofile(self, args, kwnames) {
    argCount("tofile", args, kwnames, 1, 1);
    callMethod(args[0]!, "write", [new PyBytes(toBytes(asArray(self)))]);
    return None;
  },
  fromfile(self, args, kwnames) {
    argCount("fromfile", args, kwnames, 2, 2);
    const a = asArray(self);
    const n = index(args[1]!);
    if (typeof n === "bigint" || n < 0) throw valueError("negative count");
    const want = n * a.code.size;
    const data = callMethod(args[0]!, "read", [want]);
    const b = bufferOf(data);
    if (b === undefined || !(data instanceof PyBytes)) throw typeError("read() didn't return bytes");
    const whole = b.length - (b.length % a.code.size);
    mayResize(a, whole / a.code.size);
    fromBytes(a, b.slice(0, whole));
    if (b.length !== want)
      throw newException(exceptionType("EOFError"), strFromJS("read() didn't return enough bytes"));
    return None;
  },
});
defineSequenceMethods(arrayType, ["__add__", "__iadd__", "__mul__", "__rmul__", "__imul__"]);

// arrays export their bytes to bytes-like consumers (bytes(a), b"".join, file.write) as
// a packed copy; a memoryview repacks on every read and unpacks its writes back
const previousView = bufferHooks.view;
bufferHooks.view = (v) => (v instanceof PyArray ? toBytes(v) : previousView(v));

function arrayExporter(a: PyArray): BufferExporter {
  return {
    owner: a,
    // memoryview names a 4-byte code point 'w', as CPython's array does
    format: a.typecode === "u" ? "w" : a.typecode,
    itemsize: a.code.size,
    pack: () => toBytes(a),
    unpack: (data) => {
      a.items = [];
      fromBytes(a, data);
    },
    exported: (delta) => {
      a.exports += delta;
    },
  };
}

const previousExporter = exporterHooks.of;
exporterHooks.of = (v) => (v instanceof PyArray ? arrayExporter(v) : previousExporter(v));

defineGetSets(arrayType, {
  typecode: [(self) => strFromJS(asArray(self).typecode)],
  itemsize: [(self) => asArray(self).code.size],
});
arrayType.dict.set("__hash__", None);
defineClassGetItem(arrayType);

function arrayModule(): Record<string, PyObject> {
  return {
    array: arrayType,
    ArrayType: arrayType,
    typecodes: strFromJS(TYPECODES),
  };
}

registerNativeModule("array", arrayModule);
