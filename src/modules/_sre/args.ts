// Argument parsing for Pattern and Match methods with the messages CPython's Argument
// Clinic gives them: keyword-capable methods go through _PyArg_UnpackKeywords ("search()
// takes at most 3 arguments (4 given)", "missing required argument 'string' (pos 1)"),
// positional-only ones through _PyArg_CheckPositional ("span expected at most 1
// argument, got 2"), and METH_FASTCALL methods reject keywords with their qualified name
// ("Match.group() takes no keyword arguments"). These wordings differ from the ones of
// Python-level functions that objects/function.ts's binder produces.

import { index } from "../../objects/abstract.js";
import { overflowError, typeError } from "../../objects/exceptions.js";
import type { KwNames } from "../../objects/function.js";
import type { PyObject } from "../../objects/object.js";
import { SSIZE_MAX } from "../../objects/int.js";

export { clinic, unpack, type ClinicSig } from "../../objects/arg_clinic.js";

/** _PyArg_CheckPositional plus the method descriptor's refusal of keywords. */
export function positional(
  qualname: string,
  min: number,
  max: number,
  args: PyObject[],
  kwnames: KwNames,
): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
  const n = args.length;
  const name = qualname.slice(qualname.indexOf(".") + 1);
  if (n < min)
    throw typeError(
      `${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`,
    );
  if (n > max)
    throw typeError(
      `${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`,
    );
}

/** METH_NOARGS and METH_O methods. */
export function noArgs(qualname: string, args: PyObject[], kwnames: KwNames): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
  if (args.length) throw typeError(`${qualname}() takes no arguments (${args.length} given)`);
}

export function oneArg(qualname: string, args: PyObject[], kwnames: KwNames): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${qualname}() takes exactly one argument (${args.length} given)`);
}

/** PyNumber_AsSsize_t with OverflowError: pos, endpos, count and maxsplit. Values beyond
 * JS's safe integers but within C's ssize_t act as "beyond any subject", so they are
 * clamped to the largest safe integer. */
export function asSsize(o: PyObject): number {
  const v = index(o);
  if (typeof v === "number") return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)
    throw overflowError("Python int too large to convert to C ssize_t");
  return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/** An `int` parameter of Argument Clinic (a C int). */
export function asCInt(o: PyObject): number {
  const v = index(o);
  if (typeof v === "number" && v >= -2147483648 && v <= 2147483647) return v;
  throw overflowError("Python int too large to convert to C int");
}
