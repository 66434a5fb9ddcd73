// Instance layouts: what a class adds to the storage of its base (`tp_base`, the best
// base): its own `__slots__`, a `__dict__`, a `__weakref__`. Swallow's instances are JS
// objects that could take any class, but CPython refuses `__class__` and `__bases__`
// assignments between classes whose C structs differ, and programs (and CPython's tests)
// rely on those refusals; CPython's compatible_for_assignment decides it from these facts.

import {
  bytesType,
  frozensetType,
  intType,
  moduleType,
  objectType,
  setType,
  tupleType,
  typeType,
} from "./bootstrap.js";
import { classAssignHook } from "./descriptors.js";
import { typeError } from "./exceptions.js";
import { typeName } from "./names.js";
import { instanceDict } from "./attributes.js";
import { newAttributeDict, PyInstance, typeOf, type PyObject } from "./object.js";
import { PyType } from "./type.js";

/** The base whose layout `t` extends (CPython's tp_base). */
export function bestBaseOf(t: PyType): PyType {
  return (t.extra["base"] as PyType | undefined) ?? t.bases[0]!;
}

/** Whether instances have a weak reference list, as far as layouts go: recorded for
 * classes and for the built-in types marked below. */
export function hasWeakrefSlot(t: PyType): boolean {
  return t.extra["hasWeakref"] === true;
}

// Built-in types whose instances have a weak reference list in CPython, so that their
// subclasses add none (a metaclass, a module or set subclass).
for (const t of [typeType, moduleType, setType, frozensetType]) t.extra["hasWeakref"] = true;

/** Whether instances hold a variable number of items inline (tp_itemsize != 0): such
 * classes take no nonempty `__slots__` and no `__weakref__`, and their `__dict__` is part
 * of the fixed size rather than kept aside (managed). */
export function isVarSized(t: PyType): boolean {
  return (
    t.isSubtypeOf(intType) || t.isSubtypeOf(bytesType) || t.isSubtypeOf(tupleType) || t.isSubtypeOf(typeType)
  );
}

/** The `__slots__` names a class added itself (CPython's ht_slots, sorted). */
function ownSlots(t: PyType): string[] {
  return t.slotNames.slice(bestBaseOf(t).slotNames.length);
}

function addsDict(t: PyType): boolean {
  return t.hasInstanceDict && !bestBaseOf(t).hasInstanceDict;
}

function addsWeakref(t: PyType): boolean {
  return hasWeakrefSlot(t) && !hasWeakrefSlot(bestBaseOf(t));
}

/** Py_TPFLAGS_MANAGED_DICT: a class, or a class it derives from, added a `__dict__` kept
 * outside the fixed-size part. */
function hasManagedDict(t: PyType): boolean {
  for (let c = t; !c.isBuiltin; c = bestBaseOf(c)) if (addsDict(c) && !isVarSized(bestBaseOf(c))) return true;
  return false;
}

/** compatible_with_tp_base: `t`'s instances are laid out as its base's are. */
function sameLayoutAsBase(t: PyType): boolean {
  if (t === objectType) return false;
  const base = bestBaseOf(t);
  if (t.isBuiltin)
    return (
      t.newInstance !== null &&
      t.newInstance === base.newInstance &&
      t.hasInstanceDict === base.hasInstanceDict
    );
  return !addsDict(t) && !addsWeakref(t) && ownSlots(t).length === 0;
}

/** same_slots_added: two classes with the same base add the same fields to it (a dict
 * inside a variable-size instance never counts as the same: CPython's size sum leaves it
 * out). */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  if (a.isBuiltin || b.isBuiltin) return false;
  const varDict = (t: PyType): boolean => addsDict(t) && isVarSized(bestBaseOf(t));
  if (varDict(a) || varDict(b) || addsWeakref(a) !== addsWeakref(b)) return false;
  const sa = ownSlots(a);
  const sb = ownSlots(b);
  return sa.length === sb.length && sa.every((n, i) => n === sb[i]);
}

/** CPython's compatible_for_assignment: raises unless instances of `oldto` can become
 * instances of `newto` (`attr` is "__class__" or "__bases__", for the message). */
export function checkCompatibleLayout(oldto: PyType, newto: PyType, attr: string): void {
  let newbase = newto;
  let oldbase = oldto;
  while (sameLayoutAsBase(newbase)) newbase = bestBaseOf(newbase);
  while (sameLayoutAsBase(oldbase)) oldbase = bestBaseOf(oldbase);
  const differs =
    (newbase !== oldbase &&
      (bestBaseOf(newbase) !== bestBaseOf(oldbase) || !sameSlotsAdded(newbase, oldbase))) ||
    hasManagedDict(oldto) !== hasManagedDict(newto);
  if (differs)
    throw typeError(`${attr} assignment: '${newto.name}' object layout differs from '${oldto.name}'`);
}

classAssignHook.set = (self: PyObject, v: PyObject): void => {
  if (!(v instanceof PyType))
    throw typeError(`__class__ must be set to a class, not '${typeName(v)}' object`);
  const old = typeOf(self);
  const isModule = (t: PyType): boolean => t.isSubtypeOf(moduleType);
  if (((old.isBuiltin || v.isBuiltin) && !(isModule(old) && isModule(v))) || typeof self !== "object")
    throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
  checkCompatibleLayout(old, v, "__class__");
  (self as { type: PyType }).type = v;
  if (v.hasInstanceDict && instanceDict(self) === null && self instanceof PyInstance)
    self.dict = newAttributeDict();
};
