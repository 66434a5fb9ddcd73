// dict's iterators and views. The iterators follow CPython's dictiter: they remember the
// dict's size and the number of entries still expected, and walk the entry array by
// position, so that "dictionary changed size during iteration" and "dictionary keys
// changed during iteration" are raised exactly when CPython raises them.

import { None, NotImplemented, objectType, typeType } from "./bootstrap.js";
import { CompareOp, getIter, iterNext, len, reprJS, richCompareBool } from "./abstract.js";
import { runtimeError, typeError } from "./exceptions.js";
import { defineGetSets, defineMethods, type MethodCall } from "./function.js";
import type { PyObject, PyObjectBase } from "./object.js";
import { typeName } from "./names.js";
import { PyType } from "./type.js";
import { iteratorType, reduceWithBuiltin, reprEnter, reprLeave, type NativeIter } from "./iterators.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";
import { strFromJS } from "./str.js";
import type { DictEntry, PyDict } from "./dict.js";
import { PyMappingProxy } from "./typeobject.js";
import {
  isAnySet,
  newSet,
  PySet,
  setAdd,
  setContains,
  setDifferenceUpdate,
  setFromIterable,
  setIntersection,
  setSymmetricDifferenceUpdate,
  setUpdate,
} from "./set.js";

export const ITER_KEYS = 0;
export const ITER_VALUES = 1;
export const ITER_ITEMS = 2;
type IterKind = 0 | 1 | 2;

const forwardTypes = [
  iteratorType("dict_keyiterator", true),
  iteratorType("dict_valueiterator", true),
  iteratorType("dict_itemiterator", true),
];
const reverseTypes = [
  iteratorType("dict_reversekeyiterator", true),
  iteratorType("dict_reversevalueiterator", true),
  iteratorType("dict_reverseitemiterator", true),
];

/** What an iterator of `kind` yields for an entry. */
function entryItem(kind: IterKind, e: DictEntry): PyObject {
  if (kind === ITER_KEYS) return e.key;
  if (kind === ITER_VALUES) return e.value;
  return new PyTuple([e.key, e.value]);
}

export class DictIterator implements NativeIter {
  type: PyType;
  pos = 0;
  /** The dict's size when iteration started; -1 once a size change was reported. */
  used: number;
  /** Entries still expected. */
  remaining: number;
  constructor(
    /** The dict being iterated (not `dict`: that name is reserved for attributes). */
    public source: PyDict | null,
    readonly kind: IterKind,
  ) {
    this.type = forwardTypes[kind]!;
    this.used = source!.size;
    this.remaining = source!.size;
  }

  nextValue(): PyObject | undefined {
    const e = this.nextEntry();
    return e === undefined ? undefined : entryItem(this.kind, e);
  }

  /** The next entry, whatever the kind: compiled `for k, v in d.items()` takes the key
   * and value from it without making the tuple. */
  nextEntry(): DictEntry | undefined {
    const d = this.source;
    if (d === null) return undefined;
    if (this.used !== d.size) {
      this.used = -1;
      throw runtimeError("dictionary changed size during iteration");
    }
    const entries = d.entries;
    const n = entries.length;
    let i = this.pos;
    while (i < n && entries[i] === null) i++;
    if (i >= n) {
      this.source = null;
      return undefined;
    }
    if (this.remaining === 0) {
      this.source = null;
      throw runtimeError("dictionary keys changed during iteration");
    }
    this.pos = i + 1;
    this.remaining--;
    return entries[i]!;
  }

  lengthHint(): number {
    const d = this.source;
    return d !== null && this.used === d.size ? this.remaining : 0;
  }
}

// CPython's dictiter_reduce: `iter(list of the items still to come)`, read from a copy of
// the iterator so that the original keeps its place.
function dictIterReduce(self: PyObject): PyObject {
  return reduceWithBuiltin("iter", () => {
    const it = self as DictIterator | DictReverseIterator;
    const copy = Object.assign(Object.create(Object.getPrototypeOf(it) as object), it) as NativeIter;
    const rest: PyObject[] = [];
    for (let v = copy.nextValue(); v !== undefined; v = copy.nextValue()) rest.push(v);
    return [[new PyList(rest)]];
  });
}

for (const t of forwardTypes) defineMethods(t, { __reduce__: dictIterReduce });

export class DictReverseIterator implements NativeIter {
  type: PyType;
  pos: number;
  used: number;
  remaining: number;
  constructor(
    /** The dict being iterated (not `dict`: that name is reserved for attributes). */
    public source: PyDict | null,
    readonly kind: IterKind,
  ) {
    this.type = reverseTypes[kind]!;
    this.used = source!.size;
    this.remaining = source!.size;
    this.pos = source!.entries.length - 1;
  }

  nextValue(): PyObject | undefined {
    const e = this.nextEntry();
    return e === undefined ? undefined : entryItem(this.kind, e);
  }

  /** The next entry, whatever the kind. */
  nextEntry(): DictEntry | undefined {
    const d = this.source;
    if (d === null) return undefined;
    if (this.used !== d.size) {
      this.used = -1;
      throw runtimeError("dictionary changed size during iteration");
    }
    const entries = d.entries;
    let i = Math.min(this.pos, entries.length - 1);
    while (i >= 0 && entries[i] === null) i--;
    if (i < 0 || this.remaining === 0) {
      this.source = null;
      return undefined;
    }
    this.pos = i - 1;
    this.remaining--;
    return entries[i]!;
  }

  lengthHint(): number {
    const d = this.source;
    return d !== null && this.used === d.size ? this.remaining : 0;
  }
}

for (const t of reverseTypes) defineMethods(t, { __reduce__: dictIterReduce });

// ---- views ----

function viewType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType], true);
  t.isBaseType = false;
  t.disallowInstantiation = true;
  return t;
}

export const dictKeysType = viewType("dict_keys");
export const dictValuesType = viewType("dict_values");
export const dictItemsType = viewType("dict_items");

export class PyDictView implements PyObjectBase {
  constructor(
    public type: PyType,
    /** The viewed dict (not `dict`: that name is reserved for attributes). */
    readonly mapping: PyDict,
  ) {}
}

/** The kind of a view type: dict's own or a subclass (OrderedDict's odict_keys...). */
function kindOf(t: PyType): IterKind {
  if (t === dictKeysType) return ITER_KEYS;
  if (t === dictValuesType) return ITER_VALUES;
  if (t === dictItemsType) return ITER_ITEMS;
  return t.isSubtypeOf(dictKeysType) ? ITER_KEYS : t.isSubtypeOf(dictValuesType) ? ITER_VALUES : ITER_ITEMS;
}

function asView(self: PyObject): PyDictView {
  if (!(self instanceof PyDictView))
    throw typeError(`descriptor requires a dict view but received '${typeName(self)}'`);
  return self;
}

/** Whether `o` is a dict_keys or dict_items view (set-like). */
export function isSetLikeView(o: PyObject): o is PyDictView {
  return o instanceof PyDictView && kindOf(o.type) !== ITER_VALUES;
}

function viewContains(v: PyDictView, x: PyObject): boolean {
  const kind = kindOf(v.type);
  if (kind === ITER_KEYS) return v.mapping.has(x);
  if (kind === ITER_ITEMS) {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const e = v.mapping.lookup(x.items[0]!);
    if (e === undefined) return false;
    const value = e.value;
    return value === x.items[1] || richCompareBool(value, x.items[1]!, CompareOp.Eq);
  }
  const it = new DictIterator(v.mapping, ITER_VALUES);
  for (let y = it.nextValue(); y !== undefined; y = it.nextValue())
    if (y === x || richCompareBool(y, x, CompareOp.Eq)) return true;
  return false;
}

function viewRepr(v: PyDictView): PyObject {
  if (!reprEnter(v)) return "...";
  try {
    const parts: string[] = [];
    const it = new DictIterator(v.mapping, kindOf(v.type));
    for (let y = it.nextValue(); y !== undefined; y = it.nextValue()) parts.push(reprJS(y));
    return strFromJS(`${v.type.name}([${parts.join(", ")}])`);
  } finally {
    reprLeave(v);
  }
}

const commonViewMethods: Record<string, MethodCall> = {
  __len__: (self) => asView(self).mapping.size,
  __iter__: (self) => {
    const v = asView(self);
    return new DictIterator(v.mapping, kindOf(v.type));
  },
  __reversed__: (self) => {
    const v = asView(self);
    return new DictReverseIterator(v.mapping, kindOf(v.type));
  },
  __repr__: (self) => viewRepr(asView(self)),
};

/** all_contained_in: every item of `a` is in `b`. */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  const it = getIter(a);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!containsIn(b, x)) return false;
  return true;
}

function containsIn(o: PyObject, x: PyObject): boolean {
  if (o instanceof PyDictView) return viewContains(o, x);
  if (o instanceof PySet) return setContains(o, x);
  throw typeError("internal: not a set-like");
}

/** dictview_richcompare. */
function viewCompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  if (!isAnySet(other) && !isSetLikeView(other)) return NotImplemented;
  const la = len(self),
    lb = len(other);
  switch (op) {
    case CompareOp.Eq:
    case CompareOp.Ne: {
      const same = la === lb && allContainedIn(self, other);
      return op === CompareOp.Eq ? same : !same;
    }
    case CompareOp.Lt:
      return la < lb && allContainedIn(self, other);
    case CompareOp.Le:
      return la <= lb && allContainedIn(self, other);
    case CompareOp.Gt:
      return la > lb && allContainedIn(other, self);
    default:
      return la >= lb && allContainedIn(other, self);
  }
}

function binary(fn: (a: PyObject, b: PyObject) => PyObject, reflected: boolean): MethodCall {
  return (self, args) => {
    asView(self);
    return reflected ? fn(args[0]!, self) : fn(self, args[0]!);
  };
}

function viewSub(a: PyObject, b: PyObject): PyObject {
  const r = setFromIterable(a);
  setDifferenceUpdate(r, b);
  return r;
}
function viewOr(a: PyObject, b: PyObject): PyObject {
  const r = setFromIterable(a);
  setUpdate(r, b);
  return r;
}
function viewXor(a: PyObject, b: PyObject): PyObject {
  const r = setFromIterable(a);
  setSymmetricDifferenceUpdate(r, b);
  return r;
}
/** _PyDictView_Intersect: iterate the smaller side when the other is set-like. */
function viewAnd(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyDictView)) [a, b] = [b, a];
  const va = a as PyDictView;
  if ((isAnySet(b) || isSetLikeView(b)) && len(b) > len(va)) return setIntersection(setFromIterable(a), b);
  const r = newSet();
  const it = getIter(b);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (viewContains(va, x)) setAdd(r, x);
  return r;
}

function isdisjoint(self: PyObject, other: PyObject): boolean {
  const v = asView(self);
  let a: PyObject = v,
    b: PyObject = other;
  if ((isAnySet(other) || isSetLikeView(other)) && len(other) < v.mapping.size) {
    a = other;
    b = v;
  }
  const it = getIter(b);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (containsInAny(a, x)) return false;
  return true;
}

function containsInAny(o: PyObject, x: PyObject): boolean {
  if (o instanceof PyDictView) return viewContains(o, x);
  if (o instanceof PySet) return setContains(o, x);
  const it = getIter(o);
  for (let y = iterNext(it); y !== undefined; y = iterNext(it))
    if (y === x || richCompareBool(y, x, CompareOp.Eq)) return true;
  return false;
}

const setLikeMethods: Record<string, MethodCall> = {
  ...commonViewMethods,
  __contains__: (self, args) => viewContains(asView(self), args[0]!),
  __eq__: (self, args) => viewCompare(self, args[0]!, CompareOp.Eq),
  __ne__: (self, args) => viewCompare(self, args[0]!, CompareOp.Ne),
  __lt__: (self, args) => viewCompare(self, args[0]!, CompareOp.Lt),
  __le__: (self, args) => viewCompare(self, args[0]!, CompareOp.Le),
  __gt__: (self, args) => viewCompare(self, args[0]!, CompareOp.Gt),
  __ge__: (self, args) => viewCompare(self, args[0]!, CompareOp.Ge),
  __sub__: binary(viewSub, false),
  __rsub__: binary(viewSub, true),
  __or__: binary(viewOr, false),
  __ror__: binary(viewOr, true),
  __xor__: binary(viewXor, false),
  __rxor__: binary(viewXor, true),
  __and__: binary(viewAnd, false),
  __rand__: binary(viewAnd, true),
  isdisjoint: (self, args) => isdisjoint(self, args[0]!),
};

defineMethods(dictKeysType, setLikeMethods);
defineMethods(dictItemsType, setLikeMethods);
defineMethods(dictValuesType, commonViewMethods);
for (const t of [dictKeysType, dictItemsType]) {
  t.dict.set("__hash__", None);
  t.modified();
}

/** `view.mapping`: a read-only proxy of the dict. */
for (const t of [dictKeysType, dictValuesType, dictItemsType])
  defineGetSets(t, { mapping: [(self) => new PyMappingProxy(asView(self).mapping)] });
