// The _bisect module that Lib/bisect.py imports (CPython's Modules/_bisectmodule.c):
// binary search over any sequence with `<` (and an optional key applied to the probed
// items), and insertion through the sequence's `insert`.

import { listType, None } from "../objects/bootstrap.js";
import { callMethod, CompareOp, getItem, index, lenInt, richCompareBool } from "../objects/abstract.js";
import { call } from "../objects/call.js";
import { overflowError, valueError } from "../objects/exceptions.js";
import { builtinWithSignature } from "../objects/function.js";
import { PyList } from "../objects/list.js";
import type { PyObject } from "../objects/object.js";
import { registerNativeModule } from "./registry.js";
import { SSIZE_MAX } from "../objects/int.js";

/** lo and hi as Py_ssize_t values (bigints past 2**53: a range can be that long). */
function bounds(
  a: PyObject,
  lo: PyObject | undefined,
  hi: PyObject | undefined,
): [number | bigint, number | bigint] {
  let l: number | bigint = 0;
  // The messages of Argument Clinic's two Py_ssize_t converters.
  if (lo !== undefined) l = ssize(index(lo), "Python int too large to convert to C ssize_t");
  if (l < 0) throw valueError("lo must be non-negative");
  const h =
    hi === undefined || hi === None
      ? lenInt(a)
      : ssize(index(hi), "cannot fit 'int' into an index-sized integer");
  return [l, h];
}

function ssize(v: number | bigint, message: string): number | bigint {
  if (typeof v === "bigint" && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) throw overflowError(message);
  return v;
}

function search(
  a: PyObject,
  x: PyObject,
  lo: PyObject | undefined,
  hi: PyObject | undefined,
  key: PyObject | undefined,
  right: boolean,
): number | bigint {
  const [l, h] = bounds(a, lo, hi);
  const goesRight = (mid: number | bigint): boolean => {
    let item = getItem(a, mid);
    if (key !== undefined && key !== None) item = call(key, [item], null);
    return right ? !richCompareBool(x, item, CompareOp.Lt) : richCompareBool(item, x, CompareOp.Lt);
  };
  if (typeof l === "number" && typeof h === "number") {
    let low = l;
    let high = h;
    while (low < high) {
      const mid = low + Math.floor((high - low) / 2);
      if (goesRight(mid)) low = mid + 1;
      else high = mid;
    }
    return low;
  }
  let low = BigInt(l);
  let high = BigInt(h);
  while (low < high) {
    const mid = low + (high - low) / 2n;
    if (goesRight(normalized(mid))) low = mid + 1n;
    else high = mid;
  }
  return normalized(low);
}

/** An int in Swallow's canonical form: a number when it is a safe integer. */
function normalized(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
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
  if (a instanceof PyList && a.type === listType && typeof i === "number")
    a.items.splice(Math.min(i, a.items.length), 0, x);
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
