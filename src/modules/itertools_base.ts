// What the itertools files share: the iterator base class, the table of declared types
// (the module namespace is built from it), and the argument checks of CPython's
// `__reduce__`/`__setstate__` protocol. Every itertools type pickles the way CPython 3.11's
// do: `__reduce__` returns CPython's exact tuple (a constructor call, often followed by a
// state that `__setstate__` takes back), because the tests compare them and old pickles
// must load. `__setstate__` reads its state as CPython's `PyArg_ParseTuple` and
// `PyLong_AsSsize_t` would, so its errors have CPython's words.

import { None } from "../objects/bootstrap.js";
import { overflowError, typeError } from "../objects/exceptions.js";
import { type KwNames } from "../objects/function.js";
import { asIndex, intValue, SSIZE_MAX } from "../objects/int.js";
import { defineNew, type NativeIter } from "../objects/iterators.js";
import { typeOf, type AttributeDict, type PyObject } from "../objects/object.js";
import { strFromJS } from "../objects/str.js";
import { newTuple, PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { adopt, moduleIterType, shortTypeName } from "./itertools_helpers.js";

export const M = "itertools";

/** Base of the iterator objects: a type (possibly a Python subclass) and its dict. */
export abstract class ItIter implements NativeIter {
  dict: AttributeDict | null = null;
  constructor(public type: PyType) {}
  abstract nextValue(): PyObject | undefined;
}

/** Every public type, by name, for the module namespace. */
export const declared = new Map<string, PyType>();

export function declare<T extends ItIter>(
  name: string,
  make: (cls: PyType, args: PyObject[], kwnames: KwNames) => T,
  subclassable = true,
): PyType {
  const t = moduleIterType(M, name, subclassable);
  defineNew(t, (cls, args, kwnames) => adopt(make(cls, args, kwnames), cls));
  declared.set(name, t);
  return t;
}

export function reprOf(self: PyObject, body: string): PyObject {
  return strFromJS(`${shortTypeName(typeOf(self))}(${body})`);
}

/** A tuple of the given items (CPython's `Py_BuildValue("(...)")`). */
export function tuple(...items: PyObject[]): PyTuple {
  return newTuple(items);
}

/** The items of a `__setstate__` state parsed with `PyArg_ParseTuple`: it must be a tuple
 * ("state is not a tuple" is the check the callers make first) of min..max items. */
export function stateItems(state: PyObject, min: number, max: number): PyObject[] {
  if (!(state instanceof PyTuple)) throw typeError("state is not a tuple");
  const n = state.items.length;
  if (n >= min && n <= max) return state.items;
  const want = n < min ? min : max;
  const how = min === max ? "exactly" : n < min ? "at least" : "at most";
  throw typeError(`function takes ${how} ${want} argument${want === 1 ? "" : "s"} (${n} given)`);
}

/** `PyArg_ParseTuple`'s "O!" check: "argument 1 must be list, not tuple". */
export function stateArgOfType(v: PyObject, position: number, t: PyType): void {
  if (typeOf(v).isSubtypeOf(t)) return;
  const got = v === None ? "None" : typeOf(v).name;
  throw typeError(`argument ${position} must be ${t.name}, not ${got}`);
}

const INT_MAX = 2 ** 31 - 1;
const LONG_MIN = -SSIZE_MAX - 1n;

/** `PyArg_ParseTuple`'s "i": a C int, through `__index__`. */
export function stateCInt(v: PyObject): number {
  const n = asIndex(v);
  if (typeof n === "bigint" && (n > SSIZE_MAX || n < LONG_MIN))
    throw overflowError("Python int too large to convert to C long");
  if (n > INT_MAX) throw overflowError("signed integer is greater than maximum");
  if (n < -INT_MAX - 1) throw overflowError("signed integer is less than minimum");
  return Number(n);
}

/** `PyLong_AsSsize_t`: an int proper (no `__index__`), as a JS number. Values past 2**53
 * lose precision, which is harmless where the callers clamp them to a size. */
export function stateSsize(v: PyObject): number {
  const n = intValue(v);
  if (n === undefined) throw typeError("an integer is required");
  if (typeof n === "bigint" && (n > SSIZE_MAX || n < LONG_MIN))
    throw overflowError("Python int too large to convert to C ssize_t");
  return Number(n);
}

/** `PyArg_Parse`'s "n" (`PyNumber_AsSsize_t` through `__index__`), exact. */
export function ssizeArg(v: PyObject): number | bigint {
  const n = asIndex(v);
  if (typeof n === "bigint" && (n > SSIZE_MAX || n < LONG_MIN))
    throw overflowError("Python int too large to convert to C ssize_t");
  return n;
}
