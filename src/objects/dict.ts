// The dict type: Python key semantics (`hash` + `__eq__`, `1 == 1.0 == True` one key, a
// NaN equal only to itself) at close to the speed of a JS Map for the common keys.
//
// Storage, in three parts:
//   - `map`: a JS Map from a *normalised primitive key* to the entry. Every key whose
//     equality is decided by its value alone gets one: ints and bools -> number or bigint,
//     exact floats that are integral -> the same number/bigint as the equal int, other
//     non-NaN exact floats -> their double (never integral, so never an int's key), exact
//     strs -> the JS string (astral strs get an escaped JS string that always contains a
//     surrogate, so never equals a surrogate-free one). Strings and globals hit only this.
//   - `byHash`: for every other key (tuples, instances, NaN, subclass instances...), chains
//     of entries by Python hash, compared with `__eq__`. Created on first use.
//   - `entries`: all live entries in insertion order, with `null` tombstones, sized like
//     CPython's entry array (usable = 2/3 of a power of two, compacted on growth) so that
//     "changed size during iteration" and "keys changed during iteration" fire when
//     CPython's do.
//
// An object key can equal a primitive one (`Fraction(1) == 1`, a str subclass). Such keys
// ("suspicious": their type defines `__eq__`) are counted; while the count is zero a
// primitive key that misses the Map is absent. Otherwise, and when a suspicious object is
// looked up in a dict holding primitive keys, the primitive entries are indexed in
// `byHash` too (lazily, once) and both kinds are compared by hash and `__eq__`.

import {
  dictType,
  floatType,
  frozensetType,
  None,
  noneType,
  NotImplemented,
  objectType,
  strType,
  tupleType,
} from "./bootstrap.js";
import {
  callMethod,
  CompareOp,
  getAttrOpt,
  getItem,
  getIter,
  hash,
  iterNext,
  reprJS,
  richCompareBool,
  setItem,
  toArray,
} from "./abstract.js";
import { call, callWithSelf } from "./call.js";
import { isAnySet, setEntries } from "./set.js";
import {
  KeyError_,
  newException,
  runtimeError,
  typeError,
  valueError,
  type PyBaseException,
} from "./exceptions.js";
import { defineClassMethods, defineMethods, defineCoexistingMethods, type KwNames } from "./function.js";
import { typeName } from "./names.js";
import { classGetItemOf, defineNew, reprEnter, reprLeave } from "./iterators.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { strFromJS } from "./str.js";
import {
  DictIterator,
  DictReverseIterator,
  dictItemsType,
  dictKeysType,
  dictValuesType,
  ITER_KEYS,
  PyDictView,
} from "./dict_views.js";
import {
  newAttributeDict,
  typeOf,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
  type WithSerial,
} from "./object.js";
import { PyAstralStr } from "./str.js";
import type { PyType } from "./type.js";

export type NormKey = number | bigint | string;
export type Hash = number | bigint;

/** One key/value pair. `norm` is the Map key of a primitive key, null for object keys;
 * `hash` is computed lazily for primitive keys. `next` chains entries of one hash. */
/** A removed entry lets go of its value: LOAD_GLOBAL's caches hold entries (behind a layout
 * check that fails once one is removed), and a deleted global's value must be free to die
 * (a collected generator is closed, a `__del__` runs). */
function forgetValue(e: DictEntry): void {
  e.value = None;
}

export class DictEntry {
  constructor(
    public key: PyObject,
    public value: PyObject,
    public norm: NormKey | null,
    public hash: Hash | null,
    public index: number,
    public next: DictEntry | null,
  ) {}
  /** An object key counted in `suspicious`. */
  suspect = false;
}

/** Global mutation counter: every dict mutation takes a fresh number (`ma_version_tag`). */
let versionCounter = 1;

const MIN_SIZE = 8;

/** The table size resize() picks for `minUsed` entries: a power of two, at least 8. */
function tableSizeFor(minUsed: number): number {
  let size = MIN_SIZE;
  while (size < minUsed) size *= 2;
  return size;
}

function usableFraction(size: number): number {
  return ((size << 1) / 3) | 0;
}

/** Float values: the numbers module's PyFloat keeps its double in `value`. */
interface FloatLike extends PyObjectBase {
  value: number;
}

/** Escapes an astral str's code points into a JS string that has at least one surrogate:
 * pairs stay pairs, a lone surrogate becomes U+DFFF followed by itself. Injective. */
function astralKey(text: readonly string[]): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.length === 1) {
      const u = c.charCodeAt(0);
      out += u >= 0xd800 && u <= 0xdfff ? "\udfff" + c : c;
    } else out += c;
  }
  return out;
}

/** The normalised Map key of a key decided by value alone, or undefined. */
export function normaliseKey(k: PyObject): NormKey | undefined {
  switch (typeof k) {
    case "number":
    case "string":
    case "bigint":
      return k;
    case "boolean":
      return k ? 1 : 0;
    default: {
      const t = k.type;
      if (t === floatType) {
        const v = (k as FloatLike).value;
        if (v !== v) return undefined;
        if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v + 0 : BigInt(v);
        return v;
      }
      if (t === strType && k instanceof PyAstralStr) {
        const text = k.text;
        return typeof text === "string" ? text : astralKey(text);
      }
      return undefined;
    }
  }
}

/** Whether an object key (one without a normalised key) might compare equal to a
 * primitive key: its type has an `__eq__` other than object's. */
function mayEqualPrimitive(k: PyObjectBase): boolean {
  const t = k.type;
  if (t === tupleType || t === frozensetType || t === noneType || t === floatType) return false;
  const eq = t.lookup("__eq__");
  return eq !== undefined && eq !== objectType.lookup("__eq__");
}

export class PyDict implements PyObjectBase, WithSerial {
  /** Attributes of instances of dict subclasses. */
  dict: AttributeDict | null = null;
  serial = 0;
  /** Number of live entries (`len`). */
  size = 0;
  /** Changes on every mutation; caches of globals and builtins guard on it. */
  version = versionCounter++;
  /** Changes when keys are added or removed (lookups restart when it moves under a
   * user `__eq__`), taking a number no other dict has had: an entry found while a dict had
   * a layout still holds the key while the layout stays (the caches of LOAD_GLOBAL, which
   * then read the entry's value, CPython's dk_version). */
  layout = versionCounter++;
  map = new Map<NormKey, DictEntry>();
  byHash: Map<Hash, DictEntry> | null = null;
  /** Whether primitive entries are chained in `byHash` too. */
  primsIndexed = false;
  /** Number of object keys that might equal a primitive key. */
  suspicious = 0;
  /** Live entries in insertion order; null marks a deleted one. */
  entries: (DictEntry | null)[] = [];
  /** Entries that may still be appended before the array is compacted (`dk_usable`). */
  usable = 0;
  /** Whether this dict is an instance's attribute dictionary view (see attrdict below). */
  attrs: AttributeDict | null = null;

  constructor(public type: PyType = dictType) {}

  // ---- lookups ----

  /** The entry for `key`, or undefined. Raises what `hash` and `__eq__` raise. */
  lookup(key: PyObject): DictEntry | undefined {
    const nk = normaliseKey(key);
    if (nk !== undefined) {
      const e = this.map.get(nk);
      if (e !== undefined || this.suspicious === 0) return e;
      return this.lookupChain(key, hash(key), false);
    }
    return this.lookupObject(key as PyObjectBase, hash(key));
  }

  private lookupObject(key: PyObjectBase, h: Hash): DictEntry | undefined {
    if (!this.primsIndexed && this.map.size > 0 && mayEqualPrimitive(key)) this.indexPrimitives();
    return this.lookupChain(key, h, true);
  }

  /** Walks the chain of hash `h`, restarting when a user `__eq__` changed the keys. */
  private lookupChain(key: PyObject, h: Hash, withPrims: boolean): DictEntry | undefined {
    for (;;) {
      if (this.byHash === null) return undefined;
      const layout = this.layout;
      let e: DictEntry | null | undefined = this.byHash.get(h);
      let restart = false;
      for (; e !== undefined && e !== null; e = e.next) {
        if (e.key === key) return e;
        if (!withPrims && e.norm !== null) continue;
        const same = richCompareBool(e.key, key, CompareOp.Eq);
        if (this.layout !== layout) {
          restart = true;
          break;
        }
        if (same) return e;
      }
      if (!restart) return undefined;
    }
  }

  private indexPrimitives(): void {
    this.primsIndexed = true;
    const byHash = (this.byHash ??= new Map());
    for (const e of this.map.values()) {
      const h = (e.hash ??= hash(e.key));
      e.next = byHash.get(h) ?? null;
      byHash.set(h, e);
    }
  }

  get(key: PyObject): PyObject | undefined {
    const e = this.lookup(key);
    return e === undefined ? undefined : e.value;
  }

  has(key: PyObject): boolean {
    return this.lookup(key) !== undefined;
  }

  /** `has` for an int, str or bool key when no Python `__eq__` needs calling to know (no
   * object key that may equal a primitive); undefined otherwise. */
  hasWithoutPython(key: PyObject): boolean | undefined {
    const nk = normaliseKey(key);
    if (nk === undefined) return undefined;
    if (this.map.has(nk)) return true;
    return this.suspicious === 0 ? false : undefined;
  }

  /** The entry of an exact str key given as a JS string without surrogates. */
  entryStr(key: string): DictEntry | undefined {
    const e = this.map.get(key);
    if (e !== undefined || this.suspicious === 0) return e;
    return this.lookupChain(key, hash(key), false);
  }

  /** The fast path for exact str keys given as JS strings without surrogates. */
  getStr(key: string): PyObject | undefined {
    const e = this.map.get(key);
    if (e !== undefined) return e.value;
    if (this.suspicious === 0) return undefined;
    const s = this.lookupChain(key, hash(key), false);
    return s === undefined ? undefined : s.value;
  }

  // ---- mutation ----

  set(key: PyObject, value: PyObject): void {
    if (this.attrs !== null) writeAttr(this.attrs, key, value);
    const nk = normaliseKey(key);
    if (nk !== undefined) {
      const e = this.map.get(nk);
      if (e !== undefined) {
        e.value = value;
        this.version = versionCounter++;
        return;
      }
      this.insertPrimitive(key, nk, value);
      return;
    }
    const h = hash(key);
    const e = this.lookupObject(key as PyObjectBase, h);
    if (e !== undefined) {
      e.value = value;
      this.version = versionCounter++;
      return;
    }
    this.insertObject(key as PyObjectBase, h, value);
  }

  /** `lookup` with the key's hash already known (a set's or another dict's stored hash:
   * CPython does not call `__hash__` again for them). */
  lookupKnownHash(key: PyObject, h: Hash): DictEntry | undefined {
    if (normaliseKey(key) !== undefined) return this.lookup(key);
    return this.lookupObject(key as PyObjectBase, h);
  }

  /** `set` with the key's hash already known. */
  setKnownHash(key: PyObject, h: Hash, value: PyObject): void {
    if (normaliseKey(key) !== undefined) {
      this.set(key, value);
      return;
    }
    const e = this.lookupObject(key as PyObjectBase, h);
    if (e !== undefined) {
      e.value = value;
      this.version = versionCounter++;
      return;
    }
    if (this.attrs !== null) writeAttr(this.attrs, key, value);
    this.insertObject(key as PyObjectBase, h, value);
  }

  /** `d.setdefault(key, value)`: hashes `key` once (bpo-13521). */
  setDefault(key: PyObject, value: PyObject): PyObject {
    const nk = normaliseKey(key);
    if (nk !== undefined) {
      const e = this.lookup(key);
      if (e !== undefined) return e.value;
      this.set(key, value);
      return value;
    }
    const h = hash(key);
    const e = this.lookupObject(key as PyObjectBase, h);
    if (e !== undefined) return e.value;
    if (this.attrs !== null) writeAttr(this.attrs, key, value);
    this.insertObject(key as PyObjectBase, h, value);
    return value;
  }

  setStr(key: string, value: PyObject): void {
    if (this.attrs !== null) this.attrs[key] = value;
    const e = this.map.get(key);
    if (e !== undefined) {
      e.value = value;
      this.version = versionCounter++;
      return;
    }
    this.insertPrimitive(key, key, value);
  }

  private insertPrimitive(key: PyObject, nk: NormKey, value: PyObject): void {
    let h: Hash | null = null;
    if (this.suspicious !== 0 || this.primsIndexed) {
      h = hash(key);
      if (this.suspicious !== 0) {
        const e = this.lookupChain(key, h, false);
        if (e !== undefined) {
          e.value = value;
          this.version = versionCounter++;
          return;
        }
      }
    }
    const e = this.append(key, value, nk, h);
    this.map.set(nk, e);
    if (this.primsIndexed) this.chain(e, h!);
  }

  private insertObject(key: PyObjectBase, h: Hash, value: PyObject): void {
    const e = this.append(key, value, null, h);
    this.chain(e, h);
    if (mayEqualPrimitive(key)) {
      e.suspect = true;
      this.suspicious++;
      if (!this.primsIndexed && this.map.size > 0) this.indexPrimitives();
    }
  }

  private chain(e: DictEntry, h: Hash): void {
    const byHash = (this.byHash ??= new Map());
    e.next = byHash.get(h) ?? null;
    byHash.set(h, e);
  }

  private append(key: PyObject, value: PyObject, nk: NormKey | null, h: Hash | null): DictEntry {
    if (this.usable <= 0) this.resize(this.size * 3);
    const e = new DictEntry(key, value, nk, h, this.entries.length, null);
    this.entries.push(e);
    this.usable--;
    this.size++;
    this.layout = versionCounter++;
    this.version = versionCounter++;
    return e;
  }

  /** CPython's `dictresize`: a table of the smallest power of two >= minUsed, with the
   * entry array compacted. */
  private resize(minUsed: number): void {
    const size = tableSizeFor(minUsed);
    if (this.entries.length !== this.size) {
      const live: DictEntry[] = [];
      for (const e of this.entries) {
        if (e !== null) {
          e.index = live.length;
          live.push(e);
        }
      }
      this.entries = live;
    }
    this.usable = usableFraction(size) - this.size;
  }

  /** Removes an entry found by `lookup`. */
  removeEntry(e: DictEntry): void {
    if (this.attrs !== null) writeAttr(this.attrs, e.key, undefined);
    if (e.norm !== null) {
      this.map.delete(e.norm);
      if (this.primsIndexed) this.unchain(e);
    } else {
      this.unchain(e);
      if (e.suspect) this.suspicious--;
    }
    this.entries[e.index] = null;
    this.size--;
    this.layout = versionCounter++;
    this.version = versionCounter++;
  }

  private unchain(e: DictEntry): void {
    const byHash = this.byHash!;
    const h = e.hash!;
    const p = byHash.get(h);
    if (p === e) {
      if (e.next === null) byHash.delete(h);
      else byHash.set(h, e.next);
    } else {
      let q: DictEntry | null | undefined = p;
      while (q !== undefined && q !== null && q.next !== e) q = q.next;
      if (q) q.next = e.next;
    }
    e.next = null;
  }

  /** Deletes `key`; returns false when it is absent. */
  delete(key: PyObject): boolean {
    const e = this.lookup(key);
    if (e === undefined) return false;
    this.removeEntry(e);
    forgetValue(e);
    return true;
  }

  /** Removes and returns the value of `key`, or undefined when absent. */
  pop(key: PyObject): PyObject | undefined {
    const e = this.lookup(key);
    if (e === undefined) return undefined;
    this.removeEntry(e);
    return e.value;
  }

  /** The last entry, removed (`popitem`), or undefined when empty. */
  popLast(): DictEntry | undefined {
    const entries = this.entries;
    let i = entries.length - 1;
    while (i >= 0 && entries[i] === null) i--;
    if (i < 0) return undefined;
    const e = entries[i]!;
    this.removeEntry(e);
    entries.length = i;
    return e;
  }

  clear(): void {
    if (this.attrs !== null) for (const k of Object.keys(this.attrs)) delete this.attrs[k];
    for (const e of this.entries) if (e !== null) forgetValue(e);
    this.map.clear();
    this.byHash = null;
    this.primsIndexed = false;
    this.suspicious = 0;
    this.entries = [];
    this.usable = 0;
    this.size = 0;
    this.layout = versionCounter++;
    this.version = versionCounter++;
  }

  // ---- reordering (OrderedDict, src/modules/_collections_odict.ts) ----
  //
  // An OrderedDict keeps its order in `entries` itself, so that every dict operation and
  // iteration sees it. A move leaves a tombstone, like a deletion; the entry object, its
  // Map slot and its hash chain stay, so lookups and LOAD_GLOBAL-style entry caches are
  // unaffected and `layout` does not change.

  /** Moves live entry `e` behind the last entry: appended again as an insertion would be
   * (compacting first when no slot is left), its old slot becoming a tombstone. */
  moveToEnd(e: DictEntry): void {
    if (this.usable <= 0) this.resize(this.size * 3);
    this.entries[e.index] = null;
    e.index = this.entries.length;
    this.entries.push(e);
    this.usable--;
  }

  /** Moves live entry `e` in front of the first live entry, which is at `first`: into the
   * tombstone just before it, or else into a rebuilt array that starts with a run of free
   * slots (as many as there are entries, at least 8) for the next moves, so that each
   * costs O(1) amortised. Returns e's new index. */
  moveToFront(e: DictEntry, first: number): number {
    const entries = this.entries;
    entries[e.index] = null;
    if (first > 0) {
      entries[first - 1] = e;
      e.index = first - 1;
      return first - 1;
    }
    const gap = Math.max(8, this.size);
    const out: (DictEntry | null)[] = [];
    for (let i = 0; i < gap - 1; i++) out.push(null);
    e.index = gap - 1;
    out.push(e);
    for (const x of entries) {
      if (x !== null) {
        x.index = out.length;
        out.push(x);
      }
    }
    this.entries = out;
    return gap - 1;
  }

  /** Sizes an empty dict for `n` keys (`_PyDict_NewPresized`). */
  presize(n: number): void {
    if (this.size === 0 && this.entries.length === 0 && n > 5) this.resize(((n * 3 + 1) / 2) | 0);
  }

  // ---- JS iteration (not guarded against mutation: callers that run Python code
  // between steps use the Python iterators of dict_views.ts) ----

  *keys(): IterableIterator<PyObject> {
    for (const e of this.entries) if (e !== null) yield e.key;
  }

  *values(): IterableIterator<PyObject> {
    for (const e of this.entries) if (e !== null) yield e.value;
  }

  *entriesIter(): IterableIterator<[PyObject, PyObject]> {
    for (const e of this.entries) if (e !== null) yield [e.key, e.value];
  }

  /** Calls `fn` on each live entry in order, over a snapshot of the entry array. */
  forEach(fn: (key: PyObject, value: PyObject) => void): void {
    const entries = this.entries;
    const n = entries.length;
    for (let i = 0; i < n; i++) {
      const e = entries[i];
      if (e !== null && e !== undefined) fn(e.key, e.value);
    }
  }

  keysArray(): PyObject[] {
    const out: PyObject[] = [];
    for (const e of this.entries) if (e !== null) out.push(e.key);
    return out;
  }

  valuesArray(): PyObject[] {
    const out: PyObject[] = [];
    for (const e of this.entries) if (e !== null) out.push(e.value);
    return out;
  }

  /** A shallow copy with the same type `dictType` (`dict.copy`). */
  copy(type: PyType = dictType): PyDict {
    const d = new PyDict(type);
    d.presize(this.size);
    for (const e of this.entries) {
      if (e === null) continue;
      if (e.norm !== null) d.insertPrimitiveUnique(e);
      else d.insertObject(e.key as PyObjectBase, e.hash!, e.value);
    }
    return d;
  }

  /** Appends a copy of a primitive entry known to be absent (copy, fromkeys of a dict). */
  private insertPrimitiveUnique(src: DictEntry): void {
    const e = this.append(src.key, src.value, src.norm, src.hash);
    this.map.set(src.norm!, e);
    if (this.primsIndexed) this.chain(e, (e.hash ??= hash(e.key)));
  }

  static fromEntries(pairs: Iterable<[PyObject, PyObject]>): PyDict {
    const d = new PyDict();
    for (const [k, v] of pairs) d.set(k, v);
    return d;
  }
}

export function isDict(v: PyObject): v is PyDict {
  return v instanceof PyDict;
}

dictType.newInstance = (t) => {
  const d = new PyDict(t);
  if (t.hasInstanceDict) d.dict = newAttributeDict();
  return d;
};

// ---- the Python methods ----

function asDict(self: PyObject, method: string): PyDict {
  if (!(self instanceof PyDict))
    throw typeError(
      `descriptor '${method}' for 'dict' objects doesn't apply to a '${typeName(self)}' object`,
    );
  return self;
}

function keyError(key: PyObject): PyBaseException {
  return newException(KeyError_, key);
}

/** Whether `o` is a dict whose iteration is dict's own, so its entries can be read
 * directly (CPython's check in dict_merge). */
export function isPlainDict(o: PyObject): o is PyDict {
  return (
    o instanceof PyDict &&
    (o.type === dictType || o.type.lookup("__iter__") === dictType.dict.get("__iter__"))
  );
}

/** `d.update(other)` for one positional argument (dict_update_arg): a dict, a mapping
 * with `keys()`, or an iterable of pairs. */
export function dictUpdateFrom(d: PyDict, other: PyObject): void {
  if (isPlainDict(other)) {
    dictMerge(d, other);
    return;
  }
  if (getAttrOpt(other, "keys") !== undefined) {
    const keys = callMethod(other, "keys", []);
    const it = getIter(keys);
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) d.set(k, getItem(other, k));
    return;
  }
  dictMergeFromSeq2(d, other);
}

/** Copies the entries of `src` into `d` (dict_merge with override). */
export function dictMerge(d: PyDict, src: PyDict): void {
  if (d === src || src.size === 0) return;
  if (d.size === 0) d.presize(src.size);
  const entries = src.entries;
  const n = entries.length;
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    if (e === null || e === undefined) continue;
    d.set(e.key, e.value);
    // dict_merge: a key's __eq__ that changed the source is an error, not a stop.
    if (src.entries !== entries || entries.length !== n || src.size === 0)
      throw runtimeError("dict mutated during update");
  }
}

function dictMergeFromSeq2(d: PyDict, seq: PyObject): void {
  const it = getIter(seq);
  let i = 0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it), i++) {
    let pair: PyObject[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      const t = typeOf(item);
      if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined)
        throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      pair = toArray(item);
    }
    if (pair.length !== 2)
      throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0]!, pair[1]!);
  }
}

/** `dict(*args, **kwargs)` / `update` argument handling. */
function updateCommon(d: PyDict, name: string, args: PyObject[], kwnames: KwNames): void {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateFrom(d, args[0]!);
  for (let i = 0; i < nkw; i++) d.setStr(kwnames![i]!, args[npos + i]!);
}

/** `d[key]` with `__missing__` for subclasses (dict_subscript). */
export function dictGetItem(d: PyDict, key: PyObject): PyObject {
  const e = d.lookup(key);
  if (e !== undefined) return e.value;
  if (d.type !== dictType) {
    const missing = d.type.lookup("__missing__");
    if (missing !== undefined) return callWithSelf(missing, d, [key], null);
  }
  throw keyError(key);
}

export function dictReprJS(d: PyDict): string {
  if (d.size === 0) return "{}";
  if (!reprEnter(d)) return "{...}";
  try {
    const parts: string[] = [];
    // The entry array is read again at every step: the reprs may mutate the dict.
    for (let i = 0; i < d.entries.length; i++) {
      const e = d.entries[i];
      if (e === null || e === undefined) continue;
      // Keep the key and value alive across the reprs, which may mutate the dict.
      const k = e.key,
        v = e.value;
      parts.push(reprJS(k) + ": " + reprJS(v));
    }
    return "{" + parts.join(", ") + "}";
  } finally {
    reprLeave(d);
  }
}

/** dict_equal: same size, and every key of `a` is in `b` with an equal value. */
export function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.entries.length; i++) {
    const e = a.entries[i];
    if (e === null || e === undefined) continue;
    const k = e.key,
      av = e.value;
    const be = b.lookup(k);
    if (be === undefined) return false;
    const bv = be.value;
    if (av !== bv && !richCompareBool(av, bv, CompareOp.Eq)) return false;
  }
  return true;
}

function dictCompare(self: PyObject, other: PyObject, ne: boolean): PyObject {
  const d = asDict(self, ne ? "__ne__" : "__eq__");
  if (!(other instanceof PyDict)) return NotImplemented;
  return dictEqual(d, other) !== ne;
}

function argCount(name: string, args: PyObject[], kwnames: KwNames, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
  }
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

defineNew(dictType, (cls) => cls.newInstance!(cls));

defineMethods(dictType, {
  __init__(self, args, kwnames) {
    updateCommon(asDict(self, "__init__"), "dict", args, kwnames);
    return None;
  },
  __len__: (self) => asDict(self, "__len__").size,
  __getitem__: (self, args) => dictGetItem(asDict(self, "__getitem__"), args[0]!),
  __setitem__(self, args) {
    asDict(self, "__setitem__").set(args[0]!, args[1]!);
    return None;
  },
  __delitem__(self, args) {
    if (!asDict(self, "__delitem__").delete(args[0]!)) throw keyError(args[0]!);
    return None;
  },
  __contains__: (self, args) => asDict(self, "__contains__").has(args[0]!),
  __iter__: (self) => new DictIterator(asDict(self, "__iter__"), ITER_KEYS),
  __reversed__: (self) => new DictReverseIterator(asDict(self, "__reversed__"), ITER_KEYS),
  __repr__: (self) => strFromJS(dictReprJS(asDict(self, "__repr__"))),
  __eq__: (self, args) => dictCompare(self, args[0]!, false),
  __ne__: (self, args) => dictCompare(self, args[0]!, true),
  __or__(self, args) {
    const d = asDict(self, "__or__");
    const o = args[0]!;
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = d.copy();
    dictUpdateFrom(r, o);
    return r;
  },
  __ror__(self, args) {
    const d = asDict(self, "__ror__");
    const o = args[0]!;
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = o.copy();
    dictUpdateFrom(r, d);
    return r;
  },
  __ior__(self, args) {
    dictUpdateFrom(asDict(self, "__ior__"), args[0]!);
    return self;
  },
  __sizeof__: (self) => 48 + 24 * asDict(self, "__sizeof__").entries.length,
  get(self, args, kwnames) {
    argCount("get", args, kwnames, 1, 2);
    const e = asDict(self, "get").lookup(args[0]!);
    return e !== undefined ? e.value : args.length > 1 ? args[1]! : None;
  },
  setdefault(self, args, kwnames) {
    argCount("setdefault", args, kwnames, 1, 2);
    const d = asDict(self, "setdefault");
    return d.setDefault(args[0]!, args.length > 1 ? args[1]! : None);
  },
  pop(self, args, kwnames) {
    argCount("pop", args, kwnames, 1, 2);
    const d = asDict(self, "pop");
    const e = d.lookup(args[0]!);
    if (e === undefined) {
      if (args.length > 1) return args[1]!;
      throw keyError(args[0]!);
    }
    d.removeEntry(e);
    return e.value;
  },
  popitem(self, args, kwnames) {
    argCount("popitem", args, kwnames, 0, 0);
    const e = asDict(self, "popitem").popLast();
    if (e === undefined) throw keyError(strFromJS("popitem(): dictionary is empty"));
    return new PyTuple([e.key, e.value]);
  },
  keys(self, args, kwnames) {
    argCount("keys", args, kwnames, 0, 0);
    return new PyDictView(dictKeysType, asDict(self, "keys"));
  },
  values(self, args, kwnames) {
    argCount("values", args, kwnames, 0, 0);
    return new PyDictView(dictValuesType, asDict(self, "values"));
  },
  items(self, args, kwnames) {
    argCount("items", args, kwnames, 0, 0);
    return new PyDictView(dictItemsType, asDict(self, "items"));
  },
  update(self, args, kwnames) {
    updateCommon(asDict(self, "update"), "update", args, kwnames);
    return None;
  },
  copy(self, args, kwnames) {
    argCount("copy", args, kwnames, 0, 0);
    return asDict(self, "copy").copy();
  },
  clear(self, args, kwnames) {
    argCount("clear", args, kwnames, 0, 0);
    asDict(self, "clear").clear();
    return None;
  },
});
dictType.dict.set("__hash__", None);
defineCoexistingMethods(dictType, ["__getitem__", "__contains__"]);
dictType.modified();
dictType.subscript = (o, key) => dictGetItem(o as PyDict, key);

defineClassMethods(dictType, {
  fromkeys(cls, args, kwnames) {
    argCount("fromkeys", args, kwnames, 1, 2);
    const value = args.length > 1 ? args[1]! : None;
    const d = call(cls, [], null);
    const src = args[0]!;
    if (d instanceof PyDict && d.type === dictType) {
      if (isPlainDict(src)) {
        d.presize(src.size);
        for (const e of src.entries) if (e !== null) d.setKnownHash(e.key, (e.hash ??= hash(e.key)), value);
        return d;
      }
      if (isAnySet(src)) {
        for (const [k, h] of setEntries(src)) d.setKnownHash(k, h, value);
        return d;
      }
      const it = getIter(src);
      for (let k = iterNext(it); k !== undefined; k = iterNext(it)) d.set(k, value);
      return d;
    }
    const it = getIter(src);
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) setItem(d, k, value);
    return d;
  },
  __class_getitem__: classGetItemOf(dictType),
});

// ---- instance attribute dictionaries as dicts (`obj.__dict__`) ----
//
// Instances keep their attributes in an AttributeDict (object.ts), which attribute access,
// its inline caches and compiled code read and write directly. `obj.__dict__` is a PyDict
// in "attribute mode": every mutation through the PyDict is written through to the
// AttributeDict, and the PyDict re-reads the AttributeDict before it is used, so that
// attributes set with `obj.x = ...` since are seen by a dict taken earlier (`d = vars(o);
// o.x = 1; d["x"]`). Keys that are not exact strs live only in the PyDict. One view per
// AttributeDict, so `o.__dict__ is o.__dict__`.
//
// The re-reading hooks the view's own storage: its `entries`, `map` and `size` are
// accessors that refresh the view first, which covers the fast paths elsewhere that read
// an exact dict's fields. Its methods run with refreshing held off (`busy`), since a
// mutation is written to the AttributeDict before the dict's own fields catch up.

/** The fields of an attribute-mode dict that its accessors stand in for, and whether one
 * of its methods is running. */
interface ViewStore {
  entries: (DictEntry | null)[];
  map: Map<NormKey, DictEntry>;
  size: number;
  busy: number;
}

type AttributeView = PyDict & { viewStore: ViewStore };

function attrName(key: PyObject): string | undefined {
  if (typeof key === "string") return key;
  if (key instanceof PyAstralStr && key.type === strType) return key.toJS();
  return undefined;
}

function writeAttr(attrs: AttributeDict, key: PyObject, value: PyObject | undefined): void {
  const name = attrName(key);
  if (name === undefined) return;
  if (value === undefined) delete attrs[name];
  else attrs[name] = value;
}

/** Whether the view's str keys are the AttributeDict's names, in order, with its values. */
function viewMatches(entries: readonly (DictEntry | null)[], attrs: AttributeDict): boolean {
  let j = 0;
  for (const n in attrs) {
    let e: DictEntry | null | undefined;
    do e = entries[j++];
    while (e === null || (e !== undefined && attrName(e.key) === undefined));
    if (e === undefined || attrName(e.key) !== n || e.value !== attrs[n]) return false;
  }
  for (; j < entries.length; j++) {
    const e = entries[j]!;
    if (e !== null && attrName(e.key) !== undefined) return false;
  }
  return true;
}

/** Re-reads the AttributeDict into an attribute-mode dict, keeping its other keys. */
function refreshView(d: PyDict, store: ViewStore): void {
  const attrs = d.attrs;
  if (attrs === null || viewMatches(store.entries, attrs)) return;
  store.busy++;
  d.attrs = null;
  try {
    const names = Object.keys(attrs);
    if (sameNames(store.entries, names)) {
      // Only values changed: no change of size or layout for iterators to trip over.
      for (const e of store.entries) {
        const n = e === null ? undefined : attrName(e.key);
        if (n !== undefined) e!.value = attrs[n]!;
      }
      d.version = versionCounter++;
      return;
    }
    // The keys and values of the others are taken before clear() lets go of them.
    const others: [PyObject, PyObject][] = [];
    for (const e of store.entries)
      if (e !== null && attrName(e.key) === undefined) others.push([e.key, e.value]);
    d.clear();
    for (const n of names) d.set(strFromJS(n), attrs[n]!);
    for (const [k, v] of others) d.set(k, v);
  } finally {
    d.attrs = attrs;
    store.busy--;
  }
}

/** Whether the view's str keys are `names`, in order. */
function sameNames(entries: readonly (DictEntry | null)[], names: readonly string[]): boolean {
  let i = 0;
  for (const e of entries) {
    const n = e === null ? undefined : attrName(e.key);
    if (n !== undefined && n !== names[i++]) return false;
  }
  return i === names.length;
}

/** A view's prototype: its own class's (PyDict's, or a native dict subclass's), with every
 * method holding refreshes off while it runs, after one refresh on entry, and accessors for
 * the fields of ViewStore. */
const viewPrototypes = new WeakMap<object, object>();

function viewPrototypeFor(proto: object): object {
  const view = viewPrototypes.get(proto);
  if (view !== undefined) return view;
  const wrapped = Object.create(proto) as Record<string, unknown>;
  for (
    let p: object | null = proto;
    p !== null && p !== Object.prototype;
    p = Object.getPrototypeOf(p) as object | null
  ) {
    for (const name of Object.getOwnPropertyNames(p)) {
      const method = Object.getOwnPropertyDescriptor(p, name)!.value as unknown;
      if (name === "constructor" || typeof method !== "function" || Object.hasOwn(wrapped, name)) continue;
      wrapped[name] = refreshingMethod(method as (...a: unknown[]) => unknown);
    }
  }
  for (const field of ["entries", "map", "size"] as const) {
    Object.defineProperty(wrapped, field, {
      get(this: AttributeView) {
        const store = this.viewStore;
        if (store.busy === 0) refreshView(this, store);
        return store[field];
      },
      set(this: AttributeView, v: never) {
        this.viewStore[field] = v;
      },
    });
  }
  viewPrototypes.set(proto, wrapped);
  return wrapped;
}

function refreshingMethod(
  method: (...a: unknown[]) => unknown,
): (this: AttributeView, ...a: unknown[]) => unknown {
  // (A rest parameter does not count in `length`: such a method takes the general wrapper.)
  if (method.length > 3 || /^[^(]*\([^)]*\.\.\./.test(method.toString())) {
    return function (this: AttributeView, ...args: unknown[]): unknown {
      const store = this.viewStore;
      if (store.busy === 0) refreshView(this, store);
      store.busy++;
      try {
        return method.apply(this, args);
      } finally {
        store.busy--;
      }
    };
  }
  // Fixed parameters: V8 optimises a rest-and-apply wrapper far less well.
  return function (this: AttributeView, a: unknown, b: unknown, c: unknown): unknown {
    const store = this.viewStore;
    if (store.busy === 0) refreshView(this, store);
    store.busy++;
    try {
      return method.call(this, a, b, c);
    } finally {
      store.busy--;
    }
  };
}

// Each AttributeDict's view is held by the AttributeDict itself, under a symbol (which
// `for...in` and Object.keys never see; nothing copies an AttributeDict with Object.assign).
// A WeakMap from AttributeDict to view made V8's scavenger keep every view and its
// instance alive until a full collection: `record.__dict__` for each logging record spent
// four fifths of its time in the collector.
const VIEW = Symbol("attribute view");

function viewOf(attrs: AttributeDict): PyDict | undefined {
  return (attrs as unknown as { [VIEW]?: PyDict })[VIEW];
}

function holdView(attrs: AttributeDict, view: PyDict): void {
  (attrs as unknown as { [VIEW]?: PyDict })[VIEW] = view;
}

/** A new, empty attribute-mode dict for `attrs`, made with the same fields in the same
 * order every time (so that views share one hidden class), its storage in `viewStore`. */
function newView(attrs: AttributeDict): AttributeView {
  const d = Object.create(viewPrototypeFor(PyDict.prototype)) as AttributeView;
  d.dict = null;
  d.version = versionCounter++;
  d.layout = versionCounter++;
  d.byHash = null;
  d.primsIndexed = false;
  d.suspicious = 0;
  d.usable = 0;
  d.attrs = null;
  d.type = dictType;
  // Filled directly: set() through the view's accessors cost most of a view's making.
  const entries: DictEntry[] = [];
  const map = new Map<NormKey, DictEntry>();
  let usable = 0;
  for (const n in attrs) {
    const key = strFromJS(n);
    const norm = normaliseKey(key)!;
    const e = new DictEntry(key, attrs[n]!, norm, null, entries.length, null);
    // What append()'s resizes would have left.
    if (usable <= 0) usable = usableFraction(tableSizeFor(entries.length * 3)) - entries.length;
    usable--;
    entries.push(e);
    map.set(norm, e);
  }
  d.usable = usable;
  d.viewStore = { entries, map, size: entries.length, busy: 0 };
  d.attrs = attrs;
  holdView(attrs, d);
  return d;
}

/** Turns an existing dict into the attribute-mode view of `attrs` (`obj.__dict__ = d`). */
function makeView(d: PyDict, attrs: AttributeDict): void {
  const store: ViewStore = { entries: d.entries, map: d.map, size: d.size, busy: 0 };
  const fields = d as unknown as Record<string, unknown>;
  delete fields.entries;
  delete fields.map;
  delete fields.size;
  (d as AttributeView).viewStore = store;
  Object.setPrototypeOf(d, viewPrototypeFor(Object.getPrototypeOf(d) as object));
  d.attrs = attrs;
  holdView(attrs, d);
}

/** `obj.__dict__` for an object whose attributes are in `attrs` (installed as
 * descriptors.ts's `dictViewHooks.view`). */
export function attributeDictView(_owner: PyObject, attrs: AttributeDict): PyDict {
  return viewOf(attrs) ?? newView(attrs);
}

/** The AttributeDict an object takes on `obj.__dict__ = d`: d's own, so that `obj.__dict__`
 * is `d` afterwards and writes through either side reach the object. A dict that is
 * already some object's `__dict__` is shared, as CPython shares the dict. */
export function adoptAsAttributes(d: PyDict): AttributeDict {
  if (d.attrs !== null) return d.attrs;
  const attrs = newAttributeDict();
  for (const e of d.entries) {
    if (e === null) continue;
    const name = attrName(e.key);
    if (name !== undefined) attrs[name] = e.value;
  }
  makeView(d, attrs);
  return attrs;
}

/** The builtins of frames whose globals' `__builtins__` is a mapping other than a dict (or
 * anything else: `exec(code, {"__builtins__": 123})`). It is an empty dict, so that the
 * VM's dict fast paths find nothing in it; the misses then ask `mapping[name]`, as
 * CPython's LOAD_GLOBAL and LOAD_NAME do for builtins that are not exactly a dict. */
export class MappingBuiltins extends PyDict {
  constructor(readonly mapping: PyObject) {
    super();
  }
}

/** The dict behind a frame's builtins for the places where CPython reads them with the
 * dict API alone (`__import__` for the import statement): a dict subclass given as
 * `__builtins__` is read as a dict; other mappings have no dict. */
export function builtinsAsDict(b: PyDict): PyDict {
  return b instanceof MappingBuiltins && b.mapping instanceof PyDict ? b.mapping : b;
}

/** What `__builtins__` and `f_builtins` show for a frame's or function's builtins. */
export function visibleBuiltins(b: PyObject): PyObject {
  return b instanceof MappingBuiltins ? b.mapping : b;
}
