// set and frozenset: an open-addressing table laid out exactly as CPython's setobject
// (power-of-two table, linear probing of up to 9 neighbours before the perturbed
// `i * 5 + 1 + perturb` step, dummies for deleted entries, reuse of the first dummy on
// insertion, growth to `used * 4` when 60% full), so that iteration order -- which is
// table order -- matches CPython's for elements whose hashes match (ints, floats, tuples
// of them). The algorithms of the set operations (which side is iterated, when a copy is
// made) follow CPython's too, since they decide the order of the results.

import { dictType, floatType, frozensetType, None, NotImplemented, setType, strType } from "./bootstrap.js";
import { callMethod, CompareOp, getIter, hash, iterNext, reprJS, richCompareBool } from "./abstract.js";
import { isException, KeyError_, newException, runtimeError, TypeError_, typeError } from "./exceptions.js";
import {
  defineClassMethods,
  defineMethods,
  defineCoexistingMethods,
  type KwNames,
  type MethodCall,
} from "./function.js";
import {
  newAttributeDict,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
  type WithSerial,
} from "./object.js";
import { typeName } from "./names.js";
import type { PyType } from "./type.js";
import {
  classGetItemOf,
  defineNew,
  iteratorType,
  reduceWithBuiltin,
  reprEnter,
  reprLeave,
  type NativeIter,
} from "./iterators.js";
import { strFromJS } from "./str.js";
import { PyDict } from "./dict.js";
import { PyList } from "./list.js";
import { joinHash, newTuple } from "./tuple.js";
import { splitHash64 } from "../support/siphash.js";

export type Hash = number | bigint;

const MIN_SIZE = 8;
const LINEAR_PROBES = 9;

/** The marker of a deleted slot (CPython's `dummy`); its hash slot holds -1. */
const DUMMY: PyObject = { type: setType };

export class PySet implements PyObjectBase, WithSerial {
  dict: AttributeDict | null = null;
  serial = 0;
  /** Slot keys: undefined when never used, DUMMY when deleted. */
  keys: (PyObject | undefined)[] = new Array<PyObject | undefined>(MIN_SIZE).fill(undefined);
  hashes: Hash[] = new Array<Hash>(MIN_SIZE).fill(0);
  mask = MIN_SIZE - 1;
  /** Active + dummy slots. */
  fill = 0;
  /** Active slots (`len`). */
  used = 0;
  /** Where `pop` starts looking. */
  finger = 0;
  /** frozenset's cached hash. */
  hashCache: Hash | null = null;
  constructor(public type: PyType = setType) {}
}

export function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
}

export function isFrozen(s: PySet): boolean {
  return s.type === frozensetType || s.type.isSubtypeOf(frozensetType);
}

setType.newInstance = (t) => {
  const s = new PySet(t);
  if (t.hasInstanceDict) s.dict = newAttributeDict();
  return s;
};
frozensetType.newInstance = setType.newInstance;

// ---- the table ----

const halvesOut: [number, number] = [0, 0];

/** Low 32 bits of a hash (as a non-negative number). */
function low32(h: Hash): number {
  return typeof h === "number" ? h >>> 0 : splitHash64(h, halvesOut)[1];
}

/** The slot holding `key`, or -1. With `withoutPython`, MAY_RUN_PYTHON instead of calling
 * an `__eq__` that is not built in. */
function findSlot(s: PySet, key: PyObject, h: Hash, withoutPython = false): number {
  restart: for (;;) {
    const keys = s.keys,
      hashes = s.hashes;
    let mask = s.mask;
    let i = low32(h) & mask;
    const halves = splitHashHalvesOf(h);
    let phi = halves[0],
      plo = halves[1];
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = keys[j];
        if (k === undefined) return -1;
        if (hashes[j] === h && k !== DUMMY) {
          if (k === key) return j;
          if (typeof k !== "string" || typeof key !== "string") {
            if (withoutPython && !(comparesNatively(k) && comparesNatively(key))) return MAY_RUN_PYTHON;
            const same = richCompareBool(k, key, CompareOp.Eq);
            if (s.keys !== keys || keys[j] !== k) continue restart;
            if (same) return j;
            mask = s.mask;
          }
        }
        if (probes-- === 0) break;
        j++;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

const MAY_RUN_PYTHON = -2;

/** Whether comparing `v` with another such value runs no Python code: ints, strs, bools,
 * floats (their `__eq__` is built in and calls nothing). */
function comparesNatively(v: PyObject): boolean {
  if (typeof v !== "object") return true;
  const t = v.type;
  return t === floatType || t === strType;
}

/** The slot of `key` (hash `h`) in `s`, -1 when absent, or undefined when finding out would
 * call a Python `__eq__` (see exact_containers.ts). */
export function findSlotWithoutPython(s: PySet, key: PyObject, h: Hash): number | undefined {
  const j = findSlot(s, key, h, true);
  return j === MAY_RUN_PYTHON ? undefined : j;
}

/** Adds `key` with hash `h`; false when an equal key was already there. */
function addEntry(s: PySet, key: PyObject, h: Hash): boolean {
  restart: for (;;) {
    const keys = s.keys,
      hashes = s.hashes;
    let mask = s.mask;
    let i = low32(h) & mask;
    const halves = splitHashHalvesOf(h);
    let phi = halves[0],
      plo = halves[1];
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = keys[j];
        if (k === undefined) {
          if (freeslot >= 0) {
            keys[freeslot] = key;
            hashes[freeslot] = h;
            s.used++;
            return true;
          }
          keys[j] = key;
          hashes[j] = h;
          s.fill++;
          s.used++;
          if (s.fill * 5 >= mask * 3) resizeTable(s, s.used > 50000 ? s.used * 2 : s.used * 4);
          return true;
        }
        if (k === DUMMY) {
          // CPython 3.11 remembers the last dummy on the probe path (measured).
          freeslot = j;
        } else if (hashes[j] === h) {
          if (k === key) return false;
          if (typeof k !== "string" || typeof key !== "string") {
            const same = richCompareBool(k, key, CompareOp.Eq);
            if (same) return false;
            if (s.keys !== keys || keys[j] !== k) continue restart;
            mask = s.mask;
          }
        }
        if (probes-- === 0) break;
        j++;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

function splitHashHalvesOf(h: Hash): [number, number] {
  return splitHash64(h, halvesOut);
}

/** Inserts into a table known to have no dummies and no equal key (set_insert_clean). */
function insertClean(
  keys: (PyObject | undefined)[],
  hashes: Hash[],
  mask: number,
  key: PyObject,
  h: Hash,
): void {
  let i = low32(h) & mask;
  const halves = splitHashHalvesOf(h);
  let phi = halves[0],
    plo = halves[1];
  for (;;) {
    if (keys[i] === undefined) {
      keys[i] = key;
      hashes[i] = h;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === undefined) {
          keys[i + j] = key;
          hashes[i + j] = h;
          return;
        }
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/** set_table_resize: the smallest power of two above `minUsed`, active entries
 * reinserted in table order. */
function resizeTable(s: PySet, minUsed: number): void {
  let size = MIN_SIZE;
  while (size <= minUsed) size *= 2;
  const oldKeys = s.keys,
    oldHashes = s.hashes;
  const keys = new Array<PyObject | undefined>(size).fill(undefined);
  const hashes = new Array<Hash>(size).fill(0);
  const mask = size - 1;
  for (let j = 0; j < oldKeys.length; j++) {
    const k = oldKeys[j];
    if (k !== undefined && k !== DUMMY) insertClean(keys, hashes, mask, k, oldHashes[j]!);
  }
  s.keys = keys;
  s.hashes = hashes;
  s.mask = mask;
  s.fill = s.used;
}

function clearTable(s: PySet): void {
  s.keys = new Array<PyObject | undefined>(MIN_SIZE).fill(undefined);
  s.hashes = new Array<Hash>(MIN_SIZE).fill(0);
  s.mask = MIN_SIZE - 1;
  s.fill = 0;
  s.used = 0;
}

function discardEntry(s: PySet, key: PyObject, h: Hash): boolean {
  const j = findSlot(s, key, h);
  if (j < 0) return false;
  s.keys[j] = DUMMY;
  s.hashes[j] = -1;
  s.used--;
  return true;
}

/** Hashing a key; a set key is looked up as a frozenset (set_contains / discard). */
function withFrozenRetry<T>(key: PyObject, fn: (k: PyObject, h: Hash) => T): T {
  let h: Hash;
  try {
    h = hash(key);
  } catch (e) {
    if (key instanceof PySet && !isFrozen(key) && isException(e) && e.type.isSubtypeOf(TypeError_)) {
      const tmp = new PySet(frozensetType);
      mergeSet(tmp, key);
      return fn(tmp, frozensetHash(tmp));
    }
    throw e;
  }
  return fn(key, h);
}

// ---- the API used by other modules ----

export function newSet(type: PyType = setType): PySet {
  return new PySet(type);
}

export function setAdd(s: PySet, key: PyObject): boolean {
  return addEntry(s, key, hash(key));
}

export function setContains(s: PySet, key: PyObject): boolean {
  if (typeof key === "number" || typeof key === "string") return findSlot(s, key, hash(key)) >= 0;
  return withFrozenRetry(key, (k, h) => findSlot(s, k, h) >= 0);
}

export function setDiscard(s: PySet, key: PyObject): boolean {
  return withFrozenRetry(key, (k, h) => discardEntry(s, k, h));
}

/** Active keys in table order. */
export function setItems(s: PySet): PyObject[] {
  const out: PyObject[] = [];
  const keys = s.keys;
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j];
    if (k !== undefined && k !== DUMMY) out.push(k);
  }
  return out;
}

/** set_merge: adds every element of another set. */
function mergeSet(s: PySet, other: PySet): void {
  if (other === s || other.used === 0) return;
  if ((s.fill + other.used) * 5 >= s.mask * 3) resizeTable(s, (s.used + other.used) * 2);
  const oKeys = other.keys,
    oHashes = other.hashes;
  if (s.fill === 0 && s.mask === other.mask && other.fill === other.used) {
    for (let j = 0; j <= other.mask; j++) {
      const k = oKeys[j];
      if (k !== undefined) {
        s.keys[j] = k;
        s.hashes[j] = oHashes[j]!;
      }
    }
    s.fill = other.fill;
    s.used = other.used;
    return;
  }
  if (s.fill === 0) {
    s.fill = other.used;
    s.used = other.used;
    for (let j = 0; j <= other.mask; j++) {
      const k = oKeys[j];
      if (k !== undefined && k !== DUMMY) insertClean(s.keys, s.hashes, s.mask, k, oHashes[j]!);
    }
    return;
  }
  for (let j = 0; j <= other.mask; j++) {
    const k = other.keys[j];
    if (k !== undefined && k !== DUMMY) addEntry(s, k, other.hashes[j]!);
  }
}

/** set_update_internal: a set, an exact dict (its keys) or any iterable. */
export function setUpdate(s: PySet, other: PyObject): void {
  if (other instanceof PySet) {
    mergeSet(s, other);
    return;
  }
  if (other instanceof PyDict && other.type === dictType) {
    const n = other.size;
    if ((s.fill + n) * 5 >= s.mask * 3) resizeTable(s, (s.used + n) * 2);
    for (const e of other.entries) if (e !== null) addEntry(s, e.key, (e.hash ??= hash(e.key)));
    return;
  }
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) addEntry(s, k, hash(k));
}

export function setFromIterable(o: PyObject, type: PyType = setType): PySet {
  const s = new PySet(type);
  setUpdate(s, o);
  return s;
}

/** A copy with the base type (set or frozenset) of `s` (make_new_set_basetype). */
function copyBase(s: PySet): PySet {
  const r = new PySet(isFrozen(s) ? frozensetType : setType);
  mergeSet(r, s);
  return r;
}

/** set_intersection. */
export function setIntersection(so: PySet, other: PyObject): PySet {
  if (so === other) return copyBase(so);
  const result = new PySet(isFrozen(so) ? frozensetType : setType);
  if (other instanceof PySet) {
    let a: PySet = so,
      b: PySet = other;
    if (b.used > a.used) [a, b] = [b, a];
    for (let j = 0; j <= b.mask; j++) {
      const k = b.keys[j];
      if (k === undefined || k === DUMMY) continue;
      const h = b.hashes[j]!;
      if (findSlot(a, k, h) >= 0) addEntry(result, k, h);
    }
    return result;
  }
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
    const h = hash(k);
    if (findSlot(so, k, h) >= 0) addEntry(result, k, h);
  }
  return result;
}

/** set_difference_update_internal. */
export function setDifferenceUpdate(s: PySet, other: PyObject): void {
  if (s === other) {
    clearTable(s);
    return;
  }
  if (other instanceof PySet) {
    const o = other.used >> 3 > s.used ? setIntersection(s, other) : other;
    for (let j = 0; j <= o.mask; j++) {
      const k = o.keys[j];
      if (k !== undefined && k !== DUMMY) discardEntry(s, k, o.hashes[j]!);
    }
  } else {
    const it = getIter(other);
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) setDiscard(s, k);
  }
  if (s.fill - s.used > s.mask >> 2) resizeTable(s, s.used > 50000 ? s.used * 2 : s.used * 4);
}

/** set_difference. */
function setDifference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other instanceof PyDict && other.type === dictType) otherSize = other.size;
  else {
    const r = copyBase(so);
    setDifferenceUpdate(r, other);
    return r;
  }
  if (so.used >> 2 > otherSize) {
    const r = copyBase(so);
    setDifferenceUpdate(r, other);
    return r;
  }
  const result = new PySet(isFrozen(so) ? frozensetType : setType);
  for (let j = 0; j <= so.mask; j++) {
    const k = so.keys[j];
    if (k === undefined || k === DUMMY) continue;
    const h = so.hashes[j]!;
    const present =
      other instanceof PySet
        ? findSlot(other, k, h) >= 0
        : (other as PyDict).lookupKnownHash(k, h) !== undefined;
    if (!present) addEntry(result, k, h);
  }
  return result;
}

/** The elements of a set or frozenset with their stored hashes, in table order. */
export function setEntries(s: PySet): [PyObject, Hash][] {
  const out: [PyObject, Hash][] = [];
  for (let j = 0; j <= s.mask; j++) {
    const k = s.keys[j];
    if (k !== undefined && k !== DUMMY) out.push([k, s.hashes[j]!]);
  }
  return out;
}

/** set_symmetric_difference_update. */
export function setSymmetricDifferenceUpdate(s: PySet, other: PyObject): void {
  if (s === other) {
    clearTable(s);
    return;
  }
  if (other instanceof PyDict && other.type === dictType) {
    for (const e of other.entries) {
      if (e === null) continue;
      const h = (e.hash ??= hash(e.key));
      if (!discardEntry(s, e.key, h)) addEntry(s, e.key, h);
    }
    return;
  }
  const o = other instanceof PySet ? other : setFromIterable(other, isFrozen(s) ? frozensetType : setType);
  for (let j = 0; j <= o.mask; j++) {
    const k = o.keys[j];
    if (k === undefined || k === DUMMY) continue;
    const h = o.hashes[j]!;
    if (!discardEntry(s, k, h)) addEntry(s, k, h);
  }
}

function setSymmetricDifference(so: PySet, other: PyObject): PySet {
  const r = setFromIterable(other, isFrozen(so) ? frozensetType : setType);
  setSymmetricDifferenceUpdate(r, so);
  return r;
}

function isSubset(a: PySet, other: PyObject): boolean {
  if (!(other instanceof PySet)) return isSubset(a, setFromIterable(other));
  if (a.used > other.used) return false;
  for (let j = 0; j <= a.mask; j++) {
    const k = a.keys[j];
    if (k === undefined || k === DUMMY) continue;
    if (findSlot(other, k, a.hashes[j]!) < 0) return false;
  }
  return true;
}

function isSuperset(a: PySet, other: PyObject): boolean {
  if (other instanceof PySet) return isSubset(other, a);
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) if (!setContains(a, k)) return false;
  return true;
}

function isDisjoint(a: PySet, other: PyObject): boolean {
  if (a === other) return a.used === 0;
  if (other instanceof PySet) {
    let x: PySet = a,
      y: PySet = other;
    if (y.used > x.used) [x, y] = [y, x];
    for (let j = 0; j <= y.mask; j++) {
      const k = y.keys[j];
      if (k === undefined || k === DUMMY) continue;
      if (findSlot(x, k, y.hashes[j]!) >= 0) return false;
    }
    return true;
  }
  const it = getIter(other);
  for (let k = iterNext(it); k !== undefined; k = iterNext(it))
    if (findSlot(a, k, hash(k)) >= 0) return false;
  return true;
}

// ---- frozenset hash (CPython 3.11's frozenset_hash) ----

function shuffleBits(h: Hash): bigint {
  const u = BigInt.asUintN(64, BigInt(h));
  return BigInt.asUintN(64, (u ^ 89869747n ^ (u << 16n)) * 3644798167n);
}

export function frozensetHash(s: PySet): Hash {
  if (s.hashCache !== null) return s.hashCache;
  let h = 0n;
  for (let j = 0; j <= s.mask; j++) {
    const k = s.keys[j];
    if (k !== undefined && k !== DUMMY) h ^= shuffleBits(s.hashes[j]!);
  }
  h ^= BigInt.asUintN(64, (BigInt(s.used) + 1n) * 1927868237n);
  h ^= (h >> 11n) ^ (h >> 25n);
  h = BigInt.asUintN(64, h * 69069n + 907133923n);
  if (h === 0xffffffffffffffffn) h = 590923713n;
  const signed = BigInt.asIntN(64, h);
  const r = joinHash(Number(BigInt.asUintN(64, signed) >> 32n), Number(signed & 0xffffffffn));
  s.hashCache = r;
  return r;
}

// ---- iteration ----

export const setIterType = iteratorType("set_iterator", true);

export class SetIterator implements NativeIter {
  type = setIterType;
  pos = 0;
  used: number;
  remaining: number;
  constructor(public set: PySet | null) {
    this.used = set!.used;
    this.remaining = set!.used;
  }
  nextValue(): PyObject | undefined {
    const s = this.set;
    if (s === null) return undefined;
    if (this.used !== s.used) {
      this.used = -1;
      throw runtimeError("Set changed size during iteration");
    }
    const keys = s.keys;
    let i = this.pos;
    while (i <= s.mask && (keys[i] === undefined || keys[i] === DUMMY)) i++;
    this.pos = i + 1;
    if (i > s.mask) {
      this.set = null;
      return undefined;
    }
    this.remaining--;
    return keys[i]!;
  }
  lengthHint(): number {
    return this.set !== null && this.used === this.set.used ? this.remaining : 0;
  }
}

// CPython's setiter_reduce: `iter(list of the items still to come)`, from a copy of the
// iterator.
defineMethods(setIterType, {
  __reduce__: (self) =>
    reduceWithBuiltin("iter", () => {
      const copy = Object.assign(Object.create(SetIterator.prototype) as SetIterator, self as SetIterator);
      const rest: PyObject[] = [];
      for (let v = copy.nextValue(); v !== undefined; v = copy.nextValue()) rest.push(v);
      return [[new PyList(rest)]];
    }),
});

// ---- the Python methods ----

function asSet(self: PyObject, method: string): PySet {
  if (!(self instanceof PySet))
    throw typeError(`descriptor '${method}' for 'set' objects doesn't apply to a '${typeName(self)}' object`);
  return self;
}

function setReprJS(s: PySet): string {
  const name = s.type.name;
  if (s.used === 0) return `${name}()`;
  if (!reprEnter(s)) return `${name}(...)`;
  try {
    const body = setItems(s).map(reprJS).join(", ");
    return s.type === setType ? `{${body}}` : `${name}({${body}})`;
  } finally {
    reprLeave(s);
  }
}

function compare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  const s = asSet(self, "__eq__");
  if (!(other instanceof PySet)) return NotImplemented;
  switch (op) {
    case CompareOp.Eq:
    case CompareOp.Ne: {
      let same: boolean;
      if (s.used !== other.used) same = false;
      else if (s.hashCache !== null && other.hashCache !== null && s.hashCache !== other.hashCache)
        same = false;
      else same = isSubset(s, other);
      return op === CompareOp.Eq ? same : !same;
    }
    case CompareOp.Le:
      return isSubset(s, other);
    case CompareOp.Ge:
      return isSuperset(s, other);
    case CompareOp.Lt:
      return s.used < other.used && isSubset(s, other);
    default:
      return s.used > other.used && isSuperset(s, other);
  }
}

function noKw(name: string, kwnames: KwNames): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

function oneArg(name: string, args: PyObject[], kwnames: KwNames): PyObject {
  noKw(name, kwnames);
  if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

function noArgs(name: string, args: PyObject[], kwnames: KwNames): void {
  noKw(name, kwnames);
  if (args.length !== 0) throw typeError(`${name}() takes no arguments (${args.length} given)`);
}

/** Binary operators accept only sets and frozensets. */
function binop(fn: (a: PySet, b: PySet) => PyObject, reflected = false): MethodCall {
  return (self, args) => {
    const s = asSet(self, "__or__");
    const o = args[0]!;
    if (!(o instanceof PySet)) return NotImplemented;
    return reflected ? fn(o, s) : fn(s, o);
  };
}

function unionCopy(a: PySet, b: PySet): PySet {
  const r = copyBase(a);
  setUpdate(r, b);
  return r;
}

const commonMethods: Record<string, MethodCall> = {
  __len__: (self) => asSet(self, "__len__").used,
  __contains__: (self, args) => setContains(asSet(self, "__contains__"), args[0]!),
  __iter__: (self) => new SetIterator(asSet(self, "__iter__")),
  __repr__: (self) => strFromJS(setReprJS(asSet(self, "__repr__"))),
  __eq__: (self, args) => compare(self, args[0]!, CompareOp.Eq),
  __ne__: (self, args) => compare(self, args[0]!, CompareOp.Ne),
  __lt__: (self, args) => compare(self, args[0]!, CompareOp.Lt),
  __le__: (self, args) => compare(self, args[0]!, CompareOp.Le),
  __gt__: (self, args) => compare(self, args[0]!, CompareOp.Gt),
  __ge__: (self, args) => compare(self, args[0]!, CompareOp.Ge),
  __or__: binop(unionCopy),
  __ror__: binop(unionCopy, true),
  __and__: binop(setIntersection),
  __rand__: binop(setIntersection, true),
  __sub__: binop(setDifference),
  __rsub__: binop(setDifference, true),
  __xor__: binop(setSymmetricDifference),
  __rxor__: binop(setSymmetricDifference, true),
  __sizeof__: (self) => 200 + 16 * asSet(self, "__sizeof__").keys.length,
  // set_reduce: (type(self), (list(self),), self.__getstate__()); copy and pickle use it.
  __reduce__: (self) => {
    const s = asSet(self, "__reduce__");
    return newTuple([s.type, newTuple([new PyList(setItems(s))]), callMethod(self, "__getstate__", [])]);
  },
  copy(self, args, kwnames) {
    noArgs("copy", args, kwnames);
    const s = asSet(self, "copy");
    if (s.type === frozensetType) return s;
    return copyBase(s);
  },
  union(self, args, kwnames) {
    noKw("union", kwnames);
    const s = asSet(self, "union");
    const r = copyBase(s);
    for (const o of args) if (o !== s) setUpdate(r, o);
    return r;
  },
  intersection(self, args, kwnames) {
    noKw("intersection", kwnames);
    const s = asSet(self, "intersection");
    if (args.length === 0) return copyBase(s);
    let r: PySet = s;
    for (const o of args) r = setIntersection(r, o);
    return r;
  },
  difference(self, args, kwnames) {
    noKw("difference", kwnames);
    const s = asSet(self, "difference");
    if (args.length === 0) return copyBase(s);
    const r = setDifference(s, args[0]!);
    for (let i = 1; i < args.length; i++) setDifferenceUpdate(r, args[i]!);
    return r;
  },
  symmetric_difference(self, args, kwnames) {
    return setSymmetricDifference(
      asSet(self, "symmetric_difference"),
      oneArg("symmetric_difference", args, kwnames),
    );
  },
  issubset: (self, args, kwnames) => isSubset(asSet(self, "issubset"), oneArg("issubset", args, kwnames)),
  issuperset: (self, args, kwnames) =>
    isSuperset(asSet(self, "issuperset"), oneArg("issuperset", args, kwnames)),
  isdisjoint: (self, args, kwnames) =>
    isDisjoint(asSet(self, "isdisjoint"), oneArg("isdisjoint", args, kwnames)),
};

/** In-place operators: only sets and frozensets, else NotImplemented. */
function inplace(fn: (s: PySet, o: PySet) => void): MethodCall {
  return (self, args) => {
    const s = asSet(self, "__ior__");
    const o = args[0]!;
    if (!(o instanceof PySet)) return NotImplemented;
    fn(s, o);
    return self;
  };
}

function intersectionUpdate(s: PySet, o: PyObject): void {
  const tmp = setIntersection(s, o);
  s.keys = tmp.keys;
  s.hashes = tmp.hashes;
  s.mask = tmp.mask;
  s.fill = tmp.fill;
  s.used = tmp.used;
}

defineMethods(setType, {
  ...commonMethods,
  __init__(self, args, kwnames) {
    const s = asSet(self, "__init__");
    noKw("set", kwnames);
    if (args.length > 1) throw typeError(`set expected at most 1 argument, got ${args.length}`);
    if (s.fill > 0) clearTable(s);
    if (args.length === 1) setUpdate(s, args[0]!);
    return None;
  },
  __ior__: inplace(setUpdate),
  __iand__: inplace(intersectionUpdate),
  __isub__: inplace(setDifferenceUpdate),
  __ixor__: inplace(setSymmetricDifferenceUpdate),
  add(self, args, kwnames) {
    setAdd(asSet(self, "add"), oneArg("set.add", args, kwnames));
    return None;
  },
  discard(self, args, kwnames) {
    setDiscard(asSet(self, "discard"), oneArg("set.discard", args, kwnames));
    return None;
  },
  remove(self, args, kwnames) {
    const key = oneArg("set.remove", args, kwnames);
    if (!setDiscard(asSet(self, "remove"), key)) throw newException(KeyError_, key);
    return None;
  },
  pop(self, args, kwnames) {
    noArgs("set.pop", args, kwnames);
    const s = asSet(self, "pop");
    if (s.used === 0) throw newException(KeyError_, strFromJS("pop from an empty set"));
    let i = s.finger & s.mask;
    while (s.keys[i] === undefined || s.keys[i] === DUMMY) {
      i++;
      if (i > s.mask) i = 0;
    }
    const key = s.keys[i]!;
    s.keys[i] = DUMMY;
    s.hashes[i] = -1;
    s.used--;
    s.finger = i + 1;
    return key;
  },
  clear(self, args, kwnames) {
    noArgs("set.clear", args, kwnames);
    clearTable(asSet(self, "clear"));
    return None;
  },
  update(self, args, kwnames) {
    noKw("set.update", kwnames);
    const s = asSet(self, "update");
    for (const o of args) setUpdate(s, o);
    return None;
  },
  intersection_update(self, args, kwnames) {
    noKw("intersection_update", kwnames);
    const s = asSet(self, "intersection_update");
    let r: PySet = s;
    for (const o of args) r = setIntersection(r, o);
    if (r !== s) intersectionUpdate(s, r);
    return None;
  },
  difference_update(self, args, kwnames) {
    noKw("difference_update", kwnames);
    const s = asSet(self, "difference_update");
    for (const o of args) setDifferenceUpdate(s, o);
    return None;
  },
  symmetric_difference_update(self, args, kwnames) {
    const o = oneArg("symmetric_difference_update", args, kwnames);
    setSymmetricDifferenceUpdate(asSet(self, "symmetric_difference_update"), o);
    return None;
  },
});
setType.dict.set("__hash__", None);
defineCoexistingMethods(setType, ["__contains__"]);
setType.modified();

defineMethods(frozensetType, {
  ...commonMethods,
  __hash__: (self) => frozensetHash(asSet(self, "__hash__")),
});
defineCoexistingMethods(frozensetType, ["__contains__"]);

// set_new / frozenset_new accept keywords only for a subclass with its own __init__
// (bpo-43413), which then gets them; they are not the set's items.
defineNew(setType, (cls, _args, kwnames) => {
  if (kwnames !== null && cls.lookup("__init__") === setType.dict.get("__init__")) noKw("set", kwnames);
  return cls.newInstance!(cls);
});
defineNew(frozensetType, (cls, args, kwnames) => {
  if (cls === frozensetType || cls.lookup("__init__") === frozensetType.lookup("__init__"))
    noKw("frozenset", kwnames);
  const npos = args.length - (kwnames ? kwnames.length : 0);
  if (npos > 1) throw typeError(`frozenset expected at most 1 argument, got ${npos}`);
  const src = npos > 0 ? args[0] : undefined;
  if (cls === frozensetType && src instanceof PySet && src.type === frozensetType) return src;
  const s = cls.newInstance!(cls) as PySet;
  if (src !== undefined) setUpdate(s, src);
  return s;
});
defineClassMethods(setType, { __class_getitem__: classGetItemOf(setType) });
defineClassMethods(frozensetType, { __class_getitem__: classGetItemOf(frozensetType) });

/** The frozenset constant CPython's compiler makes for a set display of constants
 * (`{1, 2, 3}` compiles to BUILD_SET 0 + SET_UPDATE of it): the items' frozenset is
 * rebuilt from its own iteration order when constants are merged, which decides the
 * display's order. */
export function frozensetConstant(items: PyObject[]): PySet {
  const first = setFromIterable(newTuple(items), frozensetType);
  return setFromIterable(newTuple(setItems(first)), frozensetType);
}
