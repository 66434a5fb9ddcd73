// Weak references: `weakref.ref` (ReferenceType), `proxy` (ProxyType, CallableProxyType).
//
// A ref holds a JS WeakRef to its referent. Referents die, and callbacks run, at the
// collection points of finalization.ts (gc.collect(), paced automatic collections, exit),
// never at the moment the last reference goes as in CPython. The refs of each object are
// kept per referent (a WeakMap) for `getweakrefs`, `getweakrefcount` and `__weakref__`.

import { floatType, intType, None, NotImplemented, objectType, typeType } from "./bootstrap.js";
import { call, callWithSelf } from "./call.js";
import { newException, exceptionType, typeError } from "./exceptions.js";
import { defineGetSets, defineMethods, PyBuiltinFunction, type KwNames } from "./function.js";
import {
  addressOf,
  newAttributeDict,
  typeOf,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
} from "./object.js";
import { typeName } from "./names.js";
import { PyType } from "./type.js";
import { defineClassGetItem } from "./iterators.js";
import { finalizationHooks, registerWeakReference, type DeathWatch } from "./finalization.js";
import { delAttr, getAttr, getAttrOpt, setAttr } from "./attributes.js";
import { isStr, jsString } from "./str.js";
import {
  binaryOp,
  BinaryOp,
  index,
  inplaceOp,
  power,
  unaryOp,
  contains,
  eq,
  getItem,
  getIter,
  hash,
  isTrue,
  iterNext,
  len,
  richCompare,
  repr,
  setItem,
  delItem,
  str,
  type CompareOp,
} from "./abstract.js";
import { attrName, isAttributeError, nativeGetAttribute, nativeSetAttr } from "./attributes.js";

export const refType = new PyType(typeType, "weakref.ReferenceType", [objectType], true);
refType.name = "weakref.ReferenceType";
refType.qualname = "ReferenceType";
export const proxyType = new PyType(typeType, "weakref.ProxyType", [objectType], true);
proxyType.qualname = "ProxyType";
proxyType.isBaseType = false;
export const callableProxyType = new PyType(typeType, "weakref.CallableProxyType", [objectType], true);
callableProxyType.qualname = "CallableProxyType";
callableProxyType.isBaseType = false;

export class PyWeakRef implements PyObjectBase, DeathWatch {
  dict: AttributeDict | null;
  slots: (PyObject | undefined)[] | null = null;
  target: WeakRef<object> | null = null;
  callback: PyObject = None;
  hashValue: number | bigint | null = null;
  constructor(public type: PyType) {
    this.dict = type.hasInstanceDict ? newAttributeDict() : null;
  }

  /** The referent, or undefined once it has been collected. */
  deref(): PyObject | undefined {
    return this.target?.deref() as PyObject | undefined;
  }

  get alive(): boolean {
    return this.deref() !== undefined;
  }

  died(): void {
    this.target = null;
    const cb = this.callback;
    if (cb === None) return;
    this.callback = None;
    try {
      call(cb, [this], null);
    } catch (e) {
      finalizationHooks.reportUnraisable(e, cb);
    }
  }
}

/** Each referent's weak references, held weakly (a discarded ref drops out), in CPython's
 * order: the basic ref (no callback), the basic proxy, then the others newest first. The
 * list is a non-enumerable property of the referent (so Object.assign, which makes
 * finalisation's stand-ins, leaves it behind): kept in a WeakMap keyed by the referent, it
 * made V8's scavenger hold every weakly referenced object until a full collection, and
 * 200,000 short-lived objects with a weak reference each took 190 MB. */
const WEAKREFS = Symbol("weak references");

type Referent = { [WEAKREFS]?: WeakRef<PyWeakRef>[] };

function heldRefs(target: object): WeakRef<PyWeakRef>[] | undefined {
  return (target as Referent)[WEAKREFS];
}

function holdRefs(target: object, refs: WeakRef<PyWeakRef>[]): void {
  if (Object.hasOwn(target, WEAKREFS)) (target as Referent)[WEAKREFS] = refs;
  else Object.defineProperty(target, WEAKREFS, { value: refs, writable: true });
}

const NOT_WEAKREFABLE = new Set([
  "int",
  "bool",
  "str",
  "bytes",
  "tuple",
  "list",
  "dict",
  "float",
  "complex",
  "object",
  "NoneType",
]);

function checkWeakrefable(o: PyObject): object {
  const t = typeOf(o);
  if (
    typeof o !== "object" ||
    (t.isBuiltin && NOT_WEAKREFABLE.has(t.name)) ||
    t.extra["hasWeakref"] === false
  )
    throw typeError(`cannot create weak reference to '${t.name}' object`);
  return o;
}

/** `weakref.ref(o, callback)` of type `cls` (ReferenceType or a subclass). */
export function newWeakRef(cls: PyType, o: PyObject, callback: PyObject): PyWeakRef {
  const target = checkWeakrefable(o);
  const basic = cls === refType && callback === None;
  if (basic) {
    const existing = liveRefs(target).find(isBasicRef);
    if (existing !== undefined) return existing;
  }
  const r = cls === refType ? new PyWeakRef(refType) : (cls.newInstance!(cls) as PyWeakRef);
  return attach(r, target, callback);
}

export class PyWeakProxy extends PyWeakRef {}

export function newWeakProxy(o: PyObject, callback: PyObject): PyWeakProxy {
  const target = checkWeakrefable(o);
  if (callback === None) {
    const existing = liveRefs(target).find(isBasicProxy);
    if (existing !== undefined) return existing as PyWeakProxy;
  }
  const callable = typeOf(o).lookup("__call__") !== undefined;
  return attach(new PyWeakProxy(callable ? callableProxyType : proxyType), target, callback);
}

function isBasicRef(r: PyWeakRef): boolean {
  return r.type === refType && r.callback === None && !(r instanceof PyWeakProxy);
}

function isBasicProxy(r: PyWeakRef): boolean {
  return r instanceof PyWeakProxy && r.callback === None;
}

function attach<T extends PyWeakRef>(r: T, target: object, callback: PyObject): T {
  r.target = new WeakRef(target);
  r.callback = callback;
  const live = liveRefs(target);
  let at = 0;
  if (!isBasicRef(r)) {
    while (at < live.length && (isBasicRef(live[at]!) || isBasicProxy(live[at]!))) at++;
    if (isBasicProxy(r)) at = live.length > 0 && isBasicRef(live[0]!) ? 1 : 0;
  }
  live.splice(at, 0, r);
  holdRefs(
    target,
    live.map((x) => new WeakRef(x)),
  );
  registerWeakReference(callback !== None ? r : null);
  return r;
}

/** The weak references to `target` whose objects are still alive (dead referents' refs
 * are cleared by then). */
function liveRefs(target: object): PyWeakRef[] {
  const held = heldRefs(target);
  if (held === undefined) return [];
  const out: PyWeakRef[] = [];
  for (const h of held) {
    const r = h.deref();
    if (r !== undefined && r.target !== null) out.push(r);
  }
  if (out.length !== held.length)
    holdRefs(
      target,
      out.map((x) => new WeakRef(x)),
    );
  return out;
}

/** Live weak references to `o` (getweakrefs). */
export function weakrefsOf(o: PyObject): PyWeakRef[] {
  if (typeof o !== "object") return [];
  return liveRefs(o);
}

/** `o.__weakref__`: the first weak reference to `o`, or None. */
export function weakrefListGetter(o: PyObject): PyObject {
  const l = weakrefsOf(o);
  return l.length > 0 ? l[0]! : None;
}

refType.newInstance = (t) => new PyWeakRef(t);

function asRef(self: PyObject): PyWeakRef {
  if (!(self instanceof PyWeakRef))
    throw typeError(
      `descriptor requires a 'weakref.ReferenceType' object but received a '${typeName(self)}'`,
    );
  return self;
}

function refArgs(args: PyObject[], kwnames: KwNames, skip: number): [PyObject, PyObject] {
  const n = args.length - (kwnames?.length ?? 0) - skip;
  if (n < 1 || n > 2) {
    if (n < 1) throw typeError(`__new__ expected at least 1 argument, got ${n}`);
    throw typeError(`__new__ expected at most 2 arguments, got ${n}`);
  }
  return [args[skip]!, n > 1 ? args[skip + 1]! : None];
}

refType.dict.set(
  "__new__",
  new PyBuiltinFunction(
    "__new__",
    "ReferenceType.__new__",
    (args, kwnames) => {
      const cls = args[0];
      if (!(cls instanceof PyType) || !cls.isSubtypeOf(refType))
        throw typeError("ReferenceType.__new__(X): X is not a subtype of ReferenceType");
      // ref(...) itself refuses keywords (3.11's vectorcall); subclasses' are ignored here
      if (cls === refType && kwnames !== null && kwnames.length > 0)
        throw typeError("ref() takes no keyword arguments");
      const [o, cb] = refArgs(args, kwnames, 1);
      return newWeakRef(cls, o, cb);
    },
    refType,
  ),
);

function deadOr<T>(r: PyWeakRef, f: (o: PyObject) => T, dead: () => T): T {
  const o = r.deref();
  return o === undefined ? dead() : f(o);
}

defineMethods(refType, {
  __init__: (self, args) => {
    if (args.length > 2) throw typeError(`__init__ expected at most 2 arguments, got ${args.length}`);
    if (args.length < 1) throw typeError("__init__ expected at least 1 argument, got 0");
    return None;
  },
  __call__: (self) => asRef(self).deref() ?? None,
  __hash__: (self) => {
    const r = asRef(self);
    if (r.hashValue !== null) return r.hashValue;
    const o = r.deref();
    if (o === undefined) throw typeError("weak object has gone away");
    return (r.hashValue = hash(o));
  },
  __eq__: (self, args) => refCompare(self, args[0]!, 2),
  __ne__: (self, args) => refCompare(self, args[0]!, 3),
  __repr__: (self) => {
    const r = asRef(self);
    return deadOr(
      r,
      (o) => {
        const name = getAttrNameOpt(o);
        const tail = name === null ? "" : ` (${name})`;
        return `<weakref at ${addressOf(self)}; to '${typeOf(o).name}' at ${addressOf(o)}${tail}>`;
      },
      () => `<weakref at ${addressOf(self)}; dead>`,
    );
  },
});
defineClassGetItem(refType);
defineGetSets(refType, {
  __callback__: [(self) => asRef(self).callback],
});

/** The referent's `__name__` when it has a str one (weakref_repr shows it). */
function getAttrNameOpt(o: PyObject): string | null {
  const name = getAttrOpt(o, "__name__");
  return name !== undefined && isStr(name) ? jsString(name) : null;
}

function refCompare(a: PyObject, b: PyObject, op: 2 | 3): PyObject {
  if (
    !(a instanceof PyWeakRef) ||
    !(b instanceof PyWeakRef) ||
    a instanceof PyWeakProxy ||
    b instanceof PyWeakProxy
  )
    return NotImplemented;
  const x = a.deref();
  const y = b.deref();
  if (x === undefined || y === undefined) return op === 2 ? a === b : a !== b;
  return richCompare(x, y, op as CompareOp);
}

// ---- proxies ----

// The proxy forwards every binary operator, reflected and in place, with proxies on
// either side replaced by their referents (CPython's WRAP_BINARY).
const PROXY_BINARY: [string, BinaryOp][] = [
  ["add", BinaryOp.Add],
  ["sub", BinaryOp.Sub],
  ["mul", BinaryOp.Mul],
  ["matmul", BinaryOp.MatMul],
  ["truediv", BinaryOp.TrueDiv],
  ["floordiv", BinaryOp.FloorDiv],
  ["mod", BinaryOp.Mod],
  ["lshift", BinaryOp.LShift],
  ["rshift", BinaryOp.RShift],
  ["and", BinaryOp.And],
  ["or", BinaryOp.Or],
  ["xor", BinaryOp.Xor],
  ["divmod", BinaryOp.DivMod],
];

function referent(self: PyObject): PyObject {
  const o = (self as PyWeakRef).deref();
  if (o === undefined)
    throw newException(exceptionType("ReferenceError"), "weakly-referenced object no longer exists");
  return o;
}

function proxyGetAttr(self: PyObject, name: string): PyObject {
  return getAttr(referent(self), name);
}

for (const t of [proxyType, callableProxyType]) {
  defineMethods(t, {
    __getattribute__: (self, args) => proxyGetAttr(self, attrName(args[0]!)),
    __setattr__: (self, args) => {
      setAttr(referent(self), attrName(args[0]!), args[1]!);
      return None;
    },
    __delattr__: (self, args) => {
      delAttr(referent(self), attrName(args[0]!));
      return None;
    },
    __repr__: (self) => {
      const o = referent(self);
      return `<weakproxy at ${addressOf(self)}; to '${typeOf(o).qualname}' at ${addressOf(o)}>`;
    },
    __str__: (self) => str(referent(self)),
    __bool__: (self) => isTrue(referent(self)),
    __len__: (self) => len(referent(self)),
    __iter__: (self) => getIter(referent(self)),
    __next__: (self) => {
      const o = referent(self);
      if (typeOf(o).lookup("__next__") === undefined)
        throw typeError(`Weakref proxy referenced a non-iterator '${typeOf(o).name}' object`);
      const v = iterNext(o);
      if (v === undefined) throw newException(exceptionType("StopIteration"));
      return v;
    },
    __contains__: (self, args) => contains(referent(self), args[0]!),
    __getitem__: (self, args) => getItem(referent(self), args[0]!),
    __setitem__: (self, args) => {
      setItem(referent(self), args[0]!, args[1]!);
      return None;
    },
    __delitem__: (self, args) => {
      delItem(referent(self), args[0]!);
      return None;
    },
    __eq__: (self, args) => richCompare(referent(self), unwrap(args[0]!), 2),
    __ne__: (self, args) => richCompare(referent(self), unwrap(args[0]!), 3),
    __lt__: (self, args) => richCompare(referent(self), unwrap(args[0]!), 0),
    __le__: (self, args) => richCompare(referent(self), unwrap(args[0]!), 1),
    __gt__: (self, args) => richCompare(referent(self), unwrap(args[0]!), 4),
    __ge__: (self, args) => richCompare(referent(self), unwrap(args[0]!), 5),
    __reversed__: (self) => call(getAttr(referent(self), "__reversed__"), [], null),
    __bytes__: (self) => call(getAttr(referent(self), "__bytes__"), [], null),
    __index__: (self) => index(referent(self)),
    __int__: (self) => call(intType, [referent(self)], null),
    __float__: (self) => call(floatType, [referent(self)], null),
    __neg__: (self) => unaryOp(referent(self), "neg"),
    __pos__: (self) => unaryOp(referent(self), "pos"),
    __invert__: (self) => unaryOp(referent(self), "invert"),
    __abs__: (self) => {
      const o = referent(self);
      const f = typeOf(o).lookup("__abs__");
      if (f === undefined) throw typeError(`bad operand type for abs(): '${typeName(o)}'`);
      return callWithSelf(f, o, [], null);
    },
    __pow__: (self, args) =>
      args.length > 1 && args[1] !== None
        ? power(referent(self), unwrap(args[0]!), unwrap(args[1]!))
        : binaryOp(referent(self), unwrap(args[0]!), BinaryOp.Pow),
    __rpow__: (self, args) => binaryOp(unwrap(args[0]!), referent(self), BinaryOp.Pow),
    ...numberSlots(),
  });
  t.dict.set("__hash__", None);
  nativeGetAttribute.set(t.dict.get("__getattribute__")!, (self, name, suppress) => {
    if (suppress) {
      try {
        return proxyGetAttr(self, name);
      } catch (e) {
        if (isAttributeError(e)) return undefined;
        throw e;
      }
    }
    return proxyGetAttr(self, name);
  });
  nativeSetAttr.set(t.dict.get("__setattr__")!, (self, name, value) => {
    if (value === null) delAttr(referent(self), name);
    else setAttr(referent(self), name, value);
  });
  nativeSetAttr.set(t.dict.get("__delattr__")!, (self, name) => delAttr(referent(self), name));
}
defineMethods(callableProxyType, {
  __call__: (self, args, kwnames) => call(referent(self), args, kwnames),
});

function numberSlots(): Record<string, (self: PyObject, args: PyObject[]) => PyObject> {
  const out: Record<string, (self: PyObject, args: PyObject[]) => PyObject> = {};
  for (const [name, op] of PROXY_BINARY) {
    out[`__${name}__`] = (self, args) => binaryOp(referent(self), unwrap(args[0]!), op);
    out[`__r${name}__`] = (self, args) => binaryOp(unwrap(args[0]!), referent(self), op);
    if (op !== BinaryOp.DivMod)
      out[`__i${name}__`] = (self, args) => inplaceOp(referent(self), unwrap(args[0]!), op);
  }
  out["__ipow__"] = (self, args) => inplaceOp(referent(self), unwrap(args[0]!), BinaryOp.Pow);
  return out;
}

function unwrap(o: PyObject): PyObject {
  return o instanceof PyWeakProxy ? referent(o) : o;
}

export { eq, repr };
