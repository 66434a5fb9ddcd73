// The _heapq module that Lib/heapq.py imports (CPython's Modules/_heapqmodule.c): binary
// min-heaps (and the max-heap helpers heapq.merge and nlargest use) kept in a list,
// comparing with `<` only and checking that the list does not change size under a
// comparison.

import { listType, None } from "../objects/bootstrap.js";
import { CompareOp, richCompareBool } from "../objects/abstract.js";
import { indexError, runtimeError, typeError } from "../objects/exceptions.js";
import { PyBuiltinFunction, type KwNames } from "../objects/function.js";
import { builtinDocs } from "../objects/builtin_docs.generated.js";
import { PyList } from "../objects/list.js";
import { typeName } from "../objects/names.js";
import type { PyObject } from "../objects/object.js";
import { registerNativeModule } from "./registry.js";

type Less = (a: PyObject, b: PyObject) => boolean;

const minLess: Less = (a, b) => richCompareBool(a, b, CompareOp.Lt);
const maxLess: Less = (a, b) => richCompareBool(b, a, CompareOp.Lt);

/** Moves the item at `pos` up towards `start` while it is less than its parent. */
function siftDown(heap: PyList, start: number, pos: number, less: Less): void {
  const items = heap.items;
  const size = items.length;
  const newItem = items[pos]!;
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap.items[parentPos]!;
    const lt = less(newItem, parent);
    if (heap.items.length !== size) throw runtimeError("list changed size during iteration");
    if (!lt) break;
    heap.items[pos] = parent;
    pos = parentPos;
  }
  heap.items[pos] = newItem;
}

/** Moves the smaller child up into the hole at `pos` down to a leaf, then sifts the
 * original item back up from there. */
function siftUp(heap: PyList, pos: number, less: Less): void {
  const end = heap.items.length;
  const start = pos;
  const newItem = heap.items[pos]!;
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end) {
      const lt = less(heap.items[child]!, heap.items[right]!);
      if (heap.items.length !== end) throw runtimeError("list changed size during iteration");
      if (!lt) child = right;
    }
    heap.items[pos] = heap.items[child]!;
    pos = child;
    child = 2 * pos + 1;
  }
  heap.items[pos] = newItem;
  siftDown(heap, start, pos, less);
}

function listArg(name: string, v: PyObject, numbered: boolean): PyList {
  if (v instanceof PyList && v.type.isSubtypeOf(listType)) return v;
  // Argument Clinic's wording: None is named as itself, not as NoneType.
  const got = v === None ? "None" : typeName(v);
  throw typeError(`${name}() argument${numbered ? " 1" : ""} must be list, not ${got}`);
}

function check(name: string, args: PyObject[], kwnames: KwNames, n: number): void {
  // The call machinery names the function with its module (_PyObject_FunctionStr); the
  // positional count check of a two-argument function names it bare (Argument Clinic).
  if (kwnames && kwnames.length) throw typeError(`_heapq.${name}() takes no keyword arguments`);
  if (args.length !== n) {
    if (n === 1) throw typeError(`_heapq.${name}() takes exactly one argument (${args.length} given)`);
    throw typeError(`${name} expected ${n} arguments, got ${args.length}`);
  }
}

function pop(heap: PyList, less: Less): PyObject {
  const last = heap.items.pop();
  if (last === undefined) throw indexError("index out of range");
  if (heap.items.length === 0) return last;
  const top = heap.items[0]!;
  heap.items[0] = last;
  siftUp(heap, 0, less);
  return top;
}

function replace(heap: PyList, item: PyObject, less: Less): PyObject {
  if (heap.items.length === 0) throw indexError("index out of range");
  const top = heap.items[0]!;
  heap.items[0] = item;
  siftUp(heap, 0, less);
  return top;
}

function heapify(heap: PyList, less: Less): void {
  for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, less);
}

function fn(name: string, impl: (args: PyObject[], kwnames: KwNames) => PyObject): PyObject {
  return new PyBuiltinFunction(name, name, impl, null, "_heapq", builtinDocs.get(`_heapq.${name}`) ?? null);
}

function heapqModule(): Record<string, PyObject> {
  return {
    heappush: fn("heappush", (args, kw) => {
      check("heappush", args, kw, 2);
      const heap = listArg("heappush", args[0]!, true);
      heap.items.push(args[1]!);
      siftDown(heap, 0, heap.items.length - 1, minLess);
      return None;
    }),
    heappop: fn("heappop", (args, kw) => {
      check("heappop", args, kw, 1);
      return pop(listArg("heappop", args[0]!, false), minLess);
    }),
    heapreplace: fn("heapreplace", (args, kw) => {
      check("heapreplace", args, kw, 2);
      return replace(listArg("heapreplace", args[0]!, true), args[1]!, minLess);
    }),
    heappushpop: fn("heappushpop", (args, kw) => {
      check("heappushpop", args, kw, 2);
      const heap = listArg("heappushpop", args[0]!, true);
      const item = args[1]!;
      if (heap.items.length === 0) return item;
      const top = heap.items[0]!;
      const lt = minLess(top, item);
      if (!lt) return item;
      if (heap.items.length === 0) throw indexError("index out of range");
      const result = heap.items[0]!;
      heap.items[0] = item;
      siftUp(heap, 0, minLess);
      return result;
    }),
    heapify: fn("heapify", (args, kw) => {
      check("heapify", args, kw, 1);
      heapify(listArg("heapify", args[0]!, false), minLess);
      return None;
    }),
    _heappop_max: fn("_heappop_max", (args, kw) => {
      check("_heappop_max", args, kw, 1);
      return pop(listArg("_heappop_max", args[0]!, false), maxLess);
    }),
    _heapreplace_max: fn("_heapreplace_max", (args, kw) => {
      check("_heapreplace_max", args, kw, 2);
      return replace(listArg("_heapreplace_max", args[0]!, true), args[1]!, maxLess);
    }),
    _heapify_max: fn("_heapify_max", (args, kw) => {
      check("_heapify_max", args, kw, 1);
      heapify(listArg("_heapify_max", args[0]!, false), maxLess);
      return None;
    }),
  };
}

registerNativeModule("_heapq", heapqModule);
