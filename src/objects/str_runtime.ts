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
export { PyFloat } from "./float.js";
