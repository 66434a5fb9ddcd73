// The slower halves of the instructions: everything the loop in interpreter.ts does not
// inline. Each function is the one definition of its instruction's general case.

import { COLLECTION_FLAGS, MAPPING_FLAG, SEQUENCE_FLAG } from "../objects/collection_flags.js";
import type { CodeObject } from "../compiler/code.js";
import { MF_ANNOTATIONS, MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS } from "../compiler/opcodes.js";
import {
  None,
  tupleType,
  dictType,
  listType,
  strType,
  bytesType,
  bytearrayType,
  floatType,
  frozensetType,
  setType,
} from "../objects/bootstrap.js";
import { ANY_PENDING, markPending, takePending } from "../host/signal_words.js";
import { tracing } from "./tracing.js";
import { call, callWithSelf } from "../objects/call.js";
import { descrGet } from "../objects/attributes.js";
import { MappingBuiltins, PyDict, isDict, isPlainDict } from "../objects/dict.js";
import {
  exceptionType,
  isException,
  KeyError_,
  NameError_,
  newException,
  PyBaseException,
  runtimeError,
  systemError,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import { builtinFunction, PyFunction } from "../objects/function.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { typeName } from "../objects/names.js";
import { PyType } from "../objects/type.js";
import {
  callMethod,
  getAttr,
  getAttrOpt,
  getItem,
  getIter,
  isCallable,
  isInstance,
  isSubclass,
  iterNext,
  len,
  eq,
  reprJS,
  setItem,
  strJS,
  toArray,
} from "../objects/abstract.js";
import { listExtend as extendList, PyList } from "../objects/list.js";
import { newTuple, PyTuple, tupleFromIterable } from "../objects/tuple.js";
import { jsString, strConcat, textOf, isStr, type Text } from "../objects/str.js";
import { formatValue as formatFString } from "../objects/str_format.js";
import type { GlobalCache } from "./code_runtime.js";
import { builtinsFromGlobals, type Frame, type PyCell, type Reg } from "./frame.js";
import { vm } from "./state.js";
import {
  importName as importNameImpl,
  importFrom as importFromImpl,
  importStar as importStarImpl,
} from "./import.js";
import { buildClassHook } from "./build_class.js";

// ---- names ----

export function nameError(name: string): PyBaseException {
  const e = newException(NameError_, `name '${name}' is not defined`);
  e.setField("name", name);
  return e;
}

export function unboundLocal(name: string): PyBaseException {
  const e = newException(
    exceptionType("UnboundLocalError"),
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
  // CPython 3.11 sets `name` (and so offers suggestions) only on NameError itself.
  return e;
}

export function emptyCell(code: CodeObject, reg: number): PyBaseException {
  const name = code.variableName(reg) ?? "?";
  if (reg < code.freeBase) return unboundLocal(name);
  const e = newException(
    NameError_,
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
  );
  e.setField("name", name);
  return e;
}

/** mapping[name] for a locals mapping, undefined when absent. */
export function lookupMapping(m: PyObject, name: string): PyObject | undefined {
  if (m instanceof PyDict && m.type === dictType) return m.getStr(name);
  try {
    return getItem(m, name);
  } catch (e) {
    if (isException(e) && e.type.isSubtypeOf(KeyError_)) return undefined;
    throw e;
  }
}

export function loadName(frame: Frame, name: string): PyObject {
  const locals = frame.locals;
  if (locals === null) throw systemError(`no locals when loading '${name}'`);
  let v = lookupMapping(locals, name);
  if (v !== undefined) return v;
  // The globals as a dict even when a subclass (CPython's PyDict_GetItemWithError).
  v = frame.globals.getStr(name);
  if (v !== undefined) return v;
  v = lookupBuiltin(frame.builtins, name);
  if (v !== undefined) return v;
  throw nameError(name);
}

/** builtins[name], undefined when absent; builtins that are not a dict are asked by
 * `mapping[name]`, whose errors other than KeyError propagate. */
function lookupBuiltin(b: PyDict, name: string): PyObject | undefined {
  return b instanceof MappingBuiltins ? lookupMapping(b.mapping, name) : b.getStr(name);
}

export function storeName(frame: Frame, name: string, v: PyObject): void {
  const locals = frame.locals;
  if (locals === null) throw systemError(`no locals found when storing '${name}'`);
  if (locals instanceof PyDict && locals.type === dictType) locals.setStr(name, v);
  else setItem(locals, name, v);
}

export function deleteName(frame: Frame, name: string): void {
  const locals = frame.locals;
  if (locals === null) throw systemError(`no locals when deleting '${name}'`);
  if (locals instanceof PyDict && locals.type === dictType) {
    if (!locals.delete(name)) throw nameError(name);
    return;
  }
  try {
    callMethod(locals, "__delitem__", [name]);
  } catch (e) {
    if (isException(e) && e.type.isSubtypeOf(KeyError_)) throw nameError(name);
    throw e;
  }
}

export function loadGlobal(frame: Frame, name: string, caches: unknown[], pc: number): PyObject {
  return loadGlobalIn(frame.globals, frame.builtins, name, caches, pc);
}

/** LOAD_GLOBAL's slow path given the two dictionaries (for code that has no Frame yet). */
export function loadGlobalIn(g: PyDict, b: PyDict, name: string, caches: unknown[], pc: number): PyObject {
  if (g.type !== dictType || b instanceof MappingBuiltins) return loadGlobalFromMappings(g, b, name);
  const entry = g.entryStr(name) ?? b.entryStr(name);
  if (entry === undefined) throw nameError(name);
  const cache: GlobalCache = { globalsLayout: g.layout, builtinsLayout: b.layout, entry };
  caches[pc] = cache;
  return entry.value;
}

/** LOAD_GLOBAL when the globals or the builtins are not exactly dicts: each is asked by
 * `mapping[name]` (a subclass's __getitem__ runs), and nothing is cached. */
function loadGlobalFromMappings(g: PyDict, b: PyDict, name: string): PyObject {
  const v = lookupMapping(g, name) ?? lookupBuiltin(b, name);
  if (v === undefined) throw nameError(name);
  return v;
}

export function deleteGlobal(frame: Frame, name: string): void {
  if (!frame.globals.delete(name)) throw nameError(name);
}

// ---- misc ----

export function is(a: PyObject, b: PyObject): boolean {
  return a === b;
}

/** Runs the handlers of the signals that arrived (CPython's PyErr_CheckSignals). A handler
 * that raises leaves the signals after it pending for the next check. */
/** Runs the Python handlers of pending signals. Returns whether a trace or profile function
 * is set, which compiled code checks here to hand its frame to the interpreter (tracing.ts
 * keeps the flag word set meanwhile, so every compiled frame comes here). */
export function checkInterrupt(): boolean {
  const pending = takePending(vm.signals);
  for (let i = 0; i < pending.length; i++) {
    try {
      vm.runSignalHandler(pending[i]!);
    } catch (e) {
      for (let j = i + 1; j < pending.length; j++) markPending(vm.signals, pending[j]!);
      throw e;
    }
  }
  if (tracing.traceFunc === null && tracing.profileFunc === null) return false;
  Atomics.store(vm.signals, ANY_PENDING, 1);
  return true;
}

const SIGINT = 2;

/** What SIGINT does before the signal module is imported (it then installs its own). */
export function defaultSignalHandler(signum: number): void {
  if (signum === SIGINT) throw newException(exceptionType("KeyboardInterrupt"));
}

export function badOpcode(op: number): PyBaseException {
  return systemError(`unknown opcode ${op}`);
}

export function buildString(regs: Reg[], b: number, c: number): PyObject {
  let allJS = true;
  for (let i = 0; i < c; i++) if (typeof regs[b + i] !== "string") allJS = false;
  if (allJS) {
    let s = "";
    for (let i = 0; i < c; i++) s += regs[b + i] as string;
    return s;
  }
  const parts: Text[] = [];
  for (let i = 0; i < c; i++) parts.push(textOf(regs[b + i] as never));
  return strConcat(parts);
}

export function formatValue(value: PyObject, flags: number, spec: Reg): PyObject {
  const conv = flags & 3;
  const conversion = conv === 0 ? null : conv === 1 ? "s" : conv === 2 ? "r" : "a";
  return formatFString(value, conversion, (flags & 4) !== 0 ? spec! : "");
}

// ---- containers ----

/** LIST_EXTEND (`[*a]`, `(*a,)`): list.extend with the unpacking's own message. */
export function listExtend(list: PyList, iterable: PyObject): void {
  if (!(iterable instanceof PyList || iterable instanceof PyTuple)) {
    const t = typeOf(iterable);
    if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
      throw typeError(`Value after * must be an iterable, not ${t.name}`);
    }
  }
  extendList(list, iterable);
}

function keysOf(m: PyObject): PyObject[] {
  return toArray(callMethod(m, "keys", []));
}

// `{**m}` and `f(**m)` read a dict's entries directly only when its iteration is dict's
// own (dict_merge); other dict subclasses (OrderedDict) go through keys() and `m[k]`.

export function dictUpdate(d: PyDict, m: PyObject): void {
  if (isPlainDict(m)) {
    m.forEach((k, v) => d.set(k, v));
    return;
  }
  if (getAttrOpt(m, "keys") === undefined) throw typeError(`'${typeName(m)}' object is not a mapping`);
  for (const k of keysOf(m)) d.set(k, getItem(m, k));
}

/** _PyObject_FunctionStr: how CPython names a callable in argument errors
 * ("mod.qualname()", or plain str(f) when f has no __qualname__, e.g. "None"). */
function funcDescription(f: PyObject): string {
  const qual = getAttrOpt(f, "__qualname__");
  if (qual === undefined) return strJS(f);
  const mod = getAttrOpt(f, "__module__");
  if (mod !== undefined && mod !== None && !(isStr(mod) && jsString(mod) === "builtins"))
    return `${strJS(mod)}.${strJS(qual)}()`;
  return `${strJS(qual)}()`;
}

export function dictMerge(d: PyDict, m: PyObject, callee: PyObject): void {
  let pairs: [PyObject, PyObject][];
  if (isPlainDict(m)) {
    pairs = [];
    m.forEach((k, v) => pairs.push([k, v]));
  } else {
    if (getAttrOpt(m, "keys") === undefined) {
      throw typeError(`${funcDescription(callee)} argument after ** must be a mapping, not ${typeName(m)}`);
    }
    pairs = keysOf(m).map((k) => [k, getItem(m, k)]);
  }
  for (const [k, v] of pairs) {
    // Non-str keys fail at the call ("keywords must be strings"), as CPython's DICT_MERGE.
    if (d.has(k)) {
      throw typeError(`${funcDescription(callee)} got multiple values for keyword argument '${strJS(k)}'`);
    }
    d.set(k, v);
  }
}

/** The items that unpacking `v` yields, read directly: a list's or tuple's, also a
 * subclass's that iterates as its base does (namedtuples are unpacked all the time). */
export function itemsForUnpack(v: PyObject): PyObject[] | null {
  if (v instanceof PyTuple) return v.type === tupleType || iteratesAs(v.type, tupleType) ? v.items : null;
  if (v instanceof PyList) return v.type === listType || iteratesAs(v.type, listType) ? v.items : null;
  return null;
}

function iteratesAs(t: PyType, base: PyType): boolean {
  return t.lookup("__iter__") === base.dict.get("__iter__");
}

function notIterable(v: PyObject): PyBaseException {
  return typeError(`cannot unpack non-iterable ${typeName(v)} object`);
}

function iterForUnpack(v: PyObject): PyObject {
  const t = typeOf(v);
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) throw notIterable(v);
  return getIter(v);
}

export function unpackSequence(regs: Reg[], a: number, v: PyObject, n: number): void {
  const items = itemsForUnpack(v);
  if (items !== null) {
    if (items.length === n) {
      for (let i = 0; i < n; i++) regs[a + i] = items[i];
      return;
    }
    if (items.length < n)
      throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
    throw valueError(`too many values to unpack (expected ${n})`);
  }
  const it = iterForUnpack(v);
  for (let i = 0; i < n; i++) {
    const x = iterNext(it);
    if (x === undefined) throw valueError(`not enough values to unpack (expected ${n}, got ${i})`);
    regs[a + i] = x;
  }
  if (iterNext(it) !== undefined) throw valueError(`too many values to unpack (expected ${n})`);
}

export function unpackEx(regs: Reg[], a: number, v: PyObject, c: number): void {
  const before = c & 0xff;
  const after = c >> 8;
  const items = itemsForUnpack(v) ?? toArray(iterForUnpack(v));
  if (items.length < before + after) {
    throw valueError(
      `not enough values to unpack (expected at least ${before + after}, got ${items.length})`,
    );
  }
  for (let i = 0; i < before; i++) regs[a + i] = items[i];
  regs[a + before] = new PyList(items.slice(before, items.length - after));
  for (let i = 0; i < after; i++) regs[a + before + 1 + i] = items[items.length - after + i];
}

// ---- calls and functions ----

export function callEx(f: PyObject, args: PyObject, kwargs: PyObject | null): PyObject {
  let positional: PyObject[];
  if (args instanceof PyTuple && args.type === tupleType) positional = args.items;
  else {
    const t = typeOf(args);
    if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
      throw typeError(`${funcDescription(f)} argument after * must be an iterable, not ${t.name}`);
    }
    positional = tupleFromIterable(args).items;
  }
  if (kwargs === null || (kwargs instanceof PyDict && kwargs.size === 0))
    return call(f, positional.slice(), null);
  const names: string[] = [];
  const all = positional.slice();
  if (!(kwargs instanceof PyDict)) {
    const d = new PyDict();
    dictMerge(d, kwargs, f);
    kwargs = d;
  }
  (kwargs as PyDict).forEach((k, v) => {
    if (!isStr(k)) {
      // CPython's PyObject_Call reports a non-callable callee before looking at the keywords.
      if (!isCallable(f)) throw typeError(`'${typeName(f)}' object is not callable`);
      throw typeError("keywords must be strings");
    }
    names.push(jsString(k));
    all.push(v);
  });
  return call(f, all, names);
}

export function makeFunction(frame: Frame, regs: Reg[], b: number, flags: number): PyFunction {
  const code = regs[b] as unknown as CodeObject;
  let r = b + 1;
  const defaults = (flags & MF_DEFAULTS) !== 0 ? (regs[r++] as PyTuple) : null;
  const kwdefaults = (flags & MF_KWDEFAULTS) !== 0 ? regs[r++]! : null;
  const annotations = (flags & MF_ANNOTATIONS) !== 0 ? (regs[r++] as PyTuple) : null;
  const closure = (flags & MF_CLOSURE) !== 0 ? (regs[r++] as PyTuple).items : null;
  const f = new PyFunction(code, frame.globals, code.co_name, code.co_qualname, closure);
  f.builtins = builtinsFromGlobals(frame.globals, frame.builtins);
  if (defaults !== null) f.defaults = defaults.items;
  if (kwdefaults !== null) f.kwdefaults = kwdefaults;
  if (annotations !== null) {
    const d = new PyDict();
    const items = annotations.items;
    for (let i = 0; i + 1 < items.length; i += 2) d.set(items[i]!, items[i + 1]!);
    f.annotations = d;
  }
  const doc = code.co_consts.length > 0 ? code.co_consts[0] : null;
  f.doc = typeof doc === "string" ? doc : None;
  f.module = frame.globals.getStr("__name__") ?? None;
  return f;
}

export function loadBuildClass(frame: Frame): PyObject {
  const v = lookupBuiltin(frame.builtins, "__build_class__");
  if (v === undefined) throw newException(NameError_, "__build_class__ not found");
  return v;
}

export function setupAnnotations(frame: Frame): void {
  const locals = frame.locals!;
  if (locals instanceof PyDict) {
    if (locals.getStr("__annotations__") === undefined) locals.setStr("__annotations__", new PyDict());
    return;
  }
  if (lookupMapping(locals, "__annotations__") === undefined)
    setItem(locals, "__annotations__", new PyDict());
}

void buildClassHook;

// ---- exceptions ----

let pendingReraise: PyObject | null = null;

/** Marks `e` as re-raised: the unwinder adds no traceback entry for the current frame. */
export function reraise(e: PyObject): PyObject {
  pendingReraise = e;
  return e;
}

export function takeReraise(e: PyObject): boolean {
  const r = pendingReraise === e;
  pendingReraise = null;
  return r;
}

/** Sets `__context__` of a newly raised exception to the one being handled, breaking
 * cycles as CPython's _PyErr_SetObject does. */
export function chainContext(exc: PyBaseException, handled = vm.handledException()): void {
  if (handled === null || handled === exc || !(handled instanceof PyBaseException)) return;
  // A chain that already has a cycle (`ex.__context__ = ex`) is detected with Floyd's
  // tortoise and hare, as CPython does (bpo-25782), instead of walked forever.
  let o: PyBaseException = handled;
  let slow: PyBaseException = handled;
  let toggle = false;
  for (;;) {
    const ctx = o.context;
    if (ctx === null || !(ctx instanceof PyBaseException)) break;
    if (ctx === exc) {
      o.context = null;
      break;
    }
    o = ctx;
    if (o === slow) break;
    if (toggle) slow = slow.context as PyBaseException;
    toggle = !toggle;
  }
  exc.context = handled;
}

function instantiate(v: PyObject): PyBaseException {
  if (v instanceof PyType) {
    if (!v.isSubtypeOf(exceptionType("BaseException"))) {
      throw typeError("exceptions must derive from BaseException");
    }
    const e = call(v, [], null);
    if (!(e instanceof PyBaseException)) {
      throw typeError(
        `calling ${reprType(v)} should have returned an instance of BaseException, not ${typeName(e)}`,
      );
    }
    return e;
  }
  if (v instanceof PyBaseException) return v;
  throw typeError("exceptions must derive from BaseException");
}

function reprType(t: PyType): string {
  return `<class '${t.name}'>`;
}

export function raise(c: number, exc: Reg, cause: Reg): PyObject {
  if (c === 0) {
    const e = vm.handledException();
    if (e === null || e === None) throw runtimeError("No active exception to reraise");
    return reraise(e);
  }
  const e = instantiate(exc!);
  if (c === 2) {
    let causeValue: PyObject | null;
    if (cause === None) causeValue = null;
    else if (cause instanceof PyType) {
      if (!cause.isSubtypeOf(exceptionType("BaseException"))) {
        throw typeError("exception causes must derive from BaseException");
      }
      causeValue = call(cause, [], null);
    } else if (cause instanceof PyBaseException) causeValue = cause;
    else throw typeError("exception causes must derive from BaseException");
    e.cause = causeValue;
    e.suppressContext = true;
  }
  // a raise statement sets __context__ afresh, whatever the exception went through before
  if (e instanceof PyBaseException) e.propagating = false;
  return e;
}

function checkCatchable(t: PyObject): void {
  const bad = (x: PyObject) => !(x instanceof PyType && x.isSubtypeOf(exceptionType("BaseException")));
  if (t instanceof PyTuple ? t.items.some(bad) : bad(t)) {
    throw typeError("catching classes that do not inherit from BaseException is not allowed");
  }
}

export function checkExcMatch(exc: PyObject, t: PyObject): boolean {
  checkCatchable(t);
  return isInstance(exc, t);
}

export function checkEgMatch(regs: Reg[], a: number, exc: PyObject, t: PyObject): void {
  checkCatchable(t);
  const group = exceptionType("BaseExceptionGroup");
  const isGroupType = (x: PyObject) => x instanceof PyType && x.isSubtypeOf(group);
  if (t instanceof PyTuple ? t.items.some(isGroupType) : isGroupType(t)) {
    throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
  if (isInstance(exc, t)) {
    // A naked exception matching: wrapped in an ExceptionGroup("", (exc,)), which in
    // CPython 3.11 has no traceback, cause or context of its own.
    let matched: PyObject = exc;
    if (!isInstance(exc, group)) {
      matched = call(exceptionType("ExceptionGroup"), ["", new PyTuple([exc])], null);
    }
    regs[a] = None;
    regs[a + 1] = matched;
    vm.excInfo = matched;
    return;
  }
  if (!isInstance(exc, group)) {
    regs[a] = exc;
    regs[a + 1] = None;
    return;
  }
  const pair = callMethod(exc, "split", [t]) as PyTuple;
  const [match, rest] = pair.items as [PyObject, PyObject];
  if (match === None) {
    regs[a] = exc;
    regs[a + 1] = None;
    return;
  }
  regs[a] = rest;
  regs[a + 1] = match;
  vm.excInfo = match;
}

/** Leaf exceptions of an exception (group), by identity. */
function leaves(e: PyObject, out: Set<PyObject>): void {
  if (e instanceof PyBaseException && isInstance(e, exceptionType("BaseExceptionGroup"))) {
    const excs = getAttr(e, "exceptions") as PyTuple;
    for (const x of excs.items) leaves(x, out);
  } else out.add(e);
}

export function prepReraiseStar(orig: PyObject, excs: PyObject): PyObject {
  const list = (excs as PyList).items.filter((x) => x !== None);
  if (list.length === 0) return None;
  if (!(orig instanceof PyBaseException) || !isInstance(orig, exceptionType("BaseExceptionGroup"))) {
    // A naked exception: at most one exception was raised or re-raised.
    return list[0]!;
  }
  const origLeaves = new Set<PyObject>();
  leaves(orig, origLeaves);
  const raised: PyObject[] = [];
  const reraisedLeaves = new Set<PyObject>();
  for (const e of list) {
    const ls = new Set<PyObject>();
    leaves(e, ls);
    if ([...ls].every((x) => origLeaves.has(x))) for (const x of ls) reraisedLeaves.add(x);
    else raised.push(e);
  }
  let reraisedGroup: PyObject = None;
  if (reraisedLeaves.size > 0) {
    const sub = callMethod(orig, "split", [
      builtinFunction("_reraised", (args) => reraisedLeaves.has(args[0]!), null),
    ]) as PyTuple;
    reraisedGroup = sub.items[0]!;
  }
  const all = [...raised];
  if (reraisedGroup !== None) all.push(reraisedGroup);
  if (all.length === 1) return all[0]!;
  return call(exceptionType("ExceptionGroup"), ["", new PyList(all)], null);
}

// ---- with ----

function lookupSpecial(o: PyObject, name: string): PyObject | undefined {
  return typeOf(o).lookup(name);
}

export function beforeWith(regs: Reg[], a: number, mgr: PyObject): void {
  const enter = lookupSpecial(mgr, "__enter__");
  const exit = lookupSpecial(mgr, "__exit__");
  if (enter === undefined || exit === undefined) {
    throw typeError(
      `'${typeName(mgr)}' object does not support the context manager protocol${enter !== undefined ? " (missed __exit__ method)" : ""}`,
    );
  }
  regs[a] = bindSpecial(exit, mgr);
  regs[a + 1] = callWithSelf(enter, mgr, [], null);
}

export function beforeAsyncWith(regs: Reg[], a: number, mgr: PyObject): void {
  const enter = lookupSpecial(mgr, "__aenter__");
  const exit = lookupSpecial(mgr, "__aexit__");
  if (enter === undefined || exit === undefined) {
    throw typeError(
      `'${typeName(mgr)}' object does not support the asynchronous context manager protocol${enter !== undefined ? " (missed __aexit__ method)" : ""}`,
    );
  }
  regs[a] = bindSpecial(exit, mgr);
  regs[a + 1] = callWithSelf(enter, mgr, [], null);
}

/** _PyObject_LookupSpecial's binding: a Python method (the usual `__exit__`) bound
 * without calling function.__get__ through the general path. */
function bindSpecial(f: PyObject, self: PyObject): PyObject {
  return descrGet(f, self, typeOf(self));
}

// ---- imports ----

export function importName(frame: Frame, name: string, fromlist: PyObject, level: PyObject): PyObject {
  return importNameImpl(frame, name, fromlist, level);
}

export function importFrom(module: PyObject, name: string): PyObject {
  return importFromImpl(module, name);
}

export function importStar(frame: Frame, module: PyObject): void {
  importStarImpl(frame, module);
}

// ---- interactive ----

export function printExpr(v: PyObject): void {
  const hook = vm.sys === null ? undefined : getAttrOpt(vm.sys, "displayhook");
  if (hook === undefined) throw runtimeError("lost sys.displayhook");
  call(hook, [v], null);
}

// ---- pattern matching ----

export function getLen(v: PyObject): PyObject {
  return len(v);
}

export function matchMapping(v: PyObject): boolean {
  if (v instanceof PyDict && v.type === dictType) return true;
  return collectionFlag(typeOf(v)) === MAPPING_FLAG;
}

export function matchSequence(v: PyObject): boolean {
  if ((v instanceof PyList && v.type === listType) || (v instanceof PyTuple && v.type === tupleType))
    return true;
  return collectionFlag(typeOf(v)) === SEQUENCE_FLAG;
}

/** The built-in types that are sequences or mappings to `match` (str, bytes and bytearray
 * are not). */
const NATIVE_COLLECTION_FLAGS = new Map<string, number>([
  ["list", SEQUENCE_FLAG],
  ["tuple", SEQUENCE_FLAG],
  ["range", SEQUENCE_FLAG],
  ["memoryview", SEQUENCE_FLAG],
  ["collections.deque", SEQUENCE_FLAG],
  ["deque", SEQUENCE_FLAG],
  ["array.array", SEQUENCE_FLAG],
  ["dict", MAPPING_FLAG],
  ["mappingproxy", MAPPING_FLAG],
]);

/** A class's Py_TPFLAGS_SEQUENCE or Py_TPFLAGS_MAPPING: that of the first class in its MRO
 * with either, as CPython's types inherit them. A built-in type has its own; a Python class
 * gets one from the _abc module (its __abc_tpflags__, or registering with Sequence or
 * Mapping), which records it as "collectionFlags" (_py_abc leaves __abc_tpflags__ in the
 * class body instead). */
function collectionFlag(t: PyType): number {
  for (const base of t.mro) {
    const f = base.isBuiltin
      ? (NATIVE_COLLECTION_FLAGS.get(base.name) ?? 0)
      : (base.extra["collectionFlags"] ?? base.dict.get("__abc_tpflags__"));
    if (typeof f === "number" && (f & COLLECTION_FLAGS) !== 0) return f & COLLECTION_FLAGS;
  }
  return 0;
}

const MATCH_SELF: (() => PyType)[] = [
  () => typeOf(true),
  () => bytearrayType,
  () => bytesType,
  () => dictType,
  () => floatType,
  () => frozensetType,
  () => typeOf(0),
  () => listType,
  () => setType,
  () => strType,
  () => tupleType,
];

export function matchKeys(subject: PyObject, keys: PyObject): PyObject {
  const ks = (keys as PyTuple).items;
  if (ks.length === 0) return newTuple([]);
  const seen: PyObject[] = [];
  const values: PyObject[] = [];
  const dummy = {};
  for (const k of ks) {
    if (seen.some((s) => s === k || (isInstance(s, typeOf(k)) && callEq(s, k)))) {
      throw valueError(`mapping pattern checks duplicate key (${reprJS(k)})`);
    }
    seen.push(k);
    let v: PyObject | undefined;
    if (subject instanceof PyDict && subject.type === dictType) v = subject.get(k);
    else {
      const r = callMethod(subject, "get", [k, dummy as PyObject]);
      v = r === (dummy as PyObject) ? undefined : r;
    }
    if (v === undefined) return None;
    values.push(v);
  }
  return newTuple(values);
}

function callEq(a: PyObject, b: PyObject): boolean {
  return eq(a, b);
}

export function matchClass(subject: PyObject, cls: PyObject, kwNames: PyObject, npos: number): PyObject {
  if (!(cls instanceof PyType)) throw typeError("called match pattern must be a type");
  if (!isInstance(subject, cls)) return None;
  const out: PyObject[] = [];
  const seen: string[] = [];
  if (npos > 0) {
    const matchArgs = getAttrOpt(cls, "__match_args__");
    let names: PyObject[];
    if (matchArgs === undefined) {
      if (MATCH_SELF.some((t) => cls.isSubtypeOf(t()))) {
        if (npos > 1) throw typeError(`${cls.name}() accepts 1 positional sub-pattern (${npos} given)`);
        out.push(subject);
        names = [];
      } else {
        throw typeError(`${cls.name}() accepts 0 positional sub-patterns (${npos} given)`);
      }
    } else {
      if (!(matchArgs instanceof PyTuple)) {
        throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
      }
      names = matchArgs.items;
      if (npos > names.length) {
        throw typeError(
          `${cls.name}() accepts ${names.length} positional sub-pattern${names.length === 1 ? "" : "s"} (${npos} given)`,
        );
      }
    }
    for (let i = 0; i < npos && i < names.length; i++) {
      const n = names[i]!;
      if (!isStr(n)) throw typeError(`__match_args__ elements must be strings (got ${typeName(n)})`);
      const name = jsString(n);
      if (seen.includes(name))
        throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
      seen.push(name);
      const v = getAttrOpt(subject, name);
      if (v === undefined) return None;
      out.push(v);
    }
  }
  for (const n of (kwNames as PyTuple).items) {
    const name = jsString(n);
    if (seen.includes(name))
      throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.push(name);
    const v = getAttrOpt(subject, name);
    if (v === undefined) return None;
    out.push(v);
  }
  return newTuple(out);
}

export function copyDictWithoutKeys(m: PyObject, keys: PyObject): PyObject {
  const d = new PyDict();
  dictUpdate(d, m);
  for (const k of (keys as PyTuple).items) d.delete(k);
  return d;
}

void isSubclass;
void isDict;
void iterNext;
export type { PyCell };
