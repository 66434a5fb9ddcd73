// Argument checking for str, bytes and bytearray methods, with CPython's messages. The
// built-in text methods predate Argument Clinic unevenly, so their messages come in
// several styles; each helper names the style it produces.

import { None } from "./bootstrap.js";
import { exceptionType, newException, overflowError, typeError } from "./exceptions.js";
import type { KwNames } from "./function.js";
import { isInt, type PyObject } from "./object.js";
import { typeName } from "./names.js";
import { index } from "./str_runtime.js";

const SSIZE_MAX = 9223372036854775807n;
const SSIZE_MIN = -9223372036854775808n;

/** "str.upper() takes no keyword arguments" */
export function noKeywords(qualname: string, kwnames: KwNames): void {
  if (kwnames && kwnames.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
}

/** METH_NOARGS: "str.upper() takes no arguments (1 given)". */
export function noArgs(qualname: string, args: PyObject[], kwnames: KwNames): void {
  noKeywords(qualname, kwnames);
  if (args.length > 0) throw typeError(`${qualname}() takes no arguments (${args.length} given)`);
}

/** METH_O: "str.join() takes exactly one argument (0 given)". */
export function oneArg(qualname: string, args: PyObject[], kwnames: KwNames): PyObject {
  noKeywords(qualname, kwnames);
  if (args.length !== 1) throw typeError(`${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** Slot wrappers: "expected 1 argument, got 0". */
export function slotArgs(args: PyObject[], kwnames: KwNames, n: number): void {
  if (kwnames && kwnames.length > 0) throw typeError(`wrapper takes no keyword arguments`);
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

/** PyArg_ParseTuple style: "find() takes at least 1 argument (0 given)". */
export function tupleArgs(
  name: string,
  qualname: string,
  args: PyObject[],
  kwnames: KwNames,
  min: number,
  max: number,
): void {
  noKeywords(qualname, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  const bound = n < min ? min : max;
  const how = min === max ? "exactly" : n < min ? "at least" : "at most";
  throw typeError(`${name}() takes ${how} ${bound} argument${bound === 1 ? "" : "s"} (${n} given)`);
}

/** Argument Clinic positional-only style: "center expected at least 1 argument, got 0". */
export function clinicArgs(
  name: string,
  qualname: string,
  args: PyObject[],
  kwnames: KwNames,
  min: number,
  max: number,
): void {
  noKeywords(qualname, kwnames);
  const n = args.length;
  const plural = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
  if (min === max && n !== min) throw typeError(`${name} expected ${plural(min)}, got ${n}`);
  if (n < min) throw typeError(`${name} expected at least ${plural(min)}, got ${n}`);
  if (n > max) throw typeError(`${name} expected at most ${plural(max)}, got ${n}`);
}

/** Argument Clinic with keywords: returns one value per parameter (undefined if absent). */
export function clinicKwArgs(
  name: string,
  params: readonly string[],
  args: PyObject[],
  kwnames: KwNames,
  min = 0,
): (PyObject | undefined)[] {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const max = params.length;
  // Positional arguments only, as many as allowed: they are the answer as they stand (the
  // callers destructure it, reading undefined past its end), with no array to fill.
  if (nkw === 0 && npos <= max && npos >= min) return args;
  if (args.length > max) {
    // CPython says "keyword arguments" when no argument was passed by position.
    const what = `${npos === 0 ? "keyword " : ""}argument${max === 1 ? "" : "s"}`;
    throw typeError(`${name}() takes at most ${max} ${what} (${args.length} given)`);
  }
  const out: (PyObject | undefined)[] = new Array(max).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  // CPython reports a missing argument first, then a duplicate, then an unknown keyword.
  let duplicate: string | undefined;
  let unknown: string | undefined;
  for (let k = 0; k < nkw; k++) {
    const key = kwnames![k]!;
    const i = params.indexOf(key);
    if (i < 0) unknown ??= key;
    else if (i < npos) duplicate ??= key;
    else out[i] = args[npos + k];
  }
  for (let i = 0; i < min; i++)
    if (out[i] === undefined)
      throw typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
  if (duplicate !== undefined)
    throw typeError(
      `argument for ${name}() given by name ('${duplicate}') and position (${params.indexOf(duplicate) + 1})`,
    );
  if (unknown !== undefined) throw typeError(`'${unknown}' is an invalid keyword argument for ${name}()`);
  return out;
}

/** A Py_ssize_t argument (`n`): __index__, OverflowError beyond 64 bits. */
export function ssizeArg(v: PyObject): number {
  const i = index(v);
  if (typeof i === "number") return i;
  if (i > SSIZE_MAX || i < SSIZE_MIN) throw overflowError("Python int too large to convert to C ssize_t");
  return Number(i);
}

/** A C int argument (`i`). */
export function intArg(v: PyObject): number {
  const i = index(v);
  if (typeof i === "number" && i <= 2147483647 && i >= -2147483648) return i;
  throw overflowError(
    typeof i === "number" && i < 0
      ? "signed integer is less than minimum"
      : i < 0
        ? "signed integer is less than minimum"
        : "Python int too large to convert to C int",
  );
}

/** A sequence index for `x[i]`: "cannot fit 'int' into an index-sized integer". */
export function indexArg(v: PyObject): number {
  const i = isInt(v) ? v : index(v);
  if (typeof i === "number") return i;
  if (i > SSIZE_MAX || i < SSIZE_MIN)
    throw newException(exceptionType("IndexError"), `cannot fit 'int' into an index-sized integer`);
  return Number(i);
}

/** A slice index as in find/count: None or __index__, clamped to Py_ssize_t. */
export function sliceIndexArg(v: PyObject | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  let i: number | bigint;
  if (isInt(v)) i = v;
  else if (typeof v === "boolean") i = v ? 1 : 0;
  else {
    try {
      i = index(v);
    } catch (e) {
      if (e instanceof Object && "type" in e && (e as { type: unknown }).type === exceptionType("TypeError"))
        throw typeError("slice indices must be integers or None or have an __index__ method");
      throw e;
    }
  }
  if (typeof i === "boolean") return i ? 1 : 0;
  if (typeof i === "number") return i;
  return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** "must be str, not int" style message. */
export function mustBe(what: string, v: PyObject): never {
  throw typeError(`must be ${what}, not ${typeName(v)}`);
}
