// The list type: a JS array of items, mutated in place (iterators and the sort read the
// list's `items` field again at every step, so an operation may also replace the array).

import { None, NotImplemented, listType, tupleType } from "./bootstrap.js";
import { CompareOp, getIter, index, iterNext, lengthHint, reprJS, richCompareBool } from "./abstract.js";
import { indexError, typeError, valueError } from "./exceptions.js";
import {
  defineClassMethods,
  defineMethods,
  type KwNames,
  defineSequenceMethods,
  defineCoexistingMethods,
} from "./function.js";
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
  iteratorHooks,
  iteratorType,
  noKeywords,
  normaliseIndex,
  repeatCount,
  ARRAY_REPEAT,
  reprEnter,
  reprLeave,
  reduceWithBuiltin,
  sequenceIndexArgs,
  ssizeArg,
  stateIndex,
  type NativeIter,
} from "./iterators.js";
import { PySlice, sliceIndices } from "./slice.js";
import { strFromJS } from "./str.js";
import { joinItems, newTuple, PyTuple, repeatItems } from "./tuple.js";
import { sequenceConcatHook } from "./sequence_hooks.js";
import { sortList, sortOptions } from "./sort.js";

export class PyList implements PyObjectBase, WithSerial {
  dict: AttributeDict | null = null;
  serial = 0;
  constructor(
    public items: PyObject[] = [],
    public type: PyType = listType,
  ) {}
}

export function isList(v: PyObject): v is PyList {
  return v instanceof PyList;
}

listType.newInstance = (t) => {
  const l = new PyList([], t);
  if (t.hasInstanceDict) l.dict = newAttributeDict();
  return l;
};

/** The item array of a list or tuple whose iteration is the built-in one, else undefined.
 * CPython's list_extend reads exact lists and tuples directly; a subclass that overrides
 * `__iter__` must be iterated (`list(LyingTuple((2,)))`). */
export function directItems(o: PyObject): PyObject[] | undefined {
  if (o instanceof PyList) {
    if (o.type === listType || o.type.lookup("__iter__") === listType.dict.get("__iter__")) return o.items;
  } else if (o instanceof PyTuple) {
    if (o.type === tupleType || o.type.lookup("__iter__") === tupleType.dict.get("__iter__")) return o.items;
  }
  return undefined;
}

/** The items of any iterable, as a fresh JS array (lists and tuples copied directly). */
export function itemsOf(o: PyObject): PyObject[] {
  const direct = directItems(o);
  if (direct !== undefined) return direct.slice();
  const out: PyObject[] = [];
  const it = getIter(o);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) out.push(v);
  return out;
}

function asList(self: PyObject, method: string): PyList {
  if (!(self instanceof PyList))
    throw typeError(
      `descriptor '${method}' for 'list' objects doesn't apply to a '${typeName(self)}' object`,
    );
  return self;
}

// ---- item access ----

export function listGetItem(l: PyList, key: PyObject): PyObject {
  const items = l.items;
  if (typeof key === "number") {
    const i = key < 0 ? key + items.length : key;
    if (i < 0 || i >= items.length) throw indexError("list index out of range");
    return items[i]!;
  }
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, items.length);
    if (step === 1) return new PyList(items.slice(start, start + n));
    const out = new Array<PyObject>(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j]!;
    return new PyList(out);
  }
  const i = normaliseIndex(listIndex(key), items.length);
  if (i < 0 || i >= items.length) throw indexError("list index out of range");
  return items[i]!;
}

function listIndex(key: PyObject): number | bigint {
  if (typeof key !== "boolean" && typeof key !== "bigint" && typeOf(key).lookup("__index__") === undefined)
    throw typeError(`list indices must be integers or slices, not ${typeName(key)}`);
  return index(key);
}

export function listSetItem(l: PyList, key: PyObject, value: PyObject): void {
  const items = l.items;
  if (typeof key === "number") {
    const i = key < 0 ? key + items.length : key;
    if (i < 0 || i >= items.length) throw indexError("list assignment index out of range");
    items[i] = value;
    return;
  }
  if (key instanceof PySlice) {
    assignSlice(l, key, value);
    return;
  }
  const i = normaliseIndex(listIndex(key), items.length);
  if (i < 0 || i >= items.length) throw indexError("list assignment index out of range");
  items[i] = value;
}

function assignSlice(l: PyList, s: PySlice, value: PyObject): void {
  // The new items are taken before the indices are computed (`a[:] = a` works). Another
  // list's or a tuple's items are read as they are: no Python code runs before they are
  // copied in.
  let src: PyObject[];
  if (value === l) src = l.items.slice();
  else if (value instanceof PyList || value instanceof PyTuple) src = value.items;
  else {
    const t = typeOf(value);
    if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
      throw typeError(
        s.step === None ? "can only assign an iterable" : "must assign iterable to extended slice",
      );
    }
    src = itemsOf(value);
  }
  const items = l.items;
  const [start, stop, step, n] = sliceIndices(s, items.length);
  if (step === 1) {
    const end = stop < start ? start : stop;
    if (src.length === end - start) {
      for (let i = 0; i < src.length; i++) items[start + i] = src[i]!;
      return;
    }
    // A spread of a huge array would overflow the JS stack: rebuild the array instead.
    if (src.length > 8192) l.items = items.slice(0, start).concat(src, items.slice(end));
    else items.splice(start, end - start, ...src);
    return;
  }
  if (src.length !== n)
    throw valueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${n}`);
  for (let i = 0, j = start; i < n; i++, j += step) items[j] = src[i]!;
}

export function listDelItem(l: PyList, key: PyObject): void {
  const items = l.items;
  if (key instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(key, items.length);
    if (n === 0) return;
    if (step === 1) {
      items.splice(start, stop - start);
      return;
    }
    // Compact the kept items in one pass.
    const lo = step > 0 ? start : start + (n - 1) * step;
    const st = Math.abs(step);
    let w = lo;
    for (let r = lo, k = 0; r < items.length; r++) {
      if (k < n && r === lo + k * st) {
        k++;
        continue;
      }
      items[w++] = items[r]!;
    }
    items.length = w;
    return;
  }
  const raw = typeof key === "number" ? key : listIndex(key);
  const i = normaliseIndex(raw, items.length);
  if (i < 0 || i >= items.length) throw indexError("list assignment index out of range");
  items.splice(i, 1);
}

// ---- repr ----

export function listRepr(l: PyList): string {
  if (l.items.length === 0) return "[]";
  if (!reprEnter(l)) return "[...]";
  try {
    const parts: string[] = [];
    // The list may change while its items are repr'd: read it again at every step.
    for (let i = 0; i < l.items.length; i++) parts.push(reprJS(l.items[i]!));
    return "[" + parts.join(", ") + "]";
  } finally {
    reprLeave(l);
  }
}

// ---- iterators ----

export const listIterType = iteratorType("list_iterator", true);
export const listRevIterType = iteratorType("list_reverseiterator", true);

export class ListIterator implements NativeIter {
  type = listIterType;
  index = 0;
  constructor(public list: PyList | null) {}
  nextValue(): PyObject | undefined {
    const l = this.list;
    if (l === null) return undefined;
    if (this.index < l.items.length) return l.items[this.index++];
    this.list = null;
    return undefined;
  }
  lengthHint(): number {
    const l = this.list;
    return l === null ? 0 : Math.max(0, l.items.length - this.index);
  }
}

export class ListReverseIterator implements NativeIter {
  type = listRevIterType;
  constructor(
    public list: PyList | null,
    public index: number,
  ) {}
  nextValue(): PyObject | undefined {
    const l = this.list;
    if (l === null) return undefined;
    const i = this.index;
    if (i >= 0 && i < l.items.length) {
      this.index = i - 1;
      return l.items[i];
    }
    this.index = -1;
    this.list = null;
    return undefined;
  }
  lengthHint(): number {
    const l = this.list;
    const n = this.index + 1;
    return l === null || l.items.length < n ? 0 : n;
  }
}

// CPython's listiter_reduce_general: an exhausted iterator of either direction pickles as
// `iter([])`.
defineMethods(listIterType, {
  __reduce__: (self) =>
    reduceWithBuiltin("iter", () => {
      const it = self as ListIterator;
      return it.list === null ? [[new PyList()]] : [[it.list], it.index];
    }),
  __setstate__(self, args) {
    const it = self as ListIterator;
    const i = stateIndex(args[0]);
    if (it.list !== null) it.index = clampIndex(i, 0, it.list.items.length);
    return None;
  },
});

defineMethods(listRevIterType, {
  __reduce__: (self) => {
    const it = self as ListReverseIterator;
    const reversed = iteratorHooks.builtin("reversed");
    if (it.list !== null) return new PyTuple([reversed, new PyTuple([it.list]), it.index]);
    return reduceWithBuiltin("iter", () => [[new PyList()]]);
  },
  __setstate__(self, args) {
    const it = self as ListReverseIterator;
    const i = stateIndex(args[0]);
    if (it.list !== null) it.index = clampIndex(i, -1, it.list.items.length - 1);
    return None;
  },
});

// ---- methods ----

/** Appends the items of any iterable (`list.extend`, `+=`). */
export function listExtend(l: PyList, o: PyObject): void {
  const src = directItems(o);
  if (src !== undefined) {
    // Only exact lists and tuples skip the length hint (list_extend's fast path).
    if (o !== l && typeOf(o) !== listType && typeOf(o) !== tupleType) lengthHint(o, 8);
    const items = l.items;
    const n = src.length;
    for (let i = 0; i < n; i++) items.push(src[i]!);
    return;
  }
  const it = getIter(o);
  lengthHint(o, 8);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) l.items.push(v);
}

function listCompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  const l = asList(self, "__eq__");
  if (!(other instanceof PyList)) return NotImplemented;
  return compareSequences(l, other, op);
}

function oneArg(name: string, args: PyObject[], kwnames: KwNames): PyObject {
  noKeywords(name, kwnames);
  if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

function noArgs(name: string, args: PyObject[], kwnames: KwNames): void {
  noKeywords(name, kwnames);
  if (args.length !== 0) throw typeError(`${name}() takes no arguments (${args.length} given)`);
}

defineNew(listType, (cls) => cls.newInstance!(cls));

defineMethods(listType, {
  __init__(self, args, kwnames) {
    const l = asList(self, "__init__");
    // Keywords are left to a subclass's own __new__ (list___init__'s check).
    if (l.type === listType || l.type.lookup("__new__") === listType.dict.get("__new__"))
      noKeywords("list", kwnames);
    const npos = args.length - (kwnames ? kwnames.length : 0);
    if (npos > 1) throw typeError(`list expected at most 1 argument, got ${npos}`);
    if (l.items.length) l.items = [];
    if (npos === 1) listExtend(l, args[0]!);
    return None;
  },
  __len__: (self) => asList(self, "__len__").items.length,
  __getitem__: (self, args) => listGetItem(asList(self, "__getitem__"), args[0]!),
  __setitem__(self, args) {
    listSetItem(asList(self, "__setitem__"), args[0]!, args[1]!);
    return None;
  },
  __delitem__(self, args) {
    listDelItem(asList(self, "__delitem__"), args[0]!);
    return None;
  },
  __contains__(self, args) {
    const l = asList(self, "__contains__");
    const x = args[0]!;
    for (let i = 0; i < l.items.length; i++) if (richCompareBool(l.items[i]!, x, CompareOp.Eq)) return true;
    return false;
  },
  __iter__: (self) => new ListIterator(asList(self, "__iter__")),
  __reversed__(self) {
    const l = asList(self, "__reversed__");
    return new ListReverseIterator(l, l.items.length - 1);
  },
  __repr__: (self) => strFromJS(listRepr(asList(self, "__repr__"))),
  __add__(self, args) {
    const l = asList(self, "__add__");
    const o = args[0]!;
    if (!(o instanceof PyList)) return NotImplemented;
    return new PyList(joinItems(l.items, o.items));
  },
  __iadd__(self, args) {
    listExtend(asList(self, "__iadd__"), args[0]!);
    return self;
  },
  __mul__(self, args) {
    const l = asList(self, "__mul__");
    const n = repeatCount(args[0]!, l.items.length, ARRAY_REPEAT);
    if (n === undefined) return NotImplemented;
    return new PyList(repeatItems(l.items, n));
  },
  __rmul__(self, args) {
    const l = asList(self, "__rmul__");
    const n = repeatCount(args[0]!, l.items.length, ARRAY_REPEAT);
    if (n === undefined) return NotImplemented;
    return new PyList(repeatItems(l.items, n));
  },
  __imul__(self, args) {
    const l = asList(self, "__imul__");
    const n = repeatCount(args[0]!, l.items.length, ARRAY_REPEAT);
    // (The number protocol has checked the count: this is a direct call's.)
    if (n === undefined) return NotImplemented;
    if (n === 0) l.items.length = 0;
    else if (n > 1) {
      const copy = l.items.slice();
      for (let k = 1; k < n; k++) for (let i = 0; i < copy.length; i++) l.items.push(copy[i]!);
    }
    return self;
  },
  __eq__: (self, args) => listCompare(self, args[0]!, CompareOp.Eq),
  __ne__: (self, args) => listCompare(self, args[0]!, CompareOp.Ne),
  __lt__: (self, args) => listCompare(self, args[0]!, CompareOp.Lt),
  __le__: (self, args) => listCompare(self, args[0]!, CompareOp.Le),
  __gt__: (self, args) => listCompare(self, args[0]!, CompareOp.Gt),
  __ge__: (self, args) => listCompare(self, args[0]!, CompareOp.Ge),
  __sizeof__: (self) => 40 + 8 * asList(self, "__sizeof__").items.length,
  append(self, args, kwnames) {
    asList(self, "append").items.push(oneArg("list.append", args, kwnames));
    return None;
  },
  extend(self, args, kwnames) {
    listExtend(asList(self, "extend"), oneArg("list.extend", args, kwnames));
    return None;
  },
  insert(self, args, kwnames) {
    const l = asList(self, "insert");
    noKeywords("insert", kwnames);
    if (args.length !== 2) throw typeError(`insert expected 2 arguments, got ${args.length}`);
    const n = l.items.length;
    let i = ssizeArg(typeof args[0] === "number" ? args[0] : index(args[0]!));
    if (i < 0) i = Math.max(0, i + n);
    else if (i > n) i = n;
    if (i === n) l.items.push(args[1]!);
    else l.items.splice(i, 0, args[1]!);
    return None;
  },
  pop(self, args, kwnames) {
    const l = asList(self, "pop");
    noKeywords("pop", kwnames);
    if (args.length > 1) throw typeError(`pop expected at most 1 argument, got ${args.length}`);
    const items = l.items;
    if (items.length === 0) throw indexError("pop from empty list");
    if (args.length === 0) return items.pop()!;
    const raw = ssizeArg(typeof args[0] === "number" ? args[0] : index(args[0]!));
    const i = normaliseIndex(raw, items.length);
    if (i < 0 || i >= items.length) throw indexError("pop index out of range");
    if (i === items.length - 1) return items.pop()!;
    return items.splice(i, 1)[0]!;
  },
  remove(self, args, kwnames) {
    const l = asList(self, "remove");
    const x = oneArg("list.remove", args, kwnames);
    for (let i = 0; i < l.items.length; i++) {
      if (richCompareBool(l.items[i]!, x, CompareOp.Eq)) {
        l.items.splice(i, 1);
        return None;
      }
    }
    throw valueError("list.remove(x): x not in list");
  },
  index(self, args, kwnames) {
    const l = asList(self, "index");
    const [x, start, stop] = sequenceIndexArgs("index", args, kwnames, l.items.length);
    for (let i = start; i < stop && i < l.items.length; i++)
      if (richCompareBool(l.items[i]!, x, CompareOp.Eq)) return i;
    throw valueError(`${reprJS(x)} is not in list`);
  },
  count(self, args, kwnames) {
    const l = asList(self, "count");
    const x = oneArg("list.count", args, kwnames);
    let n = 0;
    for (let i = 0; i < l.items.length; i++) if (richCompareBool(l.items[i]!, x, CompareOp.Eq)) n++;
    return n;
  },
  clear(self, args, kwnames) {
    noArgs("list.clear", args, kwnames);
    asList(self, "clear").items = [];
    return None;
  },
  copy(self, args, kwnames) {
    noArgs("list.copy", args, kwnames);
    return new PyList(asList(self, "copy").items.slice());
  },
  reverse(self, args, kwnames) {
    noArgs("list.reverse", args, kwnames);
    asList(self, "reverse").items.reverse();
    return None;
  },
  sort(self, args, kwnames) {
    const l = asList(self, "sort");
    const nkw = kwnames ? kwnames.length : 0;
    if (args.length > nkw) throw typeError("sort() takes no positional arguments");
    const { key, reverse } = sortOptions(args, 0, kwnames);
    sortList(l, key, reverse);
    return None;
  },
});
defineSequenceMethods(listType, ["__add__", "__iadd__", "__mul__", "__rmul__", "__imul__"]);
defineCoexistingMethods(listType, ["__getitem__"]);
listType.dict.set("__hash__", None);
listType.modified();
listType.subscript = (o, key) => listGetItem(o as PyList, key);
defineClassMethods(listType, { __class_getitem__: classGetItemOf(listType) });

sequenceConcatHook.concat = (a, b) => {
  if (typeof a !== "object" || typeof b !== "object") return undefined;
  const t = a.type;
  if (t !== b.type) return undefined;
  if (t === listType) return new PyList(joinItems((a as PyList).items, (b as PyList).items));
  if (t !== tupleType) return undefined;
  const x = (a as PyTuple).items;
  const y = (b as PyTuple).items;
  if (y.length === 0) return a;
  if (x.length === 0) return b;
  return newTuple(joinItems(x, y));
};
