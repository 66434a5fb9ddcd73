// The tier-0 interpreter: one loop over register bytecode (src/compiler/opcodes.ts).
//
// Shape, as DESIGN.md's measurements decided it:
// - one `switch` whose case labels are integer literals (the opcode numbers of
//   opcodes.ts, named in a comment on each case);
// - registers in a JS array per frame; constants are pre-loaded registers;
// - a call of a Python function pushes a frame and continues in this same loop, and
//   RETURN_VALUE pops it: Python-to-Python calls do not recurse in JS. Only calls through
//   native code (a class's __init__ called by type.__call__, a key function called by
//   sorted) enter the loop again through run();
// - an exception thrown by any instruction is caught once per loop entry, gets a
//   traceback entry for the frame, and resumes at the innermost handler of the code's
//   exception table or unwinds to the calling frame.
//
// Fast paths for the common operand types come first in an instruction; the general case
// calls the one definition of the operation in src/objects/abstract.ts (STYLE.md).

import { Op } from "../compiler/opcodes.js";
import type { CodeObject, ConstTuple } from "../compiler/code.js";
import { dictType, listType, None, objectType } from "../objects/bootstrap.js";
import { call, callWithSelf } from "../objects/call.js";
import { dictGetItem, PyDict } from "../objects/dict.js";
import { exceptionType, PyBaseException } from "../objects/exceptions.js";
import { PyType } from "../objects/type.js";
import {
  PyFunction,
  pythonCalls,
  PyGetSetDescriptor,
  PyMemberDescriptor,
  PyMethod,
  PyMethodDescriptor,
  type KwNames,
} from "../objects/function.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { PySuper, superLookup, superType, type PyProperty } from "../objects/descriptors.js";
import {
  binaryOp,
  contains,
  delAttr,
  delItem,
  getAttr,
  getItem,
  getIter,
  inplaceOp,
  isTrue,
  iterNext,
  richCompare,
  setAttr,
  setItem,
  unaryOp,
  type BinaryOp,
  type CompareOp,
} from "../objects/abstract.js";
import { genericGetAttr, instanceDict, nativeGetAttribute, plainAttributes } from "../objects/attributes.js";
import { listGetItem, listSetItem, PyList } from "../objects/list.js";
import { newTuple, PyTuple, tupleItemDescriptors } from "../objects/tuple.js";
import { PySlice } from "../objects/slice.js";
import { floatBinaryFast } from "../objects/float.js";
import { frameForCall } from "./args.js";
import {
  codeRuntime,
  iteratorBits,
  loadAttrKind,
  recordBinaryDunder,
  recordCallee,
  slotOf,
  subscrBits,
  typeBits,
  type AttrCache,
  type GlobalCache,
  type InlineCache,
} from "./code_runtime.js";
import { Frame, PyCell, PyTraceback, type Reg, functionBuiltins } from "./frame.js";
import { vm } from "./state.js";
import {
  profiledCall,
  reraisesAt,
  traceException,
  traceReturn,
  traceSendEnd,
  traceStep,
  traceThrownIn,
  traceUnwound,
  tracedIterNext,
  traceYield,
  tracing,
} from "./tracing.js";
import * as ops from "./ops.js";
import { toPyException, recursionError } from "./errors.js";
import { runtimeFactories } from "./factories.js";
import * as generatorHooks from "./generator.js";
import {
  DEOPT,
  JitCodeState,
  jitHooks,
  jitSettings,
  jitStack,
  jitStackRoom,
  jitState,
  takePending,
  takeRaised,
  RAISED,
  collectRequests,
  RETRY_IN_INTERPRETER,
  type JitEntry,
} from "./jit_hooks.js";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_ITERABLE_COROUTINE } from "../compiler/code.js";
import type { CodeRuntime } from "./code_runtime.js";

void Op;

/** Pushes `frame` on the frame stack as the callee of the running frame. */
export function push(frame: Frame): void {
  if (vm.depth >= vm.recursionLimit) throw recursionError();
  vm.depth++;
  frame.back = vm.current;
  frame.running = true;
  vm.current = frame;
}

export function pop(frame: Frame): void {
  vm.depth--;
  frame.running = false;
  vm.current = frame.back;
  if (frame.pyFrame !== null) {
    frame.pyFrame.savedBack = frame.back;
    if (frame.back !== null) frame.back.pinned = true;
  }
  // A finished frame nobody can see any more lets go of its locals at once, as CPython's
  // does; the interpreter's JS locals may keep the Frame itself a while. (A callee's frame
  // object that outlives the call shows them as its f_back's f_locals: `pinned`.)
  else if (frame.finished && !frame.pinned) frame.regs = NO_REGISTERS;
}

const NO_REGISTERS: Reg[] = [];

/** binaryOp at the BINARY_OP instruction `pc`, recording an instance's Python operator
 * method for the JIT (recordBinaryDunder). */
function binaryOpAt(
  x: PyObject,
  y: PyObject,
  op: BinaryOp,
  caches: CodeRuntime["caches"],
  pc: number,
): PyObject {
  if (typeof x === "object" && caches[pc] === undefined) recordBinaryDunder(caches, pc, x, y, op);
  return binaryOp(x, y, op);
}

/** Calls a Python function from JS (pythonCalls.call). */
export function callFunction(func: PyFunction, args: PyObject[], kwnames: KwNames): PyObject {
  if (kwnames === null && jitSettings.enabled) {
    const r = callDirectFromNative(func, args);
    if (r === RAISED) throw takeRaised();
    if (r !== undefined) return r;
  }
  const frame = frameForCall(func, args, 0, args.length, kwnames);
  return run(frame, null);
}

/** pythonCalls.tryCall: a call from native code that takes what the function raises as a
 * value (undefined returned, the exception in pythonCalls.raised): from a compiled callee's
 * direct entry without any JS throw. */
export function tryCallFunction(func: PyFunction, args: PyObject[]): PyObject | undefined {
  // (A compiled callee that deoptimises finishes in the interpreter, which throws.)
  try {
    const r = jitSettings.enabled ? callDirectFromNative(func, args) : undefined;
    if (r === RAISED) {
      pythonCalls.raised = takeRaised();
      return undefined;
    }
    return r ?? run(frameForCall(func, args, 0, args.length, null), null);
  } catch (e) {
    pythonCalls.raised = e;
    return undefined;
  }
}

/** A call from native code (a key function called by sorted, `__init__` by type.__call__)
 * of a function with a direct entry, made as compiled callers make it: without a Frame
 * unless the callee needs one. As with run(), the native level counts nothing beyond the
 * callee's frame. Undefined when the call must take the general way; RAISED (the
 * exception in jitState.raised) when the callee raised. */
function callDirectFromNative(func: PyFunction, args: PyObject[]): PyObject | typeof RAISED | undefined {
  const state = directState(codeRuntime(func.code as CodeObject));
  if (state === null || vm.depth >= vm.recursionLimit || !jitStackRoom(state)) return undefined;
  const full = directArgs(func, args, true);
  if (full === null || full.length > MAX_DIRECT_ARGS) return undefined;
  return spreadDirect(state.direct as DirectCall, func, full);
}

/** The JIT state of `rt`'s code when it has a direct entry, null otherwise. */
function directState(rt: CodeRuntime): JitCodeState | null {
  const state = rt.jit;
  return state !== null && state.entry !== null && state.direct !== null ? state : null;
}

/** The positional arguments of a direct call of `func`: missing trailing ones take their
 * defaults, as binding would give them (in a copy when `copy`); null when they cannot. */
function directArgs(func: PyFunction, args: Reg[], copy: boolean): Reg[] | null {
  const code = func.code as CodeObject;
  // Keyword-only parameters are given by compiled callers only (see codegen's directCall).
  if (code.co_kwonlyargcount !== 0) return null;
  const n = code.co_argcount;
  if (args.length === n) return args;
  const defaults = func.defaults;
  if (args.length > n || defaults === null || defaults.length < n - args.length) return null;
  const full = copy ? args.slice() : args;
  for (let j = full.length; j < n; j++) full.push(defaults[defaults.length - (n - j)]!);
  return full;
}

/** The most arguments callDirect spreads. */
const MAX_DIRECT_ARGS = 5;

/** Runs a frame built by the caller (module bodies, class bodies, exec). */
export function runFrame(frame: Frame): PyObject {
  return run(frame, null);
}

/** Signals that run() left the entry frame by yielding rather than returning. */
export const exitState = { yielded: false };

/** Executes `entry` (pushed on the frame stack for the duration) until it returns, yields
 * or raises. With `throwIn`, the exception is raised at the frame's current instruction
 * first (generator.throw). */
export function run(entry: Frame, throwIn: PyBaseException | null): PyObject {
  // Entering the loop from native code (map() calling a Python function, say) counts no
  // level beyond the frame's own, as in CPython 3.11: `sum(f(c) for c in cs)` recursing
  // costs two levels (the two frames), not four.
  push(entry);
  if (throwIn === null && entry.owner !== null && jitSettings.enabled) return resumeCompiled(entry);
  return runLoop(entry, throwIn, true);
}

/** Calls a Python function from compiled code: a Python-to-Python call, which runs the
 * callee's compiled code when it has some and the interpreter otherwise (or from where the
 * compiled code handed the frame back). An exception that leaves the callee's compiled code
 * is returned as RAISED, as a direct call returns it (the compiled caller checks). */
export function callFromJit(func: PyFunction, args: Reg[], kwnames: KwNames): PyObject | typeof RAISED {
  const code = func.code as CodeObject;
  const rt = codeRuntime(code);
  const direct = kwnames === null ? directState(rt) : null;
  if (direct !== null && vm.depth < vm.recursionLimit && jitStackRoom(direct)) {
    const full = directArgs(func, args, false);
    if (full !== null) {
      const r = spreadDirect(direct.direct as DirectCall, func, full);
      if (r !== undefined) return r;
    }
  }
  const state = rt.jit;
  if (state === null || state.entry === null || state.generator || !jitStackRoom(state)) {
    const frame = frameForCall(func, args, 0, args.length, kwnames);
    push(frame);
    return runLoop(frame, null, true, true);
  }
  const next = frameForCall(func, args, 0, args.length, kwnames, false);
  push(next);
  rt.calls++;
  const r = runCompiled(state.entry, state, next, 0);
  if (r !== DEOPT) {
    next.finished = true;
    pop(next);
    return r;
  }
  const e = takePending();
  if (e === RETRY_IN_INTERPRETER) handBackToInterpreter(next);
  // An exception the compiled code found no handler of its own for leaves the frame here,
  // without starting the interpreter only to unwind it.
  if (e === undefined) return runLoop(next, null, false, true);
  jitState.raised = leaveByException(next, e);
  return RAISED;
}

/** Direct calls (src/jit/codegen.ts): a compiled caller calls the direct entry of a compiled
 * callee as a plain JS function, without a Frame. The callee makes its Frame here, pushed on
 * the frame stack as if it had been called normally, the first time it reaches anything
 * that may run Python code, inspect frames or leave for the interpreter (a Python call only
 * records it: shadow_frames.ts); until then no frame exists, as nobody can tell. `regs` is
 * the register array such a record wrote, which the frame takes as its own. */
export function enterDirect(func: PyFunction, state: JitCodeState, regs: Reg[] | null): Frame {
  const code = func.code as CodeObject;
  const frame = new Frame(
    code,
    func.globals as PyDict,
    functionBuiltins(func),
    null,
    func,
    // The registers a call without the Frame wrote back (shadow_frames.ts) are its own.
    regs ?? registerArray(code.nregisters),
  );
  push(frame);
  frame.inCompiledCode = true;
  jitStack.used += state.frameBytes;
  return frame;
}

/** A register array for a direct activation, made holding any value from the start: an
 * array made for small integers changes kind at its first object, and the generated code
 * that stored it was deoptimised for the new kind (scimark's sor, once per run). */
export function registerArray(n: number): Reg[] {
  const regs = new Array<Reg>(n);
  if (n > 0) regs[0] = undefined;
  return regs;
}

/** A direct callee with a Frame returns. */
export function leaveDirect(frame: Frame, state: JitCodeState): void {
  jitStack.used -= state.frameBytes;
  frame.inCompiledCode = false;
  frame.finished = true;
  pop(frame);
}

/** A direct callee with a Frame (its registers written back, `pc` set) hands it to the
 * interpreter after a failed guard, as callFromJit does. */
export function resumeDirect(frame: Frame, state: JitCodeState): PyObject {
  jitStack.used -= state.frameBytes;
  frame.inCompiledCode = false;
  return runLoop(frame, null, false, true);
}

/** A direct callee with a Frame raised `e` out of its code (no handler of its own covers the
 * instruction): the frame left as the interpreter's unwinding leaves it, and RAISED returned
 * for the caller to raise `e` at its call (jitState.raised). */
export function raiseFromDirect(frame: Frame, state: JitCodeState, e: unknown): typeof RAISED {
  jitStack.used -= state.frameBytes;
  frame.inCompiledCode = false;
  if (e === RETRY_IN_INTERPRETER) handBackToInterpreter(frame);
  jitState.raised = leaveByException(frame, e);
  return RAISED;
}

/** The interpreter's unwinding of a frame, the loop's entry, for an exception that no
 * handler of its code covers (the compiled code has looked): the context chained, the
 * traceback entry added and the frame popped. Returns the exception, to be thrown on. */
function leaveByException(frame: Frame, thrown: unknown): PyBaseException {
  const exc = toPyException(thrown);
  frame.pc = unwindAt(frame, exc);
  frame.finished = true;
  pop(frame);
  exc.propagating = true;
  return exc;
}

/** What unwinding does first in the frame where `exc` was raised (the interpreter's loop,
 * or compiled code that handles it itself): the context chained, unless it is re-raised or
 * comes from a callee; its traceback entry added, unless re-raised. Returns the lasti of the
 * raise: the raising instruction, or the one a RERAISE with a lasti register carries. */
function unwindAt(frame: Frame, exc: PyBaseException, thrownIn = false): number {
  const reraised = ops.takeReraise(exc);
  // An exception thrown into a generator is chained to the generator's own handled
  // exception only (CPython's _PyErr_ChainStackItem), not to its caller's.
  if (thrownIn) ops.chainContext(exc, vm.excInfo);
  else if (!reraised && !exc.propagating) ops.chainContext(exc);
  exc.propagating = false;
  const pc = frame.pc;
  if (reraised) return reraiseLasti(frame.code, frame.regs, pc);
  addTracebackEntry(exc, frame, pc);
  return pc;
}

function addTracebackEntry(exc: PyBaseException, frame: Frame, pc: number): void {
  if (frame.code.native) return;
  exc.traceback = new PyTraceback(
    exc.traceback as PyTraceback | null,
    frame.frameObject(),
    pc,
    frame.code.lineOf(pc),
  );
}

type DirectCall = (func: PyFunction, ...args: Reg[]) => PyObject | typeof RAISED;

/** Calls a direct entry (see enterDirect) with the arguments spread, for the common counts;
 * undefined for the others. */
function spreadDirect(
  direct: DirectCall,
  func: PyFunction,
  args: Reg[],
): PyObject | typeof RAISED | undefined {
  switch (args.length) {
    case 0:
      return direct(func);
    case 1:
      return direct(func, args[0]);
    case 2:
      return direct(func, args[0], args[1]);
    case 3:
      return direct(func, args[0], args[1], args[2]);
    case 4:
      return direct(func, args[0], args[1], args[2], args[3]);
    case 5:
      return direct(func, args[0], args[1], args[2], args[3], args[4]);
  }
  return undefined;
}

/** Lets a frame that compiled code called run on in the interpreter once the caller's
 * compiled code has given its own frame back, stopped at the call (RETRY_IN_INTERPRETER). */
function handBackToInterpreter(callee: Frame): never {
  const caller = callee.back!;
  callee.returnReg = caller.code.code[(caller.pc << 2) + 1]!;
  throw RETRY_IN_INTERPRETER;
}

/** Runs compiled code, counting its activation against the JS stack budget. Compiled code
 * never throws (it hands exceptions back with DEOPT), so no `finally` is needed. */
function runCompiled(
  entry: JitEntry,
  state: JitCodeState,
  frame: Frame,
  pc: number,
): PyObject | typeof DEOPT {
  jitStack.used += state.frameBytes;
  // No try/finally on this hot path: compiled code hands every exception back as DEOPT,
  // and a flag left set only makes clearDeadTemporaries skip the frame.
  const wasCompiled = frame.inCompiledCode;
  frame.inCompiledCode = true;
  const r = entry(frame, pc);
  frame.inCompiledCode = wasCompiled;
  jitStack.used -= state.frameBytes;
  return r;
}

/** The compiled entry of `rt`'s code, compiling it now if it has become hot; null when the
 * code is to be interpreted (or its activation would not fit the JS stack budget). */
function jitEntry(rt: CodeRuntime): JitEntry | null {
  const state = compiledState(rt, 1);
  return state !== null && !state.generator && jitStackRoom(state) ? state.entry : null;
}

/** Runs a new activation (pushed) in its code's compiled code when there is some, and
 * returns what it returned, having popped it; undefined when the activation is left to the
 * interpreter, from its start or from where compiled code handed it back.
 *
 * interpret reaches the compiled path through this one call, whether or not anything is
 * compiled yet, so that V8 has feedback for it when it optimises interpret: inline, the
 * path first taken after that (the JIT compiles later than V8 does) cost a deoptimisation
 * of the whole loop, and its recompilation, in most programs. */
function startCompiled(rt: CodeRuntime, frame: Frame, pc: number): PyObject | undefined {
  const compiled = jitEntry(rt);
  if (compiled === null) return undefined;
  const r = runCompiled(compiled, rt.jit!, frame, pc);
  return r !== DEOPT ? leftCompiled(frame, r) : undefined;
}

/** What a loop's compiled code returned, for loopCompiled's caller to return. */
let loopResult: PyObject | undefined;

/** On-stack replacement at the back edge to `target` of `frame`: undefined when the
 * interpreter goes on there (nothing compiled) or where compiled code handed the frame
 * back; what it returned when `frame` is the activation's entry (the frame left); null
 * when the frame returned to a caller this activation runs, its result in loopResult.
 * As startCompiled, one call whether or not anything is compiled. */
function loopCompiled(
  frame: Frame,
  rt: CodeRuntime,
  target: number,
  entry: Frame,
): PyObject | null | undefined {
  frame.pc = target;
  const compiled = frame.owner === null ? jitEntry(rt) : resumeEntry(rt);
  if (compiled === null) return undefined;
  const r = runCompiled(compiled, rt.jit!, frame, target);
  if (r === DEOPT) return undefined;
  if (frame === entry) return leftCompiled(frame, r);
  loopResult = r;
  return null;
}

/** A CALL's callee frame `next` (pushed) run in compiled code, as startCompiled. */
function callCompiled(rt: CodeRuntime, next: Frame): PyObject | undefined {
  const compiled = jitEntry(rt);
  if (compiled === null) return undefined;
  const r = runCompiled(compiled, rt.jit!, next, 0);
  if (r === DEOPT) return undefined;
  next.finished = true;
  pop(next);
  return r;
}

/** The compiled entry that resumes a suspended frame of a generator's code, as jitEntry. */
function resumeEntry(rt: CodeRuntime): JitEntry | null {
  const state = compiledState(rt, 1);
  return state !== null && state.generator && jitStackRoom(state) ? state.entry : null;
}

/** Resumes a generator's suspended frame (pushed) in its compiled code when it has some,
 * without the setup of the interpreter's loop, which takes over if the code hands back. */
function resumeCompiled(frame: Frame): PyObject {
  const rt = codeRuntime(frame.code);
  rt.calls++;
  const compiled = resumeEntry(rt);
  if (compiled === null) return runLoop(frame, null, false);
  const r = runCompiled(compiled, rt.jit!, frame, frame.pc);
  if (r !== DEOPT) return leftCompiled(frame, r);
  return afterResumeDeopt(frame);
}

/** run(frame, null) for a suspended generator frame: when its code is compiled already (the
 * steady state of a generator resumed in a loop), straight into the compiled code, without
 * the layers that also serve the first compilation and the interpreter. */
export function resumeSuspended(frame: Frame): PyObject {
  const state = (frame.code.vmRuntime as CodeRuntime | undefined)?.jit;
  if (
    state === undefined ||
    state === null ||
    state.entry === null ||
    !state.generator ||
    !jitSettings.enabled ||
    !jitStackRoom(state)
  )
    return run(frame, null);
  push(frame);
  (frame.code.vmRuntime as CodeRuntime).calls++;
  const r = runCompiled(state.entry, state, frame, frame.pc);
  if (r !== DEOPT) return leftCompiled(frame, r);
  return afterResumeDeopt(frame);
}

/** The compiled code of a resumed frame handed it back: the interpreter carries on. */
function afterResumeDeopt(frame: Frame): PyObject {
  const e = takePending();
  if (e !== RETRY_IN_INTERPRETER) return runLoop(frame, e === undefined ? null : toPyException(e), false);
  let result = COLLECT_NOW;
  while (result === COLLECT_NOW) result = collectThenResume(frame);
  return result;
}

/** Compiled code returned from `frame`, the loop's entry: by returning, or by yielding. */
function leftCompiled(frame: Frame, value: PyObject): PyObject {
  if (jitState.yielded) {
    jitState.yielded = false;
    exitState.yielded = true;
  } else {
    frame.finished = true;
    exitState.yielded = false;
  }
  pop(frame);
  return value;
}

/** The length of code (in instructions) up to which the hotness threshold applies as set;
 * longer code waits in proportion. (128 delayed the compilation of benchmark loops of
 * 200-300 instructions, exceptions' and deepcopy's, more than it saved at start-up.) */
const COMPILE_COST_UNIT = 256;

/** The JIT state of `rt`'s code, compiled or not (made on first use). */
export function jitStateOf(rt: CodeRuntime): JitCodeState {
  let state = rt.jit;
  if (state === null) {
    state = rt.jit = new JitCodeState();
    // Compiling costs about in proportion to the code's length (re._parser._parse, 1,063
    // instructions, took 40 ms or more), so long code must be hotter to repay it: at start
    // time the library's long functions were compiled for a few hundred runs each.
    state.nextCompileAt = jitSettings.threshold * Math.max(1, rt.code.length / COMPILE_COST_UNIT);
    const flags = rt.code.co_flags;
    // A coroutine's frame is resumed as a generator's is; an async generator's yields are
    // wrapped for its asend/athrow objects, which compiled code does not do.
    if ((flags & CO_ASYNC_GENERATOR) !== 0) state.never = true;
    else if ((flags & (CO_GENERATOR | CO_COROUTINE | CO_ITERABLE_COROUTINE)) !== 0) state.generator = true;
  }
  return state;
}

/** The JIT state of `rt`'s code once it is compiled, compiling it now if it has reached
 * `fraction` of its hotness threshold (the JIT compiles a callee a little early when a hot
 * caller is compiled, so that the caller can call it directly); null otherwise. */
export function compiledState(rt: CodeRuntime, fraction: number): JitCodeState | null {
  // (Off while a trace or profile function is set, as well as under --no-jit.)
  if (!jitSettings.enabled) return null;
  const state = jitStateOf(rt);
  if (state.entry !== null) return state;
  if (state.never || state.compiling || jitHooks.compile === null) return null;
  // Early only for the first compilation: after a deoptimisation the interpreter is to see
  // the new types for a while (recordDeopt).
  if (rt.calls + rt.backEdges < state.nextCompileAt * (state.compiles === 0 ? fraction : 1)) return null;
  const entry = jitHooks.compile(rt.code, state);
  if (entry === null) state.never = true;
  state.entry = entry;
  return entry !== null ? state : null;
}

/** Runs `entry`, already pushed, from its current instruction until it returns. With the JIT
 * on (and `mayEnterJit`: false when compiled code has just handed the frame back), compiled
 * code runs the frame while it can; the loop takes over when it hands back. */
function runLoop(
  entry: Frame,
  throwIn: PyBaseException | null,
  mayEnterJit: boolean,
  calledFromCompiledCode = false,
): PyObject {
  let r = interpret(entry, entry, throwIn, mayEnterJit);
  while (r === COLLECT_NOW) {
    if (calledFromCompiledCode) handBackToInterpreter(entry);
    r = collectThenResume(entry);
  }
  return r;
}

/** Returned by interpret() when the running frame calls gc.collect (collectRequests). */
const COLLECT_NOW = { collect: true } as unknown as PyObject;

/** Makes the gc.collect call the current frame stopped at, then runs on from there. */
function collectThenResume(entry: Frame): PyObject {
  const frame = vm.current!;
  const w = frame.pc << 2;
  const words = frame.code.code;
  const a = words[w + 1]!;
  const b = words[w + 2]!;
  let start = b + 1;
  let argc = words[w + 3]!;
  if (words[w] === Op.CALL_METHOD) {
    if (frame.regs[start] === undefined) start++;
    else argc++;
  }
  let result: PyObject;
  try {
    result = call(frame.regs[b]!, frame.regs.slice(start, start + argc) as PyObject[], null);
  } catch (e) {
    return interpret(entry, frame, toPyException(e), false);
  }
  frame.regs[a] = result;
  frame.pc++;
  return interpret(entry, frame, null, false);
}

/** The loop proper: runs from `top` (entry itself, or a frame it called) until `entry`
 * returns. */
function interpret(
  entry: Frame,
  top: Frame,
  throwIn: PyBaseException | null,
  mayEnterJit: boolean,
): PyObject {
  let frame = top;
  let code: CodeObject = frame.code;
  let words = code.code;
  let regs: Reg[] = frame.regs;
  let rt = codeRuntime(code);
  let caches = rt.caches;
  let feedback = rt.feedback;
  let pc = frame.pc;
  let pending: PyBaseException | null = throwIn;
  let thrownIn = throwIn !== null;
  if (mayEnterJit) rt.calls++;
  // (A generator's frame is resumed in compiled code by run(), through resumeCompiled.)
  // (Written so that the code run when there is no compiled code is the code run when
  // there is: see startCompiled.)
  if (mayEnterJit && jitSettings.enabled && throwIn === null && entry.owner === null) {
    const r = startCompiled(rt, entry, pc);
    if (r !== undefined) return r;
    pc = entry.pc;
    const e = takePending();
    if (e !== undefined) {
      if (e === RETRY_IN_INTERPRETER) return COLLECT_NOW;
      pending = toPyException(e);
    }
  }
  // tracing.active, re-read after calls, compiled code, returns, back edges and exceptions:
  // a trace function set inside an operator's method (no call instruction) takes effect in
  // this activation's frames at the next of those, and the test per instruction is a
  // register's.
  let tracingOn = tracing.active;
  for (;;) {
    try {
      if (pending !== null) {
        const e = pending;
        pending = null;
        if (thrownIn && tracing.active) traceThrownIn(frame);
        throw e;
      }
      for (;;) {
        const w = pc << 2;
        const a = words[w + 1]!;
        const b = words[w + 2]!;
        const c = words[w + 3]!;
        frame.pc = pc;
        if (tracingOn) traceStep(frame, pc);
        switch (words[w]) {
          case 0: // NOP
            pc++;
            continue;
          case 1: // MOVE
            regs[a] = regs[b];
            pc++;
            continue;
          case 2: // LOAD_FAST_CHECK
            if (regs[a] === undefined) throw ops.unboundLocal(code.co_varnames[a]!);
            pc++;
            continue;
          case 4: // MAKE_CELL
            regs[a] = new PyCell(b < 0 ? undefined : regs[b]);
            pc++;
            continue;
          case 5: {
            // COPY_FREE_VARS
            const closure = frame.func!.closure!;
            const base = code.freeBase;
            for (let i = 0; i < a; i++) regs[base + i] = closure[i];
            pc++;
            continue;
          }
          case 6: {
            // LOAD_DEREF
            const v = (regs[b] as PyCell).value;
            if (v === undefined) throw ops.emptyCell(code, b);
            regs[a] = v;
            pc++;
            continue;
          }
          case 7: // STORE_DEREF
            (regs[a] as PyCell).value = regs[b];
            pc++;
            continue;
          case 10: // LOAD_NAME
            regs[a] = ops.loadName(frame, code.co_names[b]!);
            pc++;
            continue;
          case 11: // STORE_NAME
            ops.storeName(frame, code.co_names[a]!, regs[b]!);
            pc++;
            continue;
          case 13: {
            // LOAD_GLOBAL
            const cache = caches[pc] as GlobalCache | undefined;
            const g = frame.globals;
            if (
              cache !== undefined &&
              cache.globalsLayout === g.layout &&
              cache.builtinsLayout === frame.builtins.layout
            ) {
              regs[a] = cache.entry.value;
            } else {
              regs[a] = ops.loadGlobal(frame, code.co_names[b]!, caches, pc);
            }
            pc++;
            continue;
          }
          case 16: {
            // LOAD_ATTR
            const obj = regs[b]!;
            const name = code.co_names[c]!;
            const cache = caches[pc] as AttrCache | undefined;
            if (cache !== undefined && typeof obj === "object") {
              const t = obj.type;
              if (cache.type === t && cache.version === t.version) {
                if (cache.kind === 5 || cache.kind === 7) {
                  // A getset or a property (data descriptors): the instance dict is not read.
                  regs[a] = (cache.value as PyGetSetDescriptor | PyProperty).descrGet(obj, t);
                  pc++;
                  continue;
                }
                if (cache.kind === 11) {
                  const v = (obj as PyTuple).items[tupleItemDescriptors.get(cache.value as object)!];
                  if (v !== undefined) {
                    regs[a] = v;
                    pc++;
                    continue;
                  }
                }
                if (cache.kind === 8) {
                  const v = slotValue(obj, cache.value as PyMemberDescriptor);
                  if (v !== undefined) {
                    regs[a] = v;
                    pc++;
                    continue;
                  }
                }
                const d = instanceDict(obj);
                const v = d === null ? undefined : d[name];
                if (v !== undefined) {
                  if (cache.kind === 2 || cache.kind === 6) {
                    regs[a] = v;
                    pc++;
                    continue;
                  }
                } else if (cache.kind === 6) {
                  regs[a] = cache.value;
                  pc++;
                  continue;
                } else if (cache.kind === 0) {
                  regs[a] = new PyMethod(cache.value, obj);
                  pc++;
                  continue;
                } else if (cache.kind === 4) {
                  regs[a] = (cache.value as PyMethodDescriptor).descrGet(obj, t);
                  pc++;
                  continue;
                }
              }
            }
            regs[a] = loadAttr(obj, name, caches, pc);
            pc++;
            continue;
          }
          case 17: {
            // STORE_ATTR
            const obj = regs[a]!;
            const cache = caches[pc] as AttrCache | undefined;
            if (cache !== undefined && typeof obj === "object") {
              const t = obj.type;
              if (cache.type === t && cache.version === t.version) {
                if (cache.kind === 9) {
                  const slots = (obj as { slots?: Reg[] | null }).slots;
                  if (slots != null) {
                    slots[(cache.value as PyMemberDescriptor).index] = regs[c]!;
                    pc++;
                    continue;
                  }
                } else {
                  const d = instanceDict(obj);
                  if (d !== null) {
                    d[code.co_names[b]!] = regs[c]!;
                    pc++;
                    continue;
                  }
                }
              }
            }
            storeAttr(obj, code.co_names[b]!, regs[c]!, caches, pc);
            pc++;
            continue;
          }
          case 19: {
            // LOAD_METHOD
            const obj = regs[b]!;
            const name = code.co_names[c]!;
            const t = typeOf(obj);
            const cache = caches[pc] as AttrCache | undefined;
            if (cache !== undefined && cache.type === t && cache.version === t.version) {
              const d = instanceDict(obj);
              const v = d === null ? undefined : d[name];
              if (cache.kind === 0 ? v === undefined : v !== undefined) {
                // kind 0: the class's method, called with self; kind 2: a callable the
                // instance holds (`self.read = file.read`), called as it is.
                regs[a] = cache.kind === 0 ? cache.value : v!;
                regs[a + 1] = cache.kind === 0 ? obj : undefined;
                pc++;
                continue;
              }
            }
            const m = loadMethod(obj, name, caches, pc);
            if (m !== undefined) {
              regs[a] = m;
              regs[a + 1] = obj;
            } else {
              regs[a] = getAttr(obj, name);
              regs[a + 1] = undefined;
            }
            pc++;
            continue;
          }
          case 20: {
            // BINARY_SUBSCR
            const x = regs[b]!;
            feedback[pc] |= subscrBits(x, regs[c]!);
            regs[a] =
              typeof x === "object" && x.type === listType
                ? listGetItem(x as PyList, regs[c]!)
                : typeof x === "object" && x.type === dictType
                  ? dictGetItem(x as PyDict, regs[c]!)
                  : getItem(x, regs[c]!);
            pc++;
            continue;
          }
          case 21: {
            // STORE_SUBSCR
            const x = regs[a]!;
            feedback[pc] |= subscrBits(x, regs[b]!);
            if (typeof x === "object" && x.type === listType) listSetItem(x as PyList, regs[b]!, regs[c]!);
            else if (typeof x === "object" && x.type === dictType) (x as PyDict).set(regs[b]!, regs[c]!);
            else setItem(x, regs[b]!, regs[c]!);
            pc++;
            continue;
          }
          case 23: // BUILD_SLICE
            regs[a] = new PySlice(regs[b]!, regs[b + 1]!, c === 3 ? regs[b + 2]! : None);
            pc++;
            continue;
          case 24: {
            // BINARY_OP_ADD
            const x = regs[b]!;
            const y = regs[c]!;
            feedback[pc] |= typeBits(x) | (typeBits(y) << 8);
            if (typeof x === "number" && typeof y === "number") {
              const r = x + y;
              regs[a] = Number.isSafeInteger(r) ? r : binaryOp(x, y, 0);
            } else {
              const f = floatBinaryFast(x, y, 0);
              regs[a] = f !== undefined ? f : binaryOpAt(x, y, 0, caches, pc);
            }
            pc++;
            continue;
          }
          case 25: {
            // BINARY_OP_SUBTRACT
            const x = regs[b]!;
            const y = regs[c]!;
            feedback[pc] |= typeBits(x) | (typeBits(y) << 8);
            if (typeof x === "number" && typeof y === "number") {
              const r = x - y;
              regs[a] = Number.isSafeInteger(r) ? r : binaryOp(x, y, 1);
            } else {
              const f = floatBinaryFast(x, y, 1);
              regs[a] = f !== undefined ? f : binaryOpAt(x, y, 1, caches, pc);
            }
            pc++;
            continue;
          }
          case 26:
          case 27:
          case 28:
          case 29:
          case 30:
          case 31:
          case 32:
          case 33:
          case 34:
          case 35:
          case 36: {
            // BINARY_OP_MULTIPLY ... BINARY_OP_XOR
            const x = regs[b]!;
            const y = regs[c]!;
            feedback[pc] |= typeBits(x) | (typeBits(y) << 8);
            const op = (words[w]! - 24) as BinaryOp;
            const f = floatBinaryFast(x, y, op);
            regs[a] = f !== undefined ? f : binaryOpAt(x, y, op, caches, pc);
            pc++;
            continue;
          }
          case 37: {
            // BINARY_OP_INPLACE_ADD
            const x = regs[b]!;
            const y = regs[c]!;
            feedback[pc] |= typeBits(x) | (typeBits(y) << 8);
            if (typeof x === "number" && typeof y === "number") {
              const r = x + y;
              regs[a] = Number.isSafeInteger(r) ? r : inplaceOp(x, y, 0);
            } else {
              const f = floatBinaryFast(x, y, 0);
              regs[a] = f !== undefined ? f : inplaceOp(x, y, 0);
            }
            pc++;
            continue;
          }
          case 38:
          case 39:
          case 40:
          case 41:
          case 42:
          case 43:
          case 44:
          case 45:
          case 46:
          case 47:
          case 48:
          case 49: {
            // BINARY_OP_INPLACE_SUBTRACT ... BINARY_OP_INPLACE_XOR
            const x = regs[b]!;
            const y = regs[c]!;
            feedback[pc] |= typeBits(x) | (typeBits(y) << 8);
            const op = (words[w]! - 37) as BinaryOp;
            const f = floatBinaryFast(x, y, op);
            regs[a] = f !== undefined ? f : inplaceOp(x, y, op);
            pc++;
            continue;
          }
          case 50: {
            // COMPARE_OP_LT
            const x = regs[b]!;
            const y = regs[c]!;
            feedback[pc] |= typeBits(x) | (typeBits(y) << 8);
            regs[a] = typeof x === "number" && typeof y === "number" ? x < y : richCompare(x, y, 0);
            pc++;
            continue;
          }
          case 51: {
            // COMPARE_OP_LE
            const x = regs[b]!;
            const y = regs[c]!;
            feedback[pc] |= typeBits(x) | (typeBits(y) << 8);
            regs[a] = typeof x === "number" && typeof y === "number" ? x <= y : richCompare(x, y, 1);
            pc++;
            continue;
          }
          case 52: {
            // COMPARE_OP_EQ
            const x = regs[b]!;
            const y = regs[c]!;
            feedback[pc] |= typeBits(x) | (typeBits(y) << 8);
            regs[a] =
              (typeof x === "number" && typeof y === "number") ||
              (typeof x === "string" && typeof y === "string")
                ? x === y
                : richCompare(x, y, 2);
            pc++;
            continue;
          }
          case 53: {
            // COMPARE_OP_NE
            const x = regs[b]!;
            const y = regs[c]!;
            feedback[pc] |= typeBits(x) | (typeBits(y) << 8);
            regs[a] =
              (typeof x === "number" && typeof y === "number") ||
              (typeof x === "string" && typeof y === "string")
                ? x !== y
                : richCompare(x, y, 3);
            pc++;
            continue;
          }
          case 54: {
            // COMPARE_OP_GT
            const x = regs[b]!;
            const y = regs[c]!;
            feedback[pc] |= typeBits(x) | (typeBits(y) << 8);
            regs[a] = typeof x === "number" && typeof y === "number" ? x > y : richCompare(x, y, 4);
            pc++;
            continue;
          }
          case 55: {
            // COMPARE_OP_GE
            const x = regs[b]!;
            const y = regs[c]!;
            feedback[pc] |= typeBits(x) | (typeBits(y) << 8);
            regs[a] =
              typeof x === "number" && typeof y === "number" ? x >= y : richCompare(x, y, 5 as CompareOp);
            pc++;
            continue;
          }
          case 56: // IS_OP
            regs[a] = ops.is(regs[b]!, regs[c]!);
            pc++;
            continue;
          case 57: // IS_NOT_OP
            regs[a] = !ops.is(regs[b]!, regs[c]!);
            pc++;
            continue;
          case 58: // CONTAINS_OP
            regs[a] = contains(regs[c]!, regs[b]!);
            pc++;
            continue;
          case 59: // NOT_CONTAINS_OP
            regs[a] = !contains(regs[c]!, regs[b]!);
            pc++;
            continue;
          case 61: {
            // UNARY_NEGATIVE
            const x = regs[b]!;
            regs[a] = typeof x === "number" && x !== 0 ? -x : unaryOp(x, "neg");
            pc++;
            continue;
          }
          case 63: {
            // UNARY_NOT
            const x = regs[b]!;
            regs[a] = x === true ? false : x === false ? true : !isTrue(x);
            pc++;
            continue;
          }
          case 64: // JUMP_FORWARD
            pc = a;
            continue;
          case 66: {
            // POP_JUMP_IF_FALSE
            const x = regs[a]!;
            if (x === false || (x !== true && !isTrue(x))) {
              feedback[pc] |= 1;
              pc = b;
            } else {
              feedback[pc] |= 2;
              pc++;
            }
            continue;
          }
          case 67: {
            // POP_JUMP_IF_TRUE
            const x = regs[a]!;
            if (x === true || (x !== false && isTrue(x))) {
              feedback[pc] |= 1;
              pc = b;
            } else {
              feedback[pc] |= 2;
              pc++;
            }
            continue;
          }
          case 68: // POP_JUMP_IF_NONE
            pc = regs[a] === None ? b : pc + 1;
            continue;
          case 69: // POP_JUMP_IF_NOT_NONE
            pc = regs[a] !== None ? b : pc + 1;
            continue;
          case 70: {
            // GET_ITER
            const it = getIter(regs[b]!);
            feedback[pc] |= iteratorBits(it);
            regs[a] = it;
            pc++;
            continue;
          }
          case 71: {
            // FOR_ITER
            const v = tracing.active ? tracedIterNext(frame, regs[b]!) : iterNext(regs[b]!);
            if (v === undefined) pc = c;
            else {
              regs[a] = v;
              pc++;
            }
            continue;
          }
          case 73: {
            // RETURN_GENERATOR
            frame.pc = pc + 1;
            const gen = generatorHooks.make(frame);
            const done = frame;
            const back = done.back;
            pop(done);
            generatorHooks.detachSuspended(done);
            if (done === entry) return gen;
            frame = back!;
            regs = frame.regs;
            regs[done.returnReg] = gen;
            code = frame.code;
            words = code.code;
            rt = codeRuntime(code);
            caches = rt.caches;
            feedback = rt.feedback;
            pc = frame.pc + 1;
            continue;
          }
          case 74: {
            // YIELD_VALUE
            if (frame.trace !== null) traceYield(frame, regs[b]!);
            frame.pc = pc + 1;
            exitState.yielded = true;
            pop(frame);
            return generatorHooks.wrapYield(frame, regs[b]!, c);
          }
          case 75: {
            // SEND
            const r = generatorHooks.send(regs[b]!, regs[a]!);
            if (tracing.active && r.done) traceSendEnd(frame, regs[b]!, regs[a]!, r.value);
            regs[a] = r.value;
            pc = r.done ? c : pc + 1;
            continue;
          }
          case 79: {
            // END_ASYNC_FOR
            const e = regs[a]!;
            if (generatorHooks.isStopAsyncIteration(e)) {
              pc++;
              continue;
            }
            throw ops.reraise(e);
          }
          case 65: // JUMP_BACKWARD
          case 80: {
            // RETURN_VALUE, and a back edge whose compiled loop returned from a frame this
            // activation called (that return is RETURN_VALUE's, whose code V8 has feedback
            // for: inline, the first such return threw away the optimised interpreter).
            let v: PyObject;
            if (words[w] === 65) {
              rt.backEdges++;
              tracingOn = tracing.active;
              if (vm.signals[0] !== 0) ops.checkInterrupt();
              pc = a;
              if (!jitSettings.enabled) continue;
              // On-stack replacement: a hot loop continues in compiled code at its header. (A
              // generator's frame is always the loop's entry: resume() runs it.)
              const r = loopCompiled(frame, rt, a, entry);
              if (r === undefined) {
                tracingOn = tracing.active;
                pc = frame.pc;
                if (jitState.pending !== undefined) {
                  const e = takePending();
                  if (e === RETRY_IN_INTERPRETER) return COLLECT_NOW;
                  throw e;
                }
                continue;
              }
              if (r !== null) return r;
              v = loopResult!;
              loopResult = undefined;
            } else v = regs[a]!;
            tracingOn = tracing.active;
            if (tracingOn) traceReturn(frame, v);
            const done = frame;
            done.finished = true;
            pop(done);
            if (done === entry) {
              exitState.yielded = false;
              return v;
            }
            frame = done.back!;
            regs = frame.regs;
            regs[done.returnReg] = v;
            code = frame.code;
            words = code.code;
            rt = codeRuntime(code);
            caches = rt.caches;
            feedback = rt.feedback;
            pc = frame.pc + 1;
            continue;
          }
          case 81: // BUILD_TUPLE
            regs[a] = c === 0 ? newTuple([]) : new PyTuple(regs.slice(b, b + c) as PyObject[]);
            pc++;
            continue;
          case 82: // BUILD_LIST
            regs[a] = new PyList(c === 0 ? [] : (regs.slice(b, b + c) as PyObject[]));
            pc++;
            continue;
          case 84: {
            // BUILD_MAP
            const d = new PyDict();
            for (let i = 0; i < c; i++) d.set(regs[b + 2 * i]!, regs[b + 2 * i + 1]!);
            regs[a] = d;
            pc++;
            continue;
          }
          case 85: // BUILD_STRING
            regs[a] = ops.buildString(regs, b, c);
            pc++;
            continue;
          case 87: // LIST_APPEND
            (regs[a] as PyList).items.push(regs[b]!);
            pc++;
            continue;
          case 89: // MAP_ADD
            (regs[a] as PyDict).set(regs[b]!, regs[c]!);
            pc++;
            continue;
          case 94: // UNPACK_SEQUENCE
            ops.unpackSequence(regs, a, regs[b]!, c);
            pc++;
            continue;
          case 96: // FORMAT_VALUE
            regs[a] = ops.formatValue(regs[b]!, c, regs[b + 1]);
            pc++;
            continue;
          case 97: // KW_NAMES
            frame.kwnames = (code.co_consts[a] as ConstTuple).items as readonly string[];
            pc++;
            continue;
          case 98: // CALL
          case 99: {
            // CALL_METHOD
            let callee = regs[b]!;
            let start = b + 1;
            let argc = c;
            if (words[w] === 99) {
              if (regs[b + 1] === undefined) start = b + 2;
              else argc++;
            }
            const kwnames = frame.kwnames;
            frame.kwnames = null;
            if (vm.signals[0] !== 0) ops.checkInterrupt();
            let src: Reg[] = regs;
            if (callee instanceof PyFunction && words[w] === 98)
              recordCallee(caches, pc, callee.code as CodeObject);
            else if (callee instanceof PyMethod && callee.func instanceof PyFunction) {
              const args: Reg[] = [callee.self];
              for (let i = 0; i < argc; i++) args.push(regs[start + i]);
              src = args;
              start = 0;
              argc++;
              callee = callee.func;
            }
            let result: PyObject | undefined;
            if (callee instanceof PyFunction) {
              const callee_ = callee;
              const next = frameForCall(callee_, src, start, argc, kwnames);
              push(next);
              next.returnReg = a;
              const nextRt = codeRuntime(next.code);
              nextRt.calls++;
              result = jitSettings.enabled ? callCompiled(nextRt, next) : undefined;
              if (result === undefined) {
                // The callee runs in this loop: from its start, or from where its compiled
                // code handed it back (raising there if an instruction raised).
                frame = next;
                code = next.code;
                words = code.code;
                regs = next.regs;
                rt = nextRt;
                caches = rt.caches;
                feedback = rt.feedback;
                pc = next.pc;
                tracingOn = tracing.active;
                if (jitState.pending !== undefined) {
                  const e = takePending();
                  if (e === RETRY_IN_INTERPRETER) return COLLECT_NOW;
                  throw e;
                }
                continue;
              }
            } else {
              if (callee === collectRequests.gcCollect && kwnames === null) return COLLECT_NOW;
              const args = src.slice(start, start + argc) as PyObject[];
              result = tracing.active
                ? profiledCall(frame, callee, args, kwnames)
                : call(callee, args, kwnames);
            }
            // One tail for every finished call: a compiled callee's result, met first long
            // after V8 optimised this loop, takes a path that has feedback.
            regs[a] = result;
            tracingOn = tracing.active;
            pc++;
            continue;
          }
          case 100: // CALL_FUNCTION_EX
            regs[a] = ops.callEx(regs[b]!, regs[b + 1]!, (c & 1) !== 0 ? regs[b + 2]! : null);
            pc++;
            continue;
          case 101: // MAKE_FUNCTION
            regs[a] = ops.makeFunction(frame, regs, b, c);
            pc++;
            continue;
          case 105: // RAISE_VARARGS
            throw ops.raise(c, regs[a], regs[b]);
          case 106: // RERAISE
            // CPython sets the frame's last instruction to the recorded lasti (R[b]) for
            // f_lineno only; the handler lookup uses this instruction, and a re-raise adds
            // no traceback entry, so nothing here depends on it.
            throw ops.reraise(regs[a]!);
          case 107: // PUSH_EXC_INFO
            regs[a] = vm.excInfo ?? None;
            vm.excInfo = regs[b]!;
            pc++;
            continue;
          case 108: {
            // POP_EXCEPT
            const v = regs[a];
            vm.excInfo = v === None || v === undefined ? null : v;
            pc++;
            continue;
          }
          case 109: // CHECK_EXC_MATCH
            regs[a] = ops.checkExcMatch(regs[b]!, regs[c]!);
            pc++;
            continue;
          case 112: // BEFORE_WITH
            ops.beforeWith(regs, a, regs[b]!);
            pc++;
            continue;
          case 114: {
            // WITH_EXCEPT_START
            const e = regs[c]!;
            regs[a] = call(regs[b]!, [typeOf(e), e, (e as PyBaseException).traceback ?? None], null);
            pc++;
            continue;
          }
          default:
            rareInstruction(frame, regs, words[w]!, a, b, c);
            pc++;
            continue;
        }
      }
    } catch (thrown) {
      // ---- unwinding ----
      let exc = toPyException(thrown);
      frame.pc = pc;
      tracingOn = tracing.active;
      // The instruction the frame is "at" for f_lineno and for a handler's lasti: a RERAISE
      // that carries the lasti of the original raise puts that one back, as CPython's does.
      let lasti = unwindAt(frame, exc, thrownIn);
      thrownIn = false;
      let first = true;
      for (;;) {
        frame.pc = pc;
        // Frames the exception propagates into get their own entries.
        if (!first) addTracebackEntry(exc, frame, pc);
        if (tracing.active) exc = traceException(frame, exc, first && reraisesAt(frame, pc));
        first = false;
        const handler = code.findHandler(pc);
        if (handler !== undefined) {
          regs[handler.excReg] = exc;
          if (handler.lastiReg >= 0) regs[handler.lastiReg] = lasti;
          pc = handler.handler;
          break;
        }
        const done = frame;
        done.pc = lasti;
        if (tracing.active) exc = traceUnwound(done, exc);
        done.finished = true;
        pop(done);
        if (done === entry) {
          exitState.yielded = false;
          exc.propagating = true;
          throw exc;
        }
        frame = done.back!;
        code = frame.code;
        words = code.code;
        regs = frame.regs;
        rt = codeRuntime(code);
        caches = rt.caches;
        feedback = rt.feedback;
        pc = frame.pc;
        lasti = pc;
      }
    }
  }
}

/** The instructions that hot code seldom runs, out of interpret's switch behind its one
 * `default:` call. An instruction first met after V8 had optimised interpret (a `del x`, a
 * set display's SET_UPDATE, an import in a function) made V8 drop the optimised loop for
 * want of feedback there and compile it again, 0.1-0.3 s of work with the loop running
 * unoptimised meanwhile; the shared call has feedback from the first module on. Fewer
 * cases also make interpret a quarter smaller for V8 to compile. */
function rareInstruction(frame: Frame, regs: Reg[], op: number, a: number, b: number, c: number): void {
  const code = frame.code;
  switch (op) {
    case 3: // DELETE_FAST
      if (regs[a] === undefined) throw ops.unboundLocal(code.co_varnames[a]!);
      regs[a] = undefined;
      return;
    case 8: {
      // DELETE_DEREF
      const cell = regs[a] as PyCell;
      if (cell.value === undefined) throw ops.emptyCell(code, a);
      cell.value = undefined;
      return;
    }
    case 9: {
      // LOAD_CLASSDEREF
      const v = ops.lookupMapping(frame.locals!, code.co_names[c]!);
      if (v !== undefined) regs[a] = v;
      else {
        const cv = (regs[b] as PyCell).value;
        if (cv === undefined) throw ops.emptyCell(code, b);
        regs[a] = cv;
      }
      return;
    }
    case 12: // DELETE_NAME
      ops.deleteName(frame, code.co_names[a]!);
      return;
    case 14: // STORE_GLOBAL
      frame.globals.setStr(code.co_names[a]!, regs[b]!);
      return;
    case 15: // DELETE_GLOBAL
      ops.deleteGlobal(frame, code.co_names[a]!);
      return;
    case 18: // DELETE_ATTR
      delAttr(regs[a]!, code.co_names[b]!);
      return;
    case 22: // DELETE_SUBSCR
      delItem(regs[a]!, regs[b]!);
      return;
    case 60: // UNARY_POSITIVE
      regs[a] = unaryOp(regs[b]!, "pos");
      return;
    case 62: // UNARY_INVERT
      regs[a] = unaryOp(regs[b]!, "invert");
      return;
    case 72: // GET_YIELD_FROM_ITER
      regs[a] = generatorHooks.yieldFromIter(regs[b]!, code);
      return;
    case 76: // GET_AWAITABLE
      regs[a] = generatorHooks.getAwaitable(regs[b]!, c);
      return;
    case 77: // GET_AITER
      regs[a] = generatorHooks.getAIter(regs[b]!);
      return;
    case 78: // GET_ANEXT
      regs[a] = generatorHooks.getANext(regs[b]!);
      return;
    case 83: // BUILD_SET
      regs[a] = runtimeFactories.set(regs.slice(b, b + c) as PyObject[]);
      return;
    case 86: // LIST_TO_TUPLE
      regs[a] = newTuple((regs[b] as PyList).items.slice());
      return;
    case 88: // SET_ADD
      runtimeFactories.setAdd(regs[a]!, regs[b]!);
      return;
    case 90: // LIST_EXTEND
      ops.listExtend(regs[a] as PyList, regs[b]!);
      return;
    case 91: // SET_UPDATE
      runtimeFactories.setUpdate(regs[a]!, regs[b]!);
      return;
    case 92: // DICT_UPDATE
      ops.dictUpdate(regs[a] as PyDict, regs[b]!);
      return;
    case 93: // DICT_MERGE
      ops.dictMerge(regs[a] as PyDict, regs[b]!, regs[c]!);
      return;
    case 95: // UNPACK_EX
      ops.unpackEx(regs, a, regs[b]!, c);
      return;
    case 102: // LOAD_BUILD_CLASS
      regs[a] = ops.loadBuildClass(frame);
      return;
    case 103: // SETUP_ANNOTATIONS
      ops.setupAnnotations(frame);
      return;
    case 104: // LOAD_ASSERTION_ERROR
      regs[a] = exceptionType("AssertionError");
      return;
    case 110: // CHECK_EG_MATCH
      ops.checkEgMatch(regs, a, regs[b]!, regs[c]!);
      return;
    case 111: // PREP_RERAISE_STAR
      regs[a] = ops.prepReraiseStar(regs[b]!, regs[c]!);
      return;
    case 113: // BEFORE_ASYNC_WITH
      ops.beforeAsyncWith(regs, a, regs[b]!);
      return;
    case 115: // IMPORT_NAME
      regs[a] = ops.importName(frame, code.co_names[b]!, regs[c + 1]!, regs[c]!);
      return;
    case 116: // IMPORT_FROM
      regs[a] = ops.importFrom(regs[b]!, code.co_names[c]!);
      return;
    case 117: // IMPORT_STAR
      ops.importStar(frame, regs[a]!);
      return;
    case 118: // PRINT_EXPR
      ops.printExpr(regs[a]!);
      return;
    case 119: // GET_LEN
      regs[a] = ops.getLen(regs[b]!);
      return;
    case 120: // MATCH_MAPPING
      regs[a] = ops.matchMapping(regs[b]!);
      return;
    case 121: // MATCH_SEQUENCE
      regs[a] = ops.matchSequence(regs[b]!);
      return;
    case 122: // MATCH_KEYS
      regs[a] = ops.matchKeys(regs[b]!, regs[c]!);
      return;
    case 123: // MATCH_CLASS
      regs[a] = ops.matchClass(regs[b]!, regs[b + 1]!, regs[b + 2]!, c);
      return;
    case 124: // COPY_DICT_WITHOUT_KEYS
      regs[a] = ops.copyDictWithoutKeys(regs[b]!, regs[c]!);
      return;
    default:
      throw ops.badOpcode(op);
  }
}

/** For a RERAISE at `pc` that names a lasti register holding an instruction index, that
 * index; otherwise `pc`. */
function reraiseLasti(code: CodeObject, regs: Reg[], pc: number): number {
  const w = pc << 2;
  if (code.code[w] !== Op.RERAISE || code.code[w + 2]! < 0) return pc;
  const v = regs[code.code[w + 2]!];
  return typeof v === "number" && v >= 0 && v < code.length ? v : pc;
}

/** What compiled code's `catch` hands its handler: the exception, and the instruction index
 * for a handler's lasti register. */
export const caught: { exc: PyObject; lasti: number } = { exc: None, lasti: 0 };

/** Compiled code's `catch`, for an exception at `frame.pc`: when a handler of the frame's
 * own code covers that instruction, does for the frame what the interpreter's unwinding
 * does (chains the context, adds the traceback entry), leaves the exception and lasti in
 * `caught` and returns the handler's index in the exception table; the compiled code then
 * goes on at the handler. -1 leaves the exception to the interpreter, as before. */
export function catchInCompiled(frame: Frame, thrown: unknown): number {
  if (thrown === RETRY_IN_INTERPRETER) return -1;
  const code = frame.code;
  const pc = frame.pc;
  const index = code.findHandlerIndex(pc);
  if (index < 0) return -1;
  const exc = toPyException(thrown);
  const lasti = unwindAt(frame, exc);
  caught.exc = exc;
  caught.lasti = lasti;
  return index;
}

/** The method found on the type of `obj` for LOAD_METHOD, or undefined when the attribute
 * must be loaded the ordinary way. Fills the inline cache when it can: with the method
 * (kind 0), or (kind 2) when instances hold the attribute themselves and the class has
 * nothing of that name. */
export function loadMethod(
  obj: PyObject,
  name: string,
  caches: (InlineCache | undefined)[],
  pc: number,
): PyObject | undefined {
  const t = typeOf(obj);
  if (t === superType) {
    recordSuperMethod(obj as PySuper, name, caches, pc);
    return undefined;
  }
  // A polymorphic site keeps the methods of its last few types chained: a hit among them
  // costs a walk, not a lookup.
  for (let e = caches[pc] as AttrCache | undefined | null; e != null; e = e.next) {
    if (e.kind === 0 && e.type === t && e.version === t.version) {
      const d = instanceDict(obj);
      if (d === null || d[name] === undefined) return e.value;
      break;
    }
  }
  if (obj instanceof PyType) return undefined;
  const ga = t.lookup("__getattribute__");
  if (ga !== undefined && ga !== objectGetAttribute() && nativeGetAttribute.get(ga) !== genericGetAttr)
    return undefined;
  const descr = t.lookup(name);
  const d = instanceDict(obj);
  if (descr === undefined && d !== null && d[name] !== undefined && plainAttributes(t)) {
    caches[pc] = { type: t, version: t.version, value: None, kind: 2, next: null };
    return undefined;
  }
  if (descr === undefined || typeof descr !== "object") return undefined;
  if (!(descr instanceof PyFunction || descr instanceof PyMethodDescriptor)) return undefined;
  if (d !== null && d[name] !== undefined) return undefined;
  caches[pc] = { type: t, version: t.version, value: descr, kind: 0, next: methodChain(caches[pc], t) };
  return descr;
}

/** A LOAD_METHOD on `super()` bound to an instance records the function it finds (kind
 * 10), for compiled code to call directly; the interpreter itself takes the general path. */
function recordSuperMethod(s: PySuper, name: string, caches: (InlineCache | undefined)[], pc: number): void {
  const start = s.objType;
  const thisType = s.thisType;
  if (start === null || thisType === null || s.obj === start || name === "__class__") return;
  const method = superLookup(start, thisType, name);
  if (method instanceof PyFunction || method instanceof PyMethodDescriptor)
    caches[pc] = { type: thisType, version: start.version, value: method, kind: 10, next: null, start };
}

/** The entries of a LOAD_METHOD site to keep behind a new one for type `t`: methods of up
 * to three other types. */
function methodChain(head: InlineCache | undefined, t: PyType): AttrCache | null {
  const kept: AttrCache[] = [];
  for (let e = head as AttrCache | undefined | null; e != null && kept.length < 3; e = e.next)
    if (e.kind === 0 && e.type !== t && "version" in e) kept.push(e);
  let chain: AttrCache | null = null;
  for (let i = kept.length - 1; i >= 0; i--) chain = { ...kept[i]!, next: chain };
  return chain;
}

/** LOAD_ATTR's general case; records a cache entry when instances of the type read
 * `name` from their dict (kind 2: no class attribute of that name) or get a bound method
 * (kind 0: a Python function on the class), with object.__getattribute__ unchanged. */
export function loadAttr(
  obj: PyObject,
  name: string,
  caches: (InlineCache | undefined)[],
  pc: number,
): PyObject {
  const v = getAttr(obj, name);
  if (typeof obj === "object" && !(obj instanceof PyType)) {
    const t = obj.type;
    if (plainAttributes(t)) {
      const descr = t.lookup(name);
      const kind = loadAttrKind(descr, t);
      if (kind >= 0) caches[pc] = { type: t, version: t.version, value: descr ?? None, kind, next: null };
    }
  }
  return v;
}

/** STORE_ATTR's general case; records a cache entry, with object.__setattr__ unchanged,
 * when the type has no class attribute of that name (kind 3: no data descriptor, the
 * instance dict is written) or has a `__slots__` member for it (kind 9). */
export function storeAttr(
  obj: PyObject,
  name: string,
  value: PyObject,
  caches: (InlineCache | undefined)[],
  pc: number,
): void {
  setAttr(obj, name, value);
  if (typeof obj === "object" && !(obj instanceof PyType)) {
    const t = obj.type;
    if (!plainAttributes(t)) return;
    const descr = t.lookup(name);
    if (descr === undefined && instanceDict(obj) !== null)
      caches[pc] = { type: t, version: t.version, value: None, kind: 3, next: null };
    else if (descr instanceof PyMemberDescriptor && slotOf(descr, t) >= 0)
      caches[pc] = { type: t, version: t.version, value: descr, kind: 9, next: null };
  }
}

/** The value of a `__slots__` member on `obj` (undefined when unset: the general path
 * raises the AttributeError). */
function slotValue(obj: PyObject, member: PyMemberDescriptor): PyObject | undefined {
  const slots = (obj as { slots?: Reg[] | null }).slots;
  return slots == null ? undefined : slots[member.index];
}

let objectGetAttributeCache: PyObject | undefined;
function objectGetAttribute(): PyObject | undefined {
  return (objectGetAttributeCache ??= objectType.lookup("__getattribute__"));
}

void callWithSelf;
