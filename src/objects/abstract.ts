// The abstract object protocol (CPython's Objects/abstract.c and the generic parts of
// object.c): the one definition of every operator, used by the interpreter, the JIT's slow
// paths and native modules (docs/runtime.md, "Abstract operations").
//
// Each function first tries the primitive representations (JS number, string, boolean),
// then follows CPython's rules through special-method lookup on the type (`type.lookup`),
// never on the instance. Built-in types take part through the dunders their modules
// install, so the general path is correct as soon as a type's module is loaded; the fast
// paths only avoid the lookups for the commonest cases.
//
// Binary operators follow binary_op1 + the slot wrappers' logic expressed at the Python
// level: `a.__op__(b)` then `b.__rop__(a)`, except that when type(b) is a proper subclass
// of type(a) with a different `__rop__`, the reflected method goes first; the reflected
// method is never tried when both operands have the same type.

import {
  complexType,
  dictType,
  floatType,
  None,
  NotImplemented,
  objectType,
  strType,
  tupleType,
  typeType,
} from "./bootstrap.js";
import { intArithmeticHook } from "./int_hooks.js";
import { sequenceConcatHook } from "./sequence_hooks.js";
import { callHooks, callWithSelf, call } from "./call.js";
import {
  exceptionType,
  isException,
  newException,
  overflowError,
  RecursionError_,
  StopIteration_,
  typeError,
  valueError,
} from "./exceptions.js";
import { defineMethods, PyFunction, PyMethodDescriptor, pythonCalls } from "./function.js";
import { objectId, typeOf, type PyObject, type PyObjectBase } from "./object.js";
import type { PyFloat } from "./float.js";
import { typeName } from "./names.js";
import { PyType } from "./type.js";
import { reduceWithBuiltin, stateIndex, tupleOf } from "./iterators.js";
import { hashInt, identityHash } from "./number_hash.js";
import { isStr, jsString, strHash, asciiEscapeJS } from "./str.js";

import { getAttrOpt, reportedClass } from "./attributes.js";
import type { PyTuple } from "./tuple.js";
import { warnStrictSubclassResult } from "./warnings.js";

export { getAttr, getAttrOpt, hasAttr, setAttr, delAttr, callMethod } from "./attributes.js";

// ---- operator tables ----

/** Rich comparison operators, in CPython's order (Py_LT ... Py_GE). */
export const CompareOp = { Lt: 0, Le: 1, Eq: 2, Ne: 3, Gt: 4, Ge: 5 } as const;
export type CompareOp = (typeof CompareOp)[keyof typeof CompareOp];

const COMPARE_DUNDER = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const COMPARE_SYMBOL = ["<", "<=", "==", "!=", ">", ">="];
/** The reflected operator: a < b is b > a. */
const COMPARE_SWAPPED: CompareOp[] = [4, 5, 2, 3, 0, 1];

export const BinaryOp = {
  Add: 0,
  Sub: 1,
  Mul: 2,
  MatMul: 3,
  TrueDiv: 4,
  FloorDiv: 5,
  Mod: 6,
  Pow: 7,
  LShift: 8,
  RShift: 9,
  And: 10,
  Or: 11,
  Xor: 12,
  /** `divmod(a, b)`: `__divmod__` / `__rdivmod__`; no in-place form. */
  DivMod: 13,
} as const;
export type BinaryOp = (typeof BinaryOp)[keyof typeof BinaryOp];

const OP_NAMES = [
  "add",
  "sub",
  "mul",
  "matmul",
  "truediv",
  "floordiv",
  "mod",
  "pow",
  "lshift",
  "rshift",
  "and",
  "or",
  "xor",
  "divmod",
];
export const BINARY_DUNDER = OP_NAMES.map((n) => `__${n}__`);
export const REFLECTED_DUNDER = OP_NAMES.map((n) => `__r${n}__`);
const INPLACE_DUNDER = OP_NAMES.map((n) => `__i${n}__`);
const BINARY_SYMBOL = [
  "+",
  "-",
  "*",
  "@",
  "/",
  "//",
  "%",
  "** or pow()",
  "<<",
  ">>",
  "&",
  "|",
  "^",
  "divmod()",
];
const INPLACE_SYMBOL = [
  "+=",
  "-=",
  "*=",
  "@=",
  "/=",
  "//=",
  "%=",
  "**=",
  "<<=",
  ">>=",
  "&=",
  "|=",
  "^=",
  "divmod()",
];

export type UnaryOp = "neg" | "pos" | "invert";

// ---- helpers ----

function isNotImplemented(v: PyObject): boolean {
  return v === NotImplemented;
}

/** Calls a special method found on a type with `self` and one argument. */
function call1(func: PyObject, self: PyObject, arg: PyObject): PyObject {
  return callWithSelf(func, self, [arg], null);
}

/** A comparison dunder called as slot_tp_richcompare does: when binding it fails (an
 * `__eq__` that is a property raising), the comparison is NotImplemented. */
export function compareCall(func: PyObject, self: PyObject, other: PyObject): PyObject {
  if (func instanceof PyMethodDescriptor || func instanceof PyFunction)
    return callWithSelf(func, self, [other], null);
  let bound: PyObject;
  try {
    bound = callHooks.bindDescriptor(func, self, typeOf(self));
  } catch (e) {
    if (isException(e)) return NotImplemented;
    throw e;
  }
  return call(bound, [other], null);
}

function isStrValue(v: PyObject): boolean {
  return typeof v === "string" || (typeof v === "object" && v.type.isSubtypeOf(strType));
}

// ---- binary operators ----

/** `a <op> b` (PyNumber_Add & co.). */
export function binaryOp(a: PyObject, b: PyObject, op: BinaryOp): PyObject {
  if (typeof a === "number" && typeof b === "number") {
    // Safe-integer fast paths; everything else (overflow to bigint, division...) is int's.
    if (op === BinaryOp.Add) {
      const r = a + b;
      if (Number.isSafeInteger(r)) return r;
    } else if (op === BinaryOp.Sub) {
      const r = a - b;
      if (Number.isSafeInteger(r)) return r;
    } else if (op === BinaryOp.Mul) {
      // `+ 0` turns JS's -0 (0 * -n) into the int 0.
      const r = a * b + 0;
      if (Number.isSafeInteger(r)) return r;
    } else if (op === BinaryOp.FloorDiv) {
      // Exact for safe integers: a quotient below 2**53 cannot round up to an integer.
      if (b !== 0) return Math.floor(a / b) + 0;
    } else if (op === BinaryOp.Mod) {
      if (b !== 0) {
        const r = a % b;
        return r !== 0 && r < 0 !== b < 0 ? r + b : r + 0;
      }
    } else if (op >= BinaryOp.And && op <= BinaryOp.Xor && (a | 0) === a && (b | 0) === b) {
      // JS's bitwise operators are exact two's complement on 32-bit ints.
      return op === BinaryOp.And ? a & b : op === BinaryOp.Or ? a | b : a ^ b;
    }
  } else if (op === BinaryOp.Add) {
    // Both surrogate-free, so the concatenation is too: still the canonical representation.
    if (typeof a === "string" && typeof b === "string") return a + b;
    if (typeof a === "object" && typeof b === "object") {
      const r = sequenceConcatHook.concat(a, b);
      if (r !== undefined) return r;
    }
  }
  if ((typeof a === "number" || typeof a === "bigint") && (typeof b === "number" || typeof b === "bigint")) {
    // int's own methods, without looking them up (int cannot be changed): the overflow of
    // `x * 1103515245` and the `& 0x7FFFFFFF` after it are an LCG's every step.
    const r = intArithmeticHook.op(a, b, op);
    if (r !== undefined) return r;
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  throw binaryOpError(a, b, op, BINARY_SYMBOL[op]!);
}

/** Tries `a.__op__(b)` and `b.__rop__(a)` in CPython's order, then for `+` and `*` the
 * built-in sequences' own methods; NotImplemented if nothing handles the operands. */
export function binaryOp1(a: PyObject, b: PyObject, op: BinaryOp): PyObject {
  const fa = typeOf(a).lookup(BINARY_DUNDER[op]!);
  if (op !== BinaryOp.Add && op !== BinaryOp.Mul) return numberOp(a, b, op, fa);
  if (fa !== undefined && isSequenceMethod(fa)) {
    // An int's reflected methods take only numbers: `[0] * n` need not ask it.
    if (!isIntValue(b)) {
      const r = numberOp(a, b, op, undefined);
      if (r !== NotImplemented) return r;
    }
    return op === BinaryOp.Mul ? sequenceRepeat(fa, a, b) : call1(fa, a, b);
  }
  const r = numberOp(a, b, op, fa);
  if (r !== NotImplemented || op !== BinaryOp.Mul) return r;
  // `2 * [0]`: the right operand's repetition.
  const fb = typeOf(b).lookup("__rmul__");
  return fb !== undefined && isSequenceMethod(fb) ? sequenceRepeat(fb, b, a) : NotImplemented;
}

/** A built-in sequence's own `+`, `*` or in-place form (CPython's sq_concat, sq_repeat,
 * sq_inplace_concat, sq_inplace_repeat). These are not number methods: PyNumber_Add and
 * PyNumber_Multiply try both operands' number methods first and the sequence's only
 * after them, so `"a" + UserList()` reaches UserList.__radd__. */
function isSequenceMethod(f: PyObject): boolean {
  return f instanceof PyMethodDescriptor && f.sequenceSlot;
}

function isIntValue(o: PyObject): boolean {
  return typeof o === "number" || typeof o === "boolean" || typeof o === "bigint";
}

/** CPython's binary_op1: `a.__op__(b)` (`fa`, looked up by the caller, undefined for a
 * built-in sequence's `+` and `*`) and `b.__rop__(a)` in its order. */
function numberOp(a: PyObject, b: PyObject, op: BinaryOp, fa: PyObject | undefined): PyObject {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let fb: PyObject | undefined;
  if (tb !== ta) {
    const rname = REFLECTED_DUNDER[op]!;
    fb = tb.lookup(rname);
    if (fb !== undefined && (op === BinaryOp.Add || op === BinaryOp.Mul) && isSequenceMethod(fb))
      fb = undefined;
    if (fb !== undefined && tb.isSubtypeOf(ta) && fb !== ta.lookup(rname)) {
      const r = call1(fb, b, a);
      if (!isNotImplemented(r)) return r;
      fb = undefined;
    }
  }
  if (fa !== undefined) {
    const r = call1(fa, a, b);
    if (!isNotImplemented(r)) return r;
  }
  if (fb !== undefined) {
    const r = call1(fb, b, a);
    if (!isNotImplemented(r)) return r;
  }
  return NotImplemented;
}

/** CPython's sequence_repeat: the count must be an index before the sequence sees it. */
function sequenceRepeat(f: PyObject, seq: PyObject, count: PyObject): PyObject {
  if (!isIntValue(count) && typeOf(count).lookup("__index__") === undefined)
    throw typeError(`can't multiply sequence by non-int of type '${typeName(count)}'`);
  return call1(f, seq, count);
}

/** The rest of binaryOp once the left operand's own method, called first as CPython's
 * order has it (the JIT's direct call of it), returned NotImplemented: the right operand's
 * reflected method, then the TypeError. */
export function binaryOpReflected(a: PyObject, b: PyObject, op: BinaryOp): PyObject {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (tb !== ta) {
    const fb = tb.lookup(REFLECTED_DUNDER[op]!);
    if (fb !== undefined) {
      const r = call1(fb, b, a);
      if (!isNotImplemented(r)) return r;
    }
  }
  throw binaryOpError(a, b, op, BINARY_SYMBOL[op]!);
}

/** The TypeError for operands no method accepted, with the built-in sequences' own
 * messages (CPython produces these from sq_concat / sq_repeat after the number
 * protocol has failed; here the sequences' `__add__`/`__mul__` return NotImplemented for
 * operands they do not accept and the message is made here). */
function binaryOpError(a: PyObject, b: PyObject, op: BinaryOp, symbol: string): PyObjectBase {
  const ta = typeOf(a);
  if (op === BinaryOp.Add || op === BinaryOp.Mul) {
    const seq = sequenceKind(ta);
    if (seq !== null && op === BinaryOp.Add) {
      if (seq === "bytes" || seq === "bytearray") return typeError(`can't concat ${typeName(b)} to ${seq}`);
      return typeError(`can only concatenate ${seq} (not "${typeName(b)}") to ${seq}`);
    }
    if (op === BinaryOp.Mul) {
      if (seq !== null && typeOf(b).lookup("__index__") === undefined)
        return typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
      const tb = typeOf(b);
      if (sequenceKind(tb) !== null && ta.lookup("__index__") === undefined)
        return typeError(`can't multiply sequence by non-int of type '${ta.name}'`);
    }
  }
  // CPython's hint for Python 2's `print >> stream`
  const hint =
    op === BinaryOp.RShift &&
    ta.name === "builtin_function_or_method" &&
    (a as { name?: unknown }).name === "print"
      ? '. Did you mean "print(<message>, file=<output_stream>)"?'
      : "";
  return typeError(`unsupported operand type(s) for ${symbol}: '${ta.name}' and '${typeName(b)}'${hint}`);
}

/** Which built-in sequence (with concatenation and repetition) `t` derives from. */
function sequenceKind(t: PyType): string | null {
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) {
    const n = mro[i]!;
    if (!n.isBuiltin) continue;
    switch (n.name) {
      case "str":
      case "list":
      case "tuple":
      case "bytes":
      case "bytearray":
        return n.name;
      default:
    }
  }
  return null;
}

/** `a <op>= b` (PyNumber_InPlaceAdd & co.): `__iop__`, else the binary operator. */
export function inplaceOp(a: PyObject, b: PyObject, op: BinaryOp): PyObject {
  if ((typeof a === "number" || typeof a === "bigint") && (typeof b === "number" || typeof b === "bigint")) {
    // int has no in-place methods: the binary operation.
    return binaryOp(a, b, op);
  }
  const r = inplaceOp1(a, b, op);
  if (r !== NotImplemented) return r;
  throw binaryOpError(a, b, op, INPLACE_SYMBOL[op]!);
}

/** `a.__iop__(b)`, then binaryOp1 (CPython's binary_iop1); NotImplemented if nothing handles
 * the operands. */
function inplaceOp1(a: PyObject, b: PyObject, op: BinaryOp): PyObject {
  if (typeof a === "object") {
    const f = a.type.lookup(INPLACE_DUNDER[op]!);
    if (f !== undefined) {
      // list's `+=` is sq_inplace_concat: the number methods (`b.__radd__`) come first.
      // A subclass's inherited `__iadd__` is different: CPython fills the subclass's
      // nb_inplace_add with list's function itself, as the two slots' wrappers match,
      // so it runs first (`*=` does not get the same, its wrappers differ).
      if ((op === BinaryOp.Mul || (op === BinaryOp.Add && a.type.isBuiltin)) && isSequenceMethod(f)) {
        const fa = a.type.lookup(BINARY_DUNDER[op]!);
        const sequenceFa = fa !== undefined && isSequenceMethod(fa);
        if (!sequenceFa || !isIntValue(b)) {
          const r = numberOp(a, b, op, sequenceFa ? undefined : fa);
          if (r !== NotImplemented) return r;
        }
        return op === BinaryOp.Mul ? sequenceRepeat(f, a, b) : call1(f, a, b);
      }
      const r = call1(f, a, b);
      if (!isNotImplemented(r)) return r;
    }
  }
  return binaryOp1(a, b, op);
}

// ---- sequence concatenation (operator.concat and iconcat) ----

/** PySequence_Check: a `__getitem__` that is not a mapping's. */
export function isSequence(o: PyObject): boolean {
  const t = typeOf(o);
  return !t.isSubtypeOf(dictType) && t.lookup("__getitem__") !== undefined;
}

/** The built-in sequence's own `__add__` or `__iadd__` of `a` (CPython's sq_concat and
 * sq_inplace_concat), which a class that defines the method itself does not keep. */
function sequenceSlot(a: PyObject, name: string): PyObject | undefined {
  const f = typeOf(a).lookup(name);
  if (!(f instanceof PyMethodDescriptor) || !f.objclass.isBuiltin) return undefined;
  return f.objclass.lookup("__getitem__") !== undefined ? f : undefined;
}

/** The built-in sequence's concatenation: list's and tuple's `__add__` leave the error to
 * binaryOp (their NotImplemented lets `b.__radd__` run for `+`), so it is worded here. */
function callSequenceSlot(f: PyObject, a: PyObject, b: PyObject, op: string): PyObject {
  const r = call1(f, a, b);
  if (r === NotImplemented) throw binaryOpError(a, b, BinaryOp.Add, op);
  return r;
}

function cannotConcatenate(a: PyObject): PyObjectBase {
  return typeError(`'${typeName(a)}' object can't be concatenated`);
}

/** `operator.concat(a, b)` (PySequence_Concat): the sequence's own concatenation, else `+`
 * when both operands are sequences. */
export function sequenceConcat(a: PyObject, b: PyObject): PyObject {
  if (typeof a === "string" && typeof b === "string") return a + b;
  const f = sequenceSlot(a, "__add__");
  if (f !== undefined) return callSequenceSlot(f, a, b, "+");
  if (isSequence(a) && isSequence(b)) {
    const r = binaryOp1(a, b, BinaryOp.Add);
    if (r !== NotImplemented) return r;
  }
  throw cannotConcatenate(a);
}

/** `operator.iconcat(a, b)` (PySequence_InPlaceConcat): as sequenceConcat, the in-place
 * methods first. */
export function sequenceInPlaceConcat(a: PyObject, b: PyObject): PyObject {
  const f = sequenceSlot(a, "__iadd__") ?? sequenceSlot(a, "__add__");
  if (f !== undefined) return callSequenceSlot(f, a, b, "+=");
  if (isSequence(a) && isSequence(b)) {
    const r = inplaceOp1(a, b, BinaryOp.Add);
    if (r !== NotImplemented) return r;
  }
  throw cannotConcatenate(a);
}

/** Three-argument `pow(a, b, m)` (PyNumber_Power with a modulus): only `a.__pow__` and,
 * when type(b) differs, `b.__rpow__` are tried, as CPython's ternary_op. */
export function power(a: PyObject, b: PyObject, m: PyObject): PyObject {
  if (m === None) return binaryOp(a, b, BinaryOp.Pow);
  const ta = typeOf(a);
  const f = ta.lookup("__pow__");
  if (f !== undefined) {
    const r = callWithSelf(f, a, [b, m], null);
    if (!isNotImplemented(r)) return r;
  }
  throw typeError(
    `unsupported operand type(s) for ** or pow(): '${ta.name}', '${typeName(b)}', '${typeName(m)}'`,
  );
}

/** `abs(o)` (PyNumber_Absolute). */
export function absolute(o: PyObject): PyObject {
  const f = typeOf(o).lookup("__abs__");
  if (f === undefined) throw typeError(`bad operand type for abs(): '${typeName(o)}'`);
  return callWithSelf(f, o, [], null);
}

const UNARY_DUNDER: Record<UnaryOp, string> = { neg: "__neg__", pos: "__pos__", invert: "__invert__" };
const UNARY_SYMBOL: Record<UnaryOp, string> = { neg: "-", pos: "+", invert: "~" };

/** `-o`, `+o`, `~o`. */
export function unaryOp(o: PyObject, op: UnaryOp): PyObject {
  if (typeof o === "number") {
    if (op === "neg" && o !== 0) return -o;
    if (op === "pos") return o;
    if (op === "invert" && o > -0x40000000 && o < 0x40000000) return ~o;
  }
  const f = typeOf(o).lookup(UNARY_DUNDER[op]);
  if (f === undefined) throw typeError(`bad operand type for unary ${UNARY_SYMBOL[op]}: '${typeName(o)}'`);
  return callWithSelf(f, o, [], null);
}

/** `not o`. */
export function not(o: PyObject): boolean {
  return !isTrue(o);
}

// ---- comparison ----

/** `a <op> b` (PyObject_RichCompare): the reflected method first when type(b) is a proper
 * subclass of type(a); `==`/`!=` fall back to identity. */
export function richCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (typeof a === "number" && typeof b === "number") return compareNumbers(a, b, op);
  if (typeof a === "string" && typeof b === "string") return compareNumbers(a, b, op);
  // Exact floats, and an exact float with an int held as a JS number (exact as a double):
  // float's own comparison.
  if (typeof a === "object" && a.type === floatType) {
    if (typeof b === "object" && b.type === floatType)
      return compareNumbers((a as PyFloat).value, (b as PyFloat).value, op);
    if (typeof b === "number") return compareNumbers((a as PyFloat).value, b, op);
  } else if (typeof a === "number" && typeof b === "object" && b.type === floatType) {
    return compareNumbers(a, (b as PyFloat).value, op);
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  const swapped = COMPARE_SWAPPED[op]!;
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const f = tb.lookup(COMPARE_DUNDER[swapped]!);
    if (f !== undefined) {
      checkedReverse = true;
      const r = compareCall(f, b, a);
      if (!isNotImplemented(r)) return r;
    }
  }
  const f = ta.lookup(COMPARE_DUNDER[op]!);
  if (f !== undefined) {
    const r = compareCall(f, a, b);
    if (!isNotImplemented(r)) return r;
  }
  if (!checkedReverse) {
    const g = tb.lookup(COMPARE_DUNDER[swapped]!);
    if (g !== undefined) {
      const r = compareCall(g, b, a);
      if (!isNotImplemented(r)) return r;
    }
  }
  if (op === CompareOp.Eq) return a === b;
  if (op === CompareOp.Ne) return a !== b;
  throw typeError(`'${COMPARE_SYMBOL[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

function compareNumbers(a: number | string, b: number | string, op: CompareOp): boolean {
  switch (op) {
    case 0:
      return a < b;
    case 1:
      return a <= b;
    case 2:
      return a === b;
    case 3:
      return a !== b;
    case 4:
      return a > b;
    default:
      return a >= b;
  }
}

/** PyObject_RichCompareBool: identity implies equality for `==` and `!=`. */
export function richCompareBool(a: PyObject, b: PyObject, op: CompareOp): boolean {
  if (a === b) {
    if (op === CompareOp.Eq) return true;
    if (op === CompareOp.Ne) return false;
  }
  // Exact tuples (dict and set keys): tuple.__eq__ item by item, without the dispatch.
  if (
    op === CompareOp.Eq &&
    typeof a === "object" &&
    typeof b === "object" &&
    a.type === tupleType &&
    b.type === tupleType
  )
    return tupleItemsEqual((a as PyTuple).items, (b as PyTuple).items);
  const r = richCompare(a, b, op);
  return r === true ? true : r === false ? false : isTrue(r);
}

/** tuple's `==`: equal lengths, and each pair of items identical or equal. */
function tupleItemsEqual(x: readonly PyObject[], y: readonly PyObject[]): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const kind = typeof p;
    // Two ints in JS numbers, or two strs in JS strings, that are not identical differ.
    if (kind === typeof q && (kind === "number" || kind === "string")) return false;
    if (!richCompareBool(p, q, CompareOp.Eq)) return false;
  }
  return true;
}

/** `a == b` as a JS boolean, with the identity shortcut (containers use this). */
export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  if (typeof a === "string" && typeof b === "string") return false;
  if (typeof a === "number" && typeof b === "number") return false;
  const r = richCompare(a, b, CompareOp.Eq);
  return r === true ? true : r === false ? false : isTrue(r);
}

// ---- truth ----

/** `bool(o)` (PyObject_IsTrue): `__bool__`, else `__len__`, else true. */
export function isTrue(o: PyObject): boolean {
  if (o === true) return true;
  if (o === false || o === None) return false;
  switch (typeof o) {
    case "number":
      return o !== 0;
    case "string":
      return o.length !== 0;
    case "bigint":
      return o !== 0n;
    default:
  }
  const t = (o as PyObjectBase).type;
  if (t === floatType) return (o as PyFloat).value !== 0;
  let s = t.truthSlots as TruthSlots | null;
  if (s === null || s.version !== t.version) s = t.truthSlots = new TruthSlots(t);
  if (s.bool !== undefined) {
    const r = callWithSelf(s.bool, o, [], null);
    if (r === true || r === false) return r;
    throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
  }
  if (s.len !== undefined) return lenResult(callWithSelf(s.len, o, [], null)) !== 0;
  return true;
}

/** A type's `__bool__` and `__len__` as of one version: `if obj:` on an instance is common,
 * and two lookups per test cost more than the test. */
class TruthSlots {
  readonly version: number;
  readonly bool: PyObject | undefined;
  readonly len: PyObject | undefined;
  constructor(t: PyType) {
    this.version = t.version;
    this.bool = t.lookup("__bool__");
    this.len = this.bool === undefined ? t.lookup("__len__") : undefined;
  }
}

// ---- text ----

/** `repr(o)` as a Python str. */
export function repr(o: PyObject): PyObject {
  const f = typeOf(o).lookup("__repr__");
  if (f === undefined) return `<${typeName(o)} object>`;
  // PyObject_Repr's Py_EnterRecursiveCall: nested reprs count against the recursion limit
  // with the Python frames (a list nested 1,100 deep raises RecursionError).
  if (!recursionHooks.enter()) {
    throw newException(
      RecursionError_,
      "maximum recursion depth exceeded while getting the repr of an object",
    );
  }
  let r: PyObject;
  try {
    r = callWithSelf(f, o, [], null);
  } finally {
    recursionHooks.leave();
  }
  if (!isStrValue(r)) throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
  return r;
}

/** One level of native recursion (Py_EnterRecursiveCall): isinstance() over a tuple nested
 * deeper than the recursion limit raises RecursionError instead of exhausting the stack. */
export function nested<T>(where: string, f: () => T): T {
  if (!recursionHooks.enter()) {
    throw newException(RecursionError_, `maximum recursion depth exceeded ${where}`);
  }
  try {
    return f();
  } finally {
    recursionHooks.leave();
  }
}

/** `iter(o)` and `item in o` of the exact built-in containers without the method lookup
 * and call (exact_containers.ts, which sits above the containers' modules, installs them);
 * undefined when the general path is needed. */
export const exactContainerHooks = {
  iter: (_o: PyObject): PyObject | undefined => undefined,
  contains: (_o: PyObject, _item: PyObject): boolean | undefined => undefined,
};

/** Native recursion levels count against the recursion limit together with the Python
 * frames, in one depth (CPython's recursion_remaining); set by the sys module, which can see
 * the VM. `enter` counts a level, or returns false when the limit leaves no room for it. */
export const recursionHooks = {
  enter: (): boolean => true,
  leave: (): void => {},
};

/** `str(o)` as a Python str (the exact str for str subclasses' `__str__` results too). */
export function str(o: PyObject): PyObject {
  if (typeof o === "string") return o;
  // An int in a JS number is below 2**53: its digits are JS's, with no digit limit to check.
  if (typeof o === "number") return String(o);
  const f = typeOf(o).lookup("__str__");
  if (f === undefined) return repr(o);
  // PyObject_Str's Py_EnterRecursiveCall, as repr's.
  if (!recursionHooks.enter()) {
    throw newException(
      RecursionError_,
      "maximum recursion depth exceeded while getting the str of an object",
    );
  }
  let r: PyObject;
  try {
    r = callWithSelf(f, o, [], null);
  } finally {
    recursionHooks.leave();
  }
  if (!isStrValue(r)) throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
  return r;
}

/** `repr(o)` as a JS string, for messages and output. */
export function reprJS(o: PyObject): string {
  return jsString(repr(o));
}

/** `str(o)` as a JS string. */
export function strJS(o: PyObject): string {
  if (typeof o === "string") return o;
  return jsString(str(o));
}

/** `ascii(o)`: the repr with non-ASCII characters escaped; an ASCII repr as it is (a str
 * subclass that __repr__ returned stays one, as in CPython). */
export function ascii(o: PyObject): PyObject {
  const r = repr(o);
  const text = jsString(r);
  const escaped = asciiEscapeJS(text);
  return escaped === text ? r : escaped;
}

/** `format(o, spec)` (PyObject_Format). */
export function format(o: PyObject, spec: PyObject = ""): PyObject {
  const f = typeOf(o).lookup("__format__");
  if (f === undefined) throw typeError(`Type ${typeName(o)} doesn't define __format__`);
  const r = call1(f, o, spec);
  if (!isStrValue(r)) throw typeError(`__format__ must return a str, not ${typeName(r)}`);
  return r;
}

// ---- hashing ----

/** `hash(o)`: a Python int (CPython's values for numbers; strings hash deterministically). */
/** tuple.ts's hash of a tuple, installed there (it imports this module). */
export const tupleHashHook: { hash: ((t: PyTuple) => number | bigint) | null } = { hash: null };

/** object.__hash__ as found in object's namespace (descriptors.ts sets it): the hash of
 * classes, functions and instances that keep identity's hash, computed without a call. */
export const objectHashSlot: { descr: PyObject | undefined } = { descr: undefined };

export function hash(o: PyObject): number | bigint {
  switch (typeof o) {
    case "number":
      return o === -1 ? -2 : o;
    case "string":
      return strHash(o);
    case "boolean":
      return o ? 1 : 0;
    case "bigint":
      return hashInt(o);
    default:
  }
  const t = (o as PyObjectBase).type;
  // A built-in type's namespace cannot change: an exact tuple's hash is tuple.__hash__.
  if (t === tupleType) return tupleHashHook.hash!(o as PyTuple);
  const f = t.lookup("__hash__");
  if (f === objectHashSlot.descr) return identityHash(o as PyObjectBase);
  if (f === undefined || f === None) throw typeError(`unhashable type: '${t.name}'`);
  const r = callWithSelf(f, o, [], null);
  if (typeof r === "number") return r === -1 ? -2 : r;
  // CPython keeps a result that fits Py_hash_t and rehashes only larger ones.
  if (typeof r === "bigint") return r >= -(2n ** 63n) && r < 2n ** 63n ? r : hashInt(r);
  if (typeof r === "boolean") return r ? 1 : 0;
  if (typeOf(r).isSubtypeOf(typeOf(0))) return hashInt(index(r));
  throw typeError("__hash__ method should return an integer");
}

/** `id()`: the id that reprs show as an address and default hashes derive from. A str
 * has no identity apart from its value here, so its id is derived from its hash rather than
 * remembered (which would keep every string ever asked about). */
export function pythonId(x: PyObject): number | bigint {
  return typeof x === "string" ? hash(x) : objectId(x);
}

/** Whether `hash(o)` would succeed without calling anything (for error checks). */
export function isHashable(o: PyObject): boolean {
  if (typeof o !== "object") return true;
  const f = o.type.lookup("__hash__");
  return f !== undefined && f !== None;
}

// ---- numbers ----

/** PyNumber_Check: whether `o` can be taken as a number (int(), float() or complex()). */
export function numberCheck(o: PyObject): boolean {
  if (typeof o === "number" || typeof o === "bigint" || typeof o === "boolean") return true;
  const t = typeOf(o);
  return (
    t.lookup("__index__") !== undefined ||
    t.lookup("__int__") !== undefined ||
    t.lookup("__float__") !== undefined ||
    t.isSubtypeOf(complexType)
  );
}

/** `operator.index(o)` (PyNumber_Index): a Python int. */
export function index(o: PyObject): number | bigint {
  if (typeof o === "number" || typeof o === "bigint") return o;
  if (typeof o === "boolean") return o ? 1 : 0;
  const intType = typeOf(0);
  const t = typeOf(o);
  // An int subclass is its own index, whatever its __index__ says (PyNumber_Index).
  if (t !== intType && t.isSubtypeOf(intType)) {
    const exact = callWithSelf(intType.lookup("__index__")!, o, [], null);
    if (typeof exact === "number" || typeof exact === "bigint") return exact;
  }
  const f = t.lookup("__index__");
  if (f === undefined) throw typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
  const r = callWithSelf(f, o, [], null);
  if (typeof r === "number" || typeof r === "bigint") return r;
  if (typeof r === "boolean") {
    warnStrictSubclassResult("__index__", "int", "bool");
    return r ? 1 : 0;
  }
  if (typeOf(r).isSubtypeOf(typeOf(0))) {
    // An int subclass instance: its value is the int module's representation, reached
    // through int.__index__ (which returns the exact int).
    const exact = callWithSelf(typeOf(0).lookup("__index__")!, r, [], null);
    if (typeof exact === "number" || typeof exact === "bigint") {
      warnStrictSubclassResult("__index__", "int", typeName(r));
      return exact;
    }
  }
  throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
}

/** `index(o)` as a JS number, for sizes and positions (PyNumber_AsSsize_t with
 * OverflowError): "cannot fit 'int' into an index-sized integer". */
export function indexAsNumber(o: PyObject): number {
  const v = index(o);
  if (typeof v === "number") return v;
  throw overflowError(`cannot fit '${typeName(o)}' into an index-sized integer`);
}

/** `float(o)` as a JS number (PyFloat_AsDouble): exact floats read their `value`, others
 * go through `__float__`, then `__index__`. */
export function toFloat(o: PyObject): number {
  if (typeof o === "number") return o;
  if (typeof o === "boolean") return o ? 1 : 0;
  if (typeof o === "bigint") {
    const f = Number(o);
    if (!Number.isFinite(f)) throw overflowError("int too large to convert to float");
    return f;
  }
  const t = typeOf(o);
  if (t === floatType) return (o as unknown as { value: number }).value;
  const f = t.lookup("__float__");
  if (f !== undefined) {
    const r = callWithSelf(f, o, [], null);
    if (typeof r === "object" && r.type.isSubtypeOf(floatType))
      return (r as unknown as { value: number }).value;
    throw typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
  }
  if (t.lookup("__index__") !== undefined) return toFloat(index(o));
  throw typeError(`must be real number, not ${t.name}`);
}

// ---- containers ----

function lenResult(r: PyObject): number {
  if (typeof r === "number") {
    if (r < 0) throw valueError("__len__() should return >= 0");
    return r;
  }
  const v = index(r);
  if (typeof v === "bigint") {
    if (v < 0n) throw valueError("__len__() should return >= 0");
    throw overflowError(`cannot fit 'int' into an index-sized integer`);
  }
  if (v < 0) throw valueError("__len__() should return >= 0");
  return v;
}

const SSIZE_MAX = (1n << 63n) - 1n;

/** PyObject_LengthHint, for what it can raise: CPython's list(), list.extend, tuple(),
 * bytes() and the `*` unpackings ask it to presize their result, so a `__len__` or
 * `__length_hint__` that fails (other than with TypeError) or returns a bad value fails them.
 * Swallow's arrays need no presizing, and builtin types answer without side effects, so
 * only classes defined in Python are asked. Returns the hint, or `dflt`. */
export function lengthHint(o: PyObject, dflt: number): number {
  return typeOf(o).isBuiltin ? dflt : objectLengthHint(o, dflt);
}

/** PyObject_LengthHint itself (`operator.length_hint`): `len(o)`, else
 * `o.__length_hint__()`, else `dflt`. */
export function objectLengthHint(o: PyObject, dflt: number): number {
  const t = typeOf(o);
  const lenFn = t.lookup("__len__");
  if (lenFn !== undefined) {
    try {
      return lenResult(callWithSelf(lenFn, o, [], null));
    } catch (e) {
      if (!isTypeError(e)) throw e;
    }
  }
  const hintFn = t.lookup("__length_hint__");
  if (hintFn === undefined) return dflt;
  let r: PyObject;
  try {
    r = callWithSelf(hintFn, o, [], null);
  } catch (e) {
    if (isTypeError(e)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  const intType = typeOf(0);
  if (!typeOf(r).isSubtypeOf(intType))
    throw typeError(`__length_hint__ must be an integer, not ${typeName(r)}`);
  const n = index(r);
  if (typeof n === "bigint") {
    if (n < -SSIZE_MAX - 1n || n > SSIZE_MAX)
      throw overflowError("Python int too large to convert to C ssize_t");
    if (n < 0n) throw valueError("__length_hint__() should return >= 0");
    return Number(n);
  }
  if (n < 0) throw valueError("__length_hint__() should return >= 0");
  return n;
}

function isTypeError(e: unknown): boolean {
  return isException(e) && e.type.isSubtypeOf(exceptionType("TypeError"));
}

/** `len(o)` as builtins.len returns it: any Py_ssize_t, so a bigint up to sys.maxsize
 * (`len(range(-sys.maxsize, sys.maxsize, 2))`). */
export function lenInt(o: PyObject): number | bigint {
  if (typeof o === "string") return o.length;
  const f = typeOf(o).lookup("__len__");
  if (f === undefined) throw typeError(`object of type '${typeName(o)}' has no len()`);
  const r = callWithSelf(f, o, [], null);
  if (typeof r === "number") return lenResult(r);
  const v = typeof r === "bigint" ? r : index(r);
  if (typeof v === "bigint" && v >= 0n && v <= SSIZE_MAX) return v;
  return lenResult(v);
}

/** `len(o)` as a JS number. */
export function len(o: PyObject): number {
  if (typeof o === "string") return o.length;
  const f = typeOf(o).lookup("__len__");
  if (f === undefined) throw typeError(`object of type '${typeName(o)}' has no len()`);
  return lenResult(callWithSelf(f, o, [], null));
}

/** `o[k]` (PyObject_GetItem), with `__class_getitem__` when `o` is a class. */
export function getItem(o: PyObject, k: PyObject): PyObject {
  const t = typeOf(o);
  const subscript = t.subscript;
  if (subscript !== null) return subscript(o, k);
  const f = t.lookup("__getitem__");
  if (f !== undefined) return call1(f, o, k);
  if (o instanceof PyType) {
    // `type[int]` is special-cased, as in CPython.
    if (o === typeType && abstractHooks.genericAlias !== null) return abstractHooks.genericAlias(o, k);
    // type.__new__ makes a plain-function __class_getitem__ a classmethod, so the
    // attribute is already bound to the class.
    const cg = getAttrOpt(o, "__class_getitem__");
    if (cg !== undefined && cg !== None) return call(cg, [k], null);
    throw typeError(`type '${o.name}' is not subscriptable`);
  }
  throw typeError(`'${typeName(o)}' object is not subscriptable`);
}

/** Hooks set by modules above this one. */
export const abstractHooks: {
  /** `type[int]`: a types.GenericAlias (typeobject.ts). */
  genericAlias: ((origin: PyObject, args: PyObject) => PyObject) | null;
} = { genericAlias: null };

/** `o[k] = v`. */
export function setItem(o: PyObject, k: PyObject, v: PyObject): void {
  const t = typeOf(o);
  const assSubscript = t.assSubscript;
  if (assSubscript !== null) return assSubscript(o, k, v);
  const f = t.lookup("__setitem__");
  if (f === undefined) throw typeError(`'${typeName(o)}' object does not support item assignment`);
  callWithSelf(f, o, [k, v], null);
}

/** `del o[k]`. */
export function delItem(o: PyObject, k: PyObject): void {
  const t = typeOf(o);
  const assSubscript = t.assSubscript;
  if (assSubscript !== null) return assSubscript(o, k, null);
  const f = t.lookup("__delitem__");
  if (f === undefined) {
    // CPython's sequence protocol words it differently for an index key (PySequence_DelItem).
    if (hasSequenceSlots(t) && (isIndexKey(k) || typeOf(k).lookup("__index__") !== undefined))
      throw typeError(`'${t.name}' object doesn't support item deletion`);
    throw typeError(`'${t.name}' object does not support item deletion`);
  }
  call1(f, o, k);
}

/** Whether CPython's type would have a tp_as_sequence (every class defined in Python does). */
function hasSequenceSlots(t: PyType): boolean {
  return (
    !t.isBuiltin ||
    t.lookup("__getitem__") !== undefined ||
    t.lookup("__len__") !== undefined ||
    t.lookup("__contains__") !== undefined
  );
}

function isIndexKey(k: PyObject): boolean {
  return typeof k === "number" || typeof k === "bigint" || typeof k === "boolean";
}

/** `item in o` (PySequence_Contains). */
export function contains(o: PyObject, item: PyObject): boolean {
  const exact = exactContainerHooks.contains(o, item);
  if (exact !== undefined) return exact;
  const t = typeOf(o);
  const f = t.lookup("__contains__");
  if (f !== undefined) {
    if (f === None) throw typeError(`'${t.name}' object is not a container`);
    return isTrue(call1(f, o, item));
  }
  const iter = t.lookup("__iter__");
  if (iter === None || (iter === undefined && t.lookup("__getitem__") === undefined))
    throw typeError(`argument of type '${t.name}' is not iterable`);
  const it = getIter(o);
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return false;
    if (v === item || eq(v, item)) return true;
  }
}

// ---- iteration ----

/** A built-in iterator: `nextValue()` returns undefined at exhaustion. */
export interface NativeIterator extends PyObjectBase {
  nextValue(): PyObject | undefined;
}

export const seqIterType = new PyType(typeType, "iterator", [objectType], true);
seqIterType.isBaseType = false;

/** The iterator over an object that has `__getitem__` but no `__iter__` (PySeqIter). */
export class PySeqIter implements NativeIterator {
  type = seqIterType;
  index = 0;
  constructor(public seq: PyObject | null) {}
  nextValue(): PyObject | undefined {
    const seq = this.seq;
    if (seq === null) return undefined;
    let e: unknown;
    const f = typeOf(seq).lookup("__getitem__");
    if (f instanceof PyFunction) {
      // The IndexError that ends the iteration taken as a value (see iterNext).
      const v = pythonCalls.tryCall(f, [seq, this.index++]);
      if (v !== undefined) return v;
      e = pythonCalls.raised;
      pythonCalls.raised = undefined;
    } else
      try {
        return getItem(seq, this.index++);
      } catch (thrown) {
        e = thrown;
      }
    if (
      isException(e) &&
      (e.type.isSubtypeOf(exceptionType("IndexError")) || e.type.isSubtypeOf(StopIteration_))
    ) {
      this.seq = null;
      return undefined;
    }
    throw e;
  }
}

defineMethods(seqIterType, {
  // CPython's iter_reduce / iter_setstate (iterobject.c).
  __reduce__: (self) =>
    reduceWithBuiltin("iter", () => {
      const it = self as PySeqIter;
      return it.seq === null ? [[tupleOf([])]] : [[it.seq], it.index];
    }),
  __setstate__(self, args) {
    const it = self as PySeqIter;
    const i = stateIndex(args[0]);
    if (it.seq !== null) it.index = i < 0 ? 0 : i;
    return None;
  },
  __iter__: (self) => self,
  __next__: (self) => {
    const v = (self as PySeqIter).nextValue();
    if (v === undefined) throw newException(StopIteration_);
    return v;
  },
});

/** `iter(o)` (PyObject_GetIter). */
export function getIter(o: PyObject): PyObject {
  const exact = exactContainerHooks.iter(o);
  if (exact !== undefined) return exact;
  const t = typeOf(o);
  const f = t.lookup("__iter__");
  if (f === undefined) {
    if (t.lookup("__getitem__") !== undefined) return new PySeqIter(o);
    throw typeError(`'${t.name}' object is not iterable`);
  }
  if (f === None) throw typeError(`'${t.name}' object is not iterable`);
  const it = callWithSelf(f, o, [], null);
  if (typeOf(it).lookup("__next__") === undefined)
    throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
  return it;
}

export function isNativeIterator(it: PyObject): it is NativeIterator {
  return (
    typeof it === "object" &&
    it.type.isBuiltin &&
    typeof (it as Partial<NativeIterator>).nextValue === "function"
  );
}

/** `next(it)` without StopIteration: undefined when the iterator is exhausted. */
export function iterNext(it: PyObject): PyObject | undefined {
  if (isNativeIterator(it)) return it.nextValue();
  const f = typeOf(it).lookup("__next__");
  if (f === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
  if (f instanceof PyFunction) {
    const v = pythonCalls.tryCall(f, [it]);
    if (v !== undefined) return v;
    const e = pythonCalls.raised;
    pythonCalls.raised = undefined;
    if (isException(e) && e.type.isSubtypeOf(StopIteration_)) return undefined;
    throw e;
  }
  try {
    return callWithSelf(f, it, [], null);
  } catch (e) {
    if (isException(e) && e.type.isSubtypeOf(StopIteration_)) return undefined;
    throw e;
  }
}

/** Calls `fn` on each item of the iterable `o`; stops early when `fn` returns true. */
export function iterate(o: PyObject, fn: (item: PyObject) => boolean | void): void {
  const it = getIter(o);
  for (;;) {
    const v = iterNext(it);
    if (v === undefined || fn(v) === true) return;
  }
}

/** The items of the iterable `o` as a JS array. */
export function toArray(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const it = getIter(o);
  for (;;) {
    const v = iterNext(it);
    if (v === undefined) return out;
    out.push(v);
  }
}

// ---- isinstance / issubclass ----

/** The `__bases__` of a class-like object (for abstract classes that are not types), or
 * undefined. */
function abstractBases(cls: PyObject): PyObject[] | undefined {
  const b = getAttrOpt(cls, "__bases__");
  if (b === undefined || !typeOf(b).isSubtypeOf(tupleType)) return undefined;
  return toArray(b);
}

function abstractIsSubclass(derived: PyObject, cls: PyObject): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractBases(derived);
    if (bases === undefined || bases.length === 0) return false;
    if (bases.length === 1) {
      derived = bases[0]!;
      continue;
    }
    for (const b of bases) if (abstractIsSubclass(b, cls)) return true;
    return false;
  }
}

/** object_isinstance: the real type, then `__class__` if it differs. */
function recursiveIsInstance(o: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    if (typeOf(o).isSubtypeOf(cls)) return true;
    const c = reportedClass(o);
    return c !== undefined && c !== typeOf(o) && c instanceof PyType && c.isSubtypeOf(cls);
  }
  if (abstractBases(cls) === undefined)
    throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  const c = reportedClass(o);
  return c !== undefined && abstractIsSubclass(c, cls);
}

/** `isinstance(o, cls)` (PyObject_IsInstance). */
export function isInstance(o: PyObject, cls: PyObject): boolean {
  const t = typeOf(o);
  if (t === cls) return true;
  if (cls instanceof PyType && cls.type === typeType) return recursiveIsInstance(o, cls);
  if (typeof cls === "object" && cls.type.isSubtypeOf(tupleType))
    return isInstanceOfAny(o, (cls as PyTuple).items);
  const checker = typeOf(cls).lookup("__instancecheck__");
  if (checker !== undefined) return isTrue(call1(checker, cls, o));
  return recursiveIsInstance(o, cls);
}

/** isinstance with a tuple of classes: its items (a subclass's `__iter__` is not used),
 * as one native recursion level (a tuple may nest tuples). */
function isInstanceOfAny(o: PyObject, classes: readonly PyObject[]): boolean {
  if (!recursionHooks.enter())
    throw newException(RecursionError_, "maximum recursion depth exceeded in __instancecheck__");
  try {
    for (let i = 0; i < classes.length; i++) if (isInstance(o, classes[i]!)) return true;
    return false;
  } finally {
    recursionHooks.leave();
  }
}

/** `issubclass(a, b)` (PyObject_IsSubclass). */
export function isSubclass(a: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && cls.type === typeType) {
    if (a === cls) return true;
    return recursiveIsSubclass(a, cls);
  }
  if (typeof cls === "object" && cls.type.isSubtypeOf(tupleType))
    return isSubclassOfAny(a, (cls as PyTuple).items);
  const checker = typeOf(cls).lookup("__subclasscheck__");
  if (checker !== undefined) return isTrue(call1(checker, cls, a));
  return recursiveIsSubclass(a, cls);
}

/** issubclass with a tuple of classes, as isInstanceOfAny. */
function isSubclassOfAny(a: PyObject, classes: readonly PyObject[]): boolean {
  if (!recursionHooks.enter())
    throw newException(RecursionError_, "maximum recursion depth exceeded in __subclasscheck__");
  try {
    for (let i = 0; i < classes.length; i++) if (isSubclass(a, classes[i]!)) return true;
    return false;
  } finally {
    recursionHooks.leave();
  }
}

/** The default `__subclasscheck__` (type.__subclasscheck__ / recursive_issubclass). */
export function recursiveIsSubclass(a: PyObject, cls: PyObject): boolean {
  if (a instanceof PyType && cls instanceof PyType) return a.isSubtypeOf(cls);
  if (abstractBases(a) === undefined) throw typeError("issubclass() arg 1 must be a class");
  if (abstractBases(cls) === undefined && !(cls instanceof PyType))
    throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return abstractIsSubclass(a, cls);
}

/** The default `__instancecheck__` (type.__instancecheck__). */
export function defaultInstanceCheck(o: PyObject, cls: PyObject): boolean {
  return recursiveIsInstance(o, cls);
}

// ---- misc ----

/** Whether `o` is callable (has `__call__` on its type). */
export function isCallable(o: PyObject): boolean {
  if (typeof o !== "object") return false;
  return o.type.lookup("__call__") !== undefined;
}

/** `isinstance(o, str)` for any representation. */
export function isString(o: PyObject): boolean {
  return isStr(o) || (typeof o === "object" && o.type.isSubtypeOf(strType));
}
