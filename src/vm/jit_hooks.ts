// The interpreter's side of the JIT (DESIGN.md, "Tier 1"): the settings, the per-code JIT
// state kept on the CodeRuntime, and the protocol between compiled code and the loop.
//
// The JIT (src/jit/) sits above the VM, so the VM reaches it through `jitHooks.compile`,
// installed by the API layer. Compiled code runs on the interpreter's own Frame: it is entered
// with the frame pushed and an instruction index (0 for a call, a loop header for on-stack
// replacement), keeps the registers in JavaScript variables, and either returns the frame's
// return value or hands the frame back to the interpreter with DEOPT: the registers written
// back to `frame.regs`, `frame.pc` at the instruction to resume, and, when the instruction
// raised, the exception in `jitState.pending` to be raised there. A generator's compiled
// code may also return a yielded value, with `jitState.yielded` set and the frame suspended
// (its registers written back, `frame.pc` after the yield). Any instruction can thus
// bail out to the interpreter, which carries on with no visible difference.

import type { CodeObject } from "../compiler/code.js";
import type { PyObject } from "../objects/object.js";
import type { PyType } from "../objects/type.js";
import type { Frame } from "./frame.js";

/** What compiled code returns when it hands the frame back to the interpreter. */
export const DEOPT: unique symbol = Symbol("deopt");

export type JitEntry = (frame: Frame, pc: number) => PyObject | typeof DEOPT;

/** What a direct entry returns when the call raised: the exception, in `jitState.raised`,
 * has left the callee's frame (its traceback entry added, the frame popped), and the caller
 * goes on as if the call had thrown it. V8 takes 250 ns and more to unwind a JS throw, and
 * a function that only ever leaves by throwing never gets the feedback to be optimised. */
export const RAISED: unique symbol = Symbol("raised");

/** A compiled function called as a JS function: (function, positional arguments...), with no
 * Frame made unless it needs one. */
export type DirectEntry = (...args: never[]) => PyObject | typeof RAISED;

/** Per code object: the compiled entry and the history that decides recompilation. */
export class JitCodeState {
  entry: JitEntry | null = null;
  /** The direct entry of the current compilation (codegen.ts, "direct calls"), or null. */
  direct: DirectEntry | null = null;
  /** Set while the code is being compiled. */
  compiling = false;
  /** A generator's code: compiled code resumes its frames (never runs a call of it). */
  generator = false;
  /** Compilations so far; past `maxCompiles` the code is compiled without speculation. */
  compiles = 0;
  /** Deoptimisations of the current entry, and in total. */
  deopts = 0;
  totalDeopts = 0;
  /** Branch exits taken under the current entry that left it in place (policy.ts). */
  branchExits = 0;
  /** Whether compilations may still turn branches the interpreter never saw go one way into
   * exits: not once a branch exit has cost a recompilation (policy.ts). */
  speculateBranches = true;
  /** Instructions whose speculation failed: compiled generically from then on. */
  readonly genericSites = new Set<number>();
  /** Attribute sites whose type guard failed, with the types it accepted: the next
   * compilation accepts those and the new one (src/jit/attr_sites.ts). */
  readonly failedSites = new Map<number, PyType[]>();
  /** The types each type-guarded attribute site of the current entry accepts. */
  guardedTypes: ReadonlyMap<number, PyType[]> = new Map();
  /** Hotness (calls plus back-edges) at which the next compilation may happen. */
  nextCompileAt = 0;
  /** Set when the code cannot be compiled (generators) or compilation failed. */
  never = false;
  /** Milliseconds spent compiling this code. */
  compileMs = 0;
  /** An estimate of the JavaScript stack one activation of the compiled code takes. */
  frameBytes = 1024;
  /** Calls its direct activations made as shadow frames, and how many of those frames were
   * made after all (shadow_frames.ts); once that is a good part of them, its activations
   * make their frames before calling, as the frame would be made anyway. */
  shadowCalls = 0;
  shadowsMade = 0;
  eagerFrames = false;
}

/** Compiled code recurses on the JavaScript stack (a call is a JS call), which is far
 * smaller than Python's recursion limit allows for big functions. The estimated bytes of
 * compiled activations on the stack are kept under a budget; past it, calls run in the
 * interpreter's loop, which does not grow the JS stack, so that deep recursion reaches
 * RecursionError at sys.getrecursionlimit() as in CPython. */
export const jitStack = { used: 0 };
export const JIT_STACK_BUDGET = 400_000;

/** Whether one more activation of `state`'s compiled code fits in the budget. */
export function jitStackRoom(state: JitCodeState): boolean {
  return jitStack.used + state.frameBytes <= JIT_STACK_BUDGET;
}

export interface JitSettings {
  enabled: boolean;
  /** Calls plus back-edges before a code object is compiled (0: at its first call). */
  threshold: number;
  /** Make every guard fail at random (testing deoptimisation). */
  stress: boolean;
  /** Where --jit-log lines go (null: no log). */
  log: ((line: string) => void) | null;
  /** With the log: also print the generated JavaScript (SWALLOW_JIT_DUMP=1). */
  dump: boolean;
}

export const jitSettings: JitSettings = {
  enabled: false,
  threshold: 200,
  stress: false,
  log: null,
  dump: false,
};

export const jitHooks: {
  /** Compiles `code` (the JIT, installed by the API layer); null when it cannot be. */
  compile: ((code: CodeObject, state: JitCodeState) => JitEntry | null) | null;
} = { compile: null };

/** The exception an instruction of compiled code raised, for the interpreter to raise at
 * `frame.pc` when it takes the frame back. */
export const jitState: { pending: unknown; yielded: boolean; raised: unknown } = {
  pending: undefined,
  yielded: false,
  raised: undefined,
};

/** Thrown by compiled code's helpers for a call the interpreter must make itself (see
 * collectRequests), and passed on through compiled callers: each compiled frame goes back
 * to the interpreter stopped at its call, the innermost one at the gc.collect call. */
export const RETRY_IN_INTERPRETER = { retry: true };

/** The pending exception (or RETRY_IN_INTERPRETER), cleared. */
export function takePending(): unknown {
  const e = jitState.pending;
  jitState.pending = undefined;
  return e;
}

/** The exception of the direct call that returned RAISED, cleared. */
export function takeRaised(): unknown {
  const e = jitState.raised;
  jitState.raised = undefined;
  return e;
}

/** `gc.collect`, which the interpreter calls only once its own JS activation is gone: a
 * JS frame that is not optimised keeps every value it handled alive (its registers are GC
 * roots until reused), so a collection made from inside the loop would miss objects that
 * only went through it. */
export const collectRequests: { gcCollect: unknown } = { gcCollect: { notLoadedYet: true } };

/** Every compiled code's state, for retireCompiledCode (weakly: code can be collected). */
const compiledStates: WeakRef<JitCodeState>[] = [];

/** Records a compilation's state (the JIT calls this). */
export function registerCompiled(state: JitCodeState): void {
  // Dead entries are dropped as the list grows, so it stays about as long as the live ones.
  if (compiledStates.length >= 64 && (compiledStates.length & (compiledStates.length - 1)) === 0) {
    const live = compiledStates.filter((r) => r.deref() !== undefined);
    compiledStates.length = 0;
    compiledStates.push(...live);
  }
  compiledStates.push(new WeakRef(state));
}

/** Drops all compiled code: calls go to the interpreter (a compiled caller's direct call
 * finds its callee's entry retired and takes the long way) until the code is hot again. */
export function retireCompiledCode(): void {
  for (const ref of compiledStates) {
    const state = ref.deref();
    if (state === undefined) continue;
    state.entry = null;
    state.direct = null;
  }
  compiledStates.length = 0;
}
