// When to compile, recompile and give up, and the --jit-log lines that report it.
//
// A failed guard marks its instruction as generic (the next compilation does not speculate
// there) and drops the compiled code; the interpreter then runs the code again, widening the
// feedback, until it is hot once more and is recompiled. After MAX_SPECULATIVE_COMPILES the
// code is compiled one last time without any speculation: such code has no guards left to
// fail, so it never deoptimises and stays compiled.
//
// A branch taken for the first time is not a broken assumption about values, only a cold
// path reached: the code stays compiled (that activation finishes in the interpreter) until
// the same exit is taken again or TOLERATED_BRANCH_EXITS different ones are. Big functions
// (re's parser, enum's class converter) have many rare branches; dropping and recompiling
// them at each one cost more than all the rest of the JIT's work in the library benchmarks.
// Once a branch exit has cost a recompilation, the code's later compilations speculate on no
// branch: a loop's rare branches are taken one after another (difflib's find_longest_match
// was compiled six times, each time for V8 to compile and warm up anew).

import type { CodeObject } from "../compiler/code.js";
import { codeRuntime } from "../vm/code_runtime.js";
import { failedType, MAX_SITE_TYPES, sitesOnSameObject, TYPE_GUARD_REASON } from "./attr_sites.js";
import type { Frame } from "../vm/frame.js";
import { jitSettings, type JitCodeState } from "../vm/jit_hooks.js";

export const MAX_SPECULATIVE_COMPILES = 6;

/** The reason compiled code gives when it leaves for the interpreter because a trace or
 * profile function was set: no assumption failed. */
export const TRACING_EXIT = "tracing started";

/** The reason a speculated branch gives when it goes the unseen way. */
export const BRANCH_EXIT = "branch taken the other way";

const TOLERATED_BRANCH_EXITS = 3;

/** Code longer than this does not speculate on branches: compiling it is dear, and its
 * branches are many and rarely all seen before it becomes hot. */
export const MAX_BRANCH_SPECULATION_LENGTH = 300;

/** Whether the next compilation of this code may speculate at all. */
export function maySpeculate(state: JitCodeState): boolean {
  return state.compiles < MAX_SPECULATIVE_COMPILES;
}

export function recordDeopt(frame: Frame, state: JitCodeState, pc: number, reason: string): void {
  if (reason === TRACING_EXIT) return;
  state.deopts++;
  state.totalDeopts++;
  const repeated = state.genericSites.has(pc);
  const accepted = reason.startsWith(TYPE_GUARD_REASON) ? state.guardedTypes.get(pc) : undefined;
  // A polymorphic attribute site accepts one more type next time, up to a limit.
  const met = accepted !== undefined ? failedType(frame.code, frame.regs, pc) : null;
  if (accepted !== undefined && met !== null && !accepted.includes(met) && accepted.length < MAX_SITE_TYPES)
    state.failedSites.set(pc, [...accepted, met]);
  else if (met !== null && accepted !== undefined) {
    // A site that met more types than it may accept (a class made per call: namedtuples,
    // enums) or an accepted type that changed (a class still being filled in, as enum's
    // members are set on theirs) gives up speculating, and so do the other sites on the
    // same object, which would otherwise fail one after another, each time recompiled.
    for (const p of sitesOnSameObject(frame.code, pc)) state.genericSites.add(p);
  } else state.genericSites.add(pc);
  const code = frame.code;
  const log = jitSettings.log;
  if (log !== null) log(`deopt ${describe(code)} at line ${code.lineOf(pc)} (instruction ${pc}): ${reason}`);
  if (reason === BRANCH_EXIT) {
    if (!repeated && state.branchExits++ < TOLERATED_BRANCH_EXITS) return;
    state.speculateBranches = false;
  }
  if (state.entry !== null) {
    state.entry = null;
    state.direct = null;
    const rt = codeRuntime(code);
    // Let the interpreter see the new types for a while before compiling again; longer for
    // long code, whose compilation costs more.
    const wait = Math.max(4, jitSettings.threshold >> 4, code.length >> 3);
    state.nextCompileAt = rt.calls + rt.backEdges + wait;
  }
}

export function describe(code: CodeObject): string {
  return `${code.co_qualname} (${code.co_filename}:${code.co_firstlineno})`;
}
