// Names of things as CPython's error messages spell them.

import { typeOf, type PyObject } from "./object.js";

/** `Py_TYPE(obj)->tp_name`: the type's name (qualified for nothing but builtins' dotted
 * names, which CPython keeps as written). */
export function typeName(obj: PyObject): string {
  return typeOf(obj).name;
}
