// One code object under construction: instruction words, labels, register allocation,
// constants, names and exception ranges. Register operands are symbolic while emitting
// (constants and temporaries are tagged, since the size of the constant section is known only
// at the end) and resolved to frame register numbers in `finish`, driven by the opcode table's
// operand kinds.

import type { ConstantValue } from "../parser/constant.js";
import {
  ComplexConstant,
  EllipsisConstant,
  FloatConstant,
  SurrogateStrConstant,
} from "../parser/constant.js";
import {
  CO_VARARGS,
  CO_VARKEYWORDS,
  CodeObject,
  ConstFrozenset,
  ConstTuple,
  EXCEPTION_ENTRY_WORDS,
  type Constant,
} from "./code.js";
import { provenChecks } from "./bound_locals.js";
import { INSTRUCTION_WORDS, OPCODES, Op } from "./opcodes.js";
import type { Location } from "./symtable.js";

const CONST_TAG = 1 << 28;
const TEMP_TAG = 1 << 29;

export class Label {
  index = -1;
  readonly refs: number[] = [];
}

interface Handler {
  label: Label;
  excReg: number;
  lastiReg: number;
}

export class CodeUnit {
  readonly words: number[] = [];
  readonly pos: number[] = [];
  /** Per instruction: index into `handlers` of the innermost active handler, or -1. */
  private readonly handlerOf: number[] = [];
  private readonly handlers: Handler[] = [];
  private readonly handlerStack: number[] = [];
  readonly consts: Constant[] = [];
  private readonly constKeys = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  private tempTop = 0;
  private maxTemps = 0;
  loc: Location | null = null;

  constructor(
    readonly varnames: string[],
    readonly cellvars: string[],
    readonly freevars: string[],
  ) {}

  get count(): number {
    return this.words.length / INSTRUCTION_WORDS;
  }

  emit(op: number, a = 0, b = 0, c = 0): number {
    const i = this.count;
    this.words.push(op, a, b, c);
    const l = this.loc;
    if (l) this.pos.push(l.lineno, l.end_lineno ?? l.lineno, l.col_offset, l.end_col_offset ?? -1);
    else this.pos.push(-1, -1, -1, -1);
    this.handlerOf.push(this.handlerStack.length ? this.handlerStack[this.handlerStack.length - 1] : -1);
    return i;
  }

  /** Emits an instruction that belongs to no line (CPython's artificial instructions): a
   * tracer sees no 'line' event for it. */
  emitNoLine(op: number, a = 0, b = 0, c = 0): number {
    const saved = this.loc;
    this.loc = null;
    const i = this.emit(op, a, b, c);
    this.loc = saved;
    return i;
  }

  /** Emits a jump-like instruction whose operand `slot` (1..3) is `label`. */
  emitJump(op: number, label: Label, slot: number, a = 0, b = 0, c = 0): void {
    const i = this.emit(op, a, b, c);
    const w = i * INSTRUCTION_WORDS + slot;
    if (label.index >= 0) this.words[w] = label.index;
    else label.refs.push(w);
  }

  bind(label: Label): void {
    label.index = this.count;
    this.lastBound = this.count;
    for (const w of label.refs) this.words[w] = label.index;
  }

  /** Index at which a label was last bound: a jump may land just past the code. */
  private lastBound = -1;

  /** Whether control can reach the end of the code (no return there, or a jump lands after it). */
  fallsOffEnd(): boolean {
    return this.lastOp() !== Op.RETURN_VALUE || this.lastBound === this.count;
  }

  /** The operand of instruction i at `slot` (for peephole checks in tests). */
  lastOp(): number {
    return this.count ? this.words[this.words.length - INSTRUCTION_WORDS] : -1;
  }

  // Registers.
  local(i: number): number {
    return i;
  }
  cell(i: number): number {
    return this.varnames.length + i;
  }
  free(i: number): number {
    return this.varnames.length + this.cellvars.length + i;
  }
  isLocal(r: number): boolean {
    return r >= 0 && r < this.varnames.length;
  }
  isTemp(r: number): boolean {
    return r >= TEMP_TAG;
  }
  isConst(r: number): boolean {
    return r >= CONST_TAG && r < TEMP_TAG;
  }
  constIndexOf(r: number): number {
    return r - CONST_TAG;
  }

  temp(): number {
    const r = TEMP_TAG + this.tempTop++;
    if (this.tempTop > this.maxTemps) this.maxTemps = this.tempTop;
    return r;
  }
  temps(n: number): number {
    const r = TEMP_TAG + this.tempTop;
    this.tempTop += n;
    if (this.tempTop > this.maxTemps) this.maxTemps = this.tempTop;
    return r;
  }
  mark(): number {
    return this.tempTop;
  }
  release(mark: number): void {
    this.tempTop = mark;
  }

  // Constants and names.
  constIndex(v: Constant): number {
    const key = constKey(v);
    if (key !== null) {
      const found = this.constKeys.get(key);
      if (found !== undefined) return found;
      this.constKeys.set(key, this.consts.length);
    }
    this.consts.push(v);
    return this.consts.length - 1;
  }
  constReg(v: Constant): number {
    return CONST_TAG + this.constIndex(v);
  }
  name(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }

  // Exception ranges: instructions emitted between push and pop are covered.
  pushHandler(label: Label, excReg: number, lastiReg = -1): void {
    this.handlers.push({ label, excReg, lastiReg });
    this.handlerStack.push(this.handlers.length - 1);
  }
  popHandler(): void {
    this.handlerStack.pop();
  }
  handlerDepth(): number {
    return this.handlerStack.length;
  }
  saveHandlers(): number[] {
    return this.handlerStack.slice();
  }
  truncateHandlers(depth: number): void {
    if (this.handlerStack.length > depth) this.handlerStack.length = depth;
  }
  restoreHandlers(saved: number[]): void {
    this.handlerStack.length = 0;
    this.handlerStack.push(...saved);
  }

  /** Removes the LOAD_FAST_CHECK instructions that cannot fail (bound_locals.ts), renumbering
   * jump targets and handlers. */
  private dropProvenChecks(params: number): void {
    const proven = provenChecks({
      words: this.words,
      nlocals: this.varnames.length,
      params,
      handlerAt: (i) => {
        const h = this.handlerOf[i]!;
        return h >= 0 ? this.handlers[h]!.label.index : -1;
      },
    });
    if (!proven.includes(true)) return;
    const n = this.count;
    // An instruction's new index; a removed one's is that of the instruction after it.
    const renumber = new Int32Array(n + 1);
    let kept = 0;
    for (let i = 0; i < n; i++) {
      renumber[i] = kept;
      if (!proven[i]) kept++;
    }
    renumber[n] = kept;
    const words: number[] = [];
    const pos: number[] = [];
    const handlerOf: number[] = [];
    for (let i = 0; i < n; i++) {
      if (proven[i]) continue;
      const at = i * INSTRUCTION_WORDS;
      const info = OPCODES[this.words[at]!]!;
      words.push(this.words[at]!);
      for (let k = 0; k < 3; k++) {
        const w = this.words[at + 1 + k]!;
        words.push(info.operands[k] === "target" ? renumber[w]! : w);
      }
      for (let k = 0; k < 4; k++) pos.push(this.pos[i * 4 + k]!);
      handlerOf.push(this.handlerOf[i]!);
    }
    // Labels may be shared between handlers: renumber each once.
    for (const label of new Set(this.handlers.map((h) => h.label))) label.index = renumber[label.index]!;
    replaceContents(this.words, words);
    replaceContents(this.pos, pos);
    replaceContents(this.handlerOf, handlerOf);
  }

  finish(init: {
    name: string;
    qualname: string;
    filename: string;
    firstlineno: number;
    argcount: number;
    posonlyargcount: number;
    kwonlyargcount: number;
    flags: number;
    cell2arg: Int32Array;
  }): CodeObject {
    const params =
      init.argcount +
      init.kwonlyargcount +
      ((init.flags & CO_VARARGS) !== 0 ? 1 : 0) +
      ((init.flags & CO_VARKEYWORDS) !== 0 ? 1 : 0);
    this.dropProvenChecks(params);
    const nlocals = this.varnames.length;
    const constBase = nlocals + this.cellvars.length + this.freevars.length;
    const tempBase = constBase + this.consts.length;
    const resolve = (r: number): number => {
      if (r >= TEMP_TAG) return tempBase + (r - TEMP_TAG);
      if (r >= CONST_TAG) return constBase + (r - CONST_TAG);
      return r;
    };
    const code = new Int32Array(this.words.length);
    for (let i = 0; i < this.words.length; i += INSTRUCTION_WORDS) {
      const op = this.words[i];
      const info = OPCODES[op];
      code[i] = op;
      for (let k = 0; k < 3; k++) {
        const kind = info.operands[k];
        const w = this.words[i + 1 + k];
        code[i + 1 + k] =
          kind === "reg" || kind === "dst" || kind === "rw" || kind === "regs" || kind === "dsts"
            ? resolve(w)
            : w;
      }
      // YIELD_VALUE's c and RERAISE's b may be -1; RAISE_VARARGS' unused registers are 0.
    }
    const table: number[] = [];
    let cur = -1;
    for (let i = 0; i < this.handlerOf.length; i++) {
      const h = this.handlerOf[i];
      if (h === cur && h >= 0) {
        table[table.length - EXCEPTION_ENTRY_WORDS + 1] = i + 1;
        continue;
      }
      cur = h;
      if (h >= 0) {
        const hd = this.handlers[h];
        table.push(
          i,
          i + 1,
          hd.label.index,
          resolve(hd.excReg),
          hd.lastiReg >= 0 ? resolve(hd.lastiReg) : -1,
        );
      }
    }
    return new CodeObject({
      co_name: init.name,
      co_qualname: init.qualname,
      co_filename: init.filename,
      co_firstlineno: init.firstlineno,
      co_argcount: init.argcount,
      co_posonlyargcount: init.posonlyargcount,
      co_kwonlyargcount: init.kwonlyargcount,
      co_flags: init.flags,
      co_varnames: this.varnames,
      co_cellvars: this.cellvars,
      co_freevars: this.freevars,
      co_names: this.names,
      co_consts: this.consts,
      cell2arg: init.cell2arg,
      nregisters: tempBase + this.maxTemps,
      code,
      positions: Int32Array.from(this.pos),
      exceptionTable: Int32Array.from(table),
    });
  }
}

function replaceContents(target: number[], source: readonly number[]): void {
  target.length = source.length;
  for (let i = 0; i < source.length; i++) target[i] = source[i]!;
}

/** A key under which equal constants of the same type share a slot (CPython's
 * _PyCode_ConstantKey: 0 and 0.0 and False and -0.0 stay distinct), or null. */
export function constKey(v: Constant): string | null {
  if (v === null) return "N";
  if (v === true) return "T";
  if (v === false) return "F";
  if (typeof v === "bigint") return "i" + v.toString();
  if (typeof v === "string") return "s" + v;
  if (v instanceof FloatConstant) return "f" + (Object.is(v.value, -0) ? "-0" : String(v.value));
  if (v instanceof ComplexConstant) return "c" + (Object.is(v.imag, -0) ? "-0" : String(v.imag));
  if (v instanceof EllipsisConstant) return "E";
  if (v instanceof SurrogateStrConstant) return "u" + v.codePoints.join(",");
  if (v instanceof Uint8Array) return "b" + Array.from(v).join(",");
  if (v instanceof ConstTuple || v instanceof ConstFrozenset) {
    const parts: string[] = [];
    for (const item of v.items) {
      const k = constKey(item);
      if (k === null) return null;
      parts.push(JSON.stringify(k));
    }
    return (v instanceof ConstTuple ? "t(" : "z(") + parts.join(",") + ")";
  }
  return null;
}

export function isConstantValue(v: unknown): v is ConstantValue {
  return !(v instanceof CodeObject);
}

export { Op };
