// Attribute access: the descriptor protocol, `object.__getattribute__` /
// `__setattr__` / `__delattr__` (CPython's PyObject_Generic*Attr) and their counterparts
// for classes (type_getattro / type_setattro).
//
// Descriptors implemented in TypeScript (functions, method descriptors, getsets, slots,
// property, classmethod, ...) implement `descrGet` and, for data descriptors, `descrSet`
// (CPython's tp_descr_get / tp_descr_set). They are used directly only when the
// descriptor's type is the built-in one: an instance of a Python subclass of `property`
// is still a JS PyProperty, but its Python-level `__get__` must win, so it goes through
// the general path (special-method lookup on the descriptor's type).
//
// Which `__getattribute__` a type uses is decided per type and cached against the type's
// version (`getattrKind`), so the common case (the generic algorithm, no `__getattr__`)
// costs one comparison before the two dictionary probes.

import { None, objectType } from "./bootstrap.js";
import { callWithSelf, call } from "./call.js";
import {
  AttributeError_,
  attributeError,
  isException,
  newException,
  typeError,
  type PyBaseException,
} from "./exceptions.js";
import { PyFunction, PyMethod, PyMethodDescriptor } from "./function.js";
import { newAttributeDict, typeOf, type AttributeDict, type PyObject, type PyObjectBase } from "./object.js";
import { typeName } from "./names.js";
import { PyType } from "./type.js";

/** A descriptor implemented in TypeScript (tp_descr_get / tp_descr_set). `obj` is null
 * when the attribute is read from the class itself. */
export interface NativeDescriptor extends PyObjectBase {
  descrGet(obj: PyObject | null, owner: PyType): PyObject;
  /** Present only on data descriptors; `value` null means delete. */
  descrSet?(obj: PyObject, value: PyObject | null): void;
}

function isNativeDescriptor(d: PyObjectBase): d is NativeDescriptor {
  return d.type.isBuiltin && typeof (d as Partial<NativeDescriptor>).descrGet === "function";
}

/** The instance attribute dictionary of `o`, if it has one. */
export function instanceDict(o: PyObject): AttributeDict | null {
  if (typeof o !== "object") return null;
  const d = (o as { dict?: unknown }).dict;
  // PyType.dict is a Map (the class namespace), handled by the type paths.
  return d !== undefined && d !== null && !(d instanceof Map) ? (d as AttributeDict) : null;
}

/** Hooks for objects whose attributes do not live in an AttributeDict (modules keep a
 * PyDict); installed by module.ts. Returns undefined when absent. */
export const attributeHooks: {
  moduleGet: (m: PyObject, name: string) => PyObject | undefined;
} = { moduleGet: () => undefined };

/** Told when a class's `__new__` is assigned or deleted (descriptors.ts keeps CPython's
 * tp_new slot up to date, whose history shows in object.__new__'s argument checks). */
export const typeSlotHooks: { newChanged: (cls: PyType) => void } = { newChanged: () => {} };

// ---- the descriptor protocol ----

/** `descr.__get__(obj, owner)`, with `obj` null for access through the class. Returns
 * `descr` itself when it is not a descriptor. */
export function descrGet(descr: PyObject, obj: PyObject | null, owner: PyType): PyObject {
  if (typeof descr !== "object") return descr;
  if (descr instanceof PyFunction) return obj === null ? descr : new PyMethod(descr, obj);
  if (isNativeDescriptor(descr)) return descr.descrGet(obj, owner);
  const get = descr.type.lookup("__get__");
  if (get === undefined) return descr;
  return callWithSelf(get, descr, [obj === null ? None : obj, owner], null);
}

/** Whether `descr` has `__get__` (a non-data descriptor at least). */
export function hasDescrGet(descr: PyObject): boolean {
  if (typeof descr !== "object") return false;
  if (descr instanceof PyFunction || isNativeDescriptor(descr)) return true;
  return descr.type.lookup("__get__") !== undefined;
}

/** Whether `descr` is a data descriptor (`__set__` or `__delete__` on its type). */
export function isDataDescriptor(descr: PyObject): boolean {
  if (typeof descr !== "object" || descr instanceof PyFunction) return false;
  if (isNativeDescriptor(descr)) return descr.descrSet !== undefined;
  const t = descr.type;
  return t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined;
}

/** `descr.__set__(obj, value)`, or `descr.__delete__(obj)` when value is null; the caller
 * has checked isDataDescriptor. */
export function descrSet(descr: PyObjectBase, obj: PyObject, value: PyObject | null, name: string): void {
  if (isNativeDescriptor(descr)) {
    descr.descrSet!(obj, value);
    return;
  }
  const t = descr.type;
  if (value === null) {
    const del = t.lookup("__delete__");
    if (del === undefined) throw attributeError(`__delete__`);
    callWithSelf(del, descr, [obj], null);
  } else {
    const set = t.lookup("__set__");
    if (set === undefined) throw attributeError(`__set__`);
    callWithSelf(set, descr, [obj, value], null);
  }
  void name;
}

// ---- errors ----

/** AttributeError with CPython's `name` and `obj` attributes set. */
export function noAttribute(obj: PyObject, name: string, message?: string): PyObjectBase {
  const msg =
    message ??
    (obj instanceof PyType
      ? `type object '${obj.name}' has no attribute '${name}'`
      : `'${typeName(obj)}' object has no attribute '${name}'`);
  const e = newException(AttributeError_, msg);
  e.setField("name", name);
  e.setField("obj", obj);
  return e;
}

export function isAttributeError(e: unknown): boolean {
  return isException(e) && e.type.isSubtypeOf(AttributeError_);
}

// ---- object.__getattribute__ and friends ----

/** PyObject_GenericGetAttr. Returns undefined instead of raising when `suppress`. */
export function genericGetAttr(o: PyObject, name: string, suppress: boolean): PyObject | undefined {
  const t = typeOf(o);
  const descr = t.lookup(name);
  let getter = false;
  if (descr !== undefined && typeof descr === "object") {
    if (descr instanceof PyFunction) getter = true;
    else if (isNativeDescriptor(descr)) {
      if (descr.descrSet !== undefined) return descr.descrGet(o, t);
      getter = true;
    } else {
      const dt = descr.type;
      const get = dt.lookup("__get__");
      if (get !== undefined) {
        if (dt.lookup("__set__") !== undefined || dt.lookup("__delete__") !== undefined)
          return callWithSelf(get, descr, [o, t], null);
        getter = true;
      }
    }
  }
  const dict = instanceDict(o);
  if (dict !== null) {
    const v = dict[name];
    if (v !== undefined) return v;
  }
  if (descr !== undefined) {
    if (!getter) return descr;
    if (descr instanceof PyFunction) return new PyMethod(descr, o);
    return descrGet(descr, o, t);
  }
  if (suppress) return undefined;
  throw noAttribute(o, name);
}

/** PyObject_GenericSetAttr; `value` null deletes. */
export function genericSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  const t = typeOf(o);
  const descr = t.lookup(name);
  if (descr !== undefined && typeof descr === "object" && isDataDescriptor(descr)) {
    descrSet(descr, o, value, name);
    return;
  }
  let dict = instanceDict(o);
  if (
    dict === null &&
    value !== null &&
    t.hasInstanceDict &&
    (o as unknown as { dict?: unknown }).dict === null
  ) {
    // Exceptions and functions make their attribute dictionary on first use.
    dict = (o as unknown as { dict: AttributeDict | null }).dict = newAttributeDict();
  }
  if (dict !== null) {
    if (value !== null) dict[name] = value;
    else if (dict[name] !== undefined) delete dict[name];
    else throw noAttribute(o, name);
    return;
  }
  if (descr !== undefined) throw attributeError(`'${t.name}' object attribute '${name}' is read-only`);
  throw noAttribute(o, name);
}

// ---- type.__getattribute__ / type.__setattr__ ----

/** type_getattro: attribute access on a class. */
export function typeGetAttr(cls: PyType, name: string, suppress: boolean): PyObject | undefined {
  const meta = cls.type;
  const metaAttr = meta.lookup(name);
  let metaGetter = false;
  if (metaAttr !== undefined && typeof metaAttr === "object") {
    metaGetter = hasDescrGet(metaAttr);
    // A data descriptor without __get__ leaves the class's own attribute visible.
    if (metaGetter && isDataDescriptor(metaAttr)) return descrGet(metaAttr, cls, meta);
  }
  const attr = cls.lookup(name);
  if (attr !== undefined) {
    if (typeof attr !== "object" || attr instanceof PyFunction) return attr;
    return descrGet(attr, null, cls);
  }
  if (metaAttr !== undefined) return metaGetter ? descrGet(metaAttr, cls, meta) : metaAttr;
  if (suppress) return undefined;
  throw noAttribute(cls, name);
}

/** type_setattro; `value` null deletes. */
export function typeSetAttr(cls: PyType, name: string, value: PyObject | null): void {
  if (cls.isBuiltin) {
    throw typeError(`cannot set '${name}' attribute of immutable type '${cls.name}'`);
  }
  const meta = cls.type;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== undefined && typeof metaAttr === "object" && isDataDescriptor(metaAttr)) {
    descrSet(metaAttr, cls, value, name);
    cls.modified();
    return;
  }
  if (value !== null) cls.setAttribute(name, value);
  else if (!cls.deleteAttribute(name)) throw noAttribute(cls, name);
  if (name === "__new__") typeSlotHooks.newChanged(cls);
}

// ---- dispatch on the type's __getattribute__ / __setattr__ ----

type NativeGet = (o: PyObject, name: string, suppress: boolean) => PyObject | undefined;
export type NativeSet = (o: PyObject, name: string, value: PyObject | null) => void;

/** The native `__getattribute__` implementations, registered as method descriptors by
 * descriptors.ts / typeobject.ts / module.ts; a type whose `__getattribute__` is one of
 * them skips the Python-level call. */
export const nativeGetAttribute = new Map<PyObject, NativeGet>();
export const nativeSetAttr = new Map<PyObject, NativeSet>();
/** The native setters that are CPython's PyObject_GenericSetAttr under another
 * representation (a module keeps its attributes in a PyDict): object.__setattr__ may be
 * applied to an object whose type uses one of them. */
export const genericSetAttrs = new Set<NativeSet>([genericSetAttr]);

/** Which attribute algorithm a type uses (its `__getattribute__`, `__getattr__`,
 * `__setattr__`, `__delattr__`, with the native implementations resolved), recorded on
 * the type against its version. */
class AttrSlots {
  readonly version: number;
  readonly getattribute: PyObject | undefined;
  /** The native __getattribute__, or null when a Python one must be called. */
  readonly nativeGet: NativeGet | null;
  /** Whether attribute reads are exactly object.__getattribute__'s (LOAD_METHOD may skip
   * the bound method). */
  readonly generic: boolean;
  readonly getattr: PyObject | undefined;
  /** Whether `o.__class__` is the type itself (object's `__class__`, read generically). */
  readonly ownClass: boolean;
  readonly setattr: PyObject | undefined;
  readonly nativeSet: NativeSet | null;
  readonly delattr: PyObject | undefined;
  readonly nativeDel: NativeSet | null;
  constructor(t: PyType) {
    this.version = t.version;
    this.getattribute = t.lookup("__getattribute__");
    this.nativeGet =
      this.getattribute === undefined ? genericGetAttr : (nativeGetAttribute.get(this.getattribute) ?? null);
    this.generic = this.nativeGet === genericGetAttr;
    this.getattr = t.lookup("__getattr__");
    this.ownClass = this.generic && t.lookup("__class__") === objectType.lookup("__class__");
    this.setattr = t.lookup("__setattr__");
    this.nativeSet = this.setattr === undefined ? genericSetAttr : (nativeSetAttr.get(this.setattr) ?? null);
    this.delattr = t.lookup("__delattr__");
    this.nativeDel = this.delattr === undefined ? genericSetAttr : (nativeSetAttr.get(this.delattr) ?? null);
  }
}

function attrSlots(t: PyType): AttrSlots {
  const s = t.attrSlots as AttrSlots | null;
  if (s !== null && s.version === t.version) return s;
  return (t.attrSlots = new AttrSlots(t));
}

/** Whether a class attribute is a plain value: of a built-in type (which no program can
 * give a `__get__`) that is no descriptor. Reading it through an instance gives the value
 * itself unless the instance's dict has the name. */
export function plainClassValue(v: PyObject): boolean {
  const t = typeOf(v);
  return t.isBuiltin && t.lookup("__get__") === undefined;
}

/** Whether instances of `t` read attributes with object.__getattribute__ and no
 * __getattr__, and write them with object.__setattr__: the interpreter's attribute caches
 * may then read and write the instance dict directly. */
export function plainAttributes(t: PyType): boolean {
  const s = attrSlots(t);
  return s.generic && s.getattr === undefined && s.nativeSet === genericSetAttr;
}

/** `o.__class__` as isinstance reads it (undefined when absent), without the attribute
 * lookup when the type neither overrides `__class__` nor reads attributes its own way. */
export function reportedClass(o: PyObject): PyObject | undefined {
  const t = typeOf(o);
  return attrSlots(t).ownClass ? t : getAttrOpt(o, "__class__");
}

/** PyObject_GetAttr's set_attribute_error_context: an AttributeError that a getter or
 * `__getattr__` raised without `name` gets the attribute's name and object, which the
 * "Did you mean" suggestions need. */
function addAttributeContext(e: unknown, o: PyObject, name: string): unknown {
  if (!isAttributeError(e)) return e;
  const err = e as PyBaseException;
  const known = err.field("name");
  if (known === undefined || known === None) {
    err.setField("name", name);
    err.setField("obj", o);
  }
  return e;
}

function getAttrImpl(o: PyObject, name: string, suppress: boolean): PyObject | undefined {
  try {
    return lookUpAttr(o, name, suppress);
  } catch (e) {
    throw suppress ? e : addAttributeContext(e, o, name);
  }
}

function lookUpAttr(o: PyObject, name: string, suppress: boolean): PyObject | undefined {
  const s = attrSlots(typeOf(o));
  const native = s.nativeGet;
  if (native !== null) {
    if (s.getattr === undefined) {
      if (!suppress) return native(o, name, false);
      // _PyObject_LookupAttr: an AttributeError from a descriptor (a property's getter)
      // means "no attribute" too.
      try {
        return native(o, name, true);
      } catch (e) {
        if (isAttributeError(e)) return undefined;
        throw e;
      }
    }
    try {
      const r = native(o, name, true);
      if (r !== undefined) return r;
    } catch (e) {
      // An AttributeError from a descriptor (a property's getter) also falls back.
      if (!isAttributeError(e)) throw e;
    }
  } else {
    try {
      return callWithSelf(s.getattribute!, o, [name], null);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      if (s.getattr === undefined) {
        if (suppress) return undefined;
        throw e;
      }
    }
  }
  // __getattr__ fallback
  if (s.getattr === undefined) {
    if (suppress) return undefined;
    throw noAttribute(o, name);
  }
  if (!suppress) return callWithSelf(s.getattr, o, [name], null);
  try {
    return callWithSelf(s.getattr, o, [name], null);
  } catch (e) {
    if (isAttributeError(e)) return undefined;
    throw e;
  }
}

/** `o.name` (PyObject_GetAttr). */
export function getAttr(o: PyObject, name: string): PyObject {
  return getAttrImpl(o, name, false)!;
}

/** `o.name`, or undefined where `getattr` would raise AttributeError. */
export function getAttrOpt(o: PyObject, name: string): PyObject | undefined {
  return getAttrImpl(o, name, true);
}

export function hasAttr(o: PyObject, name: string): boolean {
  return getAttrImpl(o, name, true) !== undefined;
}

function setAttrImpl(o: PyObject, name: string, value: PyObject | null): void {
  const s = attrSlots(typeOf(o));
  if (value === null) {
    if (s.nativeDel !== null) s.nativeDel(o, name, null);
    else callWithSelf(s.delattr!, o, [name], null);
  } else if (s.nativeSet !== null) s.nativeSet(o, name, value);
  else callWithSelf(s.setattr!, o, [name, value], null);
}

/** `o.name = value` (PyObject_SetAttr). */
export function setAttr(o: PyObject, name: string, value: PyObject): void {
  setAttrImpl(o, name, value);
}

/** `del o.name`. */
export function delAttr(o: PyObject, name: string): void {
  setAttrImpl(o, name, null);
}

// ---- method calls without a bound method ----

/** `o.name(*args)`: when the attribute is a plain function or method descriptor found on
 * the type (and not shadowed by the instance dict), calls it with `o` as self without
 * making a bound method (CPython's LOAD_METHOD). */
export function callMethod(
  o: PyObject,
  name: string,
  args: PyObject[],
  kwnames: readonly string[] | null = null,
): PyObject {
  const t = typeOf(o);
  if (attrSlots(t).generic) {
    const descr = t.lookup(name);
    if (descr !== undefined && typeof descr === "object" && isUnboundMethod(descr)) {
      const dict = instanceDict(o);
      if (dict === null || dict[name] === undefined) return callWithSelf(descr, o, args, kwnames);
    }
  }
  return call(getAttr(o, name), args, kwnames);
}

/** Whether a type attribute binds by prepending self (functions, method descriptors). */
export function isUnboundMethod(descr: PyObjectBase): boolean {
  return descr instanceof PyFunction || descr instanceof PyMethodDescriptor;
}

/** Python-visible `object.__getattribute__`. */
export function objectGetAttribute(self: PyObject, name: PyObject): PyObject {
  return genericGetAttr(self, attrName(name), false)!;
}

/** Checks an attribute name argument: "attribute name must be string, not 'int'". */
export function attrName(name: PyObject): string {
  if (typeof name === "string") return name;
  if (typeof name === "object" && typeOf(name).isSubtypeOf(typeOf(""))) {
    const js = (name as { toJS?: () => string }).toJS;
    if (js) return js.call(name);
  }
  throw typeError(`attribute name must be string, not '${typeName(name)}'`);
}
