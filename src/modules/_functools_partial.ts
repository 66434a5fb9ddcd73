// functools.partial as CPython's C type: a subclassable object holding `func`, an exact
// tuple `args` and a dict `keywords` (read-only members; the dict itself stays mutable and
// is read at every call), with an attribute dict made on first use. That laziness is
// observable: `partial(p, ...)` flattens `p` (takes over its function and arguments) only
// when `p`'s dict was never made and its type calls as partial does — a subclass that
// does not override `__call__` included, as CPython compares tp_call. A call prepends the stored arguments; stored keywords come first in
// their own order and the call's keywords override them in place, as `{**kw, **call_kw}`.

import { dictType, None } from "../objects/bootstrap.js";
import { isCallable, reprJS, strJS } from "../objects/abstract.js";
import { call } from "../objects/call.js";
import { attributesView } from "../objects/descriptors.js";
import { PyDict } from "../objects/dict.js";
import { typeError } from "../objects/exceptions.js";
import { defineGetSets, defineMethods, type KwNames } from "../objects/function.js";
import { defineClassGetItem, defineNew, reprEnter, reprLeave } from "../objects/iterators.js";
import { typeOf, type AttributeDict, type PyObject, type PyObjectBase } from "../objects/object.js";
import { typeName } from "../objects/names.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { noArgs, oneArg } from "../objects/str_args.js";
import { newTuple, PyTuple, tupleFromIterable } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { attributeDictOf, instanceDictGetSet, moduleType } from "./itertools_helpers.js";
import { ReadonlyMember } from "./_sre/members.js";

export const partialType = moduleType("functools", "partial");
partialType.hasInstanceDict = true;
partialType.extra["hasWeakref"] = true;
partialType.dict.set(
  "__doc__",
  "partial(func, *args, **keywords) - a callable that calls func with args\n" +
    "    and keywords prepended to the arguments of each call.\n",
);

export class PyPartial implements PyObjectBase {
  /** Made on first use (a `__dict__` read, an attribute stored). */
  dict: AttributeDict | null = null;
  /** A Python subclass's `__slots__` values. */
  slots: (PyObject | undefined)[] | null = null;
  constructor(
    public type: PyType,
    public fn: PyObject,
    public args: PyTuple,
    public kw: PyDict,
  ) {}
}

/** `partial.__new__(cls, func, /, *args, **keywords)`. */
export function newPartial(cls: PyType, args: PyObject[], kwnames: KwNames): PyPartial {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) throw typeError("type 'partial' takes at least one argument");
  let fn = args[0]!;
  let inner: PyPartial | null = null;
  if (fn instanceof PyPartial && fn.dict === null && fn.type.lookup("__call__") === partialCallSlot) {
    inner = fn;
    fn = fn.fn;
  }
  if (!isCallable(fn)) throw typeError("the first argument must be callable");
  const items = inner === null ? [] : inner.args.items.slice();
  for (let i = 1; i < npos; i++) items.push(args[i]!);
  const kw = inner === null || inner.kw.size === 0 ? new PyDict() : inner.kw.copy();
  for (let k = 0; k < nkw; k++) kw.set(strFromJS(kwnames![k]!), args[npos + k]!);
  return new PyPartial(cls, fn, newTuple(items), kw);
}

function asPartial(self: PyObject, what: string): PyPartial {
  if (!(self instanceof PyPartial))
    throw typeError(
      `descriptor '${what}' requires a 'functools.partial' object but received a '${typeName(self)}'`,
    );
  return self;
}

/** Calls `p.func` with the stored arguments in front of `args` (a vectorcall). */
function partialCall(self: PyObject, args: PyObject[], kwnames: KwNames): PyObject {
  const p = asPartial(self, "__call__");
  const stored = p.args.items;
  if (p.kw.size === 0) {
    if (stored.length === 0) return call(p.fn, args, kwnames);
    const all = new Array<PyObject>(stored.length + args.length);
    for (let i = 0; i < stored.length; i++) all[i] = stored[i]!;
    for (let i = 0; i < args.length; i++) all[stored.length + i] = args[i]!;
    return call(p.fn, all, kwnames);
  }
  return callWithKeywords(p, args, kwnames);
}

/** The call when keywords are stored: they go first, and the call's own replace equal
 * names where they stand. */
function callWithKeywords(p: PyPartial, args: PyObject[], kwnames: KwNames): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const all = p.args.items.slice();
  for (let i = 0; i < npos; i++) all.push(args[i]!);
  const base = all.length;
  const names: string[] = [];
  for (const e of p.kw.entries) {
    if (e === null) continue;
    if (!isStr(e.key)) throw typeError("keywords must be strings");
    names.push(jsString(e.key));
    all.push(e.value);
  }
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const at = names.indexOf(name);
    if (at >= 0) all[base + at] = args[npos + k]!;
    else {
      names.push(name);
      all.push(args[npos + k]!);
    }
  }
  return call(p.fn, all, names);
}

function partialRepr(self: PyObject): PyObject {
  const p = asPartial(self, "__repr__");
  if (!reprEnter(p)) return "...";
  try {
    // As CPython: the arguments first, the function's repr last.
    let rest = "";
    for (const a of p.args.items) rest += `, ${reprJS(a)}`;
    for (const e of p.kw.entries.slice()) {
      if (e === null) continue;
      // The value is taken before the key's `__str__` runs, which may replace it.
      const value = e.value;
      rest += `, ${strJS(e.key)}=${reprJS(value)}`;
    }
    return strFromJS(`${typeOf(p).name}(${reprJS(p.fn)}${rest})`);
  } finally {
    reprLeave(p);
  }
}

/** `__setstate__((func, args, keywords, namespace))`, the inverse of `__reduce__`. */
function partialSetState(p: PyPartial, state: PyObject): void {
  const items = state instanceof PyTuple ? state.items : null;
  if (items === null || items.length !== 4) throw typeError("invalid partial state");
  const [fn, fnargs, kw, ns] = items as [PyObject, PyObject, PyObject, PyObject];
  if (!isCallable(fn) || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict)))
    throw typeError("invalid partial state");
  // An instance dict here holds str keys only: another namespace object is refused.
  if (ns !== None && !(ns instanceof PyDict)) throw typeError("invalid partial state");
  const args = tupleFromIterable(fnargs);
  const keywords = kw === None ? new PyDict() : kw.type === dictType ? (kw as PyDict) : (kw as PyDict).copy();
  p.fn = fn;
  p.args = args;
  p.kw = keywords;
  p.dict = ns instanceof PyDict ? attributeDictOf(ns) : null;
}

defineNew(partialType, newPartial);
partialType.vectorcall = (args, kwnames) => newPartial(partialType, args, kwnames);
partialType.call = partialCall;
defineMethods(partialType, {
  __call__: partialCall,
  __repr__: partialRepr,
  __reduce__(self, args, kwnames) {
    noArgs("partial.__reduce__", args, kwnames);
    const p = asPartial(self, "__reduce__");
    const ns = p.dict === null ? None : attributesView(p);
    return newTuple([typeOf(p), newTuple([p.fn]), newTuple([p.fn, p.args, p.kw, ns])]);
  },
  __setstate__(self, args, kwnames) {
    const state = oneArg("partial.__setstate__", args, kwnames);
    partialSetState(asPartial(self, "__setstate__"), state);
    return None;
  },
});
defineClassGetItem(partialType);
const partialCallSlot = partialType.dict.get("__call__");
for (const [name, get, doc] of [
  ["func", (p: PyPartial) => p.fn, "the function that calls of the partial object call"],
  ["args", (p: PyPartial) => p.args, "the positional arguments placed before those of each call"],
  ["keywords", (p: PyPartial) => p.kw, "the keyword arguments added to those of each call"],
] as const) {
  partialType.dict.set(name, new ReadonlyMember(name, partialType, (o) => get(o as PyPartial), doc));
}
defineGetSets(partialType, { __dict__: instanceDictGetSet });
