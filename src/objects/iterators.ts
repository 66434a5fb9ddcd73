// What the container types share: built-in iterator types (`nextValue()` for native loops,
// `__next__` / `__iter__` / `__length_hint__` for Python), the repr recursion guard
// (Py_ReprEnter), index and slice-argument normalisation, lexicographic comparison of
// item arrays, and the `__new__` / `__class_getitem__` declarations.

import { None, objectType, typeType } from "./bootstrap.js";
import { abstractHooks, CompareOp, index, richCompare, richCompareBool } from "./abstract.js";
import {
  exceptionType,
  indexError,
  newException,
  StopIteration_,
  typeError,
  overflowError,
} from "./exceptions.js";
import {
  defineClassMethods,
  defineMethods,
  nativeNews,
  PyBuiltinFunction,
  type KwNames,
  type MethodCall,
} from "./function.js";
import { typeOf, type PyObject, type PyObjectBase } from "./object.js";
import { typeName } from "./names.js";
import { PyType } from "./type.js";

// ---- repr recursion (Py_ReprEnter / Py_ReprLeave) ----

// A stack searched linearly, as CPython's list is: it holds only the containers being
// repr'd on the way down, and a Set's add and delete for every repr() of a list cost a
// tenth of `repr([1, 2, 3])` (V8 shrinks the table as it empties).
const reprActive: object[] = [];

/** False when `o` is already being repr'd further up the stack (print `[...]`). */
export function reprEnter(o: object): boolean {
  for (let i = reprActive.length - 1; i >= 0; i--) if (reprActive[i] === o) return false;
  reprActive.push(o);
  return true;
}

export function reprLeave(o: object): void {
  const i = reprActive.lastIndexOf(o);
  if (i === reprActive.length - 1) reprActive.pop();
  else if (i >= 0) reprActive.splice(i, 1);
}

// ---- iterator types ----

/** A built-in iterator: the contract of abstract.ts's `iterNext`. */
export interface NativeIter extends PyObjectBase {
  nextValue(): PyObject | undefined;
  lengthHint?(): number;
}

/** A non-subclassable built-in iterator type with `__iter__`, `__next__` and, when the
 * instances have `lengthHint`, `__length_hint__`. */
export function iteratorType(name: string, withLengthHint = false): PyType {
  const t = new PyType(typeType, name, [objectType], true);
  t.isBaseType = false;
  t.disallowInstantiation = true;
  const methods: Record<string, MethodCall> = {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as NativeIter).nextValue();
      if (v === undefined) throw newException(StopIteration_);
      return v;
    },
  };
  if (withLengthHint) methods.__length_hint__ = (self) => (self as NativeIter).lengthHint!();
  defineMethods(t, methods);
  return t;
}

/** Iterates over an array that does not change (tuples). */
export class SeqIterator implements NativeIter {
  index = 0;
  constructor(
    public items: PyObject[] | null,
    public type: PyType,
    /** The sequence that owns `items`, for `__reduce__`. */
    public source: PyObject | null = null,
  ) {}
  nextValue(): PyObject | undefined {
    const items = this.items;
    if (items === null) return undefined;
    if (this.index < items.length) return items[this.index++];
    this.items = null;
    this.source = null;
    return undefined;
  }
  lengthHint(): number {
    return this.items === null ? 0 : this.items.length - this.index;
  }
  static makeType(name: string): PyType {
    return iteratorType(name, true);
  }
}

// ---- pickling (`__reduce__` / `__setstate__` of the built-in iterators) ----

/** `builtins.iter` / `builtins.reversed` for the iterators' `__reduce__`: set by
 * descriptors.ts, which reaches the builtins module through the VM. */
export const iteratorHooks: { builtin: (name: string) => PyObject } = {
  builtin: (name) => {
    throw typeError(`cannot reach builtins.${name}`);
  },
};

/** `(builtins.<name>, (args...))`, plus the state when there is one. The builtin is looked
 * up before the caller reads the iterator's fields: as in CPython, the lookup may run
 * Python code (a key's `__eq__`) that exhausts the iterator (gh-101033). */
export function reduceWithBuiltin(name: string, parts: () => [PyObject[], PyObject?]): PyObject {
  const fn = iteratorHooks.builtin(name);
  const [args, state] = parts();
  const r = [fn, tupleOf(args)];
  if (state !== undefined) r.push(state);
  return tupleOf(r);
}

/** The index of an iterator's `__setstate__`, a C ssize_t as PyLong_AsSsize_t reads it. */
export function stateIndex(state: PyObject | undefined): number {
  if (state === undefined) throw typeError("expected 1 argument, got 0");
  if (typeof state !== "number" && typeof state !== "bigint" && typeof state !== "boolean")
    throw typeError(`'${typeName(state)}' object cannot be interpreted as an integer`);
  const i = index(state);
  if (typeof i === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
  return i;
}

/** `index` clipped into [lo, hi], as the iterators' `__setstate__` do. */
export function clampIndex(i: number, lo: number, hi: number): number {
  return i < lo ? lo : i > hi ? hi : i;
}

// ---- declarations ----

/** Installs `cls.__new__(cls, *args)` as CPython's tp_new wrapper: a built-in whose first
 * argument is the class, which must be a subtype of `type`. */
export function defineNew(
  type: PyType,
  impl: (cls: PyType, args: PyObject[], kwnames: KwNames) => PyObject,
): void {
  const fn = new PyBuiltinFunction(
    "__new__",
    `${type.name}.__new__`,
    (args, kwnames) => {
      const nkw = kwnames ? kwnames.length : 0;
      if (args.length - nkw < 1) throw typeError(`${type.name}.__new__(): not enough arguments`);
      const cls = args[0]!;
      if (!(cls instanceof PyType))
        throw typeError(`${type.name}.__new__(X): X is not a type object (${typeName(cls)})`);
      if (!cls.isSubtypeOf(type))
        throw typeError(`${type.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${type.name}`);
      return impl(cls, args.slice(1), kwnames);
    },
    type,
  );
  nativeNews.set(fn, { owner: type, impl });
  type.dict.set("__new__", fn);
  type.modified();
}

/** `__class_getitem__` of `type`: `list[int]` as a `types.GenericAlias` (typeobject.ts's,
 * through the abstract layer's hook, since this module loads before it). */
export function classGetItemOf(type: PyType): MethodCall {
  const qualname = `${type.name.slice(type.name.lastIndexOf(".") + 1)}.__class_getitem__`;
  return (self, args, kwnames) => {
    noKeywords(qualname, kwnames);
    if (args.length !== 1) throw typeError(`${qualname}() takes exactly one argument (${args.length} given)`);
    return abstractHooks.genericAlias!(self, args[0]!);
  };
}

/** Installs `__class_getitem__` as a class method. */
export function defineClassGetItem(type: PyType): void {
  defineClassMethods(type, { __class_getitem__: classGetItemOf(type) });
}

/** Set by tuple.ts (which imports this module) to build tuples without an import cycle at
 * load time. */
export let tupleOf: (items: PyObject[]) => PyObject = () => None;
export function setTupleFactory(f: (items: PyObject[]) => PyObject): void {
  tupleOf = f;
}

// ---- argument helpers ----

export function noKeywords(name: string, kwnames: KwNames): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** Wraps a negative index once (`i + len` when negative). A bigint index does not fit a
 * C ssize_t: IndexError, as PyNumber_AsSsize_t(item, PyExc_IndexError). */
export function normaliseIndex(i: number | bigint, len: number): number {
  if (typeof i === "bigint") throw indexError("cannot fit 'int' into an index-sized integer");
  return i < 0 ? i + len : i;
}

/** An int argument converted to a C ssize_t (argument clinic): OverflowError beyond. */
export function ssizeArg(i: number | bigint): number {
  if (typeof i === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
  return i;
}

/** An index argument clipped into [0, len] like `_PyEval_SliceIndex` + adjustment, for
 * `index(x, start, stop)`. */
export function clipIndex(v: PyObject, len: number): number {
  if (v === None) throw typeError("slice indices must be integers or have an __index__ method");
  let i: number | bigint;
  if (typeof v === "number") i = v;
  else {
    if (typeOf(v).lookup("__index__") === undefined)
      throw typeError("slice indices must be integers or have an __index__ method");
    i = index(v);
  }
  if (typeof i === "bigint") return i < 0n ? 0 : len;
  if (i < 0) return Math.max(0, i + len);
  return Math.min(i, len);
}

/** The arguments of `seq.index(x, start=0, stop=len, /)`. */
export function sequenceIndexArgs(
  name: string,
  args: PyObject[],
  kwnames: KwNames,
  len: number,
): [PyObject, number, number] {
  noKeywords(name, kwnames);
  if (args.length < 1) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length > 3) throw typeError(`${name} expected at most 3 arguments, got ${args.length}`);
  const start = args.length > 1 ? clipIndex(args[1]!, len) : 0;
  const stop = args.length > 2 ? clipIndex(args[2]!, len) : len;
  return [args[0]!, start, stop];
}

// ---- repetition (sq_repeat) ----

/** The most items a JavaScript array holds here: V8 keeps at most about 2**27 of them in
 * one backing store, and growing past half of that needs the whole of it at once. */
export const MAX_ARRAY_ITEMS = 2 ** 26;
/** V8's longest string (code units). */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;
/** The largest bytes or bytearray this runtime allocates in one piece. */
export const MAX_BYTES_LENGTH = 2 ** 31 - 1;

const SSIZE_MAX = 2n ** 63n - 1n;
const SSIZE_MIN = -(2n ** 63n);

/** How a sequence type refuses a repetition that is too long. CPython compares the result's
 * length with sys.maxsize and raises `tooLong` as an OverflowError (str, bytes) or, without
 * one, MemoryError (list, tuple, bytearray, array); beyond `maxLength`, what this runtime
 * can allocate, it is MemoryError too. */
export interface RepeatLimit {
  maxLength: number;
  tooLong?: string;
}

export const ARRAY_REPEAT: RepeatLimit = { maxLength: MAX_ARRAY_ITEMS };

/** The count of `seq * n` for a sequence of `length` items (0 when n <= 0), or undefined
 * when `n` has no `__index__` (NotImplemented). `n` is a Py_ssize_t, as in CPython's
 * PyNumber_AsSsize_t(n, PyExc_OverflowError). */
export function repeatCount(n: PyObject, length: number, limit: RepeatLimit): number | undefined {
  let v: number | bigint;
  if (typeof n === "number") v = n;
  else if (typeof n === "boolean") v = n ? 1 : 0;
  else {
    if (typeof n !== "bigint" && typeOf(n).lookup("__index__") === undefined) return undefined;
    v = index(n);
  }
  if (typeof v === "bigint" && (v > SSIZE_MAX || v < SSIZE_MIN))
    throw overflowError(`cannot fit '${typeName(n)}' into an index-sized integer`);
  if (v <= 0 || length === 0) return 0;
  const total = length * Number(v);
  if (total > Number.MAX_SAFE_INTEGER && BigInt(length) * BigInt(v) > SSIZE_MAX) {
    if (limit.tooLong !== undefined) throw overflowError(limit.tooLong);
    throw newException(exceptionType("MemoryError"));
  }
  if (total > limit.maxLength) throw newException(exceptionType("MemoryError"));
  return Number(v);
}

// ---- comparison ----

/** Lexicographic comparison of two sequences (list and tuple richcompare): the first
 * unequal pair decides, else the lengths. The item arrays are read again at every step, as
 * an item's `__eq__` may mutate a list (bpo-38588). */
export function compareSequences(
  a: { readonly items: PyObject[] },
  b: { readonly items: PyObject[] },
  op: CompareOp,
): PyObject {
  if (a.items.length !== b.items.length && (op === CompareOp.Eq || op === CompareOp.Ne))
    return op === CompareOp.Ne;
  let i = 0;
  for (; i < a.items.length && i < b.items.length; i++) {
    const x = a.items[i]!,
      y = b.items[i]!;
    if (x === y) continue;
    if (!richCompareBool(x, y, CompareOp.Eq)) break;
  }
  const la = a.items.length,
    lb = b.items.length;
  if (i >= la || i >= lb) {
    switch (op) {
      case CompareOp.Lt:
        return la < lb;
      case CompareOp.Le:
        return la <= lb;
      case CompareOp.Eq:
        return la === lb;
      case CompareOp.Ne:
        return la !== lb;
      case CompareOp.Gt:
        return la > lb;
      default:
        return la >= lb;
    }
  }
  if (op === CompareOp.Eq) return false;
  if (op === CompareOp.Ne) return true;
  return richCompare(a.items[i]!, b.items[i]!, op);
}
