// The built-in iterable types: `iter(callable, sentinel)`'s callable_iterator, and
// enumerate, zip, map, filter and reversed as types (callable, subclassable where CPython
// allows it), each with `nextValue()` for native loops.

import { objectType, typeType } from "./bootstrap.js";
import { call } from "./call.js";
import { CompareOp, richCompareBool } from "./abstract.js";
import type { PyObject } from "./object.js";
import { PyType } from "./type.js";
import { iteratorType, type NativeIter } from "./iterators.js";

void objectType;
void typeType;
void PyType;

export const callableIteratorType = iteratorType("callable_iterator");

/** `iter(callable, sentinel)`: calls until the result equals the sentinel. */
export class PyCallableIterator implements NativeIter {
  type = callableIteratorType;
  constructor(
    public callable: PyObject | null,
    readonly sentinel: PyObject,
  ) {}
  nextValue(): PyObject | undefined {
    const f = this.callable;
    if (f === null) return undefined;
    let v: PyObject;
    try {
      v = call(f, [], null);
    } catch (e) {
      if (isStopIteration(e)) {
        this.callable = null;
        return undefined;
      }
      throw e;
    }
    if (richCompareBool(v, this.sentinel, CompareOp.Eq)) {
      this.callable = null;
      return undefined;
    }
    return v;
  }
}

import { isException, StopIteration_ } from "./exceptions.js";
function isStopIteration(e: unknown): boolean {
  return isException(e) && e.type.isSubtypeOf(StopIteration_);
}

export function callableIterator(fn: PyObject, sentinel: PyObject): PyObject {
  return new PyCallableIterator(fn, sentinel);
}
