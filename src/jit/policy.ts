// When to compile, recompile and give up, and the --jit-log lines that report it.
//
// A failed guard marks its instruction as generic (the next compilation does not speculate
// there) and drops the compiled code; the interpreter then runs the code again, widening the
// feedback, until it is hot once more and is recompiled. After MAX_SPECULATIVE_COMPILES the
// code is compiled one last time without any speculation: such code has no guards left to
// fail, so it never deoptimises and stays compiled.

import type { CodeObject } from "../compiler/code.js";
import { codeRuntime } from "../vm/code_runtime.js";
import type { Frame } from "../vm/frame.js";
import { jitSettings, type JitCodeState } from "../vm/jit_hooks.js";

export const MAX_SPECULATIVE_COMPILES = 6;

/** Whether the next compilation of this code may speculate at all. */
export function maySpeculate(state: JitCodeState): boolean {
  return state.compiles < MAX_SPECULATIVE_COMPILES;
}

export function recordDeopt(frame: Frame, state: JitCodeState, pc: number, reason: string): void {
  state.deopts++;
  state.totalDeopts++;
  state.genericSites.add(pc);
  const code = frame.code;
  const log = jitSettings.log;
  if (log !== null) log(`deopt ${describe(code)} at line ${code.lineOf(pc)} (instruction ${pc}): ${reason}`);
  if (state.entry !== null) {
    state.entry = null;
    state.direct = null;
    const rt = codeRuntime(code);
    // Let the interpreter see the new types for a while before compiling again.
    state.nextCompileAt = rt.calls + rt.backEdges + Math.max(4, jitSettings.threshold >> 4);
  }
}

export function describe(code: CodeObject): string {
  return `${code.co_qualname} (${code.co_filename}:${code.co_firstlineno})`;
}
