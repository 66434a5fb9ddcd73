// The `_opcode` module, for Swallow's own instruction set (compiler/opcodes.ts). CPython's
// `_opcode` offers stack_effect and specialization statistics; Swallow's `dis` (dis.ts)
// also needs to read a code object's instructions, register layout and exception table,
// which CPython reads from co_code and co_exceptiontable. Swallow's instructions are four
// 32-bit words with three register-level operands, so there is no byte string that
// CPython's dis could decode; these functions hand dis the words instead.

import { CodeObject } from "../compiler/code.js";
import { INSTRUCTION_WORDS, OPCODES } from "../compiler/opcodes.js";
import { None } from "../objects/bootstrap.js";
import { typeError, valueError } from "../objects/exceptions.js";
import { builtinWithSignature } from "../objects/function.js";
import { asIndex } from "../objects/int.js";
import { typeName } from "../objects/names.js";
import type { PyObject } from "../objects/object.js";
import { strFromJS } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { registerNativeModule } from "./registry.js";

function codeArg(v: PyObject | undefined, fn: string): CodeObject {
  if (!(v instanceof CodeObject)) throw typeError(`${fn}() argument must be code, not ${typeName(v!)}`);
  return v;
}

const ints = (xs: ArrayLike<number>): PyObject => newTuple(Array.from(xs, (x) => x as PyObject));

/** Every instruction moves values between registers: none has an effect on a stack. */
function stackEffect(
  opcode: PyObject | undefined,
  _oparg: PyObject | undefined,
  jump: PyObject | undefined,
): PyObject {
  const op = Number(asIndex(opcode!));
  if (!(op >= 0 && op < OPCODES.length)) throw valueError("invalid opcode or oparg");
  if (jump !== undefined && jump !== None && jump !== true && jump !== false)
    throw valueError("stack_effect: jump must be False, True or None");
  return 0;
}

/** ((name, (kind_a, kind_b, kind_c)), ...) indexed by opcode; kinds as in OperandKind. */
function opcodeTable(): PyObject {
  return newTuple(
    OPCODES.map((o) => newTuple([strFromJS(o.name), newTuple(o.operands.map((k) => strFromJS(k)))])),
  );
}

/** (instructions, register_names, const_base): each instruction as (op, a, b, c); the names
 * of the registers below the temporaries (locals, cells, frees, then `$constK`). */
function describe(c: CodeObject): PyObject {
  const instructions: PyObject[] = [];
  for (let i = 0; i < c.code.length; i += INSTRUCTION_WORDS)
    instructions.push(ints(c.code.subarray(i, i + INSTRUCTION_WORDS)));
  const names: PyObject[] = [];
  for (let r = 0; r < c.tempBase; r++) names.push(strFromJS(c.registerName(r)));
  return newTuple([newTuple(instructions), newTuple(names), c.constBase]);
}

/** ((start, end, handler, exc_register, lasti_register or -1), ...) in instruction indices,
 * `end` exclusive, innermost entries first as the VM searches them. */
function exceptionTable(c: CodeObject): PyObject {
  const out: PyObject[] = [];
  for (let i = 0; i < c.exceptionEntryCount; i++) {
    const e = c.exceptionEntry(i);
    out.push(ints([e.start, e.end, e.handler, e.excReg, e.lastiReg]));
  }
  return newTuple(out);
}

registerNativeModule("_opcode", () => ({
  stack_effect: builtinWithSignature(
    "stack_effect(opcode, oparg=?, /, *, jump=?)",
    (opcode, oparg, jump) => stackEffect(opcode, oparg, jump),
    "_opcode",
  ),
  get_specialization_stats: builtinWithSignature("get_specialization_stats()", () => None, "_opcode"),
  _opcode_table: builtinWithSignature("_opcode_table()", opcodeTable, "_opcode"),
  _describe: builtinWithSignature("_describe(code, /)", (c) => describe(codeArg(c, "_describe")), "_opcode"),
  _exception_table: builtinWithSignature(
    "_exception_table(code, /)",
    (c) => exceptionTable(codeArg(c, "_exception_table")),
    "_opcode",
  ),
}));
