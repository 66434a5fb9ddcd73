// Temporaries that no longer matter, cleared before a collection.
//
// CPython's value stack lets go of call arguments as the call consumes them, so an object
// that only an expression's intermediate values held is freed by the time the next
// statement runs. Swallow's temporaries are registers that keep their last value until
// reused, which would keep such objects alive through `gc.collect()`. The compiler hands
// out temporaries as a stack, so at a call everything from the callee's register up is
// either an argument already passed on or free: those registers are cleared in every
// interpreted frame stopped at a call. A frame running compiled code is left alone: its
// compiled code may still read registers it did not load into JS variables (after OSR).

import { Op } from "../compiler/opcodes.js";
import type { Frame } from "./frame.js";

export function clearDeadTemporaries(top: Frame | null): void {
  for (let f = top; f !== null; f = f.back) {
    const code = f.code;
    const regs = f.regs;
    let from = regs.length;
    if (!f.inCompiledCode && f.pc < code.length) {
      const w = f.pc << 2;
      const op = code.code[w];
      if (op === Op.CALL || op === Op.CALL_METHOD || op === Op.CALL_FUNCTION_EX) {
        const callee = code.code[w + 2]!;
        if (callee >= code.tempBase) from = callee + 1;
      }
    }
    for (let r = from; r < regs.length; r++) regs[r] = undefined;
  }
}
