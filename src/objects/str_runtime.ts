// What the text and bytes types use from the rest of the object layer, gathered in one
// place: the abstract operations of docs/runtime.md and the container types' classes.

export {
  ascii,
  getItem,
  getIter,
  index,
  isInstance,
  iterNext,
  len,
  lengthHint,
  repr,
  reprJS,
  str,
  strJS,
  toArray,
  format,
  richCompareBool,
} from "./abstract.js";
export { getAttr, callMethod } from "./attributes.js";
export { PyTuple } from "./tuple.js";
export { PyList } from "./list.js";
export { PyDict } from "./dict.js";
export { PySlice } from "./slice.js";

import { floatType } from "./bootstrap.js";
import type { PyObject } from "./object.js";

/** The double inside a float (or float subclass instance), else undefined. float.ts
 * keeps it in `value`. */
export function floatValue(v: PyObject): number | undefined {
  if (typeof v !== "object" || !v.type.isSubtypeOf(floatType)) return undefined;
  return (v as unknown as { value: number }).value;
}
