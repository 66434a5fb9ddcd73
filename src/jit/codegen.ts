// Register bytecode to JavaScript source (DESIGN.md, "Tier 1").
//
// The generated function runs one frame of one code object:
//
//   function py_name(f, pc) {          // f: the Frame (pushed by the caller); pc: where to start
//     const R = f.regs;                // the frame's registers: read on entry, written on exit
//     let r0 = R[0], ...;              // registers live in JS variables
//     try {
//       thrown: {
//         exit: for (;;) switch (pc) { // a case per jump target; straight-line code falls through
//           case 0: ... ; case 17: ...
//         }
//         break;                       // a guard failed: to the deopt below
//       }                              // `raised = x; break thrown` raises without a JS throw
//     } catch (e) { raised = e }
//     <handler of this code? go on there> <write back>; pending(raised); return DEOPT
//     <write back>; f.pc = dpc; deopt(...); return DEOPT
//   }
//
// Code with a plain positional signature and no cells is generated differently: one body,
// `py_name(fn, a0, a1, ..., f, pc)`, serves as its direct entry, which compiled callers call
// as `py_name(fn, a0, a1, ...)` when they know the callee at compile time (a folded global
// or a cached method), so that V8 can inline one into the other, and through a small
// wrapper `py_name$entry(f, pc)` as the entry the interpreter calls (`framed`). One body
// rather than two means V8 learns the function once: its feedback and optimised code serve
// both kinds of call. Called directly, it starts with no Frame (`f` is null): a frame is
// made and pushed the first time the code reaches anything that could run Python code or
// see frames (every place that writes registers back), or a guard fails, or an instruction
// raises. A callee that only computes never has one, which nothing can observe. A call
// does not make one either: the activation writes its registers to its register array and
// is recorded as a shadow frame, whose Frame is made only if someone reads the frame stack
// during the call (src/vm/shadow_frames.ts). An
// exception leaving a direct callee is not thrown: the callee unwinds its frame and returns
// RAISED (jit_hooks.ts), and the caller checks each direct call's result for it before
// assigning anything, then goes on as if the call had thrown; so do callFromJit and callAny
// for the Python functions they call.
//
// Constants are never spliced into the text: each is a parameter of the factory that makes the
// function (c0, c1, ...), and names and reasons appear only as JSON-escaped string literals.
//
// Python code must never see stale variables. Named registers (locals, cells, frees) are
// written back to `R` before anything that can run Python code or inspect frames (calls, and
// the generic path of any operation), so f_locals, locals() and super() read current values;
// temporaries are written back only when the frame goes back to the interpreter.
//
// Speculation comes from the interpreter's feedback (code_runtime.ts): operand types of
// arithmetic and comparisons, the inline caches of attribute and global loads, branch
// directions. A speculative instruction starts with a guard; a failing guard leaves before
// the instruction has had any effect, so the interpreter re-executes it from the start.

import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_GENERATOR,
  CO_ITERABLE_COROUTINE,
  CO_VARARGS,
  CO_VARKEYWORDS,
  type CodeObject,
} from "../compiler/code.js";
import { Op, OPCODES } from "../compiler/opcodes.js";
import { boolType, intType, moduleType, strType } from "../objects/bootstrap.js";
import { plainPropertyGetter, superType, type PyProperty } from "../objects/descriptors.js";
import { PyDict } from "../objects/dict.js";
import { PyModule } from "../objects/module.js";
import { PyFloat } from "../objects/float.js";
import { floatKernels, PyFunction, PyMemberDescriptor, PyMethodDescriptor } from "../objects/function.js";
import type { PyObject } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { tupleItemDescriptors } from "../objects/tuple.js";
import { plainInit } from "../objects/typeobject.js";
import {
  codeRuntime,
  ContainerBits,
  IteratorBits,
  TypeBits,
  type AttrCache,
  type CallCache,
  type InlineCache,
  type CodeRuntime,
  type GlobalCache,
} from "../vm/code_runtime.js";
import { JIT_STACK_BUDGET } from "../vm/jit_hooks.js";
import { compiledState, jitStateOf } from "../vm/interpreter.js";
import { BRANCH_EXIT, MAX_BRANCH_SPECULATION_LENGTH, TRACING_EXIT } from "./policy.js";
import { siteEntries, TYPE_GUARD_REASON, widenedSites, type SiteEntry } from "./attr_sites.js";
import type { ConstTuple } from "../compiler/code.js";
import { vm } from "../vm/state.js";

export class Unsupported extends Error {}

export interface Generated {
  /** The body of the factory: takes (H, DEOPT, S, C, CODE, V, K) and returns the entry. */
  source: string;
  /** Values the factory receives as K[i] (named c{i} inside). */
  constants: unknown[];
  /** Qualified names of the functions that the code calls through their direct entries. */
  directCallees: string[];
  /** The receiver types each type-guarded attribute site accepts, by instruction. */
  guardedTypes: Map<number, PyType[]>;
}

const GENERATOR_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE;

/** Registers written by the instruction at `pc` (for write-back and the known-method map). */
export function writtenRegisters(code: CodeObject, pc: number): number[] {
  const w = code.code;
  const op = w[pc * 4]!;
  const a = w[pc * 4 + 1]!;
  const b = w[pc * 4 + 2]!;
  const c = w[pc * 4 + 3]!;
  const info = OPCODES[op]!;
  const out: number[] = [];
  const operands = [a, b, c];
  info.operands.forEach((kind, i) => {
    if (kind === "dst" || kind === "rw") out.push(operands[i]!);
  });
  switch (info.name) {
    case "DELETE_FAST":
      out.push(a);
      break;
    case "COPY_FREE_VARS":
      for (let i = 0; i < a; i++) out.push(code.freeBase + i);
      break;
    case "LOAD_METHOD":
    case "CHECK_EG_MATCH":
    case "BEFORE_WITH":
    case "BEFORE_ASYNC_WITH":
      out.push(a, a + 1);
      break;
    case "UNPACK_SEQUENCE":
      for (let i = 0; i < c; i++) out.push(a + i);
      break;
    case "UNPACK_EX": {
      const n = (c & 0xff) + 1 + (c >> 8);
      for (let i = 0; i < n; i++) out.push(a + i);
      break;
    }
  }
  return out;
}

/** Registers read by the instruction at `pc`. */
export function readRegisters(code: CodeObject, pc: number): number[] {
  const w = code.code;
  const op = w[pc * 4]!;
  const a = w[pc * 4 + 1]!;
  const b = w[pc * 4 + 2]!;
  const c = w[pc * 4 + 3]!;
  const info = OPCODES[op]!;
  const operands = [a, b, c];
  const out: number[] = [];
  const range = (start: number, n: number) => {
    for (let i = 0; i < n; i++) out.push(start + i);
  };
  info.operands.forEach((kind, i) => {
    if (kind === "reg" || kind === "rw") out.push(operands[i]!);
  });
  switch (info.name) {
    case "BUILD_SLICE":
    case "BUILD_TUPLE":
    case "BUILD_LIST":
    case "BUILD_SET":
    case "BUILD_STRING":
      range(b, c);
      break;
    case "BUILD_MAP":
      range(b, 2 * c);
      break;
    case "FORMAT_VALUE":
      range(b, (c & 4) !== 0 ? 2 : 1);
      break;
    case "CALL":
      range(b, c + 1);
      break;
    case "CALL_METHOD":
      range(b, c + 2);
      break;
    case "CALL_FUNCTION_EX":
      range(b, (c & 1) !== 0 ? 3 : 2);
      break;
    case "MAKE_FUNCTION": {
      let n = 1;
      for (let bit = 1; bit <= 8; bit <<= 1) if ((c & bit) !== 0) n++;
      range(b, n);
      break;
    }
    case "IMPORT_NAME":
      range(c, 2);
      break;
    case "MATCH_CLASS":
      range(b, 3);
      break;
  }
  return out;
}

function jumpTargets(code: CodeObject): Set<number> {
  const targets = new Set<number>([0]);
  const w = code.code;
  for (let pc = 0; pc < code.length; pc++) {
    // A generator's frame is resumed after RETURN_GENERATOR and after each yield.
    if (w[pc * 4] === RETURN_GENERATOR || w[pc * 4] === YIELD_VALUE) targets.add(pc + 1);
    const info = OPCODES[w[pc * 4]!]!;
    info.operands.forEach((kind, i) => {
      if (kind === "target") targets.add(w[pc * 4 + 1 + i]!);
    });
  }
  // Compiled code's catch goes on at a handler of its own code.
  for (let i = 0; i < code.exceptionEntryCount; i++) targets.add(code.exceptionEntry(i).handler);
  return targets;
}

/** The temporaries live on entry to each instruction (read on some path from it before
 * being written), as bit sets over `code.tempBase..nregisters`. Every instruction is taken
 * to fall through as well as jump, and an instruction under a handler to reach it:
 * liveness over-approximated, so that only a value nothing reads goes unboxed. */
function liveTemps(code: CodeObject): Uint32Array[] {
  const n = code.length;
  const base = code.tempBase;
  const words = Math.max(1, Math.ceil((code.nregisters - base) / 32));
  const live: Uint32Array[] = [];
  for (let pc = 0; pc <= n; pc++) live.push(new Uint32Array(words));
  const reads: number[][] = [];
  const writes: number[][] = [];
  const successors: number[][] = [];
  const w = code.code;
  for (let pc = 0; pc < n; pc++) {
    reads.push(readRegisters(code, pc).filter((r) => r >= base));
    writes.push(writtenRegisters(code, pc).filter((r) => r >= base));
    const next = [pc + 1];
    OPCODES[w[pc * 4]!]!.operands.forEach((kind, i) => {
      if (kind === "target") next.push(w[pc * 4 + 1 + i]!);
    });
    const handler = code.findHandler(pc);
    if (handler !== undefined) next.push(handler.handler);
    successors.push(next);
  }
  const out = new Uint32Array(words);
  for (let changed = true; changed;) {
    changed = false;
    for (let pc = n - 1; pc >= 0; pc--) {
      out.fill(0);
      for (const s of successors[pc]!) if (s <= n) for (let k = 0; k < words; k++) out[k]! |= live[s]![k]!;
      for (const r of writes[pc]!) out[(r - base) >> 5]! &= ~(1 << ((r - base) & 31));
      for (const r of reads[pc]!) out[(r - base) >> 5]! |= 1 << ((r - base) & 31);
      const into = live[pc]!;
      for (let k = 0; k < words; k++)
        if (into[k] !== out[k]) {
          into.set(out);
          changed = true;
          break;
        }
    }
  }
  return live;
}

/** What an instruction's code does to the dirty registers: `synced` when it writes them all
 * back on every path, `afterSync` what it writes after that (or at all), `all` everything it
 * writes (what a jump out of its middle may carry). */
interface InstructionWrites {
  synced: boolean;
  /** Whether it makes the frame on every path (a call's write-back may leave it unmade:
   * shadow_frames.ts). */
  madeFrame: boolean;
  afterSync: Set<number>;
  all: Set<number>;
}

/** The named registers possibly dirty at each jump target: the union over the paths that
 * reach it of what was written since the last write-back. Entry from the interpreter loads
 * every register from R (clean), except in the direct entry, which has no frame at first
 * (all dirty). Handlers are taken as all dirty; every instruction as falling through. */
function dirtyAtTargets(
  code: CodeObject,
  targets: ReadonlySet<number>,
  written: readonly InstructionWrites[],
  syncable: readonly number[],
  direct: boolean,
): Map<number, Set<number>> {
  const n = code.length;
  const atEntry: Set<number>[] = [];
  for (let pc = 0; pc < n; pc++) atEntry.push(new Set());
  // A frame made later starts with every register unset, as the locals the direct entry has
  // not assigned yet are: only the parameters differ from it.
  if (direct) for (const r of syncable) if (r < directParamCount(code)) atEntry[0]!.add(r);
  for (let i = 0; i < code.exceptionEntryCount; i++) {
    const h = code.exceptionEntry(i).handler;
    if (h < n) for (const r of syncable) atEntry[h]!.add(r);
  }
  const w = code.code;
  const flow = (to: number, regs: Iterable<number>): boolean => {
    if (to >= n) return false;
    const into = atEntry[to]!;
    const before = into.size;
    for (const r of regs) into.add(r);
    return into.size !== before;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let pc = 0; pc < n; pc++) {
      const into = atEntry[pc]!;
      const wr = written[pc]!;
      const jumped = [...into, ...wr.all];
      if (flow(pc + 1, wr.synced ? wr.afterSync : jumped)) changed = true;
      OPCODES[w[pc * 4]!]!.operands.forEach((kind, i) => {
        if (kind === "target" && flow(w[pc * 4 + 1 + i]!, jumped)) changed = true;
      });
    }
  }
  const result = new Map<number, Set<number>>();
  for (const pc of targets) if (pc < n) result.set(pc, atEntry[pc]!);
  return result;
}

/** The jump targets that every path from the direct entry reaches with the frame made: a
 * write-back on all paths through an instruction (`synced`) makes it, and an exception
 * reaches a handler only after making it. Entries from the interpreter have a frame anyway. */
function frameMadeAtTargets(
  code: CodeObject,
  targets: ReadonlySet<number>,
  written: readonly InstructionWrites[],
): Set<number> {
  const n = code.length;
  // Must-analysis: start from "made" everywhere but the entry, and clear what a path
  // without a frame reaches.
  const made = new Uint8Array(n + 1).fill(1);
  made[0] = 0;
  const w = code.code;
  const flow = (to: number, isMade: boolean): boolean => {
    if (isMade || to >= n || made[to] === 0) return false;
    made[to] = 0;
    return true;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (let pc = 0; pc < n; pc++) {
      const before = made[pc] === 1;
      if (flow(pc + 1, before || written[pc]!.madeFrame)) changed = true;
      OPCODES[w[pc * 4]!]!.operands.forEach((kind, i) => {
        if (kind === "target" && flow(w[pc * 4 + 1 + i]!, before)) changed = true;
      });
    }
  }
  const result = new Set<number>();
  for (const pc of targets) if (pc < n && made[pc] === 1) result.add(pc);
  return result;
}

/** Code longer than this is "long": its branches are not speculated on (policy.ts) and its
 * unreached blocks are compiled small (coldInstructions). */
const LONG_CODE = MAX_BRANCH_SPECULATION_LENGTH;

/** 1 for each instruction that no path the interpreter has taken reaches: the blocks behind
 * a branch direction it never took. A branch it never ran at all counts both ways, so code
 * with no feedback (threshold 0) has nothing cold. Handlers count as reached. */
function coldInstructions(code: CodeObject, rt: CodeRuntime): Uint8Array {
  const n = code.length;
  const w = code.code;
  const reached = new Uint8Array(n);
  const work = [0];
  for (let i = 0; i < code.exceptionEntryCount; i++) work.push(code.exceptionEntry(i).handler);
  while (work.length > 0) {
    const pc = work.pop()!;
    if (pc >= n || reached[pc] === 1) continue;
    reached[pc] = 1;
    const op = w[pc * 4]!;
    const fb = rt.feedback[pc]!;
    if (op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE) {
      if ((fb & 1) !== 0 || fb === 0) work.push(w[pc * 4 + 2]!);
      if ((fb & 2) !== 0 || fb === 0) work.push(pc + 1);
      continue;
    }
    OPCODES[op]!.operands.forEach((kind, i) => {
      if (kind === "target") work.push(w[pc * 4 + 1 + i]!);
    });
    const ends =
      op === Op.JUMP_FORWARD ||
      op === Op.JUMP_BACKWARD ||
      op === Op.RETURN_VALUE ||
      op === Op.RAISE_VARARGS ||
      op === Op.RERAISE;
    if (!ends) work.push(pc + 1);
  }
  const cold = new Uint8Array(n);
  for (let pc = 0; pc < n; pc++) cold[pc] = reached[pc] === 1 ? 0 : 1;
  return cold;
}

const RETURN_GENERATOR = 73;
const YIELD_VALUE = 74;

const INT = TypeBits.Int;
const FLOAT = TypeBits.Float;
const STR = TypeBits.Str;

export interface GenOptions {
  speculate: boolean;
  /** Whether branches seen going one way only become exits the other way. */
  speculateBranches: boolean;
  stress: boolean;
  genericSites: ReadonlySet<number>;
  /** Attribute sites whose type guard failed: the types they accepted. */
  failedSites: ReadonlyMap<number, readonly PyType[]>;
}

export function generate(code: CodeObject, rt: CodeRuntime, options: GenOptions): Generated {
  if ((code.co_flags & CO_ASYNC_GENERATOR) !== 0) throw new Unsupported("async generator");
  const constants = new Constants();
  constants.extraTypes = widenedSites(code, rt, options.failedSites);
  const eligible = directEligible(code);
  const fname = "py_" + code.co_qualname.replace(/[^A-Za-z0-9_$]/g, "_");
  const parts: string[] = [];
  if (eligible) {
    // One body for both entries, so that what V8 learns running it (feedback, optimised
    // code) serves the calls from the interpreter and the direct calls alike.
    const body = new Generator(code, rt, options, constants, true).runTwice(fname);
    const unset = "undefined, ".repeat(directParamCount(code) + 1);
    parts.push(`const DIRECT = ${body};`);
    parts.push(`const ENTRY = function ${fname}$entry(f, pc) { return DIRECT(${unset}f, pc); };`);
    parts.push(`ENTRY.direct = DIRECT;`);
  } else parts.push(`const ENTRY = ${new Generator(code, rt, options, constants, false).runTwice(fname)};`);
  parts.push(`return ENTRY;`);
  const decls = constants.values.map((_, i) => `const c${i} = K[${i}];`);
  return {
    source: [...decls, ...parts].join("\n"),
    constants: constants.values,
    directCallees: [...constants.directCallees],
    guardedTypes: constants.guardedTypes,
  };
}

/** The estimate of the JS stack an activation of compiled `code` takes: V8's frames hold every
 * variable of the function and its expression temporaries. */
export function frameBytesOf(code: CodeObject): number {
  return 32 * (code.nregisters + 32);
}

/** The arguments of a call (`given`, the last of them named by `kwnames`) placed in the
 * parameters of `code` that a direct entry takes, as binding would place them, with
 * undefined for those left to defaults; null when the call does not fit (too many
 * positional arguments, a name that is no such parameter, is positional-only or is given
 * twice: the general call raises). */
function parameterSlots(
  code: CodeObject,
  given: readonly string[],
  kwnames: readonly string[] | null,
): (string | undefined)[] | null {
  const nparams = directParamCount(code);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = given.length - nkw;
  if (npos > code.co_argcount) return null;
  const slots: (string | undefined)[] = new Array<string | undefined>(nparams).fill(undefined);
  for (let i = 0; i < npos; i++) slots[i] = given[i];
  for (let k = 0; k < nkw; k++) {
    const i = code.co_varnames.indexOf(kwnames![k]!);
    if (i < code.co_posonlyargcount || i >= nparams || slots[i] !== undefined) return null;
    slots[i] = given[npos + k];
  }
  return slots;
}

/** Fills the parameters a call leaves to defaults (`slots`' undefined entries) with the
 * defaults seen now, as constants; returns the guards that they are still the function's
 * (its defaults tuple, its keyword-only defaults dict unchanged), or null when one has no
 * default (the general call raises). */
function defaultGuards(
  fnExpr: string,
  fn: PyFunction,
  slots: (string | undefined)[],
  constant: (v: unknown) => string,
): string | null {
  const code = fn.code as CodeObject;
  const argcount = code.co_argcount;
  let guards = "";
  for (let j = 0; j < slots.length; j++) {
    if (slots[j] !== undefined) continue;
    if (j < argcount) {
      const defaults = fn.defaults;
      const first = argcount - (defaults === null ? 0 : defaults.length);
      if (defaults === null || j < first) return null;
      slots[j] = constant(defaults[j - first]);
      const guard = ` && ${fnExpr}.defaults === ${constant(defaults)}`;
      if (!guards.includes(guard)) guards += guard;
    } else {
      const kwdefaults = fn.kwdefaults;
      const v = kwdefaults instanceof PyDict ? kwdefaults.getStr(code.co_varnames[j]!) : undefined;
      if (v === undefined) return null;
      slots[j] = constant(v);
      const k = constant(kwdefaults);
      const guard = ` && ${fnExpr}.kwdefaults === ${k} && ${k}.version === ${(kwdefaults as PyDict).version}`;
      if (!guards.includes(guard)) guards += guard;
    }
  }
  return guards;
}

/** The parameters a direct entry takes, in register order: the positional ones, then the
 * keyword-only ones. */
export function directParamCount(code: CodeObject): number {
  return code.co_argcount + code.co_kwonlyargcount;
}

/** Whether `code` gets a direct entry: a signature without `*args` or `**kwargs`, and no
 * instruction that needs the frame itself rather than its registers. (Closures qualify:
 * the entry takes its free variables' cells from the function it is called with.) */
export function directEligible(code: CodeObject): boolean {
  // A call costs little next to a long body, and V8 inlines only small functions.
  if (code.length > MAX_DIRECT_INSTRUCTIONS) return false;
  if ((code.co_flags & (CO_VARARGS | CO_VARKEYWORDS | GENERATOR_FLAGS)) !== 0) return false;
  for (let pc = 0; pc < code.length; pc++) if (FRAME_OPS.has(code.code[pc * 4]!)) return false;
  return true;
}

const MAX_DIRECT_INSTRUCTIONS = 400;

/** LOAD_CLASSDEREF, LOAD_NAME, STORE_NAME, DELETE_NAME, SETUP_ANNOTATIONS, IMPORT_STAR: only
 * module and class bodies have them. */
const FRAME_OPS = new Set([9, 10, 11, 12, 103, 117]);

/** The constants of one factory, shared by its entries. */
class Constants {
  readonly values: unknown[] = [];
  readonly index = new Map<unknown, number>();
  readonly directCallees = new Set<string>();
  /** The types each guarded attribute site accepts (attr_sites.ts). */
  readonly guardedTypes = new Map<number, PyType[]>();
  /** Extra types per attribute site (attr_sites.ts, widenedSites). */
  extraTypes: ReadonlyMap<number, PyType[]> = new Map();
}

class Generator {
  private readonly out: string[] = [];
  private readonly targets: Set<number>;
  /** Named registers ever written: written back to R at sync points. */
  private readonly syncable: number[];
  private dirty = new Set<number>();
  /** Per jump target, the named registers that may be dirty there (second pass), from the
   * first pass's record of what each instruction writes and writes back (`written`). */
  private dirtyAt: Map<number, Set<number>> | null = null;
  /** Jump targets reached with the frame made on every path (second pass). */
  private frameMadeAt: Set<number> | null = null;
  /** Whether every path to the code being generated has made the frame (direct entry). */
  private frameMade = false;
  private written: InstructionWrites[] = [];
  /** Instructions of long code that the interpreter never reached (coldInstructions). */
  private readonly cold: Uint8Array | null;
  private current: InstructionWrites = {
    synced: false,
    madeFrame: false,
    afterSync: new Set(),
    all: new Set(),
  };
  /** Set while a call site's call runs with the caller's activation recorded as a shadow
   * frame: the call's result check drops the record first (raisedCheck). */
  private shadowed = false;
  /** Register -> the method a speculative LOAD_METHOD put there (still valid). */
  private knownMethod = new Map<number, { method: PyObject; selfReg: number }>();
  /** Register -> the builtin a speculative LOAD_GLOBAL folded into it (still valid). */
  private knownGlobal = new Map<number, PyObject>();
  private foldedGlobal: [number, PyObject] | null = null;
  private foundMethod: [number, { method: PyObject; selfReg: number }] | null = null;
  /** Register -> the Python functions a LOAD_METHOD site without a guard has found for
   * the types it met (a method each subclass overrides): the call dispatches on them. */
  private seenMethods = new Map<number, PyFunction[]>();
  private foundMethods: [number, PyFunction[]] | null = null;
  /** Temporaries whose current value is the raw double in d<r> (r<r> is stale): results of
   * float arithmetic consumed by float arithmetic, boxed only where anything else reads
   * them, at block ends and at deoptimisation exits. */
  private unboxed = new Set<number>();
  /** The temporaries live at each instruction (liveTemps), made when first needed. */
  private liveTempsAt: Uint32Array[] | null = null;
  /** Every temporary that ever held an unboxed double (declared as d<r>). */
  private readonly doubles = new Set<number>();
  /** Locals that float arithmetic writes (see floatLocalsOf): r<L> is null while the value
   * is only in d<L>, so that a local holding a float stays a raw double across blocks and
   * loop iterations, boxed only when something else reads it. */
  private readonly floatLocals: ReadonlySet<number>;
  /** Float locals whose d<L> holds the current value here (r<L> may be null or its box). */
  private doubleValid = new Set<number>();
  /** Whether the instruction being generated reads its unboxed operands itself. */
  private floatAware = false;
  /** Whether float ** is compiled (its result goes through the variable pw). */
  private usesPow = false;
  /** The register the current instruction left as an unboxed double, or -1. */
  private justUnboxed = -1;
  /** The UNPACK_SEQUENCE that the FOR_ITER before it did (forIter's items case), or -1. */
  private fusedUnpack = -1;
  /** The UNPACK_SEQUENCE that the FOR_ITER before it may have done, leaving H.FUSED_PAIR
   * in the item register (enumerate over a list in forIter's general case), or -1. */
  private maybeFusedUnpack = -1;
  private pc = 0;

  constructor(
    private readonly code: CodeObject,
    private readonly rt: CodeRuntime,
    private readonly options: GenOptions,
    private readonly constants: Constants,
    /** Generating the body that also serves direct calls: `f` is null until the frame is
     * made (enterDirect), unless the interpreter entered it with one (`framed`). */
    private readonly direct: boolean,
  ) {
    this.targets = jumpTargets(code);
    const named = new Set<number>();
    for (let pc = 0; pc < code.length; pc++)
      for (const r of writtenRegisters(code, pc)) if (r < code.constBase) named.add(r);
    this.syncable = [...named].sort((x, y) => x - y);
    this.cold = code.length > LONG_CODE ? coldInstructions(code, rt) : null;
    this.floatLocals = this.floatLocalsOf();
    for (const r of this.floatLocals) this.doubles.add(r);
  }

  /** The locals some float-aware arithmetic instruction writes. */
  private floatLocalsOf(): Set<number> {
    const out = new Set<number>();
    const nlocals = this.code.co_varnames.length;
    for (let pc = 0; pc < this.code.length; pc++) {
      const op = this.code.code[pc * 4]!;
      const a = this.code.code[pc * 4 + 1]!;
      if (op >= 24 && op <= 49 && a < nlocals && this.isFloatAware(pc)) out.add(a);
    }
    return out;
  }

  /** The function expression of this entry, generated a second time with the registers
   * that can be dirty at each jump target known. Assuming all of them dirty there made
   * every slow path of a long function write back a hundred registers: a tenth of
   * re._parser's compiled source, which V8 must parse and compile. */
  runTwice(fname: string): string {
    this.run(fname);
    this.dirtyAt = dirtyAtTargets(this.code, this.targets, this.written, this.syncable, this.direct);
    if (this.direct) this.frameMadeAt = frameMadeAtTargets(this.code, this.targets, this.written);
    this.frameMade = false;
    this.out.length = 0;
    this.written = [];
    this.dirty = new Set();
    this.unboxed = new Set();
    this.doubleValid = new Set();
    this.knownMethod.clear();
    this.knownGlobal.clear();
    this.seenMethods.clear();
    return this.run(fname);
  }

  /** The function expression of this entry. */
  private run(fname: string): string {
    const code = this.code;
    const body: string[] = [];
    const named: string[] = [];
    for (let r = 0; r < code.constBase; r++) named.push(this.direct ? `r${r}` : `r${r} = R[${r}]`);
    const temps: string[] = [];
    for (let r = code.tempBase; r < code.nregisters; r++) temps.push(`r${r}`);
    for (let pc = 0; pc < code.length; pc++) {
      this.pc = pc;
      if (this.targets.has(pc)) {
        this.boxLive(pc);
        this.out.push(`case ${pc}:`);
        this.dirty = new Set(this.dirtyAt?.get(pc) ?? this.syncable);
        this.frameMade = this.frameMadeAt?.has(pc) ?? false;
        this.doubleValid.clear();
        this.knownMethod.clear();
        this.knownGlobal.clear();
        this.seenMethods.clear();
      }
      this.floatAware = this.isFloatAware(pc);
      if (!this.floatAware) {
        const reads = readRegisters(code, pc);
        if (isBlockEnd(code.code[pc * 4]!)) this.boxLive(pc);
        else this.box(reads);
        this.boxFloatLocals(reads);
      }
      this.justUnboxed = -1;
      this.current = { synced: false, madeFrame: false, afterSync: new Set(), all: new Set() };
      if (this.fusedUnpack === pc) this.fusedUnpack = -1;
      else if (this.cold === null || this.cold[pc] === 0 || !this.coldInstruction(pc)) this.instruction(pc);
      this.written.push(this.current);
      // A register the instruction wrote boxed is no longer an unboxed double.
      for (const r of writtenRegisters(code, pc))
        if (r !== this.justUnboxed) {
          this.unboxed.delete(r);
          this.doubleValid.delete(r);
        }
      for (const r of writtenRegisters(code, pc)) {
        this.knownGlobal.delete(r);
        this.knownMethod.delete(r);
        this.seenMethods.delete(r);
        if (r > 0) this.knownMethod.delete(r - 1);
      }
      if (this.foldedGlobal !== null) this.knownGlobal.set(this.foldedGlobal[0], this.foldedGlobal[1]);
      this.foldedGlobal = null;
      if (this.foundMethod !== null) this.knownMethod.set(this.foundMethod[0], this.foundMethod[1]);
      this.foundMethod = null;
      if (this.foundMethods !== null) this.seenMethods.set(this.foundMethods[0], this.foundMethods[1]);
      this.foundMethods = null;
    }
    const writeBack = this.writeBack();
    if (this.direct) body.push(...this.unifiedPrologue(fname, named, temps));
    else {
      body.push(`function ${fname}(f, pc) {`);
      body.push(`const R = f.regs;`);
      if (named.length > 0) body.push(`let ${named.join(", ")};`);
      if (temps.length > 0) {
        body.push(`let ${temps.join(", ")};`);
        body.push(`if (pc !== 0) { ${temps.map((t) => `${t} = R[${t.slice(1)}];`).join(" ")} }`);
      }
    }
    if (this.doubles.size > 0) body.push(`let ${[...this.doubles].map((r) => `d${r} = 0`).join(", ")};`);
    body.push(
      `let kw = null, dpc = 0, why = "", raised${this.usesPow ? ", pw = 0" : ""}${this.direct ? ", ssp = -1" : ""};`,
    );
    body.push(
      this.direct
        ? `const G = H.globalsFor(f, fn), B = H.builtinsFor(f, fn);`
        : `const G = f.globals, B = f.builtins;`,
    );
    // An exception reaches the code after the try two ways: thrown (by a helper), or as
    // `raised` by a `break thrown` (a raise, or a direct callee that returned RAISED), which
    // costs no JS throw. The normal way out of the loop is a deoptimisation.
    body.push(`for (;;) { try {`);
    body.push(`thrown: {`);
    body.push(`exit: for (;;) { switch (pc) {`);
    body.push(...this.out);
    body.push(`default: dpc = pc; why = "entry at an instruction that is not a jump target"; break exit;`);
    body.push(`} }`);
    body.push(`break; }`);
    body.push(`} catch (e) { raised = e; }`);
    this.frameMade = false;
    if (this.direct) body.push(`${this.shadowReturnText()} ${this.makeFrameText()} f.pc = pcv;`);
    body.push(...this.catchText());
    body.push(...writeBack);
    body.push(this.direct ? `if (!framed) return H.raiseFromDirect(f, S, raised);` : "");
    body.push(`H.pending(raised); return DEOPT;`);
    body.push(`}`);
    if (this.direct) body.push(this.makeFrameText());
    body.push(...writeBack);
    body.push(`f.pc = dpc; H.deopt(f, S, dpc, why);`);
    body.push(this.direct ? `return framed ? DEOPT : H.resumeDirect(f, S);` : `return DEOPT;`);
    body.push(`}`);
    return body.join("\n");
  }

  /** The start of a body that serves both entries (see the file comment): called directly
   * with the arguments, `f` undefined, or by the interpreter's wrapper with a pushed frame
   * and the instruction to start at. */
  private unifiedPrologue(fname: string, named: readonly string[], temps: readonly string[]): string[] {
    const code = this.code;
    const params: string[] = [];
    for (let r = 0; r < directParamCount(code); r++) params.push(`a${r}`);
    const out = [`function ${fname}(${["fn", ...params, "f", "pc"].join(", ")}) {`];
    // What runs on entry is the same whether the interpreter (with a frame) or compiled code
    // (without) calls: V8 compiles the function seeing one kind of caller, and a site only
    // the other kind runs would throw its optimised code away when that kind first came.
    out.push(`const framed = f !== undefined, current = S.direct;`);
    out.push(`let R = null, pcv = 0${[...named, ...temps].map((r) => `, ${r}`).join("")};`);
    const fromFrame = named.map((r) => `${r} = R[${r.slice(1)}];`);
    const fromTemps = temps.map((t) => `${t} = R[${t.slice(1)}];`);
    const tempLoad = fromTemps.length > 0 ? ` if (pc !== 0) { ${fromTemps.join(" ")} }` : "";
    out.push(`if (framed) { R = f.regs; pcv = pc; ${fromFrame.join(" ")}${tempLoad} } else {`);
    // A recompilation or a deoptimisation retires this entry, but callers compiled earlier
    // still call it: they go on to the code's current direct entry, which takes the same
    // arguments under the same guards (a caller in a long loop, compiled once, would
    // otherwise take the long way for good), or without one the long way (keyword-only
    // parameters by name).
    const kwonly = code.co_varnames.slice(code.co_argcount, directParamCount(code));
    const kwText = kwonly.length === 0 ? "null" : this.constant(kwonly);
    const args = ["fn", ...params].join(", ");
    out.push(
      `if (current !== DIRECT) return current !== null ? current(${args}) : H.callFromJit(fn, [${params.join(", ")}], ${kwText});`,
    );
    out.push(`f = null; pc = 0; ${params.map((p, r) => `r${r} = ${p};`).join(" ")} }`);
    return out;
  }

  // ---- pieces ----

  /** Raises the exception `exc` evaluates to (`lastiReg`: a RERAISE's). Under a handler of
   * this code, goes straight on at the handler: throwing (V8 makes a message object for
   * every throw) only to catch it in the same function costs more than the rest of a
   * `raise`. */
  private raise(exc: string, lastiReg = -1): void {
    const index = this.code.findHandlerIndex(this.pc);
    if (index < 0) {
      this.emit(`{ raised = ${exc}; break thrown; }`);
      return;
    }
    const h = this.code.exceptionEntry(index);
    let frame = this.direct ? `${this.makeFrameText()} f.pc = pcv;` : "";
    // A RERAISE's lasti register is read from the frame, as the interpreter reads it.
    if (lastiReg >= 0) frame += ` R[${lastiReg}] = ${this.r(lastiReg)};`;
    const lasti = h.lastiReg >= 0 ? ` r${h.lastiReg} = H.caught.lasti;` : "";
    this.emit(
      `{ const x = ${exc}; ${this.boxText([...this.unboxed])} ${frame} H.catchInCompiled(f, x); r${h.excReg} = H.caught.exc; H.caught.exc = H.None;${lasti} pc = ${h.handler}; continue exit; }`,
    );
  }

  /** After a call that may have returned RAISED (a direct entry, callFromJit, callAny): the
   * exception goes on as if the call had thrown it, before anything is assigned. */
  private raisedCheck(value: string): string {
    const check = `if (${value} === H.RAISED) { raised = H.takeRaised(); break thrown; }`;
    return this.shadowed ? `${this.shadowReturnText()} ${check}` : check;
  }

  /** The catch's own unwinding: an exception at an instruction that a handler of this code
   * covers goes on at the handler, in compiled code, as the interpreter would (a `try` in a
   * hot loop no longer leaves compiled code at each exception). */
  private catchText(): string[] {
    const code = this.code;
    const n = code.exceptionEntryCount;
    if (n === 0) return [];
    const cases: string[] = [];
    for (let i = 0; i < n; i++) {
      const h = code.exceptionEntry(i);
      const lasti = h.lastiReg >= 0 ? ` r${h.lastiReg} = H.caught.lasti;` : "";
      cases.push(
        `case ${i}: r${h.excReg} = H.caught.exc; H.caught.exc = H.None;${lasti} pc = ${h.handler}; break;`,
      );
    }
    const handler = `const h = H.catchInCompiled(f, raised);`;
    // A call that raised left its keyword names set.
    return [`{ ${handler} if (h >= 0) { kw = null; switch (h) { ${cases.join(" ")} } continue; } }`];
  }

  /** Every register written back to R: where the frame goes back to the interpreter, or a
   * generator's is suspended. */
  private writeBack(): string[] {
    const code = this.code;
    const out = this.syncable.map((r) => this.writeBackOne(r));
    out.push(...this.tempWrites());
    // Frames made for compiled code do not get the constant registers; the interpreter needs them.
    const consts = this.rt.consts;
    for (let k = 0; k < consts.length; k++)
      out.push(`R[${code.constBase + k}] = ${this.constant(consts[k])};`);
    return out;
  }

  private constant(v: unknown): string {
    if (typeof v === "number" && Number.isSafeInteger(v) && !Object.is(v, -0))
      return v < 0 ? `(${v})` : `${v}`;
    if (typeof v === "boolean") return v ? "true" : "false";
    if (v === undefined) return "undefined";
    let i = this.constants.index.get(v);
    if (i === undefined) {
      i = this.constants.values.length;
      this.constants.values.push(v);
      this.constants.index.set(v, i);
    }
    return `c${i}`;
  }

  /** The JS expression reading register x. */
  private r(x: number): string {
    const code = this.code;
    if (x >= code.constBase && x < code.tempBase) return this.constant(this.rt.consts[x - code.constBase]);
    return `r${x}`;
  }

  private set(x: number, expr: string): string {
    if (x < this.code.constBase) {
      this.dirty.add(x);
      this.current.afterSync.add(x);
      this.current.all.add(x);
    }
    return `r${x} = ${expr};`;
  }

  private emit(line: string): void {
    this.out.push(line);
  }

  /** Writes dirty named registers back to R (from here on they are clean). In the direct
   * entry, makes the frame first: Python code may run next. */
  private sync(): void {
    const text = this.syncText();
    if (text !== "") this.emit(text);
    if (this.direct) this.frameMade = true;
    this.dirty.clear();
    this.current.synced = true;
    this.current.madeFrame = true;
    this.current.afterSync.clear();
  }

  /** The write-back before a call of a direct activation that may have no frame yet: the
   * registers go to its register array as always, but without a frame the activation is
   * recorded as a shadow frame instead of making one (shadow_frames.ts), and the record is
   * dropped when the call returns (raisedCheck). */
  private shadowSync(): void {
    const writes = this.dirtyText();
    const params = this.paramWrites();
    // (Inline: through a helper, the record cost as much as the frame it saves.)
    this.emit(
      `if (f === null && !S.eagerFrames) { if (R === null) { R = H.registerArray(${this.code.nregisters}); ${params.join(" ")} } ssp = V.shadowSp++; V.shadowRegs[ssp] = R; V.shadowFns[ssp] = fn; V.shadowPcs[ssp] = ${this.pc}; V.depth++; H.jitStack.used += ${frameBytesOf(this.code)}; S.shadowCalls++; } else { ${this.makeFrameText()} f.pc = ${this.pc}; }`,
    );
    if (writes !== "") this.emit(writes);
    this.dirty.clear();
    this.current.synced = true;
    this.current.afterSync.clear();
    this.shadowed = true;
  }

  /** Drops the shadow record of the activation (see shadowSync), taking the frame made for
   * it meanwhile, if any. */
  private shadowReturnText(): string {
    return `if (ssp >= 0) { V.shadowSp = ssp; V.shadowRegs[ssp] = undefined; V.shadowFns[ssp] = undefined; if (V.shadowFlushed > ssp) f = H.shadowFrameOf(ssp); else { V.depth--; H.jitStack.used -= ${frameBytesOf(this.code)}; } ssp = -1; }`;
  }

  /** The write-back code for a path that may or may not run (leaves the registers dirty). */
  private syncText(): string {
    const writes = this.dirtyText();
    return this.direct ? `${this.makeFrameText()} f.pc = ${this.pc}; ${writes}` : writes;
  }

  private tempWrites(): string[] {
    const out: string[] = [];
    for (let r = this.code.tempBase; r < this.code.nregisters; r++) out.push(`R[${r}] = r${r};`);
    return out;
  }

  private dirtyText(): string {
    return [...this.dirty].map((r) => this.writeBackOne(r)).join(" ");
  }

  /** `R[r] = r<r>`, boxing a float local's double first if it is only there. */
  private writeBackOne(r: number): string {
    if (!this.floatLocals.has(r)) return `R[${r}] = r${r};`;
    return `R[${r}] = r${r} === null ? (r${r} = new H.PyFloat(d${r})) : r${r};`;
  }

  /** Makes r<L> current for the float locals among `regs`, for an instruction that reads
   * them boxed. */
  private boxFloatLocals(regs: readonly number[]): void {
    for (const r of new Set(regs))
      if (this.floatLocals.has(r)) this.emit(`if (r${r} === null) r${r} = new H.PyFloat(d${r});`);
  }

  /** Direct entry: the Frame, made and pushed unless it exists. Of the named registers it
   * writes only the arguments that the code never assigns: the others are dirty from the
   * entry on (every jump target makes them so) until a write-back, which is always preceded
   * by this text, so the write-back that follows writes them. (Writing them all here made
   * big functions too big for V8 to optimise.) */
  private makeFrameText(): string {
    if (this.frameMade) return "";
    return `if (f === null) { f = H.enterDirect(fn, S, R); R = f.regs; ${this.paramWrites().join(" ")} }`;
  }

  /** The writes of the arguments that the code never assigns (the write-backs never write
   * them), for a register array made now. */
  private paramWrites(): string[] {
    const writes: string[] = [];
    for (let r = 0; r < directParamCount(this.code); r++)
      if (!this.syncable.includes(r)) writes.push(`R[${r}] = r${r};`);
    return writes;
  }

  /** Records the current instruction for tracebacks (in the direct entry, in a local until the
   * frame exists; syncText and the exits copy it). */
  private pcText(pc: number): string {
    return this.direct ? `pcv = ${pc};` : `f.pc = ${pc};`;
  }

  private str(s: string): string {
    return JSON.stringify(s);
  }

  private name(i: number): string {
    return this.str(this.code.co_names[i]!);
  }

  private speculates(): boolean {
    return this.options.speculate && !this.options.genericSites.has(this.pc);
  }

  /** `if (<fails>) deopt` for a guard whose success condition is `ok`. */
  private guard(ok: string, reason: string): void {
    const stress = this.options.stress ? " || H.stress()" : "";
    this.emit(`if (!(${ok})${stress}) ${this.deoptHere(reason)}`);
  }

  /** Hands the frame to the interpreter before the current instruction: a trace or
   * profile function was set (H.checkInterrupt says so), and compiled code reports no
   * events. */
  private leaveForTracing(): string {
    return this.deoptHere(TRACING_EXIT);
  }

  /** Hands the frame to the interpreter, which goes on at instruction `at` (by default the
   * current one, not yet begun). */
  private deoptHere(reason: string, at = this.pc): string {
    return `{ ${this.boxText([...this.unboxed])} dpc = ${at}; why = ${this.str(reason)}; break exit; }`;
  }

  private boxText(regs: readonly number[]): string {
    return regs.map((r) => `r${r} = new H.PyFloat(d${r});`).join(" ");
  }

  /** Boxes the given registers that hold unboxed doubles (r<r> becomes current again). */
  private box(regs: readonly number[]): void {
    const pending = [...new Set(regs)].filter((r) => this.unboxed.has(r));
    if (pending.length === 0) return;
    this.emit(this.boxText(pending));
    for (const r of pending) this.unboxed.delete(r);
  }

  private boxAll(): void {
    this.box([...this.unboxed]);
  }

  /** Boxes the unboxed doubles still to be read from instruction `pc` on, where control
   * leaves the straight line: a product consumed by `s += x * y` at the end of a loop's
   * body was boxed at every iteration for nothing. The others are forgotten. */
  private boxLive(pc: number): void {
    if (this.unboxed.size === 0) return;
    const live = (this.liveTempsAt ??= liveTemps(this.code))[pc]!;
    const base = this.code.tempBase;
    for (const r of this.unboxed)
      if ((live[(r - base) >> 5]! & (1 << ((r - base) & 31))) === 0) this.unboxed.delete(r);
    this.boxAll();
  }

  /** Whether the instruction at pc is float arithmetic compiled on unboxed doubles. */
  private isFloatAware(pc: number): boolean {
    const op = this.code.code[pc * 4]!;
    const arithmetic = op >= 24 && op <= 49 && FLOAT_OPS.has(op >= 37 ? op - 37 : op - 24);
    const comparison = op >= 50 && op <= 55;
    if (!arithmetic && !comparison) return false;
    if (!this.options.speculate || this.options.genericSites.has(pc)) return false;
    const fb = this.rt.feedback[pc]!;
    const lt = fb & 0xff;
    const rt = (fb >> 8) & 0xff;
    return (lt === FLOAT || lt === INT) && (rt === FLOAT || rt === INT) && ((lt | rt) & FLOAT) !== 0;
  }

  /** For float-aware code: the double value of register x, adding to `checks` the guard
   * that makes it one (none if x is already an unboxed double). */
  private doubleOf(x: number, bits: number, checks: string[]): string {
    if (this.unboxed.has(x) || this.doubleValid.has(x)) return `d${x}`;
    const literal = this.doubleLiteral(x);
    if (literal !== null) return literal;
    const v = this.r(x);
    if (this.floatLocals.has(x) && bits === FLOAT) {
      // Null: the double is current already. A box from elsewhere is read once.
      this.emit(
        `if (${v} !== null) { if (!(typeof ${v} === "object" && ${v}.type === H.floatType)${this.options.stress ? " || H.stress()" : ""}) ${this.deoptHere(`operand ${this.code.co_varnames[x]} not float`)} d${x} = ${v}.value; }`,
      );
      this.doubleValid.add(x);
      return `d${x}`;
    }
    if (bits === FLOAT) {
      checks.push(`typeof ${v} === "object" && ${v}.type === H.floatType`);
      return `${v}.value`;
    }
    checks.push(`typeof ${v} === "number"`);
    return v;
  }

  /** The JS literal of a constant register holding a float or a safe int, or null. */
  private doubleLiteral(x: number): string | null {
    const code = this.code;
    if (x < code.constBase || x >= code.tempBase) return null;
    const v = this.rt.consts[x - code.constBase];
    let d: number;
    if (typeof v === "number") d = v;
    else if (v instanceof PyFloat) d = v.value;
    else return null;
    if (Object.is(d, -0)) return "-0";
    return d < 0 ? `(${String(d)})` : String(d);
  }

  /** Writes a double result: unboxed in d<a> for a temporary, boxed otherwise. */
  private setDouble(a: number, expr: string): string {
    if (this.floatLocals.has(a)) {
      this.set(a, "null");
      this.doubleValid.add(a);
      this.justUnboxed = a;
      return `d${a} = ${expr}; r${a} = null;`;
    }
    if (a >= this.code.tempBase) {
      this.doubles.add(a);
      this.unboxed.add(a);
      this.justUnboxed = a;
      return `d${a} = ${expr};`;
    }
    return this.set(a, `new H.PyFloat(${expr})`);
  }

  /** An instruction that may run Python code: its index for tracebacks, the locals written
   * back, then its code. */
  /** The instruction done by a helper, after a write-back: `text` is made after the
   * write-back, so that the registers it sets stay dirty (made first, the write-back would
   * have taken them for clean, and a later one would have left their new values out). */
  private generic(text: () => string): void {
    this.setPc();
    this.sync();
    this.emit(text());
  }

  private setPc(): void {
    this.emit(this.pcText(this.pc));
  }

  private feedback(): [number, number] {
    const fb = this.rt.feedback[this.pc]!;
    return [fb & 0xff, (fb >> 8) & 0xff];
  }

  private regList(start: number, count: number): string {
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(this.r(start + i));
    return `[${parts.join(", ")}]`;
  }

  // ---- instructions ----

  /** The opcode and operands of the instruction at `pc`. */
  private decode(pc: number): [number, number, number, number] {
    const w = this.code.code;
    return [w[pc * 4]!, w[pc * 4 + 1]!, w[pc * 4 + 2]!, w[pc * 4 + 3]!];
  }

  private instruction(pc: number): void {
    const [op, a, b, c] = this.decode(pc);
    const code = this.code;
    switch (op) {
      case 0: // NOP
        return;
      case 1: // MOVE
        this.emit(this.set(a, this.r(b)));
        return;
      case 2: // LOAD_FAST_CHECK
        this.emit(
          `if (r${a} === undefined) { ${this.pcText(pc)} throw H.unboundLocal(${this.str(code.co_varnames[a]!)}); }`,
        );
        return;
      case 3: // DELETE_FAST
        this.emit(
          `if (r${a} === undefined) { ${this.pcText(pc)} throw H.unboundLocal(${this.str(code.co_varnames[a]!)}); }`,
        );
        this.emit(this.set(a, "undefined"));
        return;
      case 4: // MAKE_CELL
        this.emit(this.set(a, `new H.PyCell(${b < 0 ? "undefined" : this.r(b)})`));
        return;
      case 5: // COPY_FREE_VARS
        for (let i = 0; i < a; i++)
          this.emit(
            this.set(code.freeBase + i, `${this.direct ? "(framed ? f.func : fn)" : "f.func"}.closure[${i}]`),
          );
        return;
      case 6: // LOAD_DEREF
        this.setPc();
        this.emit(
          `{ const v = r${b}.value; if (v === undefined) throw H.emptyCell(CODE, ${b}); ${this.set(a, "v")} }`,
        );
        return;
      case 7: // STORE_DEREF
        this.emit(`r${a}.value = ${this.r(b)};`);
        return;
      case 8: // DELETE_DEREF
        this.setPc();
        this.emit(`if (r${a}.value === undefined) throw H.emptyCell(CODE, ${a}); r${a}.value = undefined;`);
        return;
      case 9: // LOAD_CLASSDEREF
        this.setPc();
        this.sync();
        this.emit(
          `{ const v = H.lookupMapping(f.locals, ${this.name(c)}); if (v !== undefined) ${this.set(a, "v")} else { const cv = r${b}.value; if (cv === undefined) throw H.emptyCell(CODE, ${b}); ${this.set(a, "cv")} } }`,
        );
        return;
      case 10: // LOAD_NAME
        this.generic(() => this.set(a, `H.loadName(f, ${this.name(b)})`));
        return;
      case 11: // STORE_NAME
        this.generic(() => `H.storeName(f, ${this.name(a)}, ${this.r(b)});`);
        return;
      case 12: // DELETE_NAME
        this.generic(() => `H.deleteName(f, ${this.name(a)});`);
        return;
      case 13:
        this.loadGlobal(a, b);
        return;
      case 14: // STORE_GLOBAL
        this.generic(() => `G.setStr(${this.name(a)}, ${this.r(b)});`);
        return;
      case 15: // DELETE_GLOBAL
        this.generic(() => `H.deleteGlobal(f, ${this.name(a)});`);
        return;
      case 16:
        this.loadAttr(a, b, c);
        return;
      case 17:
        this.storeAttr(a, b, c);
        return;
      case 18: // DELETE_ATTR
        this.generic(() => `H.delAttr(${this.r(a)}, ${this.name(b)});`);
        return;
      case 19:
        this.loadMethod(a, b, c);
        return;
      case 20:
        this.binarySubscr(a, b, c);
        return;
      case 21:
        this.storeSubscr(a, b, c);
        return;
      case 22: // DELETE_SUBSCR
        this.generic(() => `H.delItem(${this.r(a)}, ${this.r(b)});`);
        return;
      case 23: // BUILD_SLICE
        this.emit(
          this.set(a, `new H.PySlice(${this.r(b)}, ${this.r(b + 1)}, ${c === 3 ? this.r(b + 2) : "H.None"})`),
        );
        return;
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
        this.compare(a, b, c, op - 50);
        return;
      case 56: // IS_OP
        this.emit(this.set(a, `${this.r(b)} === ${this.r(c)}`));
        return;
      case 57: // IS_NOT_OP
        this.emit(this.set(a, `${this.r(b)} !== ${this.r(c)}`));
        return;
      case 58: // CONTAINS_OP
      case 59: // NOT_CONTAINS_OP
        // The exact built-in containers answer without Python code, so without a write-back.
        this.setPc();
        this.emit(
          `{ let v = H.exactContains(${this.r(c)}, ${this.r(b)}); if (v === undefined) { ${this.syncText()} v = H.contains(${this.r(c)}, ${this.r(b)}); } ${this.set(a, op === 59 ? "!v" : "v")} }`,
        );
        return;
      case 60: // UNARY_POSITIVE
        this.setPc();
        this.emit(
          `{ const x = ${this.r(b)}; if (typeof x === "number") ${this.set(a, "x")} else { ${this.syncText()} ${this.set(a, `H.unaryOp(x, "pos")`)} } }`,
        );
        return;
      case 61: // UNARY_NEGATIVE
        this.setPc();
        this.emit(
          `{ const x = ${this.r(b)}; if (typeof x === "number" && x !== 0) ${this.set(a, "-x")} else if (typeof x === "object" && x.type === H.floatType) ${this.set(a, "new H.PyFloat(-x.value)")} else { ${this.syncText()} ${this.set(a, `H.unaryOp(x, "neg")`)} } }`,
        );
        return;
      case 62: // UNARY_INVERT
        // ~x is -x-1 for any int; below 2**53 - 1 the result stays a safe integer.
        this.setPc();
        this.emit(
          `{ const x = ${this.r(b)}; if (typeof x === "number" && x < 9007199254740991) ${this.set(a, "-x - 1")} else { ${this.syncText()} ${this.set(a, `H.unaryOp(x, "invert")`)} } }`,
        );
        return;
      case 63: // UNARY_NOT
        this.setPc();
        this.emit(
          `{ const x = ${this.r(b)}; if (x === true || x === false) ${this.set(a, "!x")} else { ${this.syncText()} ${this.set(a, "!H.isTrue(x)")} } }`,
        );
        return;
      case 64: // JUMP_FORWARD
        this.emit(`pc = ${a}; continue;`);
        return;
      case 65: // JUMP_BACKWARD
        this.setPc();
        this.emit(
          `if (V.signals[0] !== 0) { ${this.syncText()} if (H.checkInterrupt()) ${this.leaveForTracing()} }`,
        );
        this.emit(`pc = ${a}; continue;`);
        return;
      case 66:
      case 67:
        this.branchOnTruth(a, b, op === 67);
        return;
      case 68: // POP_JUMP_IF_NONE
        this.emit(`if (${this.r(a)} === H.None) { pc = ${b}; continue; }`);
        return;
      case 69: // POP_JUMP_IF_NOT_NONE
        this.emit(`if (${this.r(a)} !== H.None) { pc = ${b}; continue; }`);
        return;
      case 70: // GET_ITER
        this.setPc();
        this.emit(
          `{ let it = H.exactIter(${this.r(b)}); if (it === undefined) { ${this.syncText()} it = H.getIter(${this.r(b)}); } ${this.set(a, "it")} }`,
        );
        return;
      case 71:
        this.forIter(a, b, c);
        return;
      case 72: // GET_YIELD_FROM_ITER
        this.generic(() => this.set(a, `H.yieldFromIter(${this.r(b)}, CODE)`));
        return;
      case RETURN_GENERATOR:
        // Calls of a generator's code run in the interpreter (jitEntry); its compiled code
        // only resumes frames, after this instruction.
        this.emit(`dpc = ${pc}; why = "generator call"; break exit;`);
        return;
      case YIELD_VALUE:
        // The frame is suspended with every register in R (the constants are there already:
        // the interpreter made the frame); resume() stores the sent value in R[a] and the
        // next entry reads it.
        this.boxAll();
        this.emit(
          `${this.dirtyText()} ${this.tempWrites().join(" ")} f.pc = ${pc + 1}; H.yielded(); return ${this.r(b)};`,
        );
        return;
      case 76: // GET_AWAITABLE
        this.generic(() => this.set(a, `H.getAwaitable(${this.r(b)}, ${c})`));
        return;
      case 77: // GET_AITER
        this.generic(() => this.set(a, `H.getAIter(${this.r(b)})`));
        return;
      case 78: // GET_ANEXT
        this.generic(() => this.set(a, `H.getANext(${this.r(b)})`));
        return;
      case 79: // END_ASYNC_FOR
        this.setPc();
        this.emit(`if (!H.isStopAsyncIteration(${this.r(a)}))`);
        this.raise(`H.reraise(${this.r(a)})`);
        return;
      case 75: // SEND
        this.generic(
          () =>
            `{ const s = H.send(${this.r(b)}, ${this.r(a)}); ${this.set(a, "s.value")} if (s.done) { pc = ${c}; continue; } }`,
        );
        return;
      case 80: // RETURN_VALUE
        if (this.direct)
          this.emit(
            `if (f !== null && H.leaveFrame(f, S, framed)) { ${this.dirtyText()} } return ${this.r(a)};`,
          );
        else this.emit(`if (f.pyFrame !== null || f.pinned) { ${this.dirtyText()} } return ${this.r(a)};`);
        return;
      case 81: // BUILD_TUPLE
        this.emit(this.set(a, c === 0 ? "H.newTuple([])" : `new H.PyTuple(${this.regList(b, c)})`));
        return;
      case 82: // BUILD_LIST
        this.emit(this.set(a, `new H.PyList(${this.regList(b, c)})`));
        return;
      case 83: // BUILD_SET
        this.generic(() => this.set(a, `H.newSet(${this.regList(b, c)})`));
        return;
      case 84: {
        // BUILD_MAP
        this.setPc();
        this.sync();
        const sets: string[] = [];
        for (let i = 0; i < c; i++) sets.push(`d.set(${this.r(b + 2 * i)}, ${this.r(b + 2 * i + 1)});`);
        this.emit(`{ const d = new H.PyDict(); ${sets.join(" ")} ${this.set(a, "d")} }`);
        return;
      }
      case 85: // BUILD_STRING
        this.setPc();
        this.emit(this.set(a, `H.buildString(${this.regList(b, c)}, 0, ${c})`));
        return;
      case 86: // LIST_TO_TUPLE
        this.emit(this.set(a, `H.newTuple(${this.r(b)}.items.slice())`));
        return;
      case 87: // LIST_APPEND
        this.emit(`${this.r(a)}.items.push(${this.r(b)});`);
        return;
      case 88: // SET_ADD
        this.generic(() => `H.setAdd(${this.r(a)}, ${this.r(b)});`);
        return;
      case 89: // MAP_ADD
        this.generic(() => `${this.r(a)}.set(${this.r(b)}, ${this.r(c)});`);
        return;
      case 90: // LIST_EXTEND
      case 91: // SET_UPDATE
      case 92: // DICT_UPDATE
        this.setPc();
        this.sync();
        this.emit(
          `H.${op === 90 ? "listExtend" : op === 91 ? "setUpdate" : "dictUpdate"}(${this.r(a)}, ${this.r(b)});`,
        );
        return;
      case 93: // DICT_MERGE
        this.generic(() => `H.dictMerge(${this.r(a)}, ${this.r(b)}, ${this.r(c)});`);
        return;
      case 94:
        this.unpackSequence(a, b, c);
        return;
      case 95: {
        // UNPACK_EX
        this.setPc();
        this.sync();
        const n = (c & 0xff) + 1 + (c >> 8);
        this.emit(`H.unpackEx(R, ${a}, ${this.r(b)}, ${c});`);
        for (let i = 0; i < n; i++) this.emit(this.set(a + i, `R[${a + i}]`));
        return;
      }
      case 96: // FORMAT_VALUE
        this.setPc();
        this.sync();
        this.emit(
          this.set(a, `H.formatValue(${this.r(b)}, ${c}, ${(c & 4) !== 0 ? this.r(b + 1) : "undefined"})`),
        );
        return;
      case 97: // KW_NAMES
        this.emit(`kw = ${this.constant((code.co_consts[a] as ConstTuple).items)};`);
        return;
      case 98:
      case 99:
        this.call(a, b, c, op === 99);
        return;
      case 100: // CALL_FUNCTION_EX
        this.setPc();
        this.sync();
        this.emit(
          this.set(a, `H.callEx(${this.r(b)}, ${this.r(b + 1)}, ${(c & 1) !== 0 ? this.r(b + 2) : "null"})`),
        );
        return;
      case 101: {
        // MAKE_FUNCTION
        this.setPc();
        this.sync();
        let n = 1;
        for (let bit = 1; bit <= 8; bit <<= 1) if ((c & bit) !== 0) n++;
        this.emit(this.set(a, `H.makeFunction(f, ${this.regList(b, n)}, 0, ${c})`));
        return;
      }
      case 102: // LOAD_BUILD_CLASS
        this.setPc();
        this.sync();
        this.emit(this.set(a, "H.loadBuildClass(f)"));
        return;
      case 103: // SETUP_ANNOTATIONS
        this.generic(() => "H.setupAnnotations(f);");
        return;
      case 104: // LOAD_ASSERTION_ERROR
        this.emit(this.set(a, "H.assertionError()"));
        return;
      case 105: // RAISE_VARARGS
        this.setPc();
        this.sync();
        this.raise(`H.raise(${c}, ${c >= 1 ? this.r(a) : "undefined"}, ${c >= 2 ? this.r(b) : "undefined"})`);
        return;
      case 106: // RERAISE
        this.setPc();
        this.raise(`H.reraise(${this.r(a)})`, b);
        return;
      case 107: // PUSH_EXC_INFO
        this.emit(`${this.set(a, "V.excInfo ?? H.None")} V.excInfo = ${this.r(b)};`);
        return;
      case 108: // POP_EXCEPT
        this.emit(`{ const v = ${this.r(a)}; V.excInfo = v === H.None || v === undefined ? null : v; }`);
        return;
      case 109: // CHECK_EXC_MATCH
        this.generic(() => this.set(a, `H.checkExcMatch(${this.r(b)}, ${this.r(c)})`));
        return;
      case 110: // CHECK_EG_MATCH
        this.setPc();
        this.sync();
        this.emit(`H.checkEgMatch(R, ${a}, ${this.r(b)}, ${this.r(c)});`);
        this.emit(`${this.set(a, `R[${a}]`)} ${this.set(a + 1, `R[${a + 1}]`)}`);
        return;
      case 111: // PREP_RERAISE_STAR
        this.setPc();
        this.emit(this.set(a, `H.prepReraiseStar(${this.r(b)}, ${this.r(c)})`));
        return;
      case 112: // BEFORE_WITH
      case 113: // BEFORE_ASYNC_WITH
        this.setPc();
        this.sync();
        this.emit(`H.${op === 112 ? "beforeWith" : "beforeAsyncWith"}(R, ${a}, ${this.r(b)});`);
        this.emit(`${this.set(a, `R[${a}]`)} ${this.set(a + 1, `R[${a + 1}]`)}`);
        return;
      case 114: // WITH_EXCEPT_START
        this.generic(() => this.set(a, `H.withExceptStart(${this.r(b)}, ${this.r(c)})`));
        return;
      case 115: // IMPORT_NAME
        this.generic(() => this.set(a, `H.importName(f, ${this.name(b)}, ${this.r(c + 1)}, ${this.r(c)})`));
        return;
      case 116: // IMPORT_FROM
        this.generic(() => this.set(a, `H.importFrom(${this.r(b)}, ${this.name(c)})`));
        return;
      case 117: // IMPORT_STAR
        this.generic(() => `H.importStar(f, ${this.r(a)});`);
        return;
      case 118: // PRINT_EXPR
        this.generic(() => `H.printExpr(${this.r(a)});`);
        return;
      case 119: // GET_LEN
      case 120: // MATCH_MAPPING
      case 121: {
        // MATCH_SEQUENCE
        this.setPc();
        this.sync();
        const fn = op === 119 ? "getLen" : op === 120 ? "matchMapping" : "matchSequence";
        this.emit(this.set(a, `H.${fn}(${this.r(b)})`));
        return;
      }
      case 122: // MATCH_KEYS
        this.generic(() => this.set(a, `H.matchKeys(${this.r(b)}, ${this.r(c)})`));
        return;
      case 123: // MATCH_CLASS
        this.generic(() =>
          this.set(a, `H.matchClass(${this.r(b)}, ${this.r(b + 1)}, ${this.r(b + 2)}, ${c})`),
        );
        return;
      case 124: // COPY_DICT_WITHOUT_KEYS
        this.generic(() => this.set(a, `H.copyDictWithoutKeys(${this.r(b)}, ${this.r(c)})`));
        return;
    }
    if (op >= 24 && op <= 36) {
      this.binary(a, b, c, op - 24, false);
      return;
    }
    if (op >= 37 && op <= 49) {
      this.binary(a, b, c, op - 37, true);
      return;
    }
    throw new Unsupported(OPCODES[op]?.name ?? `opcode ${op}`);
  }

  private loadGlobal(a: number, b: number): void {
    const cache = this.rt.caches[this.pc] as GlobalCache | undefined;
    this.setPc();
    // The value seen is folded for what uses it (a call of a known function, a builtin
    // inlined), which checks it again; the load itself reads the cached entry, so that
    // rebinding the global (a counter, a module-level loop) costs nothing here.
    if (cache !== undefined && "globalsLayout" in cache && this.speculates())
      this.foldedGlobal = [a, cache.entry.value];
    if (this.unrun()) {
      this.emit(this.set(a, `H.loadGlobalCached(G, B, ${this.name(b)}, C, ${this.pc})`));
      return;
    }
    const slow = this.direct
      ? `H.loadGlobalIn(G, B, ${this.name(b)}, C, ${this.pc})`
      : `H.loadGlobal(f, ${this.name(b)}, C, ${this.pc})`;
    this.emit(
      `{ const e = C[${this.pc}]; ${this.set(a, `e !== undefined && e.globalsLayout === G.layout && e.builtinsLayout === B.layout ? e.entry.value : ${slow}`)} }`,
    );
  }

  /** A condition that `o` has exactly type t (which has the given version). */
  private typeTest(o: string, t: PyType): string {
    if (t === strType) return `typeof ${o} === "string"`;
    if (t === intType) return `(typeof ${o} === "number" || typeof ${o} === "bigint")`;
    if (t === boolType) return `typeof ${o} === "boolean"`;
    return `typeof ${o} === "object" && ${o}.type === ${this.constant(t)}`;
  }

  /** An instruction the interpreter never reached, in long code: the general case alone,
   * through one helper, where the instruction has one. Such code is mostly error paths
   * and rare cases; compiled in full it doubled the source V8 had to compile. */
  private coldInstruction(pc: number): boolean {
    const [op, a, b, c] = this.decode(pc);
    if (op >= Op.BINARY_OP_ADD && op <= Op.BINARY_OP_ADD + 12) {
      this.generic(() => this.set(a, `H.binaryOp(${this.r(b)}, ${this.r(c)}, ${op - Op.BINARY_OP_ADD})`));
      return true;
    }
    if (op >= Op.BINARY_OP_INPLACE_ADD && op <= Op.BINARY_OP_INPLACE_ADD + 12) {
      this.generic(() =>
        this.set(a, `H.inplaceOp(${this.r(b)}, ${this.r(c)}, ${op - Op.BINARY_OP_INPLACE_ADD})`),
      );
      return true;
    }
    if (op >= Op.COMPARE_OP_LT && op <= Op.COMPARE_OP_LT + 5) {
      this.generic(() => this.set(a, `H.richCompare(${this.r(b)}, ${this.r(c)}, ${op - Op.COMPARE_OP_LT})`));
      return true;
    }
    switch (op) {
      case Op.LOAD_ATTR:
        this.generic(() => this.set(a, `H.loadAttrCold(${this.r(b)}, ${this.name(c)}, C, ${pc})`));
        return true;
      case Op.STORE_ATTR:
        this.generic(() => `H.storeAttrCold(${this.r(a)}, ${this.name(b)}, ${this.r(c)}, C, ${pc});`);
        return true;
      case Op.LOAD_METHOD: {
        const name = this.name(c);
        this.generic(
          () =>
            `{ const o = ${this.r(b)}, m = H.loadMethod(o, ${name}, C, ${pc}); if (m !== undefined) { ${this.set(a, "m")} ${this.set(a + 1, "o")} } else { ${this.set(a, `H.getAttr(o, ${name})`)} ${this.set(a + 1, "undefined")} } }`,
        );
        return true;
      }
      case Op.BINARY_SUBSCR:
        this.generic(() => this.set(a, `H.getItem(${this.r(b)}, ${this.r(c)})`));
        return true;
      case Op.STORE_SUBSCR:
        this.generic(() => `H.setItem(${this.r(a)}, ${this.r(b)}, ${this.r(c)});`);
        return true;
    }
    return false;
  }

  /** The entries an attribute site guards on, recorded for its deoptimisation. */
  private entriesOf(cache: AttrCache, c: number, op: "load" | "store" | "method"): SiteEntry[] {
    const site = siteEntries(cache, this.constants.extraTypes.get(this.pc), this.code.co_names[c]!, op);
    if (site.complete)
      this.constants.guardedTypes.set(
        this.pc,
        site.entries.map((e) => e.type),
      );
    return site.entries;
  }

  /** `o` is an instance of one of the entries' types, each at the version compiled for. */
  private typesTest(o: string, entries: readonly SiteEntry[]): string {
    const one = (e: SiteEntry) =>
      `${this.typeTest(o, e.type)} && ${this.constant(e.type)}.version === ${e.version}`;
    return entries.length === 1 ? one(entries[0]!) : `(${entries.map((e) => `(${one(e)})`).join(" || ")})`;
  }

  /** Whether the instruction had not run when its code was compiled: its cache is empty
   * (helpers.ts, loadGlobalCached). */
  private unrun(): boolean {
    return this.rt.caches[this.pc] === undefined;
  }

  private attrCache(): AttrCache | undefined {
    const cache = this.rt.caches[this.pc] as AttrCache | undefined;
    if (cache === undefined || !("kind" in cache) || !this.speculates()) return undefined;
    return cache;
  }

  private loadAttr(a: number, b: number, c: number): void {
    const name = this.name(c);
    const cache = this.attrCache();
    this.setPc();
    const slow = `{ ${this.syncText()} ${this.set(a, `H.loadAttr(o, ${name}, C, ${this.pc})`)} }`;
    // A module's attributes are its namespace's entries (only dunder names can meet a data
    // descriptor of the module type first): `math.sqrt` is one dictionary lookup. A site
    // cached for another type guards on it (every LOAD_ATTR kind does; a module fails it).
    const guarded = cache !== undefined && cache.type !== moduleType;
    if (!guarded && !this.code.co_names[c]!.startsWith("__")) {
      this.emit(
        `{ const o = ${this.r(b)}; let v; if (typeof o === "object" && o.type === H.moduleType && (v = o.namespace.getStr(${name})) !== undefined) ${this.set(a, "v")} else `,
      );
      this.loadAttrObject(a, b, c, cache, slow);
      this.emit(`}`);
      return;
    }
    this.loadAttrObject(a, b, c, cache, slow);
  }

  private loadAttrObject(a: number, b: number, c: number, cache: AttrCache | undefined, slow: string): void {
    const name = this.name(c);
    if (cache !== undefined && cache.kind === 5) {
      // A built-in getset (f_code, co_name...): its getter may look at frames.
      const T = this.constant(cache.type as PyType);
      this.emit(`{ const o = ${this.r(b)};`);
      this.guard(
        `typeof o === "object" && o.type === ${T} && ${T}.version === ${cache.version}`,
        `type of the object of .${this.code.co_names[c]} changed`,
      );
      this.emit(`${this.syncText()} ${this.set(a, `${this.constant(cache.value)}.descrGet(o, ${T})`)} }`);
      return;
    }
    if (cache !== undefined && cache.kind === 7) {
      this.propertyGet(a, b, c, cache, slow);
      return;
    }
    if (cache !== undefined && cache.kind === 11) {
      // A namedtuple field: one item of the tuple (missing: the general path raises).
      const entries = this.entriesOf(cache, c, "load");
      const index = tupleItemDescriptors.get(cache.value as object)!;
      this.emit(`{ const o = ${this.r(b)}; let v;`);
      this.guard(this.typesTest("o", entries), `${TYPE_GUARD_REASON}.${this.code.co_names[c]} changed`);
      this.emit(`if ((v = o.items[${index}]) !== undefined) ${this.set(a, "v")} else ${slow} }`);
      return;
    }
    if (cache !== undefined && cache.kind === 8) {
      // A `__slots__` member: one element of the slot array (unset: the general path
      // raises the AttributeError).
      const entries = this.entriesOf(cache, c, "load");
      const index = (cache.value as PyMemberDescriptor).index;
      this.emit(`{ const o = ${this.r(b)}; let s, v;`);
      this.guard(this.typesTest("o", entries), `${TYPE_GUARD_REASON}.${this.code.co_names[c]} changed`);
      this.emit(
        `if ((s = o.slots) != null && (v = s[${index}]) !== undefined) ${this.set(a, "v")} else ${slow} }`,
      );
      return;
    }
    if (
      cache !== undefined &&
      (cache.kind === 2 || cache.kind === 0 || cache.kind === 4 || cache.kind === 6)
    ) {
      const entries = this.entriesOf(cache, c, "load");
      const T = entries.length === 1 ? this.constant(cache.type as PyType) : "o.type";
      this.emit(`{ const o = ${this.r(b)}; let d, v;`);
      this.guard(this.typesTest("o", entries), `${TYPE_GUARD_REASON}.${this.code.co_names[c]} changed`);
      if (cache.kind === 2)
        this.emit(
          `if ((d = o.dict) != null && (v = d[${name}]) !== undefined) ${this.set(a, "v")} else ${slow} }`,
        );
      else if (cache.kind === 6)
        this.emit(
          `if ((d = o.dict) != null && (v = d[${name}]) !== undefined) ${this.set(a, "v")} else ${this.set(a, this.constant(cache.value))} }`,
        );
      else {
        const bound =
          cache.kind === 0
            ? `new H.PyMethod(${this.constant(cache.value)}, o)`
            : `${this.constant(cache.value)}.descrGet(o, ${T})`;
        this.emit(
          `if ((d = o.dict) == null || d[${name}] === undefined) ${this.set(a, bound)} else ${slow} }`,
        );
      }
      return;
    }
    if (this.unrun()) {
      this.emit(
        `{ const o = ${this.r(b)}; let v; if ((v = H.attrFromCache(o, ${name}, C, ${this.pc})) !== undefined) ${this.set(a, "v")} else ${slow} }`,
      );
      return;
    }
    this.emit(`{ const o = ${this.r(b)}; const e = C[${this.pc}]; let d, v;`);
    this.emit(
      `if (e !== undefined && typeof o === "object" && e.type === o.type && e.version === o.type.version && e.kind === 5) { ${this.syncText()} ${this.set(a, "e.value.descrGet(o, e.type)")} }`,
    );
    this.emit(
      `else if (e !== undefined && typeof o === "object" && e.type === o.type && e.version === o.type.version && (e.kind === 2 || e.kind === 0 || e.kind === 4)) {`,
    );
    this.emit(`d = o.dict; v = d == null || d instanceof Map ? undefined : d[${name}];`);
    this.emit(`if (v !== undefined) { if (e.kind === 2) { ${this.set(a, "v")} } else ${slow} }`);
    this.emit(`else if (e.kind === 0) { ${this.set(a, "new H.PyMethod(e.value, o)")} }`);
    this.emit(`else if (e.kind === 4) { ${this.set(a, "e.value.descrGet(o, e.type)")} } else ${slow}`);
    this.emit(`} else ${slow} }`);
  }

  /** A property's getter called directly (V8 can inline it), guarded by the types the site
   * saw and by the getter still being the one compiled for (`property.__init__` can change
   * it). */
  private propertyGet(a: number, b: number, c: number, cache: AttrCache, slow: string): void {
    const entries = this.entriesOf(cache, c, "load");
    const prop = cache.value as PyProperty;
    const fget = plainPropertyGetter(prop)!;
    this.emit(`{ const o = ${this.r(b)};`);
    this.guard(this.typesTest("o", entries), `${TYPE_GUARD_REASON}.${this.code.co_names[c]} changed`);
    this.sync();
    const getter = this.constant(fget);
    const generic = `H.callFromJit(${getter}, [o], null)`;
    const direct = this.directCall(getter, fget, ["o"]);
    const call = direct === null ? generic : `${direct.cond} ? ${direct.call} : ${generic}`;
    this.emit(
      `if (${this.constant(prop)}.fget !== ${getter}) ${slow} else { const v = ${call}; ${this.raisedCheck("v")} ${this.set(a, "v")} } }`,
    );
  }

  private storeAttr(a: number, b: number, c: number): void {
    const name = this.name(b);
    const cache = this.attrCache();
    this.setPc();
    if (cache !== undefined && cache.kind === 3) {
      const entries = this.entriesOf(cache, b, "store");
      this.emit(`{ const o = ${this.r(a)}; let d;`);
      this.guard(
        `${this.typesTest("o", entries)} && (d = o.dict) != null`,
        `${TYPE_GUARD_REASON}.${this.code.co_names[b]} = changed`,
      );
      this.emit(`d[${name}] = ${this.r(c)}; }`);
      return;
    }
    if (cache !== undefined && cache.kind === 9) {
      const entries = this.entriesOf(cache, b, "store");
      const index = (cache.value as PyMemberDescriptor).index;
      this.emit(`{ const o = ${this.r(a)}; let s;`);
      this.guard(
        `${this.typesTest("o", entries)} && (s = o.slots) != null`,
        `${TYPE_GUARD_REASON}.${this.code.co_names[b]} = changed`,
      );
      this.emit(`s[${index}] = ${this.r(c)}; }`);
      return;
    }
    if (this.unrun()) {
      this.emit(
        `if (!H.storeAttrToCache(${this.r(a)}, ${name}, ${this.r(c)}, C, ${this.pc})) { ${this.syncText()} H.storeAttr(${this.r(a)}, ${name}, ${this.r(c)}, C, ${this.pc}); }`,
      );
      return;
    }
    this.emit(`{ const o = ${this.r(a)}; const e = C[${this.pc}]; let d;`);
    this.emit(
      `if (e !== undefined && e.kind === 3 && typeof o === "object" && e.type === o.type && e.version === o.type.version && (d = o.dict) != null && !(d instanceof Map)) d[${name}] = ${this.r(c)};`,
    );
    this.emit(`else { ${this.syncText()} H.storeAttr(o, ${name}, ${this.r(c)}, C, ${this.pc}); } }`);
  }

  private loadMethod(a: number, b: number, c: number): void {
    const name = this.name(c);
    const cache = this.attrCache();
    this.setPc();
    if (
      cache !== undefined &&
      cache.kind === 0 &&
      (cache.value instanceof PyFunction || cache.value instanceof PyMethodDescriptor)
    ) {
      const entries = this.entriesOf(cache, c, "method");
      this.emit(`{ const o = ${this.r(b)}; let d;`);
      const shadow = entries.every((e) => e.type === strType)
        ? ""
        : ` && ((d = o.dict) == null || d instanceof Map || d[${name}] === undefined)`;
      this.guard(
        `${this.typesTest("o", entries)}${shadow}`,
        `${TYPE_GUARD_REASON}.${this.code.co_names[c]}() changed`,
      );
      this.emit(`${this.set(a, this.constant(cache.value))} ${this.set(a + 1, "o")} }`);
      // Another type's slot wrapper (`__eq__ = str.__eq__`) is called through the helper,
      // which checks its self.
      const value = cache.value;
      if (!(value instanceof PyMethodDescriptor) || entries.every((e) => e.type.isSubtypeOf(value.objclass)))
        this.foundMethod = [a, { method: value, selfReg: a + 1 }];
      return;
    }
    if (cache !== undefined && cache.kind === 10) {
      // `super().name(...)` in a method: the function the site found, called with the
      // instance, while the super object is bound to an instance of the same type at the
      // same version (a change to any class of its MRO bumps it).
      const start = this.constant(cache.start!);
      this.emit(`{ const o = ${this.r(b)};`);
      this.guard(
        `o instanceof H.PySuper && o.thisType === ${this.constant(cache.type as PyType)} && o.objType === ${start} && ${start}.version === ${cache.version} && o.obj !== ${start}`,
        `super() of another class or instance type for .${this.code.co_names[c]}()`,
      );
      this.emit(`${this.set(a, this.constant(cache.value))} ${this.set(a + 1, "o.obj")} }`);
      this.foundMethod = [a, { method: cache.value, selfReg: a + 1 }];
      return;
    }
    if (cache !== undefined && cache.kind === 2) {
      // A callable the instance holds (`self.read = file.read`): a dict read, no self.
      const entries = this.entriesOf(cache, c, "method");
      this.emit(`{ const o = ${this.r(b)}; let d, v;`);
      this.guard(
        `${this.typesTest("o", entries)} && (d = o.dict) != null && !(d instanceof Map) && (v = d[${name}]) !== undefined`,
        `${TYPE_GUARD_REASON}.${this.code.co_names[c]}() changed`,
      );
      this.emit(`${this.set(a, "v")} ${this.set(a + 1, "undefined")} }`);
      return;
    }
    if (!this.code.co_names[c]!.startsWith("__")) {
      // `os.fspath(p)`, `time.time()`: a module's function is its namespace's entry. The
      // frame is made only for the general lookup; a module global's function seen now is
      // folded for the call, which checks it again (`math.sqrt(x)` inline).
      const module = this.knownGlobal.get(b);
      const seen = module instanceof PyModule ? module.namespace.getStr(this.code.co_names[c]!) : undefined;
      if (seen !== undefined) this.foldedGlobal = [a, seen];
      this.emit(
        `{ const o = ${this.r(b)}; let v; if (typeof o === "object" && o.type === H.moduleType && (v = o.namespace.getStr(${name})) !== undefined) { ${this.set(a, "v")} ${this.set(a + 1, "undefined")} } else {`,
      );
      this.loadMethodGeneric(a, b, c);
      this.emit(`} }`);
      return;
    }
    this.loadMethodGeneric(a, b, c);
  }

  private loadMethodGeneric(a: number, b: number, c: number): void {
    const name = this.name(c);
    const methods: PyFunction[] = [];
    for (
      let e = this.rt.caches[this.pc] as AttrCache | null | undefined;
      e != null && "kind" in e;
      e = e.next
    )
      if (e.kind === 0 && e.value instanceof PyFunction && !methods.includes(e.value)) methods.push(e.value);
    if (methods.length > 0) this.foundMethods = [a, methods];
    // The general lookup may run Python code (a descriptor's __get__, __getattr__): the
    // write-back (and frame) comes before it, not before the cache's answer.
    const general = `${this.syncText()} if ((m = H.loadMethod(o, ${name}, C, ${this.pc})) !== undefined) { ${this.set(a, "m")} ${this.set(a + 1, "o")} } else { ${this.set(a, `H.getAttr(o, ${name})`)} ${this.set(a + 1, "undefined")} }`;
    if (this.unrun()) {
      this.emit(`{ const o = ${this.r(b)}; let m; ${general} }`);
      return;
    }
    // The site's entries, several at a polymorphic site (the interpreter's methodChain).
    this.emit(`{ const o = ${this.r(b)}; const t = H.typeOf(o); let e = C[${this.pc}], d, m;`);
    this.emit(`while (e !== undefined && e !== null && (e.kind !== 0 || e.type !== t)) e = e.next;`);
    this.emit(
      `if (e !== undefined && e !== null && e.version === t.version && ((d = o.dict) == null || d instanceof Map || d[${name}] === undefined)) { ${this.set(a, "e.value")} ${this.set(a + 1, "o")} }`,
    );
    this.emit(`else { ${general} } }`);
  }

  private call(a: number, b: number, c: number, method: boolean): void {
    this.callSite(a, b, c, method);
    // The callee may have set a trace function (pdb.set_trace()): the lines after the call
    // are then the interpreter's to report.
    this.emit(`if (V.signals[0] !== 0 && H.checkInterrupt()) ${this.deoptHere(TRACING_EXIT, this.pc + 1)}`);
  }

  private callSite(a: number, b: number, c: number, method: boolean): void {
    this.setPc();
    if (this.unframedCall(a, b, c, method)) return;
    // Signals and a trace function set meanwhile are seen after the call (see call), as
    // CPython's eval breaker is: a check before it too cost a fifth of the source of
    // call-heavy code, which V8 must parse and compile.
    if (this.direct && !this.frameMade) this.shadowSync();
    else this.sync();
    try {
      this.callSiteBody(a, b, c, method);
    } finally {
      this.shadowed = false;
    }
  }

  private callSiteBody(a: number, b: number, c: number, method: boolean): void {
    const known = method ? this.knownMethod.get(b) : undefined;
    const args = this.regList(method ? b + 2 : b + 1, c);
    if (known !== undefined) {
      const fn = this.constant(known.method);
      const self = this.r(b + 1);
      const withSelf = this.regList(b + 1, c + 1);
      let callExpr =
        known.method instanceof PyMethodDescriptor
          ? `${fn}.call(${self}, ${args}, kw)`
          : `H.callFromJit(${fn}, ${withSelf}, kw)`;
      if (known.method instanceof PyFunction) {
        const direct = this.directCall(fn, known.method, this.regTexts(b + 1, c + 1), this.staticKwnames());
        if (direct !== null) callExpr = `${direct.cond} ? ${direct.call} : ${callExpr}`;
      }
      this.emit(`{ const v = ${callExpr}; ${this.raisedCheck("v")} ${this.set(a, "v")} } kw = null;`);
      return;
    }
    if (!method) {
      let generic = `H.callAny(${this.r(b)}, ${args}, kw)`;
      const folded = this.knownGlobal.get(b);
      if (folded instanceof PyFunction) {
        const direct = this.directCall(this.r(b), folded, this.regTexts(b + 1, c), this.staticKwnames());
        if (direct !== null) generic = `(${direct.cond} ? ${direct.call} : ${generic})`;
      } else if (folded === superType && c === 0 && this.zeroArgSuper(a, b, generic)) {
        return;
      } else if (folded instanceof PyType && this.construct(a, b, c, folded, generic)) {
        return;
      } else if (folded === undefined) {
        // A function held in a variable (a closure, a callback): its code, as the site saw it.
        const site = this.rt.caches[this.pc] as CallCache | undefined;
        const code = site !== undefined && "callee" in site ? site.callee : null;
        const fn = this.r(b);
        const direct =
          code === null ? null : this.directCall(fn, code, this.regTexts(b + 1, c), this.staticKwnames());
        if (direct !== null)
          generic = `(${fn} instanceof H.PyFunction && ${direct.cond} ? ${direct.call} : ${generic})`;
      }
      const special = this.builtinCall(b, c);
      const value = special === null ? generic : `(${special} ?? ${generic})`;
      this.emit(`{ const v = ${value}; ${this.raisedCheck("v")} ${this.set(a, "v")} } kw = null;`);
      return;
    }
    const fn = this.r(b);
    const withSelf = this.regList(b + 1, c + 1);
    let call = `s === undefined ? H.callAny(${fn}, ${args}, kw) : ${fn} instanceof H.PyFunction ? H.callFromJit(${fn}, ${withSelf}, kw) : H.callMethodWithSelf(${fn}, s, ${args}, kw)`;
    // Each method the site met, called through its own direct entry: one JS call site per
    // callee, which V8 can inline, where callFromJit's is shared by every callee.
    const methods = this.seenMethods.get(b) ?? [];
    for (let i = methods.length - 1; i >= 0; i--) {
      const given = this.regTexts(b + 1, c + 1);
      const direct = this.directCall(fn, methods[i]!, given, this.staticKwnames());
      if (direct !== null)
        call = `s !== undefined && ${fn} === ${this.constant(methods[i])} && ${direct.cond} ? ${direct.call} : ${call}`;
    }
    this.emit(
      `{ const s = ${this.r(b + 1)}; const v = ${call}; ${this.raisedCheck("v")} ${this.set(a, "v")} kw = null; }`,
    );
  }

  /** `super()` with no arguments in a method: made from the `__class__` cell and the first
   * argument as compiled code holds them, without the frame the general call reads them
   * from. Emits the call and returns true, or returns false for code that has no
   * `__class__` cell or no first parameter (the general call raises the error). */
  private zeroArgSuper(a: number, b: number, generic: string): boolean {
    const code = this.code;
    const classIndex = code.co_freevars.indexOf("__class__");
    if (classIndex < 0 || (code.co_argcount === 0 && (code.co_flags & 0x4) === 0)) return false;
    const cellIndex = Array.prototype.indexOf.call(code.cell2arg, 0);
    let first = this.r(0);
    if (cellIndex >= 0) first = `(${this.r(code.cellBase + cellIndex)}).value`;
    else if (code.co_cellvars.includes(code.co_varnames[0]!)) return false;
    const cls = `(${this.r(code.freeBase + classIndex)}).value`;
    this.emit(
      `{ const v = kw === null && ${this.r(b)} === H.superType ? H.superOf(${cls}, ${first}) : ${generic}; ${this.raisedCheck("v")} ${this.set(a, "v")} } kw = null;`,
    );
    return true;
  }

  /** A call of a built-in folded from a global or a module's attribute that computes its
   * result inline for the arguments it expects (builtinValue): then the frame need not be
   * made and nothing written back, which the general call, left to the other arguments,
   * needs (a direct callee that calls `sqrt` made its frame on every call). Emits the call
   * and returns true, or returns false. */
  private unframedCall(a: number, b: number, argc: number, method: boolean): boolean {
    const fn = this.knownGlobal.get(b);
    if (fn === undefined) return false;
    const first = method ? b + 2 : b + 1;
    // Under a handler of this code, int(str) gives its ValueError made but not raised, and
    // goes on at the handler with it (`try: n = int(s) except ValueError:`).
    const handled = this.code.findHandlerIndex(this.pc) >= 0;
    const value = this.builtinValue(fn, this.regTexts(first, argc), handled);
    if (value === null) return false;
    const self = method ? ` && ${this.r(b + 1)} === undefined` : "";
    const args = this.regList(first, argc);
    const generic = method
      ? `${this.r(b + 1)} === undefined ? H.callAny(${this.r(b)}, ${args}, kw) : H.callMethodWithSelf(${this.r(b)}, ${this.r(b + 1)}, ${args}, kw)`
      : `H.callAny(${this.r(b)}, ${args}, kw)`;
    this.emit(
      `{ let n0 = 0, n1 = 0, v = kw === null && ${this.r(b)} === ${this.constant(fn)}${self} ? ${value} : undefined;`,
    );
    this.emit(
      `if (v === undefined) { ${this.syncText()} if (V.signals[0] !== 0 && H.checkInterrupt()) ${this.leaveForTracing()} v = ${generic}; kw = null; ${this.raisedCheck("v")} }`,
    );
    if (handled && fn === vm.builtins.getStr("int")) {
      this.emit(`else if (typeof v === "object") {`);
      this.raise("v");
      this.emit(`}`);
    }
    this.emit(`${this.set(a, "v")} }`);
    return true;
  }

  /** The inline value of `fn(...args)` for the arguments it is specialised for, an
   * expression that is undefined for others; null when `fn` has no such form. */
  private builtinValue(fn: PyObject, args: readonly string[], handled = false): string | null {
    const kernel = floatKernels.get(fn);
    if (kernel !== undefined && kernel.arity === args.length) {
      // Doubles of the arguments (NaN for other types, and for a NaN: then the function
      // decides), the result kept when finite (else it may be an error to raise).
      const num = (x: string) =>
        `(typeof ${x} === "number" ? ${x} : typeof ${x} === "object" && ${x}.type === H.floatType ? ${x}.value : NaN)`;
      const ns = args.map((x, i) => `(n${i} = ${num(x)}) === n${i}`).join(" && ");
      const call = `(n0 = ${this.constant(kernel.f)}(${args.map((_, i) => `n${i}`).join(", ")})) - n0 === 0`;
      const box = kernel.int
        ? `n0 < 9007199254740992 && n0 > -9007199254740992 ? n0 + 0 : undefined`
        : `new H.PyFloat(n0)`;
      return `${ns} && ${call} ${kernel.int ? "&&" : "?"} ${box}${kernel.int ? "" : " : undefined"}`;
    }
    const builtin = (name: string) => vm.builtins.getStr(name);
    const x = args[0]!;
    // range() of ints runs no Python code (an `__index__` argument may: the general call).
    if (fn === builtin("range") && args.length <= 2) {
      if (args.length === 1) return `typeof ${x} === "number" ? H.newRange(0, ${x}, 1) : undefined`;
      const y = args[1]!;
      return `typeof ${x} === "number" && typeof ${y} === "number" ? H.newRange(${x}, ${y}, 1) : undefined`;
    }
    if (args.length !== 1) return null;
    if (fn === builtin("len"))
      return `typeof ${x} === "object" && (${x}.type === H.listType || ${x}.type === H.tupleType) ? ${x}.items.length : typeof ${x} === "string" ? ${x}.length : typeof ${x} === "object" && ${x}.type === H.dictType ? ${x}.size : H.nativeLen(${x})`;
    if (fn === builtin("int"))
      // int(float) truncates; beyond 2**53 (and for nan and inf) int() itself decides.
      return `typeof ${x} === "object" && ${x}.type === H.floatType && ${x}.value < 9007199254740992 && ${x}.value > -9007199254740992 ? Math.trunc(${x}.value) + 0 : typeof ${x} === "number" ? ${x} : ${handled ? `typeof ${x} === "string" ? H.intFromStringOrError(${x}, 10) : ` : ""}undefined`;
    // Neither runs Python code: a str's id is its hash, any other object's a number it holds.
    if (fn === builtin("id")) return `H.pythonId(${x})`;
    if (fn === builtin("type")) return `H.typeOf(${x})`;
    if (fn === builtin("abs"))
      return `typeof ${x} === "number" ? (${x} < 0 ? -${x} : ${x}) : typeof ${x} === "object" && ${x}.type === H.floatType ? new H.PyFloat(Math.abs(${x}.value)) : undefined`;
    return null;
  }

  /** `cond ? call` of the direct entry (see enterDirect in src/vm/interpreter.ts) of `fn`,
   * the callee seen at compile time (or only its code, from a CallCache), with the
   * arguments `given`; null when it can have none. The condition guards everything the
   * entry assumes: the same code (`__code__` can be assigned), the same defaults, the
   * keywords compiled for, room below the recursion limit and the JS stack budget, and an
   * entry compiled by now. */
  private directCall(
    fnExpr: string,
    fn: PyFunction | CodeObject,
    given: readonly string[],
    kwnames: readonly string[] | null = null,
  ): { cond: string; call: string } | null {
    const code = fn instanceof PyFunction ? (fn.code as CodeObject) : fn;
    let entry = "DIRECT";
    let present = "";
    if (code === this.code) {
      if (!this.direct) return null;
    } else {
      // The callee's direct entry is read at each call, not fixed now: a callee compiled
      // after its caller (a caller in a long loop is compiled first, and once) or
      // recompiled since (its old entry retired) is still called directly.
      if (!directEligible(code)) return null;
      const rt = codeRuntime(code);
      // A callee known by its code alone waits for its own threshold: the site may call
      // several functions of it, each a little.
      const state = (fn instanceof PyFunction ? compiledState(rt, 0.5) : null) ?? jitStateOf(rt);
      if (state.never) return null;
      entry = `${this.constant(state)}.direct`;
      present = ` && ${entry} !== null`;
    }
    const slots = parameterSlots(code, given, kwnames);
    if (slots === null) return null;
    // A function known by its code alone (CallCache) is called with every argument given.
    const guards =
      fn instanceof PyFunction
        ? defaultGuards(fnExpr, fn, slots, (v) => this.constant(v))
        : slots.includes(undefined)
          ? null
          : "";
    if (guards === null) return null;
    const kwTest =
      kwnames === null || kwnames.length === 0 ? "kw === null" : `kw === ${this.constant(kwnames)}`;
    this.constants.directCallees.add(code.co_qualname);
    const cond =
      `${kwTest} && ${fnExpr}.code === ${this.constant(code)}${guards} && ` +
      `V.depth < V.recursionLimit && H.jitStack.used <= ${JIT_STACK_BUDGET - frameBytesOf(code)}${present}`;
    return { cond, call: `${entry}(${fnExpr}, ${(slots as string[]).join(", ")})` };
  }

  /** The keyword names the CALL at this pc takes, from the KW_NAMES before it. */
  private staticKwnames(): readonly string[] | null {
    const words = this.code.code;
    const prev = this.pc - 1;
    if (prev < 0 || words[prev * 4] !== 97) return null;
    return (this.code.co_consts[words[prev * 4 + 1]!] as ConstTuple).items as readonly string[];
  }

  private regTexts(start: number, count: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.r(start + i));
    return out;
  }

  /** `cls(args)` for a class folded from a global whose instances are made plainly (see
   * plainInit): the instance, then its `__init__` through the direct entry, guarded by the
   * class's version. Emits the call and returns true, or returns false. */
  private construct(a: number, b: number, argc: number, cls: PyType, generic: string): boolean {
    const init = plainInit(cls);
    if (init === null) return false;
    const C = this.constant(cls);
    const direct = this.directCall(
      this.constant(init),
      init,
      ["o", ...this.regTexts(b + 1, argc)],
      this.staticKwnames(),
    );
    if (direct === null) return false;
    this.emit(`if (${this.r(b)} === ${C} && ${C}.version === ${cls.version} && ${direct.cond}) {`);
    this.emit(`const o = ${C}.newInstance(${C}); const r = ${direct.call}; ${this.raisedCheck("r")}`);
    this.emit(
      `if (r !== H.None) H.initReturned(r); ${this.set(a, "o")} } else { const v = ${generic}; ${this.raisedCheck("v")} ${this.set(a, "v")} } kw = null;`,
    );
    return true;
  }

  /** Inline code for a call of a built-in folded from a global that may run Python code
   * (`__instancecheck__`, `__getattr__`: the frame must be made, which unframedCall's do
   * without): an expression that is undefined when the callee or the arguments are not the
   * expected ones, so that the general call runs instead. */
  private builtinCall(b: number, argc: number): string | null {
    const fn = this.knownGlobal.get(b);
    if (fn === undefined) return null;
    const callee = `kw !== null || ${this.r(b)}`;
    const builtin = (name: string) => vm.builtins.getStr(name);
    const guarded = (value: string) => `(${callee} !== ${this.constant(fn)} ? undefined : ${value})`;
    const [x, y] = [this.r(b + 1), this.r(b + 2)];
    if (fn === builtin("isinstance") && argc === 2) return guarded(`H.isInstance(${x}, ${y})`);
    if (fn === builtin("issubclass") && argc === 2) return guarded(`H.isSubclass(${x}, ${y})`);
    if (fn === builtin("hasattr") && argc === 2) return guarded(`H.hasattrBuiltin(${x}, ${y})`);
    if (fn === builtin("getattr") && (argc === 2 || argc === 3))
      return guarded(`H.getattrBuiltin(${x}, ${y}, ${argc === 3 ? this.r(b + 3) : "undefined"})`);
    return null;
  }

  /** The container kind a subscript site has seen, when it has seen one kind with int keys
   * (list, tuple or both) or a dict with str or int keys: the case compiled alone, behind a
   * guard. */
  private subscrKind(): "sequence" | "dict" | "intDict" | null {
    if (!this.speculates()) return null;
    const [container, key] = this.feedback();
    if (
      (container === ContainerBits.List ||
        container === (ContainerBits.List | ContainerBits.Tuple) ||
        container === ContainerBits.Tuple) &&
      key === INT
    )
      return "sequence";
    if (container === ContainerBits.Dict && key === STR) return "dict";
    if (container === ContainerBits.Dict && key === INT) return "intDict";
    return null;
  }

  /** The test that `x` is a container of the kinds seen at this site. */
  private sequenceTest(x: string, store: boolean): string {
    const [container] = this.feedback();
    if (store || container === ContainerBits.List)
      return `typeof ${x} === "object" && ${x}.type === H.listType`;
    if (container === ContainerBits.Tuple) return `typeof ${x} === "object" && ${x}.type === H.tupleType`;
    return `typeof ${x} === "object" && (${x}.type === H.listType || ${x}.type === H.tupleType)`;
  }

  /** Statements setting `j` to the in-range item index for int key register `key` of the
   * sequence `x`, or leaving through a deoptimisation (a negative key counts from the end). */
  private sequenceIndex(key: number, x: string, store: boolean): void {
    const k = this.r(key);
    const reason = "subscript not an in-range int on a list/tuple";
    if (key >= this.code.constBase && key < this.code.tempBase) {
      const v = this.rt.consts[key - this.code.constBase];
      if (typeof v === "number" && v >= 0) {
        this.guard(`${this.sequenceTest(x, store)} && ${x}.items.length > ${v}`, reason);
        this.emit(`j = ${v};`);
        return;
      }
    }
    this.guard(
      `${this.sequenceTest(x, store)} && typeof ${k} === "number" && (j = ${k} < 0 ? ${k} + ${x}.items.length : ${k}) >= 0 && j < ${x}.items.length`,
      reason,
    );
  }

  private binarySubscr(a: number, b: number, c: number): void {
    const kind = this.subscrKind();
    if (kind === "sequence") {
      this.emit(`{ const x = ${this.r(b)}; let j;`);
      this.sequenceIndex(c, "x", false);
      this.emit(`${this.set(a, "x.items[j]")} }`);
      return;
    }
    if (kind === "dict" || kind === "intDict") {
      // A str or int key of a dict whose keys have no user __eq__ runs no Python code; a
      // missing key is the interpreter's to raise (or __missing__'s to answer).
      const keyType = kind === "dict" ? "string" : "number";
      this.emit(`{ const x = ${this.r(b)}, i = ${this.r(c)}; let e;`);
      this.guard(
        `typeof x === "object" && x.type === H.dictType && typeof i === "${keyType}" && x.suspicious === 0 && (e = x.map.get(i)) !== undefined`,
        `subscript not a present ${kind === "dict" ? "str" : "int"} key of a dict`,
      );
      this.emit(`${this.set(a, "e.value")} }`);
      return;
    }
    this.setPc();
    this.emit(`{ const x = ${this.r(b)}, i = ${this.r(c)}; let v, e;`);
    this.emit(
      `if (typeof x === "object" && (x.type === H.listType || x.type === H.tupleType) && typeof i === "number" && i >= 0 && i < x.items.length) v = x.items[i];`,
    );
    // An index out of range and a missing key are raised without a JS throw (see raise):
    // at a handler of this code (`try: v = d[k] except KeyError:`) or out to the caller
    // (a __getitem__ ending a sequence's iteration with IndexError). Throwing costs V8 more
    // than the rest of the lookup and the except clause together.
    this.emit(
      `else if (typeof x === "object" && (x.type === H.listType || x.type === H.tupleType) && typeof i === "number" && (i >= x.items.length || i < -x.items.length)) {`,
    );
    this.emit(
      `const err = H.indexError(x.type === H.listType ? "list index out of range" : "tuple index out of range");`,
    );
    this.raise("err");
    this.emit(`}`);
    this.emit(`else if (i instanceof H.PySlice && (v = H.plainSliceGet(x, i)) !== undefined) {}`);
    this.emit(
      `else if (typeof x === "object" && x.type === H.listType) { ${this.syncText()} v = H.listGetItem(x, i); }`,
    );
    // A str or int key of a dict whose keys have no user __eq__ runs no Python code.
    const plainKey = `typeof x === "object" && x.type === H.dictType && (typeof i === "string" || typeof i === "number") && x.suspicious === 0`;
    this.emit(`else if (${plainKey} && (e = x.map.get(i)) !== undefined) v = e.value;`);
    this.emit(`else if (${plainKey}) { const err = H.keyError(i);`);
    this.raise("err");
    this.emit(`}`);
    this.emit(`else { ${this.syncText()} v = H.getItem(x, i); }`);
    this.emit(`${this.set(a, "v")} }`);
  }

  private storeSubscr(a: number, b: number, c: number): void {
    const kind = this.subscrKind();
    const [container] = this.feedback();
    if (kind === "sequence" && container === ContainerBits.List) {
      this.emit(`{ const x = ${this.r(a)}; let j;`);
      this.sequenceIndex(b, "x", true);
      this.emit(`x.items[j] = ${this.r(c)}; }`);
      return;
    }
    if (kind === "dict" || kind === "intDict") {
      const keyType = kind === "dict" ? "string" : "number";
      this.emit(`{ const x = ${this.r(a)}, i = ${this.r(b)};`);
      this.guard(
        `typeof x === "object" && x.type === H.dictType && typeof i === "${keyType}" && x.suspicious === 0`,
        `subscript assignment not a ${kind === "dict" ? "str" : "int"} key of a dict`,
      );
      this.emit(`x.set(i, ${this.r(c)}); }`);
      return;
    }
    this.setPc();
    this.emit(`{ const x = ${this.r(a)}, i = ${this.r(b)};`);
    this.emit(
      `if (typeof x === "object" && x.type === H.listType && typeof i === "number" && i >= 0 && i < x.items.length) x.items[i] = ${this.r(c)};`,
    );
    this.emit(`else if (i instanceof H.PySlice && H.plainSliceSet(x, i, ${this.r(c)})) {}`);
    this.emit(
      `else if (typeof x === "object" && x.type === H.listType) { ${this.syncText()} H.listSetItem(x, i, ${this.r(c)}); }`,
    );
    this.emit(
      `else if (typeof x === "object" && x.type === H.dictType && (typeof i === "string" || typeof i === "number") && x.suspicious === 0) x.set(i, ${this.r(c)});`,
    );
    this.emit(`else { ${this.syncText()} H.setItem(x, i, ${this.r(c)}); } }`);
  }

  private unpackSequence(a: number, b: number, c: number): void {
    if (this.maybeFusedUnpack !== this.pc) {
      this.unpackSequenceOf(a, b, c);
      return;
    }
    this.maybeFusedUnpack = -1;
    this.emit(`if (${this.r(b)} !== H.FUSED_PAIR) {`);
    this.unpackSequenceOf(a, b, c);
    this.emit(`}`);
  }

  private unpackSequenceOf(a: number, b: number, c: number): void {
    this.setPc();
    const fast: string[] = [];
    for (let i = 0; i < c; i++) fast.push(this.set(a + i, `s.items[${i}]`));
    const slow: string[] = [];
    for (let i = 0; i < c; i++) slow.push(this.set(a + i, `R[${a + i}]`));
    this.emit(`{ const s = ${this.r(b)};`);
    const sequence = `typeof s === "object" && (s.type === H.tupleType || s.type === H.listType || H.itemsForUnpack(s) !== null) && s.items.length === ${c}`;
    // Unpacking is of a tuple or list of the right length nearly always: anything else
    // leaves compiled code once, and the site is compiled in full the next time.
    if (this.speculates()) {
      this.guard(sequence, `unpacking not a tuple or list of ${c}`);
      this.emit(`${fast.join(" ")} }`);
      return;
    }
    this.emit(`if (${sequence}) { ${fast.join(" ")} }`);
    this.emit(`else { ${this.syncText()} H.unpackSequence(R, ${a}, s, ${c}); ${slow.join(" ")} } }`);
  }

  /** The iterator kind GET_ITER recorded for the iterator that the FOR_ITER at `pc` reads
   * from register `b`: the GET_ITER just before the loop, when it is the last writer of b. */
  private iteratorKind(pc: number, b: number): number {
    for (let i = pc - 1; i >= 0; i--) {
      if (!writtenRegisters(this.code, i).includes(b)) continue;
      return this.code.code[i * 4] === Op.GET_ITER ? this.rt.feedback[i]! : 0;
    }
    return 0;
  }

  /** The first target of an UNPACK_SEQUENCE of two that comes right after this FOR_ITER
   * and takes apart its item, held in the temporary `item` (so read by nothing else); -1
   * otherwise. */
  private pairUnpackOf(item: number): number {
    const next = this.pc + 1;
    const w = this.code.code;
    if (next >= this.code.length || this.targets.has(next) || item < this.code.tempBase) return -1;
    if (w[next * 4] !== 94 || w[next * 4 + 2] !== item || w[next * 4 + 3] !== 2) return -1;
    return w[next * 4 + 1]!;
  }

  private forIter(a: number, b: number, c: number): void {
    const kind = this.speculates() ? this.iteratorKind(this.pc, b) : 0;
    // Over a range or a list (what GET_ITER saw), the loop needs no general case.
    if (kind === IteratorBits.Range) {
      this.emit(`{ const it = ${this.r(b)};`);
      this.guard(`it instanceof H.RangeIterator && it.bigState === null`, "iterator not a range's");
      this.emit(`if (it.remaining === 0) { pc = ${c}; continue; }`);
      this.emit(`it.remaining--; const v = it.next; it.next = v + it.step; ${this.set(a, "v")} }`);
      return;
    }
    if (kind === IteratorBits.Sequence) {
      this.emit(`{ const it = ${this.r(b)};`);
      this.guard(`it instanceof H.SeqIterator`, "iterator not a tuple's");
      this.emit(
        `const items = it.items; if (items === null || it.index >= items.length) { it.items = null; it.source = null; pc = ${c}; continue; }`,
      );
      this.emit(`${this.set(a, "items[it.index++]")} }`);
      return;
    }
    if (kind === IteratorBits.List) {
      this.emit(`{ const it = ${this.r(b)};`);
      this.guard(`it instanceof H.ListIterator`, "iterator not a list's");
      this.emit(
        `const l = it.list; if (l === null || it.index >= l.items.length) { it.list = null; pc = ${c}; continue; }`,
      );
      this.emit(`${this.set(a, "l.items[it.index++]")} }`);
      return;
    }
    const unpack = kind === IteratorBits.Dict ? this.pairUnpackOf(a) : -1;
    if (unpack >= 0) {
      // `for k, v in d.items()`: the key and value straight from the entry, no tuple made
      // to be taken apart (its register is a temporary that nothing else reads).
      this.setPc();
      this.emit(`{ const it = ${this.r(b)};`);
      this.guard(`it instanceof H.DictIterator && it.kind === 2`, "iterator not a dict's items");
      this.emit(
        `const e = it.nextEntry(); if (e === undefined) { pc = ${c}; continue; } ${this.set(unpack, "e.key")} ${this.set(unpack + 1, "e.value")} }`,
      );
      this.fusedUnpack = this.pc + 1;
      return;
    }
    if (kind === IteratorBits.Dict || kind === IteratorBits.Str) {
      // nextValue runs no Python code; what it raises (a dict's size change) the handler
      // takes, its traceback at this instruction.
      const cls = kind === IteratorBits.Dict ? "DictIterator" : "PyStrIterator";
      if (kind === IteratorBits.Dict) this.setPc();
      this.emit(`{ const it = ${this.r(b)};`);
      this.guard(`it instanceof H.${cls}`, `iterator not a ${kind === IteratorBits.Dict ? "dict" : "str"}'s`);
      this.emit(
        `const v = it.nextValue(); if (v === undefined) { pc = ${c}; continue; } ${this.set(a, "v")} }`,
      );
      return;
    }
    if (kind === IteratorBits.Generator) {
      // The generator's frame may look at this one (f_back): registers written back first.
      this.setPc();
      this.emit(`{ const it = ${this.r(b)};`);
      this.guard(`it instanceof H.PyGenerator`, "iterator not a generator");
      this.emit(
        `${this.syncText()} const v = it.nextValue(); if (v === undefined) { pc = ${c}; continue; } ${this.set(a, "v")} }`,
      );
      return;
    }
    this.setPc();
    this.emit(`{ const it = ${this.r(b)}; let v;`);
    const pair = this.pairUnpackOf(a);
    if (pair >= 0) {
      // `for i, x in enumerate(a_list)`: the index and the item without the tuple.
      this.emit(
        `if (it instanceof H.PyEnumerate && it.type === H.enumerateType && it.iterator instanceof H.ListIterator && typeof it.count === "number" && it.count < 9007199254740991) {`,
      );
      this.emit(
        `const li = it.iterator, l = li.list; if (l === null || li.index >= l.items.length) li.list = null; else { ${this.set(pair, "it.count")} it.count++; ${this.set(pair + 1, "l.items[li.index++]")} v = H.FUSED_PAIR; } }`,
      );
      this.emit(`else`);
      this.maybeFusedUnpack = this.pc + 1;
    }
    this.emit(
      `if (it instanceof H.RangeIterator && it.remaining > 0) { it.remaining--; v = it.next; it.next = v + it.step; }`,
    );
    this.emit(
      `else if (it instanceof H.ListIterator && it.list !== null && it.index < it.list.items.length) v = it.list.items[it.index++];`,
    );
    this.emit(
      `else if (it instanceof H.SeqIterator && it.items !== null && it.index < it.items.length) v = it.items[it.index++];`,
    );
    // enumerate and zip run no Python code over lists, ranges and tuples; called as
    // themselves, not through iterNext's call site shared by every kind of iterator.
    this.emit(
      `else if ((it instanceof H.PyEnumerate || it instanceof H.PyZip) && H.plainSources(it)) v = it.nextValue();`,
    );
    this.emit(`else if (it instanceof H.DictIterator || it instanceof H.PyStrIterator) v = it.nextValue();`);
    this.emit(`else { ${this.syncText()} v = H.iterNext(it); }`);
    this.emit(`if (v === undefined) { pc = ${c}; continue; } ${this.set(a, "v")} }`);
  }

  private branchOnTruth(a: number, target: number, jumpIfTrue: boolean): void {
    const fb = this.rt.feedback[this.pc]!;
    const x = this.r(a);
    const jump = `{ pc = ${target}; continue; }`;
    // Feedback: 1 = the jump was taken, 2 = it fell through.
    if (
      this.speculates() &&
      this.options.speculateBranches &&
      (fb === 1 || fb === 2) &&
      this.code.length <= MAX_BRANCH_SPECULATION_LENGTH
    ) {
      const seenJump = fb === 1;
      const takenValue = jumpIfTrue ? "true" : "false";
      const otherValue = jumpIfTrue ? "false" : "true";
      // Only a bool is decided without side effects, so only then can the unseen direction
      // leave before the instruction has done anything.
      if (seenJump) {
        this.emit(`if (${x} === ${takenValue}) ${jump}`);
        this.emit(
          `if (${x} === ${otherValue}${this.options.stress ? " || H.stress()" : ""}) ${this.deoptHere(BRANCH_EXIT)}`,
        );
      } else {
        this.emit(
          `if (${x} === ${takenValue}${this.options.stress ? " || H.stress()" : ""}) ${this.deoptHere(BRANCH_EXIT)}`,
        );
        this.emit(`if (${x} !== ${otherValue}) {`);
      }
      this.setPc();
      this.emit(`${this.syncText()} if (${jumpIfTrue ? "" : "!"}H.isTrue(${x})) ${jump}`);
      if (!seenJump) this.emit(`}`);
      return;
    }
    this.emit(`{ const x = ${x};`);
    this.emit(`if (x === ${jumpIfTrue ? "true" : "false"}) ${jump}`);
    this.emit(
      `if (x !== ${jumpIfTrue ? "false" : "true"}) { ${this.pcText(this.pc)} ${this.syncText()} if (${jumpIfTrue ? "" : "!"}H.isTrue(x)) ${jump} } }`,
    );
  }

  // ---- arithmetic ----

  /** A binary operator whose left operand was an instance of a class that defines it in
   * Python (BinaryCache): the method called directly, behind guards on both operands' types,
   * then the reflected method if it returns NotImplemented; other operands take the
   * general path. Emits it and returns true, or returns false. */
  private operatorMethodCall(a: number, b: number, c: number, op: number): boolean {
    const cache = this.rt.caches[this.pc] as InlineCache | undefined;
    if (cache === undefined || !("method" in cache) || cache.left.version !== cache.version) return false;
    const left = this.constant(cache.left);
    const right = cache.right === null ? null : this.constant(cache.right);
    const rightOk =
      cache.right === null
        ? `typeof y === "number"`
        : `typeof y === "object" && y.type === ${right}` +
          (cache.right.isBuiltin || cache.right === cache.left
            ? ""
            : ` && ${right}.version === ${cache.rightVersion}`);
    const fn = this.constant(cache.method);
    const general = `H.callFromJit(${fn}, [x, y], null)`;
    const direct = this.directCall(fn, cache.method, ["x", "y"]);
    const callExpr = direct === null ? general : `(${direct.cond} ? ${direct.call} : ${general})`;
    this.setPc();
    const sync = this.syncText();
    this.emit(`{ const x = ${this.r(b)}, y = ${this.r(c)};`);
    this.emit(
      `if (typeof x === "object" && x.type === ${left} && ${left}.version === ${cache.version} && ${rightOk}) { ${sync} if (V.signals[0] !== 0 && H.checkInterrupt()) ${this.leaveForTracing()} let v = ${callExpr}; ${this.raisedCheck("v")} if (v === H.NotImplemented) v = H.binaryOpReflected(x, y, ${op}); ${this.set(a, "v")} }`,
    );
    this.emit(`else { ${sync} ${this.set(a, `H.binaryOp(x, y, ${op})`)} } }`);
    return true;
  }

  private binary(a: number, b: number, c: number, op: number, inplace: boolean): void {
    const [lt, rt] = this.feedback();
    // Float-aware code raises nothing (its guards leave to the interpreter), so it needs no
    // instruction index for a traceback.
    if (this.floatAware) {
      const checks: string[] = [];
      const xv = this.doubleOf(b, lt, checks);
      const yv = this.doubleOf(c, rt, checks);
      if (checks.length > 0) this.guard(checks.join(" && "), `operands of ${BINARY_NAMES[op]} not float/int`);
      if (op === 4) this.guard(`${yv} !== 0`, "float division by zero");
      if (op === 7) {
        // Where ** raises or makes a complex number, the interpreter does it.
        this.usesPow = true;
        this.emit(`pw = H.floatPowPlain(${xv}, ${yv});`);
        this.guard(`pw !== undefined`, "float ** raises or is complex");
        this.emit(this.setDouble(a, "pw"));
        return;
      }
      this.emit(this.setDouble(a, `${xv} ${["+", "-", "*", "", "/"][op]} ${yv}`));
      return;
    }
    if (!inplace && this.speculates() && this.operatorMethodCall(a, b, c, op)) return;
    this.setPc();
    const x = this.r(b);
    const y = this.r(c);
    const generic = `H.${inplace ? "inplaceOp" : "binaryOp"}(x, y, ${op})`;
    const slow = `{ ${this.syncText()} ${this.set(a, generic)} }`;
    const intOnly = lt === INT && rt === INT;
    this.emit(`{ const x = ${x}, y = ${y};`);
    if (this.speculates() && intOnly && intFast(op) !== null) {
      this.guard(
        `typeof x === "number" && typeof y === "number"`,
        `operands of ${BINARY_NAMES[op]} not both int`,
      );
      this.emit(`${intFast(op)!(this.set(a, "t").replace(/;$/, ""), `{ ${this.set(a, generic)} }`)} }`);
      return;
    }
    const parts: string[] = [];
    const intCode = intFast(op);
    // Ints never run Python code, big ones included: no write-back for them.
    const intSlow = `{ ${this.set(a, generic)} }`;
    if (intCode !== null)
      parts.push(
        `if (typeof x === "number" && typeof y === "number") { ${intCode(this.set(a, "t").replace(/;$/, ""), intSlow)} }`,
      );
    const ints = TypeBits.Int | TypeBits.BigInt;
    if ((lt & ints) !== 0 && (rt & ints) !== 0)
      parts.push(
        `${parts.length > 0 ? "else " : ""}if ((typeof x === "bigint" || typeof x === "number") && (typeof y === "bigint" || typeof y === "number")) ${intSlow}`,
      );
    const floatCode = floatFast(op);
    if (floatCode !== null && ((lt | rt) & FLOAT) !== 0) {
      parts.push(
        `${parts.length > 0 ? "else " : ""}if (typeof x === "object" && x.type === H.floatType && typeof y === "object" && y.type === H.floatType) { ${floatCode("x.value", "y.value", (e) => this.set(a, e), slow)} }`,
      );
      parts.push(
        `else if (typeof x === "object" && x.type === H.floatType && typeof y === "number") { ${floatCode("x.value", "y", (e) => this.set(a, e), slow)} }`,
      );
      parts.push(
        `else if (typeof x === "number" && typeof y === "object" && y.type === H.floatType) { ${floatCode("x", "y.value", (e) => this.set(a, e), slow)} }`,
      );
    }
    if (op === 0 && ((lt | rt) & STR) !== 0)
      parts.push(
        `${parts.length > 0 ? "else " : ""}if (typeof x === "string" && typeof y === "string") ${this.set(a, "x + y")}`,
      );
    parts.push(parts.length > 0 ? `else ${slow}` : slow);
    this.emit(parts.join("\n"));
    this.emit(`}`);
  }

  private compare(a: number, b: number, c: number, op: number): void {
    const [lt, rt] = this.feedback();
    const js = ["<", "<=", "===", "!==", ">", ">="][op]!;
    if (this.floatAware) {
      const checks: string[] = [];
      const xv = this.doubleOf(b, lt, checks);
      const yv = this.doubleOf(c, rt, checks);
      if (checks.length > 0) this.guard(checks.join(" && "), "operands of comparison not float/int");
      this.emit(this.set(a, `${xv} ${js} ${yv}`));
      return;
    }
    this.setPc();
    const slow = `{ ${this.syncText()} ${this.set(a, `H.richCompare(x, y, ${op})`)} }`;
    this.emit(`{ const x = ${this.r(b)}, y = ${this.r(c)};`);
    if (this.speculates() && lt === INT && rt === INT) {
      this.guard(`typeof x === "number" && typeof y === "number"`, `operands of comparison not both int`);
      this.emit(`${this.set(a, `x ${js} y`)} }`);
      return;
    }
    const parts = [`if (typeof x === "number" && typeof y === "number") ${this.set(a, `x ${js} y`)}`];
    if (((lt | rt) & FLOAT) !== 0) {
      parts.push(
        `else if (typeof x === "object" && x.type === H.floatType && typeof y === "object" && y.type === H.floatType) ${this.set(a, `x.value ${js} y.value`)}`,
      );
      parts.push(
        `else if (typeof x === "object" && x.type === H.floatType && typeof y === "number") ${this.set(a, `x.value ${js} y`)}`,
      );
      parts.push(
        `else if (typeof x === "number" && typeof y === "object" && y.type === H.floatType) ${this.set(a, `x ${js} y.value`)}`,
      );
    }
    if (((lt | rt) & STR) !== 0)
      parts.push(`else if (typeof x === "string" && typeof y === "string") ${this.set(a, `x ${js} y`)}`);
    // JS compares a bigint with a number by value; a bigint never holds a safe integer, so
    // one is never equal to a number.
    if (((lt | rt) & TypeBits.BigInt) !== 0)
      parts.push(
        `else if ((typeof x === "bigint" || typeof x === "number") && (typeof y === "bigint" || typeof y === "number")) ${this.set(a, `x ${js} y`)}`,
      );
    parts.push(`else ${slow}`);
    this.emit(parts.join("\n"));
    this.emit(`}`);
  }
}

const BINARY_NAMES = ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"];

/** Binary operations compiled on unboxed doubles: + - * / **. */
const FLOAT_OPS = new Set([0, 1, 2, 4, 7]);

/** Instructions after which control does not simply fall through. */
function isBlockEnd(op: number): boolean {
  return (op >= 64 && op <= 71) || op === 80 || op === 105 || op === 106;
}

/** Code for an int operation on two JS numbers x and y (safe integers), assigning `assign`
 * (an assignment to t's target with `t` as the value) or running `slow`. */
function intFast(op: number): ((assign: string, slow: string) => string) | null {
  const int32 = `(x | 0) === x && (y | 0) === y`;
  switch (op) {
    case 0:
      return (assign, slow) => `const t = x + y; if (Number.isSafeInteger(t)) ${assign}; else ${slow}`;
    case 1:
      return (assign, slow) => `const t = x - y; if (Number.isSafeInteger(t)) ${assign}; else ${slow}`;
    case 2:
      return (assign, slow) =>
        `let t = x * y; if (Number.isSafeInteger(t)) { if (t === 0) t = 0; ${assign}; } else ${slow}`;
    case 4:
      return (assign, slow) => `if (y !== 0) { const t = new H.PyFloat(x / y); ${assign}; } else ${slow}`;
    case 5:
      return (assign, slow) =>
        `if (${int32} && y !== 0) { const t = Math.floor(x / y) + 0; ${assign}; } else ${slow}`;
    case 6:
      return (assign, slow) =>
        `if (${int32} && y !== 0) { const m = x % y; const t = m !== 0 && (m ^ y) < 0 ? m + y : m + 0; ${assign}; } else ${slow}`;
    case 7:
      // Products of integers stay exact while below 2**53 (each is correctly rounded);
      // negative exponents make floats and large results big ints: the general path.
      return (assign, slow) =>
        `if (y >= 0 && y <= 64) { let t = 1; for (let k = y; k > 0 && Number.isSafeInteger(t); k--) t *= x; if (Number.isSafeInteger(t)) { t += 0; ${assign}; } else ${slow} } else ${slow}`;
    case 8:
      // x * 2**y is exact in a double; past 2**53 the general path makes a big int.
      return (assign, slow) =>
        `if ((x | 0) === x && y >= 0 && y < 31) { const t = x * (1 << y); if (Number.isSafeInteger(t)) ${assign}; else ${slow} } else ${slow}`;
    case 9:
      return (assign, slow) =>
        `if ((x | 0) === x && y >= 0 && y < 32) { const t = x >> y; ${assign}; } else ${slow}`;
    case 10:
      return (assign, slow) => `if (${int32}) { const t = x & y; ${assign}; } else ${slow}`;
    case 11:
      return (assign, slow) => `if (${int32}) { const t = x | y; ${assign}; } else ${slow}`;
    case 12:
      return (assign, slow) => `if (${int32}) { const t = x ^ y; ${assign}; } else ${slow}`;
  }
  return null;
}

/** Code for a float operation on the doubles xv and yv, producing a new float. */
function floatFast(
  op: number,
): ((xv: string, yv: string, set: (e: string) => string, slow: string) => string) | null {
  switch (op) {
    case 0:
    case 1:
    case 2: {
      const js = ["+", "-", "*"][op]!;
      return (xv, yv, set) => set(`new H.PyFloat(${xv} ${js} ${yv})`);
    }
    case 4:
      return (xv, yv, set, slow) => `if (${yv} !== 0) ${set(`new H.PyFloat(${xv} / ${yv})`)} else ${slow}`;
  }
  return null;
}
