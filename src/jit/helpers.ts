// What generated code calls: the runtime's operations, gathered in one object that the code
// factory receives as a value (generated code names nothing by text but its own locals).
// Each helper is the interpreter's definition of the operation (src/objects/abstract.ts,
// src/vm/ops.ts), so compiled and interpreted code cannot disagree on a slow path.

import {
  bytearrayType,
  bytesType,
  dictType,
  floatType,
  frozensetType,
  setType,
  listType,
  moduleType,
  None,
  NotImplemented,
  strType,
  tupleType,
} from "../objects/bootstrap.js";
import {
  binaryOp,
  binaryOpReflected,
  contains,
  delAttr,
  delItem,
  getAttr,
  getItem,
  getIter,
  inplaceOp,
  isInstance,
  isSubclass,
  isTrue,
  pythonId,
  iterNext,
  richCompare,
  setItem,
  unaryOp,
} from "../objects/abstract.js";
import { getAttrOpt } from "../objects/attributes.js";
import type { PyByteArray, PyBytes } from "../objects/bytes.js";
import type { PySet } from "../objects/set.js";
import { call } from "../objects/call.js";
import { PyDict } from "../objects/dict.js";
import { exceptionType, indexError, newException, PyBaseException } from "../objects/exceptions.js";
import { intFromStringOrError } from "../objects/int.js";
import { floatPowPlain, PyFloat } from "../objects/float.js";
import {
  checkCallSelf,
  PyFunction,
  PyMethod,
  PyMethodDescriptor,
  type KwNames,
} from "../objects/function.js";
import { listGetItem, listSetItem, ListIterator, PyList } from "../objects/list.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { newRange, RangeIterator } from "../objects/range.js";
import { exactContains, exactIter } from "../objects/exact_containers.js";
import { SeqIterator } from "../objects/iterators.js";
import { PySlice } from "../objects/slice.js";
import { PySuper, superType } from "../objects/descriptors.js";
import { enumerateType, plainSources, PyEnumerate, PyZip } from "../objects/builtin_iterables.js";
import { DictIterator } from "../objects/dict_views.js";
import { PyStrIterator, strGetItem } from "../objects/str_methods.js";
import { superOf } from "../vm/build_class.js";
import { newTuple, PyTuple } from "../objects/tuple.js";
import { initReturned } from "../objects/typeobject.js";
import type { CodeObject } from "../compiler/code.js";
import type { AttrCache, GlobalCache, InlineCache } from "../vm/code_runtime.js";
import type { PyType } from "../objects/type.js";
import {
  callFromJit,
  caught,
  catchInCompiled,
  enterDirect,
  leaveDirect,
  registerArray,
  loadAttr,
  loadMethod,
  raiseFromDirect,
  resumeDirect,
  storeAttr,
} from "../vm/interpreter.js";
import { functionBuiltins, PyCell, type Frame, type Reg } from "../vm/frame.js";
import { runtimeFactories } from "../vm/factories.js";
import { shadowFrameOf } from "../vm/shadow_frames.js";
import {
  collectRequests,
  jitSettings,
  jitStack,
  jitState,
  RAISED,
  RETRY_IN_INTERPRETER,
  takeRaised,
  type JitCodeState,
} from "../vm/jit_hooks.js";
import * as ops from "../vm/ops.js";
import * as generatorHooks from "../vm/generator.js";
import { recordDeopt } from "./policy.js";

/** A call from compiled code (CALL / CALL_METHOD without self); the generated code has
 * checked for a pending interrupt. */
function callAny(fn: PyObject, args: Reg[], kwnames: KwNames): PyObject | typeof RAISED {
  if (fn === collectRequests.gcCollect && kwnames === null) throw RETRY_IN_INTERPRETER;
  if (fn instanceof PyFunction) return callFromJit(fn, args, kwnames);
  if (fn instanceof PyMethod && fn.func instanceof PyFunction) {
    return callFromJit(fn.func, withFirst(fn.self, args), kwnames);
  }
  return call(fn, args as PyObject[], kwnames);
}

type Caches = (InlineCache | undefined)[];

/** The instance dict of `o` when the site's cache entry is of `kind` for `o`'s type as it is
 * now, as the inline code of a speculated attribute site checks; null otherwise. */
function cachedInstanceDict(
  o: PyObject,
  caches: Caches,
  pc: number,
  kind: number,
): Record<string, PyObject> | null {
  const e = caches[pc] as AttrCache | undefined;
  if (
    e === undefined ||
    e.kind !== kind ||
    typeof o !== "object" ||
    e.type !== o.type ||
    e.version !== o.type.version
  )
    return null;
  const d = (o as { dict?: unknown }).dict;
  return d != null && !(d instanceof Map) ? (d as Record<string, PyObject>) : null;
}

/** LOAD_ATTR in a cold block of long code (codegen.ts, coldInstruction): an instance
 * attribute through the site's cache entry, else the general case. */
function loadAttrCold(o: PyObject, name: string, caches: Caches, pc: number): PyObject {
  return attrFromCache(o, name, caches, pc) ?? loadAttr(o, name, caches, pc);
}

// Sites that had not run when their code was compiled (a loop's exit, compiled by on-stack
// replacement in the first call) read the interpreter's cache entry through one helper: an
// inline check would take one path while the entry is missing and another once it is
// filled, and V8 deoptimises the whole function at the first run of each (no feedback).

/** LOAD_GLOBAL through the site's cache entry, else the general case (which fills it). */
function loadGlobalCached(g: PyDict, b: PyDict, name: string, caches: Caches, pc: number): PyObject {
  const e = caches[pc] as GlobalCache | undefined;
  return e !== undefined && e.globalsLayout === g.layout && e.builtinsLayout === b.layout
    ? e.entry.value
    : ops.loadGlobalIn(g, b, name, caches, pc);
}

interface BoundByDescrGet {
  descrGet(o: PyObject, owner: PyType): PyObject;
}

/** LOAD_ATTR through the site's cache entry where that runs no Python code: the value, or
 * undefined for the general path. */
function attrFromCache(o: PyObject, name: string, caches: Caches, pc: number): PyObject | undefined {
  const e = caches[pc] as AttrCache | undefined;
  if (e === undefined || typeof o !== "object" || e.type !== o.type || e.version !== o.type.version)
    return undefined;
  const d = (o as { dict?: unknown }).dict;
  const v = d == null || d instanceof Map ? undefined : (d as Record<string, PyObject>)[name];
  if (e.kind === 2) return v;
  if (v !== undefined) return undefined;
  if (e.kind === 0) return new PyMethod(e.value, o);
  if (e.kind === 4) return (e.value as unknown as BoundByDescrGet).descrGet(o, e.type as PyType);
  return undefined;
}

/** STORE_ATTR into the instance dict the site's cache entry names; false for the general
 * path. */
function storeAttrToCache(o: PyObject, name: string, value: PyObject, caches: Caches, pc: number): boolean {
  const d = cachedInstanceDict(o, caches, pc, 3);
  if (d === null) return false;
  d[name] = value;
  return true;
}

/** A compiled function's return when it has a Frame: the frame popped if the direct entry
 * made it; whether its registers are to be written back (a frame object or a callee's
 * keeps them visible). One call for every kind of caller (codegen.ts, unifiedPrologue). */
function leaveFrame(f: Frame, state: JitCodeState, framed: boolean): boolean {
  if (!framed) leaveDirect(f, state);
  return f.pyFrame !== null || f.pinned;
}

/** The globals of a compiled function's activation: its frame's, or without one its
 * function's. */
function globalsFor(f: Frame | null | undefined, fn: PyFunction): PyDict {
  return f != null ? f.globals : (fn.globals as PyDict);
}

function builtinsFor(f: Frame | null | undefined, fn: PyFunction): PyDict {
  return f != null ? f.builtins : functionBuiltins(fn);
}

/** STORE_ATTR in a cold block, as loadAttrCold. */
function storeAttrCold(o: PyObject, name: string, value: PyObject, caches: Caches, pc: number): void {
  if (!storeAttrToCache(o, name, value, caches, pc)) storeAttr(o, name, value, caches, pc);
}

/** CALL_METHOD with `self` present and a method that is not a Python function (a method
 * descriptor of `self`'s type, or anything LOAD_METHOD's slow path found). */
function callMethodWithSelf(fn: PyObject, self: PyObject, args: Reg[], kwnames: KwNames): PyObject {
  if (fn instanceof PyMethodDescriptor) {
    checkCallSelf(fn, self);
    return fn.call(self, args as PyObject[], kwnames);
  }
  return call(fn, withFirst(self, args) as PyObject[], kwnames);
}

/** `[first, ...args]`: Array#unshift on the exactly-sized arrays that generated code passes
 * goes through V8's runtime to grow them, six times dearer than copying (pickle calls the
 * bound methods it keeps as attributes this way). */
function withFirst(first: PyObject, args: Reg[]): Reg[] {
  const n = args.length;
  const out = new Array<Reg>(n + 1);
  out[0] = first;
  for (let i = 0; i < n; i++) out[i + 1] = args[i];
  return out;
}

/** `len(x)` of the built-in containers that the inline test of compiled code leaves out and
 * whose length is a field (no Python code runs); undefined for anything else. */
function nativeLen(x: PyObject): number | undefined {
  if (typeof x !== "object") return undefined;
  const t = x.type;
  if (t === bytesType) return (x as PyBytes).data.length;
  if (t === bytearrayType) return (x as PyByteArray).length;
  if (t === setType || t === frozensetType) return (x as PySet).used;
  return undefined;
}

// The built-ins below are called with their arguments as they are, without the argument
// list and the checks of a general call; undefined when an argument is not what the
// shortcut handles (then the general call runs, and reports any error).

/** `getattr(o, name)`, and `getattr(o, name, dflt)` when `dflt` is given. */
function getattrBuiltin(o: PyObject, name: PyObject, dflt: PyObject | undefined): PyObject | undefined {
  if (typeof name !== "string") return undefined;
  if (dflt === undefined) return getAttr(o, name);
  return getAttrOpt(o, name) ?? dflt;
}

function hasattrBuiltin(o: PyObject, name: PyObject): boolean | undefined {
  return typeof name !== "string" ? undefined : getAttrOpt(o, name) !== undefined;
}

let stressState = 0x2545f491;
/** Deterministic pseudo-random guard failures for the deopt-stress mode (xorshift32). */
function stress(): boolean {
  let x = stressState;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  stressState = x;
  return (x & 7) === 0;
}

/** A slice bound read without running Python code: an int that fits a JS number, or None
 * (a bool, big int or `__index__` object goes the general way). */
function plainBound(v: PyObject): boolean {
  return v === None || typeof v === "number";
}

function plainSlice(s: PySlice): boolean {
  return plainBound(s.start) && plainBound(s.stop) && plainBound(s.step);
}

/** `x[s]` of an exact str, list or tuple by a slice of ints and Nones, else undefined. It runs
 * no Python code, so compiled code calls it without making its frame (the general getItem
 * must have one, in case a `__getitem__` or `__index__` looks at the stack); a zero step
 * raises here as there. */
function plainSliceGet(x: PyObject, s: PySlice): PyObject | undefined {
  if (!plainSlice(s)) return undefined;
  if (typeof x === "string") return strGetItem(x, s);
  if (typeof x !== "object") return undefined;
  if (x.type === listType) return listGetItem(x as PyList, s);
  if (x.type === tupleType) return tupleType.subscript!(x, s);
  return undefined;
}

/** `x[s] = v` for an exact list, a slice of ints and Nones and an exact list or tuple of new
 * items (no Python code runs), done when it returns true. */
function plainSliceSet(x: PyObject, s: PySlice, v: PyObject): boolean {
  if (typeof x !== "object" || x.type !== listType || !plainSlice(s)) return false;
  if (typeof v !== "object" || (v.type !== listType && v.type !== tupleType)) return false;
  listSetItem(x as PyList, s, v);
  return true;
}

export const helpers = {
  newRange,
  plainSliceGet,
  plainSliceSet,
  None,
  NotImplemented,
  moduleType,
  floatType,
  listType,
  tupleType,
  dictType,
  strType,
  PyFloat,
  floatPowPlain,
  PyList,
  PyTuple,
  PyDict,
  PyCell,
  PyMethod,
  PySlice,
  RangeIterator,
  ListIterator,
  binaryOp,
  binaryOpReflected,
  inplaceOp,
  richCompare,
  unaryOp,
  isTrue,
  isInstance,
  isSubclass,
  pythonId,
  nativeLen,
  getattrBuiltin,
  hasattrBuiltin,
  contains,
  exactContains,
  exactIter,
  SeqIterator,
  getAttr,
  delAttr,
  getItem,
  setItem,
  delItem,
  getIter,
  iterNext,
  listGetItem,
  listSetItem,
  newTuple,
  typeOf,
  callAny,
  callMethodWithSelf,
  callFromJit,
  PyFunction,
  call,
  loadAttr,
  loadAttrCold,
  loadGlobalCached,
  leaveFrame,
  globalsFor,
  builtinsFor,
  attrFromCache,
  storeAttrToCache,
  loadMethod,
  storeAttr,
  storeAttrCold,
  PySuper,
  superType,
  superOf,
  PyEnumerate,
  enumerateType,
  /** What a FOR_ITER leaves in its item register when it has already done the
   * UNPACK_SEQUENCE after it (enumerate over a list): never seen outside compiled code. */
  FUSED_PAIR: Object.freeze({ fusedPair: true }),
  PyZip,
  plainSources,
  DictIterator,
  PyStrIterator,
  PyGenerator: generatorHooks.PyGenerator,
  newSet: (items: Reg[]) => runtimeFactories.set(items as PyObject[]),
  setAdd: (s: PyObject, v: PyObject) => runtimeFactories.setAdd(s, v),
  setUpdate: (s: PyObject, v: PyObject) => runtimeFactories.setUpdate(s, v),
  loadName: ops.loadName,
  storeName: ops.storeName,
  deleteName: ops.deleteName,
  loadGlobal: ops.loadGlobal,
  loadGlobalIn: ops.loadGlobalIn,
  enterDirect,
  leaveDirect,
  registerArray,
  shadowFrameOf,
  resumeDirect,
  raiseFromDirect,
  RAISED,
  takeRaised,
  jitStack,
  deleteGlobal: ops.deleteGlobal,
  lookupMapping: ops.lookupMapping,
  unboundLocal: ops.unboundLocal,
  emptyCell: (code: CodeObject, reg: number) => ops.emptyCell(code, reg),
  checkInterrupt: ops.checkInterrupt,
  buildString: ops.buildString,
  formatValue: ops.formatValue,
  listExtend: ops.listExtend,
  dictUpdate: ops.dictUpdate,
  dictMerge: ops.dictMerge,
  unpackSequence: ops.unpackSequence,
  itemsForUnpack: ops.itemsForUnpack,
  unpackEx: ops.unpackEx,
  callEx: ops.callEx,
  makeFunction: ops.makeFunction,
  loadBuildClass: ops.loadBuildClass,
  setupAnnotations: ops.setupAnnotations,
  assertionError: () => exceptionType("AssertionError"),
  /** The exceptions `d[k]` and `seq[i]` raise, made without raising them (see binarySubscr). */
  keyError: (key: PyObject) => newException(exceptionType("KeyError"), key),
  indexError,
  intFromStringOrError,
  raise: ops.raise,
  reraise: ops.reraise,
  catchInCompiled,
  caught,
  checkExcMatch: ops.checkExcMatch,
  checkEgMatch: ops.checkEgMatch,
  prepReraiseStar: ops.prepReraiseStar,
  beforeWith: ops.beforeWith,
  beforeAsyncWith: ops.beforeAsyncWith,
  withExceptStart: (exit: PyObject, e: PyObject) =>
    call(exit, [typeOf(e), e, (e as PyBaseException).traceback ?? None], null),
  importName: ops.importName,
  importFrom: ops.importFrom,
  importStar: ops.importStar,
  printExpr: ops.printExpr,
  getLen: ops.getLen,
  matchMapping: ops.matchMapping,
  matchSequence: ops.matchSequence,
  matchKeys: ops.matchKeys,
  matchClass: ops.matchClass,
  copyDictWithoutKeys: ops.copyDictWithoutKeys,
  stress,
  yieldFromIter: generatorHooks.yieldFromIter,
  send: generatorHooks.send,
  getAwaitable: generatorHooks.getAwaitable,
  getAIter: generatorHooks.getAIter,
  getANext: generatorHooks.getANext,
  isStopAsyncIteration: generatorHooks.isStopAsyncIteration,
  /** Marks the value compiled code returns as yielded (the generator's frame suspended). */
  yielded(): void {
    jitState.yielded = true;
  },
  initReturned,
  /** Records the exception an instruction raised, for the interpreter to raise again. */
  pending(e: unknown): void {
    jitState.pending = e;
  },
  deopt(frame: Frame, state: JitCodeState, pc: number, reason: string): void {
    recordDeopt(frame, state, pc, reason);
  },
  settings: jitSettings,
};

export type Helpers = typeof helpers;
