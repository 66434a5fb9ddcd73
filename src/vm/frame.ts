// Frames, cells and traceback entries.
//
// A Frame is the interpreter's activation record: the code, its registers (locals, cells,
// free variables, constants, temporaries; see src/compiler/opcodes.ts), the namespaces and
// the current instruction. Frames of Python-to-Python calls form a linked stack through
// `back` and run inside one invocation of the loop (interpreter.ts) without recursing in JS.
//
// Python never sees a Frame directly: `sys._getframe()`, tracebacks and generators'
// `gi_frame` get a PyFrameObject, made on first request and cached on the frame. The JIT's
// virtual frames will make a Frame only when deoptimising or when one is asked for.

import { cellType, dictType, frameType, tracebackType } from "../objects/bootstrap.js";
import type { CodeObject } from "../compiler/code.js";
import { MappingBuiltins, PyDict } from "../objects/dict.js";
import type { KwNames, PyFunction } from "../objects/function.js";
import { PyModule } from "../objects/module.js";
import type { PyObject, PyObjectBase } from "../objects/object.js";
import { vm } from "./state.js";

/** The builtins namespace of code run with `globals`: its `__builtins__` (a module stands
 * for its dict), else `current` (CPython's _PyEval_BuiltinsFromGlobals). A mapping that is
 * not a dict is not supported as builtins: `current` is used then. */
export function builtinsFromGlobals(globals: PyDict, current: PyDict): PyDict {
  const b = globals.getStr("__builtins__");
  if (b === undefined) return current;
  if (b instanceof PyModule) return b.namespace;
  if (b instanceof PyDict && b.type === dictType) return b;
  return new MappingBuiltins(b);
}

/** The builtins namespace of `func`'s frames. */
export function functionBuiltins(func: PyFunction): PyDict {
  return (func.builtins as PyDict | null) ?? vm.builtins;
}

/** A register value: a Python object, or `undefined` for the VM's NULL (an unbound local,
 * the empty self slot of LOAD_METHOD). */
export type Reg = PyObject | undefined;

export class PyCell implements PyObjectBase {
  type = cellType;
  constructor(public value: PyObject | undefined) {}
}

/** A frame's state under sys.settrace / sys.setprofile (tracing.ts). */
export interface FrameTrace {
  /** f_trace: the frame's local trace function, or null. */
  local: PyObject | null;
  /** f_trace_lines and f_trace_opcodes. */
  lines: boolean;
  opcodes: boolean;
  /** Whether its 'call' has been reported since the frame started or last resumed. */
  entered: boolean;
  /** The instruction it last ran while traced (-1: none since it started), and the last
   * line it ran (-1: none). */
  prev: number;
  line: number;
  /** f_lineno while its 'call' is reported, or -1. */
  entryLine: number;
}

/** What a suspended or running generator frame belongs to (generator.ts). */
export interface FrameOwner extends PyObjectBase {
  /** The generator's own handled exception (its exc_info entry) between resumptions. */
  excState: PyObject | null;
}

/** Set by generator.ts: finalises a generator as its collection would (frame.clear()). */
export const frameOwnerHooks: { finalize: (owner: FrameOwner) => void } = { finalize: () => {} };

export class Frame {
  /** The register file. */
  regs: Reg[];
  /** Index of the current (or, when suspended, the next) instruction. */
  pc = 0;
  /** The calling frame while this one runs (the frame stack), null at the bottom. */
  back: Frame | null = null;
  /** Register of the caller that receives this frame's return value when the call was
   * made inside the loop; -1 when the frame was entered from JS (run() returns). */
  returnReg = -1;
  /** Keyword names set by KW_NAMES for the next call. */
  kwnames: KwNames = null;
  /** The generator, coroutine or async generator owning this frame. */
  owner: FrameOwner | null = null;
  /** Whether the frame has finished (returned or raised out). */
  finished = false;
  /** The Python-visible frame object, once asked for. */
  pyFrame: PyFrameObject | null = null;
  /** Set while the frame is on the stack (sys._getframe, gi_running). */
  running = false;
  /** Set while compiled code runs the frame; its temporaries then live in JS variables. */
  inCompiledCode = false;
  /** Set once a callee's frame object outlives the call with this frame as its f_back:
   * this frame then keeps its registers when it finishes (its f_locals stay readable). */
  pinned = false;
  /** Its state under sys.settrace or sys.setprofile, once either has seen it. */
  trace: FrameTrace | null = null;

  constructor(
    readonly code: CodeObject,
    readonly globals: PyDict,
    readonly builtins: PyDict,
    /** The locals mapping of module and class bodies (LOAD_NAME / STORE_NAME), or null. */
    public locals: PyObject | null,
    readonly func: PyFunction | null,
    regs: Reg[],
  ) {
    this.regs = regs;
  }

  /** The line being executed (f_lineno). */
  get lineno(): number {
    if (this.trace !== null && this.trace.entryLine >= 0) return this.trace.entryLine;
    // a suspended generator's pc is the instruction after the YIELD_VALUE it stopped at
    const suspended = this.owner !== null && !this.running && !this.finished && this.pc > 0;
    const line = this.code.lineOf(Math.min(suspended ? this.pc - 1 : this.pc, this.code.length - 1));
    // CPython's frames start at RESUME, which has the `def` line; elsewhere an instruction
    // may have no line (-1, f_lineno None).
    return line < 0 && this.pc === 0 && !this.finished ? this.code.co_firstlineno : line;
  }

  frameObject(): PyFrameObject {
    return (this.pyFrame ??= new PyFrameObject(this));
  }
}

/** A frame as Python sees it (`types.FrameType`). */
export class PyFrameObject implements PyObjectBase {
  type = frameType;
  /** f_back once the frame has finished, so that tracebacks keep their chain. */
  savedBack: Frame | null = null;
  constructor(readonly frame: Frame) {}
}

/** One traceback entry (`types.TracebackType`), innermost last along `next`. */
export class PyTraceback implements PyObjectBase {
  type = tracebackType;
  constructor(
    public next: PyTraceback | null,
    readonly frame: PyFrameObject,
    /** Index of the instruction that raised (tb_lasti). */
    readonly lasti: number,
    readonly lineno: number,
  ) {}
  /** tb_lasti as given to `types.TracebackType(...)`; the VM's own entries derive it
   * from `lasti`. */
  givenLasti: number | null = null;
}
