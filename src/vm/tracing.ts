// sys.settrace and sys.setprofile: the events a debugger (pdb, bdb), a coverage tool or a
// profiler (profile) sees, as CPython 3.11 reports them.
//
// While a trace or profile function is set, the interpreter's loop calls traceStep before
// each instruction (one flag test per instruction otherwise), and its return, yield and
// unwinding paths report 'return' and 'exception'. Compiled code reports nothing, so setting
// either function retires all of it and keeps the JIT off until both are unset again: frames
// already running in compiled code finish there without events, as frames already running
// when CPython's tracing starts see no 'call' either.
//
// The rules follow CPython's: 'call' goes to the global trace function when a frame starts or
// a generator resumes, and its result becomes the frame's f_trace, which receives the frame's
// 'line', 'return', 'exception' and 'opcode' events (None stops them). A 'line' event comes
// before the first instruction of a line that differs from the line of the instruction the
// frame ran before, or that a backward jump reached. No event is reported while a trace or
// profile function runs, and one that raises is unset.

import { builtinFunctionType, methodDescriptorType, None } from "../objects/bootstrap.js";
import { call, callWithSelf } from "../objects/call.js";
import { isNativeIterator, iterNext } from "../objects/abstract.js";
import { isException, newException, StopIteration_, type PyBaseException } from "../objects/exceptions.js";
import type { PyMethodDescriptor } from "../objects/function.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { strFromJS } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { Op } from "../compiler/opcodes.js";
import type { Frame, FrameTrace } from "./frame.js";
import { retireCompiledCode, jitSettings } from "./jit_hooks.js";
import { vm } from "./state.js";
import { ANY_PENDING } from "../host/signal_words.js";
import { toPyException } from "./errors.js";
import { generatorType, PyGenerator } from "./generator.js";

export const tracing = {
  /** Whether the loop reports events: a trace or profile function is set and none runs. */
  active: false,
  traceFunc: null as PyObject | null,
  profileFunc: null as PyObject | null,
  /** Trace and profile calls running (their own frames report nothing). */
  busy: 0,
  /** jitSettings.enabled from before tracing started. */
  jitWasEnabled: false,
  /** The event being reported ('call' when none is: what CPython's f_lineno setter
   * checks). */
  lastEvent: 0 as Event,
};

const EVENT_NAMES = ["call", "line", "return", "exception", "opcode", "c_call", "c_return", "c_exception"];
const EVENTS = EVENT_NAMES.map((name) => strFromJS(name));
export const enum Event {
  Call,
  Line,
  Return,
  Exception,
  Opcode,
  CCall,
  CReturn,
  CException,
}

function updateActive(): void {
  tracing.active = (tracing.traceFunc !== null || tracing.profileFunc !== null) && tracing.busy === 0;
}

/** sys.settrace (null: None). */
export function setTrace(func: PyObject | null): void {
  changeHooks(() => (tracing.traceFunc = func));
}

/** sys.setprofile (null: None). */
export function setProfile(func: PyObject | null): void {
  changeHooks(() => (tracing.profileFunc = func));
}

function changeHooks(change: () => void): void {
  const wasOn = tracing.traceFunc !== null || tracing.profileFunc !== null;
  change();
  const isOn = tracing.traceFunc !== null || tracing.profileFunc !== null;
  if (isOn && !wasOn) startTracing();
  else if (!isOn && wasOn) jitSettings.enabled = tracing.jitWasEnabled;
  updateActive();
}

/** The frames running now report no 'call' (they started before it could be seen), and
 * compiled code, which reports nothing, makes way for the interpreter. */
function startTracing(): void {
  for (let f = vm.current; f !== null; f = f.back) {
    const info = frameTrace(f);
    if (!info.entered) {
      info.entered = true;
      info.prev = f.pc;
    }
  }
  tracing.jitWasEnabled = jitSettings.enabled;
  jitSettings.enabled = false;
  retireCompiledCode();
  // Frames running in compiled code look at the signal word at calls and back edges: set,
  // it sends them to checkInterrupt, which hands them to the interpreter.
  Atomics.store(vm.signals, ANY_PENDING, 1);
}

export function newFrameTrace(): FrameTrace {
  return { local: null, lines: true, opcodes: false, entered: false, prev: -1, line: -1, entryLine: -1 };
}

/** The frame's tracing state, made on first use. */
export function frameTrace(frame: Frame): FrameTrace {
  return (frame.trace ??= newFrameTrace());
}

/** Before the instruction at `pc` of `frame` runs (tracing.active). */
export function traceStep(frame: Frame, pc: number): void {
  if (!tracing.active) return;
  const words = frame.code.code;
  const op = words[pc * 4]!;
  // Calling a generator function runs RETURN_GENERATOR only: its frame starts at the first
  // resumption, as CPython's does.
  if (op === Op.RETURN_GENERATOR) return;
  let info = frame.trace;
  if (info === null || !info.entered) {
    const prevOp = pc > 0 ? words[(pc - 1) * 4] : -1;
    if (pc === 0 || prevOp === Op.RETURN_GENERATOR || prevOp === Op.YIELD_VALUE) info = enterFrame(frame, pc);
    else {
      // A frame compiled code ran until now (it started before tracing did): no 'call'.
      info = frameTrace(frame);
      info.entered = true;
    }
  }
  // A frame's set-up (cells, free variables) is not a line of it (CPython's RESUME), and
  // a plain jump belongs to the line it leaves: where it lands is what counts.
  if (op === Op.MAKE_CELL || op === Op.COPY_FREE_VARS || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD)
    return;
  const prev = info.prev;
  info.prev = pc;
  const line = frame.code.lineOf(pc);
  if (line >= 0) info.line = line;
  if (info.local === null || tracing.traceFunc === null) return;
  if (line >= 0 && info.lines) {
    const lastLine = prev < 0 ? -1 : frame.code.lineOf(prev);
    // A yield from's loop jumps back to its SEND at every value: not a new line.
    if (line !== lastLine || (pc < prev && op !== Op.SEND)) deliver(frame, info, Event.Line, None);
  }
  if (info.opcodes && info.local !== null) deliver(frame, info, Event.Opcode, None);
}

/** A frame starts or a generator's frame resumes: 'call'. */
function enterFrame(frame: Frame, pc: number): FrameTrace {
  const words = frame.code.code;
  const starting = pc === 0 || words[(pc - 1) * 4] === Op.RETURN_GENERATOR;
  // While 'call' is reported, f_lineno is the line CPython's RESUME has: the def line (0
  // for a module's code), or the line of the yield a generator resumes from (whose line it
  // goes on with).
  if (starting) return reportCall(frame, -1, isModuleCode(frame) ? 0 : frame.code.co_firstlineno);
  return reportCall(frame, pc - 1, frame.code.lineOf(pc - 1));
}

/** Reports 'call' for `frame`, which last ran instruction `prev` (-1: none), with f_lineno
 * `entryLine` meanwhile; the global trace function's result becomes f_trace. */
function reportCall(frame: Frame, prev: number, entryLine: number): FrameTrace {
  const info = frameTrace(frame);
  info.entered = true;
  info.prev = prev;
  info.line = prev < 0 ? -1 : frame.code.lineOf(prev);
  if (tracing.profileFunc !== null) profile(frame, Event.Call, None);
  if (tracing.traceFunc !== null) {
    info.entryLine = entryLine;
    try {
      const result = callHook(tracing.traceFunc, frame, Event.Call, None, true);
      info.local = result === None ? null : result;
    } finally {
      info.entryLine = -1;
    }
  }
  return info;
}

function isModuleCode(frame: Frame): boolean {
  return frame.code.co_name === "<module>";
}

/** `frame` returns `value` (None when an exception leaves it), or yields it. */
export function traceReturn(frame: Frame, value: PyObject): void {
  const info = frame.trace;
  if (info === null || !info.entered) return;
  // An implicit return has no line of its own: f_lineno shows the last line that ran.
  if (frame.code.lineOf(frame.pc) < 0) info.entryLine = info.line;
  try {
    if (info.local !== null && tracing.traceFunc !== null) deliver(frame, info, Event.Return, value);
    if (tracing.profileFunc !== null) profile(frame, Event.Return, value);
  } finally {
    info.entryLine = -1;
  }
}

/** `exc` leaves `frame`: 'return' with None. Returns the exception that goes on (one a
 * trace or profile function raised replaces it). */
export function traceUnwound(frame: Frame, exc: PyBaseException): PyBaseException {
  try {
    traceReturn(frame, None);
  } catch (e) {
    return toPyException(e);
  }
  return exc;
}

/** A generator's frame yields `value` (its next resumption reports 'call' again). */
export function traceYield(frame: Frame, value: PyObject): void {
  if (tracing.active) traceReturn(frame, value);
  frame.trace!.entered = false;
}

/** `exc` was raised in `frame` or reached it from a callee; returns the exception that goes
 * on (a trace function that raises replaces it). The instruction that re-raises a caught
 * exception (RERAISE, a bare `raise`) reports nothing, as in CPython. */
export function traceException(frame: Frame, exc: PyBaseException, reraised: boolean): PyBaseException {
  const info = frame.trace;
  if (reraised || info === null || info.local === null || tracing.traceFunc === null) return exc;
  const arg = newTuple([exc.type, exc, exc.traceback ?? None]);
  try {
    deliver(frame, info, Event.Exception, arg);
  } catch (e) {
    return toPyException(e);
  }
  return exc;
}

/** FOR_ITER's next item while tracing (undefined at the end). A StopIteration that ends
 * the loop is reported as 'exception' in the looping frame when there is one: a generator
 * that returned a value, or a `__next__` that raised it. Built-in iterators end without. */
export function tracedIterNext(frame: Frame, it: PyObject): PyObject | undefined {
  const kind = typeOf(it);
  const isGenerator = kind === generatorType;
  const next = kind.lookup("__next__");
  if ((!isGenerator && isNativeIterator(it)) || next === undefined) return iterNext(it);
  try {
    return callWithSelf(next, it, [], null);
  } catch (e) {
    if (!isException(e) || !e.type.isSubtypeOf(StopIteration_)) throw e;
    if (isGenerator && e.args.length === 0) return undefined;
    const after = traceException(frame, e, false);
    if (after !== e) throw after;
    return undefined;
  }
}

/** A `yield from` or `await` (SEND) found its iterator done, with `returned`. CPython's
 * SEND, while tracing, calls `__next__` for None sent to an iterator and `send` otherwise
 * (always for a coroutine), and reports the StopIteration that ended it where there was
 * one: always from `send` and from a class's `__next__`; from a generator's `__next__` only
 * with a return value; never from a built-in iterator. */
export function traceSendEnd(frame: Frame, receiver: PyObject, sent: PyObject, returned: PyObject): void {
  const viaNext = sent === None && typeOf(receiver).lookup("__next__") !== undefined;
  if (viaNext && (receiver instanceof PyGenerator ? returned === None : isNativeIterator(receiver))) return;
  const stop = returned === None ? newException(StopIteration_) : newException(StopIteration_, returned);
  const after = traceException(frame, stop, false);
  if (after !== stop) throw after;
}

/** A generator's frame resumed by throw() or close(): its 'call', at its yield, comes before
 * the exception is raised there. */
export function traceThrownIn(frame: Frame): void {
  if (frame.trace?.entered === true) return;
  reportCall(frame, frame.pc, frame.code.lineOf(frame.pc));
}

/** Whether the instruction at `pc` re-raises the exception being handled. */
export function reraisesAt(frame: Frame, pc: number): boolean {
  const w = frame.code.code;
  const op = w[pc * 4];
  return op === Op.RERAISE || (op === Op.RAISE_VARARGS && w[pc * 4 + 3] === 0);
}

/** Reports `event` to the frame's local trace function, which it replaces by the result. */
function deliver(frame: Frame, info: FrameTrace, event: Event, arg: PyObject): void {
  const result = callHook(info.local!, frame, event, arg, true);
  info.local = result === None ? null : result;
}

/** Calls a trace (or profile) function with no events reported meanwhile. One that raises
 * is unset (with the frame's local trace function), and the exception goes on. */
function callHook(fn: PyObject, frame: Frame, event: Event, arg: PyObject, isTrace: boolean): PyObject {
  const outer = tracing.lastEvent;
  tracing.lastEvent = event;
  tracing.busy++;
  tracing.active = false;
  try {
    return call(fn, [frame.frameObject(), EVENTS[event]!, arg]);
  } catch (e) {
    if (isTrace) {
      if (frame.trace !== null) frame.trace.local = null;
      setTrace(null);
    } else setProfile(null);
    throw e;
  } finally {
    tracing.lastEvent = outer;
    tracing.busy--;
    updateActive();
  }
}

function profile(frame: Frame, event: Event, arg: PyObject): void {
  callHook(tracing.profileFunc!, frame, event, arg, false);
}

/** A call from the interpreter's loop while a profile function is set: calls of built-in
 * functions and methods report 'c_call', then 'c_return' or 'c_exception', with the
 * function (a method bound to its object) as the argument. */
export function profiledCall(
  frame: Frame,
  callee: PyObject,
  args: PyObject[],
  kwnames: readonly string[] | null,
): PyObject {
  let shown: PyObject | null = null;
  const kind = typeOf(callee);
  if (kind === builtinFunctionType) shown = callee;
  else if (kind === methodDescriptorType && args.length > 0)
    shown = (callee as PyMethodDescriptor).descrGet(args[0]!, typeOf(args[0]!));
  if (shown === null || tracing.profileFunc === null || !tracing.active) return call(callee, args, kwnames);
  profile(frame, Event.CCall, shown);
  let result: PyObject;
  try {
    result = call(callee, args, kwnames);
  } catch (e) {
    if (tracing.profileFunc !== null && tracing.active) profile(frame, Event.CException, shown);
    throw e;
  }
  if (tracing.profileFunc !== null && tracing.active) profile(frame, Event.CReturn, shown);
  return result;
}

/** sys.call_tracing: `func(*args)` with events reported even inside a trace function. */
export function callTracing(func: PyObject, args: PyObject[]): PyObject {
  const busy = tracing.busy;
  tracing.busy = 0;
  updateActive();
  try {
    return call(func, args);
  } finally {
    tracing.busy = busy;
    updateActive();
  }
}

/** Why `frame.f_lineno = n` cannot be done now, as CPython words it; Swallow's frames cannot
 * jump at all, so the last reason is that. */
export function lineJumpError(frame: Frame, target: string): string {
  switch (tracing.lastEvent) {
    case Event.Call:
      return "can't jump from the 'call' trace event of a new frame";
    case Event.Line:
      break;
    default:
      return "can only jump from a 'line' trace event";
  }
  if (frame.trace?.local == null) return "f_lineno can only be set by a trace function";
  return `can't jump from line ${frame.lineno} to line ${target}: Swallow's frames cannot jump`;
}
