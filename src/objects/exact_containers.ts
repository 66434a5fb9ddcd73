// `iter(x)` and `k in x` for the exact built-in containers, answered without looking up
// `__iter__` / `__contains__` on the type and calling them (CPython reaches the C slots
// tp_iter and sq_contains directly). The types cannot be changed, so their methods are known.
//
// Each function also promises that no Python code runs inside it: it answers undefined
// instead whenever answering would mean calling a user's `__eq__` (a set or list holding an
// object whose hash or value may equal the key's). Compiled code relies on that to skip
// writing its registers back (and, in a direct call, making its frame) before the operation.

import { dictType, frozensetType, listType, rangeType, setType, tupleType } from "./bootstrap.js";
import { exactContainerHooks, hash } from "./abstract.js";
import type { PyObject } from "./object.js";
import { ListIterator, type PyList } from "./list.js";
import { tupleIterType, type PyTuple } from "./tuple.js";
import { SeqIterator } from "./iterators.js";
import { RangeIterator, type PyRange } from "./range.js";
import { findSlotWithoutPython, SetIterator, type PySet } from "./set.js";
import { DictIterator, ITER_KEYS } from "./dict_views.js";
import type { PyDict } from "./dict.js";
import { PyStrIterator } from "./str_methods.js";

/** The iterator `iter(o)` returns when `o` is an exact list, tuple, range, set, frozenset,
 * dict or str; undefined for anything else. */
export function exactIter(o: PyObject): PyObject | undefined {
  if (typeof o !== "object") return typeof o === "string" ? new PyStrIterator(o) : undefined;
  const t = o.type;
  if (t === listType) return new ListIterator(o as PyList);
  if (t === tupleType) return new SeqIterator((o as PyTuple).items, tupleIterType, o);
  if (t === rangeType) return new RangeIterator(o as PyRange);
  if (t === dictType) return new DictIterator(o as PyDict, ITER_KEYS);
  if (t === setType || t === frozensetType) return new SetIterator(o as PySet);
  return undefined;
}

/** `item in o` for an exact set, frozenset, dict, list, tuple or str `o` and an int, str or
 * bool `item`, when no Python code has to run to know; undefined otherwise. */
export function exactContains(o: PyObject, item: PyObject): boolean | undefined {
  const k = typeof item;
  if (k !== "number" && k !== "string" && k !== "boolean") return undefined;
  if (typeof o !== "object")
    return typeof o === "string" && k === "string" ? o.includes(item as string) : undefined;
  const t = o.type;
  if (t === setType || t === frozensetType) {
    const j = findSlotWithoutPython(o as PySet, item, hash(item));
    return j === undefined ? undefined : j >= 0;
  }
  if (t === dictType) return (o as PyDict).hasWithoutPython(item);
  if (t === listType) return scanWithoutPython((o as PyList).items, item);
  if (t === tupleType) return scanWithoutPython((o as PyTuple).items, item);
  return undefined;
}

function scanWithoutPython(items: readonly PyObject[], item: PyObject): boolean | undefined {
  let unsure = false;
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!;
    // An earlier item whose comparison runs Python code (which may raise) comes first.
    if (v === item) return unsure ? undefined : true;
    if (typeof v === typeof item) continue;
    // Mixed primitives (1 and True, 1 and 1.0) and objects are left to the general path.
    unsure = true;
  }
  return unsure ? undefined : false;
}

exactContainerHooks.iter = exactIter;
exactContainerHooks.contains = exactContains;
