// The _bisect module that Lib/bisect.py imports (CPython's Modules/_bisectmodule.c):
// binary search over any sequence with `<` (and an optional key applied to the probed
// items), and insertion through the sequence's `insert`.

import { listType, None } from "../objects/bootstrap.js";
import { callMethod, CompareOp, getItem, index, len, richCompareBool } from "../objects/abstract.js";
import { call } from "../objects/call.js";
import { overflowError, valueError } from "../objects/exceptions.js";
import { builtinWithSignature } from "../objects/function.js";
import { PyList } from "../objects/list.js";
import type { PyObject } from "../objects/object.js";
import { registerNativeModule } from "./registry.js";

function bounds(a: PyObject, lo: PyObject | undefined, hi: PyObject | undefined): [number, number] {
  let l = 0;
  if (lo !== undefined) {
    const v = index(lo);
    if (typeof v === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
    l = v;
  }
  if (l < 0) throw valueError("lo must be non-negative");
  let h: number;
  if (hi === undefined || hi === None) h = len(a);
  else {
    const v = index(hi);
    if (typeof v === "bigint") throw overflowError("cannot fit 'int' into an index-sized integer");
    h = v;
  }
  return [l, h];
}

function search(
  a: PyObject,
  x: PyObject,
  lo: PyObject | undefined,
  hi: PyObject | undefined,
  key: PyObject | undefined,
  right: boolean,
): number {
  let [l, h] = bounds(a, lo, hi);
  const useKey = key !== undefined && key !== None;
  while (l < h) {
    const mid = l + Math.floor((h - l) / 2);
    let item = getItem(a, mid);
    if (useKey) item = call(key!, [item], null);
    const goRight = right ? !richCompareBool(x, item, CompareOp.Lt) : richCompareBool(item, x, CompareOp.Lt);
    if (goRight) l = mid + 1;
    else h = mid;
  }
  return l;
}

function insort(
  a: PyObject,
  x: PyObject,
  lo: PyObject | undefined,
  hi: PyObject | undefined,
  key: PyObject | undefined,
  right: boolean,
): PyObject {
  const probe = key !== undefined && key !== None ? call(key, [x], null) : x;
  const i = search(a, probe, lo, hi, key, right);
  if (a instanceof PyList && a.type === listType) a.items.splice(Math.min(i, a.items.length), 0, x);
  else callMethod(a, "insert", [i, x]);
  return None;
}

function bisectModule(): Record<string, PyObject> {
  return {
    bisect_right: builtinWithSignature(
      "bisect_right(a, x, lo=?, hi=?, *, key=?)",
      (a, x, lo, hi, key) => search(a!, x!, lo, hi, key, true),
      "_bisect",
    ),
    bisect_left: builtinWithSignature(
      "bisect_left(a, x, lo=?, hi=?, *, key=?)",
      (a, x, lo, hi, key) => search(a!, x!, lo, hi, key, false),
      "_bisect",
    ),
    insort_right: builtinWithSignature(
      "insort_right(a, x, lo=?, hi=?, *, key=?)",
      (a, x, lo, hi, key) => insort(a!, x!, lo, hi, key, true),
      "_bisect",
    ),
    insort_left: builtinWithSignature(
      "insort_left(a, x, lo=?, hi=?, *, key=?)",
      (a, x, lo, hi, key) => insort(a!, x!, lo, hi, key, false),
      "_bisect",
    ),
  };
}

registerNativeModule("_bisect", bisectModule);
