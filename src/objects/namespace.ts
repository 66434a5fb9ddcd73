// `types.SimpleNamespace` (and the type of `sys.implementation`): an object whose attributes
// are its keyword arguments, with a repr and an equality over them.

import { None, NotImplemented, objectType, typeType } from "./bootstrap.js";
import { richCompare, reprJS } from "./abstract.js";
import { typeError } from "./exceptions.js";
import { defineGetSets, defineMethods, type KwNames } from "./function.js";
import { attributesView } from "./descriptors.js";
import { reprEnter, reprLeave } from "./iterators.js";
import { PyInstance, typeOf, type AttributeDict, type PyObject } from "./object.js";
import { strFromJS } from "./str.js";
import { PyType } from "./type.js";
import { PyDict } from "./dict.js";
import { newTuple } from "./tuple.js";

export const simpleNamespaceType = new PyType(typeType, "types.SimpleNamespace", [objectType], true);
simpleNamespaceType.qualname = "SimpleNamespace";
simpleNamespaceType.hasInstanceDict = true;
simpleNamespaceType.dict.set("__module__", "types");
simpleNamespaceType.newInstance = (t) => new PyInstance(t);

/** A namespace with these attributes (sys.implementation, time.get_clock_info()). */
export function newNamespace(attributes: Record<string, PyObject>): PyObject {
  const o = new PyInstance(simpleNamespaceType);
  Object.assign(o.dict!, attributes);
  return o;
}

function attrs(self: PyObject): AttributeDict {
  const d = (self as PyInstance).dict;
  if (!(self instanceof PyInstance) || d === null)
    throw typeError("descriptor requires a 'types.SimpleNamespace' object");
  return d;
}

defineMethods(simpleNamespaceType, {
  __init__(self, args, kwnames: KwNames) {
    const nkw = kwnames?.length ?? 0;
    if (args.length > nkw) throw typeError("no positional arguments expected");
    const d = attrs(self);
    for (let i = 0; i < nkw; i++) d[kwnames![i]!] = args[args.length - nkw + i]!;
    return None;
  },
  __repr__(self) {
    const t = typeOf(self);
    const name = t === simpleNamespaceType ? "namespace" : t.qualname;
    if (!reprEnter(self as object)) return strFromJS(`${name}(...)`);
    try {
      const d = attrs(self);
      const parts = Object.keys(d).map((k) => `${k}=${reprJS(d[k]!)}`);
      return strFromJS(`${name}(${parts.join(", ")})`);
    } finally {
      reprLeave(self as object);
    }
  },
  __eq__: (self, args) => compare(self, args[0]!, 2),
  __ne__: (self, args) => compare(self, args[0]!, 3),
  __reduce__(self) {
    const d = new PyDict();
    for (const [k, v] of Object.entries(attrs(self))) d.set(strFromJS(k), v);
    return newTuple([typeOf(self), newTuple([]), d]);
  },
});
simpleNamespaceType.dict.set("__hash__", None);
defineGetSets(simpleNamespaceType, { __dict__: [(self) => attributesView(self)] });

function compare(a: PyObject, b: PyObject, op: 2 | 3): PyObject {
  if (!(b instanceof PyInstance) || !typeOf(b).isSubtypeOf(simpleNamespaceType)) return NotImplemented;
  const da = attrs(a);
  const db = attrs(b);
  const ka = Object.keys(da);
  let equal = ka.length === Object.keys(db).length;
  for (const k of ka) {
    if (!equal) break;
    const v = db[k];
    equal = v !== undefined && (v === da[k] || richCompare(da[k]!, v, 2) === true);
  }
  return op === 2 ? equal : !equal;
}
