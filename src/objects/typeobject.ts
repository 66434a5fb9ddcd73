// Classes: `type`'s methods and attributes, class creation (`type.__new__`, metaclass
// resolution, `__slots__`, `__set_name__`, `__init_subclass__`, `__classcell__`), instance
// creation (`type.__call__`), `__class__` assignment, and `mappingproxy`.
//
// The VM's `__build_class__` calls `prepareClass` (resolves `__mro_entries__`, the
// metaclass and `__prepare__`), runs the class body in the namespace it returns, and then
// `buildClass` (calls the metaclass and checks `__classcell__`).

import { recordedCollectionFlags } from "./collection_flags.js";
import { registerFinalizable } from "./finalization.js";
import {
  bytesType,
  cellType,
  Ellipsis,
  intType,
  dictType,
  frozensetType,
  None,
  NotImplemented,
  objectType,
  strType,
  tupleType,
  typeType,
} from "./bootstrap.js";
import { call, callHooks, callWithSelf } from "./call.js";
import {
  isException,
  newException,
  exceptionType,
  typeError,
  valueError,
  attributeError,
} from "./exceptions.js";
import {
  bindArgs,
  defineGetSets,
  defineMethods,
  nativeNews,
  PyBuiltinFunction,
  type NativeNew,
  PyFunction,
  PyGetSetDescriptor,
  PyMemberDescriptor,
  PyMethodDescriptor,
  pythonCalls,
  signature,
  type KwNames,
} from "./function.js";
import {
  addressOf,
  newAttributeDict,
  typeOf,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
} from "./object.js";
import { setFromIterable } from "./set.js";
import { typeName } from "./names.js";
import { builtinTypeTextSignature, docTextSignature } from "./slot_docs.js";
import { computeMro, MroError, PyType } from "./type.js";
import {
  attrName,
  descrGet,
  descrSet,
  genericGetAttr as genericGetAttrRef,
  setAttr as setAttrRef,
  getAttr,
  getAttrOpt,
  nativeGetAttribute,
  nativeSetAttr,
  noAttribute,
  typeGetAttr,
  typeSetAttr,
} from "./attributes.js";
import {
  abstractHooks,
  binaryOp as binaryOpRef,
  BinaryOp,
  isSubclass as isSubclassRef,
  contains,
  defaultInstanceCheck,
  getItem,
  getIter,
  isInstance,
  isString,
  isTrue,
  iterNext,
  len,
  recursiveIsSubclass,
  reprJS,
  strJS,
  richCompare,
  CompareOp,
  setItem,
  toArray,
} from "./abstract.js";
// Only functions use what descriptors.ts exports: dict.ts -> dict_views.ts -> this module
// -> descriptors.ts is an import cycle, so nothing here may touch those bindings while
// the module is being evaluated.
import {
  attributesView,
  mergeClassDict,
  newObjectOf,
  objectInit,
  objectNew,
  PyClassMethod,
  tpNewIsObjectNew,
  updateTpNew,
  updateTpNewDown,
  PyStaticMethod,
  qualifiedName,
  solidBase,
  typeModule,
} from "./descriptors.js";
import { jsString, strFromJS, strText } from "./str.js";
import { bestBaseOf, checkCompatibleLayout, hasWeakrefSlot, isVarSized } from "./type_layout.js";
import { newTuple, PyTuple } from "./tuple.js";
import { adoptAsAttributes, PyDict } from "./dict.js";
import { PyList } from "./list.js";
import { weakrefListGetter } from "./weakref.js";
import {
  defineClassGetItem,
  defineNew,
  iteratorHooks,
  iteratorType,
  reduceWithBuiltin,
  type NativeIter,
} from "./iterators.js";

/** Hooks into the running interpreter. */
export const typeHooks: {
  /** `__name__` of the calling frame's globals, for `type(name, bases, ns)` called from
   * Python without `__module__` in the namespace. */
  callerModuleName: (() => PyObject | undefined) | null;
} = { callerModuleName: null };

// ---- helpers ----

function asType(self: PyObject, what = "type"): PyType {
  if (!(self instanceof PyType))
    throw typeError(`descriptor '${what}' requires a 'type' object but received a '${typeName(self)}'`);
  return self;
}

function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*$/u.test(s);
}

/** The type in `t`'s ancestry that fixes its instance layout (CPython's solid_base):
 * types that add `__slots__` or have their own storage. */
function layoutBase(t: PyType): PyType {
  for (;;) {
    if (t === objectType) return t;
    const base = t.bases[0]!;
    const ownSlots = (t.extra["ownSlots"] as number | undefined) ?? 0;
    if (ownSlots > 0) return t;
    if (t.isBuiltin && t.newInstance !== null && t.newInstance !== base.newInstance) return t;
    t = bestBaseOf(t);
  }
}

/** best_base: the base whose layout all other bases' layouts extend. */
function bestBase(bases: PyType[]): PyType {
  let winner: PyType | null = null;
  let best: PyType | null = null;
  for (const b of bases) {
    if (!b.isBaseType) throw typeError(`type '${b.name}' is not an acceptable base type`);
    const candidate = layoutBase(b);
    if (winner === null) {
      winner = candidate;
      best = b;
    } else if (winner.isSubtypeOf(candidate)) {
      // keep
    } else if (candidate.isSubtypeOf(winner)) {
      winner = candidate;
      best = b;
    } else throw typeError("multiple bases have instance lay-out conflict");
  }
  return best!;
}

/** _PyType_CalculateMetaclass. */
export function calculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = typeOf(b);
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) {
      winner = t;
      continue;
    }
    throw typeError(
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

function mroError(e: unknown): unknown {
  return e instanceof MroError ? typeError(e.message) : e;
}

// ---- class creation ----

/** The namespace's str keys; the others go to `foreign`. */
function nsEntries(ns: PyObject, foreign: PyDict): [string, PyObject][] {
  const out: [string, PyObject][] = [];
  if (ns instanceof PyDict) {
    ns.forEach((k, v) => {
      if (isString(k)) out.push([jsString(k), v]);
      else foreign.set(k, v);
    });
    return out;
  }
  for (const k of toArray(ns)) out.push([jsString(k), getItem(ns, k)]);
  return out;
}

const typeNewSig = signature("type.__new__(metatype, name, bases, dict, /)");

/** `type.__new__(meta, name, bases, ns, **kwds)`. */
export function typeNew(args: PyObject[], kwnames: KwNames): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const meta = args[0];
  if (!(meta instanceof PyType))
    throw typeError(
      `type.__new__(X): X is not a type object (${meta === undefined ? "NoneType" : typeName(meta)})`,
    );
  if (!meta.isSubtypeOf(typeType))
    throw typeError(`type.__new__(${meta.name}): ${meta.name} is not a subtype of type`);
  if (npos === 2 && meta === typeType && nkw === 0) return typeOf(args[1]!);
  if (npos !== 4) throw typeError(`type.__new__() takes exactly 3 arguments (${npos - 1} given)`);
  bindArgs(typeNewSig, args.slice(0, npos), null);
  const name = args[1]!;
  const bases = args[2]!;
  const ns = args[3]!;
  if (!isString(name)) throw typeError(`type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (!(bases instanceof PyTuple))
    throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!(ns instanceof PyDict) || !ns.type.isSubtypeOf(dictType))
    throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  const kw: [string, PyObject][] = [];
  for (let i = 0; i < nkw; i++) kw.push([kwnames![i]!, args[npos + i]!]);

  // Bases are resolved by __build_class__ (or types.new_class), never here.
  for (const b of bases.items)
    if (!(b instanceof PyType) && getAttrOpt(b, "__mro_entries__") !== undefined)
      throw typeError("type() doesn't support MRO entry resolution; use types.new_class()");
  // The most derived metaclass wins; if it is not `meta`, it makes the class.
  const winner = calculateMetaclass(meta, bases.items);
  if (winner !== meta) {
    const wn = winner.lookup("__new__");
    if (wn !== typeType.dict.get("__new__"))
      return call(descrGet(wn!, null, winner), [winner, ...args.slice(1)], kwnames);
  }
  checkUtf8(name);
  return newClass(winner, jsString(name), bases.items, ns, kw);
}

/** Fails on a lone surrogate as CPython's PyUnicode_AsUTF8, through which a class's name
 * and docstring go (to tp_name and tp_doc), does. */
function checkUtf8(s: PyObject): void {
  const t = strText(s);
  // A str that is a JS string holds no lone surrogates (they make a code-point array).
  if (t === undefined || typeof t === "string") return;
  const i = t.findIndex((c) => c.length === 1 && c >= "\ud800" && c <= "\udfff");
  if (i >= 0)
    throw call(exceptionType("UnicodeEncodeError"), ["utf-8", s, i, i + 1, "surrogates not allowed"], null);
}

function newClass(
  meta: PyType,
  name: string,
  baseObjs: PyObject[],
  ns: PyDict,
  kw: [string, PyObject][],
): PyType {
  if (name.includes("\0")) throw valueError("type name must not contain null characters");
  const bases: PyType[] = [];
  for (const b of baseObjs) {
    if (!(b instanceof PyType)) {
      if (getAttrOpt(b, "__mro_entries__") !== undefined)
        throw typeError("type() doesn't support MRO entry resolution; use types.new_class()");
      throw typeError(`bases must be types`);
    }
    if (bases.includes(b)) throw typeError(`duplicate base class ${b.name}`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(objectType);
  const base = bestBase(bases);
  const foreign = new PyDict();
  const entries = nsEntries(ns, foreign);
  const dict = new Map<string, PyObject>(entries);

  // __slots__
  const slotsObj = dict.get("__slots__");
  const slotNames: string[] = [];
  let addDict = !base.hasInstanceDict;
  let addWeakref = !hasWeakrefSlot(base) && !isVarSized(base);
  if (slotsObj !== undefined) {
    const items = isString(slotsObj) ? [slotsObj] : toArray(slotsObj);
    if (items.length > 0 && isVarSized(base))
      throw typeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
    addDict = false;
    addWeakref = false;
    const seen = new Set<string>();
    for (const it of items) {
      if (!isString(it)) throw typeError(`__slots__ items must be strings, not '${typeName(it)}'`);
      const s = jsString(it);
      if (!isIdentifier(s)) throw typeError("__slots__ must be identifiers");
      if (s === "__dict__") {
        if (base.hasInstanceDict || addDict) throw typeError("__dict__ slot disallowed: we already got one");
        addDict = true;
        continue;
      }
      if (s === "__weakref__") {
        if (hasWeakrefSlot(base) || addWeakref)
          throw typeError("__weakref__ slot disallowed: we already got one");
        addWeakref = true;
        continue;
      }
      const mangled = mangle(name, s);
      // CPython accepts a repeated name (the descriptor is made once).
      if (seen.has(mangled)) continue;
      seen.add(mangled);
      // __qualname__ and __classcell__ are taken out of the namespace below, so they are no
      // class variables.
      if (dict.has(mangled) && mangled !== "__qualname__" && mangled !== "__classcell__")
        throw valueError(`'${mangled}' in __slots__ conflicts with class variable`);
      slotNames.push(mangled);
    }
    slotNames.sort();
    // Secondary bases may provide the __dict__ and __weakref__ the primary lacks.
    for (const b of bases) {
      if (b === base) continue;
      if (!base.hasInstanceDict && b.hasInstanceDict) addDict = true;
      if (!hasWeakrefSlot(base) && !isVarSized(base) && hasWeakrefSlot(b)) addWeakref = true;
    }
  }

  let t: PyType;
  try {
    t = new PyType(meta, name, bases, false);
  } catch (e) {
    throw mroError(e);
  }
  t.extra["base"] = base;
  if (foreign.size > 0) t.foreign = foreign;
  t.newInstance = solidBase(base).newInstance ?? base.newInstance;
  t.hasInstanceDict = base.hasInstanceDict || addDict;
  t.extra["hasWeakref"] = hasWeakrefSlot(base) || addWeakref;
  t.extra["ownSlots"] = slotNames.length;
  const inheritedSlots = base.slotNames;
  t.slotNames = [...inheritedSlots, ...slotNames];

  // __qualname__, __module__, __doc__
  let qualname = name;
  const qn = dict.get("__qualname__");
  if (qn !== undefined) {
    if (!isString(qn)) throw typeError(`type __qualname__ must be a str, not ${typeName(qn)}`);
    qualname = jsString(qn);
    dict.delete("__qualname__");
  }
  t.qualname = qualname;
  if (!dict.has("__module__") && typeHooks.callerModuleName !== null) {
    const m = typeHooks.callerModuleName();
    if (m !== undefined) dict.set("__module__", m);
  }
  // Implicit classmethods/staticmethods.
  for (const n of ["__init_subclass__", "__class_getitem__"]) {
    const f = dict.get(n);
    if (f instanceof PyFunction) dict.set(n, new PyClassMethod(f));
  }
  const nf = dict.get("__new__");
  if (nf instanceof PyFunction) dict.set("__new__", new PyStaticMethod(nf));
  // A class that defines __eq__ without __hash__ is unhashable.
  if (dict.has("__eq__") && !dict.has("__hash__")) dict.set("__hash__", None);
  // __classcell__ gets the class; it is not kept in the namespace.
  const cell = dict.get("__classcell__");
  if (cell !== undefined) {
    if (typeOf(cell) !== cellType)
      throw typeError(`__classcell__ must be a nonlocal cell, not ${reprJS(typeOf(cell))}`);
    (cell as unknown as { value: PyObject }).value = t;
    dict.delete("__classcell__");
  }

  const doc = dict.get("__doc__");
  if (doc !== undefined && isString(doc)) {
    checkUtf8(doc);
    // CPython reads a class's text signature from the docstring it had when created
    // (tp_doc), so a later `__doc__` assignment does not change it.
    const sig = docTextSignature(name.slice(name.lastIndexOf(".") + 1), jsString(doc));
    if (sig !== undefined) t.extra["textSignature"] = sig;
  }
  for (const [k, v] of dict) t.dict.set(k, v);
  if (!t.dict.has("__doc__")) t.dict.set("__doc__", None);
  slotNames.forEach((s, i) => t.dict.set(s, new PyMemberDescriptor(s, t, inheritedSlots.length + i)));
  if (addDict && !t.dict.has("__dict__")) t.dict.set("__dict__", dictGetSet(t));
  if (addWeakref && !t.dict.has("__weakref__")) t.dict.set("__weakref__", weakrefGetSet(t));
  t.modified();
  // A base with a dict but no `__dict__` attribute (a built-in such as BaseException).
  if (t.hasInstanceDict && t.lookup("__dict__") === undefined) t.setAttribute("__dict__", dictGetSet(t));

  // mro() overridden by the metaclass.
  if (meta !== typeType) {
    const mroMeth = meta.lookup("mro");
    if (mroMeth !== undefined && mroMeth !== typeType.dict.get("mro")) {
      // While mro() runs, the class has no MRO yet (`__mro__` is None). If it assigned
      // __bases__ meanwhile, the MRO computed then stays (CPython's mro_internal).
      const provisional = t.mro;
      t.extra["provisionalMro"] = provisional;
      try {
        const result = callWithSelf(mroMeth, t, [], null);
        if (t.mro === provisional) setCustomMro(t, result);
      } catch (e) {
        t.unlinkFromBases();
        throw e;
      } finally {
        delete t.extra["provisionalMro"];
      }
    } else checkComplete(t);
  } else checkComplete(t);

  updateTpNew(t, true);

  // __set_name__ on the attributes, then __init_subclass__ of the parent.
  for (const [k, v] of [...t.dict]) {
    if (typeof v !== "object") continue;
    const sn = v.type.lookup("__set_name__");
    if (sn === undefined) continue;
    try {
      callWithSelf(sn, v, [t, strFromJS(k)], null);
    } catch (e) {
      if (!isException(e)) throw e;
      const err = newException(
        exceptionType("RuntimeError"),
        strFromJS(`Error calling __set_name__ on '${v.type.name}' instance '${k}' in '${t.name}'`),
      );
      // CPython's _PyErr_FormatFromCause: the original is the cause and the context too.
      err.cause = e;
      err.context = e;
      err.suppressContext = true;
      throw err;
    }
  }
  initSubclass(t, kw);
  return t;
}

function setCustomMro(t: PyType, result: PyObject): void {
  const items = toArray(result);
  const mro: PyType[] = [];
  for (const it of items) {
    if (!(it instanceof PyType)) throw typeError(`mro() returned a non-class ('${typeName(it)}')`);
    if (!layoutBase(t).isSubtypeOf(layoutBase(it)))
      throw typeError(`mro() returned base with unsuitable layout ('${it.name}')`);
    mro.push(it);
  }
  t.mro = mro;
  t.modified();
}

/** `super(t, t).__init_subclass__(**kw)`. */
function initSubclass(t: PyType, kw: [string, PyObject][]): void {
  const mro = t.mro;
  // super(t, t) needs t in its own MRO, which a custom mro() may have left out.
  if (!mro.includes(t)) throw typeError("super(type, obj): obj must be an instance or subtype of type");
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i]!.dict.get("__init_subclass__");
    if (f === undefined) continue;
    const bound = descrGet(f, null, t);
    const kwnames = kw.map(([k]) => k);
    call(
      bound,
      kw.map(([, v]) => v),
      kwnames.length > 0 ? kwnames : null,
    );
    return;
  }
}

/** Private name mangling for `__slots__` (`__x` in class `A` is `_A__x`). */
export function mangle(cls: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = cls.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

/** The nearest built-in type along `t`'s solid bases that gives its instances a __dict__
 * of its own making (CPython's get_builtin_base_with_dict): a class's __dict__ descriptor
 * hands instances of such a type over to that type's descriptor (a module's is read-only). */
function builtinBaseWithDict(t: PyType): PyObjectBase | undefined {
  for (let b = t; b !== objectType; b = bestBaseOf(b)) {
    if (b.isBuiltin) {
      const d = b.dict.get("__dict__");
      if (d !== undefined && typeof d === "object") return d;
    }
  }
  return undefined;
}

function dictGetSet(t: PyType): PyGetSetDescriptor {
  return new PyGetSetDescriptor(
    "__dict__",
    t,
    (self) => {
      const base = builtinBaseWithDict(typeOf(self));
      return base === undefined ? attributesView(self) : descrGet(base, self, typeOf(self));
    },
    (self, v) => {
      const base = builtinBaseWithDict(typeOf(self));
      if (base !== undefined) return descrSet(base, self, v, "__dict__");
      // CPython's subtype_setdict lets an instance of a class lose its __dict__ (`del
      // o.__dict__`); the next attribute store or __dict__ read starts an empty one.
      if (v !== null && !(v instanceof PyDict))
        throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
      (self as unknown as { dict: unknown }).dict = v === null ? newAttributeDict() : adoptAsAttributes(v);
    },
  );
}

function weakrefGetSet(t: PyType): PyGetSetDescriptor {
  return new PyGetSetDescriptor("__weakref__", t, (self) => weakrefListGetter(self));
}

// ---- __build_class__ support ----

/** What `prepareClass` found: the metaclass, the resolved bases, the namespace and the
 * class keywords without `metaclass`. */
export interface PreparedClass {
  meta: PyObject;
  bases: PyObject[];
  origBases: PyObject[];
  ns: PyObject;
  kwnames: string[];
  kwvalues: PyObject[];
}

/** `__mro_entries__` resolution (types.resolve_bases). */
export function resolveMroEntries(bases: PyObject[]): PyObject[] {
  let changed = false;
  const out: PyObject[] = [];
  for (const b of bases) {
    if (b instanceof PyType) {
      out.push(b);
      continue;
    }
    const me = getAttrOpt(b, "__mro_entries__");
    if (me === undefined) {
      out.push(b);
      continue;
    }
    const r = call(me, [newTuple(bases.slice())], null);
    if (!(r instanceof PyTuple)) throw typeError("__mro_entries__ must return a tuple");
    out.push(...r.items);
    changed = true;
  }
  return changed ? out : bases;
}

/** The first part of `__build_class__`: bases, metaclass and `__prepare__`. */
export function prepareClass(
  name: PyObject,
  origBases: PyObject[],
  kwnames: readonly string[],
  kwvalues: PyObject[],
): PreparedClass {
  const bases = resolveMroEntries(origBases);
  let meta: PyObject | undefined;
  const names: string[] = [];
  const values: PyObject[] = [];
  kwnames.forEach((k, i) => {
    if (k === "metaclass") meta = kwvalues[i]!;
    else {
      names.push(k);
      values.push(kwvalues[i]!);
    }
  });
  if (meta === undefined) meta = bases.length === 0 ? typeType : typeOf(bases[0]!);
  if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
  const basesTuple = newTuple(bases.slice());
  let ns: PyObject;
  const prep = getAttrOpt(meta, "__prepare__");
  if (prep === undefined) ns = new PyDict();
  else {
    ns = call(prep, [name, basesTuple, ...values], names.length > 0 ? names : null);
    if (typeOf(ns).lookup("__getitem__") === undefined) {
      const who = meta instanceof PyType ? meta.name : "<metaclass>";
      throw typeError(`${who}.__prepare__() must return a mapping, not ${typeName(ns)}`);
    }
  }
  return { meta, bases, origBases, ns, kwnames: names, kwvalues: values };
}

/** The second part of `__build_class__`, after the body ran in `p.ns`: calls the
 * metaclass and checks that `__classcell__` (the body's `__class__` cell, if any) was
 * filled. `classCell` is that cell, or null. */
export function buildClass(p: PreparedClass, name: PyObject, classCell: PyObject | null): PyObject {
  if (p.bases !== p.origBases) setItem(p.ns, strFromJS("__orig_bases__"), newTuple(p.origBases.slice()));
  const args = [name, newTuple(p.bases.slice()), p.ns, ...p.kwvalues];
  const cls = call(p.meta, args, p.kwnames.length > 0 ? p.kwnames : null);
  if (classCell !== null && cls instanceof PyType) {
    const v = (classCell as unknown as { value: PyObject | undefined }).value;
    if (v !== cls) {
      if (v === undefined)
        throw runtimeErr(
          `__class__ not set defining ${reprJS(name)} as ${reprJS(cls)}. Was __classcell__ propagated to type.__new__?`,
        );
      throw typeError(`__class__ set to ${reprJS(v)} defining ${reprJS(name)} as ${reprJS(cls)}`);
    }
  }
  return cls;
}

function runtimeErr(msg: string): PyObjectBase {
  return newException(exceptionType("RuntimeError"), strFromJS(msg));
}

// ---- type.__call__ ----

/** What instance creation needs from a class, looked up once per version of the class. */
class CallSlots {
  readonly version: number;
  readonly newf: PyObject | undefined;
  readonly init: PyObject | undefined;
  /** `__new__` is object.__new__ and the class is not abstract: make the storage directly. */
  readonly plainNew: boolean;
  /** `__new__` is object's and so is the tp_new slot (tpNewIsObjectNew): object.__new__
   * can be inlined. */
  readonly objectNewSlot: boolean;
  /** Instances need finalising (the class has `__del__`). */
  readonly finalizable: boolean;
  /** `__new__` is a built-in type's, which `cls` may use: its implementation. */
  readonly nativeNew: NativeNew | null;
  constructor(cls: PyType) {
    this.version = cls.version;
    this.finalizable = !cls.isBuiltin && cls.lookup("__del__") !== undefined;
    let newf = cls.disallowInstantiation ? undefined : cls.lookup("__new__");
    // As CPython's update_one_slot: a class whose __new__ is some built-in type's keeps the
    // one it inherits (`__new__ = list.__new__` in a plain class: object's).
    const owner = newf instanceof PyBuiltinFunction && newf.name === "__new__" ? newf.self : null;
    if (owner instanceof PyType && !cls.isSubtypeOf(owner) && cls.bases.length > 0)
      newf = cls.bases[0]!.lookup("__new__");
    const native = nativeNewOf(newf);
    this.newf = newf;
    this.init = cls.lookup("__init__");
    this.objectNewSlot = newf === objectNew && tpNewIsObjectNew(cls);
    this.plainNew = this.objectNewSlot && !cls.dict.has("__abstractmethods__");
    this.nativeNew = native !== undefined && cls.isSubtypeOf(native.owner) ? native.impl : null;
  }
}

function nativeNewOf(newf: PyObject | undefined): { owner: PyType; impl: NativeNew } | undefined {
  return typeof newf === "object" ? nativeNews.get(newf) : undefined;
}

function callSlots(cls: PyType): CallSlots {
  const s = cls.callSlots as CallSlots | null;
  if (s !== null && s.version === cls.version) return s;
  return (cls.callSlots = new CallSlots(cls));
}

/** The Python `__init__` of a class whose instances `cls(...)` makes plainly: type is its
 * metaclass, `__new__` is object's, and nothing needs finalising; otherwise null. Valid while
 * `cls.version` is unchanged (the JIT calls such an `__init__` on a fresh instance itself). */
export function plainInit(cls: PyType): PyFunction | null {
  if (cls.type !== typeType) return null;
  const cs = callSlots(cls);
  if (!cs.plainNew || cs.finalizable || cls.newInstance === null) return null;
  return cs.init instanceof PyFunction ? cs.init : null;
}

/** `__init__` returned `r`, which is not None. */
export function initReturned(r: PyObject): never {
  throw typeError(`__init__() should return None, not '${typeName(r)}'`);
}

/** `cls(*args, **kw)`: `__new__`, then `__init__` when the result is an instance. */
export function typeCall(cls: PyType, args: PyObject[], kwnames: KwNames): PyObject {
  const vectorcall = cls.vectorcall;
  if (vectorcall !== null) return vectorcall(args, kwnames);
  if (cls === typeType) {
    // type(x) is x's type; anything else needs three arguments (type_call).
    const npos = args.length - (kwnames === null ? 0 : kwnames.length);
    if (npos === 1 && args.length === 1) return typeOf(args[0]!);
    // (type's vectorcall refuses keywords with one positional argument before type_call.)
    if (npos === 1) throw typeError("type() takes no keyword arguments");
    if (npos !== 3) throw typeError("type() takes 1 or 3 arguments");
  }
  const cs = callSlots(cls);
  const newf = cs.newf;
  let obj: PyObject;
  if (cs.objectNewSlot) {
    // Inline object.__new__: the excess-argument rule, then the instance.
    if (args.length > 0 && cs.init === objectInit) throw typeError(`${cls.name}() takes no arguments`);
    obj = cs.plainNew ? cls.newInstance!(cls) : newObjectOf(cls);
  } else {
    if (newf === undefined) throw typeError(`cannot create '${cls.name}' instances`);
    if (cs.nativeNew !== null) obj = cs.nativeNew(cls, args, kwnames);
    else obj = call(descrGet(newf, null, cls), prepend(cls, args), kwnames);
  }
  const t = typeOf(obj);
  if (t === cls ? cs.finalizable : !t.isBuiltin && t.lookup("__del__") !== undefined)
    registerFinalizable(obj);
  const init = t === cls ? cs.init : t.isSubtypeOf(cls) ? t.lookup("__init__") : null;
  if (init === null) return obj;
  if (init === undefined || init === objectInit) {
    if (args.length > 0 && cs.objectNewSlot) throw typeError(`${cls.name}() takes no arguments`);
    return obj;
  }
  const r =
    init instanceof PyFunction
      ? pythonCalls.call(init, prepend(obj, args), kwnames)
      : callWithSelf(init, obj, args, kwnames);
  if (r !== None) initReturned(r);
  return obj;
}

function prepend(first: PyObject, args: PyObject[]): PyObject[] {
  const out = new Array<PyObject>(args.length + 1);
  out[0] = first;
  for (let i = 0; i < args.length; i++) out[i + 1] = args[i]!;
  return out;
}

// ---- type's methods ----

callHooks.typeCall = typeCall;

// Classes have a namespace of their own (CPython's tp_dictoffset), so subclasses of type
// do not get an instance `__dict__` descriptor that would hide type.__dict__.
typeType.hasInstanceDict = true;

const typeNewFunc = new PyBuiltinFunction("__new__", "type.__new__", typeNew, typeType);
typeType.dict.set("__new__", typeNewFunc);
typeType.newInstance = () => {
  throw typeError("type.__new__ makes types");
};

function typeRepr(t: PyType): string {
  return `<class '${qualifiedName(t)}'>`;
}

function typeGetAttribute(o: PyObject, name: string, suppress: boolean): PyObject | undefined {
  return typeGetAttr(o as PyType, name, suppress);
}

function typeSetAttrNative(o: PyObject, name: string, value: PyObject | null): void {
  typeSetAttr(o as PyType, name, value);
}

const slotTable: Record<string, (self: PyObject, args: PyObject[], kwnames: KwNames) => PyObject> = {
  __call__: (self, args, kwnames) => typeCall(asType(self, "__call__"), args, kwnames),
  __init__: (self, args, kwnames) => {
    asType(self, "__init__");
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (nkw > 0 && npos === 1) throw typeError("type.__init__() takes no keyword arguments");
    if (npos !== 1 && npos !== 3) throw typeError("type.__init__() takes 1 or 3 arguments");
    return None;
  },
  __repr__: (self) => strFromJS(typeRepr(asType(self, "__repr__"))),
  __getattribute__: (self, args) => typeGetAttr(asType(self, "__getattribute__"), attrName(args[0]!), false)!,
  __setattr__: (self, args) => {
    typeSetAttr(asType(self, "__setattr__"), attrName(args[0]!), args[1]!);
    return None;
  },
  __delattr__: (self, args) => {
    typeSetAttr(asType(self, "__delattr__"), attrName(args[0]!), null);
    return None;
  },
  __or__: (self, args) => unionOr(self, args[0]!),
  __ror__: (self, args) => unionOr(args[0]!, self),
};
defineMethods(typeType, slotTable);
nativeGetAttribute.set(typeType.dict.get("__getattribute__")!, typeGetAttribute);
nativeSetAttr.set(typeType.dict.get("__setattr__")!, typeSetAttrNative);
nativeSetAttr.set(typeType.dict.get("__delattr__")!, typeSetAttrNative);

defineMethods(typeType, {
  mro: (self) => new PyList(computeMroOrThrow(asType(self, "mro"))),
  __subclasses__: (self) => new PyList(asType(self, "__subclasses__").subclasses()),
  __instancecheck__: (self, args) => defaultInstanceCheck(args[0]!, self),
  __subclasscheck__: (self, args) => recursiveIsSubclass(args[0]!, self),
  __dir__: (self) => {
    const names = new Set<PyObject>();
    mergeClassDict(names, asType(self, "__dir__"));
    return new PyList([...names]);
  },
  __sizeof__: () => 880,
});

/** A base whose metaclass's mro() is still running has no MRO to extend. */
function checkComplete(t: PyType): void {
  for (const b of t.bases)
    if (b.extra["provisionalMro"] === b.mro) throw typeError(`Cannot extend an incomplete type '${b.name}'`);
}

function computeMroOrThrow(t: PyType): PyObject[] {
  checkComplete(t);
  try {
    return computeMro(t);
  } catch (e) {
    throw mroError(e);
  }
}

const TYPE_DOC = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";

function heapOnly(t: PyType, name: string): void {
  if (t.isBuiltin) throw typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
}

function setName(self: PyObject, v: PyObject | null, which: "__name__" | "__qualname__"): void {
  const t = asType(self);
  heapOnly(t, which);
  if (v === null) throw typeError(`cannot delete '${which}' attribute of immutable type '${t.name}'`);
  if (!isString(v)) throw typeError(`can only assign string to ${t.name}.${which}, not '${typeName(v)}'`);
  const s = jsString(v);
  if (which === "__name__") {
    checkUtf8(v);
    if (s.includes("\0")) throw valueError("type name must not contain null characters");
    t.name = s;
  } else t.qualname = s;
  t.modified();
}

function setBasesAttr(self: PyObject, v: PyObject | null): void {
  const t = asType(self);
  heapOnly(t, "__bases__");
  if (v === null) throw typeError(`cannot delete '__bases__' attribute of immutable type '${t.name}'`);
  if (!(v instanceof PyTuple))
    throw typeError(`can only assign tuple to ${t.name}.__bases__, not ${typeName(v)}`);
  if (v.items.length === 0) throw typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  const bases: PyType[] = [];
  for (const b of v.items) {
    if (!(b instanceof PyType))
      throw typeError(`${t.name}.__bases__ must be tuple of classes, not '${typeName(b)}'`);
    if (b.isSubtypeOf(t)) throw typeError("a __bases__ item causes an inheritance cycle");
    bases.push(b);
  }
  const newBase = bestBase(bases);
  const oldBase = bestBaseOf(t);
  checkCompatibleLayout(oldBase, newBase, "__bases__");
  const old = t.bases;
  const mros = new Map<PyType, MroChange>([[t, { old: t.mro, now: null }]]);
  const provisional = t.extra["provisionalMro"] === t.mro;
  try {
    t.extra["base"] = newBase;
    t.setBases(bases);
    if (provisional) t.extra["provisionalMro"] = t.mro;
    updateMros(t, mros);
    updateTpNewDown(t);
  } catch (e) {
    // A metaclass's mro() may itself have assigned __bases__ meanwhile: what it left
    // stays, as in CPython's type_set_bases and mro_hierarchy.
    if (t.bases === bases) {
      t.bases = old;
      t.extra["base"] = oldBase;
    }
    for (const [k, change] of mros) if (k.mro === change.now) k.mro = change.old;
    t.modified();
    throw mroError(e);
  }
}

interface MroChange {
  old: PyType[];
  /** The MRO this update gave the class last, null before it gave one. */
  now: PyType[] | null;
}

/** CPython's mro_hierarchy: after `__bases__` changed, the MROs of the class and of all
 * its subclasses are computed again, each by its metaclass's mro(); `mros` records them
 * for undoing a failure. */
function updateMros(t: PyType, mros: Map<PyType, MroChange>): void {
  let change = mros.get(t);
  if (change === undefined) mros.set(t, (change = { old: t.mro, now: null }));
  else if (change.now !== null) return;
  const provisional = t.extra["provisionalMro"] === t.mro;
  t.mro = change.now = computeMro(t);
  // Still without an MRO of its own while its metaclass's mro() runs again.
  if (provisional) t.extra["provisionalMro"] = t.mro;
  const meta = typeOf(t);
  const mroMeth = meta === typeType ? undefined : meta.lookup("mro");
  if (mroMeth !== undefined && mroMeth !== typeType.dict.get("mro"))
    setCustomMro(t, callWithSelf(mroMeth, t, [], null));
  change.now = t.mro;
  t.modified();
  for (const sub of t.subclasses()) updateMros(sub, mros);
}

defineGetSets(typeType, {
  __name__: [
    (self) => {
      const t = asType(self);
      // Built-in types' names may be dotted ("weakref.ReferenceType"): __name__ is the last part.
      return strFromJS(t.isBuiltin ? t.name.slice(t.name.lastIndexOf(".") + 1) : t.name);
    },
    (self, v) => setName(self, v, "__name__"),
  ],
  __qualname__: [(self) => strFromJS(asType(self).qualname), (self, v) => setName(self, v, "__qualname__")],
  __module__: [
    (self) => {
      const t = asType(self);
      const m = typeModule(t);
      if (!t.isBuiltin && !t.dict.has("__module__")) throw noAttribute(t, "__module__");
      return m;
    },
    (self, v) => {
      const t = asType(self);
      heapOnly(t, "__module__");
      if (v === null) throw typeError(`cannot delete '__module__' attribute of immutable type '${t.name}'`);
      t.setAttribute("__module__", v);
    },
  ],
  __bases__: [(self) => newTuple(asType(self).bases.slice()), setBasesAttr],
  __base__: [(self) => (asType(self).bases.length === 0 ? None : bestBaseOf(asType(self)))],
  __mro__: [
    (self) => {
      const t = asType(self);
      return t.extra["provisionalMro"] === t.mro ? None : newTuple(t.mro.slice());
    },
  ],
  __dict__: [(self) => new PyMappingProxy(typeDictSnapshot(asType(self)))],
  __doc__: [
    (self) => {
      const t = asType(self);
      // type's own docstring is C-level (tp_doc): its __dict__ holds this descriptor.
      if (t === typeType) return TYPE_DOC;
      const d = t.dict.get("__doc__");
      if (d === undefined) return None;
      if (!t.isBuiltin && typeof d === "object") return descrGet(d, null, t);
      return d;
    },
    (self, v) => {
      const t = asType(self);
      heapOnly(t, "__doc__");
      if (v === null) throw typeError(`cannot delete '__doc__' attribute of immutable type '${t.name}'`);
      t.setAttribute("__doc__", v);
    },
  ],
  __abstractmethods__: [
    (self) => {
      const t = asType(self);
      const v = t === typeType ? undefined : t.dict.get("__abstractmethods__");
      if (v === undefined) throw noAttribute(t, "__abstractmethods__");
      return v;
    },
    (self, v) => {
      const t = asType(self);
      if (v === null) {
        if (!t.deleteAttribute("__abstractmethods__")) throw noAttribute(t, "__abstractmethods__");
      } else t.setAttribute("__abstractmethods__", v);
    },
  ],
  __annotations__: [
    (self) => {
      const t = asType(self);
      if (t.isBuiltin) throw noAttribute(t, "__annotations__");
      let a = t.dict.get("__annotations__");
      if (a === undefined) {
        a = new PyDict();
        t.setAttribute("__annotations__", a);
        return a;
      }
      return typeof a === "object" ? descrGet(a, null, t) : a;
    },
    (self, v) => {
      const t = asType(self);
      heapOnly(t, "__annotations__");
      if (v === null) {
        if (!t.deleteAttribute("__annotations__")) throw noAttribute(t, "__annotations__");
      } else t.setAttribute("__annotations__", v);
    },
  ],
  __text_signature__: [
    (self) => {
      const t = asType(self);
      const sig = t.isBuiltin
        ? typeModule(t) === "builtins"
          ? builtinTypeTextSignature(t.name)
          : undefined
        : (t.extra["textSignature"] as string | undefined);
      return sig ?? None;
    },
  ],
  __flags__: [
    (self) => {
      const t = asType(self);
      let f = 0;
      if (!t.isBuiltin) f |= 1 << 9;
      if (t.isBaseType) f |= 1 << 10;
      if (
        t.dict.has("__abstractmethods__") &&
        isTrue(len(t.dict.get("__abstractmethods__")!) as unknown as PyObject)
      )
        f |= 1 << 20;
      if (t.isSubtypeOf(typeType)) f |= 1 << 31;
      // Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING, as the _abc module records them.
      f |= recordedCollectionFlags(t);
      return f >>> 0;
    },
  ],
  __basicsize__: [(self) => (asType(self).hasInstanceDict ? 16 : 16 + 8 * asType(self).slotNames.length)],
  __itemsize__: [(self) => itemSize(asType(self))],
  __dictoffset__: [(self) => (asType(self).hasInstanceDict ? 16 : 0)],
  __weakrefoffset__: [(self) => (hasWeakrefSlot(asType(self)) ? 24 : 0)],
});

/** The copy of `t`'s namespace that `t.__dict__` shows, made again only after a change
 * that PyType.setAttribute did not apply to it (enum and dataclasses read a class's
 * `__dict__` in loops). */
function typeDictSnapshot(t: PyType): PyDict {
  const view = t.namespaceView;
  if (view !== null) return view as PyDict;
  const d = new PyDict();
  for (const [k, v] of t.dict) d.setStr(k, v);
  t.foreign?.forEach((k, v) => d.set(k, v));
  t.namespaceView = d;
  return d;
}

// ---- mappingproxy ----

export const mappingproxyType = new PyType(typeType, "mappingproxy", [objectType], true);
mappingproxyType.isBaseType = false;

export class PyMappingProxy implements PyObjectBase {
  type = mappingproxyType;
  constructor(readonly mapping: PyObject) {}
}

function asProxy(self: PyObject): PyMappingProxy {
  if (!(self instanceof PyMappingProxy))
    throw typeError(`descriptor requires a 'mappingproxy' object but received a '${typeName(self)}'`);
  return self;
}

function isMapping(o: PyObject): boolean {
  const t = typeOf(o);
  return t.lookup("__getitem__") !== undefined && !t.isSubtypeOf(tupleType) && !t.isSubtypeOf(PyListType());
}

function PyListType(): PyType {
  return typeOf(new PyList([]));
}

defineMethods(mappingproxyType, {
  __getitem__: (self, args) => getItem(asProxy(self).mapping, args[0]!),
  __contains__: (self, args) => contains(asProxy(self).mapping, args[0]!),
  __iter__: (self) => getIter(asProxy(self).mapping),
  __len__: (self) => len(asProxy(self).mapping),
  __repr__: (self) => strFromJS(`mappingproxy(${reprJS(asProxy(self).mapping)})`),
  __str__: (self) => strFromJS(reprJS(asProxy(self).mapping)),
  __eq__: (self, args) => richCompare(asProxy(self).mapping, args[0]!, CompareOp.Eq),
  __ne__: (self, args) => richCompare(asProxy(self).mapping, args[0]!, CompareOp.Ne),
  // `|` works on the underlying mappings with the whole binary-operator protocol
  // (mappingproxy_or), so a subclass's `__ror__` still wins; `|=` is refused.
  __or__: (self, args) => binaryOpRef(unwrapProxy(self), unwrapProxy(args[0]!), BinaryOp.Or),
  __ror__: (self, args) => binaryOpRef(unwrapProxy(args[0]!), unwrapProxy(self), BinaryOp.Or),
  __ior__: () => {
    throw typeError("'|=' is not supported by mappingproxy; use '|' instead");
  },
  get: (self, args) => {
    const m = asProxy(self).mapping;
    return call(getAttr(m, "get"), args, null);
  },
  keys: (self) => call(getAttr(asProxy(self).mapping, "keys"), [], null),
  values: (self) => call(getAttr(asProxy(self).mapping, "values"), [], null),
  items: (self) => call(getAttr(asProxy(self).mapping, "items"), [], null),
  copy: (self) => call(getAttr(asProxy(self).mapping, "copy"), [], null),
  __reversed__: (self) =>
    call(getAttr(typeOf(asProxy(self).mapping), "__reversed__"), [asProxy(self).mapping], null),
});
mappingproxyType.dict.set("__hash__", None);

function unwrapProxy(o: PyObject): PyObject {
  return o instanceof PyMappingProxy ? o.mapping : o;
}
defineClassGetItem(mappingproxyType);

mappingproxyType.dict.set(
  "__new__",
  new PyBuiltinFunction(
    "__new__",
    "mappingproxy.__new__",
    (args, kwnames) => {
      const v = bindArgs(signature("mappingproxy(mapping)"), args.slice(1), kwnames).values;
      const m = v[0]!;
      if (!isMapping(m)) throw typeError(`mappingproxy() argument must be a mapping, not ${typeName(m)}`);
      return new PyMappingProxy(m);
    },
    mappingproxyType,
  ),
);

// Referenced so that every export of the helpers stays in use.
export { isInstance, iterNext, attributeError, frozensetType, strType, PyMethodDescriptor, addressOf };

// ---- types.GenericAlias and types.UnionType (`list[int]`, `int | str`) ----

export const genericAliasType = new PyType(typeType, "types.GenericAlias", [objectType], true);
genericAliasType.qualname = "GenericAlias";
// It has a weakref slot (tp_weaklistoffset), which subclasses with `__slots__ = ()` keep.
genericAliasType.extra["hasWeakref"] = true;
export const unionType = new PyType(typeType, "types.UnionType", [objectType], true);
unionType.qualname = "UnionType";
unionType.isBaseType = false;

/** tp_itemsize of CPython's variable-size built-ins, inherited by their subclasses
 * (code reads it: test_list sizes an overflow with `tuple.__itemsize__`). */
function itemSize(t: PyType): number {
  if (t.isSubtypeOf(tupleType)) return 8;
  if (t.isSubtypeOf(intType)) return 4;
  if (t.isSubtypeOf(bytesType)) return 1;
  if (t.isSubtypeOf(typeType)) return 40;
  return 0;
}

export class PyGenericAlias implements PyObjectBase {
  type: PyType = genericAliasType;
  /** Instances of Python subclasses without `__slots__` (collections.abc's
   * `_CallableGenericAlias` has them empty). */
  dict: AttributeDict | null = null;
  constructor(
    readonly origin: PyObject,
    readonly args: PyObject[],
    /** Whether `args` was given as a tuple (`tuple[int, str]`) rather than one item. */
    readonly parameters: PyObject[],
    /** `*tuple[int]`: the alias iterating a GenericAlias yields (PEP 646). */
    readonly unpacked = false,
  ) {}
}

const genericAliasIterType = iteratorType("generic_alias_iterator");

/** `iter(tuple[int])`: yields `*tuple[int]` once (CPython's ga_iter). */
class GenericAliasIterator implements NativeIter {
  type = genericAliasIterType;
  constructor(public alias: PyGenericAlias | null) {}
  nextValue(): PyObject | undefined {
    const a = this.alias;
    if (a === null) return undefined;
    this.alias = null;
    return new PyGenericAlias(a.origin, a.args, a.parameters, true);
  }
}

defineMethods(genericAliasIterType, {
  __reduce__: (self) =>
    reduceWithBuiltin("iter", () => {
      const it = self as GenericAliasIterator;
      return it.alias === null ? [[newTuple([])]] : [[it.alias]];
    }),
});

export class PyUnion implements PyObjectBase {
  type: PyType = unionType;
  constructor(readonly args: PyObject[]) {}
}

function typeVarLike(o: PyObject): boolean {
  return typeof o === "object" && !(o instanceof PyType) && getAttrOpt(o, "__typing_subst__") !== undefined;
}

/** The type variables among `args`, in order, without duplicates (_Py_make_parameters). */
function collectParameters(args: PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  for (const a of args) {
    if (a instanceof PyType) continue;
    if (typeVarLike(a)) {
      if (!out.includes(a)) out.push(a);
      continue;
    }
    const ps = getAttrOpt(a, "__parameters__");
    if (ps instanceof PyTuple) for (const p of ps.items) if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** `origin[args]`: the GenericAlias that built-in generic classes' `__class_getitem__` returns. */
export function newGenericAlias(origin: PyObject, args: PyObject): PyGenericAlias {
  const items = args instanceof PyTuple ? args.items.slice() : [args];
  return new PyGenericAlias(origin, items, collectParameters(items));
}

/** The repr of one type argument (ga_repr_item, union_repr_item): aliases by repr, classes
 * by qualified name, anything else by repr. Errors from the lookups propagate. */
function argRepr(a: PyObject): string {
  if (a === Ellipsis) return "...";
  if (getAttrOpt(a, "__origin__") !== undefined && getAttrOpt(a, "__args__") !== undefined) return reprJS(a);
  const qn = getAttrOpt(a, "__qualname__");
  if (qn === undefined) return reprJS(a);
  const mod = getAttrOpt(a, "__module__");
  if (mod === undefined || mod === None) return reprJS(a);
  if (isString(mod) && jsString(mod) === "builtins") return strJS(qn);
  return `${strJS(mod)}.${strJS(qn)}`;
}

function asAlias(self: PyObject): PyGenericAlias {
  if (!(self instanceof PyGenericAlias))
    throw typeError(`descriptor requires a 'types.GenericAlias' object but received a '${typeName(self)}'`);
  return self;
}

/** Attribute names GenericAlias keeps for itself; all others are read from the origin. */
const ALIAS_OWN = new Set([
  "__class__",
  "__origin__",
  "__args__",
  "__unpacked__",
  "__parameters__",
  "__typing_unpacked_tuple_args__",
  "__mro_entries__",
  "__reduce_ex__",
  "__reduce__",
  "__copy__",
  "__deepcopy__",
]);

/** Every other attribute, special methods included, is the origin's (ga_getattro):
 * `list[int].append` and `list[int].__getitem__` are list's. Operators still find
 * GenericAlias's own slots on the type. */
function aliasGetAttr(self: PyObject, name: string, suppress: boolean): PyObject | undefined {
  if (!ALIAS_OWN.has(name))
    return suppress ? getAttrOpt(asAlias(self).origin, name) : getAttr(asAlias(self).origin, name);
  return genericGetAttrRef(self, name, suppress);
}

/** `*tuple[int, str]` and `Unpack[tuple[int, str]]` stand for their arguments
 * (_unpacked_tuple_args); undefined for anything else. */
function unpackedTupleArgs(arg: PyObject): PyObject | undefined {
  if (arg instanceof PyGenericAlias && arg.unpacked && arg.origin === tupleType) return newTuple(arg.args);
  const r = getAttrOpt(arg, "__typing_unpacked_tuple_args__");
  return r === None ? undefined : r;
}

/** The substitution's items with unpacked fixed-length tuples spliced in (_unpack_args). */
function unpackArgs(item: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (const x of item instanceof PyTuple ? item.items : [item]) {
    if (!(x instanceof PyType)) {
      const sub = unpackedTupleArgs(x);
      if (sub instanceof PyTuple && !(sub.items.length > 0 && sub.items[sub.items.length - 1] === Ellipsis)) {
        out.push(...sub.items);
        continue;
      }
    }
    out.push(x);
  }
  return out;
}

/** Substitutes inside an argument that is itself generic, `list[T]` in `dict[str, list[T]]`
 * (subs_tvars): it is subscripted with the values of its own parameters. */
function substituteNested(obj: PyObject, params: PyObject[], items: PyObject[]): PyObject {
  const sub = getAttrOpt(obj, "__parameters__");
  if (!(sub instanceof PyTuple) || sub.items.length === 0) return obj;
  const subargs: PyObject[] = [];
  for (const p of sub.items) {
    const i = params.indexOf(p);
    if (i >= 0) {
      const v = items[i]!;
      // A TypeVarTuple (iterable) takes the tuple of types it stands for, spread out.
      if (typeOf(params[i]!).lookup("__iter__") !== undefined && v instanceof PyTuple) {
        subargs.push(...v.items);
        continue;
      }
      subargs.push(v);
    } else {
      subargs.push(p);
    }
  }
  return getItem(obj, newTuple(subargs));
}

/** `alias[item]` for GenericAlias and UnionType: the new arguments, with each type variable
 * of `params` replaced by its value (_Py_subs_parameters). */
function substituteParameters(
  self: PyObject,
  args: PyObject[],
  params: PyObject[],
  item: PyObject,
): PyObject[] {
  if (params.length === 0) throw typeError(`${reprJS(self)} is not a generic class`);
  let prepared: PyObject = newTuple(unpackArgs(item));
  for (const p of params) {
    const prepare = getAttrOpt(p, "__typing_prepare_subst__");
    if (prepare !== undefined && prepare !== None) prepared = call(prepare, [self, prepared], null);
  }
  const items = prepared instanceof PyTuple ? prepared.items : [prepared];
  if (items.length !== params.length)
    throw typeError(
      `Too ${items.length > params.length ? "many" : "few"} arguments for ${reprJS(self)}; ` +
        `actual ${items.length}, expected ${params.length}`,
    );
  const out: PyObject[] = [];
  for (const arg of args) {
    if (arg instanceof PyType) {
      out.push(arg);
      continue;
    }
    const unpack = getAttrOpt(arg, "__typing_is_unpacked_typevartuple__");
    const subst = getAttrOpt(arg, "__typing_subst__");
    const v =
      subst !== undefined
        ? call(subst, [items[params.indexOf(arg)]!], null)
        : substituteNested(arg, params, items);
    if (unpack !== undefined && isTrue(unpack)) out.push(...toArray(v));
    else out.push(v);
  }
  return out;
}

defineMethods(genericAliasType, {
  __repr__: (self) => {
    const a = asAlias(self);
    const args = a.args.length === 0 ? "()" : a.args.map(argRepr).join(", ");
    return strFromJS(`${a.unpacked ? "*" : ""}${argRepr(a.origin)}[${args}]`);
  },
  __iter__: (self) => new GenericAliasIterator(asAlias(self)),
  __call__: (self, args, kwnames) => {
    const a = asAlias(self);
    const r = call(a.origin, args, kwnames);
    try {
      setAttrRef(r, "__orig_class__", self);
    } catch (e) {
      if (!isException(e)) throw e;
    }
    return r;
  },
  __getattribute__: (self, args) => aliasGetAttr(self, attrName(args[0]!), false)!,
  __mro_entries__: (self) => newTuple([asAlias(self).origin]),
  __getitem__: (self, args) => {
    const a = asAlias(self);
    const newArgs = substituteParameters(self, a.args, a.parameters, args[0]!);
    // Always a plain GenericAlias, whatever the class of `self` (ga_getitem).
    return new PyGenericAlias(a.origin, newArgs, collectParameters(newArgs), a.unpacked);
  },
  __eq__: (self, args) => {
    const o = args[0]!;
    if (!(self instanceof PyGenericAlias) || !(o instanceof PyGenericAlias)) return NotImplemented;
    if (self.unpacked !== o.unpacked) return false;
    return (
      isTrue(richCompare(self.origin, o.origin, CompareOp.Eq)) &&
      isTrue(richCompare(newTuple(self.args), newTuple(o.args), CompareOp.Eq))
    );
  },
  __hash__: (self) => {
    const a = asAlias(self);
    return Number(BigInt.asIntN(52, BigInt(hashOf(a.origin)) ^ BigInt(hashOf(newTuple(a.args)))));
  },
  __instancecheck__: () => {
    throw typeError("isinstance() argument 2 cannot be a parameterized generic");
  },
  __subclasscheck__: () => {
    throw typeError("issubclass() argument 2 cannot be a parameterized generic");
  },
  __or__: (self, args) => unionOr(self, args[0]!),
  __ror__: (self, args) => unionOr(args[0]!, self),
  __reduce__: (self) => {
    const a = asAlias(self);
    // `*tuple[int]` has no constructor of its own: it is `next(iter(tuple[int]))`.
    if (a.unpacked)
      return reduceWithBuiltin("next", () => [
        [new GenericAliasIterator(new PyGenericAlias(a.origin, a.args, a.parameters))],
      ]);
    return newTuple([a.type, newTuple([a.origin, newTuple(a.args)])]);
  },
  __dir__: (self) => {
    const names = new Set<string>(ALIAS_OWN);
    // dir(origin), not origin.__dir__(): for a class that is object.__dir__, unbound.
    for (const k of toArray(call(iteratorHooks.builtin("dir"), [asAlias(self).origin], null)))
      names.add(jsString(k));
    return new PyList([...names].map((n) => strFromJS(n)));
  },
});
nativeGetAttribute.set(genericAliasType.dict.get("__getattribute__")!, aliasGetAttr);
defineGetSets(genericAliasType, {
  __origin__: [(self) => asAlias(self).origin],
  __args__: [(self) => newTuple(asAlias(self).args.slice())],
  __parameters__: [(self) => newTuple(asAlias(self).parameters.slice())],
  __unpacked__: [(self) => asAlias(self).unpacked],
  __typing_unpacked_tuple_args__: [
    (self) => {
      const a = asAlias(self);
      return a.unpacked && a.origin === tupleType ? newTuple(a.args) : None;
    },
  ],
});
defineNew(genericAliasType, (cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) throw typeError("GenericAlias() takes no keyword arguments");
  if (args.length !== 2) throw typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  const a = newGenericAlias(args[0]!, args[1]!);
  if (cls !== genericAliasType) {
    a.type = cls;
    a.dict = cls.hasInstanceDict ? newAttributeDict() : null;
  }
  return a;
});

function hashOf(o: PyObject): number | bigint {
  const f = typeOf(o).lookup("__hash__");
  if (f === undefined || f === None) throw typeError(`unhashable type: '${typeName(o)}'`);
  const r = callWithSelf(f, o, [], null);
  return typeof r === "number" || typeof r === "bigint" ? r : 0;
}

/** Whether `o` can be an operand of `|` between types (None, a class, an alias, a union). */
function unionable(o: PyObject): boolean {
  return o === None || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnion;
}

/** `a | b` for types (_Py_union_type_or); NotImplemented for other operands. */
export function unionOr(a: PyObject, b: PyObject): PyObject {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const items: PyObject[] = [];
  const add = (x: PyObject): void => {
    if (x instanceof PyUnion) {
      for (const y of x.args) add(y);
      return;
    }
    const v = x === None ? typeOf(None) : x;
    for (const y of items)
      if (y === v || (v instanceof PyGenericAlias && isTrue(richCompare(y, v, CompareOp.Eq)))) return;
    items.push(v);
  };
  add(a);
  add(b);
  return items.length === 1 ? items[0]! : new PyUnion(items);
}

function frozensetOf(items: PyObject[]): PyObject {
  return setFromIterable(newTuple(items), frozensetType);
}

function asUnion(self: PyObject): PyUnion {
  if (!(self instanceof PyUnion))
    throw typeError(`descriptor requires a 'types.UnionType' object but received a '${typeName(self)}'`);
  return self;
}

defineMethods(unionType, {
  __repr__: (self) =>
    strFromJS(
      asUnion(self)
        .args.map((a) => (a === typeOf(None) ? "None" : argRepr(a)))
        .join(" | "),
    ),
  __or__: (self, args) => unionOr(self, args[0]!),
  __ror__: (self, args) => unionOr(args[0]!, self),
  // Unions are equal and hash as the sets of their arguments (union_richcompare, union_hash),
  // so `int | str == str | int` and both hash as typing.Union[int, str].
  __eq__: (self, args) => {
    const o = args[0]!;
    if (!(self instanceof PyUnion) || !(o instanceof PyUnion)) return NotImplemented;
    return richCompare(frozensetOf(self.args), frozensetOf(o.args), CompareOp.Eq);
  },
  __ne__: (self, args) => {
    const o = args[0]!;
    if (!(self instanceof PyUnion) || !(o instanceof PyUnion)) return NotImplemented;
    return richCompare(frozensetOf(self.args), frozensetOf(o.args), CompareOp.Ne);
  },
  __hash__: (self) => hashOf(frozensetOf(asUnion(self).args)),
  __instancecheck__: (self, args) => {
    for (const a of asUnion(self).args) {
      if (a instanceof PyGenericAlias)
        throw typeError("isinstance() argument 2 cannot be a parameterized generic");
      if (isInstance(args[0]!, a)) return true;
    }
    return false;
  },
  __subclasscheck__: (self, args) => {
    for (const a of asUnion(self).args) {
      if (a instanceof PyGenericAlias)
        throw typeError("issubclass() argument 2 cannot be a parameterized generic");
      if (isSubclassRef(args[0]!, a)) return true;
    }
    return false;
  },
  __getitem__: (self, args) => {
    const u = asUnion(self);
    const newArgs = substituteParameters(self, u.args, collectParameters(u.args), args[0]!);
    // Rebuilt with `|` so that the values' own `__or__` decide (typing.Union for typing's types).
    if (newArgs.length === 0) return new PyUnion([]);
    let r = newArgs[0]!;
    for (let i = 1; i < newArgs.length; i++) r = binaryOpRef(r, newArgs[i]!, BinaryOp.Or);
    return r;
  },
});
// `__module__` is read from the class, for typing's sake (union_getattro).
function unionGetAttr(self: PyObject, name: string, suppress: boolean): PyObject | undefined {
  if (name === "__module__") return suppress ? getAttrOpt(typeOf(self), name) : getAttr(typeOf(self), name);
  return genericGetAttrRef(self, name, suppress);
}
defineMethods(unionType, {
  __getattribute__: (self, args) => unionGetAttr(asUnion(self), attrName(args[0]!), false)!,
});
nativeGetAttribute.set(unionType.dict.get("__getattribute__")!, unionGetAttr);
defineGetSets(unionType, {
  __args__: [(self) => newTuple(asUnion(self).args.slice())],
  __parameters__: [(self) => newTuple(collectParameters(asUnion(self).args))],
});

/** Gives a built-in generic class a `__class_getitem__` returning a GenericAlias, unless
 * its module defined one (CPython's `Py_GenericAlias` classmethods). */
export function makeGenericBuiltin(t: PyType): void {
  if (t.dict.has("__class_getitem__")) return;
  const f = new PyBuiltinFunction("__class_getitem__", `${t.name}.__class_getitem__`, (args) =>
    newGenericAlias(args[0]!, args[1]!),
  );
  t.setAttribute("__class_getitem__", new PyClassMethod(f));
}

abstractHooks.genericAlias = (origin, args) => newGenericAlias(origin, args);
