// `collections.OrderedDict` (exported by `_collections`, as CPython's odictobject.c is):
// a dict subclass whose order can be changed (`move_to_end`), whose `popitem` takes either
// end, and whose equality with another OrderedDict is order-sensitive.
//
// Design. CPython keeps a doubly linked list of nodes beside the dict. Here the order is
// the dict's own entry array (PyDict.entries, which already keeps insertion order with
// tombstones): inserting and deleting are exactly dict operations, `move_to_end(k)`
// tombstones the entry's slot and appends it again (PyDict.moveToEnd), and
// `move_to_end(k, last=False)` puts it in the tombstone before the first live entry or,
// when there is none, rebuilds the array with a run of free slots at its front
// (PyDict.moveToFront). `head` remembers where the first live entry is, so that
// `popitem(last=False)` and front moves do not walk the tombstones they leave: all are
// O(1) amortised. Because dict's own iteration, repr, copy and merge read the same array,
// they see the OrderedDict's order too (in CPython, dict's methods called on an
// OrderedDict directly, `dict.__repr__(od)` or `dict.copy(od)`, see the dict's insertion
// order instead; OrderedDict's own methods and everything built on them agree).
//
// What follows CPython where the two designs could differ:
//   - `state` counts the changes of order made through OrderedDict's methods (a key added
//     or removed, a move); its iterators raise "OrderedDict mutated during iteration"
//     when it moved, and "OrderedDict changed size during iteration" when only the size
//     did (a key added with `dict.__setitem__(od, ...)`), like CPython's od_state/di_size.
//   - iterators hold the next entry to return (CPython's di_current), so an iterator that
//     has returned the last key stops even if keys are added afterwards.
//   - iterators find their current key again by looking it up, and read values (also
//     repr and copy) the same way, as CPython does, so a key whose hash changed raises
//     KeyError (test_issue24347); keys decided by value alone (str, int) always find
//     their own entry, so they skip the lookups.
// Unlike CPython, a key removed with `dict.__delitem__(od, k)` leaves no stale node
// behind (CPython's repr then raises KeyError), and one added with `dict.__setitem__`
// takes its place at the end at once.

import { dictType, None, NotImplemented, typeType } from "../objects/bootstrap.js";
import { call, callWithSelf } from "../objects/call.js";
import {
  callMethod,
  CompareOp,
  contains,
  getAttrOpt,
  getItem,
  getIter,
  isTrue,
  iterNext,
  reprJS,
  richCompareBool,
  setItem,
  toArray,
} from "../objects/abstract.js";
import { KeyError_, newException, runtimeError, typeError, valueError } from "../objects/exceptions.js";
import { defineClassMethods, defineGetSets, defineMethods, type KwNames } from "../objects/function.js";
import {
  iteratorType,
  reduceWithBuiltin,
  reprEnter,
  reprLeave,
  type NativeIter,
} from "../objects/iterators.js";
import { newAttributeDict, type PyObject } from "../objects/object.js";
import { typeName } from "../objects/names.js";
import { dictEqual, dictGetItem, PyDict, type DictEntry } from "../objects/dict.js";
import { dictItemsType, dictKeysType, dictValuesType, PyDictView } from "../objects/dict_views.js";
import { PyList } from "../objects/list.js";
import { strFromJS } from "../objects/str.js";
import { clinicKwArgs } from "../objects/str_args.js";
import { PyTuple } from "../objects/tuple.js";
import { PyType } from "../objects/type.js";
import { instanceDictGetSet, moduleType, shortTypeName } from "./itertools_helpers.js";

export const odType = moduleType("collections", "OrderedDict", dictType);

export class PyODict extends PyDict {
  /** Bumped when a key is added or removed through OrderedDict's methods or moved
   * (CPython's od_state); iterators compare it. */
  state = 0;
  /** Every entry of `headEntries` before `head` is a tombstone (valid while `entries` is
   * still that array: compaction and clear() replace it). */
  head = 0;
  headEntries: (DictEntry | null)[] | null = null;

  constructor(type: PyType = odType) {
    super(type);
  }

  /** The index of the first live entry, or -1. */
  firstIndex(): number {
    const entries = this.entries;
    const n = entries.length;
    let i = entries === this.headEntries ? this.head : 0;
    while (i < n && entries[i] === null) i++;
    this.headEntries = entries;
    this.head = i;
    return i < n ? i : -1;
  }

  /** The index of the last live entry, or -1; trailing tombstones are dropped on the
   * way, as dict's popitem does. */
  lastIndex(): number {
    const entries = this.entries;
    let i = entries.length - 1;
    while (i >= 0 && entries[i] === null) i--;
    if (i + 1 < entries.length) {
      entries.length = i + 1;
      if (this.head > i + 1) this.head = i + 1;
    }
    return i;
  }
}

odType.newInstance = (t) => {
  const d = new PyODict(t);
  if (t.hasInstanceDict) d.dict = newAttributeDict();
  return d;
};
odType.hasInstanceDict = true;
odType.extra["hasWeakref"] = true;
odType.subscript = (o, key) => dictGetItem(o as PyDict, key);
odType.assSubscript = (o, key, value) => {
  if (value !== null) odSetItem(o as PyODict, key, value);
  else odDelItem(o as PyODict, key);
};

function asOD(self: PyObject, method: string): PyODict {
  if (!(self instanceof PyODict))
    throw typeError(
      `descriptor '${method}' for 'collections.OrderedDict' objects doesn't apply to a '${typeName(self)}' object`,
    );
  return self;
}

function keyError(key: PyObject): PyObject {
  return newException(KeyError_, key);
}

function noArgs(method: string, args: PyObject[], kwnames: KwNames): void {
  if (kwnames !== null && kwnames.length > 0)
    throw typeError(`OrderedDict.${method}() takes no keyword arguments`);
  if (args.length > 0) throw typeError(`OrderedDict.${method}() takes no arguments (${args.length} given)`);
}

// ---- the operations (PyODict_SetItem, PyODict_DelItem, ...) ----

function odSetItem(od: PyODict, key: PyObject, value: PyObject): void {
  const n = od.size;
  od.set(key, value);
  if (od.size !== n) od.state++;
}

function odRemove(od: PyODict, e: DictEntry): void {
  od.removeEntry(e);
  od.state++;
}

function odDelItem(od: PyODict, key: PyObject): void {
  const e = od.lookup(key);
  if (e === undefined) throw keyError(key);
  odRemove(od, e);
}

/** The value of live entry `e` as CPython's OrderedDict reads it: by looking the key up
 * again (KeyError when its hash changed). A key decided by value alone finds itself. */
function valueOf(od: PyODict, e: DictEntry): PyObject {
  if (e.norm !== null) return e.value;
  const found = od.lookup(e.key);
  if (found === undefined) throw keyError(e.key);
  return found.value;
}

/** `target[key] = value` (PyObject_SetItem), straight to odSetItem when that is what the
 * type's `__setitem__` is. */
function setItemOf(target: PyObject, key: PyObject, value: PyObject): void {
  if (
    target instanceof PyODict &&
    (target.type === odType || target.type.lookup("__setitem__") === odSetItemMethod)
  )
    odSetItem(target, key, value);
  else setItem(target, key, value);
}

/** mutablemapping_add_pairs: `self[k] = v` for each pair of an iterable. */
function addPairs(self: PyObject, pairs: PyObject): void {
  const it = getIter(pairs);
  for (let pair = iterNext(it); pair !== undefined; pair = iterNext(it)) {
    if ((pair instanceof PyTuple || pair instanceof PyList) && pair.items.length === 2) {
      setItemOf(self, pair.items[0]!, pair.items[1]!);
      continue;
    }
    const pit = getIter(pair);
    const key = iterNext(pit);
    if (key === undefined) throw valueError("need more than 0 values to unpack");
    const value = iterNext(pit);
    if (value === undefined) throw valueError("need more than 1 value to unpack");
    if (iterNext(pit) !== undefined) throw valueError("too many values to unpack (expected 2)");
    setItemOf(self, key, value);
  }
}

/** mutablemapping_update_arg: a dict's items, a mapping's keys(), an object's items(), or
 * an iterable of pairs. */
function updateArg(self: PyObject, arg: PyObject): void {
  if (arg instanceof PyDict && arg.type === dictType) {
    const pairs: PyObject[][] = [];
    arg.forEach((k, v) => pairs.push([k, v]));
    for (const [k, v] of pairs) setItemOf(self, k!, v!);
    return;
  }
  const keys = getAttrOpt(arg, "keys");
  if (keys !== undefined) {
    const it = getIter(call(keys, [], null));
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) setItemOf(self, k, getItem(arg, k));
    return;
  }
  const items = getAttrOpt(arg, "items");
  addPairs(self, items !== undefined ? call(items, [], null) : arg);
}

/** mutablemapping_update: one optional positional argument, then the keywords. */
function update(self: PyObject, args: PyObject[], kwnames: KwNames): void {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos === 1) updateArg(self, args[0]!);
  for (let i = 0; i < nkw; i++) setItemOf(self, strFromJS(kwnames![i]!), args[npos + i]!);
}

/** Whether a call passes `required` positional arguments and perhaps `last`, by position
 * or by name: the common calls, which skip the argument binder. */
function plainLastCall(args: PyObject[], kwnames: KwNames, required: number): boolean {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (nkw === 0) return args.length === required || args.length === required + 1;
  return nkw === 1 && kwnames![0] === "last" && args.length === required + 1;
}

function lastArg(v: PyObject | undefined): boolean {
  return v === undefined || v === true || (v !== false && isTrue(v));
}

function moveToEnd(od: PyODict, key: PyObject, last: boolean): void {
  if (od.size === 0) throw keyError(key);
  const edge = last ? od.lastIndex() : od.firstIndex();
  if (od.entries[edge]!.key === key) return;
  const e = od.lookup(key);
  if (e === undefined) throw keyError(key);
  // The lookup may have run a key's __eq__, which may have changed the dict.
  const now = last ? od.lastIndex() : od.firstIndex();
  if (od.entries[now] === e) return;
  od.state++;
  if (last) od.moveToEnd(e);
  else {
    od.head = od.moveToFront(e, now);
    od.headEntries = od.entries;
  }
}

function popItem(od: PyODict, last: boolean): PyObject {
  const i = last ? od.lastIndex() : od.firstIndex();
  if (i < 0) throw keyError(strFromJS("dictionary is empty"));
  const e = od.entries[i]!;
  odRemove(od, e);
  return new PyTuple([e.key, e.value]);
}

/** odict_copy: the same keys in the same order, in a new instance of the same type (made
 * without arguments; a subclass's items are read and written through its methods). */
function copy(od: PyODict): PyObject {
  if (od.type === odType) {
    const r = odType.newInstance!(odType) as PyODict;
    r.presize(od.size);
    const entries = od.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e !== null && e !== undefined) r.set(e.key, valueOf(od, e));
    }
    return r;
  }
  const r = call(od.type, [], null);
  for (const k of od.keysArray()) setItemOf(r, k, getItem(od, k));
  return r;
}

function repr(od: PyODict): string {
  const name = shortTypeName(od.type);
  if (od.size === 0) return `${name}()`;
  if (!reprEnter(od)) return "...";
  try {
    let pieces: PyObject;
    if (od.type === odType) {
      const pairs: PyObject[] = [];
      const entries = od.entries;
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        if (e !== null && e !== undefined) pairs.push(new PyTuple([e.key, valueOf(od, e)]));
      }
      pieces = new PyList(pairs);
    } else pieces = new PyList(toArray(callMethod(od, "items", [])));
    return `${name}(${reprJS(pieces)})`;
  } finally {
    reprLeave(od);
  }
}

/** _odict_keys_equal: the same keys in the same order (the values were compared by dict's
 * equality already). */
function keysEqual(a: PyODict, b: PyODict): boolean {
  const stateA = a.state,
    stateB = b.state;
  let i = 0,
    j = 0;
  for (;;) {
    const ea = a.entries,
      eb = b.entries;
    while (i < ea.length && ea[i] === null) i++;
    while (j < eb.length && eb[j] === null) j++;
    const endA = i >= ea.length,
      endB = j >= eb.length;
    if (endA || endB) return endA && endB;
    const same = richCompareBool(ea[i]!.key, eb[j]!.key, CompareOp.Eq);
    if (a.state !== stateA || b.state !== stateB) throw runtimeError("OrderedDict mutated during iteration");
    if (!same) return false;
    i++;
    j++;
  }
}

function richCompare(self: PyObject, other: PyObject, ne: boolean): PyObject {
  const od = asOD(self, ne ? "__ne__" : "__eq__");
  if (!(other instanceof PyDict)) return NotImplemented;
  const eq = dictEqual(od, other);
  if (!(other instanceof PyODict) || !eq) return eq !== ne;
  return keysEqual(od, other) !== ne;
}

/** odict_or, behind both `__or__` and `__ror__`: a new instance of the OrderedDict
 * operand's type made from `left`, updated with `right`. */
function or(left: PyObject, right: PyObject): PyObject {
  const [type, other] = left instanceof PyODict ? [left.type, right] : [(right as PyODict).type, left];
  if (!(other instanceof PyDict)) return NotImplemented;
  const r = call(type, [left], null);
  updateArg(r, right);
  return r;
}

/** dict's size plus what CPython's OrderedDict adds: its larger header, a node pointer per
 * slot of the hash table and a node per key. */
function sizeOf(od: PyODict): number {
  const base = callWithSelf(dictType.lookup("__sizeof__")!, od, [], null) as number;
  if (od.size === 0) return base + 64;
  let table = 8;
  while ((((table << 1) / 3) | 0) < od.entries.length) table *= 2;
  return base + 64 + 8 * table + 32 * od.size;
}

// ---- iterators and views ----

const KEYS = 0,
  VALUES = 1,
  ITEMS = 2;
type Kind = 0 | 1 | 2;

const odictIteratorType = iteratorType("odict_iterator");

class ODictIterator implements NativeIter {
  type = odictIteratorType;
  source: PyODict | null;
  /** The entry to return next (CPython's di_current); null once done. */
  current: DictEntry | null;
  state: number;
  /** The size when iteration started; -1 once a change was reported (sticky). */
  size: number;
  constructor(
    od: PyODict,
    readonly kind: Kind,
    readonly reversed: boolean,
  ) {
    this.source = od;
    this.state = od.state;
    this.size = od.size;
    const i = reversed ? od.lastIndex() : od.firstIndex();
    this.current = i < 0 ? null : od.entries[i]!;
  }

  nextValue(): PyObject | undefined {
    const od = this.source;
    if (od === null) return undefined;
    const e = this.current;
    if (e === null) {
      this.source = null;
      return undefined;
    }
    if (od.state !== this.state) {
      this.source = null;
      throw runtimeError("OrderedDict mutated during iteration");
    }
    if (od.size !== this.size) {
      this.size = -1;
      throw runtimeError("OrderedDict changed size during iteration");
    }
    const entries = od.entries;
    // CPython finds the current key's node by looking the key up: a key whose hash
    // changed is not found (KeyError), nor one removed behind the OrderedDict's back.
    const found = e.norm !== null ? (entries[e.index] === e ? e : undefined) : od.lookup(e.key);
    if (found === undefined || entries[found.index] !== found) {
      this.current = null;
      throw keyError(e.key);
    }
    let i = found.index;
    if (this.reversed) {
      do i--;
      while (i >= 0 && entries[i] === null);
      this.current = i >= 0 ? entries[i]! : null;
    } else {
      const n = entries.length;
      do i++;
      while (i < n && entries[i] === null);
      this.current = i < n ? entries[i]! : null;
    }
    if (this.kind === KEYS) return e.key;
    let value: PyObject;
    try {
      value = valueOf(od, e);
    } catch (err) {
      this.source = null;
      throw err;
    }
    return this.kind === VALUES ? value : new PyTuple([e.key, value]);
  }
}

defineMethods(odictIteratorType, {
  // odictiter_reduce: `iter(list of what is still to come)`, read from a copy.
  __reduce__: (self) =>
    reduceWithBuiltin("iter", () => {
      const copy = Object.assign(Object.create(ODictIterator.prototype) as ODictIterator, self);
      const rest: PyObject[] = [];
      for (let v = copy.nextValue(); v !== undefined; v = copy.nextValue()) rest.push(v);
      return [[new PyList(rest)]];
    }),
});

function viewType(name: string, base: PyType, kind: Kind): PyType {
  const t = new PyType(typeType, name, [base], true);
  t.isBaseType = false;
  t.disallowInstantiation = true;
  const source = (self: PyObject): PyODict => {
    const m = self instanceof PyDictView ? self.mapping : null;
    if (!(m instanceof PyODict)) throw typeError(`descriptor requires a '${name}' object`);
    return m;
  };
  defineMethods(t, {
    __iter__: (self) => new ODictIterator(source(self), kind, false),
    __reversed__: (self) => new ODictIterator(source(self), kind, true),
  });
  return t;
}

const odictKeysType = viewType("odict_keys", dictKeysType, KEYS);
const odictValuesType = viewType("odict_values", dictValuesType, VALUES);
const odictItemsType = viewType("odict_items", dictItemsType, ITEMS);

// ---- the type ----

defineMethods(odType, {
  __init__(self, args, kwnames) {
    const npos = args.length - (kwnames ? kwnames.length : 0);
    if (npos > 1) throw typeError(`expected at most 1 arguments, got ${npos}`);
    update(asOD(self, "__init__"), args, kwnames);
    return None;
  },
  update(self, args, kwnames) {
    const npos = args.length - (kwnames ? kwnames.length : 0);
    if (npos > 1) throw typeError(`update() takes at most 1 positional argument (${npos} given)`);
    update(asOD(self, "update"), args, kwnames);
    return None;
  },
  __setitem__(self, args) {
    odSetItem(asOD(self, "__setitem__"), args[0]!, args[1]!);
    return None;
  },
  __delitem__(self, args) {
    odDelItem(asOD(self, "__delitem__"), args[0]!);
    return None;
  },
  __iter__: (self) => new ODictIterator(asOD(self, "__iter__"), KEYS, false),
  __reversed__(self, args, kwnames) {
    noArgs("__reversed__", args, kwnames);
    return new ODictIterator(asOD(self, "__reversed__"), KEYS, true);
  },
  keys(self, args, kwnames) {
    noArgs("keys", args, kwnames);
    return new PyDictView(odictKeysType, asOD(self, "keys"));
  },
  values(self, args, kwnames) {
    noArgs("values", args, kwnames);
    return new PyDictView(odictValuesType, asOD(self, "values"));
  },
  items(self, args, kwnames) {
    noArgs("items", args, kwnames);
    return new PyDictView(odictItemsType, asOD(self, "items"));
  },
  move_to_end(self, args, kwnames) {
    const od = asOD(self, "move_to_end");
    if (plainLastCall(args, kwnames, 1)) moveToEnd(od, args[0]!, lastArg(args[1]));
    else {
      const [key, last] = clinicKwArgs("move_to_end", ["key", "last"], args, kwnames, 1);
      moveToEnd(od, key!, lastArg(last));
    }
    return None;
  },
  popitem(self, args, kwnames) {
    const od = asOD(self, "popitem");
    if (plainLastCall(args, kwnames, 0)) return popItem(od, lastArg(args[0]));
    const [last] = clinicKwArgs("popitem", ["last"], args, kwnames, 0);
    return popItem(od, lastArg(last));
  },
  pop(self, args, kwnames) {
    const [key, dflt] = clinicKwArgs("pop", ["key", "default"], args, kwnames, 1);
    const od = asOD(self, "pop");
    const e = od.lookup(key!);
    if (e === undefined) {
      if (dflt !== undefined) return dflt;
      throw keyError(key!);
    }
    odRemove(od, e);
    return e.value;
  },
  setdefault(self, args, kwnames) {
    const [key, dflt] = clinicKwArgs("setdefault", ["key", "default"], args, kwnames, 1);
    const od = asOD(self, "setdefault");
    const value = dflt ?? None;
    if (od.type === odType) {
      const e = od.lookup(key!);
      if (e !== undefined) return e.value;
      odSetItem(od, key!, value);
      return value;
    }
    if (contains(od, key!)) return getItem(od, key!);
    setItem(od, key!, value);
    return value;
  },
  clear(self, args, kwnames) {
    noArgs("clear", args, kwnames);
    asOD(self, "clear").clear();
    return None;
  },
  copy(self, args, kwnames) {
    noArgs("copy", args, kwnames);
    return copy(asOD(self, "copy"));
  },
  __repr__: (self) => strFromJS(repr(asOD(self, "__repr__"))),
  __eq__: (self, args) => richCompare(self, args[0]!, false),
  __ne__: (self, args) => richCompare(self, args[0]!, true),
  __or__: (self, args) => or(self, args[0]!),
  __ror__: (self, args) => or(args[0]!, self),
  __ior__(self, args) {
    updateArg(asOD(self, "__ior__"), args[0]!);
    return self;
  },
  __reduce__(self, args, kwnames) {
    noArgs("__reduce__", args, kwnames);
    const od = asOD(self, "__reduce__");
    const state = callMethod(od, "__getstate__", []);
    const items = getIter(callMethod(od, "items", []));
    return new PyTuple([od.type, new PyTuple([]), state, None, items]);
  },
  __sizeof__(self, args, kwnames) {
    noArgs("__sizeof__", args, kwnames);
    return sizeOf(asOD(self, "__sizeof__"));
  },
});
/** OrderedDict.__setitem__, which setItemOf calls directly for subclasses that keep it. */
const odSetItemMethod = odType.dict.get("__setitem__");

defineClassMethods(odType, {
  fromkeys(cls, args, kwnames) {
    const [iterable, value] = clinicKwArgs("fromkeys", ["iterable", "value"], args, kwnames, 1);
    const d = call(cls, [], null);
    const it = getIter(iterable!);
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) setItemOf(d, k, value ?? None);
    return d;
  },
});

defineGetSets(odType, { __dict__: instanceDictGetSet });
odType.dict.set("__hash__", None);
odType.dict.set("__doc__", strFromJS("Dictionary that remembers insertion order"));
odType.modified();
