// The _functools module that Lib/functools.py imports piece by piece, all native as in
// CPython: `reduce`, `cmp_to_key` (functools.KeyWrapper), `partial`
// (_functools_partial.ts) and `_lru_cache_wrapper` (_functools_lru.ts). functools.py keeps
// its pure-Python versions only as fallbacks it never reaches.

import { None } from "../objects/bootstrap.js";
import { CompareOp, getIter, iterNext, richCompare } from "../objects/abstract.js";
import { call } from "../objects/call.js";
import { exceptionType, PyBaseException, typeError } from "../objects/exceptions.js";
import { builtinFunction, defineGetSets, defineMethods } from "../objects/function.js";
import type { AttributeDict, PyObject, PyObjectBase } from "../objects/object.js";
import type { PyType } from "../objects/type.js";
import { moduleType } from "./itertools_helpers.js";
import { lruCacheType } from "./_functools_lru.js";
import { partialType } from "./_functools_partial.js";
import { registerNativeModule } from "./registry.js";

const keyWrapperType = moduleType("functools", "KeyWrapper", undefined, false);

class PyKeyWrapper implements PyObjectBase {
  type: PyType = keyWrapperType;
  dict: AttributeDict | null = null;
  constructor(
    public cmp: PyObject,
    public obj: PyObject | undefined,
  ) {}
}

function compare(self: PyObject, other: PyObject, op: CompareOp): PyObject {
  const a = self as PyKeyWrapper;
  if (!(other instanceof PyKeyWrapper)) throw typeError("other argument must be K instance");
  if (a.obj === undefined || other.obj === undefined) throw typeError("object attribute not set");
  const r = call(a.cmp, [a.obj, other.obj], null);
  return richCompare(r, 0, op);
}

defineMethods(keyWrapperType, {
  __call__(self, args, kwnames) {
    const nkw = kwnames ? kwnames.length : 0;
    let obj: PyObject | undefined = args.length - nkw >= 1 ? args[0] : undefined;
    for (let k = 0; k < nkw; k++) {
      const n = kwnames![k]!;
      if (n !== "obj" || obj !== undefined) throw typeError(`K() got an unexpected keyword argument '${n}'`);
      obj = args[args.length - nkw + k];
    }
    if (args.length - nkw > 1) throw typeError(`K() takes at most 1 argument (${args.length - nkw} given)`);
    if (obj === undefined) throw typeError("K() missing required argument 'obj' (pos 1)");
    return new PyKeyWrapper((self as PyKeyWrapper).cmp, obj);
  },
  __lt__: (self, args) => compare(self, args[0]!, CompareOp.Lt),
  __le__: (self, args) => compare(self, args[0]!, CompareOp.Le),
  __eq__: (self, args) => compare(self, args[0]!, CompareOp.Eq),
  __ne__: (self, args) => compare(self, args[0]!, CompareOp.Ne),
  __gt__: (self, args) => compare(self, args[0]!, CompareOp.Gt),
  __ge__: (self, args) => compare(self, args[0]!, CompareOp.Ge),
});
keyWrapperType.dict.set("__hash__", None);
defineGetSets(keyWrapperType, {
  obj: [
    (self) => {
      const o = (self as PyKeyWrapper).obj;
      if (o === undefined) throw typeError("'functools.KeyWrapper' object has no attribute 'obj'");
      return o;
    },
    (self, v) => {
      (self as PyKeyWrapper).obj = v === null ? undefined : v;
    },
  ],
});

function functoolsModule(): Record<string, PyObject> {
  return {
    partial: partialType,
    _lru_cache_wrapper: lruCacheType,
    reduce: builtinFunction(
      "reduce",
      (args, kwnames) => {
        if (kwnames && kwnames.length) throw typeError("reduce() takes no keyword arguments");
        if (args.length < 2) throw typeError(`reduce expected at least 2 arguments, got ${args.length}`);
        if (args.length > 3) throw typeError(`reduce expected at most 3 arguments, got ${args.length}`);
        const fn = args[0]!;
        let it: PyObject;
        try {
          it = getIter(args[1]!);
        } catch (e) {
          if (e instanceof PyBaseException && e.type.isSubtypeOf(exceptionType("TypeError")))
            throw typeError("reduce() arg 2 must support iteration");
          throw e;
        }
        let acc: PyObject | undefined = args[2];
        for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
          acc = acc === undefined ? v : call(fn, [acc, v], null);
        }
        if (acc === undefined) throw typeError("reduce() of empty iterable with no initial value");
        return acc;
      },
      "_functools",
    ),
    cmp_to_key: builtinFunction(
      "cmp_to_key",
      (args, kwnames) => {
        const nkw = kwnames ? kwnames.length : 0;
        const npos = args.length - nkw;
        if (npos > 1) throw typeError(`cmp_to_key() takes at most 1 argument (${npos} given)`);
        let mycmp: PyObject | undefined = npos === 1 ? args[0] : undefined;
        for (let k = 0; k < nkw; k++) {
          const n = kwnames![k]!;
          if (n !== "mycmp") throw typeError(`cmp_to_key() got an unexpected keyword argument '${n}'`);
          if (mycmp !== undefined)
            throw typeError("argument for cmp_to_key() given by name ('mycmp') and position (1)");
          mycmp = args[npos + k];
        }
        if (mycmp === undefined) throw typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)");
        return new PyKeyWrapper(mycmp, undefined);
      },
      "_functools",
    ),
  };
}

registerNativeModule("_functools", functoolsModule);
