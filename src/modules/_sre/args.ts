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

export interface ClinicSig {
  name: string;
  params: string[];
  /** How many leading parameters are required. */
  required: number;
}

/** `"search(string, pos=?, endpos=?)"`: required parameters first, optional ones `=?`. */
export function clinic(text: string): ClinicSig {
  const m = /^(\w+)\((.*)\)$/.exec(text)!;
  const parts = m[2]!
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return {
    name: m[1]!,
    params: parts.map((p) => (p.endsWith("=?") ? p.slice(0, -2) : p)),
    required: parts.filter((p) => !p.endsWith("=?")).length,
  };
}

/** _PyArg_UnpackKeywords for parameters that may all be passed by keyword. */
export function unpack(sig: ClinicSig, args: PyObject[], kwnames: KwNames): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const max = sig.params.length;
  const fname = `${sig.name}()`;
  if (npos + nkw > max) {
    throw typeError(
      `${fname} takes at most ${max} ${npos === 0 ? "keyword " : ""}argument${max === 1 ? "" : "s"} (${npos + nkw} given)`,
    );
  }
  const values: (PyObject | undefined)[] = new Array(max).fill(undefined);
  for (let i = 0; i < npos; i++) values[i] = args[i];
  let left = nkw;
  const byName = (name: string): PyObject | undefined => {
    const k = kwnames === null ? -1 : kwnames.indexOf(name);
    return k < 0 ? undefined : args[npos + k];
  };
  for (let i = npos; i < max; i++) {
    let v: PyObject | undefined;
    if (left > 0) v = byName(sig.params[i]!);
    else if (i >= sig.required) break;
    values[i] = v;
    if (v !== undefined) left--;
    else if (i < sig.required)
      throw typeError(`${fname} missing required argument '${sig.params[i]!}' (pos ${i + 1})`);
  }
  if (left > 0) {
    for (let i = 0; i < npos; i++) {
      if (byName(sig.params[i]!) !== undefined)
        throw typeError(`argument for ${fname} given by name ('${sig.params[i]!}') and position (${i + 1})`);
    }
    for (const name of kwnames!) {
      if (!sig.params.includes(name))
        throw typeError(`'${name}' is an invalid keyword argument for ${fname}`);
    }
  }
  return values;
}

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
