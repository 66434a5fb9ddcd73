// The Python faces of the VM's objects: frame, traceback, code and cell attributes
// (f_lineno, tb_next, co_name, cell_contents ...), as CPython 3.11 names them.

import { CodeObject } from "../compiler/code.js";
import { cellType, codeType, frameType, None, tracebackType } from "../objects/bootstrap.js";
import { PyDict } from "../objects/dict.js";
import { overflowError, runtimeError, typeError, valueError } from "../objects/exceptions.js";
import { bindArgs, defineGetSets, defineMethods, signature } from "../objects/function.js";
import { asIndex } from "../objects/int.js";
import { defineNew } from "../objects/iterators.js";
import { typeName } from "../objects/names.js";
import type { PyObject } from "../objects/object.js";
import { strFromJS } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { codeRuntime } from "./code_runtime.js";
import { PyCell, PyFrameObject, PyTraceback, type Frame } from "./frame.js";
import { vm } from "./state.js";

// Code objects are the compiler's CodeObjects; giving the class a `type` makes every one
// a Python object of type `code` without a wrapper.
Object.defineProperty(CodeObject.prototype, "type", { value: codeType, writable: false, configurable: true });

function code(self: PyObject): CodeObject {
  if (!(self instanceof CodeObject)) throw typeError("descriptor requires a 'code' object");
  return self;
}

const strs = (xs: readonly string[]): PyObject => newTuple(xs.map((x) => strFromJS(x)));

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

function frameOf(self: PyObject): Frame {
  if (!(self instanceof PyFrameObject)) throw typeError("descriptor requires a 'frame' object");
  return self.frame;
}

/** f_locals: the locals mapping of module and class bodies, a snapshot for functions. */
export function frameLocalsDict(frame: Frame): PyObject {
  if (frame.locals !== null) return frame.locals;
  const d = new PyDict();
  const c = frame.code;
  c.co_varnames.forEach((n, i) => {
    const v = frame.regs[i];
    if (v !== undefined && !(v instanceof PyCell)) d.setStr(n, v);
  });
  [...c.co_cellvars, ...c.co_freevars].forEach((n, i) => {
    const cell = frame.regs[c.cellBase + i];
    if (cell instanceof PyCell && cell.value !== undefined) d.setStr(n, cell.value);
  });
  return d;
}

defineGetSets(frameType, {
  f_code: [(s) => frameOf(s).code as unknown as PyObject],
  f_lineno: [(s) => frameOf(s).lineno],
  f_lasti: [(s) => frameOf(s).pc * 2],
  f_globals: [(s) => frameOf(s).globals],
  f_builtins: [(s) => frameOf(s).builtins],
  f_locals: [(s) => frameLocalsDict(frameOf(s))],
  f_back: [
    (s) => {
      const f = frameOf(s);
      const back = f.running ? f.back : (s as PyFrameObject).savedBack;
      return back === null ? None : back.frameObject();
    },
  ],
  f_trace: [() => None, () => undefined],
});
defineMethods(frameType, {
  clear: (s) => {
    if (frameOf(s).running) throw runtimeError("cannot clear an executing frame");
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
  tb_lineno: [(s) => tb(s).lineno],
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

/** sys._getframe(depth). */
export function getFrame(depth: number): PyObject {
  let f = vm.current;
  for (let i = 0; i < depth && f !== null; i++) f = f.back;
  if (f === null) throw valueError("call stack is not deep enough");
  return f.frameObject();
}
