// Definite assignment of locals over a finished instruction stream: which LOAD_FAST_CHECK
// instructions can never fail because their local is bound on every path that reaches
// them. The code generator emits a check before every read of a local that is not an
// argument; in a loop body that is most reads (`b1[0] - b2[0]` checked b1 and b2 each
// time), each one an instruction the interpreter dispatches and the JIT compiles.

import { INSTRUCTION_WORDS, OPCODES, Op } from "./opcodes.js";

/** What the analysis needs to know about a code unit's instructions. */
export interface FlowInput {
  /** Instruction words (op, a, b, c per instruction), register operands not yet resolved:
   * locals are 0..nlocals-1. */
  words: readonly number[];
  nlocals: number;
  /** Locals bound on entry (the parameters). */
  params: number;
  /** Per instruction, the handler instruction an exception there goes to, or -1. */
  handlerAt: (i: number) => number;
}

/** Per instruction: true for a LOAD_FAST_CHECK whose local is bound on every path. */
export function provenChecks(input: FlowInput): boolean[] {
  const { words, nlocals } = input;
  const n = words.length / INSTRUCTION_WORDS;
  const proven: boolean[] = new Array<boolean>(n).fill(false);
  if (nlocals === 0 || n === 0) return proven;
  const stride = (nlocals + 31) >>> 5;
  // Bound-on-entry sets, one bit per local; all ones until a path reaches the instruction
  // (a must-analysis meets by intersection).
  const bound = new Uint32Array((n + 1) * stride).fill(0xffffffff);
  const reached = new Uint8Array(n + 1);
  const entry = new Uint32Array(stride);
  for (let r = 0; r < input.params && r < nlocals; r++) entry[r >>> 5]! |= 1 << (r & 31);
  const work: number[] = [];
  const meet = (to: number, state: Uint32Array): void => {
    if (to > n) return;
    let changed = reached[to] === 0;
    reached[to] = 1;
    const base = to * stride;
    for (let k = 0; k < stride; k++) {
      const v = (bound[base + k]! & state[k]!) >>> 0;
      if (v !== bound[base + k]) {
        bound[base + k] = v;
        changed = true;
      }
    }
    if (changed) work.push(to);
  };
  meet(0, entry);
  const before = new Uint32Array(stride);
  const after = new Uint32Array(stride);
  while (work.length > 0) {
    const i = work.pop()!;
    if (i >= n) continue;
    before.set(bound.subarray(i * stride, (i + 1) * stride));
    after.set(before);
    const at = i * INSTRUCTION_WORDS;
    const op = words[at]!;
    const info = OPCODES[op]!;
    for (let k = 0; k < 3; k++) {
      const kind = info.operands[k];
      const r = words[at + 1 + k]!;
      if ((kind === "dst" || kind === "rw") && r >= 0 && r < nlocals) after[r >>> 5]! |= 1 << (r & 31);
    }
    if (op === Op.DELETE_FAST) {
      const r = words[at + 1]!;
      after[r >>> 5]! &= ~(1 << (r & 31));
    } else if (op === Op.LOAD_FAST_CHECK) {
      // Past the check the local is bound: it raised otherwise.
      const r = words[at + 1]!;
      after[r >>> 5]! |= 1 << (r & 31);
    }
    const handler = input.handlerAt(i);
    if (handler >= 0) meet(handler, before);
    // A jump may leave before the instruction's write (FOR_ITER at the end of its iterator).
    for (let k = 0; k < 3; k++) if (info.operands[k] === "target") meet(words[at + 1 + k]!, before);
    if (!endsBlock(op)) meet(i + 1, after);
  }
  for (let i = 0; i < n; i++) {
    const at = i * INSTRUCTION_WORDS;
    if (words[at] !== Op.LOAD_FAST_CHECK || reached[i] === 0) continue;
    const r = words[at + 1]!;
    proven[i] = (bound[i * stride + (r >>> 5)]! & (1 << (r & 31))) !== 0;
  }
  return proven;
}

function endsBlock(op: number): boolean {
  return (
    op === Op.JUMP_FORWARD ||
    op === Op.JUMP_BACKWARD ||
    op === Op.RETURN_VALUE ||
    op === Op.RAISE_VARARGS ||
    op === Op.RERAISE
  );
}
