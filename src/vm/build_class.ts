// `__build_class__` and zero-argument `super()`: the parts of class creation that need a
// frame. The object core does the rest (typeobject.ts: prepareClass, buildClass).

import type { CodeObject } from "../compiler/code.js";
import { None } from "../objects/bootstrap.js";
import { runtimeError, typeError } from "../objects/exceptions.js";
import { PyFunction, type KwNames } from "../objects/function.js";
import type { PyObject } from "../objects/object.js";
import { isStr } from "../objects/str.js";
import { buildClass, prepareClass } from "../objects/typeobject.js";
import { superNew } from "../objects/descriptors.js";
import { newRegisters } from "./args.js";
import { Frame, PyCell, functionBuiltins } from "./frame.js";
import { runFrame } from "./interpreter.js";
import { vm } from "./state.js";

export function buildClassHook(args: PyObject[], kwnames: KwNames): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 2) throw typeError("__build_class__: not enough arguments");
  const func = args[0]!;
  if (!(func instanceof PyFunction)) throw typeError("__build_class__: func must be a function");
  const name = args[1]!;
  if (!isStr(name)) throw typeError("__build_class__: name is not a string");
  const p = prepareClass(name, args.slice(2, npos), kwnames ?? [], args.slice(npos));
  const code = func.code as CodeObject;
  const frame = new Frame(
    code,
    func.globals as never,
    functionBuiltins(func),
    p.ns,
    func,
    newRegisters(code),
  );
  const result = runFrame(frame);
  return buildClass(p, name, result instanceof PyCell ? result : null);
}

/** `super()` without arguments: `__class__` from the calling function's cell and its
 * first argument (read through its cell when the argument is a cell variable). */
export function superZeroArgs(): [PyObject, PyObject] {
  const frame = vm.current;
  if (frame === null) throw runtimeError("super(): no current frame");
  const code = frame.code;
  if (code.co_argcount === 0 && (code.co_flags & 0x4) === 0) throw runtimeError("super(): no arguments");
  let first = frame.regs[0];
  const cellIndex = Array.prototype.indexOf.call(code.cell2arg, 0);
  if (cellIndex >= 0) {
    const cell = frame.regs[code.cellBase + cellIndex];
    if (cell instanceof PyCell) first = cell.value;
  } else if (first instanceof PyCell && code.co_cellvars.includes(code.co_varnames[0]!)) {
    first = first.value;
  }
  if (first === undefined) throw runtimeError("super(): arg[0] deleted");
  const idx = code.co_freevars.indexOf("__class__");
  if (idx < 0) throw runtimeError("super(): __class__ cell not found");
  const cell = frame.regs[code.freeBase + idx];
  if (!(cell instanceof PyCell)) throw runtimeError("super(): bad __class__ cell");
  return [checkedClassCell(cell.value, first), first!];
}

/** The `__class__` cell's value for zero-argument `super()`, after CPython's checks of it
 * and of the first argument. */
function checkedClassCell(cls: PyObject | undefined, first: PyObject | undefined): PyObject {
  if (first === undefined) throw runtimeError("super(): arg[0] deleted");
  if (cls === undefined) throw runtimeError("super(): empty __class__ cell");
  if (cls === None) throw runtimeError("super(): __class__ is not a type (NoneType)");
  return cls;
}

/** Zero-argument `super()` in compiled code, which has the `__class__` cell's value and
 * the first argument at hand (no frame to read them from). */
export function superOf(cls: PyObject | undefined, first: PyObject | undefined): PyObject {
  return superNew(checkedClassCell(cls, first), first!);
}
