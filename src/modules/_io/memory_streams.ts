// What BytesIO and StringIO share (CPython's Modules/_io/bytesio.c and stringio.c): the
// argument conventions of their methods, and the creation of the two built-in types under
// the Python base classes that _io's body defines.

import { None } from "../../objects/bootstrap.js";
import { typeError } from "../../objects/exceptions.js";
import type { KwNames } from "../../objects/function.js";
import { PyDict } from "../../objects/dict.js";
import { isInt, typeOf, type AttributeDict, type PyObject } from "../../objects/object.js";
import { typeName } from "../../objects/names.js";
import { clinicArgs, ssizeArg } from "../../objects/str_args.js";
import type { PyType } from "../../objects/type.js";
import { moduleType } from "../itertools_helpers.js";

/** A built-in `_io` type under a base class that _io's Python body defined. */
export function ioType(name: string, base: PyType): PyType {
  const t = moduleType("_io", name, base);
  t.hasInstanceDict = true;
  return t;
}

/** `_Py_convert_optional_to_ssize_t`: a size that may be None (meaning -1). */
export function optionalSize(v: PyObject | undefined): number {
  if (v === undefined || v === None) return -1;
  if (!isInt(v) && typeof v !== "boolean" && typeOf(v).lookup("__index__") === undefined)
    throw typeError(`argument should be integer or None, not '${typeName(v)}'`);
  return ssizeArg(v);
}

/** Positional-only optional parameters, with Argument Clinic's messages. */
export function positional(
  qualname: string,
  args: PyObject[],
  kwnames: KwNames,
  min: number,
  max: number,
): PyObject[] {
  clinicArgs(qualname.slice(qualname.indexOf(".") + 1), qualname, args, kwnames, min, max);
  return args;
}

/** The instance attributes for `__getstate__`: a copy, or None when there are none (CPython
 * makes the dict only when something is stored). */
export function stateDict(attrs: AttributeDict): PyObject {
  const keys = Object.keys(attrs);
  if (keys.length === 0) return None;
  const d = new PyDict();
  for (const k of keys) d.setStr(k, attrs[k]!);
  return d;
}

/** `__setstate__`'s attributes item (named `which` in the error): None or a dict. */
export function restoreDict(attrs: AttributeDict, dict: PyObject, which: string): void {
  if (dict === None) return;
  if (!(dict instanceof PyDict))
    throw typeError(`${which} item of state should be a dict, got a ${typeName(dict)}`);
  dict.forEach((k, v) => {
    if (typeof k === "string") attrs[k] = v;
  });
}
