// Python's bool: the JS booleans `true` and `false`, a subclass of int that cannot be
// subclassed. Arithmetic is int's (a bool operand reads as 0 or 1 through `intValue`);
// bool adds its repr and keeps `&`, `|`, `^` of two bools a bool.

import { boolType, NotImplemented } from "./bootstrap.js";
import { isTrue } from "./abstract.js";
import { typeError } from "./exceptions.js";
import { PyBuiltinFunction, defineMethods, type KwNames, type MethodCall } from "./function.js";
import { typeName } from "./names.js";
import type { PyObject } from "./object.js";
import { PyType } from "./type.js";
import { intAnd, intOr, intXor, intValue, type Int } from "./int.js";

boolType.isBaseType = false;

function selfBool(self: PyObject, name: string): boolean {
  if (typeof self === "boolean") return self;
  throw typeError(`descriptor '${name}' requires a 'bool' object but received a '${typeName(self)}'`);
}

function bitSlot(
  name: string,
  boolOp: (a: boolean, b: boolean) => boolean,
  intOp: (a: Int, b: Int) => Int,
): MethodCall {
  return (self, args, kwnames) => {
    if ((kwnames && kwnames.length) || args.length !== 1)
      throw typeError(`expected 1 argument, got ${args.length}`);
    const a = selfBool(self, name);
    const b = args[0]!;
    if (typeof b === "boolean") return boolOp(a, b);
    const bv = intValue(b);
    if (bv === undefined) return NotImplemented;
    return intOp(a ? 1 : 0, bv);
  };
}

function boolNew(args: PyObject[], kwnames: KwNames): PyObject {
  const cls = args[0];
  if (!(cls instanceof PyType))
    throw typeError(`bool.__new__(X): X is not a type object (${typeName(cls!)})`);
  if (!cls.isSubtypeOf(boolType))
    throw typeError(`bool.__new__(${cls.name}): ${cls.name} is not a subtype of bool`);
  if (kwnames && kwnames.length) throw typeError("bool() takes no keyword arguments");
  if (args.length > 2) throw typeError(`bool expected at most 1 argument, got ${args.length - 1}`);
  return args.length > 1 ? isTrue(args[1]!) : false;
}

defineMethods(boolType, {
  __repr__: (self, args) => {
    if (args.length !== 0) throw typeError(`expected 0 arguments, got ${args.length}`);
    return selfBool(self, "__repr__") ? "True" : "False";
  },
  __and__: bitSlot("__and__", (a, b) => a && b, intAnd),
  __rand__: bitSlot("__rand__", (a, b) => a && b, intAnd),
  __or__: bitSlot("__or__", (a, b) => a || b, intOr),
  __ror__: bitSlot("__ror__", (a, b) => a || b, intOr),
  __xor__: bitSlot("__xor__", (a, b) => a !== b, intXor),
  __rxor__: bitSlot("__rxor__", (a, b) => a !== b, intXor),
});

boolType.dict.set("__new__", new PyBuiltinFunction("__new__", "bool.__new__", boolNew, boolType));
boolType.modified();
