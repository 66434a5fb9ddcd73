// Shadow frames: the frames of compiled activations made only when someone looks.
//
// A direct activation of compiled code (src/jit/codegen.ts, "direct calls") runs without a
// Frame until it needs one. Calling another Python function used to be such a need: the
// callee might look at the stack (sys._getframe, a traceback being printed, logging's
// caller, a deoptimisation handing the callee to the interpreter), so the caller made its
// Frame and pushed it first, which cost more than half of the time of a call-heavy program.
// Now the caller writes its registers into its register array (which the Frame, once made,
// takes as its own, so the values a frame object shows are the same) and records itself
// here: the function, the array and the instruction. Whoever reads the frame stack
// (VMState.current) makes the Frames of the recorded activations first, in order, and
// pushes them; the caller takes its Frame, if one was made meanwhile, when the call
// returns. An activation recorded here counts towards the recursion limit and the JS stack
// budget as a pushed frame does. Generated code records and drops activations itself
// (codegen.ts, shadowSync): through helper calls the record cost as much as a frame. Code
// whose recorded activations mostly get their frames made all the same (a callee that
// always makes its own frame makes its callers') goes back to making them before calling:
// the record and the late frame cost more than the frame alone.

import type { CodeObject } from "../compiler/code.js";
import type { PyDict } from "../objects/dict.js";
import type { PyFunction } from "../objects/function.js";
import { codeRuntime } from "./code_runtime.js";
import { Frame, functionBuiltins, type Reg } from "./frame.js";
import { shadowHooks, vm, type VMState } from "./state.js";

/** The Frame made for the activation recorded at `i`, whose call has returned (or raised)
 * and whose record generated code has dropped: pushed and still counted, the activation
 * goes on with it as if it had made it itself. */
export function shadowFrameOf(i: number): Frame {
  const v = vm;
  const frame = v.shadowFrames[i]!;
  v.shadowFrames[i] = null;
  v.shadowFlushed = i;
  return frame;
}

/** Makes and pushes the Frames of the recorded activations that have none, outermost
 * first (as they would have been pushed). */
function flush(v: VMState): void {
  for (let i = v.shadowFlushed; i < v.shadowSp; i++) {
    const fn = v.shadowFns[i] as PyFunction;
    const state = codeRuntime(fn.code as CodeObject).jit;
    // (Not soon: while the callees warm up in the interpreter, each call makes the frame.)
    if (state !== null && ++state.shadowsMade * 4 > state.shadowCalls && state.shadowsMade > 256)
      state.eagerFrames = true;
    const frame = new Frame(
      fn.code as CodeObject,
      fn.globals as PyDict,
      functionBuiltins(fn),
      null,
      fn,
      v.shadowRegs[i] as Reg[],
    );
    frame.pc = v.shadowPcs[i]!;
    frame.inCompiledCode = true;
    frame.running = true;
    frame.back = v.top;
    v.top = frame;
    v.shadowFrames[i] = frame;
  }
  v.shadowFlushed = v.shadowSp;
}

shadowHooks.flush = flush;
