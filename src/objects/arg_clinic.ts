// Argument parsing with the messages of CPython's Argument Clinic (_PyArg_UnpackKeywords in
// getargs.c): a signature is written once as text, `"pow(base, exp, mod=?)"`, with `/` ending
// the positional-only parameters, `*` starting the keyword-only ones and `=?` marking the
// optional ones; `unpack` binds a vectorcall's arguments to it and raises CPython's
// TypeErrors ("round() takes at most 2 arguments (3 given)", "'x' is an invalid keyword
// argument for pow()", "argument for round() given by name ('number') and position (1)").

import { typeError } from "./exceptions.js";
import type { KwNames } from "./function.js";
import type { PyObject } from "./object.js";

export interface ClinicSig {
  name: string;
  params: string[];
  /** How many leading parameters are required (positional ones; see `requiredKw`). */
  required: number;
  /** How many leading parameters are positional-only. */
  posonly: number;
  /** How many leading parameters may be passed by position. */
  maxpos: number;
  /** Which keyword-only parameters are required. */
  requiredKw: boolean[];
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}

/** Parses `"name(a, /, b=?, *, c)"`. */
export function clinic(text: string): ClinicSig {
  const m = /^(\w+)\((.*)\)$/.exec(text)!;
  const parts = m[2]!
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const params: string[] = [];
  const requiredKw: boolean[] = [];
  let posonly = 0;
  let maxpos = -1;
  let required = 0;
  for (const p of parts) {
    if (p === "/") posonly = params.length;
    else if (p === "*") maxpos = params.length;
    else {
      const optional = p.endsWith("=?");
      params.push(optional ? p.slice(0, -2) : p);
      if (maxpos >= 0) requiredKw.push(!optional);
      else if (!optional) required = params.length;
    }
  }
  if (maxpos < 0) maxpos = params.length;
  return { name: m[1]!, params, required, posonly, maxpos, requiredKw };
}

/** Binds `args` (positional values, then the values of `kwnames`) to `sig`'s parameters;
 * a parameter not given is `undefined`. */
export function unpack(sig: ClinicSig, args: PyObject[], kwnames: KwNames): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const { params, posonly, maxpos, required } = sig;
  const max = params.length;
  const fname = `${sig.name}()`;
  if (npos + nkw > max) {
    throw typeError(
      `${fname} takes at most ${max} ${npos === 0 ? "keyword " : ""}argument${plural(max)} (${npos + nkw} given)`,
    );
  }
  if (npos > maxpos) {
    if (maxpos === 0) throw typeError(`${fname} takes no positional arguments`);
    throw typeError(
      `${fname} takes ${required < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${plural(maxpos)} (${npos} given)`,
    );
  }
  const minposonly = Math.min(posonly, required);
  if (npos < minposonly) {
    throw typeError(
      `${fname} takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${plural(minposonly)} (${npos} given)`,
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
    const requiredHere = i < maxpos ? i < required : sig.requiredKw[i - maxpos]!;
    const v = left > 0 && i >= posonly ? byName(params[i]!) : undefined;
    values[i] = v;
    if (v !== undefined) left--;
    else if (requiredHere) {
      if (i < maxpos) throw typeError(`${fname} missing required argument '${params[i]!}' (pos ${i + 1})`);
      throw typeError(`${fname} missing required keyword-only argument '${params[i]!}'`);
    }
  }
  if (left > 0) {
    for (let i = posonly; i < npos; i++) {
      if (byName(params[i]!) !== undefined)
        throw typeError(`argument for ${fname} given by name ('${params[i]!}') and position (${i + 1})`);
    }
    for (const name of kwnames!) {
      const k = params.indexOf(name);
      if (k < posonly) throw typeError(`'${name}' is an invalid keyword argument for ${fname}`);
    }
  }
  return values;
}
