// The built-in iterable types: `iter(callable, sentinel)`'s callable_iterator, and
// enumerate, zip, map, filter and reversed as types (callable, subclassable as in
// CPython), each with `nextValue()` for native loops and `__next__` for Python. Instances
// of Python subclasses are the same JS classes with `type` set to the subclass; since
// such types are not built-in, `iterNext` reaches them through `__next__`, so an
// override in the subclass is honoured.

import { boolType, dictType, None, objectType, typeType } from "./bootstrap.js";
import { call, callWithSelf } from "./call.js";
import { CompareOp, getIter, getItem, index, isTrue, iterNext, len, richCompareBool } from "./abstract.js";
import {
  exceptionType,
  isException,
  newException,
  StopIteration_,
  typeError,
  valueError,
} from "./exceptions.js";
import { defineClassMethods, defineMethods, type KwNames, type MethodCall } from "./function.js";
import {
  newAttributeDict,
  normaliseInt,
  typeOf,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
} from "./object.js";
import { typeName } from "./names.js";
import { PyType } from "./type.js";
import {
  clampIndex,
  classGetItemOf,
  defineNew,
  iteratorType,
  reduceWithBuiltin,
  SeqIterator,
  stateIndex,
  type NativeIter,
} from "./iterators.js";
import { emptyTuple, newTuple, PyTuple } from "./tuple.js";
import { ListIterator } from "./list.js";
// The range type is published through the builtins module, which loads this one.
import { RangeIterator } from "./range.js";

function isStopIteration(e: unknown): boolean {
  return isException(e) && e.type.isSubtypeOf(StopIteration_);
}

// ---- callable_iterator ----

export const callableIteratorType = iteratorType("callable_iterator");

/** `iter(callable, sentinel)`: calls until the result equals the sentinel. */
export class PyCallableIterator implements NativeIter {
  type = callableIteratorType;
  constructor(
    public callable: PyObject | null,
    public sentinel: PyObject | null,
  ) {}
  nextValue(): PyObject | undefined {
    const f = this.callable;
    if (f === null) return undefined;
    let v: PyObject;
    try {
      v = call(f, [], null);
    } catch (e) {
      if (isStopIteration(e)) {
        this.callable = this.sentinel = null;
        return undefined;
      }
      throw e;
    }
    // The call may have exhausted this iterator reentrantly (gh-101892): then it is over.
    const sentinel = this.sentinel;
    if (sentinel === null) return undefined;
    if (richCompareBool(sentinel, v, CompareOp.Eq)) {
      this.callable = this.sentinel = null;
      return undefined;
    }
    return v;
  }
}

defineMethods(callableIteratorType, {
  __reduce__: (self) =>
    reduceWithBuiltin("iter", () => {
      const it = self as PyCallableIterator;
      return it.callable !== null && it.sentinel !== null ? [[it.callable, it.sentinel]] : [[emptyTuple]];
    }),
});

export function callableIterator(fn: PyObject, sentinel: PyObject): PyObject {
  return new PyCallableIterator(fn, sentinel);
}

// ---- declaring the subclassable iterator types ----

function subclassableIterType(name: string, lengthHint: boolean): PyType {
  const t = new PyType(typeType, name, [objectType], true);
  const methods: Record<string, MethodCall> = {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as NativeIter).nextValue();
      if (v === undefined) throw newException(StopIteration_);
      return v;
    },
  };
  if (lengthHint) methods.__length_hint__ = (self) => (self as NativeIter).lengthHint!();
  defineMethods(t, methods);
  return t;
}

/** Sets the subclass's type and attribute dictionary on a freshly built instance. */
function adopt<T extends PyObjectBase & { dict: AttributeDict | null }>(o: T, cls: PyType): T {
  o.type = cls;
  if (cls.hasInstanceDict) o.dict = newAttributeDict();
  return o;
}

function splitArgs(args: PyObject[], kwnames: KwNames): { pos: PyObject[]; kw: [string, PyObject][] } {
  const nkw = kwnames ? kwnames.length : 0;
  const pos = args.slice(0, args.length - nkw);
  const kw: [string, PyObject][] = [];
  for (let i = 0; i < nkw; i++) kw.push([kwnames![i]!, args[pos.length + i]!]);
  return { pos, kw };
}

/** `_PyArg_NoKeywords` for the type and for subclasses that keep its `__init__`. */
function noKeywordsFor(name: string, cls: PyType, base: PyType, kwnames: KwNames): void {
  if (!kwnames || kwnames.length === 0) return;
  if (cls === base || cls.lookup("__init__") === base.lookup("__init__"))
    throw typeError(`${name}() takes no keyword arguments`);
}

/** Whether `it` is an exact enumerate or non-strict zip over lists, tuples and ranges:
 * then its next value runs no Python code and raises nothing (compiled loops call it
 * directly). */
export function plainSources(it: PyEnumerate | PyZip): boolean {
  if (it instanceof PyEnumerate) return it.type === enumerateType && plainSource(it.iterator);
  if (it.type !== zipType || it.strict) return false;
  const its = it.iterators;
  for (let i = 0; i < its.length; i++) if (!plainSource(its[i]!)) return false;
  return true;
}

function plainSource(it: PyObject): boolean {
  return it instanceof ListIterator || it instanceof RangeIterator || it instanceof SeqIterator;
}

// ---- enumerate ----

export const enumerateType = subclassableIterType("enumerate", false);

export class PyEnumerate implements NativeIter {
  type = enumerateType;
  dict: AttributeDict | null = null;
  constructor(
    public iterator: PyObject,
    public count: number | bigint,
  ) {}
  nextValue(): PyObject | undefined {
    const it = this.iterator;
    // A list's iterator (the usual case) is called as itself: iterNext's call site sees
    // every kind of iterator.
    const v = it instanceof ListIterator ? it.nextValue() : iterNext(it);
    if (v === undefined) return undefined;
    const i = this.count;
    if (typeof i === "number" && i < Number.MAX_SAFE_INTEGER) this.count = i + 1;
    else this.count = normaliseInt(BigInt(i) + 1n);
    return new PyTuple([i, v]);
  }
}

defineNew(enumerateType, (cls, args, kwnames) => {
  const { pos, kw } = splitArgs(args, kwnames);
  let iterable: PyObject | undefined = pos[0];
  let start: PyObject | undefined = pos[1];
  if (pos.length > 2)
    throw typeError(`enumerate() takes at most 2 arguments (${pos.length + kw.length} given)`);
  for (const [name, value] of kw) {
    if (name === "iterable" && iterable === undefined) iterable = value;
    else if (name === "start" && start === undefined) start = value;
    else if (name === "iterable" || name === "start")
      throw typeError(
        `argument for enumerate() given by name ('${name}') and position (${name === "iterable" ? 1 : 2})`,
      );
    else throw typeError(`'${name}' is an invalid keyword argument for enumerate()`);
  }
  if (iterable === undefined) throw typeError("enumerate() missing required argument 'iterable'");
  let count: number | bigint = 0;
  if (start !== undefined) {
    if (
      typeof start !== "number" &&
      typeof start !== "bigint" &&
      typeof start !== "boolean" &&
      typeOf(start).lookup("__index__") === undefined
    )
      throw typeError(`'${typeName(start)}' object cannot be interpreted as an integer`);
    count = index(start);
  }
  return adopt(new PyEnumerate(getIter(iterable), count), cls);
});

defineClassMethods(enumerateType, { __class_getitem__: classGetItemOf(enumerateType) });
defineMethods(enumerateType, {
  __reduce__(self) {
    const en = self as PyEnumerate;
    return newTuple([typeOf(self), newTuple([en.iterator, en.count])]);
  },
});

// ---- zip ----

export const zipType = subclassableIterType("zip", false);

export class PyZip implements NativeIter {
  type = zipType;
  dict: AttributeDict | null = null;
  constructor(
    public iterators: PyObject[],
    public strict: boolean,
  ) {}
  // Like CPython's, a zip keeps no "exhausted" state: each call asks its iterators again,
  // so iterators that restart after StopIteration make it yield again.
  nextValue(): PyObject | undefined {
    const its = this.iterators;
    if (its.length === 0) return undefined;
    const items = new Array<PyObject>(its.length);
    for (let i = 0; i < its.length; i++) {
      const it = its[i]!;
      const v = it instanceof ListIterator ? it.nextValue() : iterNext(it);
      if (v === undefined) {
        if (this.strict) this.strictCheck(its, i);
        return undefined;
      }
      items[i] = v;
    }
    return new PyTuple(items);
  }
  private strictCheck(its: PyObject[], i: number): void {
    if (i > 0) {
      const plural = i === 1 ? " " : "s 1-";
      throw valueError(`zip() argument ${i + 1} is shorter than argument${plural}${i}`);
    }
    for (let j = 1; j < its.length; j++) {
      if (iterNext(its[j]!) !== undefined) {
        const plural = j === 1 ? " " : "s 1-";
        throw valueError(`zip() argument ${j + 1} is longer than argument${plural}${j}`);
      }
    }
  }
}

defineMethods(zipType, {
  __reduce__(self) {
    const z = self as PyZip;
    const its = newTuple(z.iterators);
    return newTuple(z.strict ? [typeOf(self), its, true] : [typeOf(self), its]);
  },
  __setstate__(self, args) {
    if (args.length !== 1) throw typeError(`expected 1 argument, got ${args.length}`);
    (self as PyZip).strict = isTrue(args[0]!);
    return None;
  },
});

defineNew(zipType, (cls, args, kwnames) => {
  const { pos, kw } = splitArgs(args, kwnames);
  let strict = false;
  for (const [name, value] of kw) {
    if (name === "strict") strict = isTrue(value);
    else throw typeError(`'${name}' is an invalid keyword argument for zip()`);
  }
  return adopt(new PyZip(pos.map(getIter), strict), cls);
});

// ---- map ----

export const mapType = subclassableIterType("map", false);

export class PyMap implements NativeIter {
  type = mapType;
  dict: AttributeDict | null = null;
  constructor(
    readonly func: PyObject,
    readonly iterators: PyObject[],
  ) {}
  nextValue(): PyObject | undefined {
    const its = this.iterators;
    if (its.length === 1) {
      const v = iterNext(its[0]!);
      return v === undefined ? undefined : call(this.func, [v], null);
    }
    const items = new Array<PyObject>(its.length);
    for (let i = 0; i < its.length; i++) {
      const it = its[i]!;
      const v = it instanceof ListIterator ? it.nextValue() : iterNext(it);
      if (v === undefined) return undefined;
      items[i] = v;
    }
    return call(this.func, items, null);
  }
}

defineMethods(mapType, {
  __reduce__(self) {
    const m = self as PyMap;
    return newTuple([typeOf(self), newTuple([m.func, ...m.iterators])]);
  },
});

defineNew(mapType, (cls, args, kwnames) => {
  noKeywordsFor("map", cls, mapType, kwnames);
  const { pos } = splitArgs(args, kwnames);
  if (pos.length < 2) throw typeError("map() must have at least two arguments.");
  return adopt(new PyMap(pos[0]!, pos.slice(1).map(getIter)), cls);
});

// ---- filter ----

export const filterType = subclassableIterType("filter", false);

export class PyFilter implements NativeIter {
  type = filterType;
  dict: AttributeDict | null = null;
  constructor(
    readonly func: PyObject,
    readonly iterator: PyObject,
  ) {}
  nextValue(): PyObject | undefined {
    const f = this.func;
    for (;;) {
      const v = iterNext(this.iterator);
      if (v === undefined) return undefined;
      const ok = f === None || f === boolType ? isTrue(v) : isTrue(call(f, [v], null));
      if (ok) return v;
    }
  }
}

defineMethods(filterType, {
  __reduce__(self) {
    const f = self as PyFilter;
    return newTuple([typeOf(self), newTuple([f.func, f.iterator])]);
  },
});

defineNew(filterType, (cls, args, kwnames) => {
  noKeywordsFor("filter", cls, filterType, kwnames);
  const { pos } = splitArgs(args, kwnames);
  if (pos.length !== 2) throw typeError(`filter expected 2 arguments, got ${pos.length}`);
  return adopt(new PyFilter(pos[0]!, getIter(pos[1]!)), cls);
});

// ---- reversed ----

export const reversedType = subclassableIterType("reversed", true);

/** reversed() over the sequence protocol (`__len__` + `__getitem__`). */
export class PyReversed implements NativeIter {
  type = reversedType;
  dict: AttributeDict | null = null;
  constructor(
    public seq: PyObject | null,
    public index: number,
  ) {}
  nextValue(): PyObject | undefined {
    const seq = this.seq;
    if (seq === null) return undefined;
    if (this.index >= 0) {
      try {
        const v = getItem(seq, this.index);
        this.index--;
        return v;
      } catch (e) {
        if (!isException(e) || !(e.type.isSubtypeOf(IndexError_) || isStopIteration(e))) throw e;
      }
    }
    this.index = -1;
    this.seq = null;
    return undefined;
  }
  lengthHint(): number {
    if (this.seq === null) return 0;
    const n = len(this.seq);
    return this.index < n ? this.index + 1 : 0;
  }
}

const IndexError_ = exceptionType("IndexError");

defineMethods(reversedType, {
  __reduce__(self) {
    const r = self as PyReversed;
    return r.seq === null
      ? newTuple([typeOf(self), newTuple([emptyTuple])])
      : newTuple([typeOf(self), newTuple([r.seq]), r.index]);
  },
  __setstate__(self, args) {
    const r = self as PyReversed;
    const i = stateIndex(args[0]);
    if (r.seq !== null) r.index = clampIndex(i, -1, len(r.seq) - 1);
    return None;
  },
});

defineNew(reversedType, (cls, args, kwnames) => {
  noKeywordsFor("reversed", cls, reversedType, kwnames);
  const { pos } = splitArgs(args, kwnames);
  if (pos.length !== 1) throw typeError(`reversed expected 1 argument, got ${pos.length}`);
  const seq = pos[0]!;
  const t = typeOf(seq);
  const rev = t.lookup("__reversed__");
  if (rev === None) throw typeError(`'${t.name}' object is not reversible`);
  if (rev !== undefined) return callWithSelf(rev, seq, [], null);
  if (t.lookup("__getitem__") === undefined || t.lookup("__len__") === undefined || t.isSubtypeOf(dictType))
    throw typeError(`'${t.name}' object is not reversible`);
  const n = len(seq);
  return adopt(new PyReversed(seq, n - 1), cls);
});

/** The types to publish in `builtins` (registered by the builtins module). */
export const builtinIterableTypes: [string, PyType][] = [
  ["enumerate", enumerateType],
  ["zip", zipType],
  ["map", mapType],
  ["filter", filterType],
  ["reversed", reversedType],
];
