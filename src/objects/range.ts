// The range type. Bounds are Python ints (number or bigint); the common case -- all three
// and the length safe integers -- runs on JS numbers, the rest on bigints. Membership of
// ints is arithmetic; other objects are compared item by item, as CPython does.

import { None, NotImplemented, rangeType } from "./bootstrap.js";
import { CompareOp, index, iterNext, getIter, reprJS, richCompareBool } from "./abstract.js";
import { indexError, overflowError, typeError, valueError } from "./exceptions.js";
import { defineMethods, defineReadonlyMembers, type KwNames } from "./function.js";
import { normaliseInt, typeOf, type PyObject, type PyObjectBase } from "./object.js";
import { typeName } from "./names.js";
import {
  clampIndex,
  defineNew,
  iteratorType,
  reduceWithBuiltin,
  stateIndex,
  type NativeIter,
} from "./iterators.js";
import { PySlice, sliceIndicesExact } from "./slice.js";
import { strFromJS } from "./str.js";
import { hashItems, newTuple } from "./tuple.js";

type Int = number | bigint;

export class PyRange implements PyObjectBase {
  type = rangeType;
  constructor(
    readonly start: Int,
    readonly stop: Int,
    readonly step: Int,
    /** The number of items, a Python int. */
    readonly length: Int,
  ) {}
}

const big = (v: Int): bigint => (typeof v === "bigint" ? v : BigInt(v));

/** The number of items of range(start, stop, step) (step != 0). */
export function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = big(start),
    b = big(stop),
    s = big(step);
  if (s > 0n) return normaliseInt(a < b ? (b - a - 1n) / s + 1n : 0n);
  return normaliseInt(a > b ? (a - b - 1n) / -s + 1n : 0n);
}

export function newRange(start: Int, stop: Int, step: Int): PyRange {
  return new PyRange(start, stop, step, rangeLength(start, stop, step));
}

/** Item `i` (0 <= i < length) as a Python int. */
function itemAt(r: PyRange, i: Int): Int {
  if (typeof i === "number" && typeof r.start === "number" && typeof r.step === "number") {
    const v = r.start + i * r.step;
    if (Number.isSafeInteger(v)) return v;
  }
  return normaliseInt(big(r.start) + big(i) * big(r.step));
}

function rangeArg(v: PyObject): Int {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeOf(v).lookup("__index__") === undefined)
    throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return index(v);
}

defineNew(rangeType, (_cls, args, kwnames: KwNames) => {
  if (kwnames && kwnames.length) throw typeError("range() takes no keyword arguments");
  switch (args.length) {
    case 1:
      return newRange(0, rangeArg(args[0]!), 1);
    case 2:
      return newRange(rangeArg(args[0]!), rangeArg(args[1]!), 1);
    case 3: {
      const start = rangeArg(args[0]!),
        stop = rangeArg(args[1]!),
        step = rangeArg(args[2]!);
      if (step === 0 || step === 0n) throw valueError("range() arg 3 must not be zero");
      return newRange(start, stop, step);
    }
    case 0:
      throw typeError("range expected at least 1 argument, got 0");
    default:
      throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  }
});

function asRange(self: PyObject): PyRange {
  if (!(self instanceof PyRange))
    throw typeError(`descriptor requires a 'range' object but received a '${typeName(self)}'`);
  return self;
}

const SSIZE_MAX = (1n << 63n) - 1n;

/** `len(range)`: CPython raises OverflowError beyond sys.maxsize. */
export function rangeLen(r: PyRange): Int {
  if (typeof r.length === "bigint" && r.length > SSIZE_MAX)
    throw overflowError("Python int too large to convert to C ssize_t");
  return r.length;
}

function isExactInt(v: PyObject): v is number | bigint | boolean {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
}

/** The position of the int `v` in the range, or -1. */
function positionOf(r: PyRange, v: number | bigint | boolean): Int {
  const x = typeof v === "boolean" ? (v ? 1 : 0) : v;
  if (
    typeof x === "number" &&
    typeof r.start === "number" &&
    typeof r.stop === "number" &&
    typeof r.step === "number"
  ) {
    const { start, stop, step } = r;
    if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return -1;
    const d = x - start;
    return d % step === 0 ? d / step : -1;
  }
  const bx = big(x),
    start = big(r.start),
    stop = big(r.stop),
    step = big(r.step);
  if (step > 0n ? bx < start || bx >= stop : bx > start || bx <= stop) return -1;
  const d = bx - start;
  return d % step === 0n ? normaliseInt(d / step) : -1;
}

function rangeContains(r: PyRange, v: PyObject): boolean {
  if (isExactInt(v)) return positionOf(r, v) !== -1;
  const it = new RangeIterator(r);
  for (let x = it.nextValue(); x !== undefined; x = it.nextValue())
    if (richCompareBool(x, v, CompareOp.Eq)) return true;
  return false;
}

function rangeGetItem(r: PyRange, key: PyObject): PyObject {
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndicesExact(key, r.length);
    const rs = big(r.step);
    return newRange(
      normaliseInt(big(r.start) + start * rs),
      normaliseInt(big(r.start) + stop * rs),
      normaliseInt(step * rs),
    );
  }
  if (!isExactInt(key) && typeOf(key).lookup("__index__") === undefined)
    throw typeError(`range indices must be integers or slices, not ${typeName(key)}`);
  let i: Int = rangeArg(key);
  if (typeof i === "number" && typeof r.length === "number") {
    if (i < 0) i += r.length;
    if (i < 0 || i >= r.length) throw indexError("range object index out of range");
    return itemAt(r, i);
  }
  let bi = big(i);
  const len = big(r.length);
  if (bi < 0n) bi += len;
  if (bi < 0n || bi >= len) throw indexError("range object index out of range");
  return itemAt(r, normaliseInt(bi));
}

function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.length !== b.length && big(a.length) !== big(b.length)) return false;
  if (a.length === 0 || a.length === 0n) return true;
  if (big(a.start) !== big(b.start)) return false;
  if (a.length === 1) return true;
  return big(a.step) === big(b.step);
}

export const rangeIterType = iteratorType("range_iterator", true);
export const longRangeIterType = iteratorType("longrange_iterator", true);

/** Iterates over a range whose items are safe integers. Keeps the first item and the
 * length too, since `__reduce__` / `__setstate__` speak of an index (CPython's rangeiter). */
export class RangeIterator implements NativeIter {
  type = rangeIterType;
  next: number;
  step: number;
  remaining: number;
  first = 0;
  length = 0;
  /** For ranges beyond safe integers. */
  bigState: { next: bigint; step: bigint; remaining: bigint; first: bigint; length: bigint } | null = null;
  constructor(r: PyRange, reverse = false) {
    const { start, step, length } = r;
    if (typeof start === "number" && typeof step === "number" && typeof length === "number") {
      const last = start + (length - 1) * step;
      if (Number.isSafeInteger(last) || length === 0) {
        this.next = this.first = reverse ? last : start;
        this.step = reverse ? -step : step;
        this.remaining = this.length = length;
        return;
      }
    }
    this.type = longRangeIterType;
    this.next = 0;
    this.step = 0;
    this.remaining = 0;
    const bl = big(length),
      bs = big(step);
    const first = reverse ? big(start) + (bl - 1n) * bs : big(start);
    this.bigState = { next: first, step: reverse ? -bs : bs, remaining: bl, first, length: bl };
  }
  nextValue(): PyObject | undefined {
    if (this.remaining > 0) {
      this.remaining--;
      const v = this.next;
      this.next = v + this.step;
      return v;
    }
    const b = this.bigState;
    if (b === null || b.remaining <= 0n) return undefined;
    b.remaining--;
    const v = b.next;
    b.next = v + b.step;
    return normaliseInt(v);
  }
  lengthHint(): number {
    const b = this.bigState;
    if (b !== null) return Number(b.remaining);
    return this.remaining;
  }
  /** `(iter, (range(first, first + length * step, step),), index)`. */
  reduce(): PyObject {
    return reduceWithBuiltin("iter", () => {
      const b = this.bigState;
      if (b === null) {
        const stop = normaliseInt(big(this.first) + big(this.length) * big(this.step));
        return [[newRange(this.first, stop, this.step)], this.length - this.remaining];
      }
      const stop = normaliseInt(b.first + b.length * b.step);
      return [
        [newRange(normaliseInt(b.first), stop, normaliseInt(b.step))],
        normaliseInt(b.length - b.remaining),
      ];
    });
  }
  setState(state: PyObject): void {
    const b = this.bigState;
    if (b === null) {
      const i = clampIndex(stateIndex(state), 0, this.length);
      this.remaining = this.length - i;
      this.next = this.first + i * this.step;
      return;
    }
    if (typeof state !== "number" && typeof state !== "bigint" && typeof state !== "boolean")
      throw typeError(`'${typeName(state)}' object cannot be interpreted as an integer`);
    let i = big(index(state));
    if (i < 0n) i = 0n;
    else if (i > b.length) i = b.length;
    b.remaining = b.length - i;
    b.next = b.first + i * b.step;
  }
}

for (const t of [rangeIterType, longRangeIterType]) {
  defineMethods(t, {
    __reduce__: (self) => (self as RangeIterator).reduce(),
    __setstate__(self, args) {
      if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
      (self as RangeIterator).setState(args[0]!);
      return None;
    },
  });
}

function oneArg(name: string, args: PyObject[], kwnames: KwNames): PyObject {
  if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

function compare(self: PyObject, other: PyObject, ne: boolean): PyObject {
  const r = asRange(self);
  if (!(other instanceof PyRange)) return NotImplemented;
  return rangeEquals(r, other) !== ne;
}

defineMethods(rangeType, {
  __len__: (self) => rangeLen(asRange(self)),
  __bool__: (self) => {
    const l = asRange(self).length;
    return l !== 0 && l !== 0n;
  },
  __getitem__: (self, args) => rangeGetItem(asRange(self), args[0]!),
  __contains__: (self, args) => rangeContains(asRange(self), args[0]!),
  __iter__: (self) => new RangeIterator(asRange(self)),
  __reversed__: (self) => new RangeIterator(asRange(self), true),
  __eq__: (self, args) => compare(self, args[0]!, false),
  __ne__: (self, args) => compare(self, args[0]!, true),
  __hash__(self) {
    const r = asRange(self);
    if (r.length === 0) return hashItems([0, None, None]);
    if (r.length === 1) return hashItems([1, r.start, None]);
    return hashItems([r.length, r.start, r.step]);
  },
  __reduce__(self) {
    const r = asRange(self);
    return newTuple([rangeType, newTuple([r.start, r.stop, r.step])]);
  },
  __repr__(self) {
    const r = asRange(self);
    const step = r.step === 1 ? "" : `, ${reprJS(r.step)}`;
    return strFromJS(`range(${reprJS(r.start)}, ${reprJS(r.stop)}${step})`);
  },
  count(self, args, kwnames) {
    const r = asRange(self);
    const v = oneArg("count", args, kwnames);
    if (isExactInt(v)) return positionOf(r, v) === -1 ? 0 : 1;
    let n = 0;
    const it = new RangeIterator(r);
    for (let x = it.nextValue(); x !== undefined; x = it.nextValue())
      if (richCompareBool(x, v, CompareOp.Eq)) n++;
    return n;
  },
  index(self, args, kwnames) {
    const r = asRange(self);
    const v = oneArg("index", args, kwnames);
    if (isExactInt(v)) {
      const p = positionOf(r, v);
      if (p === -1) throw valueError(`${reprJS(v)} is not in range`);
      return p;
    }
    let i = 0;
    const it = getIter(r);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it), i++)
      if (richCompareBool(x, v, CompareOp.Eq)) return i;
    throw valueError("sequence.index(x): x not in sequence");
  },
});

defineReadonlyMembers(rangeType, {
  start: [(self) => asRange(self).start],
  stop: [(self) => asRange(self).stop],
  step: [(self) => asRange(self).step],
});
