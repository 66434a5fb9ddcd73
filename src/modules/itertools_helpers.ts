// What the native modules written for Lib (itertools, _collections, _functools,
// _operator, ...) share: declaring a module's built-in type with CPython's dotted tp_name
// ("itertools.count", whose `__name__` is "count"), building instances of it or of a Python
// subclass, iterator protocol methods over `nextValue()`, and small argument checks.

import { objectType, typeType } from "../objects/bootstrap.js";
import { attributesView } from "../objects/descriptors.js";
import { adoptAsAttributes, PyDict } from "../objects/dict.js";
import { newException, StopIteration_, typeError } from "../objects/exceptions.js";
import { defineMethods, type KwNames, type MethodCall } from "../objects/function.js";
import { newAttributeDict, type AttributeDict, type PyObject, type PyObjectBase } from "../objects/object.js";
import { typeName } from "../objects/names.js";
import { isStr, jsString } from "../objects/str.js";
import { PyType } from "../objects/type.js";
import type { NativeIter } from "../objects/iterators.js";

/** A built-in type of a native module: tp_name "module.name", `__name__` "name". */
export function moduleType(
  module: string,
  name: string,
  base: PyType = objectType,
  subclassable = true,
): PyType {
  const t = new PyType(typeType, `${module}.${name}`, [base], true);
  t.qualname = name;
  t.isBaseType = subclassable;
  t.dict.set("__module__", module);
  return t;
}

/** A module's iterator type: `__iter__` returns self, `__next__` calls `nextValue()`. */
export function moduleIterType(module: string, name: string, subclassable = true): PyType {
  const t = moduleType(module, name, objectType, subclassable);
  defineMethods(t, iterMethods);
  return t;
}

export const iterMethods: Record<string, MethodCall> = {
  __iter__: (self) => self,
  __next__: (self) => {
    const v = (self as NativeIter).nextValue();
    if (v === undefined) throw newException(StopIteration_);
    return v;
  },
};

/** The name a repr shows for an instance: the short name of its (sub)class. */
export function shortTypeName(t: PyType): string {
  return t.name.slice(t.name.lastIndexOf(".") + 1);
}

/** Sets a Python subclass's type and instance dict on a freshly built instance. */
export function adopt<T extends PyObjectBase & { dict: AttributeDict | null }>(o: T, cls: PyType): T {
  o.type = cls;
  if (cls.hasInstanceDict && o.dict === null) o.dict = newAttributeDict();
  return o;
}

/** The `__dict__` getset of a type whose instances make their attribute dict on first use
 * (CPython's PyObject_GenericGetDict / PyObject_GenericSetDict). */
export const instanceDictGetSet: [
  (self: PyObject) => PyObject,
  (self: PyObject, v: PyObject | null) => void,
] = [
  (self) => attributesView(self),
  (self, v) => {
    if (v === null) throw typeError("cannot delete __dict__");
    if (!(v instanceof PyDict))
      throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
    (self as unknown as { dict: AttributeDict | null }).dict = adoptAsAttributes(v);
  },
];

/** The str-keyed entries of a dict as an instance attribute dict. */
export function attributeDictOf(d: PyDict): AttributeDict {
  const attrs = newAttributeDict();
  d.forEach((k, v) => {
    if (isStr(k)) attrs[jsString(k)] = v;
  });
  return attrs;
}

/** Positional arguments and keyword pairs of a vectorcall. */
export function splitArgs(args: PyObject[], kwnames: KwNames): { pos: PyObject[]; kw: [string, PyObject][] } {
  const nkw = kwnames ? kwnames.length : 0;
  const pos = args.slice(0, args.length - nkw);
  const kw: [string, PyObject][] = [];
  for (let i = 0; i < nkw; i++) kw.push([kwnames![i]!, args[pos.length + i]!]);
  return { pos, kw };
}

/** `_PyArg_NoKeywords` as CPython's constructors apply it: to the type itself and to
 * subclasses that keep its `__init__` (one that defines `__init__` may take keywords). */
export function noKeywordsFor(name: string, cls: PyType, base: PyType, kwnames: KwNames): void {
  if (!kwnames || kwnames.length === 0) return;
  if (cls === base || cls.lookup("__init__") === base.lookup("__init__"))
    throw typeError(`${name}() takes no keyword arguments`);
}

/** `PyArg_UnpackTuple`'s count check: "name expected at least 1 argument, got 0". */
export function checkArgCount(name: string, n: number, min: number, max: number): void {
  if (n < min)
    throw typeError(
      `${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`,
    );
  if (n > max)
    throw typeError(
      `${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`,
    );
}

export { parseKw } from "../objects/function.js";
