// Generators, coroutines and async generators: a suspended Frame plus the protocol around
// it (send, throw, close, yield-from delegation, StopIteration and PEP 479, the handled-
// exception state that travels with the generator). Resuming a generator enters the
// interpreter loop with the generator's frame as its entry frame; YIELD_VALUE leaves it.

import type { CodeObject } from "../compiler/code.js";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_ITERABLE_COROUTINE } from "../compiler/code.js";
import { None, objectType, typeType } from "../objects/bootstrap.js";
import { call, callWithSelf } from "../objects/call.js";
import {
  exceptionType,
  isException,
  newException,
  PyBaseException,
  runtimeError,
  StopIteration_,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import { defineGetSets, defineMethods } from "../objects/function.js";
import { addressOf, typeOf, type PyObject, type PyObjectBase } from "../objects/object.js";
import { typeName } from "../objects/names.js";
import { PyType } from "../objects/type.js";
import { defineClassGetItem } from "../objects/iterators.js";
import { getAttr, getAttrOpt, getIter, reprJS } from "../objects/abstract.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { Frame, frameOwnerHooks, PyTraceback } from "./frame.js";
import { codeRuntime } from "./code_runtime.js";
import { exitState, pop, push, resumeSuspended, run } from "./interpreter.js";
import { vm } from "./state.js";
import { tracing } from "./tracing.js";
import {
  coroutineMade,
  coroutineNeverAwaited,
  coroutineOrigin,
  coroutineStarted,
  shareOrigin,
} from "./unawaited.js";
import {
  finalizationHooks,
  registerFinalizable,
  registerStandInMaker,
  unregisterFinalizable,
} from "../objects/finalization.js";

function vmType(name: string): PyType {
  const t = new PyType(typeType, name, [objectType], true);
  t.isBaseType = false;
  return t;
}

export const generatorType = vmType("generator");
export const coroutineType = vmType("coroutine");
export const asyncGeneratorType = vmType("async_generator");
export const coroutineWrapperType = vmType("coroutine_wrapper");
export const asyncGenASendType = vmType("async_generator_asend");
export const asyncGenAThrowType = vmType("async_generator_athrow");

export class PyGenerator implements PyObjectBase {
  excState: PyObject | null = null;
  /** Registered for finalisation: to be closed if collected while suspended
   * (trackFinalization), or, a coroutine never started, warned about (unawaited.ts). */
  closeOnCollection = false;
  running = false;
  started = false;
  name: string;
  qualname: string;
  /** async generators: hooks (firstiter called) and whether aclose ran. */
  hooksInited = false;
  /** async generators: an asend or athrow is running it (ag_running_async)... */
  asyncRunning = false;
  /** ...and it has ended or been closed (ag_closed). */
  asyncClosed = false;
  /** async generators: the finalizer hook in force when it was first iterated, called
   * instead of closing it if it is collected while suspended (asyncio schedules aclose()). */
  asyncFinalizer: PyObject | null = null;
  constructor(
    public type: PyType,
    /** Replaced by a husk once finished (releaseFinishedFrame). */
    public frame: Frame,
  ) {
    this.name = frame.func?.name ?? frame.code.co_name;
    this.qualname = frame.func?.qualname ?? frame.code.co_qualname;
  }
  /** `next(gen)` for the loops and builtins that iterate natively (abstract.iterNext):
   * undefined once it returns, without making the StopIteration. */
  nextValue(): PyObject | undefined {
    if (this.type !== generatorType) throw typeError(`'${this.type.name}' object is not an iterator`);
    if (this.frame.finished && !this.running) return undefined;
    const v = resumeValue(this, None, null);
    return resumeDone.done ? undefined : v;
  }
  get kind(): string {
    return this.type === generatorType
      ? "generator"
      : this.type === coroutineType
        ? "coroutine"
        : "async generator";
  }
}

/** The value an async generator yields to its `asend` awaitable (vs. one it awaits). */
class AsyncGenWrapped {
  constructor(readonly value: PyObject) {}
}

// ---- hooks used by the interpreter loop ----

export function make(frame: Frame): PyObject {
  const flags = frame.code.co_flags;
  const t =
    flags & CO_COROUTINE ? coroutineType : flags & CO_ASYNC_GENERATOR ? asyncGeneratorType : generatorType;
  const g = new PyGenerator(t, frame);
  frame.owner = g;
  if (t === coroutineType) coroutineMade(g, frame);
  return g;
}

export function wrapYield(frame: Frame, value: PyObject, delegate: number): PyObject {
  if (delegate < 0 && frame.code.co_flags & CO_ASYNC_GENERATOR) return new AsyncGenWrapped(value) as never;
  return value;
}

function isGenLike(v: PyObject): v is PyGenerator {
  return v instanceof PyGenerator;
}

export function yieldFromIter(v: PyObject, code: CodeObject): PyObject {
  if (v instanceof PyGenerator) {
    if (v.type === coroutineType) {
      if (!(code.co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
        throw typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
      }
      return v;
    }
    if (v.type === generatorType) return v;
  }
  return getIter(v);
}

interface SendResult {
  value: PyObject;
  done: boolean;
}

/** One step of `yield from` / `await`: sends `value` into the iterator. */
export function send(it: PyObject, value: PyObject): SendResult {
  if (isGenLike(it) && it.type !== asyncGeneratorType) {
    const r = resume(it, value, null);
    return r;
  }
  try {
    const v =
      value === None
        ? callWithSelf(typeOf(it).lookup("__next__") ?? noNext(it), it, [], null)
        : call(getAttr(it, "send"), [value], null);
    return { value: v, done: false };
  } catch (e) {
    if (isException(e) && e.type.isSubtypeOf(StopIteration_)) return { value: stopValue(e), done: true };
    throw e;
  }
}

function noNext(it: PyObject): never {
  throw typeError(`'${typeName(it)}' object is not an iterator`);
}

function stopValue(e: PyBaseException): PyObject {
  return e.field("value") ?? (e.args.length > 0 ? e.args[0]! : None);
}

/** GET_AWAITABLE: the iterator that `await v` runs, refusing a coroutine that another
 * `await` is running. `where` 1 and 2 are `async with`'s __aenter__ and __aexit__. */
export function getAwaitable(v: PyObject, where: number): PyObject {
  // A coroutine suspended in an `await` of its own cannot be awaited by another.
  if (v instanceof PyGenerator && v.type === coroutineType && awaitingDelegate(v) !== null) {
    throw runtimeError("coroutine is being awaited already");
  }
  return awaitableIter(v, where);
}

/** The iterator that awaiting `v` runs (CPython's _PyCoro_GetAwaitableIter): a coroutine
 * or an iterable coroutine itself, else what its __await__ returns. */
export function awaitableIter(v: PyObject, where = 0): PyObject {
  if (v instanceof PyGenerator) {
    if (v.type === coroutineType) return v;
    if (v.type === generatorType && v.frame.code.co_flags & CO_ITERABLE_COROUTINE) return v;
  }
  const f = typeOf(v).lookup("__await__");
  if (f === undefined) {
    if (where === 1) {
      throw typeError(
        `'async with' received an object from __aenter__ that does not implement __await__: ${typeName(v)}`,
      );
    }
    if (where === 2) {
      throw typeError(
        `'async with' received an object from __aexit__ that does not implement __await__: ${typeName(v)}`,
      );
    }
    throw typeError(`object ${typeName(v)} can't be used in 'await' expression`);
  }
  const it = callWithSelf(f, v, [], null);
  if (it instanceof PyGenerator && it.type === coroutineType)
    throw typeError("__await__() returned a coroutine");
  if (typeOf(it).lookup("__next__") === undefined) {
    throw typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  }
  return it;
}

export function getAIter(v: PyObject): PyObject {
  const f = typeOf(v).lookup("__aiter__");
  if (f === undefined) {
    throw typeError(`'async for' requires an object with __aiter__ method, got ${typeName(v)}`);
  }
  const it = callWithSelf(f, v, [], null);
  if (typeOf(it).lookup("__anext__") === undefined) {
    throw typeError(
      `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`,
    );
  }
  return it;
}

export function getANext(v: PyObject): PyObject {
  const f = typeOf(v).lookup("__anext__");
  if (f === undefined) {
    throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeName(v)}`);
  }
  const aw = callWithSelf(f, v, [], null);
  try {
    return awaitableIter(aw);
  } catch (e) {
    if (!isException(e)) throw e;
    throw withCause(typeError(`'async for' received an invalid object from __anext__: ${typeName(aw)}`), e);
  }
}

// ---- resuming ----

/** The YIELD_VALUE a suspended frame stopped at: [instruction index, dst, delegate]. */
function suspendedYield(frame: Frame): [number, number, number] | null {
  const i = frame.pc - 1;
  if (i < 0) return null;
  const w = frame.code.code;
  if (w[i * 4] !== 74) return null;
  return [i, w[i * 4 + 1]!, w[i * 4 + 3]!];
}

function awaitingDelegate(g: PyGenerator): PyObject | null {
  if (!g.started || g.frame.finished) return null;
  const y = suspendedYield(g.frame);
  if (y === null || y[2] < 0) return null;
  return g.frame.regs[y[2]] ?? null;
}

/** Runs the generator's frame until it yields (done false) or returns (done true). */
export function resume(g: PyGenerator, value: PyObject, exc: PyBaseException | null): SendResult {
  const v = resumeValue(g, value, exc);
  return { value: v, done: resumeDone.done };
}

/** Marks `g` running with its exception state current, as entering its frame does (the
 * caller keeps vm.excInfo and vm.excOuter from before, to restore on leaving: no pair is
 * made for them on every resumption). */
function enterGenerator(g: PyGenerator): void {
  const saved = vm.excInfo;
  vm.excOuter = saved ?? vm.excOuter;
  vm.excInfo = g.excState;
  g.running = true;
}

/** Whether the last resumeValue() returned (rather than yielded). */
const resumeDone = { done: false };

// ---- `yield from` an exact generator, without running the delegating frame ----
//
// A value sent to a generator suspended in `yield from inner` goes round its loop
// (SEND; YIELD_VALUE; JUMP_BACKWARD) only to be passed to `inner`, and what `inner` yields
// is yielded on unchanged: through a chain of n generators (json's encoder nests four) each
// item resumed n frames. resumeValue sends it to the delegate directly, with the delegating
// generator marked running and its frame on the stack as its loop would have them (so the
// delegate's f_back, exception context and "already executing" checks are unchanged); only
// when the delegate returns or raises does the delegating frame run, at its SEND's exit or
// with the exception, as it would have.

const DELEGATE_YIELDED = 1;
const DELEGATE_RETURNED = 2;
const delegateYielded = { value: None as PyObject };

/** The exact generator (or coroutine, for `await`) a frame suspended in a `yield from` loop
 * sends to; null otherwise. */
function yieldFromDelegate(frame: Frame): PyGenerator | null {
  const w = frame.code.code;
  const y = frame.pc - 1;
  const s = y - 1;
  // SEND a, b, ->exit; YIELD_VALUE a, a, b; JUMP_BACKWARD ->SEND
  if (s < 0 || w[s * 4] !== 75 || w[frame.pc * 4] !== 65 || w[frame.pc * 4 + 1] !== s) return null;
  const a = w[s * 4 + 1]!;
  const b = w[s * 4 + 2]!;
  if (w[y * 4 + 1] !== a || w[y * 4 + 2] !== a || w[y * 4 + 3] !== b) return null;
  const d = frame.regs[b];
  return d instanceof PyGenerator &&
    (d.type === generatorType || d.type === coroutineType) &&
    d.started &&
    !d.running &&
    !d.frame.finished
    ? d
    : null;
}

/** Sends `value` to `delegate` for `g`: DELEGATE_YIELDED (the value in delegateYielded;
 * g stays suspended where it was), DELEGATE_RETURNED (g's frame set to carry on after its
 * loop with the return value), or the exception the delegate raised, for g's frame. */
function sendToDelegate(g: PyGenerator, delegate: PyGenerator, value: PyObject): number | PyBaseException {
  const frame = g.frame;
  const w = frame.code.code;
  const resumeAt = frame.pc;
  const send = resumeAt - 2;
  push(frame);
  // Where the interpreter is while its SEND runs: gi_yieldfrom reads None meanwhile.
  frame.pc = send + 1;
  const saved = vm.excInfo;
  const savedOuter = vm.excOuter;
  enterGenerator(g);
  let v: PyObject;
  let raised: unknown = null;
  try {
    v = resumeValue(delegate, value, null);
  } catch (e) {
    raised = e;
    v = None;
  } finally {
    frame.pc = resumeAt;
    pop(frame);
    detachSuspended(frame);
    g.running = false;
    g.excState = vm.excInfo;
    vm.excInfo = saved;
    vm.excOuter = savedOuter;
  }
  if (raised !== null) {
    if (raised instanceof PyBaseException) return raised;
    throw raised;
  }
  frame.regs[w[send * 4 + 1]!] = v;
  if (!resumeDone.done) {
    delegateYielded.value = v;
    return DELEGATE_YIELDED;
  }
  frame.pc = w[send * 4 + 3]!;
  return DELEGATE_RETURNED;
}

/** resume() without the result object: what the frame yielded or returned, with
 * `resumeDone.done` telling which (iteration runs this for every item). */
function resumeValue(g: PyGenerator, value: PyObject, exc: PyBaseException | null): PyObject {
  if (g.running) throw valueError(`${g.kind} already executing`);
  const frame = g.frame;
  if (frame.finished) {
    if (g.type === coroutineType) throw runtimeError("cannot reuse already awaited coroutine");
    if (exc !== null) throw exc;
    if (g.type === asyncGeneratorType) throw newException(exceptionType("StopAsyncIteration"));
    throw newException(StopIteration_);
  }
  if (!g.started) {
    if (exc !== null) {
      // CPython raises it at the frame's first instruction, before any try block: no
      // handler or finally of the body runs, and the generator is finished.
      g.started = true;
      if (g.type === coroutineType) coroutineStarted(g);
      frame.finished = true;
      // ...but it is raised in that frame, which shows in the traceback (at the def line).
      exc.traceback = new PyTraceback(
        exc.traceback as PyTraceback | null,
        frame.frameObject(),
        0,
        frame.code.co_firstlineno,
      );
      throw pep479(g, exc);
    }
    if (value !== None) {
      throw typeError(`can't send non-None value to a just-started ${g.kind}`);
    }
    g.started = true;
    if (g.type === coroutineType) coroutineStarted(g);
  } else if (exc === null) {
    // The yield it is suspended at receives the value (no tuple from suspendedYield: this
    // runs on every resumption).
    const i = frame.pc - 1;
    const words = frame.code.code;
    if (i >= 0 && words[i * 4] === 74) {
      // Under tracing, each frame of the chain resumes and reports its events.
      const delegate = tracing.active ? null : yieldFromDelegate(frame);
      if (delegate === null) frame.regs[words[i * 4 + 1]!] = value;
      else {
        const step = sendToDelegate(g, delegate, value);
        if (step === DELEGATE_YIELDED) return delegateYielded.value;
        if (step instanceof PyBaseException) exc = step;
      }
    }
  }
  if (exc !== null) {
    const y = suspendedYield(frame);
    if (y !== null) frame.pc = y[0];
  }
  const saved = vm.excInfo;
  const savedOuter = vm.excOuter;
  enterGenerator(g);
  let result: PyObject;
  try {
    result = exc === null ? resumeSuspended(frame) : run(frame, exc);
  } catch (e) {
    g.running = false;
    g.excState = null;
    trackFinalization(g, false);
    vm.excInfo = saved;
    vm.excOuter = savedOuter;
    throw pep479(g, e);
  }
  g.running = false;
  const yielded = exitState.yielded;
  exitState.yielded = false;
  g.excState = vm.excInfo;
  vm.excInfo = saved;
  vm.excOuter = savedOuter;
  trackFinalization(g, yielded);
  resumeDone.done = !yielded;
  return result;
}

/** Whether `e` is a StopAsyncIteration (END_ASYNC_FOR's test). */
export function isStopAsyncIteration(e: PyObject): boolean {
  return e instanceof PyBaseException && e.type.isSubtypeOf(exceptionType("StopAsyncIteration"));
}

/** What leaves a generator's frame as `e`: a StopIteration (or an async generator's
 * StopAsyncIteration) raised inside it becomes RuntimeError (PEP 479). */
function pep479(g: PyGenerator, e: unknown): unknown {
  if (!isException(e)) return e;
  if (e.type.isSubtypeOf(StopIteration_)) return fromCause(`${g.kind} raised StopIteration`, e);
  if (g.type === asyncGeneratorType && e.type.isSubtypeOf(exceptionType("StopAsyncIteration")))
    return fromCause("async generator raised StopAsyncIteration", e);
  return e;
}

function fromCause(message: string, cause: PyBaseException): PyBaseException {
  return withCause(runtimeError(message), cause);
}

/** `e` raised from `cause` (CPython's _PyErr_FormatFromCause). */
function withCause(e: PyBaseException, cause: PyBaseException): PyBaseException {
  e.cause = cause;
  e.context = cause;
  e.suppressContext = true;
  return e;
}

function stopIteration(value: PyObject): PyBaseException {
  return value === None ? newException(StopIteration_) : newException(StopIteration_, value);
}

/** generator.send / __next__: the yielded value, or StopIteration with the return value. */
export function genSend(g: PyGenerator, value: PyObject): PyObject {
  const r = resume(g, value, null);
  if (r.done) throw stopIteration(r.value);
  return r.value;
}

/** `throw()` with CPython's delegation to a `yield from` / `await` sub-iterator. */
export function genThrow(g: PyGenerator, exc: PyBaseException, closeDelegateOnExit = true): SendResult {
  const delegate = awaitingDelegate(g);
  if (delegate !== null && !g.running) {
    const y = suspendedYield(g.frame)!;
    // aclose() throws GeneratorExit into what the generator awaits, not closing it.
    if (closeDelegateOnExit && exc.type.isSubtypeOf(exceptionType("GeneratorExit"))) {
      g.running = true;
      try {
        closeIter(delegate);
      } catch (e) {
        g.running = false;
        return resume(g, None, e as PyBaseException);
      }
      g.running = false;
      return resume(g, None, exc);
    }
    let r: SendResult;
    g.running = true;
    try {
      if (delegate instanceof PyGenerator)
        r = onStack(g.frame, () => genThrow(delegate, exc, closeDelegateOnExit));
      else {
        const m = getAttrOpt(delegate, "throw");
        if (m === undefined) {
          g.running = false;
          return resume(g, None, exc);
        }
        r = { value: onStack(g.frame, () => call(m, [exc], null)), done: false };
      }
    } catch (e) {
      g.running = false;
      if (isException(e) && e.type.isSubtypeOf(StopIteration_)) {
        // The delegate finished: its value is the result of the `yield from`, and the
        // generator continues after the delegation loop (the SEND's target).
        const sendIndex = y[0] - 1;
        g.frame.regs[y[1]] = stopValue(e);
        g.frame.pc = g.frame.code.code[sendIndex * 4 + 3]!;
        return resumeAt(g);
      }
      return resume(g, None, e as PyBaseException);
    }
    g.running = false;
    if (r.done) {
      const sendIndex = y[0] - 1;
      g.frame.regs[y[1]] = r.value;
      g.frame.pc = g.frame.code.code[sendIndex * 4 + 3]!;
      return resumeAt(g);
    }
    return r;
  }
  return resume(g, None, exc);
}

/**
 * CPython closes a generator that is collected while suspended, which runs its `finally`
 * blocks and `with` exits. Only a generator suspended inside a handler's range can notice,
 * so only those are registered for finalisation, and unregistered once finished.
 */
function trackFinalization(g: PyGenerator, suspended: boolean): void {
  if (!suspended) {
    releaseFinishedFrame(g);
    if (g.closeOnCollection) {
      g.closeOnCollection = false;
      unregisterFinalizable(g);
    }
    return;
  }
  detachSuspended(g.frame);
  if (g.closeOnCollection) return;
  const frame = g.frame;
  if (frame.code.exceptionTable.length === 0 || !insideHandler(frame.code, frame.pc - 1)) return;
  g.closeOnCollection = true;
  registerFinalizable(g, closeCollected);
}

/** A suspended generator's frame has no f_back, and must not keep the frame that last
 * resumed it alive: through a finaliser's stand-in, that frame's reference to the
 * generator kept the generator from ever being found dead. */
export function detachSuspended(frame: Frame): void {
  frame.back = null;
  if (frame.pyFrame !== null) frame.pyFrame.savedBack = null;
}

/** A finished generator lets go of its frame's locals, as CPython's does (gi_frame reads
 * None). A frame that was never seen from Python has dropped them already (pop); one that
 * was (an exception's traceback made its frame object) keeps them for that frame object,
 * which may outlive the generator or die first, so the generator keeps a husk instead. */
function releaseFinishedFrame(g: PyGenerator): void {
  const f = g.frame;
  if (!f.finished || f.regs.length === 0) return;
  const husk = new Frame(f.code, f.globals, f.builtins, null, f.func, []);
  husk.pc = f.pc;
  husk.finished = true;
  husk.owner = g;
  g.frame = husk;
}

function insideHandler(code: CodeObject, pc: number): boolean {
  const rt = codeRuntime(code);
  const cover = (rt.handlerCover ??= new Uint8Array(code.length));
  let v = cover[pc]!;
  if (v === 0) v = cover[pc] = code.findHandler(pc) === undefined ? 2 : 1;
  return v === 1;
}

function closeCollected(o: PyObjectBase): void {
  const g = o as PyGenerator;
  g.closeOnCollection = false;
  if (g.asyncFinalizer !== null && !g.asyncClosed) call(g.asyncFinalizer, [g], null);
  else genClose(g);
}

/** What collecting `g` does (CPython's _PyGen_Finalize), done now: frame.clear(). It stays
 * registered if it is (a generator closed here unregisters as it finishes). */
function finalizeNow(g: PyGenerator): void {
  if (g.frame.finished) return;
  try {
    if (g.type === coroutineType && !g.started) coroutineNeverAwaited(g);
    else if (g.asyncFinalizer !== null && !g.asyncClosed) call(g.asyncFinalizer, [g], null);
    else genClose(g);
  } catch (e) {
    finalizationHooks.reportUnraisable(e, g);
  }
}
frameOwnerHooks.finalize = (owner) => {
  if (owner instanceof PyGenerator) finalizeNow(owner);
};

registerStandInMaker(PyGenerator, (g) => new PyGenerator(g.type, g.frame));

// A generator's frame names its owner: a stand-in (finalization.ts) must own the frame
// while the generator is presumed dead, or the frame would keep the generator alive.
finalizationHooks.adoptStandIn = (original, standIn) => {
  if (original instanceof PyGenerator && original.frame.owner === original)
    original.frame.owner = standIn as PyGenerator;
  if (original instanceof PyGenerator) shareOrigin(original, standIn);
};
finalizationHooks.restoreOriginal = (original) => {
  if (original instanceof PyGenerator) original.frame.owner = original;
};

/** Runs `f` with `frame` on the frame stack, as CPython's delegating generator is while
 * it passes throw() on (so the sub-generator's f_back is the delegating frame). */
function onStack<T>(frame: Frame, f: () => T): T {
  const caller = vm.current;
  frame.back = caller;
  frame.running = true;
  vm.current = frame;
  try {
    return f();
  } finally {
    vm.current = caller;
    frame.running = false;
  }
}

/** Continues a suspended generator at its frame's pc without sending a value. */
function resumeAt(g: PyGenerator): SendResult {
  const frame = g.frame;
  const pc = frame.pc;
  // resume() stores the sent value at the yield's register; skip that by pretending the
  // frame is at an instruction that is not a yield.
  const saved = vm.excInfo;
  const savedOuter = vm.excOuter;
  enterGenerator(g);
  let result: PyObject;
  try {
    frame.pc = pc;
    result = run(frame, null);
  } catch (e) {
    g.running = false;
    g.excState = null;
    trackFinalization(g, false);
    vm.excInfo = saved;
    vm.excOuter = savedOuter;
    if (isException(e) && e.type.isSubtypeOf(StopIteration_))
      throw fromCause(`${g.kind} raised StopIteration`, e);
    throw e;
  }
  g.running = false;
  const yielded = exitState.yielded;
  exitState.yielded = false;
  g.excState = vm.excInfo;
  vm.excInfo = saved;
  vm.excOuter = savedOuter;
  trackFinalization(g, yielded);
  return { value: result, done: !yielded };
}

function closeIter(it: PyObject): void {
  if (it instanceof PyGenerator) {
    genClose(it);
    return;
  }
  // As gen_close_iter: a failing lookup of `close` (other than AttributeError) is reported
  // as unraisable, and closing the outer generator goes on.
  let m: PyObject | undefined;
  try {
    m = getAttrOpt(it, "close");
  } catch (e) {
    finalizationHooks.reportUnraisable(e, it);
  }
  if (m !== undefined) call(m, [], null);
}

export function genClose(g: PyGenerator): PyObject {
  if (g.frame.finished) return None;
  if (!g.started) {
    g.frame.finished = true;
    if (g.type === coroutineType) coroutineStarted(g);
    return None;
  }
  let r: SendResult;
  try {
    r = genThrow(g, newException(exceptionType("GeneratorExit")));
  } catch (e) {
    if (
      isException(e) &&
      (e.type.isSubtypeOf(exceptionType("GeneratorExit")) || e.type.isSubtypeOf(StopIteration_))
    ) {
      return None;
    }
    throw e;
  }
  if (!r.done) {
    if (g.type === asyncGeneratorType) throw runtimeError("async generator ignored GeneratorExit");
    throw runtimeError(`${g.kind} ignored GeneratorExit`);
  }
  return None;
}

/** The exception a `throw(typ[, val[, tb]])` call describes. */
function throwArgs(args: PyObject[], who: string): PyBaseException {
  if (args.length < 1 || args.length > 3) {
    throw typeError(`${who} expected at least 1 argument, got ${args.length}`);
  }
  const [typ, val, tb] = args as [PyObject, PyObject | undefined, PyObject | undefined];
  let exc: PyBaseException;
  if (typ instanceof PyType && typ.isSubtypeOf(exceptionType("BaseException"))) {
    if (val instanceof PyBaseException && typeOf(val).isSubtypeOf(typ)) exc = val;
    else {
      const e =
        val === undefined || val === None
          ? call(typ, [], null)
          : val instanceof PyTuple
            ? call(typ, val.items, null)
            : call(typ, [val], null);
      // PyErr_NormalizeException's check; the TypeError is raised inside the generator.
      exc =
        e instanceof PyBaseException
          ? e
          : typeError(
              `calling ${reprJS(typ)} should have returned an instance of BaseException, not ${typeName(e)}`,
            );
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None)
      throw typeError("instance exception may not have a separate value");
    exc = typ;
  } else {
    throw typeError(
      `exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`,
    );
  }
  if (tb !== undefined && tb !== None) {
    if (typeName(tb) !== "traceback") throw typeError("throw() third argument must be a traceback object");
    exc.traceback = tb;
  }
  return exc;
}

/** A value for `__name__` / `__qualname__` (gen_set_name): a str, never deleted. */
function nameValue(v: PyObject | null, attr: string): string {
  if (v === null || !isStr(v)) throw typeError(`${attr} must be set to a string object`);
  return jsString(v);
}

function asGen(self: PyObject, t: PyType): PyGenerator {
  if (!(self instanceof PyGenerator) || self.type !== t) {
    throw typeError(`descriptor requires a '${t.name}' object but received a '${typeName(self)}'`);
  }
  return self;
}

function throwResult(g: PyGenerator, exc: PyBaseException): PyObject {
  const r = genThrow(g, exc);
  if (r.done) throw stopIteration(r.value);
  return r.value;
}

defineMethods(generatorType, {
  __iter__: (self) => self,
  __next__: (self) => genSend(asGen(self, generatorType), None),
  send: (self, args) => genSend(asGen(self, generatorType), args[0] ?? None),
  throw: (self, args) => throwResult(asGen(self, generatorType), throwArgs(args, "throw")),
  close: (self) => genClose(asGen(self, generatorType)),
  __repr__: (self) => strFromJS(`<generator object ${(self as PyGenerator).qualname} at ${addressOf(self)}>`),
});

defineMethods(coroutineType, {
  send: (self, args) => genSend(asGen(self, coroutineType), args[0] ?? None),
  throw: (self, args) => throwResult(asGen(self, coroutineType), throwArgs(args, "throw")),
  close: (self) => genClose(asGen(self, coroutineType)),
  __await__: (self) => new CoroutineWrapper(asGen(self, coroutineType)),
  __repr__: (self) => strFromJS(`<coroutine object ${(self as PyGenerator).qualname} at ${addressOf(self)}>`),
});

class CoroutineWrapper implements PyObjectBase {
  type = coroutineWrapperType;
  constructor(readonly coro: PyGenerator) {}
}

defineMethods(coroutineWrapperType, {
  __iter__: (self) => self,
  __next__: (self) => genSend((self as CoroutineWrapper).coro, None),
  send: (self, args) => genSend((self as CoroutineWrapper).coro, args[0] ?? None),
  throw: (self, args) => throwResult((self as CoroutineWrapper).coro, throwArgs(args, "throw")),
  close: (self) => genClose((self as CoroutineWrapper).coro),
});

for (const [t, prefix] of [
  [generatorType, "gi"],
  [coroutineType, "cr"],
  [asyncGeneratorType, "ag"],
] as const) {
  defineGetSets(t, {
    __name__: [
      (self) => (self as PyGenerator).name,
      (self, v) => {
        (self as PyGenerator).name = nameValue(v, "__name__");
      },
    ],
    __qualname__: [
      (self) => (self as PyGenerator).qualname,
      (self, v) => {
        (self as PyGenerator).qualname = nameValue(v, "__qualname__");
      },
    ],
    [`${prefix}_frame`]: [
      (self) => ((self as PyGenerator).frame.finished ? None : (self as PyGenerator).frame.frameObject()),
    ],
    // An async generator is running while one of its awaitables runs it.
    [`${prefix}_running`]: [
      prefix === "ag"
        ? (self) => (self as PyGenerator).asyncRunning
        : (self) => (self as PyGenerator).running,
    ],
    [`${prefix}_code`]: [(self) => (self as PyGenerator).frame.code as unknown as PyObject],
    [prefix === "gi" ? "gi_yieldfrom" : prefix === "cr" ? "cr_await" : "ag_await"]: [
      (self) => awaitingDelegate(self as PyGenerator) ?? None,
    ],
  });
}
defineGetSets(coroutineType, { cr_origin: [(self) => coroutineOrigin(self as PyGenerator)] });
function isSuspended(g: PyGenerator): boolean {
  return g.started && !g.frame.finished && !g.running;
}
defineGetSets(generatorType, { gi_suspended: [(self) => isSuspended(self as PyGenerator)] });
defineGetSets(coroutineType, { cr_suspended: [(self) => isSuspended(self as PyGenerator)] });

// ---- async generators ----

// The awaitables of an async generator's `asend(v)` / `__anext__()` and `athrow(...)` /
// `aclose()`, with CPython's states: each runs once (a second await of it is an error),
// one `asend` may run the generator at a time, and an `aclose` or a finished generator
// closes it for good (ag_running_async and ag_closed there).

const AWAITABLE_INIT = 0;
const AWAITABLE_ITER = 1;
const AWAITABLE_CLOSED = 2;

class AsyncGenASend implements PyObjectBase {
  readonly type = asyncGenASendType;
  state = AWAITABLE_INIT;
  constructor(
    readonly gen: PyGenerator,
    readonly sendValue: PyObject,
  ) {}
}

class AsyncGenAThrow implements PyObjectBase {
  readonly type = asyncGenAThrowType;
  state = AWAITABLE_INIT;
  constructor(
    readonly gen: PyGenerator,
    /** athrow()'s arguments; null for aclose(). */
    readonly args: PyObject[] | null,
  ) {}
}

function isStopAsync(e: PyBaseException): boolean {
  return e.type.isSubtypeOf(exceptionType("StopAsyncIteration"));
}

function isGeneratorExit(e: PyBaseException): boolean {
  return e.type.isSubtypeOf(exceptionType("GeneratorExit"));
}

/** What a step of the generator means to its awaitable (async_gen_unwrap_value): a value
 * it awaits passes through; a value it yields ends the await (StopIteration with it); its
 * end is StopAsyncIteration, which closes it. */
function unwrapStep(g: PyGenerator, step: () => SendResult): PyObject {
  let r: SendResult;
  try {
    r = step();
  } catch (e) {
    if (isException(e) && (isStopAsync(e) || isGeneratorExit(e))) g.asyncClosed = true;
    g.asyncRunning = false;
    throw e;
  }
  if (r.done) {
    g.asyncClosed = true;
    g.asyncRunning = false;
    throw newException(exceptionType("StopAsyncIteration"));
  }
  if (r.value instanceof AsyncGenWrapped) {
    g.asyncRunning = false;
    throw stopIteration(r.value.value);
  }
  return r.value;
}

/** Runs `step` for an awaitable, which is closed if it raises. */
function closingOnError(op: { state: number }, step: () => PyObject): PyObject {
  try {
    return step();
  } catch (e) {
    op.state = AWAITABLE_CLOSED;
    throw e;
  }
}

function asendSend(op: AsyncGenASend, value: PyObject): PyObject {
  if (op.state === AWAITABLE_CLOSED) throw runtimeError("cannot reuse already awaited __anext__()/asend()");
  const g = op.gen;
  if (op.state === AWAITABLE_INIT) {
    if (g.asyncRunning) throw runtimeError("anext(): asynchronous generator is already running");
    if (value === None) value = op.sendValue;
    op.state = AWAITABLE_ITER;
  }
  g.asyncRunning = true;
  return closingOnError(op, () => unwrapStep(g, () => resume(g, value, null)));
}

function asendThrow(op: AsyncGenASend, args: PyObject[]): PyObject {
  if (op.state === AWAITABLE_CLOSED) throw runtimeError("cannot reuse already awaited __anext__()/asend()");
  return closingOnError(op, () => unwrapStep(op.gen, () => genThrow(op.gen, throwArgs(args, "throw"))));
}

const athrowReused = "cannot reuse already awaited aclose()/athrow()";

function athrowSend(op: AsyncGenAThrow, value: PyObject): PyObject {
  if (op.state === AWAITABLE_CLOSED) throw runtimeError(athrowReused);
  const g = op.gen;
  if (g.frame.finished) {
    op.state = AWAITABLE_CLOSED;
    throw newException(StopIteration_);
  }
  if (op.state === AWAITABLE_INIT) {
    if (g.asyncRunning) {
      op.state = AWAITABLE_CLOSED;
      const who = op.args === null ? "aclose" : "athrow";
      throw runtimeError(`${who}(): asynchronous generator is already running`);
    }
    if (g.asyncClosed) {
      op.state = AWAITABLE_CLOSED;
      throw newException(exceptionType("StopAsyncIteration"));
    }
    if (value !== None) throw runtimeError("can't send non-None value to a just-started coroutine");
    op.state = AWAITABLE_ITER;
    g.asyncRunning = true;
    if (op.args === null) {
      g.asyncClosed = true;
      return acloseStep(op, () => genThrow(g, newException(exceptionType("GeneratorExit")), false));
    }
    const exc = throwArgs(op.args, "athrow");
    return athrowStep(op, () => unwrapStep(g, () => genThrow(g, exc, false)));
  }
  if (op.args === null) return acloseStep(op, () => resume(g, value, null));
  return athrowStep(op, () => unwrapStep(g, () => resume(g, value, null)));
}

/** athrow()'s step: its errors close the awaitable. */
function athrowStep(op: AsyncGenAThrow, step: () => PyObject): PyObject {
  try {
    return step();
  } catch (e) {
    op.gen.asyncRunning = false;
    op.state = AWAITABLE_CLOSED;
    throw e;
  }
}

/** aclose()'s step: the generator yielding means it ignored GeneratorExit; its end, or
 * GeneratorExit out of it, is the awaitable's end. Values it awaits pass through. */
function acloseStep(op: AsyncGenAThrow, step: () => SendResult): PyObject {
  const g = op.gen;
  let r: SendResult;
  try {
    r = step();
  } catch (e) {
    g.asyncRunning = false;
    op.state = AWAITABLE_CLOSED;
    if (isException(e) && (isStopAsync(e) || isGeneratorExit(e))) throw newException(StopIteration_);
    throw e;
  }
  if (r.done) {
    g.asyncRunning = false;
    op.state = AWAITABLE_CLOSED;
    throw newException(StopIteration_);
  }
  if (r.value instanceof AsyncGenWrapped) {
    g.asyncRunning = false;
    op.state = AWAITABLE_CLOSED;
    throw runtimeError("async generator ignored GeneratorExit");
  }
  return r.value;
}

function athrowThrow(op: AsyncGenAThrow, args: PyObject[]): PyObject {
  if (op.state === AWAITABLE_CLOSED) throw runtimeError(athrowReused);
  const g = op.gen;
  const exc = throwArgs(args, "throw");
  if (op.args !== null) return unwrapStep(g, () => genThrow(g, exc));
  let r: SendResult;
  try {
    r = genThrow(g, exc);
  } catch (e) {
    if (isException(e) && (isStopAsync(e) || isGeneratorExit(e))) throw newException(StopIteration_);
    throw e;
  }
  if (r.done) throw newException(StopIteration_);
  if (r.value instanceof AsyncGenWrapped) {
    g.asyncRunning = false;
    op.state = AWAITABLE_CLOSED;
    throw runtimeError("async generator ignored GeneratorExit");
  }
  return r.value;
}

function closeAwaitable(op: { state: number }): PyObject {
  op.state = AWAITABLE_CLOSED;
  return None;
}

defineMethods(asyncGenASendType, {
  __iter__: (self) => self,
  __await__: (self) => self,
  __next__: (self) => asendSend(self as AsyncGenASend, None),
  send: (self, args) => asendSend(self as AsyncGenASend, args[0] ?? None),
  throw: (self, args) => asendThrow(self as AsyncGenASend, args),
  close: (self) => closeAwaitable(self as AsyncGenASend),
});

defineMethods(asyncGenAThrowType, {
  __iter__: (self) => self,
  __await__: (self) => self,
  __next__: (self) => athrowSend(self as AsyncGenAThrow, None),
  send: (self, args) => athrowSend(self as AsyncGenAThrow, args[0] ?? None),
  throw: (self, args) => athrowThrow(self as AsyncGenAThrow, args),
  close: (self) => closeAwaitable(self as AsyncGenAThrow),
});

/** sys.set_asyncgen_hooks: called with an async generator when it is first iterated
 * (asyncio tracks its generators so as to close them at shutdown), and its finaliser. */
export const asyncGenHooks: { firstiter: PyObject; finalizer: PyObject } = {
  firstiter: None,
  finalizer: None,
};

/** The async generator of an asend/athrow/aclose, with the firstiter hook run on first use. */
function agenFor(self: PyObject): PyGenerator {
  const g = asGen(self, asyncGeneratorType);
  if (!g.hooksInited) {
    g.hooksInited = true;
    if (asyncGenHooks.finalizer !== None) g.asyncFinalizer = asyncGenHooks.finalizer;
    if (asyncGenHooks.firstiter !== None) call(asyncGenHooks.firstiter, [g], null);
  }
  return g;
}

defineClassGetItem(asyncGeneratorType);
defineMethods(asyncGeneratorType, {
  __aiter__: (self) => self,
  __anext__: (self) => new AsyncGenASend(agenFor(self), None),
  asend: (self, args) => new AsyncGenASend(agenFor(self), args[0] ?? None),
  athrow: (self, args) => new AsyncGenAThrow(agenFor(self), args),
  aclose: (self) => new AsyncGenAThrow(agenFor(self), null),
  __repr__: (self) =>
    strFromJS(`<async_generator object ${(self as PyGenerator).qualname} at ${addressOf(self)}>`),
});

void isGenLike;
