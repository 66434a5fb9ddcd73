// The built-in descriptors and the methods of the most basic types: `object` itself,
// `property`, `classmethod`, `staticmethod`, `super`, functions and bound methods, the
// built-in function and method-descriptor types, and the singletons' types (NoneType,
// NotImplementedType, ellipsis).

import { builtinAttrDoc, builtinAttrTextSignature, slotDoc, slotTextSignature } from "./slot_docs.js";
import { builtinDocs, builtinTextSignatures } from "./builtin_docs.generated.js";
import { registerFinalizable } from "./finalization.js";
import {
  builtinFunctionType,
  classMethodDescriptorType,
  Ellipsis,
  ellipsisType,
  functionType,
  getSetDescriptorType,
  memberDescriptorType,
  methodDescriptorType,
  methodType,
  methodWrapperType,
  None,
  noneType,
  NotImplemented,
  notImplementedType,
  objectType,
  typeType,
  wrapperDescriptorType,
} from "./bootstrap.js";
import { call, callBound, callHooks, callSpecial } from "./call.js";
import { warn } from "./warnings.js";
import {
  attributeError,
  baseExceptionType,
  isException,
  newException,
  runtimeError,
  typeError,
  valueError,
  exceptionType,
} from "./exceptions.js";
import {
  bindArgs,
  builtinFunction,
  checkCallSelf,
  defineClassMethods,
  defineGetSets,
  defineMembers,
  defineReadonlyMembers,
  defineMethods,
  PyBuiltinFunction,
  PyClassMethodDescriptor,
  PyFunction,
  PyGetSetDescriptor,
  PyMemberDescriptor,
  PyMethod,
  PyMethodDescriptor,
  pythonCalls,
  signature,
  type KwNames,
  type MethodCall,
} from "./function.js";
import {
  addressOf,
  newAttributeDict,
  objectId,
  typeOf,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
} from "./object.js";
import { typeName } from "./names.js";
import { PyType } from "./type.js";
import { iteratorHooks } from "./iterators.js";
import {
  attrName,
  callMethod,
  descrGet,
  genericGetAttr,
  genericSetAttr,
  getAttr,
  getAttrOpt,
  setAttr,
  instanceDict,
  nativeGetAttribute,
  nativeSetAttr,
  genericSetAttrs,
  type NativeSet,
  noAttribute,
  type NativeDescriptor,
  typeSlotHooks,
} from "./attributes.js";
import {
  compareCall,
  eq,
  getIter,
  hash,
  index,
  isTrue,
  repr,
  reprJS,
  richCompare,
  CompareOp,
  strJS,
  isString,
  toArray,
  objectHashSlot,
} from "./abstract.js";
import { jsString, strFromJS } from "./str.js";
import { newTuple, PyTuple } from "./tuple.js";
import { adoptAsAttributes, attributeDictView, PyDict, visibleBuiltins } from "./dict.js";
import { PyList } from "./list.js";

// ---- helpers shared with typeobject.ts ----

/** `__module__` of a type: its namespace entry, or "builtins" for built-in types. */
export function typeModule(t: PyType): PyObject {
  const m = t.dict.get("__module__");
  // `type`'s own `__module__` entry is the getset that reads this, not a module name.
  if (m !== undefined && t !== typeType) return m;
  if (t.isBuiltin) {
    const dot = t.name.lastIndexOf(".");
    return dot >= 0 ? t.name.slice(0, dot) : "builtins";
  }
  return "builtins";
}

/** "__main__.A" for `repr`s: qualname with the module unless it is builtins. */
export function qualifiedName(t: PyType): string {
  const m = typeModule(t);
  if (isString(m)) {
    const mod = jsString(m);
    if (mod !== "builtins") return `${mod}.${t.qualname}`;
  }
  return t.qualname;
}

/** Declares one slot wrapper (`<slot wrapper '__init__' of 'object' objects>`). */
function defineSlots(t: PyType, methods: Record<string, MethodCall>): void {
  for (const [name, fn] of Object.entries(methods)) {
    const d = new PyMethodDescriptor(name, t, fn);
    d.type = wrapperDescriptorType;
    t.dict.set(name, d);
  }
  t.modified();
}

function noKwargs(name: string, kwnames: KwNames): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

function checkArgs(name: string, args: PyObject[], kwnames: KwNames, min: number, max: number): void {
  noKwargs(name, kwnames);
  const n = args.length;
  if (n < min || n > max) {
    if (min === max) throw typeError(`${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
    if (n < min)
      throw typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
    throw typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  }
}

// ---- object ----

/** The built-in `__init__`/`__new__` of object, compared by identity by type.__call__
 * and by the excess-argument rules. */
export const objectInit = new PyMethodDescriptor("__init__", objectType, objectInitImpl);
objectInit.type = wrapperDescriptorType;

/** Hooks for the abstract-class check (`__abstractmethods__` lives in typeobject.ts). */
export const objectHooks: { abstractMethods: (t: PyType) => string[] | null } = {
  abstractMethods: () => null,
};

/** Whether CPython's tp_new slot of `t` is object_new, which decides object.__new__'s and
 * object.__init__'s complaints about extra arguments. As CPython's update_one_slot does, a
 * class whose `__new__` resolves to object.__new__ keeps the slot it had (at creation, its
 * base's): a class that once had a Python `__new__` keeps refusing extra arguments in
 * object.__new__ after `__new__ = object.__new__` or `del C.__new__` (the quirk that
 * test_descr's test_restored_object_new records as an expected failure). */
export function tpNewIsObjectNew(t: PyType): boolean {
  const v = t.extra["tpNewObject"];
  if (typeof v === "boolean") return v;
  return t.lookup("__new__") === objectNew;
}

/** Sets a class's tp_new record: at its creation, or after its `__new__` changed. */
export function updateTpNew(t: PyType, atCreation: boolean): void {
  if (t.lookup("__new__") !== objectNew) t.extra["tpNewObject"] = false;
  else if (atCreation || t.extra["tpNewObject"] === undefined) {
    const base = (t.extra["base"] as PyType | undefined) ?? t.bases[0] ?? objectType;
    t.extra["tpNewObject"] = t === objectType || tpNewIsObjectNew(base);
  }
}

/** update_subclasses: the class and the subclasses that inherit its `__new__`. */
export function updateTpNewDown(t: PyType): void {
  updateTpNew(t, false);
  for (const sub of t.subclasses()) if (!sub.dict.has("__new__")) updateTpNewDown(sub);
}

typeSlotHooks.newChanged = updateTpNewDown;

function objectInitImpl(self: PyObject, args: PyObject[], kwnames: KwNames): PyObject {
  if (args.length > 0) {
    const t = typeOf(self);
    if (t.lookup("__init__") !== objectInit)
      throw typeError("object.__init__() takes exactly one argument (the instance to initialize)");
    if (tpNewIsObjectNew(t))
      throw typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  void kwnames;
  return None;
}

function objectNewImpl(args: PyObject[], kwnames: KwNames): PyObject {
  if (args.length === 0) throw typeError("object.__new__(): not enough arguments");
  const cls = args[0]!;
  if (!(cls instanceof PyType))
    throw typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
  if (args.length > 1) {
    if (!tpNewIsObjectNew(cls))
      throw typeError("object.__new__() takes exactly one argument (the type to instantiate)");
    if (cls.lookup("__init__") === objectInit) throw typeError(`${cls.name}() takes no arguments`);
  }
  void kwnames;
  // Called from Python: refuse types whose built-in base makes its instances itself
  // (tp_new_wrapper's check).
  const solid = solidBase(cls);
  if (solid !== objectType && solid.newInstance !== objectType.newInstance && solid.dict.has("__new__")) {
    throw typeError(`object.__new__(${cls.name}) is not safe, use ${solid.name}.__new__()`);
  }
  const o = newObjectOf(cls);
  // A direct object.__new__(C) call (copy, pickle) makes an instance that type() did not.
  if (!cls.isBuiltin && cls.lookup("__del__") !== undefined) registerFinalizable(o);
  return o;
}

/** object.__new__(cls) after the argument checks: abstract classes, then the storage of
 * cls's solid base (a PyInstance for Python classes, a PyList for a list subclass...). */
export function newObjectOf(cls: PyType): PyObject {
  const abstract = objectHooks.abstractMethods(cls);
  if (abstract !== null && abstract.length > 0) {
    const names = [...abstract].sort().join(", ");
    throw typeError(
      `Can't instantiate abstract class ${cls.name} with abstract method${abstract.length > 1 ? "s" : ""} ${names}`,
    );
  }
  return cls.newInstance!(cls);
}

/** The nearest built-in type in the MRO whose instances have their own storage. */
export function solidBase(t: PyType): PyType {
  for (const b of t.mro) if (b.isBuiltin) return b;
  return objectType;
}

/** `object.__new__` is a static method (`<built-in method __new__ of type object>`). */
export const objectNew: PyObject = staticMethodOf(
  new PyBuiltinFunction("__new__", "object.__new__", objectNewImpl, objectType),
);

/** A built-in `__new__`: a built-in method bound to its type, as CPython's tp_new wrapper
 * (`<built-in method __new__ of type object at ...>`); it does not bind further. */
function staticMethodOf(f: PyBuiltinFunction): PyObject {
  return f;
}

function objectRepr(self: PyObject): PyObject {
  return `<${qualifiedName(typeOf(self))} object at ${addressOf(self)}>`;
}

function objectHashValue(self: PyObject): number {
  return Math.floor(objectId(self) / 16);
}

function objectEq(self: PyObject, other: PyObject): PyObject {
  return self === other ? true : NotImplemented;
}

function objectNe(self: PyObject, other: PyObject): PyObject {
  // object.__ne__ delegates to __eq__ and inverts the result unless NotImplemented.
  const f = typeOf(self).lookup("__eq__");
  if (f === undefined) return NotImplemented;
  const r = compareCall(f, self, other);
  if (r === NotImplemented) return r;
  return !isTrue(r);
}

defineSlots(objectType, {
  __init__: objectInitImpl,
  __repr__: (self) => objectRepr(self),
  __str__: (self) => repr(self),
  __hash__: (self) => objectHashValue(self),
  __eq__: (self, args) => objectEq(self, args[0]!),
  __ne__: (self, args) => objectNe(self, args[0]!),
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __getattribute__: (self, args, kw) => {
    checkArgs("__getattribute__", args, kw, 1, 1);
    return genericGetAttr(self, attrName(args[0]!), false)!;
  },
  __setattr__: (self, args, kw) => {
    checkArgs("__setattr__", args, kw, 2, 2);
    hackcheck(self, "__setattr__")(self, attrName(args[0]!), args[1]!);
    return None;
  },
  __delattr__: (self, args, kw) => {
    checkArgs("__delattr__", args, kw, 1, 1);
    hackcheck(self, "__delattr__")(self, attrName(args[0]!), null);
    return None;
  },
});
objectHashSlot.descr = objectType.dict.get("__hash__")!;
objectType.dict.set("__init__", objectInit);
objectType.dict.set("__new__", objectNew);
nativeGetAttribute.set(objectType.dict.get("__getattribute__")!, genericGetAttr);
nativeSetAttr.set(objectType.dict.get("__setattr__")!, genericSetAttr);
nativeSetAttr.set(objectType.dict.get("__delattr__")!, genericSetAttr);

/** CPython's hackcheck: object.__setattr__ / __delattr__ may not jump over a built-in
 * type's own C-level __setattr__ (`object.__setattr__(str, "x", 1)` would bypass
 * type.__setattr__'s refusal to change a built-in type). Python classes in the MRO do not
 * count: they are what `super().__setattr__` goes past on purpose. Returns the setter to use. */
function hackcheck(self: PyObject, what: "__setattr__" | "__delattr__"): NativeSet {
  const t = typeOf(self);
  for (const base of t.mro) {
    if (!base.isBuiltin) continue;
    const own = base.dict.get(what);
    if (own === undefined) continue;
    const native = nativeSetAttr.get(own);
    if (native !== undefined && genericSetAttrs.has(native)) return native;
    throw typeError(`can't apply this ${what} to ${t.name} object`);
  }
  return genericSetAttr;
}

defineMethods(objectType, {
  __format__: (self, args) => {
    const spec = args[0]!;
    if (!isString(spec)) throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
    if (jsString(spec).length > 0)
      throw typeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return strFromJS(strJS(self));
  },
  __dir__: (self) => new PyList(objectDir(self)),
  __sizeof__: (self) => (instanceDict(self) === null ? 16 : 56),
  __reduce__: (self, args) => {
    noArguments("object.__reduce__", args);
    return commonReduce(self, 0);
  },
  __reduce_ex__: (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0)
      throw typeError("object.__reduce_ex__() takes no keyword arguments");
    if (args.length !== 1)
      throw typeError(`object.__reduce_ex__() takes exactly one argument (${args.length} given)`);
    const protocol = cIntArg(args[0]!);
    // A __reduce__ overridden in a subclass wins over the default protocol logic: the
    // instance's attribute is called when the class's is not object's.
    const reduce = getAttrOpt(self, "__reduce__");
    if (reduce !== undefined && getAttr(typeOf(self), "__reduce__") !== objectType.dict.get("__reduce__"))
      return call(reduce, [], null);
    return commonReduce(self, protocol);
  },
  __getstate__: (self, args) => {
    noArguments("object.__getstate__", args);
    return objectGetState(self, false);
  },
});
defineClassMethods(objectType, {
  __init_subclass__: (_cls, args, kwnames) => {
    if (args.length > 0) {
      if (kwnames !== null && kwnames.length > 0)
        throw typeError(`${(_cls as PyType).name}.__init_subclass__() takes no keyword arguments`);
      throw typeError(
        `${(_cls as PyType).name}.__init_subclass__() takes no arguments (${args.length} given)`,
      );
    }
    return None;
  },
  __subclasshook__: () => NotImplemented,
});
defineGetSets(objectType, {
  __class__: [(self) => typeOf(self), (self, v) => setClass(self, v)],
});
objectType.dict.set(
  "__doc__",
  "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
);

/** Hook for `__class__` assignment, installed by type_layout.ts (layout checks). */
export const classAssignHook: { set: (self: PyObject, v: PyObject) => void } = {
  set: () => {
    throw typeError("__class__ assignment is not supported");
  },
};

function setClass(self: PyObject, v: PyObject | null): void {
  if (v === null) throw typeError("can't delete __class__ attribute");
  classAssignHook.set(self, v);
}

/** object.__dir__: the keys of `self.__dict__` (looked up as an attribute, so a bound
 * method shows its function's) plus the attributes of `self.__class__`, when it has one
 * (unsorted; `dir()` sorts). */
function objectDir(self: PyObject): PyObject[] {
  const names = new Set<PyObject>();
  const d = getAttrOpt(self, "__dict__");
  if (d instanceof PyDict) d.forEach((k) => names.add(k));
  const cls = getAttrOpt(self, "__class__");
  if (cls !== undefined) mergeClassDict(names, cls);
  return [...names];
}

/** Adds the names in `cls.__dict__` and, recursively, in those of `cls.__bases__`, both
 * looked up as attributes (CPython's merge_class_dict, for object.__dir__ and
 * type.__dir__): a class may present other ones than its MRO's. */
export function mergeClassDict(names: Set<PyObject>, cls: PyObject): void {
  const d = getAttrOpt(cls, "__dict__");
  if (d instanceof PyDict) d.forEach((k) => names.add(k));
  else if (d !== undefined) for (const k of toArray(callMethod(d, "keys", []))) names.add(k);
  const bases = getAttrOpt(cls, "__bases__");
  if (bases !== undefined) for (const b of toArray(bases)) mergeClassDict(names, b);
}

/** `object.__getstate__()` (3.11, object_getstate_default): the instance dict itself (or
 * None when empty), paired with a dict of the values of the class's `__slotnames__`
 * attributes when any is set. `required` (no arguments for __new__) refuses built-in
 * objects whose state lies elsewhere. */
function objectGetState(self: PyObject, required: boolean): PyObject {
  const t = typeOf(self);
  const d = instanceDict(self);
  let state: PyObject = None;
  if (d !== null) {
    for (const _ in d) {
      state = attributeDictView(self, d);
      break;
    }
  }
  const slotnames = slotNamesOf(t);
  if (required && t.isBuiltin && t !== objectType) throw typeError(`cannot pickle '${t.name}' object`);
  if (slotnames instanceof PyList && slotnames.items.length > 0) {
    const slots = new PyDict();
    const n = slotnames.items.length;
    for (let i = 0; i < n; i++) {
      const name = slotnames.items[i]!;
      const v = getAttrOpt(self, attrName(name));
      if (v !== undefined) slots.set(name, v);
      // The list lives on the class, where a __getattr__ may change it.
      if (slotnames.items.length !== n) throw runtimeError("__slotsname__ changed size during iteration");
    }
    if (slots.size > 0) state = newTuple([state, slots]);
  }
  return state;
}

/** The class's `__slotnames__` (CPython's _PyType_GetSlotNames): cached in its own
 * namespace, else computed (and cached) by `copyreg._slotnames`. */
function slotNamesOf(t: PyType): PyObject {
  const cached = t.dict.get("__slotnames__");
  if (cached !== undefined) {
    if (cached !== None && !(cached instanceof PyList))
      throw typeError(`${t.name}.__slotnames__ should be a list or None, not ${typeName(cached)}`);
    return cached;
  }
  const names = callMethod(copyreg(), "_slotnames", [t]);
  if (names !== None && !(names instanceof PyList))
    throw typeError("copyreg._slotnames didn't return a list or None");
  return names;
}

function copyreg(): PyObject {
  if (reduceHooks.importModule === null) throw typeError("cannot pickle without copyreg");
  return reduceHooks.importModule("copyreg");
}

/** A copy of an attribute dictionary as a PyDict. */
export function attributesToPyDict(d: AttributeDict): PyDict {
  const out = new PyDict();
  for (const k in d) out.setStr(k, d[k]!);
  return out;
}

/** Hooks to reach `copyreg` (a Python module, imported by the VM). */
export const reduceHooks: { importModule: ((name: string) => PyObject) | null } = { importModule: null };

/** object.__reduce__ and __reduce_ex__ without an overriding __reduce__: copyreg's
 * `_reduce_ex` for protocols 0 and 1. */
function commonReduce(self: PyObject, protocol: number): PyObject {
  if (protocol >= 2) return reduceNewobj(self);
  return callMethod(copyreg(), "_reduce_ex", [self, protocol]);
}

/** Protocol 2 and later (reduce_newobj): `copyreg.__newobj__(type(self), *args)` or
 * `copyreg.__newobj_ex__(type(self), args, kwargs)`, the state, and iterators over the
 * items of a list or dict. */
function reduceNewobj(self: PyObject): PyObject {
  const t = typeOf(self);
  if (t.disallowInstantiation) throw typeError(`cannot pickle '${t.name}' object`);
  const [args, kwargs] = newArguments(self);
  const hasArgs = args !== null;
  let func: PyObject;
  let funcArgs: PyObject;
  if (kwargs === null || kwargs.size === 0) {
    func = getAttr(copyreg(), "__newobj__");
    funcArgs = newTuple([t, ...(args?.items ?? [])]);
  } else {
    func = getAttr(copyreg(), "__newobj_ex__");
    funcArgs = newTuple([t, args!, kwargs]);
  }
  const isList = self instanceof PyList;
  const isDict = self instanceof PyDict;
  const state = callGetState(self, !(hasArgs || isList || isDict));
  const listitems = isList ? getIter(self) : None;
  const dictitems = isDict ? getIter(callMethod(self, "items", [])) : None;
  return newTuple([func, funcArgs, state, listitems, dictitems]);
}

/** The arguments for `__new__` from `__getnewargs_ex__` or `__getnewargs__`, looked up
 * on the type (_PyObject_GetNewArguments); [null, null] when there is neither. */
function newArguments(self: PyObject): [PyTuple | null, PyDict | null] {
  const r = callSpecial(self, "__getnewargs_ex__");
  if (r !== undefined) {
    if (!(r instanceof PyTuple))
      throw typeError(`__getnewargs_ex__ should return a tuple, not '${typeName(r)}'`);
    if (r.items.length !== 2)
      throw valueError(`__getnewargs_ex__ should return a tuple of length 2, not ${r.items.length}`);
    const [args, kwargs] = r.items as [PyObject, PyObject];
    if (!(args instanceof PyTuple))
      throw typeError(
        `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeName(args)}'`,
      );
    if (!(kwargs instanceof PyDict))
      throw typeError(
        `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeName(kwargs)}'`,
      );
    return [args, kwargs];
  }
  const args = callSpecial(self, "__getnewargs__");
  if (args === undefined) return [null, null];
  if (!(args instanceof PyTuple))
    throw typeError(`__getnewargs__ should return a tuple, not '${typeName(args)}'`);
  return [args, null];
}

/** `self.__getstate__()`, telling object's own whether the state is `required`. */
function callGetState(self: PyObject, required: boolean): PyObject {
  const getstate = getAttr(self, "__getstate__");
  const isDefault =
    getstate instanceof PyBuiltinFunction &&
    typeOf(self).lookup("__getstate__") === objectType.dict.get("__getstate__");
  return isDefault ? objectGetState(self, required) : call(getstate, [], null);
}

/** A protocol number: an index that fits a C int. */
function cIntArg(v: PyObject): number {
  const i = index(v);
  if (typeof i === "bigint" || i > 0x7fffffff || i < -0x80000000)
    throw newException(exceptionType("OverflowError"), "Python int too large to convert to C int");
  return i;
}

function noArguments(name: string, args: PyObject[]): void {
  if (args.length > 0) throw typeError(`${name}() takes no arguments (${args.length} given)`);
}

/** The names in `__abstractmethods__` set on `t` itself (abc sets it), for object.__new__. */
objectHooks.abstractMethods = (t: PyType): string[] | null => {
  const v = t.dict.get("__abstractmethods__");
  if (v === undefined) return null;
  const names = toArray(v).map((n) => jsString(n));
  return names.length > 0 ? names : null;
};

// ---- NoneType, NotImplementedType, ellipsis ----

function singletonNew(name: string, value: PyObject): PyObject {
  return new PyBuiltinFunction("__new__", `${name}.__new__`, (args) => {
    if (args.length > 1) throw typeError(`${name} takes no arguments`);
    return value;
  });
}
defineSlots(noneType, {
  __repr__: () => "None",
  __bool__: () => false,
  __hash__: (self) => objectHashValue(self),
});
noneType.dict.set("__new__", singletonNew("NoneType", None));
defineSlots(notImplementedType, {
  __repr__: () => "NotImplemented",
  __bool__: () => {
    warn("DeprecationWarning", "NotImplemented should not be used in a boolean context");
    return true;
  },
});
notImplementedType.dict.set("__new__", singletonNew("NotImplementedType", NotImplemented));
defineMethods(notImplementedType, { __reduce__: () => "NotImplemented" });
defineSlots(ellipsisType, { __repr__: () => "Ellipsis" });
ellipsisType.dict.set("__new__", singletonNew("ellipsis", Ellipsis));
defineMethods(ellipsisType, { __reduce__: () => "Ellipsis" });

// ---- property ----

export const propertyType = new PyType(typeType, "property", [objectType], true);
propertyType.newInstance = (t) => new PyProperty(t);

/** The getter of a plain `property` (not a subclass) whose getter is a Python function:
 * what an attribute cache can call directly. */
export function plainPropertyGetter(v: PyObject): PyFunction | null {
  return v instanceof PyProperty && v.type === propertyType && v.fget instanceof PyFunction ? v.fget : null;
}

export class PyProperty implements NativeDescriptor {
  fget: PyObject = None;
  fset: PyObject = None;
  fdel: PyObject = None;
  doc: PyObject = None;
  /** Set by `__set_name__`; used in the "has no setter" messages. */
  name: PyObject | null = null;
  /** Whether `__doc__` was taken from the getter (then a copy refreshes it). */
  getterDoc = false;
  dict: AttributeDict | null;
  constructor(public type: PyType) {
    this.dict = type.hasInstanceDict ? newAttributeDict() : null;
  }

  descrGet(obj: PyObject | null, _owner: PyType): PyObject {
    if (obj === null) return this;
    if (this.fget === None) throw propertyError(this, obj, "getter");
    return call(this.fget, [obj], null);
  }

  descrSet(obj: PyObject, value: PyObject | null): void {
    if (value === null) {
      if (this.fdel === None) throw propertyError(this, obj, "deleter");
      call(this.fdel, [obj], null);
    } else {
      if (this.fset === None) throw propertyError(this, obj, "setter");
      call(this.fset, [obj, value], null);
    }
  }
}

/** "property 'x' of 'Outer.C' object has no setter": the name comes from __set_name__
 * only, the class is named by its qualname. */
function propertyError(p: PyProperty, obj: PyObject, what: string): PyObjectBase {
  const t = reprJS(strFromJS(typeOf(obj).qualname));
  if (p.name !== null) return attributeError(`property ${reprJS(p.name)} of ${t} object has no ${what}`);
  return attributeError(`property of ${t} object has no ${what}`);
}

const propertySig = signature("property(fget=?, fset=?, fdel=?, doc=?)");

function asProperty(self: PyObject): PyProperty {
  if (!(self instanceof PyProperty))
    throw typeError(`descriptor requires a 'property' object but received a '${typeName(self)}'`);
  return self;
}

function propertyInit(p: PyProperty, fget: PyObject, fset: PyObject, fdel: PyObject, doc: PyObject): void {
  p.fget = fget;
  p.fset = fset;
  p.fdel = fdel;
  p.doc = doc;
  p.name = null;
  p.getterDoc = false;
  // Without a doc the getter's __doc__ is used (even None); a subclass's instance gets it
  // as an attribute, which its class's own __doc__ would otherwise shadow.
  if (doc === None && fget !== None) {
    const d = getAttrOpt(fget, "__doc__");
    if (d === undefined) return;
    if (p.type === propertyType) p.doc = d;
    else setAttr(p, "__doc__", d);
    p.getterDoc = true;
  }
}

/** property.getter/setter/deleter: a copy of the property with one function replaced. */
function propertyCopy(p: PyProperty, fget: PyObject, fset: PyObject, fdel: PyObject): PyObject {
  const doc = p.getterDoc && fget !== None ? None : p.doc;
  const np = call(p.type, [fget, fset, fdel, doc], null);
  if (np instanceof PyProperty && p.name !== null) np.name = p.name;
  return np;
}

defineSlots(propertyType, {
  __init__: (self, args, kwnames) => {
    const p = asProperty(self);
    const v = bindArgs(propertySig, args, kwnames).values;
    propertyInit(p, v[0] ?? None, v[1] ?? None, v[2] ?? None, v[3] ?? None);
    return None;
  },
  __get__: (self, args) => {
    const obj = args[0]!;
    return asProperty(self).descrGet(obj === None ? null : obj, typeOf(self));
  },
  __set__: (self, args) => {
    asProperty(self).descrSet(args[0]!, args[1]!);
    return None;
  },
  __delete__: (self, args) => {
    asProperty(self).descrSet(args[0]!, null);
    return None;
  },
});
propertyType.dict.set(
  "__new__",
  staticMethodOf(
    new PyBuiltinFunction("__new__", "property.__new__", (args) => newOfBuiltin(args, propertyType)),
  ),
);
defineMethods(propertyType, {
  getter: (self, args) => {
    const p = asProperty(self);
    return propertyCopy(p, args[0]!, p.fset, p.fdel);
  },
  setter: (self, args) => {
    const p = asProperty(self);
    return propertyCopy(p, p.fget, args[0]!, p.fdel);
  },
  deleter: (self, args) => {
    const p = asProperty(self);
    return propertyCopy(p, p.fget, p.fset, args[0]!);
  },
  __set_name__: (self, args) => {
    if (args.length !== 2)
      throw typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
    asProperty(self).name = args[1]!;
    return None;
  },
});
defineReadonlyMembers(propertyType, {
  fget: [(self) => asProperty(self).fget],
  fset: [(self) => asProperty(self).fset],
  fdel: [(self) => asProperty(self).fdel],
});
defineGetSets(propertyType, {
  __doc__: [
    (self) => asProperty(self).doc,
    (self, v) => {
      asProperty(self).doc = v ?? None;
    },
  ],
  __isabstractmethod__: [(self) => isAbstract(asProperty(self))],
});

function isAbstract(p: PyProperty): boolean {
  for (const f of [p.fget, p.fset, p.fdel]) {
    const a = f === None ? undefined : getAttrOpt(f, "__isabstractmethod__");
    if (a !== undefined && isTrue(a)) return true;
  }
  return false;
}

/** `T.__new__(cls)` for a built-in descriptor type: checks cls and makes the storage. */
function newOfBuiltin(args: PyObject[], base: PyType): PyObject {
  const cls = args[0];
  if (!(cls instanceof PyType))
    throw typeError(
      `${base.name}.__new__(X): X is not a type object (${cls === undefined ? "NoneType" : typeName(cls)})`,
    );
  if (!cls.isSubtypeOf(base))
    throw typeError(`${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
  return cls.newInstance!(cls);
}

// ---- classmethod / staticmethod ----

export const classmethodType = new PyType(typeType, "classmethod", [objectType], true);
export const staticmethodType = new PyType(typeType, "staticmethod", [objectType], true);

export class PyClassMethod implements NativeDescriptor {
  dict: AttributeDict | null = null;
  constructor(
    public callable: PyObject,
    public type: PyType = classmethodType,
  ) {}

  descrGet(_obj: PyObject | null, owner: PyType): PyObject {
    // CPython binds to the owner it is given; type(obj) only stands in when there is none.
    const cls = owner;
    // 3.9+: a wrapped descriptor is bound through its own __get__ (classmethod chaining).
    const c = this.callable;
    if (typeof c === "object" && !(c instanceof PyFunction) && c.type.lookup("__get__") !== undefined)
      return descrGet(c, cls, cls);
    return new PyMethod(c, cls);
  }
}

export class PyStaticMethod implements NativeDescriptor {
  dict: AttributeDict | null = null;
  constructor(
    public callable: PyObject,
    public type: PyType = staticmethodType,
  ) {}

  descrGet(_obj: PyObject | null, _owner: PyType): PyObject {
    return this.callable;
  }
}
classmethodType.newInstance = (t) => new PyClassMethod(None, t);
staticmethodType.newInstance = (t) => new PyStaticMethod(None, t);

function wrapperInit(self: PyObject, args: PyObject[], kwnames: KwNames, name: string): PyObject {
  noKwargs(name, kwnames);
  if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
  const w = self as PyClassMethod | PyStaticMethod;
  w.callable = args[0]!;
  // CPython 3.10+ copies these attributes of the callable that it has (funcobject.c's
  // functools_wraps) into the wrapper's dict; __wrapped__ is a member, as __func__.
  const d = (w.dict ??= newAttributeDict());
  for (const attr of ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"]) {
    const v = getAttrOpt(w.callable, attr);
    if (v !== undefined) d[attr] = v;
  }
  return None;
}

for (const [t, name, Cls] of [
  [classmethodType, "classmethod", PyClassMethod],
  [staticmethodType, "staticmethod", PyStaticMethod],
] as const) {
  t.hasInstanceDict = true;
  defineSlots(t, {
    __init__: (self, args, kw) => wrapperInit(self, args, kw, name),
    __get__: (self, args) => {
      if (!(self instanceof Cls)) throw typeError(`descriptor '__get__' requires a '${name}' object`);
      const obj = args[0] ?? None;
      const owner = args[1];
      if (obj === None && owner === undefined) throw typeError("__get__(None, None) is invalid");
      return self.descrGet(obj === None ? null : obj, owner instanceof PyType ? owner : typeOf(obj));
    },
    __repr__: (self) => `<${name}(${reprJS((self as PyClassMethod).callable)})>`,
  });
  t.dict.set(
    "__new__",
    staticMethodOf(new PyBuiltinFunction("__new__", `${name}.__new__`, (args) => newOfBuiltin(args, t))),
  );
  defineReadonlyMembers(t, {
    __func__: [(self) => (self as PyClassMethod).callable],
    __wrapped__: [(self) => (self as PyClassMethod).callable],
  });
  defineGetSets(t, {
    __isabstractmethod__: [
      (self) => {
        const a = getAttrOpt((self as PyClassMethod).callable, "__isabstractmethod__");
        return a !== undefined && isTrue(a);
      },
    ],
    __dict__: [(self) => attributesView(self)],
  });
}
defineSlots(staticmethodType, {
  __call__: (self, args, kwnames) => call((self as PyStaticMethod).callable, args, kwnames),
});

// ---- instance __dict__ ----

/** Hooks for `__dict__` as a PyDict view of an AttributeDict (dict.ts provides it). */
export const dictViewHooks: { view: ((owner: PyObject, attrs: AttributeDict) => PyObject) | null } = {
  view: attributeDictView,
};

/** `obj.__dict__`: a PyDict backed by the object's AttributeDict. */
export function attributesView(self: PyObject): PyObject {
  const o = self as { dict?: AttributeDict | null };
  const d = (o.dict ??= newAttributeDict());
  if (dictViewHooks.view !== null) return dictViewHooks.view(self, d);
  return attributesToPyDict(d);
}

/** BaseException.__new__: the instance with `args` set to the positional arguments
 * (keyword arguments are left to `__init__`). */
baseExceptionType.dict.set(
  "__new__",
  new PyBuiltinFunction(
    "__new__",
    "BaseException.__new__",
    (args, kwnames) => {
      const npos = args.length - (kwnames === null ? 0 : kwnames.length);
      const cls = args[0];
      if (!(cls instanceof PyType))
        throw typeError(
          `BaseException.__new__(X): X is not a type object (${cls === undefined ? "NoneType" : typeName(cls)})`,
        );
      if (!cls.isSubtypeOf(baseExceptionType))
        throw typeError(`BaseException.__new__(${cls.name}): ${cls.name} is not a subtype of BaseException`);
      const e = cls.newInstance!(cls) as PyObjectBase & { args: PyObject[] };
      e.args = args.slice(1, npos);
      return e;
    },
    baseExceptionType,
  ),
);
baseExceptionType.modified();

defineGetSets(baseExceptionType, {
  __dict__: [
    (self) => attributesView(self),
    (self, v) => {
      if (v === null) throw typeError("cannot delete __dict__");
      if (!(v instanceof PyDict))
        throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
      (self as unknown as { dict: AttributeDict | null }).dict = adoptAsAttributes(v);
    },
  ],
});

// ---- super ----

export const superType = new PyType(typeType, "super", [objectType], true);

export class PySuper implements NativeDescriptor {
  dict: AttributeDict | null = null;
  thisType: PyType | null = null;
  obj: PyObject | null = null;
  objType: PyType | null = null;
  constructor(public type: PyType = superType) {}

  descrGet(obj: PyObject | null, _owner: PyType): PyObject {
    if (obj === null || this.obj !== null) return this;
    if (this.type !== superType) return call(this.type, [this.thisType!, obj], null);
    return superNew(this.thisType!, obj);
  }
}
superType.newInstance = (t) => new PySuper(t);

/** super_check: the type to start the MRO search from. */
function superCheck(type: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(type)) return obj;
  const t = typeOf(obj);
  if (t.isSubtypeOf(type)) return t;
  const cls = getAttrOpt(obj, "__class__");
  if (cls instanceof PyType && cls !== t && cls.isSubtypeOf(type)) return cls;
  throw typeError("super(type, obj): obj must be an instance or subtype of type");
}

function superInit(s: PySuper, type: PyObject, obj: PyObject | null): void {
  if (!(type instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeName(type)}`);
  if (obj === None) obj = null;
  s.objType = obj === null ? null : superCheck(type, obj);
  s.thisType = type;
  s.obj = obj;
}

/** `super(type, obj)`; the VM calls it for zero-argument `super()` with the `__class__`
 * cell's value and the first argument of the running function. */
export function superNew(type: PyObject, obj: PyObject | null): PySuper {
  const s = new PySuper();
  superInit(s, type, obj);
  return s;
}

/** How `super()` without arguments finds `__class__` and the first argument: installed
 * by the VM (it reads the calling frame). */
export const superHooks: { zeroArgs: (() => [PyObject, PyObject]) | null } = { zeroArgs: null };

function superGetAttr(self: PyObject, name: string, suppress: boolean): PyObject | undefined {
  const s = self as PySuper;
  const start = s.objType;
  if (start !== null && name !== "__class__") {
    const v = superLookup(start, s.thisType!, name);
    if (v !== undefined) {
      if (typeof v !== "object") return v;
      return descrGet(v, s.obj === start ? null : s.obj, start);
    }
  }
  return genericGetAttr(self, name, suppress);
}

/** What `super(thisType, obj).name` finds before binding: the attribute of the first class
 * after `thisType` in the MRO of `start` (obj's type) that has it. */
export function superLookup(start: PyType, thisType: PyType, name: string): PyObject | undefined {
  const mro = start.mro;
  let i = 0;
  while (i < mro.length && mro[i] !== thisType) i++;
  for (i++; i < mro.length; i++) {
    const v = mro[i]!.dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** super(), super(type) or super(type, obj) into `self` (at most 2 arguments). */
function superInitArgs(self: PySuper, args: PyObject[]): void {
  if (args.length === 0) {
    if (superHooks.zeroArgs === null)
      throw newException(exceptionType("RuntimeError"), "super(): no arguments");
    const [t, o] = superHooks.zeroArgs();
    superInit(self, t, o);
  } else superInit(self, args[0]!, args.length > 1 ? args[1]! : null);
}

// `super(...)` itself is a vectorcall, with its own wording for too many arguments;
// a subclass goes through __init__.
superType.vectorcall = (args, kwnames) => {
  noKwargs("super", kwnames);
  if (args.length > 2) throw typeError(`super() expected at most 2 arguments, got ${args.length}`);
  const s = new PySuper(superType);
  superInitArgs(s, args);
  return s;
};

defineSlots(superType, {
  __init__: (self, args, kwnames) => {
    noKwargs("super", kwnames);
    if (!(self instanceof PySuper)) throw typeError("descriptor '__init__' requires a 'super' object");
    if (args.length > 2) throw typeError(`super() takes at most 2 arguments (${args.length} given)`);
    superInitArgs(self, args);
    return None;
  },
  __repr__: (self) => {
    const s = self as PySuper;
    const t = s.thisType === null ? "NULL" : `<class '${s.thisType.name}'>`;
    if (s.objType === null) return `<super: ${t}, NULL>`;
    return `<super: ${t}, <${s.objType.name} object>>`;
  },
  __getattribute__: (self, args) => superGetAttr(self, attrName(args[0]!), false)!,
  __get__: (self, args) => {
    const obj = args[0] ?? None;
    return (self as PySuper).descrGet(obj === None ? null : obj, superType);
  },
});
superType.dict.set(
  "__new__",
  staticMethodOf(new PyBuiltinFunction("__new__", "super.__new__", (args) => newOfBuiltin(args, superType))),
);
nativeGetAttribute.set(superType.dict.get("__getattribute__")!, superGetAttr);
defineGetSets(superType, {
  __thisclass__: [(self) => (self as PySuper).thisType ?? None],
  __self__: [(self) => (self as PySuper).obj ?? None],
  __self_class__: [(self) => (self as PySuper).objType ?? None],
});

// ---- functions ----

function asFunction(self: PyObject): PyFunction {
  if (!(self instanceof PyFunction))
    throw typeError(`descriptor requires a 'function' object but received a '${typeName(self)}'`);
  return self;
}

/** Reads of a function's code object's fields, installed by the VM (the objects layer
 * treats code as opaque). */
export const functionHooks: {
  /** Validates and installs a new `__code__` (free-variable count must match). */
  setCode: ((f: PyFunction, code: PyObject) => void) | null;
} = { setCode: null };

defineSlots(functionType, {
  __repr__: (self) => `<function ${jsString(strOf(asFunction(self).qualname))} at ${addressOf(self)}>`,
  __call__: (self, args, kwnames) => pythonCalls.call(asFunction(self), args, kwnames),
  __get__: (self, args) => {
    const obj = args[0] ?? None;
    if (obj === None) return self;
    return new PyMethod(self, obj);
  },
});

function strOf(v: string): string {
  return v;
}

function setStrAttr(what: string, v: PyObject | null, set: (s: string) => void): void {
  if (v === null || !isString(v)) throw typeError(`${what} must be set to a string object`);
  set(jsString(v));
}

defineGetSets(functionType, {
  __name__: [
    (self) => strFromJS(asFunction(self).name),
    (self, v) => setStrAttr("__name__", v, (s) => (asFunction(self).name = s)),
  ],
  __qualname__: [
    (self) => strFromJS(asFunction(self).qualname),
    (self, v) => setStrAttr("__qualname__", v, (s) => (asFunction(self).qualname = s)),
  ],
  __defaults__: [
    (self) => {
      const d = asFunction(self).defaults;
      return d === null ? None : newTuple(d.slice());
    },
    (self, v) => {
      const f = asFunction(self);
      if (v === null || v === None) f.defaults = null;
      else if (v instanceof PyTuple) f.defaults = v.items.slice();
      else throw typeError("__defaults__ must be set to a tuple object");
    },
  ],
  __kwdefaults__: [
    (self) => asFunction(self).kwdefaults ?? None,
    (self, v) => {
      const f = asFunction(self);
      if (v === null || v === None) f.kwdefaults = null;
      else if (v instanceof PyDict) f.kwdefaults = v;
      else throw typeError("__kwdefaults__ must be set to a dict object");
    },
  ],
  __code__: [
    (self) => asFunction(self).code as PyObject,
    (self, v) => {
      if (v === null) throw typeError("__code__ must be set to a code object");
      if (functionHooks.setCode !== null) functionHooks.setCode(asFunction(self), v);
      else asFunction(self).code = v;
    },
  ],
  __annotations__: [
    (self) => {
      const f = asFunction(self);
      if (f.annotations === null || f.annotations === None) f.annotations = new PyDict();
      return f.annotations;
    },
    (self, v) => {
      const f = asFunction(self);
      if (v === null || v === None) f.annotations = null;
      else if (v instanceof PyDict) f.annotations = v;
      else throw typeError("__annotations__ must be set to a dict object");
    },
  ],
  __dict__: [
    (self) => attributesView(self),
    (self, v) => {
      if (v === null) throw typeError("cannot delete __dict__");
      if (!(v instanceof PyDict))
        throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
      asFunction(self).dict = adoptAsAttributes(v);
    },
  ],
});
defineMembers(functionType, {
  __globals__: [(self) => asFunction(self).globals],
  __builtins__: [
    (self) => {
      const f = asFunction(self);
      if (f.builtins !== null) return visibleBuiltins(f.builtins);
      const g = f.globals;
      return g instanceof PyDict ? (g.getStr("__builtins__") ?? None) : None;
    },
  ],
  __closure__: [
    (self) => {
      const c = asFunction(self).closure;
      return c === null ? None : newTuple(c.slice());
    },
  ],
  __doc__: [(self) => asFunction(self).doc ?? None, (self, v) => (asFunction(self).doc = v ?? None)],
  __module__: [(self) => asFunction(self).module ?? None, (self, v) => (asFunction(self).module = v ?? None)],
});
functionType.hasInstanceDict = true;

// ---- bound methods ----

function asMethod(self: PyObject): PyMethod {
  if (!(self instanceof PyMethod))
    throw typeError(`descriptor requires a 'method' object but received a '${typeName(self)}'`);
  return self;
}

/** method.__getattribute__: its own attributes, then the function's. */
function methodGetAttr(self: PyObject, name: string, suppress: boolean): PyObject | undefined {
  const t = typeOf(self);
  const descr = t.lookup(name);
  if (descr !== undefined && typeof descr === "object" && descr instanceof PyGetSetDescriptor)
    return descr.descrGet(self, t);
  if (descr !== undefined && typeof descr === "object" && !(descr instanceof PyMethodDescriptor))
    return descrGet(descr, self, t);
  const r = getAttrOpt(asMethod(self).func, name);
  if (r !== undefined) return r;
  if (descr !== undefined) return descrGet(descr, self, t);
  if (suppress) return undefined;
  throw noAttribute(self, name);
}

defineSlots(methodType, {
  __call__: (self, args, kwnames) => {
    const m = asMethod(self);
    return callBound(m.func, m.self, args, kwnames);
  },
  __repr__: (self) => {
    const m = asMethod(self);
    const q = getAttrOpt(m.func, "__qualname__") ?? getAttrOpt(m.func, "__name__");
    const name = q === undefined || !isString(q) ? "?" : jsString(q);
    return strFromJS(`<bound method ${name} of ${reprJS(m.self)}>`);
  },
  __eq__: (self, args) => {
    const o = args[0]!;
    if (!(self instanceof PyMethod) || !(o instanceof PyMethod)) return NotImplemented;
    return self.self === o.self && eq(self.func, o.func);
  },
  __ne__: (self, args) => {
    const o = args[0]!;
    if (!(self instanceof PyMethod) || !(o instanceof PyMethod)) return NotImplemented;
    return !(self.self === o.self && eq(self.func, o.func));
  },
  __hash__: (self) => {
    const m = asMethod(self);
    const h = hash(m.func);
    return (Number(BigInt.asIntN(32, BigInt(h))) ^ objectHashValue(m.self)) | 0;
  },
  __getattribute__: (self, args) => methodGetAttr(self, attrName(args[0]!), false)!,
});
nativeGetAttribute.set(methodType.dict.get("__getattribute__")!, methodGetAttr);
defineMethods(methodType, {
  __reduce__: (self) => {
    const m = asMethod(self);
    return newTuple([
      getAttr(builtinsModuleGet(), "getattr"),
      newTuple([m.self, getAttr(m.func, "__name__")]),
    ]);
  },
});
defineReadonlyMembers(methodType, {
  __self__: [(self) => asMethod(self).self, "the instance to which a method is bound"],
  __func__: [(self) => asMethod(self).func, "the function (or other callable) implementing a method"],
});
defineGetSets(methodType, {
  __doc__: [(self) => getAttrOpt(asMethod(self).func, "__doc__") ?? None],
});
methodType.dict.set(
  "__new__",
  staticMethodOf(
    new PyBuiltinFunction("__new__", "method.__new__", (args) => {
      if (args.length !== 3) throw typeError(`method expected 2 arguments, got ${args.length - 1}`);
      const f = args[1]!;
      if (typeOf(f).lookup("__call__") === undefined) throw typeError("first argument must be callable");
      if (args[2] === None) throw typeError("instance must not be None");
      return new PyMethod(f, args[2]!);
    }),
  ),
);

function builtinsModuleGet(): PyObject {
  if (reduceHooks.importModule === null) throw typeError("cannot pickle 'method' object");
  return reduceHooks.importModule("builtins");
}

iteratorHooks.builtin = (name) => getAttr(builtinsModuleGet(), name);

// ---- built-in functions and method descriptors ----

function asBuiltin(self: PyObject): PyBuiltinFunction {
  if (!(self instanceof PyBuiltinFunction))
    throw typeError(
      `descriptor requires a 'builtin_function_or_method' object but received a '${typeName(self)}'`,
    );
  return self;
}

/** A built-in method has CPython's text signature for that method of a type of the builtins
 * module (`dict.get`, from the generated table); slot wrappers (and `__new__`, CPython's
 * tp_new_wrapper) share CPython's slot signatures. Anything else keeps None: CPython's
 * methods named like slots (`list.__getitem__`) have none either. A method with a
 * docstring of its own was written here, not taken from CPython. */
function textSignature(
  f: { name: string; doc: string | null },
  isSlot: boolean,
  owner: string | null,
): PyObject {
  if (f.doc !== null) return None;
  const own = isSlot || owner === null ? undefined : builtinAttrTextSignature(owner, f.name);
  if (own !== undefined) return own;
  return isSlot || f.name === "__new__" ? (slotTextSignature(f.name) ?? None) : None;
}

/** A built-in function's or bound built-in method's docstring: its own, else CPython's
 * for that method of a built-in type (the qualname is `type.method`), else a slot's. */
function builtinDoc(b: PyBuiltinFunction): string | undefined {
  if (b.doc !== null) return b.doc;
  // A native module's function: CPython's docstring for it, where gen_builtin_docs.py
  // recorded one (`math.sqrt`).
  if (b.self !== null && builtinSelfIsModule(b)) {
    const doc = builtinDocs.get(`${b.module}.${b.name}`);
    if (doc !== undefined) return doc;
  }
  if (!builtinSelfIsModule(b)) {
    const dot = b.qualname.indexOf(".");
    const doc = dot < 0 ? undefined : builtinAttrDoc(b.qualname.slice(0, dot), b.qualname.slice(dot + 1));
    if (doc !== undefined) return doc;
  }
  return slotDoc(b.name);
}

/** A native module's function has CPython's text signature for it (`len`, `_operator.add`)
 * once the import system bound it to its module; one made on the fly (`self` still null,
 * as no module holds it) has none. */
function builtinTextSignature(b: PyBuiltinFunction, wrapper: boolean): PyObject {
  if (wrapper || !builtinSelfIsModule(b)) {
    const dot = b.qualname.indexOf(".");
    return textSignature(b, wrapper, dot < 0 ? null : b.qualname.slice(0, dot));
  }
  if (b.self === null) return None;
  return builtinTextSignatures.get(`${b.module}.${b.name}`) ?? None;
}

function builtinSelfIsModule(b: PyBuiltinFunction): boolean {
  return b.self === null || (typeof b.self === "object" && b.self.type.name === "module");
}

for (const bt of [builtinFunctionType, methodWrapperType]) {
  const wrapper = bt === methodWrapperType;
  defineSlots(bt, {
    __call__: (self, args, kwnames) => asBuiltin(self).call(args, kwnames),
    __repr__: (self) => {
      const b = asBuiltin(self);
      if (builtinSelfIsModule(b)) return `<built-in function ${b.name}>`;
      const s = b.self!;
      if (wrapper) return `<method-wrapper '${b.name}' of ${typeName(s)} object at ${addressOf(s)}>`;
      if (s instanceof PyType) return `<built-in method ${b.name} of type object at ${addressOf(s)}>`;
      return `<built-in method ${b.name} of ${typeName(s)} object at ${addressOf(s)}>`;
    },
    __eq__: (self, args) => {
      const o = args[0]!;
      if (!(self instanceof PyBuiltinFunction) || !(o instanceof PyBuiltinFunction)) return NotImplemented;
      if (self === o || builtinSelfIsModule(self)) return self === o;
      return self.self === o.self && self.qualname === o.qualname;
    },
    // A module function hashes as itself: its module would give every function of it one hash.
    __hash__: (self) => {
      const b = asBuiltin(self);
      return objectHashValue(builtinSelfIsModule(b) ? b : b.self!);
    },
  });
  defineGetSets(bt, {
    __name__: [(self) => asBuiltin(self).name],
    __qualname__: [
      (self) => {
        const b = asBuiltin(self);
        if (builtinSelfIsModule(b)) return b.name;
        const s = b.self!;
        const t = s instanceof PyType ? s : typeOf(s);
        return `${t.qualname}.${b.name}`;
      },
    ],
    __self__: [(self) => (asBuiltin(self).isStatic ? None : (asBuiltin(self).self ?? None))],
    __module__: [(self) => asBuiltin(self).module ?? None],
    __doc__: [(self) => builtinDoc(asBuiltin(self)) ?? None],
    __text_signature__: [(self) => builtinTextSignature(asBuiltin(self), wrapper)],
  });
  if (wrapper) defineGetSets(bt, { __objclass__: [(self) => asBuiltin(self).objclass ?? None] });
  defineMethods(bt, {
    __reduce__: (self) => {
      const b = asBuiltin(self);
      if (builtinSelfIsModule(b)) return b.name;
      return newTuple([getAttr(builtinsModuleGet(), "getattr"), newTuple([b.self!, b.name])]);
    },
  });
}

for (const t of [methodDescriptorType, wrapperDescriptorType, classMethodDescriptorType]) {
  const kind = t === wrapperDescriptorType ? "slot wrapper" : "method";
  defineSlots(t, {
    __repr__: (self) => {
      const d = self as PyMethodDescriptor;
      return `<${kind} '${d.name}' of '${d.objclass.name}' objects>`;
    },
    __get__: (self, args) => {
      const obj = args[0] ?? None;
      const owner = args[1];
      const d = self as unknown as NativeDescriptor;
      const ownerType = owner instanceof PyType ? owner : typeOf(obj);
      if (t === classMethodDescriptorType) {
        if (obj === None && !(owner instanceof PyType))
          throw typeError(
            `descriptor '${(self as PyClassMethodDescriptor).name}' for type '${(self as PyClassMethodDescriptor).objclass.name}' needs either an object or a type`,
          );
        return d.descrGet(obj === None ? null : obj, ownerType);
      }
      return d.descrGet(obj === None && owner !== undefined ? null : obj, ownerType);
    },
    __call__: (self, args, kwnames) => {
      const d = self as PyMethodDescriptor;
      if (args.length === 0 || (kwnames !== null && args.length === kwnames.length)) {
        // A method is named by its qualified name, a slot wrapper by its type's full name.
        if (t !== methodDescriptorType)
          throw typeError(`descriptor '${d.name}' of '${d.objclass.name}' object needs an argument`);
        throw typeError(`unbound method ${d.objclass.qualname}.${d.name}() needs an argument`);
      }
      const first = args[0]!;
      if (t === classMethodDescriptorType) {
        if (!(first instanceof PyType))
          throw typeError(
            `descriptor '${d.name}' for type '${d.objclass.name}' needs a type, not a '${typeName(first)}' as arg 2`,
          );
        if (!first.isSubtypeOf(d.objclass))
          throw typeError(
            `descriptor '${d.name}' requires a subtype of '${d.objclass.name}' but received '${first.name}'`,
          );
      } else checkCallSelf(d, first);
      return d.call(first, args.slice(1), kwnames);
    },
  });
  defineGetSets(t, {
    __name__: [(self) => (self as PyMethodDescriptor).name],
    __qualname__: [
      (self) => `${(self as PyMethodDescriptor).objclass.qualname}.${(self as PyMethodDescriptor).name}`,
    ],
    __objclass__: [(self) => (self as PyMethodDescriptor).objclass],
    __doc__: [
      (self) => {
        const d = self as PyMethodDescriptor;
        return d.doc ?? builtinAttrDoc(d.objclass.name, d.name) ?? slotDoc(d.name) ?? None;
      },
    ],
    __text_signature__: [
      (self) => {
        const d = self as PyMethodDescriptor;
        return textSignature(d, t === wrapperDescriptorType, d.objclass.name);
      },
    ],
  });
}

for (const [t, kind] of [
  [getSetDescriptorType, "attribute"],
  [memberDescriptorType, "member"],
] as const) {
  defineSlots(t, {
    __repr__: (self) => {
      const d = self as PyGetSetDescriptor;
      return `<${kind} '${d.name}' of '${d.objclass.name}' objects>`;
    },
    __get__: (self, args) => {
      const obj = args[0] ?? None;
      const d = self as unknown as NativeDescriptor;
      if (obj === None) {
        const owner = args[1];
        if (owner === undefined || owner === None) throw typeError("__get__(None, None) is invalid");
        return self;
      }
      return d.descrGet(obj, typeOf(obj));
    },
    __set__: (self, args) => {
      (self as unknown as NativeDescriptor).descrSet!(args[0]!, args[1]!);
      return None;
    },
    __delete__: (self, args) => {
      (self as unknown as NativeDescriptor).descrSet!(args[0]!, null);
      return None;
    },
  });
  defineGetSets(t, {
    __name__: [(self) => (self as PyGetSetDescriptor).name],
    __qualname__: [
      (self) => `${(self as PyGetSetDescriptor).objclass.qualname}.${(self as PyGetSetDescriptor).name}`,
    ],
    __objclass__: [(self) => (self as PyGetSetDescriptor).objclass],
    __doc__: [
      (self) => {
        const d = self as PyGetSetDescriptor;
        return d.doc ?? (d.objclass.isBuiltin ? builtinAttrDoc(d.objclass.name, d.name) : undefined) ?? None;
      },
    ],
  });
}
void PyMemberDescriptor;

// ---- wiring ----

/** `type.__prepare__`: a fresh dict for the class body. */
typeType.dict.set(
  "__prepare__",
  new PyClassMethod(new PyBuiltinFunction("__prepare__", "type.__prepare__", () => new PyDict(), typeType)),
);

callHooks.bindDescriptor = (descr, self, owner) => descrGet(descr, self, owner);

/** The builtins these types are exposed as (`property`, `classmethod`, `super`...). */
export const descriptorBuiltins: Record<string, PyObject> = {
  object: objectType,
  property: propertyType,
  classmethod: classmethodType,
  staticmethod: staticmethodType,
  super: superType,
};

// Keep a few helpers referenced for modules that extend these types.
export { richCompare, CompareOp, isException, builtinFunction };
