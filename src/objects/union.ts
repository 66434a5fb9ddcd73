// `X | Y` on types (PEP 604): `types.UnionType`. `type.__or__` builds one from types,
// None, generic aliases and other unions; anything else gives NotImplemented so that
// typing's own objects can answer with their `__ror__`.

import { None, noneType, NotImplemented, objectType, typeType } from "./bootstrap.js";
import { typeError } from "./exceptions.js";
import { defineGetSets, defineMethods } from "./function.js";
import type { PyObject, PyObjectBase } from "./object.js";
import { typeOf } from "./object.js";
import { PyType } from "./type.js";
import { eq, getAttrOpt, hash, isInstance, isSubclass, reprJS } from "./abstract.js";
import { PyTuple } from "./tuple.js";
import { strFromJS } from "./str.js";
import { genericAliasType as iteratorsGenericAlias } from "./iterators.js";
import { genericAliasType as typeobjectGenericAlias } from "./typeobject.js";

export const unionType = new PyType(typeType, "UnionType", [objectType], true);
unionType.isBaseType = false;
unionType.dict.set("__module__", "types");

export class PyUnion implements PyObjectBase {
  type = unionType;
  constructor(readonly args: PyObject[]) {}
}

function isGenericAlias(x: PyObject): boolean {
  return typeOf(x).name === "GenericAlias";
}

/** What may stand on either side of `|` here (CPython's `is_unionable`). */
function isUnionable(x: PyObject): boolean {
  return x === None || x instanceof PyType || isGenericAlias(x) || x instanceof PyUnion;
}

/** Flattens nested unions, turns None into NoneType and drops duplicates. */
function unionArgs(parts: PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  for (const p of parts) {
    const items = p instanceof PyUnion ? p.args : [p === None ? noneType : p];
    for (const item of items) {
      if (!out.some((o) => o === item || (isGenericAlias(o) && isGenericAlias(item) && eq(o, item))))
        out.push(item);
    }
  }
  return out;
}

export function typeOr(a: PyObject, b: PyObject): PyObject {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const args = unionArgs([a, b]);
  return args.length === 1 ? args[0]! : new PyUnion(args);
}

function asUnion(self: PyObject): PyUnion {
  if (!(self instanceof PyUnion)) throw typeError("descriptor requires a 'types.UnionType' object");
  return self;
}

function argRepr(x: PyObject): string {
  if (x === noneType) return "None";
  if (x instanceof PyType) {
    const module = getAttrOpt(x, "__module__");
    const name = x.qualname;
    return module === undefined || module === "builtins" ? name : `${String(module)}.${name}`;
  }
  return reprJS(x);
}

defineMethods(unionType, {
  __repr__(self) {
    return strFromJS(asUnion(self).args.map(argRepr).join(" | "));
  },
  __or__(self, args) {
    return typeOr(self, args[0]!);
  },
  __ror__(self, args) {
    return typeOr(args[0]!, self);
  },
  __eq__(self, args) {
    const other = args[0]!;
    if (!(other instanceof PyUnion)) return NotImplemented;
    const a = asUnion(self).args;
    return a.length === other.args.length && a.every((x) => other.args.some((y) => x === y || eq(x, y)));
  },
  __hash__(self) {
    // Order-independent, as CPython hashes the frozenset of the arguments.
    let h = 0;
    for (const x of asUnion(self).args) h ^= Number(BigInt.asIntN(32, BigInt(hash(x))));
    return h === -1 ? -2 : h;
  },
  __instancecheck__(self, args) {
    for (const x of asUnion(self).args) {
      if (isGenericAlias(x)) throw typeError("isinstance() argument 2 cannot be a parameterized generic");
    }
    return asUnion(self).args.some((x) => isInstance(args[0]!, x));
  },
  __subclasscheck__(self, args) {
    for (const x of asUnion(self).args) {
      if (isGenericAlias(x)) throw typeError("issubclass() argument 2 cannot be a parameterized generic");
    }
    return asUnion(self).args.some((x) => isSubclass(args[0]!, x));
  },
});

defineGetSets(unionType, {
  __args__: [(self) => new PyTuple(asUnion(self).args.slice())],
  __parameters__: [
    (self) => {
      const params: PyObject[] = [];
      for (const x of asUnion(self).args) {
        const p = getAttrOpt(x, "__parameters__");
        if (p instanceof PyTuple) for (const item of p.items) if (!params.includes(item)) params.push(item);
      }
      return new PyTuple(params);
    },
  ],
});

defineMethods(typeType, {
  __or__(self, args) {
    return typeOr(self, args[0]!);
  },
  __ror__(self, args) {
    return typeOr(args[0]!, self);
  },
});

// Generic aliases (`list[int] | None`) join unions the same way. Two modules define a
// GenericAlias type today; both get the operators.
for (const aliasType of [iteratorsGenericAlias, typeobjectGenericAlias]) {
  defineMethods(aliasType, {
    __or__(self, args) {
      return typeOr(self, args[0]!);
    },
    __ror__(self, args) {
      return typeOr(args[0]!, self);
    },
  });
}
