// The pattern program, structured. CPython's `re._compiler` hands `_sre.compile` a flat
// list of integers (opcodes with skip offsets); `decodeProgram` turns it into a tree of
// node objects: sequences are arrays, BRANCH holds its alternatives, REPEAT its body,
// one-character operations a decoded CharTest. The matcher (matcher.ts) interprets this
// tree; a later JIT can compile the same tree to JavaScript. Nothing here matches.
//
// Layout of the integer program (3.11), `skip` counted from the skip word itself:
//   INFO skip flags min max [prefix_len prefix_skip prefix... overlap...] [charset...]
//   BRANCH (skip alt... JUMP j)* FAILURE          REPEAT skip min max body MAX_UNTIL|MIN_UNTIL
//   REPEAT_ONE|MIN_REPEAT_ONE|POSSESSIVE_REPEAT_ONE skip min max item SUCCESS
//   POSSESSIVE_REPEAT skip min max body SUCCESS   ATOMIC_GROUP skip body SUCCESS
//   ASSERT|ASSERT_NOT skip back body SUCCESS      GROUPREF_EXISTS group skip yes [JUMP j no]
//   IN* skip set... FAILURE

import { makeCharTest, type CharTest, type SetItem } from "./chars.js";
import { INFO_CHARSET, INFO_LITERAL, INFO_PREFIX, Op } from "./constants.js";

export const enum N {
  CHAR,
  AT,
  BRANCH,
  REPEAT,
  REPEAT_ONE,
  POSSESSIVE_REPEAT,
  MARK,
  GROUPREF,
  GROUPREF_EXISTS,
  ASSERT,
  ATOMIC,
  FAILURE,
}

export const enum RepeatMode {
  GREEDY,
  LAZY,
  POSSESSIVE,
}

export type Node =
  | { kind: N.CHAR; test: CharTest }
  | { kind: N.AT; at: number }
  | { kind: N.BRANCH; alts: Node[][] }
  | RepeatNode
  | RepeatOneNode
  | { kind: N.POSSESSIVE_REPEAT; min: number; max: number; body: Node[] }
  | { kind: N.MARK; mark: number }
  | { kind: N.GROUPREF; group: number; op: Op }
  | { kind: N.GROUPREF_EXISTS; group: number; yes: Node[]; no: Node[] }
  | { kind: N.ASSERT; behind: number; negate: boolean; body: Node[] }
  | { kind: N.ATOMIC; body: Node[] }
  | { kind: N.FAILURE };

/** REPEAT ... MAX_UNTIL (greedy) or MIN_UNTIL (lazy). */
export interface RepeatNode {
  kind: N.REPEAT;
  min: number;
  max: number;
  greedy: boolean;
  body: Node[];
}

/** A repeat of a one-character item (REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT_ONE).
 * `nextLiteral` is the character the following node requires, or -1: backtracking skips
 * the counts after which it cannot match. */
export interface RepeatOneNode {
  kind: N.REPEAT_ONE;
  min: number;
  max: number;
  mode: RepeatMode;
  test: CharTest;
  nextLiteral: number;
}

export interface Info {
  minLen: number;
  maxLen: number;
  /** The literal prefix every match starts with, or null. */
  prefix: number[] | null;
  /** The whole pattern is that literal (SRE_INFO_LITERAL). */
  literal: boolean;
  /** A test the first character of every match passes, or null. */
  first: CharTest | null;
}

export interface Program {
  info: Info;
  nodes: Node[];
}

class ProgramError extends Error {}

/** Every node has all fields, in one order, so that the interpreter's `node.kind` and
 * field loads see one object shape (V8 optimises a monomorphic load far better). */
function node<T extends Node>(fields: T): T {
  const n = {
    kind: N.FAILURE as N,
    test: null as CharTest | null,
    at: 0,
    alts: null as Node[][] | null,
    min: 0,
    max: 0,
    greedy: false,
    mode: RepeatMode.GREEDY as RepeatMode,
    body: null as Node[] | null,
    mark: 0,
    group: 0,
    op: 0 as Op,
    yes: null as Node[] | null,
    no: null as Node[] | null,
    behind: 0,
    negate: false,
    nextLiteral: -1,
  };
  Object.assign(n, fields);
  return n as unknown as T;
}

export function decodeProgram(code: readonly number[]): Program {
  let start = 0;
  let info: Info = { minLen: 0, maxLen: 0xffffffff, prefix: null, literal: false, first: null };
  if (code[0] === Op.INFO) {
    info = decodeInfo(code);
    start = 1 + code[1]!;
  }
  const end = code.length - 1;
  if (code[end] !== Op.SUCCESS) throw new ProgramError("program does not end with SUCCESS");
  return { info, nodes: decodeSeq(code, start, end) };
}

export { ProgramError };

function at(code: readonly number[], i: number): number {
  const v = code[i];
  if (v === undefined) throw new ProgramError(`truncated program at ${i}`);
  return v;
}

function decodeInfo(code: readonly number[]): Info {
  const skip = at(code, 1);
  const flags = at(code, 2);
  const info: Info = { minLen: at(code, 3), maxLen: at(code, 4), prefix: null, literal: false, first: null };
  if (flags & INFO_PREFIX) {
    const len = at(code, 5);
    info.prefix = code.slice(7, 7 + len) as number[];
    info.literal = (flags & INFO_LITERAL) !== 0;
  } else if (flags & INFO_CHARSET) {
    info.first = makeCharTest(Op.IN, 0, decodeSet(code, 5, 1 + skip));
  }
  return info;
}

function decodeSet(code: readonly number[], i: number, end: number): SetItem[] {
  const items: SetItem[] = [];
  for (;;) {
    if (i >= end) throw new ProgramError("set without FAILURE");
    const op = at(code, i++);
    switch (op) {
      case Op.FAILURE:
        if (i !== end) throw new ProgramError("set ends early");
        return items;
      case Op.LITERAL:
        items.push({ op, ch: at(code, i++) });
        break;
      case Op.RANGE:
      case Op.RANGE_UNI_IGNORE:
        items.push({ op, lo: at(code, i), hi: at(code, i + 1) });
        i += 2;
        break;
      case Op.CHARSET:
        items.push({ op, bits: Uint32Array.from(code.slice(i, i + 8)) });
        i += 8;
        break;
      case Op.BIGCHARSET: {
        const count = at(code, i++);
        const blockOf = new Uint8Array(256);
        for (let k = 0; k < 256; k++) blockOf[k] = (at(code, i + (k >> 2)) >>> ((k & 3) * 8)) & 255;
        i += 64;
        const blocks = Uint32Array.from(code.slice(i, i + count * 8));
        i += count * 8;
        items.push({ op, blockOf, blocks });
        break;
      }
      case Op.CATEGORY:
        items.push({ op, cat: at(code, i++) });
        break;
      case Op.NEGATE:
        items.push({ op });
        break;
      default:
        throw new ProgramError(`bad set opcode ${op}`);
    }
  }
}

/** Decodes code[i, end) as a sequence of nodes. */
function decodeSeq(code: readonly number[], i: number, end: number): Node[] {
  const seq: Node[] = [];
  while (i < end) i = decodeOne(code, i, end, seq);
  if (i !== end) throw new ProgramError("sequence overruns its block");
  linkRepeats(seq);
  return seq;
}

/** Decodes the instruction at i into `seq`; returns the index after it. */
function decodeOne(code: readonly number[], i: number, end: number, seq: Node[]): number {
  const op = at(code, i);
  switch (op) {
    case Op.SUCCESS:
      // Only the top level ends with SUCCESS, and decodeProgram cuts it off.
      throw new ProgramError("unexpected SUCCESS");
    case Op.FAILURE:
      seq.push(node({ kind: N.FAILURE }));
      return i + 1;
    case Op.ANY:
    case Op.ANY_ALL:
      seq.push(node({ kind: N.CHAR, test: makeCharTest(op, 0, null) }));
      return i + 1;
    case Op.LITERAL:
    case Op.NOT_LITERAL:
    case Op.LITERAL_IGNORE:
    case Op.NOT_LITERAL_IGNORE:
    case Op.LITERAL_UNI_IGNORE:
    case Op.NOT_LITERAL_UNI_IGNORE:
    case Op.LITERAL_LOC_IGNORE:
    case Op.NOT_LITERAL_LOC_IGNORE:
    case Op.CATEGORY:
      seq.push(node({ kind: N.CHAR, test: makeCharTest(op, at(code, i + 1), null) }));
      return i + 2;
    case Op.IN:
    case Op.IN_IGNORE:
    case Op.IN_UNI_IGNORE:
    case Op.IN_LOC_IGNORE: {
      const next = i + 1 + at(code, i + 1);
      seq.push(node({ kind: N.CHAR, test: makeCharTest(op, 0, decodeSet(code, i + 2, next)) }));
      return next;
    }
    case Op.AT:
      seq.push(node({ kind: N.AT, at: at(code, i + 1) }));
      return i + 2;
    case Op.MARK:
      seq.push(node({ kind: N.MARK, mark: at(code, i + 1) }));
      return i + 2;
    case Op.GROUPREF:
    case Op.GROUPREF_IGNORE:
    case Op.GROUPREF_UNI_IGNORE:
    case Op.GROUPREF_LOC_IGNORE:
      seq.push(node({ kind: N.GROUPREF, group: at(code, i + 1), op }));
      return i + 2;
    case Op.BRANCH: {
      const alts: Node[][] = [];
      let p = i + 1;
      for (;;) {
        const skip = at(code, p);
        if (skip === 0) break;
        const next = p + skip;
        if (at(code, next - 2) !== Op.JUMP) throw new ProgramError("branch alternative without JUMP");
        alts.push(decodeSeq(code, p + 1, next - 2));
        p = next;
      }
      seq.push(node({ kind: N.BRANCH, alts }));
      return p + 1;
    }
    case Op.REPEAT: {
      const until = i + 1 + at(code, i + 1);
      const u = at(code, until);
      if (u !== Op.MAX_UNTIL && u !== Op.MIN_UNTIL) throw new ProgramError("REPEAT without UNTIL");
      const body = decodeSeq(code, i + 4, until);
      seq.push(
        node({
          kind: N.REPEAT,
          min: at(code, i + 2),
          max: at(code, i + 3),
          greedy: u === Op.MAX_UNTIL,
          body,
        }),
      );
      return until + 1;
    }
    case Op.REPEAT_ONE:
    case Op.MIN_REPEAT_ONE:
    case Op.POSSESSIVE_REPEAT_ONE: {
      const next = i + 1 + at(code, i + 1);
      if (at(code, next - 1) !== Op.SUCCESS) throw new ProgramError("REPEAT_ONE without SUCCESS");
      const body = decodeSeq(code, i + 4, next - 1);
      const min = at(code, i + 2);
      const max = at(code, i + 3);
      const mode =
        op === Op.REPEAT_ONE
          ? RepeatMode.GREEDY
          : op === Op.MIN_REPEAT_ONE
            ? RepeatMode.LAZY
            : RepeatMode.POSSESSIVE;
      const only = body.length === 1 ? body[0]! : null;
      if (only !== null && only.kind === N.CHAR) {
        seq.push(node({ kind: N.REPEAT_ONE, min, max, mode, test: only.test, nextLiteral: -1 }));
      } else if (mode === RepeatMode.POSSESSIVE) {
        seq.push(node({ kind: N.POSSESSIVE_REPEAT, min, max, body }));
      } else {
        seq.push(node({ kind: N.REPEAT, min, max, greedy: mode === RepeatMode.GREEDY, body }));
      }
      return next;
    }
    case Op.POSSESSIVE_REPEAT: {
      const succ = i + 1 + at(code, i + 1);
      if (at(code, succ) !== Op.SUCCESS) throw new ProgramError("POSSESSIVE_REPEAT without SUCCESS");
      const body = decodeSeq(code, i + 4, succ);
      seq.push(node({ kind: N.POSSESSIVE_REPEAT, min: at(code, i + 2), max: at(code, i + 3), body }));
      return succ + 1;
    }
    case Op.ATOMIC_GROUP: {
      const next = i + 1 + at(code, i + 1);
      if (at(code, next - 1) !== Op.SUCCESS) throw new ProgramError("ATOMIC_GROUP without SUCCESS");
      seq.push(node({ kind: N.ATOMIC, body: decodeSeq(code, i + 2, next - 1) }));
      return next;
    }
    case Op.ASSERT:
    case Op.ASSERT_NOT: {
      const next = i + 1 + at(code, i + 1);
      if (at(code, next - 1) !== Op.SUCCESS) throw new ProgramError("ASSERT without SUCCESS");
      const body = decodeSeq(code, i + 3, next - 1);
      seq.push(node({ kind: N.ASSERT, behind: at(code, i + 2), negate: op === Op.ASSERT_NOT, body }));
      return next;
    }
    case Op.GROUPREF_EXISTS: {
      const group = at(code, i + 1);
      const noStart = i + 1 + at(code, i + 2);
      // The yes branch runs up to noStart, ending with `JUMP skip` when there is a no branch.
      const yes: Node[] = [];
      let p = i + 3;
      let no: Node[] = [];
      while (p < noStart) {
        if (p === noStart - 2 && at(code, p) === Op.JUMP) {
          const noEnd = noStart - 1 + at(code, noStart - 1);
          no = decodeSeq(code, noStart, noEnd);
          linkRepeats(yes);
          seq.push(node({ kind: N.GROUPREF_EXISTS, group, yes, no }));
          return noEnd;
        }
        p = decodeOne(code, p, noStart, yes);
      }
      if (p !== noStart) throw new ProgramError("GROUPREF_EXISTS overruns");
      linkRepeats(yes);
      seq.push(node({ kind: N.GROUPREF_EXISTS, group, yes, no }));
      return noStart;
    }
    default:
      void end;
      throw new ProgramError(`unknown opcode ${op} at ${i}`);
  }
}

/** Fills in RepeatOneNode.nextLiteral from the node that follows in the sequence. */
function linkRepeats(seq: Node[]): void {
  for (let k = 0; k + 1 < seq.length; k++) {
    const n = seq[k]!;
    const next = seq[k + 1]!;
    if (n.kind === N.REPEAT_ONE && next.kind === N.CHAR && next.test.op === Op.LITERAL)
      n.nextLiteral = next.test.ch;
  }
}
