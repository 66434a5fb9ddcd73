// Module objects. A module's attributes live in a real PyDict (`namespace`), which is also
// the globals dict of the code that runs in it and is what `m.__dict__` returns; the
// generic `dict` field stays null. Module-level `__getattr__` and `__dir__` (PEP 562) are
// honoured.

import { moduleType, None } from "./bootstrap.js";
import { call } from "./call.js";
import { exceptionType, PyBaseException, typeError } from "./exceptions.js";
import {
  defineGetSets,
  defineMethods,
  defineReadonlyMembers,
  PyBuiltinFunction,
  bindArgs,
  signature,
} from "./function.js";
import { typeOf, type PyObject, type PyObjectBase } from "./object.js";
import { typeName } from "./names.js";
import type { PyType } from "./type.js";
import {
  attrName,
  descrGet,
  genericGetAttr,
  hasDescrGet,
  isAttributeError,
  isDataDescriptor,
  nativeGetAttribute,
  nativeSetAttr,
  genericSetAttrs,
  noAttribute,
  getAttr,
  getAttrOpt,
} from "./attributes.js";
import { isString, isTrue, reprJS, toArray } from "./abstract.js";
import { jsString, strFromJS } from "./str.js";
import { PyDict } from "./dict.js";
import { PyList } from "./list.js";

export class PyModule implements PyObjectBase {
  /** Modules keep their attributes in `namespace`; this stays null. */
  dict: null = null;
  readonly namespace: PyDict;
  constructor(
    public type: PyType = moduleType,
    namespace: PyDict | null = null,
  ) {
    this.namespace = namespace ?? new PyDict();
  }
}
moduleType.newInstance = (t) => new PyModule(t);
// Module attributes live in the namespace; subclasses must not add an instance __dict__.
moduleType.hasInstanceDict = true;

/** A new module named `name` with the standard attributes set (`ModuleType(name, doc)`). */
export function newModule(name: string, doc: PyObject = None): PyModule {
  const m = new PyModule();
  initModule(m, strFromJS(name), doc);
  return m;
}

function initModule(m: PyModule, name: PyObject, doc: PyObject): void {
  const ns = m.namespace;
  ns.setStr("__name__", name);
  ns.setStr("__doc__", doc);
  ns.setStr("__package__", None);
  ns.setStr("__loader__", None);
  ns.setStr("__spec__", None);
}

function asModule(self: PyObject): PyModule {
  if (!(self instanceof PyModule))
    throw typeError(`descriptor requires a 'module' object but received a '${typeName(self)}'`);
  return self;
}

function moduleName(m: PyModule): string | null {
  const n = m.namespace.getStr("__name__");
  return n !== undefined && isString(n) ? jsString(n) : null;
}

/** module_getattro: type data descriptors, the namespace, type attributes, then the
 * namespace's `__getattr__`. */
function moduleGetAttr(self: PyObject, name: string, suppress: boolean): PyObject | undefined {
  const m = self as PyModule;
  const t = typeOf(self);
  const descr = t.lookup(name);
  if (descr !== undefined && typeof descr === "object" && hasDescrGet(descr) && isDataDescriptor(descr))
    return descrGet(descr, self, t);
  const v = m.namespace.getStr(name);
  if (v !== undefined) return v;
  if (descr !== undefined) return hasDescrGet(descr) ? descrGet(descr, self, t) : descr;
  const ga = m.namespace.getStr("__getattr__");
  if (ga !== undefined) {
    if (!suppress) return call(ga, [strFromJS(name)], null);
    try {
      return call(ga, [strFromJS(name)], null);
    } catch (e) {
      if (isAttributeError(e)) return undefined;
      throw e;
    }
  }
  if (suppress) return undefined;
  const mod = moduleName(m);
  if (mod === null) throw noAttribute(self, name, `module has no attribute '${name}'`);
  const spec = m.namespace.getStr("__spec__");
  if (spec !== undefined && spec !== None) {
    const init = getAttrOpt(spec, "_initializing");
    if (init !== undefined && isTrue(init))
      throw noAttribute(
        self,
        name,
        `partially initialized module '${mod}' has no attribute '${name}' (most likely due to a circular import)`,
      );
  }
  throw noAttribute(self, name, `module '${mod}' has no attribute '${name}'`);
}

function moduleSetAttr(self: PyObject, name: string, value: PyObject | null): void {
  const m = self as PyModule;
  const t = typeOf(self);
  const descr = t.lookup(name);
  if (descr !== undefined && typeof descr === "object" && isDataDescriptor(descr)) {
    const set = descr.type.lookup(value === null ? "__delete__" : "__set__");
    const native = descr as { descrSet?: (o: PyObject, v: PyObject | null) => void };
    if (native.descrSet !== undefined && descr.type.isBuiltin) native.descrSet(self, value);
    else if (set !== undefined)
      call(descrGet(set, descr, descr.type), value === null ? [self] : [self, value], null);
    return;
  }
  if (value !== null) m.namespace.setStr(name, value);
  else if (!m.namespace.delete(strFromJS(name))) {
    const mod = moduleName(m);
    throw noAttribute(
      self,
      name,
      mod === null ? `module has no attribute '${name}'` : `module '${mod}' has no attribute '${name}'`,
    );
  }
}

function moduleRepr(m: PyModule): string {
  const ns = m.namespace;
  const nameObj = ns.getStr("__name__");
  const name = nameObj !== undefined && isString(nameObj) ? jsString(nameObj) : "?";
  // importlib's _module_repr first asks the loader (deprecated in 3.11, still honoured);
  // an Exception it raises is ignored.
  const moduleLoader = ns.getStr("__loader__");
  const custom = moduleLoader === undefined ? undefined : getAttrOpt(moduleLoader, "module_repr");
  if (custom !== undefined) {
    let r: PyObject | undefined;
    try {
      r = call(custom, [m], null);
    } catch (e) {
      if (!(e instanceof PyBaseException) || !e.type.isSubtypeOf(exceptionType("Exception"))) throw e;
    }
    if (r !== undefined) {
      if (!isString(r)) throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
      return jsString(r);
    }
  }
  const spec = ns.getStr("__spec__");
  if (spec !== undefined && spec !== None) {
    const origin = getAttrOpt(spec, "origin");
    const loader = getAttrOpt(spec, "loader");
    if (origin === undefined || origin === None) {
      if (loader === undefined || loader === None) return `<module '${name}'>`;
      return `<module '${name}' (${reprJS(loader)})>`;
    }
    const hasLocation = getAttrOpt(spec, "has_location");
    if (hasLocation !== undefined && isTrue(hasLocation)) return `<module '${name}' from '${strOf(origin)}'>`;
    return `<module '${name}' (${strOf(origin)})>`;
  }
  const file = ns.getStr("__file__");
  if (file !== undefined && isString(file)) return `<module '${name}' from '${jsString(file)}'>`;
  const loader = ns.getStr("__loader__");
  if (loader !== undefined && loader !== None) return `<module '${name}' (${reprJS(loader)})>`;
  return `<module '${name}'>`;
}

function strOf(v: PyObject): string {
  return isString(v) ? jsString(v) : reprJS(v);
}

const moduleInitSig = signature("module(name, doc=?)");

defineMethods(moduleType, {
  __init__: (self, args, kwnames) => {
    const v = bindArgs(moduleInitSig, args, kwnames).values;
    const name = v[0]!;
    if (!isString(name))
      throw typeError(`module.__init__() argument 'name' must be str, not ${typeName(name)}`);
    initModule(asModule(self), name, v[1] ?? None);
    return None;
  },
  __repr__: (self) => strFromJS(moduleRepr(asModule(self))),
  __getattribute__: (self, args) => moduleGetAttr(asModule(self), attrName(args[0]!), false)!,
  __setattr__: (self, args) => {
    moduleSetAttr(asModule(self), attrName(args[0]!), args[1]!);
    return None;
  },
  __delattr__: (self, args) => {
    moduleSetAttr(asModule(self), attrName(args[0]!), null);
    return None;
  },
  __dir__: (self) => {
    // The namespace as `__dict__` gives it, which a subclass may have replaced.
    const ns = getAttr(asModule(self), "__dict__");
    if (!(ns instanceof PyDict)) throw typeError("<module>.__dict__ is not a dictionary");
    const d = ns.getStr("__dir__");
    if (d !== undefined) return call(d, [], null);
    return new PyList(ns.keysArray());
  },
});
moduleType.dict.set(
  "__new__",
  new PyBuiltinFunction(
    "__new__",
    "module.__new__",
    (args) => {
      const cls = args[0];
      if (cls === undefined || typeof cls !== "object" || !("mro" in cls))
        throw typeError("module.__new__(X): X is not a type object");
      return new PyModule(cls as PyType);
    },
    moduleType,
  ),
);
nativeGetAttribute.set(moduleType.dict.get("__getattribute__")!, moduleGetAttr);
nativeSetAttr.set(moduleType.dict.get("__setattr__")!, moduleSetAttr);
nativeSetAttr.set(moduleType.dict.get("__delattr__")!, moduleSetAttr);
genericSetAttrs.add(moduleSetAttr);
defineReadonlyMembers(moduleType, { __dict__: [(self) => asModule(self).namespace] });
defineGetSets(moduleType, {
  __annotations__: [
    (self) => {
      const ns = asModule(self).namespace;
      let a = ns.getStr("__annotations__");
      if (a === undefined) {
        a = new PyDict();
        ns.setStr("__annotations__", a);
      }
      return a;
    },
    (self, v) => {
      const ns = asModule(self).namespace;
      if (v === null) {
        if (!ns.delete(strFromJS("__annotations__"))) throw noAttribute(self, "__annotations__");
      } else ns.setStr("__annotations__", v);
    },
  ],
});
moduleType.dict.set(
  "__doc__",
  "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
);

export { genericGetAttr, toArray };
