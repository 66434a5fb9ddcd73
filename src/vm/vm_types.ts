// The Python faces of the VM's objects: frame, traceback, code and cell attributes
// (f_lineno, tb_next, co_name, cell_contents ...), as CPython 3.11 names them.

import { PyList } from "../objects/list.js";
import { CodeObject, type CodeObjectInit } from "../compiler/code.js";
import { decodeLocationTable, encodeLocationTable } from "../compiler/location_table.js";
import { PyBytes } from "../objects/bytes.js";
import { isStr, jsString } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import type { KwNames, MethodCall } from "../objects/function.js";
import { CompareOp, reprJS, richCompare } from "../objects/abstract.js";
import { runtimeFactories } from "./factories.js";
import {
  cellType,
  codeType,
  frameType,
  functionType,
  intType,
  None,
  NotImplemented,
  tracebackType,
} from "../objects/bootstrap.js";
import { PyDict, visibleBuiltins } from "../objects/dict.js";
import { attributeError, overflowError, runtimeError, typeError, valueError } from "../objects/exceptions.js";
import { functionHooks } from "../objects/descriptors.js";
import {
  bindArgs,
  defineGetSets,
  defineMethods,
  parseKw,
  PyFunction,
  signature,
} from "../objects/function.js";
import { asIndex } from "../objects/int.js";
import { defineNew } from "../objects/iterators.js";
import { typeName } from "../objects/names.js";
import { addressOf, typeOf, type PyObject } from "../objects/object.js";
import { strFromJS } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { codeRuntime } from "./code_runtime.js";
import {
  builtinsFromGlobals,
  frameOwnerHooks,
  PyCell,
  PyFrameObject,
  PyTraceback,
  type Frame,
} from "./frame.js";
import { vm } from "./state.js";
import { frameTrace, lineJumpError } from "./tracing.js";

// Code objects are the compiler's CodeObjects; giving the class a `type` makes every one
// a Python object of type `code` without a wrapper.
Object.defineProperty(CodeObject.prototype, "type", { value: codeType, writable: false, configurable: true });

function code(self: PyObject): CodeObject {
  if (!(self instanceof CodeObject)) throw typeError("descriptor requires a 'code' object");
  return self;
}

const strs = (xs: readonly string[]): PyObject => newTuple(xs.map((x) => strFromJS(x)));

/** co_code and co_exceptiontable: Swallow's instruction and exception-table words as
 * they are, four bytes each, least significant first (the dis module decodes them). */
function littleEndianWords(words: Int32Array): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < words.length; i++) view.setInt32(i * 4, words[i]!, true);
  return out;
}

defineGetSets(codeType, {
  co_name: [(s) => strFromJS(code(s).co_name)],
  co_qualname: [(s) => strFromJS(code(s).co_qualname)],
  co_filename: [(s) => strFromJS(code(s).co_filename)],
  co_firstlineno: [(s) => code(s).co_firstlineno],
  co_argcount: [(s) => code(s).co_argcount],
  co_posonlyargcount: [(s) => code(s).co_posonlyargcount],
  co_kwonlyargcount: [(s) => code(s).co_kwonlyargcount],
  co_nlocals: [(s) => code(s).co_nlocals],
  co_flags: [(s) => code(s).co_flags],
  co_varnames: [(s) => strs(code(s).co_varnames)],
  co_cellvars: [(s) => strs(code(s).co_cellvars)],
  co_freevars: [(s) => strs(code(s).co_freevars)],
  co_names: [(s) => strs(code(s).co_names)],
  co_consts: [(s) => newTuple(codeRuntime(code(s)).consts.slice())],
  co_stacksize: [(s) => code(s).nregisters],
  co_code: [(s) => runtimeFactories.bytes(littleEndianWords(code(s).code))],
  co_exceptiontable: [(s) => runtimeFactories.bytes(littleEndianWords(code(s).exceptionTable))],
  co_linetable: [
    (s) => runtimeFactories.bytes(encodeLocationTable(code(s).positions, code(s).co_firstlineno)),
  ],
});
defineMethods(codeType, {
  __repr__: (s) =>
    strFromJS(
      `<code object ${code(s).co_name} at 0x7f00c0de0000, file "${code(s).co_filename}", line ${code(s).co_firstlineno}>`,
    ),
  co_positions: (s) =>
    newTuple(
      code(s)
        .positionsList()
        .map((p) => newTuple(p.map((v) => (v === null ? None : v)))),
    ) as PyObject,
  replace: (s, args, kwnames) => replaceCode(code(s), args, kwnames),
  co_lines: (s) => {
    const c = code(s);
    const out: PyObject[] = [];
    for (let i = 0; i < c.length; i++) {
      const line = c.lineOf(i);
      out.push(newTuple([i * 2, i * 2 + 2, line < 0 ? None : line]));
    }
    return newTuple(out);
  },
});

/**
 * `code.replace(**changes)`. The register layout rests on the numbers of names and
 * constants, so those keep their lengths; Swallow's instructions are not CPython's, so
 * co_code cannot change, and co_linetable is read with one code unit per instruction.
 */
function replaceCode(c: CodeObject, args: PyObject[], kwnames: KwNames): PyObject {
  const nkw = kwnames?.length ?? 0;
  if (args.length > nkw) throw typeError(`replace() takes no positional arguments`);
  const init: CodeObjectInit = {
    co_name: c.co_name,
    co_qualname: c.co_qualname,
    co_filename: c.co_filename,
    co_firstlineno: c.co_firstlineno,
    co_argcount: c.co_argcount,
    co_posonlyargcount: c.co_posonlyargcount,
    co_kwonlyargcount: c.co_kwonlyargcount,
    co_flags: c.co_flags,
    co_varnames: [...c.co_varnames],
    co_cellvars: [...c.co_cellvars],
    co_freevars: [...c.co_freevars],
    co_names: [...c.co_names],
    co_consts: [...c.co_consts],
    cell2arg: c.cell2arg,
    nregisters: c.nregisters,
    code: c.code,
    positions: c.positions,
    exceptionTable: c.exceptionTable,
  };
  let consts: PyObject[] | null = null;
  let linetable: Uint8Array | null = null;
  const str = (v: PyObject, name: string): string => {
    if (!isStr(v)) throw typeError(`replace() argument '${name}' must be str, not ${typeName(v)}`);
    return jsString(v);
  };
  const int = (v: PyObject, name: string): number => {
    if (typeof v !== "number" || typeof v === "boolean")
      throw typeError(`replace() argument '${name}' must be int, not ${typeName(v)}`);
    return v;
  };
  const names = (v: PyObject, name: string, old: readonly string[]): string[] => {
    if (!(v instanceof PyTuple))
      throw typeError(`replace() argument '${name}' must be tuple, not ${typeName(v)}`);
    const out = v.items.map((x) => str(x, name));
    if (out.length !== old.length) throw valueError(`Swallow cannot change the number of ${name}`);
    return out;
  };
  for (let i = 0; i < nkw; i++) {
    const key = kwnames![i]!;
    const v = args[args.length - nkw + i]!;
    switch (key) {
      case "co_name":
      case "co_qualname":
      case "co_filename":
        init[key] = str(v, key);
        break;
      case "co_firstlineno":
      case "co_argcount":
      case "co_posonlyargcount":
      case "co_kwonlyargcount":
      case "co_flags":
        init[key] = int(v, key);
        break;
      case "co_nlocals":
      case "co_stacksize":
        int(v, key);
        break;
      case "co_varnames":
      case "co_cellvars":
      case "co_freevars":
      case "co_names":
        init[key] = names(v, key, c[key]);
        break;
      case "co_consts":
        if (!(v instanceof PyTuple))
          throw typeError(`replace() argument 'co_consts' must be tuple, not ${typeName(v)}`);
        if (v.items.length !== c.co_consts.length)
          throw valueError("Swallow cannot change the number of co_consts");
        consts = [...v.items];
        break;
      case "co_linetable":
        if (!(v instanceof PyBytes))
          throw typeError(`replace() argument 'co_linetable' must be bytes, not ${typeName(v)}`);
        linetable = v.data;
        break;
      case "co_code":
      case "co_exceptiontable":
        if (
          v instanceof PyBytes &&
          bytesEqual(v.data, littleEndianWords(key === "co_code" ? c.code : c.exceptionTable))
        )
          break;
        throw valueError(`Swallow's bytecode is not CPython's: ${key} cannot be replaced`);
      default:
        throw typeError(`'${key}' is an invalid keyword argument for replace()`);
    }
  }
  if (linetable !== null) init.positions = decodeLocationTable(linetable, init.co_firstlineno, c.length);
  const out = new CodeObject(init);
  if (consts !== null) {
    const runtimeConsts = codeRuntime(out).consts;
    for (let i = 0; i < consts.length; i++) runtimeConsts[i] = consts[i]!;
  }
  return out as unknown as PyObject;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function frameOf(self: PyObject): Frame {
  if (!(self instanceof PyFrameObject)) throw typeError("descriptor requires a 'frame' object");
  return self.frame;
}

/** A function frame's locals dict (f_locals and locals()): one per frame, as CPython's, and
 * refreshed from the registers at each request, so that what a debugger or exec() stores
 * there (pdb's `__return__`) stays until the frame's own variable of that name changes.
 * Held by the frame under a symbol: a WeakMap keyed by frames kept every frame that asked
 * until V8's next full collection (its scavenger holds ephemerons' values). */
const FUNCTION_LOCALS = Symbol("function locals");

type WithLocals = { [FUNCTION_LOCALS]?: PyDict };

/** f_locals: the locals mapping of module and class bodies, that dict for functions. */
export function frameLocalsDict(frame: Frame): PyObject {
  if (frame.locals !== null) return frame.locals;
  let d = (frame as WithLocals)[FUNCTION_LOCALS];
  if (d === undefined) {
    d = new PyDict();
    (frame as WithLocals)[FUNCTION_LOCALS] = d;
  }
  const dict = d;
  const code = frame.code;
  code.co_varnames.forEach((n, i) => {
    const v = frame.regs[i];
    if (v !== undefined && !(v instanceof PyCell && code.co_cellvars.includes(n))) dict.setStr(n, v);
    else if (dict.getStr(n) !== undefined) dict.delete(n);
  });
  [...code.co_cellvars, ...code.co_freevars].forEach((n, i) => {
    const cell = frame.regs[code.cellBase + i];
    if (cell instanceof PyCell && cell.value !== undefined) dict.setStr(n, cell.value);
    else if (dict.getStr(n) !== undefined && !code.co_varnames.includes(n)) dict.delete(n);
  });
  return dict;
}

defineGetSets(frameType, {
  f_code: [(s) => frameOf(s).code as unknown as PyObject],
  f_lineno: [
    (s) => (frameOf(s).lineno < 0 ? None : frameOf(s).lineno),
    (s, v) => {
      if (v === null) throw attributeError("cannot delete attribute");
      if (typeOf(v) !== intType) throw valueError("lineno must be an integer");
      // CPython moves the frame to the line (pdb's jump command).
      throw valueError(lineJumpError(frameOf(s), reprJS(v)));
    },
  ],
  f_lasti: [(s) => frameOf(s).pc * 2],
  f_globals: [(s) => frameOf(s).globals],
  f_builtins: [(s) => visibleBuiltins(frameOf(s).builtins)],
  f_locals: [(s) => frameLocalsDict(frameOf(s))],
  f_back: [
    (s) => {
      const f = frameOf(s);
      const back = f.running ? f.back : (s as PyFrameObject).savedBack;
      return back === null ? None : back.frameObject();
    },
  ],
  f_trace: [
    (s) => frameOf(s).trace?.local ?? None,
    (s, v) => {
      const f = frameOf(s);
      if (v === null || v === None) {
        if (f.trace !== null) f.trace.local = null;
        return;
      }
      const info = frameTrace(f);
      // A frame set to be traced while it runs (pdb's set_trace) has started already.
      if (!info.entered && f.running) {
        info.entered = true;
        info.prev = f.pc;
      }
      info.local = v;
    },
  ],
  f_trace_lines: [
    (s) => frameOf(s).trace?.lines ?? true,
    (s, v) => (frameTrace(frameOf(s)).lines = traceFlag(v)),
  ],
  f_trace_opcodes: [
    (s) => frameOf(s).trace?.opcodes ?? false,
    (s, v) => (frameTrace(frameOf(s)).opcodes = traceFlag(v)),
  ],
});

function traceFlag(v: PyObject | null): boolean {
  if (v !== true && v !== false) throw typeError("attribute value type must be bool");
  return v;
}
defineMethods(frameType, {
  // A generator's frame finalises its generator (closed, or warned about if a coroutine
  // never started); a finished frame lets go of its locals.
  clear: (s) => {
    const f = frameOf(s);
    if (f.running) throw runtimeError("cannot clear an executing frame");
    if (f.owner !== null) frameOwnerHooks.finalize(f.owner);
    else if (f.finished) f.regs.fill(undefined);
    return None;
  },
  __repr__: (s) => {
    const f = frameOf(s);
    return strFromJS(
      `<frame at 0x7f00f4a40000, file '${f.code.co_filename}', line ${f.lineno}, code ${f.code.co_name}>`,
    );
  },
});

function tb(self: PyObject): PyTraceback {
  if (!(self instanceof PyTraceback)) throw typeError("descriptor requires a 'traceback' object");
  return self;
}

defineGetSets(tracebackType, {
  tb_frame: [(s) => tb(s).frame],
  tb_lineno: [(s) => (tb(s).lineno < 0 ? None : tb(s).lineno)],
  tb_lasti: [(s) => tb(s).givenLasti ?? tb(s).lasti * 2],
  tb_next: [
    (s) => tb(s).next ?? None,
    (s, v) => {
      if (v === null) throw typeError("can't delete tb_next attribute");
      if (v !== None && !(v instanceof PyTraceback))
        throw typeError(`expected traceback object, got '${typeName(v)}'`);
      const next = v === None ? null : (v as PyTraceback);
      for (let cursor = next; cursor !== null; cursor = cursor.next)
        if (cursor === s) throw valueError("traceback loop detected");
      tb(s).next = next;
    },
  ],
});

// Only the four attributes: dir(tb) shows no methods (CPython's tb_dir).
defineMethods(tracebackType, {
  __dir__: (s) => {
    tb(s);
    return new PyList(["tb_frame", "tb_next", "tb_lasti", "tb_lineno"]);
  },
});

const tracebackSignature = signature("TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)");

defineNew(tracebackType, (_cls, args, kwnames) => {
  // Argument Clinic's wording for a missing argument.
  const npos = args.length - (kwnames?.length ?? 0);
  tracebackSignature.params.forEach((name, i) => {
    if (i >= npos && !(kwnames ?? []).includes(name))
      throw typeError(`TracebackType() missing required argument '${name}' (pos ${i + 1})`);
  });
  const [next, frame, lasti, lineno] = bindArgs(tracebackSignature, args, kwnames).values as PyObject[];
  if (next !== None && !(next instanceof PyTraceback))
    throw typeError(`expected traceback object or None, got '${typeName(next!)}'`);
  if (!(frame instanceof PyFrameObject))
    throw typeError(`TracebackType() argument 'tb_frame' must be frame, not ${typeName(frame!)}`);
  const cInt = (o: PyObject): number => {
    const v = asIndex(o);
    if (typeof v !== "number" || v > 2147483647 || v < -2147483648)
      throw overflowError("Python int too large to convert to C int");
    return v;
  };
  const lastiValue = cInt(lasti!);
  // The VM's instruction index, for the carets when this entry is printed.
  const t = new PyTraceback(
    next === None ? null : (next as PyTraceback),
    frame,
    lastiValue >> 1,
    cInt(lineno!),
  );
  t.givenLasti = lastiValue;
  return t;
});

defineGetSets(cellType, {
  cell_contents: [
    (s) => {
      const v = (s as PyCell).value;
      if (v === undefined) throw valueError("Cell is empty");
      return v;
    },
    (s, v) => {
      (s as PyCell).value = v === null ? undefined : v;
    },
  ],
});

// CPython's cell type is constructible (`types.CellType(x)`), compares by contents with
// empty cells first, and so is unhashable.
defineNew(cellType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError("cell() takes no keyword arguments");
  if (args.length > 1) throw typeError(`cell expected at most 1 argument, got ${args.length}`);
  return new PyCell(args[0]);
});
cellType.dict.set("__hash__", None);

function cellCompare(op: CompareOp): MethodCall {
  return (self, args) => {
    const other = args[0]!;
    if (!(self instanceof PyCell) || !(other instanceof PyCell)) return NotImplemented;
    const a = self.value;
    const b = other.value;
    if (a !== undefined && b !== undefined) return richCompare(a, b, op);
    return compareEmptiness(b === undefined ? 1 : 0, a === undefined ? 1 : 0, op);
  };
}

/** Py_RETURN_RICHCOMPARE(b is empty, a is empty, op): an empty cell sorts first. */
function compareEmptiness(x: number, y: number, op: CompareOp): boolean {
  return [x < y, x <= y, x === y, x !== y, x > y, x >= y][op]!;
}

defineMethods(cellType, {
  __repr__: (s) => {
    const v = (s as PyCell).value;
    const what = v === undefined ? "empty" : `${typeName(v)} object at ${addressOf(v)}`;
    return strFromJS(`<cell at ${addressOf(s)}: ${what}>`);
  },
  __lt__: cellCompare(CompareOp.Lt),
  __le__: cellCompare(CompareOp.Le),
  __eq__: cellCompare(CompareOp.Eq),
  __ne__: cellCompare(CompareOp.Ne),
  __gt__: cellCompare(CompareOp.Gt),
  __ge__: cellCompare(CompareOp.Ge),
});

/** sys._getframe(depth). */
export function getFrame(depth: number): PyObject {
  let f = vm.current;
  for (let i = 0; i < depth && f !== null; i++) f = f.back;
  if (f === null) throw valueError("call stack is not deep enough");
  return f.frameObject();
}

// ---- functions made from code objects ----

/** `function.__code__ = code`: the code must have as many free variables as the function
 * has cells. */
functionHooks.setCode = (f, v) => {
  if (!(v instanceof CodeObject)) throw typeError("__code__ must be set to a code object");
  const nfree = v.co_freevars.length;
  const nclosure = f.closure === null ? 0 : f.closure.length;
  if (nfree !== nclosure)
    throw valueError(`${f.name}() requires a code object with ${nclosure} free vars, not ${nfree}`);
  f.code = v;
};

/** `types.FunctionType(code, globals, name=None, argdefs=None, closure=None)`. */
defineNew(functionType, (_cls, args, kwnames) => {
  const [code, globals, name = None, argdefs = None, closure = None] = parseKw(
    "function",
    args,
    kwnames,
    ["code", "globals", "name", "argdefs", "closure"],
    2,
  );
  if (!(code instanceof CodeObject))
    throw typeError(`function() argument 'code' must be code, not ${typeName(code!)}`);
  if (!(globals instanceof PyDict))
    throw typeError(`function() argument 'globals' must be dict, not ${typeName(globals!)}`);
  if (name !== None && !isStr(name)) throw typeError("arg 3 (name) must be None or string");
  if (argdefs !== None && !(argdefs instanceof PyTuple))
    throw typeError("arg 4 (defaults) must be None or tuple");
  const nfree = code.co_freevars.length;
  if (!(closure instanceof PyTuple)) {
    if (closure === None && nfree > 0) throw typeError("arg 5 (closure) must be tuple");
    if (closure !== None) throw typeError("arg 5 (closure) must be None or tuple");
  }
  const cells = closure instanceof PyTuple ? closure.items : [];
  if (cells.length !== nfree)
    throw valueError(`${code.co_name} requires closure of length ${nfree}, not ${cells.length}`);
  for (const c of cells)
    if (!(c instanceof PyCell)) throw typeError(`arg 5 (closure) expected cell, found ${typeName(c)}`);
  const f = new PyFunction(code, globals, code.co_name, code.co_qualname, nfree > 0 ? cells.slice() : null);
  f.builtins = builtinsFromGlobals(globals, vm.current?.builtins ?? vm.builtins);
  const doc = codeRuntime(code).consts[0];
  f.doc = doc !== undefined && isStr(doc) ? doc : None;
  f.module = globals.getStr("__name__") ?? None;
  if (name !== None) f.name = jsString(name);
  if (argdefs instanceof PyTuple) f.defaults = argdefs.items.slice();
  return f;
});
