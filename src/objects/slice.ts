// The slice type and the index arithmetic every sequence's slicing shares (CPython's
// PySlice_Unpack + PySlice_AdjustIndices). Indices beyond what a JS array can hold are
// clamped like CPython clamps them to PY_SSIZE_T_MAX.

import { None, NotImplemented, sliceType } from "./bootstrap.js";
import { CompareOp, index, reprJS } from "./abstract.js";
import { typeError, valueError } from "./exceptions.js";
import { defineMethods, defineReadonlyMembers, type KwNames } from "./function.js";
import { normaliseInt, typeOf, type PyObject, type PyObjectBase } from "./object.js";
import { strFromJS } from "./str.js";
import { compareSequences, defineNew } from "./iterators.js";
import { newTuple } from "./tuple.js";

export class PySlice implements PyObjectBase {
  type = sliceType;
  constructor(
    readonly start: PyObject,
    readonly stop: PyObject,
    readonly step: PyObject,
  ) {}
}

/** PY_SSIZE_T_MAX as CPython clamps to; any bigger bound acts the same on JS arrays. */
const MAX = Number.MAX_SAFE_INTEGER;

/** `_PyEval_SliceIndex`: an int bound clamped into [-MAX, MAX]. */
function sliceIndexValue(v: PyObject): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v !== "bigint" && typeOf(v).lookup("__index__") === undefined)
    throw typeError("slice indices must be integers or None or have an __index__ method");
  const i = index(v);
  if (typeof i === "number") return i;
  return i < 0n ? -MAX : MAX;
}

/** `[start, stop, step, length]` of a slice applied to a sequence of `len` items. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndexValue(s.step);
    if (step === 0) throw valueError("slice step cannot be zero");
    if (step < -MAX) step = -MAX;
  }
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? MAX : 0;
  else start = sliceIndexValue(s.start);
  if (s.stop === None) stop = step < 0 ? -MAX : MAX;
  else stop = sliceIndexValue(s.stop);
  // PySlice_AdjustIndices
  if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) start = step < 0 ? len - 1 : len;
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  return [start, stop, step, sliceLength(start, stop, step)];
}

export function sliceLength(start: number, stop: number, step: number): number {
  if (step < 0) return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
}

// ---- slice.indices(): exact arithmetic on Python ints (bigint) ----

function toBig(v: PyObject, what: string): bigint {
  void what;
  if (typeof v === "number") return BigInt(v);
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1n : 0n;
  if (typeOf(v).lookup("__index__") === undefined)
    throw typeError("slice indices must be integers or None or have an __index__ method");
  return BigInt(index(v));
}

/** `slice.indices(length)` with CPython's `_PySlice_GetLongIndices`. */
export function sliceIndicesExact(s: PySlice, lengthObj: PyObject): [bigint, bigint, bigint] {
  if (typeof lengthObj !== "number" && typeof lengthObj !== "bigint" && typeof lengthObj !== "boolean") {
    if (typeOf(lengthObj).lookup("__index__") === undefined)
      throw typeError(`'${typeOf(lengthObj).name}' object cannot be interpreted as an integer`);
  }
  const length = BigInt(index(lengthObj));
  if (length < 0n) throw valueError("length should not be negative");
  let step = 1n;
  if (s.step !== None) {
    step = toBig(s.step, "step");
    if (step === 0n) throw valueError("slice step cannot be zero");
  }
  const back = step < 0n;
  const lower = back ? -1n : 0n;
  const upper = back ? length - 1n : length;
  const adjust = (v: PyObject, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let i = toBig(v, "");
    if (i < 0n) {
      i += length;
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const start = adjust(s.start, back ? upper : lower);
  const stop = adjust(s.stop, back ? lower : upper);
  return [start, stop, step];
}

function asSlice(self: PyObject): PySlice {
  if (!(self instanceof PySlice))
    throw typeError(`descriptor requires a 'slice' object but received a '${typeOf(self).name}'`);
  return self;
}

defineNew(sliceType, (_cls, args, kwnames: KwNames) => {
  if (kwnames && kwnames.length) throw typeError("slice() takes no keyword arguments");
  if (args.length === 0) throw typeError("slice expected at least 1 argument, got 0");
  if (args.length > 3) throw typeError(`slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PySlice(None, args[0]!, None);
  return new PySlice(args[0]!, args[1]!, args[2] ?? None);
});

function sliceTuple(s: PySlice): PyObject[] {
  return [s.start, s.stop, s.step];
}

function compare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  const s = asSlice(self);
  if (!(other instanceof PySlice)) return NotImplemented;
  return compareSequences({ items: sliceTuple(s) }, { items: sliceTuple(other) }, op);
}

defineMethods(sliceType, {
  __repr__(self) {
    const s = asSlice(self);
    return strFromJS(`slice(${reprJS(s.start)}, ${reprJS(s.stop)}, ${reprJS(s.step)})`);
  },
  indices(self, args, kwnames) {
    if (kwnames && kwnames.length) throw typeError("slice.indices() takes no keyword arguments");
    if (args.length !== 1)
      throw typeError(`slice.indices() takes exactly one argument (${args.length} given)`);
    const [a, b, c] = sliceIndicesExact(asSlice(self), args[0]!);
    return newTuple([normaliseInt(a), normaliseInt(b), normaliseInt(c)]);
  },
  __eq__: (self, args) => compare(self, args[0]!, CompareOp.Eq),
  __ne__: (self, args) => compare(self, args[0]!, CompareOp.Ne),
  __lt__: (self, args) => compare(self, args[0]!, CompareOp.Lt),
  __le__: (self, args) => compare(self, args[0]!, CompareOp.Le),
  __gt__: (self, args) => compare(self, args[0]!, CompareOp.Gt),
  __ge__: (self, args) => compare(self, args[0]!, CompareOp.Ge),
  __reduce__(self) {
    const s = asSlice(self);
    return newTuple([sliceType, newTuple(sliceTuple(s))]);
  },
});
// Slices are unhashable in 3.11.
sliceType.dict.set("__hash__", None);
sliceType.modified();

defineReadonlyMembers(sliceType, {
  start: [(self) => asSlice(self).start],
  stop: [(self) => asSlice(self).stop],
  step: [(self) => asSlice(self).step],
});
