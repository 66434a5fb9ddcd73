// Calling any object (`PyObject_Vectorcall`), and calling special methods found on a
// type, which skips the instance dictionary exactly as CPython's `_PyObject_LookupSpecial`.

import { typeError } from "./exceptions.js";
import {
  checkCallSelf,
  PyBuiltinFunction,
  PyClassMethodDescriptor,
  PyFunction,
  PyMethod,
  PyMethodDescriptor,
  pythonCalls,
  type KwNames,
} from "./function.js";
import { typeOf, type PyObject } from "./object.js";
import { typeName } from "./names.js";
import { PyType } from "./type.js";
import { typeType } from "./bootstrap.js";

/** Hooks for behaviour defined in other object modules, to keep this module at the bottom. */
export const callHooks: {
  /** Binds a descriptor found on a type (`__get__`), for objects that are not functions. */
  bindDescriptor: (descr: PyObject, self: PyObject, owner: PyType) => PyObject;
  /** `type.__call__` (instance creation), installed by typeobject.ts. */
  typeCall: ((cls: PyType, args: PyObject[], kwnames: KwNames) => PyObject) | null;
} = {
  bindDescriptor: (descr) => descr,
  typeCall: null,
};

export function call(callable: PyObject, args: PyObject[], kwnames: KwNames = null): PyObject {
  if (callable instanceof PyFunction) return pythonCalls.call(callable, args, kwnames);
  if (callable instanceof PyBuiltinFunction) return callable.call(args, kwnames);
  if (callable instanceof PyMethod) return callBound(callable.func, callable.self, args, kwnames);
  // Classes whose metaclass is exactly `type` skip the lookup of `type.__call__`.
  if (callable instanceof PyType && callable.type === typeType && callHooks.typeCall !== null)
    return callHooks.typeCall(callable, args, kwnames);
  // Everything else is called through its type's `__call__`.
  const t = typeOf(callable);
  const slot = t.call;
  if (slot !== null) return slot(callable, args, kwnames);
  const dunder = t.lookup("__call__");
  if (dunder === undefined) throw typeError(`'${typeName(callable)}' object is not callable`);
  return callWithSelf(dunder, callable, args, kwnames);
}

/** Calls `func` as a method of `self`: functions and method descriptors get `self` as the
 * first argument without a bound-method object being made. */
export function callWithSelf(func: PyObject, self: PyObject, args: PyObject[], kwnames: KwNames): PyObject {
  if (func instanceof PyMethodDescriptor) {
    // A class may take another type's slot wrapper (`__eq__ = str.__eq__`): bpo-37619.
    checkCallSelf(func, self);
    return func.call(self, args, kwnames);
  }
  if (func instanceof PyFunction) return pythonCalls.call(func, [self, ...args], kwnames);
  if (func instanceof PyClassMethodDescriptor) return func.call(typeOf(self), args, kwnames);
  return call(callHooks.bindDescriptor(func, self, typeOf(self)), args, kwnames);
}

/** Calls a bound method's function with `self` in front (method_vectorcall). Unlike
 * callWithSelf, `func` is not a descriptor found on a type: it is called as it is, so a
 * class or a builtin bound by `classmethod` or `types.MethodType` gets `self` too. */
export function callBound(func: PyObject, self: PyObject, args: PyObject[], kwnames: KwNames): PyObject {
  if (func instanceof PyFunction) return pythonCalls.call(func, [self, ...args], kwnames);
  return call(func, [self, ...args], kwnames);
}

/** Looks up a special method on the type of `self` and calls it; undefined if the type
 * has no such method. */
export function callSpecial(self: PyObject, name: string, args: PyObject[] = []): PyObject | undefined {
  const func = typeOf(self).lookup(name);
  if (func === undefined) return undefined;
  return callWithSelf(func, self, args, null);
}
