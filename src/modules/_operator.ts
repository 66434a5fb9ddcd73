// The `_operator` module: the functions of Lib/operator.py as CPython's C module has them,
// which operator.py takes over with `from _operator import *` (its `__add__ = add` aliases
// follow). Each is a built-in function over the abstract operations, so `operator.add` in
// `functools.reduce` or a sort key costs no Python call, and each checks its arguments as
// CPython's METH_O and METH_FASTCALL functions do, with their messages. The callable types
// `itemgetter`, `attrgetter` and `methodcaller` are in _operator_getters.ts.

import {
  absolute,
  BinaryOp,
  binaryOp,
  CompareOp,
  contains,
  delItem,
  eq,
  getItem,
  getIter,
  index,
  inplaceOp,
  isTrue,
  iterNext,
  objectLengthHint,
  richCompare,
  sequenceConcat,
  sequenceInPlaceConcat,
  setItem,
  unaryOp,
} from "../objects/abstract.js";
import { None } from "../objects/bootstrap.js";
import { builtinDocs } from "../objects/builtin_docs.generated.js";
import { bufferOf } from "../objects/bytes.js";
import { call } from "../objects/call.js";
import { exceptionType, isException, typeError, valueError } from "../objects/exceptions.js";
import { PyBuiltinFunction, type KwNames, type VectorCall } from "../objects/function.js";
import type { PyObject, PyObjectBase } from "../objects/object.js";
import { typeName } from "../objects/names.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { ssizeArg } from "../objects/str_args.js";
import { attrgetterType, itemgetterType, methodcallerType } from "./_operator_getters.js";
import { registerNativeModule } from "./registry.js";

type Unary = (a: PyObject) => PyObject;
type Binary = (a: PyObject, b: PyObject) => PyObject;

// ---- argument checks, worded as CPython's call machinery and _PyArg_CheckPositional ----

function noKeywords(name: string, kwnames: KwNames): void {
  if (kwnames !== null && kwnames.length > 0)
    throw typeError(`_operator.${name}() takes no keyword arguments`);
}

function plural(n: number): string {
  return n === 1 ? "argument" : "arguments";
}

function arityError(name: string, n: number, min: number, max: number): PyObjectBase {
  if (min === max) return typeError(`${name} expected ${min} ${plural(min)}, got ${n}`);
  if (n < min) return typeError(`${name} expected at least ${min} ${plural(min)}, got ${n}`);
  return typeError(`${name} expected at most ${max} ${plural(max)}, got ${n}`);
}

/** A METH_O function. */
function unary(name: string, f: Unary): VectorCall {
  return (args, kwnames) => {
    noKeywords(name, kwnames);
    if (args.length !== 1)
      throw typeError(`_operator.${name}() takes exactly one argument (${args.length} given)`);
    return f(args[0]!);
  };
}

/** A METH_FASTCALL function of two operands. */
function binary(name: string, f: Binary): VectorCall {
  return (args, kwnames) => {
    noKeywords(name, kwnames);
    if (args.length !== 2) throw arityError(name, args.length, 2, 2);
    return f(args[0]!, args[1]!);
  };
}

// ---- the functions that are more than one abstract operation ----

/** PySequence_Count and PySequence_Index (_PySequence_IterSearch): each item that is `b`
 * or equals it; `found` returns whether to stop. */
function iterSearch(a: PyObject, b: PyObject, found: (i: number) => boolean): void {
  let it: PyObject;
  try {
    it = getIter(a);
  } catch (e) {
    if (isException(e) && e.type.isSubtypeOf(exceptionType("TypeError")))
      throw typeError(`argument of type '${typeName(a)}' is not iterable`);
    throw e;
  }
  for (let i = 0, v = iterNext(it); v !== undefined; i++, v = iterNext(it)) if (eq(v, b) && found(i)) return;
}

function countOf(a: PyObject, b: PyObject): PyObject {
  let n = 0;
  iterSearch(a, b, () => (n++, false));
  return n;
}

function indexOf(a: PyObject, b: PyObject): PyObject {
  let at = -1;
  iterSearch(a, b, (i) => ((at = i), true));
  if (at < 0) throw valueError("sequence.index(x): x not in sequence");
  return at;
}

/** `length_hint(obj, default=0, /)`: the default is a Py_ssize_t, returned as given. */
function lengthHint(args: PyObject[], kwnames: KwNames): PyObject {
  noKeywords("length_hint", kwnames);
  if (args.length < 1 || args.length > 2) throw arityError("length_hint", args.length, 1, 2);
  const dflt = args.length === 2 ? index(args[1]!) : 0;
  ssizeArg(dflt);
  const n = objectLengthHint(args[0]!, -1);
  return n < 0 ? dflt : n;
}

/** `call(obj, /, *args, **kwargs)`. */
function operatorCall(args: PyObject[], kwnames: KwNames): PyObject {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 1) throw arityError("call", npos, 1, Infinity);
  return call(args[0]!, args.slice(1), kwnames);
}

/** Compares in time that depends only on the length of `b` (CPython's tscmp). */
function timingSafeEqual(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  let result = a.length === b.length ? 0 : 1;
  const left = a.length === b.length ? a : b;
  for (let i = 0; i < b.length; i++) result |= left[i]! ^ b[i]!;
  return result === 0;
}

export function compareDigest(a: PyObject, b: PyObject): PyObject {
  if (isStr(a) && isStr(b)) {
    const sa = jsString(a),
      sb = jsString(b);
    if (/[^\x00-\x7f]/.test(sa) || /[^\x00-\x7f]/.test(sb))
      throw typeError("comparing strings with non-ASCII characters is not supported");
    const codes = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
    return timingSafeEqual(codes(sa), codes(sb));
  }
  const ba = isStr(a) ? undefined : bufferOf(a);
  const bb = isStr(b) ? undefined : bufferOf(b);
  // CPython names both types only when neither side is a buffer; otherwise the first side
  // that is not a buffer fails as a buffer request does.
  if (ba === undefined && bb === undefined)
    throw typeError(
      `unsupported operand types(s) or combination of types: '${typeName(a)}' and '${typeName(b)}'`,
    );
  if (ba === undefined) throw typeError(`a bytes-like object is required, not '${typeName(a)}'`);
  if (bb === undefined) throw typeError(`a bytes-like object is required, not '${typeName(b)}'`);
  return timingSafeEqual(ba, bb);
}

// ---- the table ----

const unaries: [string, Unary][] = [
  ["abs", absolute],
  ["index", index],
  ["inv", (a) => unaryOp(a, "invert")],
  ["invert", (a) => unaryOp(a, "invert")],
  ["neg", (a) => unaryOp(a, "neg")],
  ["not_", (a) => !isTrue(a)],
  ["pos", (a) => unaryOp(a, "pos")],
  ["truth", isTrue],
];

const arithmetic: [string, BinaryOp][] = [
  ["add", BinaryOp.Add],
  ["and_", BinaryOp.And],
  ["floordiv", BinaryOp.FloorDiv],
  ["lshift", BinaryOp.LShift],
  ["matmul", BinaryOp.MatMul],
  ["mod", BinaryOp.Mod],
  ["mul", BinaryOp.Mul],
  ["or_", BinaryOp.Or],
  ["pow", BinaryOp.Pow],
  ["rshift", BinaryOp.RShift],
  ["sub", BinaryOp.Sub],
  ["truediv", BinaryOp.TrueDiv],
  ["xor", BinaryOp.Xor],
];

const comparisons: [string, CompareOp][] = [
  ["lt", CompareOp.Lt],
  ["le", CompareOp.Le],
  ["eq", CompareOp.Eq],
  ["ne", CompareOp.Ne],
  ["gt", CompareOp.Gt],
  ["ge", CompareOp.Ge],
];

const binaries: [string, Binary][] = [
  ...arithmetic.map(([name, op]): [string, Binary] => [name, (a, b) => binaryOp(a, b, op)]),
  // `iand` for `and_`: the in-place names have no trailing underscore.
  ...arithmetic.map(([name, op]): [string, Binary] => [
    `i${name.replace(/_$/, "")}`,
    (a, b) => inplaceOp(a, b, op),
  ]),
  ...comparisons.map(([name, op]): [string, Binary] => [name, (a, b) => richCompare(a, b, op)]),
  ["_compare_digest", compareDigest],
  ["concat", sequenceConcat],
  ["contains", (a, b) => contains(a, b)],
  ["countOf", countOf],
  ["delitem", (a, b) => (delItem(a, b), None)],
  ["getitem", getItem],
  ["iconcat", sequenceInPlaceConcat],
  ["indexOf", indexOf],
  ["is_", (a, b) => a === b],
  ["is_not", (a, b) => a !== b],
];

function setitem(args: PyObject[], kwnames: KwNames): PyObject {
  noKeywords("setitem", kwnames);
  if (args.length !== 3) throw arityError("setitem", args.length, 3, 3);
  setItem(args[0]!, args[1]!, args[2]!);
  return None;
}

function builtin(name: string, f: VectorCall): PyBuiltinFunction {
  return new PyBuiltinFunction(
    name,
    name,
    f,
    null,
    "_operator",
    builtinDocs.get(`_operator.${name}`) ?? null,
  );
}

function namespace(): Record<string, PyObject> {
  const ns: Record<string, PyObject> = {
    __doc__: strFromJS(
      "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n" +
        "to the intrinsic operators of Python.  For example, operator.add(x, y)\n" +
        "is equivalent to the expression x+y.  The function names are those\n" +
        "used for special methods; variants without leading and trailing\n'__' are also provided for convenience.",
    ),
    itemgetter: itemgetterType,
    attrgetter: attrgetterType,
    methodcaller: methodcallerType,
  };
  for (const [name, f] of unaries) ns[name] = builtin(name, unary(name, f));
  for (const [name, f] of binaries) ns[name] = builtin(name, binary(name, f));
  ns["setitem"] = builtin("setitem", setitem);
  ns["length_hint"] = builtin("length_hint", lengthHint);
  ns["call"] = builtin("call", operatorCall);
  return ns;
}

registerNativeModule("_operator", namespace);
