// The `_collections` module that Lib/collections/__init__.py imports: `deque` (a ring
// buffer with an optional maxlen), `defaultdict` (a dict subclass whose `__missing__` calls
// the factory), `_count_elements` (Counter's counting loop), `_tuplegetter` (namedtuple's
// field descriptors), the deque iterator types and `OrderedDict` (_collections_odict.ts).

import { dictType, None, NotImplemented, objectType } from "../objects/bootstrap.js";
import { call, callWithSelf } from "../objects/call.js";
import {
  BinaryOp,
  binaryOp,
  callMethod,
  CompareOp,
  getIter,
  index,
  isCallable,
  iterate,
  iterNext,
  reprJS,
  richCompare,
  richCompareBool,
} from "../objects/abstract.js";
import {
  exceptionType,
  indexError,
  KeyError_,
  newException,
  overflowError,
  runtimeError,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import {
  builtinFunction,
  defineGetSets,
  defineMethods,
  type KwNames,
  defineSequenceMethods,
} from "../objects/function.js";
import {
  clipIndex,
  defineClassGetItem,
  defineNew,
  reprEnter,
  reprLeave,
  type NativeIter,
} from "../objects/iterators.js";
import {
  newAttributeDict,
  typeOf,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
} from "../objects/object.js";
import { typeName } from "../objects/names.js";
import { dictReprJS, dictUpdateFrom, PyDict } from "../objects/dict.js";
import { strFromJS } from "../objects/str.js";
import { clinicArgs, noArgs, noKeywords, oneArg, ssizeArg, tupleArgs } from "../objects/str_args.js";
import { PyTuple, tupleItemDescriptors } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { registerNativeModule } from "./registry.js";
import { odType } from "./_collections_odict.js";
import { adopt, moduleIterType, moduleType, parseKw, shortTypeName, splitArgs } from "./itertools_helpers.js";

// ---- deque ----

export const dequeType = moduleType("collections", "deque");

/** A double-ended queue over a power-of-two ring buffer. */
export class PyDeque implements PyObjectBase {
  dict: AttributeDict | null = null;
  buf: (PyObject | undefined)[] = new Array(8);
  head = 0;
  size = 0;
  /** -1 when unbounded. */
  maxlen = -1;
  /** Bumped by every mutation, so that iterators can detect one. */
  state = 0;
  constructor(public type: PyType = dequeType) {}

  at(i: number): PyObject {
    return this.buf[(this.head + i) & (this.buf.length - 1)]!;
  }
  setAt(i: number, v: PyObject): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    const old = this.buf,
      n = old.length;
    const buf = new Array<PyObject | undefined>(n * 2);
    for (let i = 0; i < this.size; i++) buf[i] = old[(this.head + i) & (n - 1)];
    this.buf = buf;
    this.head = 0;
  }
  push(v: PyObject): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.size === this.maxlen) this.shift();
    if (this.size === this.buf.length) this.grow();
    this.buf[(this.head + this.size) & (this.buf.length - 1)] = v;
    this.size++;
  }
  unshift(v: PyObject): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.size === this.maxlen) this.pop();
    if (this.size === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.size++;
  }
  pop(): PyObject {
    if (this.size === 0) throw indexError("pop from an empty deque");
    this.state++;
    const i = (this.head + this.size - 1) & (this.buf.length - 1);
    const v = this.buf[i]!;
    this.buf[i] = undefined;
    this.size--;
    return v;
  }
  shift(): PyObject {
    if (this.size === 0) throw indexError("pop from an empty deque");
    this.state++;
    const v = this.buf[this.head]!;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.size--;
    return v;
  }
  toArray(): PyObject[] {
    const out = new Array<PyObject>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.at(i);
    return out;
  }
  replace(items: PyObject[]): void {
    let n = 8;
    while (n < items.length) n *= 2;
    this.buf = new Array(n);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
    this.size = items.length;
    this.state++;
  }
  clear(): void {
    this.replace([]);
  }
  /** Rotates right by `n` (left when negative), moving the fewer elements around the ring;
   * as in CPython, any rotation of two or more elements counts as a mutation. */
  rotate(n: number): void {
    const len = this.size;
    if (len <= 1) return;
    this.state++;
    n %= len;
    if (n < 0) n += len;
    const buf = this.buf;
    const mask = buf.length - 1;
    if (n <= len - n) {
      for (let k = 0; k < n; k++) {
        const last = (this.head + len - 1) & mask;
        const v = buf[last];
        buf[last] = undefined;
        this.head = (this.head - 1) & mask;
        buf[this.head] = v;
      }
    } else {
      for (let k = len - n; k > 0; k--) {
        const v = buf[this.head];
        buf[this.head] = undefined;
        buf[(this.head + len) & mask] = v;
        this.head = (this.head + 1) & mask;
      }
    }
  }
}

function asDeque(o: PyObject): PyDeque {
  if (!(o instanceof PyDeque)) throw typeError(`descriptor requires a 'collections.deque' object`);
  return o;
}

function dequeIndex(d: PyDeque, k: PyObject): number {
  if (
    typeof k !== "number" &&
    typeof k !== "bigint" &&
    typeof k !== "boolean" &&
    typeOf(k).lookup("__index__") === undefined
  )
    throw typeError(`sequence index must be integer, not '${typeName(k)}'`);
  let i = index(k);
  if (typeof i === "bigint") throw indexError("deque index out of range");
  if (i < 0) i += d.size;
  if (i < 0 || i >= d.size) throw indexError("deque index out of range");
  return i;
}

function dequeExtend(d: PyDeque, iterable: PyObject, left: boolean): void {
  const items = iterable === d ? d.toArray() : null;
  if (items !== null) {
    for (const v of items) {
      if (left) d.unshift(v);
      else d.push(v);
    }
    return;
  }
  iterate(iterable, (v) => {
    if (left) d.unshift(v);
    else d.push(v);
  });
}

function newDequeLike(d: PyDeque, items: PyObject[]): PyObject {
  if (d.type === dequeType) {
    const r = new PyDeque();
    r.maxlen = d.maxlen;
    for (const v of items) r.push(v);
    return r;
  }
  const args: PyObject[] = [new PyTuple(items)];
  if (d.maxlen >= 0) args.push(d.maxlen);
  return call(d.type, args, null);
}

/** The first index of `v` in [start, stop), or -1. As CPython's index() and `in`, a match
 * is returned even when its comparison mutated the deque; remove() passes `forRemoval`,
 * which reports any mutation first, as an IndexError. */
function dequeFind(d: PyDeque, v: PyObject, start: number, stop: number, forRemoval = false): number {
  const state = d.state;
  for (let i = start; i < stop && i < d.size; i++) {
    const eq = richCompareBool(d.at(i), v, CompareOp.Eq);
    if (eq && !forRemoval) return i;
    if (d.state !== state) {
      const msg = "deque mutated during iteration";
      throw forRemoval ? indexError(msg) : runtimeError(msg);
    }
    if (eq) return i;
  }
  return -1;
}

defineNew(dequeType, (cls) => adopt(new PyDeque(cls), cls));

defineMethods(dequeType, {
  __init__(self, args, kwnames) {
    const d = asDeque(self);
    const [iterable, maxlen] = parseKw("deque", args, kwnames, ["iterable", "maxlen"], 0);
    let m = -1;
    if (maxlen !== undefined && maxlen !== None) {
      if (
        typeof maxlen !== "number" &&
        typeof maxlen !== "bigint" &&
        typeof maxlen !== "boolean" &&
        typeOf(maxlen).lookup("__index__") === undefined
      )
        throw typeError("an integer is required");
      const n = index(maxlen);
      if (n < 0) throw valueError("maxlen must be non-negative");
      m = Number(n);
    }
    d.maxlen = m;
    if (d.size > 0) d.clear();
    if (iterable !== undefined) dequeExtend(d, iterable, false);
    return None;
  },
  append: (self, args, kw) => (asDeque(self).push(oneArg("deque.append", args, kw)), None),
  appendleft: (self, args, kw) => (asDeque(self).unshift(oneArg("deque.appendleft", args, kw)), None),
  pop: (self, args, kw) => (noArgs("deque.pop", args, kw), asDeque(self).pop()),
  popleft: (self, args, kw) => (noArgs("deque.popleft", args, kw), asDeque(self).shift()),
  extend: (self, args, kw) => (dequeExtend(asDeque(self), oneArg("deque.extend", args, kw), false), None),
  extendleft: (self, args, kw) => (
    dequeExtend(asDeque(self), oneArg("deque.extendleft", args, kw), true),
    None
  ),
  clear: (self, args, kw) => (noArgs("deque.clear", args, kw), asDeque(self).clear(), None),
  copy: (self, args, kw) => (
    noArgs("deque.copy", args, kw),
    newDequeLike(asDeque(self), asDeque(self).toArray())
  ),
  __copy__: (self, args, kw) => (
    noArgs("deque.__copy__", args, kw),
    newDequeLike(asDeque(self), asDeque(self).toArray())
  ),
  count(self, args, kw) {
    const d = asDeque(self);
    const v = oneArg("deque.count", args, kw);
    const state = d.state;
    let n = 0;
    for (let i = 0; i < d.size; i++) {
      const eq = richCompareBool(d.at(i), v, CompareOp.Eq);
      if (d.state !== state) throw runtimeError("deque mutated during iteration");
      if (eq) n++;
    }
    return n;
  },
  index(self, args, kw) {
    const d = asDeque(self);
    tupleArgs("index", "deque.index", args, kw, 1, 3);
    const stop = args.length > 2 ? clipIndex(args[2]!, d.size) : d.size;
    const start = Math.min(args.length > 1 ? clipIndex(args[1]!, d.size) : 0, stop);
    const i = dequeFind(d, args[0]!, start, stop);
    if (i < 0) throw valueError(`${reprJS(args[0]!)} is not in deque`);
    return i;
  },
  insert(self, args, kw) {
    const d = asDeque(self);
    noKeywords("deque.insert", kw);
    if (args.length !== 2) throw typeError(`insert() takes exactly 2 arguments (${args.length} given)`);
    if (d.maxlen >= 0 && d.size >= d.maxlen) throw indexError("deque already at its maximum size");
    let i = Number(index(args[0]!));
    const items = d.toArray();
    if (i < 0) i = Math.max(0, i + items.length);
    items.splice(Math.min(i, items.length), 0, args[1]!);
    d.replace(items);
    return None;
  },
  remove(self, args, kw) {
    const d = asDeque(self);
    const v = oneArg("deque.remove", args, kw);
    const i = dequeFind(d, v, 0, d.size, true);
    if (i < 0) throw valueError(`${reprJS(v)} is not in deque`);
    const items = d.toArray();
    items.splice(i, 1);
    d.replace(items);
    return None;
  },
  reverse(self, args, kw) {
    noArgs("deque.reverse", args, kw);
    const d = asDeque(self);
    d.replace(d.toArray().reverse());
    return None;
  },
  rotate(self, args, kw) {
    clinicArgs("deque.rotate", "deque.rotate", args, kw, 0, 1);
    const n = args.length > 0 ? index(args[0]!) : 1;
    // A C ssize_t: past 2**63 CPython refuses the step before looking at the deque.
    if (typeof n === "bigint" && (n >= 2n ** 63n || n < -(2n ** 63n)))
      throw overflowError("Python int too large to convert to C ssize_t");
    const d = asDeque(self);
    if (d.size > 0) d.rotate(Number(typeof n === "bigint" ? n % BigInt(d.size) : n));
    return None;
  },
  __len__: (self) => asDeque(self).size,
  __bool__: (self) => asDeque(self).size > 0,
  __getitem__: (self, args) => asDeque(self).at(dequeIndex(asDeque(self), args[0]!)),
  __setitem__(self, args) {
    const d = asDeque(self);
    d.setAt(dequeIndex(d, args[0]!), args[1]!);
    return None;
  },
  __delitem__(self, args) {
    const d = asDeque(self);
    const i = dequeIndex(d, args[0]!);
    const items = d.toArray();
    items.splice(i, 1);
    d.replace(items);
    return None;
  },
  __contains__: (self, args) => dequeFind(asDeque(self), args[0]!, 0, asDeque(self).size) >= 0,
  __iter__: (self) => new DequeIter(asDeque(self), false),
  __reversed__: (self, args, kw) => (
    noArgs("deque.__reversed__", args, kw),
    new DequeIter(asDeque(self), true)
  ),
  __repr__(self) {
    const d = asDeque(self);
    const name = shortTypeName(d.type);
    if (!reprEnter(d)) return strFromJS("[...]");
    try {
      const body = "[" + d.toArray().map(reprJS).join(", ") + "]";
      return strFromJS(d.maxlen >= 0 ? `${name}(${body}, maxlen=${d.maxlen})` : `${name}(${body})`);
    } finally {
      reprLeave(d);
    }
  },
  __add__(self, args) {
    const d = asDeque(self);
    const o = args[0]!;
    if (!(o instanceof PyDeque))
      throw typeError(`can only concatenate deque (not "${typeName(o)}") to deque`);
    const r = newDequeLike(d, d.toArray()) as PyDeque;
    dequeExtend(r, o, false);
    return r;
  },
  __iadd__(self, args) {
    dequeExtend(asDeque(self), args[0]!, false);
    return self;
  },
  __mul__(self, args) {
    const d = asDeque(self);
    const r = newDequeLike(d, []) as PyDeque;
    const n = Number(index(args[0]!));
    const items = d.toArray();
    for (let k = 0; k < n; k++) for (const v of items) r.push(v);
    return r;
  },
  __rmul__: (self, args) => callWithSelf(dequeType.lookup("__mul__")!, self, args, null),
  __imul__(self, args) {
    const d = asDeque(self);
    const n = Number(index(args[0]!));
    const items = d.toArray();
    if (n <= 0) d.clear();
    else for (let k = 1; k < n; k++) for (const v of items) d.push(v);
    return self;
  },
  // As deque_reduce: the state through `__getstate__` (so slots are kept) and the items
  // through the instance's own `__iter__`.
  __reduce__(self, args, kw) {
    noArgs("deque.__reduce__", args, kw);
    const d = asDeque(self);
    const state = callMethod(d, "__getstate__", []);
    const items = getIter(d);
    const ctorArgs = d.maxlen < 0 ? new PyTuple([]) : new PyTuple([new PyTuple([]), d.maxlen]);
    return new PyTuple([d.type, ctorArgs, state, items]);
  },
  __lt__: (self, args) => dequeCompare(self, args[0]!, CompareOp.Lt),
  __le__: (self, args) => dequeCompare(self, args[0]!, CompareOp.Le),
  __eq__: (self, args) => dequeCompare(self, args[0]!, CompareOp.Eq),
  __ne__: (self, args) => dequeCompare(self, args[0]!, CompareOp.Ne),
  __gt__: (self, args) => dequeCompare(self, args[0]!, CompareOp.Gt),
  __ge__: (self, args) => dequeCompare(self, args[0]!, CompareOp.Ge),
});
defineSequenceMethods(dequeType, ["__add__", "__iadd__", "__mul__", "__rmul__", "__imul__"]);
dequeType.dict.set("__hash__", None);
defineGetSets(dequeType, {
  maxlen: [(self) => (asDeque(self).maxlen < 0 ? None : asDeque(self).maxlen)],
});
defineClassGetItem(dequeType);

function dequeCompare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  if (!(other instanceof PyDeque)) return NotImplemented;
  const a = asDeque(self).toArray(),
    b = other.toArray();
  if (a.length !== b.length && (op === CompareOp.Eq || op === CompareOp.Ne)) return op === CompareOp.Ne;
  let i = 0;
  for (; i < a.length && i < b.length; i++) if (!richCompareBool(a[i]!, b[i]!, CompareOp.Eq)) break;
  if (i < a.length && i < b.length) {
    if (op === CompareOp.Eq) return false;
    if (op === CompareOp.Ne) return true;
    return richCompare(a[i]!, b[i]!, op);
  }
  const c = a.length - b.length;
  switch (op) {
    case CompareOp.Lt:
      return c < 0;
    case CompareOp.Le:
      return c <= 0;
    case CompareOp.Eq:
      return c === 0;
    case CompareOp.Ne:
      return c !== 0;
    case CompareOp.Gt:
      return c > 0;
    default:
      return c >= 0;
  }
}

const dequeIterType = moduleIterType("_collections", "_deque_iterator", false);
const dequeRevIterType = moduleIterType("_collections", "_deque_reverse_iterator", false);

/** Counts down the items left, as CPython's: a mutation seen by `next` zeroes the count,
 * which `__length_hint__` and `__reduce__` then report. */
class DequeIter implements NativeIter {
  type: PyType;
  index = 0;
  counter: number;
  readonly state: number;
  constructor(
    readonly deque: PyDeque,
    readonly reversed: boolean,
  ) {
    this.type = reversed ? dequeRevIterType : dequeIterType;
    this.state = deque.state;
    this.counter = deque.size;
  }
  nextValue(): PyObject | undefined {
    const d = this.deque;
    if (d.state !== this.state) {
      this.counter = 0;
      throw runtimeError("deque mutated during iteration");
    }
    if (this.counter === 0) return undefined;
    const i = this.index++;
    this.counter--;
    return d.at(this.reversed ? d.size - 1 - i : i);
  }
}

/** `_deque_iterator(deque, index=0)`, which unpickling calls: a fresh iterator advanced by
 * `index` items. Keywords are ignored, as PyArg_ParseTuple never sees them. */
function newDequeIter(reversed: boolean, args: PyObject[], kwnames: KwNames): DequeIter {
  const n = args.length - (kwnames ? kwnames.length : 0);
  if (n < 1) throw typeError(`function takes at least 1 argument (${n} given)`);
  if (n > 2) throw typeError(`function takes at most 2 arguments (${n} given)`);
  const d = args[0]!;
  if (!(d instanceof PyDeque)) throw typeError(`argument 1 must be collections.deque, not ${typeName(d)}`);
  const it = new DequeIter(d, reversed);
  const skip = n > 1 ? ssizeArg(args[1]!) : 0;
  for (let i = 0; i < skip && it.nextValue() !== undefined; i++);
  return it;
}

for (const [t, reversed] of [
  [dequeIterType, false],
  [dequeRevIterType, true],
] as const) {
  defineNew(t, (_cls, args, kwnames) => newDequeIter(reversed, args, kwnames));
  defineMethods(t, {
    __length_hint__: (self) => (self as DequeIter).counter,
    __reduce__(self) {
      const it = self as DequeIter;
      return new PyTuple([it.type, new PyTuple([it.deque, it.deque.size - it.counter])]);
    },
  });
}

// ---- defaultdict ----

export const defaultdictType = moduleType("collections", "defaultdict", dictType);
// A layout of its own, as CPython's (which adds default_factory): a class cannot derive
// from both defaultdict and another dict type with its own layout (OrderedDict).
// The factory is a field of the dict: kept in a WeakMap keyed by the dict, it made V8's
// scavenger hold every short-lived defaultdict until a full collection.
class PyDefaultDict extends PyDict {
  factory: PyObject = None;
}

defaultdictType.newInstance = (t) => {
  const d = new PyDefaultDict(t);
  if (t.hasInstanceDict) d.dict = newAttributeDict();
  return d;
};

function factoryOf(d: PyObject): PyObject {
  return d instanceof PyDefaultDict ? d.factory : None;
}

function asDefaultDict(o: PyObject): PyDefaultDict {
  if (!(o instanceof PyDefaultDict) || !o.type.isSubtypeOf(defaultdictType))
    throw typeError(`descriptor requires a 'collections.defaultdict' object but received '${typeName(o)}'`);
  return o;
}

function defaultdictCopy(d: PyDict): PyObject {
  return call(d.type, [factoryOf(d), d], null);
}

defineMethods(defaultdictType, {
  __init__(self, args, kwnames) {
    const d = asDefaultDict(self);
    const { pos } = splitArgs(args, kwnames);
    let rest = args;
    let factory: PyObject = None;
    if (pos.length > 0) {
      factory = pos[0]!;
      if (factory !== None && !isCallable(factory))
        throw typeError("first argument must be callable or None");
      rest = args.slice(1);
    }
    d.factory = factory;
    return callWithSelf(dictType.lookup("__init__")!, d, rest, kwnames);
  },
  __missing__(self, args, kwnames) {
    const d = asDefaultDict(self);
    const key = oneArg("defaultdict.__missing__", args, kwnames);
    const f = factoryOf(d);
    if (f === None) throw newException(KeyError_, key);
    const v = call(f, [], null);
    d.set(key, v);
    return v;
  },
  __repr__(self) {
    const d = asDefaultDict(self);
    const f = factoryOf(d);
    let fr: string;
    if (f === None) fr = "None";
    else if (!reprEnter(f as object)) fr = "...";
    else
      try {
        fr = reprJS(f);
      } finally {
        reprLeave(f as object);
      }
    return strFromJS(`${shortTypeName(d.type)}(${fr}, ${dictReprJS(d)})`);
  },
  copy: (self) => defaultdictCopy(asDefaultDict(self)),
  __copy__: (self) => defaultdictCopy(asDefaultDict(self)),
  __reduce__(self) {
    const d = asDefaultDict(self);
    const f = factoryOf(d);
    const args = f === None ? new PyTuple([]) : new PyTuple([f]);
    return new PyTuple([d.type, args, None, None, callWithSelf(dictType.lookup("items")!, d, [], null)]);
  },
  __or__(self, args) {
    const o = args[0]!;
    if (!(o instanceof PyDict)) return NotImplemented;
    const r = defaultdictCopy(asDefaultDict(self)) as PyDict;
    dictUpdateFrom(r, o);
    return r;
  },
  __ror__(self, args) {
    const o = args[0]!;
    if (!(o instanceof PyDict)) return NotImplemented;
    const d = asDefaultDict(self);
    const r = call(d.type, [factoryOf(d), o], null) as PyDict;
    dictUpdateFrom(r, d);
    return r;
  },
});
defineGetSets(defaultdictType, {
  default_factory: [
    (self) => factoryOf(self),
    (self, v) => {
      asDefaultDict(self).factory = v ?? None;
    },
  ],
});

// ---- _count_elements, _tuplegetter ----

const countElements = builtinFunction(
  "_count_elements",
  (args) => {
    if (args.length !== 2) throw typeError(`_count_elements expected 2 arguments, got ${args.length}`);
    const [mapping, iterable] = args as [PyObject, PyObject];
    const it = getIter(iterable);
    // As CPython: a dict whose type keeps dict's get and __setitem__ (Counter does) is
    // updated in place, without calling them.
    const t = typeOf(mapping);
    const fast =
      mapping instanceof PyDict &&
      t.lookup("get") === dictType.lookup("get") &&
      t.lookup("__setitem__") === dictType.lookup("__setitem__");
    for (;;) {
      const k = iterNext(it);
      if (k === undefined) return None;
      if (fast) {
        const e = mapping.lookup(k);
        mapping.set(k, e === undefined ? 1 : binaryOp(e.value, 1, BinaryOp.Add));
        continue;
      }
      const get = typeOf(mapping).lookup("get");
      const cur = get !== undefined ? callWithSelf(get, mapping, [k, 0], null) : 0;
      const nv = binaryOp(cur, 1, BinaryOp.Add);
      const set = typeOf(mapping).lookup("__setitem__")!;
      callWithSelf(set, mapping, [k, nv], null);
    }
  },
  "_collections",
);

const tuplegetterType = moduleType("_collections", "_tuplegetter", objectType, false);

class TupleGetter implements PyObjectBase {
  type = tuplegetterType;
  constructor(
    readonly index: number,
    public doc: PyObject,
  ) {}
  descrGet(obj: PyObject | null, _owner: PyType): PyObject {
    if (obj === null) return this;
    if (!(obj instanceof PyTuple))
      throw typeError(
        `descriptor for index '${this.index}' for tuple subclasses doesn't apply to '${typeName(obj)}' object`,
      );
    const v = obj.items[this.index];
    if (v === undefined) throw indexError("tuple index out of range");
    return v;
  }
  descrSet(_obj: PyObject, value: PyObject | null): void {
    throw newException(
      exceptionType("AttributeError"),
      value === null ? "can't delete attribute" : "can't set attribute",
    );
  }
}

defineNew(tuplegetterType, (_cls, args: PyObject[], _kw: KwNames) => {
  if (args.length !== 2) throw typeError(`_tuplegetter expected 2 arguments, got ${args.length}`);
  const getter = new TupleGetter(Number(index(args[0]!)), args[1]!);
  if (getter.index >= 0) tupleItemDescriptors.set(getter, getter.index);
  return getter;
});
defineMethods(tuplegetterType, {
  __get__: (self, args) => {
    const o = args[0]!;
    return (self as TupleGetter).descrGet(o === None ? null : o, (args[1] ?? typeOf(o)) as PyType);
  },
  __set__: (self, args) => ((self as TupleGetter).descrSet(args[0]!, args[1]!), None),
  __delete__: (self, args) => ((self as TupleGetter).descrSet(args[0]!, null), None),
  __reduce__: (self) =>
    new PyTuple([tuplegetterType, new PyTuple([(self as TupleGetter).index, (self as TupleGetter).doc])]),
  __repr__: (self) =>
    strFromJS(`_tuplegetter(${(self as TupleGetter).index}, ${reprJS((self as TupleGetter).doc)})`),
});
defineGetSets(tuplegetterType, {
  __doc__: [(self) => (self as TupleGetter).doc, (self, v) => void ((self as TupleGetter).doc = v ?? None)],
});

registerNativeModule("_collections", () => ({
  deque: dequeType,
  defaultdict: defaultdictType,
  OrderedDict: odType,
  _deque_iterator: dequeIterType,
  _deque_reverse_iterator: dequeRevIterType,
  _count_elements: countElements,
  _tuplegetter: tuplegetterType,
}));
