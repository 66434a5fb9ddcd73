// The tuple type: an immutable JS array of items. Tuples are made everywhere (arguments,
// dict items, multiple assignment), so the class is as small as possible and the empty
// tuple is shared. The hash is CPython 3.11's xxHash-based tuple hash computed in 64-bit
// unsigned arithmetic on two 32-bit halves, so `hash((1, 2))` equals CPython's.

import { floatType, None, noneType, NotImplemented, strType, tupleType } from "./bootstrap.js";
import {
  CompareOp,
  hash,
  richCompareBool,
  getIter,
  iterNext,
  index,
  lengthHint,
  reprJS,
  tupleHashHook,
} from "./abstract.js";
import { indexError, typeError, valueError } from "./exceptions.js";
import { defineClassMethods, defineMethods, defineSequenceMethods } from "./function.js";
import {
  newAttributeDict,
  typeOf,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
  type WithSerial,
} from "./object.js";
import { typeName } from "./names.js";
import type { PyType } from "./type.js";
import {
  clampIndex,
  classGetItemOf,
  compareSequences,
  defineNew,
  reduceWithBuiltin,
  stateIndex,
  normaliseIndex,
  reprEnter,
  reprLeave,
  noKeywords,
  sequenceIndexArgs,
  repeatCount,
  ARRAY_REPEAT,
  SeqIterator,
  setTupleFactory,
} from "./iterators.js";
import { PySlice, sliceIndices } from "./slice.js";
import { strFromJS, strHash } from "./str.js";

export class PyTuple implements PyObjectBase, WithSerial {
  dict: AttributeDict | null = null;
  serial = 0;
  /** The hash, once computed, of a tuple whose items all have hashes that cannot change
   * (see tupleHash): a tuple used as a dict key or set member is hashed at every lookup. */
  hashValue: number | bigint | undefined = undefined;
  constructor(
    public items: PyObject[],
    public type: PyType = tupleType,
  ) {}
}

export const emptyTuple = new PyTuple([]);

/** Descriptors that read item `index` of a tuple subclass's instances (namedtuple's
 * fields, `_collections._tuplegetter`): attribute caches index the items directly. */
export const tupleItemDescriptors = new WeakMap<object, number>();

/** A new exact tuple of `items` (which it takes over); the shared one when empty. */
export function newTuple(items: PyObject[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}

export function isTuple(v: PyObject): v is PyTuple {
  return v instanceof PyTuple;
}

tupleType.newInstance = (t) => {
  const tup = new PyTuple([], t);
  if (t.hasInstanceDict) tup.dict = newAttributeDict();
  return tup;
};

// ---- hash: xxHash's round on 64-bit lanes (CPython's tuplehash) ----

const P1_HI = 0x9e3779b1,
  P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d,
  P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f,
  P5_LO = 0x165667c5;
/** XXPRIME_5 ^ 3527539, the constant mixed with the length. */
const LEN_HI = P5_HI,
  LEN_LO = (P5_LO ^ 3527539) >>> 0;

const TWO32 = 4294967296;

/** The high and low 32 bits of a 64-bit product, written to mulHi/mulLo. */
let mulHi = 0,
  mulLo = 0;
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a1 = al >>> 16,
    a0 = al & 0xffff,
    b1 = bl >>> 16,
    b0 = bl & 0xffff;
  const mid = a0 * b1 + a1 * b0;
  const low = a0 * b0 + (mid % 65536) * 65536;
  mulLo = low >>> 0;
  const carry = Math.floor(low / TWO32);
  mulHi = (a1 * b1 + Math.floor(mid / 65536) + carry + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

/** The 64-bit two's-complement halves of a Python hash value. */
let laneHi = 0,
  laneLo = 0;
export function splitHash(h: number | bigint): void {
  if (typeof h === "number") {
    laneLo = h >>> 0;
    laneHi = Math.floor(h / TWO32) >>> 0;
  } else {
    const u = BigInt.asUintN(64, h);
    laneLo = Number(u & 0xffffffffn);
    laneHi = Number(u >> 32n);
  }
}

/** A signed 64-bit value from halves, as a normalised Python int. */
export function joinHash(hi: number, lo: number): number | bigint {
  const v = (hi | 0) * TWO32 + lo;
  if (Number.isSafeInteger(v)) return v;
  return BigInt(hi | 0) * 4294967296n + BigInt(lo);
}

/** The halves of a str's hash, as splitHash leaves them: a short str's hash is a bigint
 * more often than not, and taking one apart costs more than the rest of a tuple's hash. */
function strLanes(s: string): void {
  const known = strLaneCache.get(s);
  if (known !== undefined) {
    laneHi = known[0]!;
    laneLo = known[1]!;
    return;
  }
  splitHash(strHash(s));
  if (s.length > STR_LANES_MAX_LENGTH) return;
  if (strLaneCache.size >= STR_LANES_ENTRIES) strLaneCache.clear();
  strLaneCache.set(s, [laneHi, laneLo]);
}

const STR_LANES_MAX_LENGTH = 32;
const STR_LANES_ENTRIES = 4096;
const strLaneCache = new Map<string, number[]>();

export function hashItems(items: readonly PyObject[]): number | bigint {
  let accHi = P5_HI,
    accLo = P5_LO;
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!;
    if (typeof v === "string") strLanes(v);
    else splitHash(hash(v));
    mul64(laneHi, laneLo, P2_HI, P2_LO);
    // acc += lane * PRIME_2
    let lo = accLo + mulLo;
    let hi = (accHi + mulHi + (lo >= TWO32 ? 1 : 0)) >>> 0;
    lo >>>= 0;
    // acc = rotate_left(acc, 31)
    const rhi = ((lo >>> 1) | (hi << 31)) >>> 0;
    const rlo = ((hi >>> 1) | (lo << 31)) >>> 0;
    // acc *= PRIME_1
    mul64(rhi, rlo, P1_HI, P1_LO);
    hi = mulHi;
    lo = mulLo;
    accHi = hi;
    accLo = lo;
  }
  const n = items.length;
  const addLo = (LEN_LO ^ n) >>> 0;
  let lo = accLo + addLo;
  const hi = (accHi + LEN_HI + (lo >= TWO32 ? 1 : 0)) >>> 0;
  lo >>>= 0;
  if (hi === 0xffffffff && lo === 0xffffffff) return 1546275796;
  return joinHash(hi, lo);
}

/** `hash(t)`, kept on the tuple when no item's hash can change: ints, strs, bools, None,
 * exact floats, and tuples that keep theirs. A user object's `__hash__` could answer
 * differently next time, so tuples holding one are hashed again at every call. */
function tupleHash(t: PyTuple): number | bigint {
  const known = t.hashValue;
  if (known !== undefined) return known;
  const items = t.items;
  const h = hashItems(items);
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!;
    if (typeof v !== "object") continue;
    const vt = v.type;
    if (vt === noneType || vt === floatType || vt === strType) continue;
    if (v instanceof PyTuple && v.hashValue !== undefined) continue;
    return h;
  }
  t.hashValue = h;
  return h;
}

tupleHashHook.hash = tupleHash;

// ---- the Python methods ----

function asTuple(self: PyObject, method: string): PyTuple {
  if (!(self instanceof PyTuple))
    throw typeError(`descriptor '${method}' requires a 'tuple' object but received a '${typeName(self)}'`);
  return self;
}

/** A tuple of exactly type `tupleType` with the items of any iterable. */
export function tupleFromIterable(o: PyObject): PyTuple {
  if (o instanceof PyTuple && o.type === tupleType) return o;
  // A subclass overriding __iter__ is iterated, as PySequence_Tuple does.
  if (o instanceof PyTuple && o.type.lookup("__iter__") === tupleType.dict.get("__iter__")) {
    lengthHint(o, 10);
    return newTuple(o.items.slice());
  }
  const items: PyObject[] = [];
  const it = getIter(o);
  lengthHint(o, 10);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) items.push(v);
  return newTuple(items);
}

function tupleGetItem(t: PyTuple, key: PyObject): PyObject {
  if (typeof key === "number") {
    const items = t.items;
    const i = key < 0 ? key + items.length : key;
    if (i < 0 || i >= items.length) throw indexError("tuple index out of range");
    return items[i]!;
  }
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, t.items.length);
    if (step === 1) {
      if (n === t.items.length && t.type === tupleType) return t;
      return newTuple(t.items.slice(start, start + n));
    }
    const out = new Array<PyObject>(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = t.items[j]!;
    return newTuple(out);
  }
  if (typeOf(key).lookup("__index__") === undefined)
    throw typeError(`tuple indices must be integers or slices, not ${typeName(key)}`);
  const i = normaliseIndex(index(key), t.items.length);
  if (i < 0 || i >= t.items.length) throw indexError("tuple index out of range");
  return t.items[i]!;
}

export function tupleRepr(t: PyTuple): string {
  const items = t.items;
  if (items.length === 0) return "()";
  if (!reprEnter(t)) return "(...)";
  try {
    if (items.length === 1) return "(" + reprJS(items[0]!) + ",)";
    const parts = new Array<string>(items.length);
    for (let i = 0; i < items.length; i++) parts[i] = reprJS(items[i]!);
    return "(" + parts.join(", ") + ")";
  } finally {
    reprLeave(t);
  }
}

defineNew(tupleType, (cls, args, kwnames) => {
  // Keywords are left to a subclass's own __init__ (tuple_new's check).
  if (cls === tupleType || cls.lookup("__init__") === tupleType.lookup("__init__"))
    noKeywords("tuple", kwnames);
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (npos > 1) throw typeError(`tuple expected at most 1 argument, got ${npos}`);
  const src = npos === 0 ? emptyTuple : tupleFromIterable(args[0]!);
  if (cls === tupleType) return src;
  const t = cls.newInstance!(cls) as PyTuple;
  t.items = src.items.slice();
  return t;
});

tupleType.subscript = (o, key) => tupleGetItem(o as PyTuple, key);
defineMethods(tupleType, {
  __len__: (self) => asTuple(self, "__len__").items.length,
  __getitem__: (self, args) => tupleGetItem(asTuple(self, "__getitem__"), args[0]!),
  __contains__(self, args) {
    const items = asTuple(self, "__contains__").items;
    const x = args[0]!;
    for (let i = 0; i < items.length; i++) if (richCompareBool(items[i]!, x, CompareOp.Eq)) return true;
    return false;
  },
  __iter__: (self) => new SeqIterator(asTuple(self, "__iter__").items, tupleIterType, self),
  __hash__: (self) => tupleHash(asTuple(self, "__hash__")),
  __repr__: (self) => strFromJS(tupleRepr(asTuple(self, "__repr__"))),
  __add__(self, args) {
    const t = asTuple(self, "__add__");
    const o = args[0]!;
    if (!(o instanceof PyTuple)) return NotImplemented;
    if (o.items.length === 0 && t.type === tupleType) return t;
    if (t.items.length === 0 && o.type === tupleType) return o;
    return newTuple(joinItems(t.items, o.items));
  },
  __mul__(self, args) {
    const t = asTuple(self, "__mul__");
    const n = repeatCount(args[0]!, t.items.length, ARRAY_REPEAT);
    if (n === undefined) return NotImplemented;
    if (n === 1 && t.type === tupleType) return t;
    return newTuple(repeatItems(t.items, n));
  },
  __rmul__(self, args) {
    const t = asTuple(self, "__rmul__");
    const n = repeatCount(args[0]!, t.items.length, ARRAY_REPEAT);
    if (n === undefined) return NotImplemented;
    if (n === 1 && t.type === tupleType) return t;
    return newTuple(repeatItems(t.items, n));
  },
  __eq__: (self, args) => tupleCompare(self, args[0]!, CompareOp.Eq),
  __ne__: (self, args) => tupleCompare(self, args[0]!, CompareOp.Ne),
  __lt__: (self, args) => tupleCompare(self, args[0]!, CompareOp.Lt),
  __le__: (self, args) => tupleCompare(self, args[0]!, CompareOp.Le),
  __gt__: (self, args) => tupleCompare(self, args[0]!, CompareOp.Gt),
  __ge__: (self, args) => tupleCompare(self, args[0]!, CompareOp.Ge),
  __getnewargs__: (self) => new PyTuple([newTuple(asTuple(self, "__getnewargs__").items.slice())]),
  count(self, args, kwnames) {
    noKeywords("count", kwnames);
    if (args.length !== 1) throw typeError(`tuple.count() takes exactly one argument (${args.length} given)`);
    const items = asTuple(self, "count").items;
    let n = 0;
    for (let i = 0; i < items.length; i++) if (richCompareBool(items[i]!, args[0]!, CompareOp.Eq)) n++;
    return n;
  },
  index(self, args, kwnames) {
    const items = asTuple(self, "index").items;
    const [x, start, stop] = sequenceIndexArgs("index", args, kwnames, items.length);
    for (let i = start; i < stop && i < items.length; i++)
      if (richCompareBool(items[i]!, x, CompareOp.Eq)) return i;
    throw valueError("tuple.index(x): x not in tuple");
  },
});
defineSequenceMethods(tupleType, ["__add__", "__mul__", "__rmul__"]);
defineClassMethods(tupleType, { __class_getitem__: classGetItemOf(tupleType) });

function tupleCompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  const t = asTuple(self, "__eq__");
  if (!(other instanceof PyTuple)) return NotImplemented;
  return compareSequences(t, other, op);
}

/** `a + b` for list and tuple items: a copy and pushes, which V8 runs faster than concat. */
export function joinItems(a: readonly PyObject[], b: readonly PyObject[]): PyObject[] {
  const out = a.slice();
  for (let i = 0; i < b.length; i++) out.push(b[i]!);
  return out;
}

export function repeatItems(items: PyObject[], n: number): PyObject[] {
  if (n <= 0 || items.length === 0) return [];
  if (items.length === 1) return new Array<PyObject>(n).fill(items[0]!);
  const out = new Array<PyObject>(items.length * n);
  for (let k = 0, j = 0; k < n; k++) for (let i = 0; i < items.length; i++) out[j++] = items[i]!;
  return out;
}

export const tupleIterType = SeqIterator.makeType("tuple_iterator");

defineMethods(tupleIterType, {
  __reduce__: (self) =>
    reduceWithBuiltin("iter", () => {
      const it = self as SeqIterator;
      if (it.items === null) return [[emptyTuple]];
      return [[it.source ?? newTuple(it.items.slice())], it.index];
    }),
  __setstate__(self, args) {
    const it = self as SeqIterator;
    const i = stateIndex(args[0]);
    if (it.items !== null) it.index = clampIndex(i, 0, it.items.length);
    return None;
  },
});

setTupleFactory(newTuple);
