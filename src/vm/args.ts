// Building a frame for a call of a Python function: binding the vectorcall arguments
// (positional values, then the values of the keywords named by `kwnames`) to the code's
// parameters, with CPython 3.11's checks, in its order and with its messages
// (ceval.c, initialize_locals).

import { CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, type CodeObject } from "../compiler/code.js";
import { PyDict } from "../objects/dict.js";
import { typeError } from "../objects/exceptions.js";
import type { KwNames, PyFunction } from "../objects/function.js";
import type { PyObject } from "../objects/object.js";
import { newTuple } from "../objects/tuple.js";
import { codeRuntime } from "./code_runtime.js";
import { Frame, type Reg, functionBuiltins } from "./frame.js";

/** A fresh register file for `code`: constants copied in, everything else NULL. */
export function newRegisters(code: CodeObject, withConstants = true): Reg[] {
  const regs: Reg[] = new Array(code.nregisters);
  if (!withConstants) return regs;
  const consts = codeRuntime(code).consts;
  const base = code.constBase;
  for (let k = 0; k < consts.length; k++) regs[base + k] = consts[k];
  return regs;
}

/** A frame for calling `func` with `argc` arguments found at `src[start..start+argc)`.
 * Compiled code keeps constants out of the registers (`withConstants` false) and writes them
 * in only when it hands the frame to the interpreter. */
export function frameForCall(
  func: PyFunction,
  src: readonly Reg[],
  start: number,
  argc: number,
  kwnames: KwNames,
  withConstants = true,
): Frame {
  const code = func.code as CodeObject;
  const regs = newRegisters(code, withConstants);
  // Code that is not a function's (a module's, made a function by FunctionType) reads and
  // writes its names in the globals, as CPython's _PyFunction_Vectorcall passes them.
  const locals = (code.co_flags & CO_OPTIMIZED) === 0 ? func.globals : null;
  const frame = new Frame(code, func.globals as PyDict, functionBuiltins(func), locals, func, regs);
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (
    nkw === 0 &&
    argc === code.co_argcount &&
    (code.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 &&
    code.co_kwonlyargcount === 0
  ) {
    for (let i = 0; i < argc; i++) regs[i] = src[start + i];
    return frame;
  }
  bindSlow(func, code, regs, src, start, argc, kwnames);
  return frame;
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}

/** 'a'; 'a' and 'b'; 'a', 'b', and 'c' (CPython's format_missing). */
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return q.slice(0, -1).join(", ") + ", and " + q[q.length - 1];
}

function bindSlow(
  func: PyFunction,
  code: CodeObject,
  regs: Reg[],
  src: readonly Reg[],
  start: number,
  argc: number,
  kwnames: KwNames,
): void {
  const qualname = func.qualname;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = argc - nkw;
  const co_argcount = code.co_argcount;
  const total = co_argcount + code.co_kwonlyargcount;
  const varargs = (code.co_flags & CO_VARARGS) !== 0;
  const varkw = (code.co_flags & CO_VARKEYWORDS) !== 0;
  let kwdict: PyDict | null = null;
  if (varkw) {
    kwdict = new PyDict();
    regs[total + (varargs ? 1 : 0)] = kwdict;
  }
  const n = Math.min(npos, co_argcount);
  for (let i = 0; i < n; i++) regs[i] = src[start + i];
  if (varargs) {
    const extra: PyObject[] = [];
    for (let i = n; i < npos; i++) extra.push(src[start + i]!);
    regs[total] = newTuple(extra);
  }
  const varnames = code.co_varnames;
  const posonly = code.co_posonlyargcount;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const value = src[start + npos + k]!;
    let j = -1;
    for (let p = posonly; p < total; p++) {
      if (varnames[p] === name) {
        j = p;
        break;
      }
    }
    if (j < 0) {
      if (kwdict === null) {
        if (posonly > 0) {
          const passed: string[] = [];
          for (let kk = 0; kk < nkw; kk++) {
            const nm = kwnames![kk]!;
            for (let p = 0; p < posonly; p++) if (varnames[p] === nm) passed.push(nm);
          }
          if (passed.length > 0) {
            throw typeError(
              `${qualname}() got some positional-only arguments passed as keyword arguments: '${passed.join(", ")}'`,
            );
          }
        }
        throw typeError(`${qualname}() got an unexpected keyword argument '${name}'`);
      }
      kwdict.setStr(name, value);
      continue;
    }
    if (regs[j] !== undefined) throw typeError(`${qualname}() got multiple values for argument '${name}'`);
    regs[j] = value;
  }
  const defaults = func.defaults ?? [];
  const defcount = defaults.length;
  if (npos > co_argcount && !varargs) {
    let kwonlyGiven = 0;
    for (let i = co_argcount; i < total; i++) if (regs[i] !== undefined) kwonlyGiven++;
    let sig: string;
    let pl: boolean;
    if (defcount > 0) {
      pl = true;
      sig = `from ${co_argcount - defcount} to ${co_argcount}`;
    } else {
      pl = co_argcount !== 1;
      sig = `${co_argcount}`;
    }
    const kwonlySig =
      kwonlyGiven > 0
        ? ` positional argument${plural(npos)} (and ${kwonlyGiven} keyword-only argument${plural(kwonlyGiven)})`
        : "";
    throw typeError(
      `${qualname}() takes ${sig} positional argument${pl ? "s" : ""} but ${npos}${kwonlySig} ${npos === 1 && kwonlyGiven === 0 ? "was" : "were"} given`,
    );
  }
  if (npos < co_argcount) {
    const m = co_argcount - defcount;
    const missing: string[] = [];
    for (let i = npos; i < m; i++) if (regs[i] === undefined) missing.push(varnames[i]!);
    if (missing.length > 0) {
      throw typeError(
        `${qualname}() missing ${missing.length} required positional argument${plural(missing.length)}: ${nameList(missing)}`,
      );
    }
    for (let i = npos > m ? npos - m : 0; i < defcount; i++) {
      if (regs[m + i] === undefined) regs[m + i] = defaults[i];
    }
  }
  if (code.co_kwonlyargcount > 0) {
    const missing: string[] = [];
    const kwdefs = func.kwdefaults instanceof PyDict ? func.kwdefaults : null;
    for (let i = co_argcount; i < total; i++) {
      if (regs[i] !== undefined) continue;
      const d = kwdefs?.getStr(varnames[i]!);
      if (d !== undefined) {
        regs[i] = d;
        continue;
      }
      missing.push(varnames[i]!);
    }
    if (missing.length > 0) {
      throw typeError(
        `${qualname}() missing ${missing.length} required keyword-only argument${plural(missing.length)}: ${nameList(missing)}`,
      );
    }
  }
}
