// The compiler's output: a code object, CPython's co_* attributes plus what the register
// machine needs (register layout, the instruction words, per-instruction positions and the
// exception table). It holds no runtime objects: constants are the parser's constant values
// (src/parser/constant.ts), tuples of them (ConstTuple) and nested CodeObjects; the VM turns
// the constant list into its register template once per code object.

import type { ConstantValue } from "../parser/constant.js";
import { INSTRUCTION_WORDS } from "./opcodes.js";

// co_flags, with CPython's values. (3.11 no longer sets CO_NOFREE.)
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

// compile() flags (PyCF_*), with CPython's values.
export const PyCF_DONT_IMPLY_DEDENT = 0x0200;
export const PyCF_ONLY_AST = 0x0400;
export const PyCF_IGNORE_COOKIE = 0x0800;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
export const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
/** The flags that only steer compile() itself. */
export const PyCF_COMPILE_MASK =
  PyCF_ONLY_AST |
  PyCF_ALLOW_TOP_LEVEL_AWAIT |
  PyCF_TYPE_COMMENTS |
  PyCF_DONT_IMPLY_DEDENT |
  PyCF_ALLOW_INCOMPLETE_INPUT;
/** The __future__ flags that compile() accepts and inherits. */
export const PyCF_MASK =
  CO_FUTURE_DIVISION |
  CO_FUTURE_ABSOLUTE_IMPORT |
  CO_FUTURE_WITH_STATEMENT |
  CO_FUTURE_PRINT_FUNCTION |
  CO_FUTURE_UNICODE_LITERALS |
  CO_FUTURE_BARRY_AS_BDFL |
  CO_FUTURE_GENERATOR_STOP |
  CO_FUTURE_ANNOTATIONS;

/** A tuple constant: a folded tuple display, default-argument tuples, KW_NAMES names,
 * import fromlists, MATCH_KEYS / MATCH_CLASS key tuples. */
export class ConstTuple {
  constructor(readonly items: readonly Constant[]) {}
}

/** A frozenset constant: `x in {1, 2}` folded, and the items of a set display. */
export class ConstFrozenset {
  constructor(readonly items: readonly Constant[]) {}
}

export type Constant = ConstantValue | ConstTuple | ConstFrozenset | CodeObject;

/** Words per exception-table entry: [start, end, handler, excReg, lastiReg]. */
export const EXCEPTION_ENTRY_WORDS = 5;

export interface ExceptionTableEntry {
  /** First instruction covered. */
  start: number;
  /** One past the last instruction covered. */
  end: number;
  /** Instruction to continue at. */
  handler: number;
  /** Register that receives the exception. */
  excReg: number;
  /** Register that receives the index of the raising instruction, or -1 (CPython's "lasti"
   * entries; RERAISE puts it back). */
  lastiReg: number;
}

export interface CodeObjectInit {
  co_name: string;
  co_qualname: string;
  co_filename: string;
  co_firstlineno: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_flags: number;
  co_varnames: string[];
  co_cellvars: string[];
  co_freevars: string[];
  co_names: string[];
  co_consts: Constant[];
  cell2arg: Int32Array;
  nregisters: number;
  code: Int32Array;
  positions: Int32Array;
  exceptionTable: Int32Array;
}

export class CodeObject {
  readonly co_name: string;
  readonly co_qualname: string;
  readonly co_filename: string;
  /** The first line: the `def`/`class` line (the first decorator's line when decorated). */
  readonly co_firstlineno: number;
  readonly co_argcount: number;
  readonly co_posonlyargcount: number;
  readonly co_kwonlyargcount: number;
  readonly co_flags: number;
  /** Local variable names, the arguments first (positional, keyword-only, *args, **kwargs).
   * Local i is register i. Module and class bodies have none (they use LOAD_NAME). */
  readonly co_varnames: readonly string[];
  /** Variables of this code captured by inner scopes: register cellBase + i. */
  readonly co_cellvars: readonly string[];
  /** Variables of enclosing scopes used here: register freeBase + i, filled by
   * COPY_FREE_VARS from the function's closure, in this order. */
  readonly co_freevars: readonly string[];
  /** Global, attribute and import names referenced by `name` operands. */
  readonly co_names: readonly string[];
  /** Constants: register constBase + i starts as co_consts[i]. For functions co_consts[0]
   * is the docstring, or None when there is none (as CPython 3.11). */
  readonly co_consts: readonly Constant[];
  /** For each cell variable, the index of the argument it was initialised from, or -1
   * (zero-argument super() reads the first argument through its cell when it has one). */
  readonly cell2arg: Int32Array;

  /** Register layout. */
  readonly nlocals: number;
  readonly cellBase: number;
  readonly freeBase: number;
  readonly constBase: number;
  readonly tempBase: number;
  /** Total registers of a frame. */
  readonly nregisters: number;

  /** INSTRUCTION_WORDS words per instruction: [op, a, b, c]. */
  readonly code: Int32Array;
  /** Four words per instruction: lineno, end_lineno, col_offset, end_col_offset (CPython's
   * co_positions; columns count UTF-8 bytes as the AST's do; -1 means none). */
  readonly positions: Int32Array;
  /** EXCEPTION_ENTRY_WORDS words per entry, sorted by start and non-overlapping: the
   * innermost handler wins, as CPython's flattened co_exceptiontable. */
  readonly exceptionTable: Int32Array;
  /** The VM's per-code state (src/vm/code_runtime.ts), attached on first execution: a field
   * rather than a side table because every call reads it. */
  vmRuntime: unknown = undefined;
  /** Code of a module written in Python that stands for one CPython writes in C (_io's
   * body): like a C function's, its frames are left out of tracebacks. */
  native = false;

  constructor(init: CodeObjectInit) {
    this.co_name = init.co_name;
    this.co_qualname = init.co_qualname;
    this.co_filename = init.co_filename;
    this.co_firstlineno = init.co_firstlineno;
    this.co_argcount = init.co_argcount;
    this.co_posonlyargcount = init.co_posonlyargcount;
    this.co_kwonlyargcount = init.co_kwonlyargcount;
    this.co_flags = init.co_flags;
    this.co_varnames = init.co_varnames;
    this.co_cellvars = init.co_cellvars;
    this.co_freevars = init.co_freevars;
    this.co_names = init.co_names;
    this.co_consts = init.co_consts;
    this.cell2arg = init.cell2arg;
    this.nlocals = init.co_varnames.length;
    this.cellBase = this.nlocals;
    this.freeBase = this.cellBase + init.co_cellvars.length;
    this.constBase = this.freeBase + init.co_freevars.length;
    this.tempBase = this.constBase + init.co_consts.length;
    this.nregisters = Math.max(init.nregisters, this.tempBase);
    this.code = init.code;
    this.positions = init.positions;
    this.exceptionTable = init.exceptionTable;
  }

  /** Number of instructions (and of inline-cache slots). */
  get length(): number {
    return this.code.length / INSTRUCTION_WORDS;
  }

  get co_nlocals(): number {
    return this.nlocals;
  }

  /** The innermost handler covering instruction `index`, or undefined. */
  findHandler(index: number): ExceptionTableEntry | undefined {
    const i = this.findHandlerIndex(index);
    return i < 0 ? undefined : this.exceptionEntry(i);
  }

  /** The exception-table index of the innermost handler covering instruction `index`, or -1. */
  findHandlerIndex(index: number): number {
    const t = this.exceptionTable;
    let lo = 0;
    let hi = t.length / EXCEPTION_ENTRY_WORDS;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const base = mid * EXCEPTION_ENTRY_WORDS;
      if (t[base + 1] <= index) lo = mid + 1;
      else if (t[base] > index) hi = mid;
      else return mid;
    }
    return -1;
  }

  exceptionEntry(i: number): ExceptionTableEntry {
    const t = this.exceptionTable;
    const base = i * EXCEPTION_ENTRY_WORDS;
    return {
      start: t[base],
      end: t[base + 1],
      handler: t[base + 2],
      excReg: t[base + 3],
      lastiReg: t[base + 4],
    };
  }

  get exceptionEntryCount(): number {
    return this.exceptionTable.length / EXCEPTION_ENTRY_WORDS;
  }

  /** The line of instruction `index`, or -1 (for tracebacks: tb_lineno). */
  lineOf(index: number): number {
    return this.positions[index * 4];
  }

  /** CPython's co_positions() as an array of [lineno, end_lineno, col, end_col], null for -1. */
  positionsList(): [number | null, number | null, number | null, number | null][] {
    const out: [number | null, number | null, number | null, number | null][] = [];
    const p = this.positions;
    const n = (v: number) => (v < 0 ? null : v);
    for (let i = 0; i < p.length; i += 4) out.push([n(p[i]), n(p[i + 1]), n(p[i + 2]), n(p[i + 3])]);
    return out;
  }

  /** The name of register r, for messages and the disassembler. */
  registerName(r: number): string {
    if (r < this.cellBase) return this.co_varnames[r];
    if (r < this.freeBase) return this.co_cellvars[r - this.cellBase];
    if (r < this.constBase) return this.co_freevars[r - this.freeBase];
    if (r < this.tempBase) return `$const${r - this.constBase}`;
    return `$t${r - this.tempBase}`;
  }

  /** The variable name of a local, cell or free register (for UnboundLocalError and
   * NameError messages). */
  variableName(r: number): string | undefined {
    return r < this.constBase ? this.registerName(r) : undefined;
  }
}
