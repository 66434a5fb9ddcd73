// The `_weakref` module: what Lib/weakref.py and Lib/_weakrefset.py import. The types
// live in src/objects/weakref.ts.

import { None } from "../objects/bootstrap.js";
import { typeError } from "../objects/exceptions.js";
import { builtinFunction } from "../objects/function.js";
import type { PyObject } from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { PyList } from "../objects/list.js";
import {
  callableProxyType,
  newWeakProxy,
  proxyType,
  PyWeakRef,
  refType,
  weakrefsOf,
} from "../objects/weakref.js";
import { registerNativeModule } from "./registry.js";

registerNativeModule("_weakref", () => ({
  ref: refType,
  ReferenceType: refType,
  ProxyType: proxyType,
  CallableProxyType: callableProxyType,
  getweakrefcount: builtinFunction(
    "getweakrefcount",
    (args) => {
      if (args.length !== 1)
        throw typeError(`getweakrefcount() takes exactly one argument (${args.length} given)`);
      return weakrefsOf(args[0]!).filter((r) => r.deref() !== undefined).length;
    },
    "_weakref",
  ),
  getweakrefs: builtinFunction(
    "getweakrefs",
    (args) => {
      if (args.length !== 1)
        throw typeError(`getweakrefs() takes exactly one argument (${args.length} given)`);
      return new PyList(weakrefsOf(args[0]!).filter((r) => r.deref() !== undefined));
    },
    "_weakref",
  ),
  proxy: builtinFunction(
    "proxy",
    (args) => {
      if (args.length < 1 || args.length > 2)
        throw typeError(`proxy expected at most 2 arguments, got ${args.length}`);
      return newWeakProxy(args[0]!, args[1] ?? None);
    },
    "_weakref",
  ),
  _remove_dead_weakref: builtinFunction(
    "_remove_dead_weakref",
    (args) => {
      const [d, key] = args as [PyObject, PyObject];
      if (!(d instanceof PyDict))
        throw typeError(`_remove_dead_weakref() argument 1 must be dict, not ${typeof d}`);
      const v = d.get(key);
      if (v instanceof PyWeakRef && v.deref() === undefined) d.delete(key);
      return None;
    },
    "_weakref",
  ),
}));
