// The `Decimal` type: construction from int, str, float, tuple and Decimal; the number
// protocol (operators take ints and Decimals, return NotImplemented otherwise), comparison
// with ints, floats, complex and Rationals (exact, with FloatOperation), CPython's hash
// (equal to the hash of an equal int or float), conversions, and the named methods, which
// dispatch through ops.ts with the current or a given context.

import { None, NotImplemented } from "../../objects/bootstrap.js";
import { getAttrOpt, isInstance } from "../../objects/abstract.js";
import { PyComplex } from "../../objects/complex.js";
import {
  exceptionType,
  newException,
  overflowError,
  typeError,
  valueError,
  KeyError_,
} from "../../objects/exceptions.js";
import {
  defineClassMethods,
  defineGetSets,
  defineMethods,
  methodWithSignature,
  type KwNames,
  type MethodCall,
} from "../../objects/function.js";
import { defineNew } from "../../objects/iterators.js";
import { floatValue, newFloat } from "../../objects/float.js";
import { intValue } from "../../objects/int.js";
import { identityHash } from "../../objects/number_hash.js";
import { normaliseInt, typeOf, type PyObject } from "../../objects/object.js";
import { isStr, jsString, strFromJS } from "../../objects/str.js";
import { PyList } from "../../objects/list.js";
import { PyTuple } from "../../objects/tuple.js";
import type { PyType } from "../../objects/type.js";
import { CompareOp } from "../../objects/abstract.js";
import { call } from "../../objects/call.js";
import { builtinsHooks } from "../builtins.js";
import { isSpace, toDecimal } from "../../support/unicode/ucd.js";
import { NEGATIVE_NAN } from "../../support/numfmt/parse.js";
import { splitArgs } from "../itertools_helpers.js";
import * as A from "./arith.js";
import * as T from "./transcendental.js";
import * as N from "./number.js";
import { formatDecimal, toSci } from "./format.js";
import { binaryOps, unaryOps, type OpResult } from "./ops.js";
import {
  contextArg,
  decimalType,
  finish,
  floatOperand,
  getContext,
  newDecimal,
  operand,
  operandOrRaise,
  PyContext,
  PyDecimal,
  ROUNDING_ERROR,
} from "./context.js";

export { decimalType };

function self_(o: PyObject): N.Dec {
  if (!(o instanceof PyDecimal)) throw typeError("descriptor requires a 'decimal.Decimal' object");
  return o.dec;
}

/** Wraps an operation's result: a Dec becomes a Decimal, anything else is final. */
export function wrap(r: OpResult): PyObject {
  return r instanceof N.Dec ? newDecimal(r) : (r as PyObject);
}

/** Runs `f` on a fresh working context of `c`, then applies flags and traps. */
export function run<R>(c: PyContext, f: (w: N.Ctx) => R): R {
  const w = c.work();
  let r: R;
  try {
    r = f(w);
  } catch (e) {
    if (e instanceof N.TooManyDigits) throw newException(exceptionType("MemoryError"));
    throw e;
  }
  finish(c, w.status);
  return r;
}

// ---- construction ----

/** The ASCII form of a numeric string: outer whitespace stripped, underscores dropped,
 * Unicode decimal digits made ASCII; null if a character cannot be part of a number. */
function numericText(s: string): string | null {
  const cps = [...s].map((ch) => ch.codePointAt(0)!);
  let i = 0,
    j = cps.length;
  while (i < j && isSpace(cps[i]!)) i++;
  while (j > i && isSpace(cps[j - 1]!)) j--;
  let out = "";
  for (let k = i; k < j; k++) {
    const cp = cps[k]!;
    if (cp === 0x5f) continue;
    if (cp < 128) out += String.fromCharCode(cp);
    else {
      const d = toDecimal(cp);
      if (d < 0) return null;
      out += String(d);
    }
  }
  return out;
}

export function decFromString(s: string, c: PyContext): N.Dec {
  const text = numericText(s);
  const d = text === null ? null : N.parseDecimal(text);
  if (d === null) {
    finish(c, N.ConversionSyntax);
    return N.nan();
  }
  if (!Number.isSafeInteger(d.exp)) {
    // Exponents are doubles here; libmpdec's own limit (about 10**18) is close to it.
    finish(c, N.InvalidOperation);
    return N.nan();
  }
  return d;
}

function decFromTuple(t: PyObject[]): N.Dec {
  if (t.length !== 3) throw valueError("argument must be a sequence of length 3");
  const sign = intValue(t[0]!);
  if (sign === undefined || typeof t[0] === "boolean" || (sign !== 0 && sign !== 1))
    throw valueError("sign must be an integer with the value 0 or 1");
  const expObj = t[2]!;
  let kind = N.Kind.Finite;
  let exp = 0;
  if (isStr(expObj)) {
    const e = jsString(expObj);
    if (e === "F") kind = N.Kind.Inf;
    else if (e === "n") kind = N.Kind.NaN;
    else if (e === "N") kind = N.Kind.SNaN;
    else throw valueError("string argument in the third position must be 'F', 'n' or 'N'");
  } else {
    const e = intValue(expObj);
    if (e === undefined) throw valueError("exponent must be an integer");
    exp = Number(e);
  }
  const digitsObj = t[1]!;
  if (!(digitsObj instanceof PyTuple || digitsObj instanceof PyList))
    throw valueError("coefficient must be a tuple of digits");
  let text = "";
  for (const item of digitsObj.items) {
    const v = intValue(item);
    if (v === undefined || v < 0 || v > 9) throw valueError("coefficient must be a tuple of digits");
    text += String(v);
  }
  if (kind === N.Kind.Inf) return N.inf(Number(sign));
  return new N.Dec(Number(sign), BigInt(text || "0"), exp, kind);
}

/** Decimal(value) for any accepted value; `exact` keeps every digit (the constructor),
 * otherwise the value is rounded to the context (create_decimal). */
export function decFromObject(v: PyObject, c: PyContext, exact: boolean): N.Dec {
  let d: N.Dec;
  if (v instanceof PyDecimal) d = v.dec;
  else if (isStr(v)) d = decFromString(jsString(v), c);
  else if (intValue(v) !== undefined) d = N.decFromBigInt(BigInt(intValue(v)!));
  else if (floatValue(v) !== undefined) {
    finish(c, N.FloatOperation);
    d = N.decFromDouble(floatValue(v)!);
  } else if (v instanceof PyTuple || v instanceof PyList) d = decFromTuple(v.items);
  else throw typeError(`conversion from ${typeOf(v).name} to Decimal is not supported`);
  if (exact) return d;
  if (d.isNaN && d.coeff !== 0n && d.digits > c.prec - c.clamp) {
    // libmpdec refuses a payload that the context cannot hold.
    finish(c, N.ConversionSyntax);
    return N.nan();
  }
  return run(c, (w) => N.finalizeDec(d, w));
}

defineNew(decimalType, (cls, args, kwnames) => {
  if (kwnames === null && args.length === 1) {
    const v = args[0]!;
    if (cls === decimalType && v instanceof PyDecimal && v.type === decimalType) return v;
    return newDecimal(decFromObject(v, getContext(), true), cls);
  }
  const { pos, kw } = splitArgs(args, kwnames);
  let value: PyObject = "0",
    ctxObj: PyObject = None;
  if (pos.length > 2) throw typeError(`Decimal() takes at most 2 arguments (${pos.length} given)`);
  if (pos.length > 0) value = pos[0]!;
  if (pos.length > 1) ctxObj = pos[1]!;
  for (const [k, v] of kw) {
    if (k === "value" && pos.length < 1) value = v;
    else if (k === "context" && pos.length < 2) ctxObj = v;
    else throw typeError(`'${k}' is an invalid keyword argument for this function`);
  }
  const c = contextArg(ctxObj);
  if (cls === decimalType && value instanceof PyDecimal && value.type === decimalType) return value;
  return newDecimal(decFromObject(value, c, true), cls);
});

// ---- hashing and comparison ----

const P = (1n << 61n) - 1n;
const INV10 = modPow(10n, P - 2n, P);

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

function decHash(o: PyDecimal): number | bigint {
  const d = o.dec;
  if (d.kind === N.Kind.SNaN) throw typeError("Cannot hash a signaling NaN value");
  if (d.kind === N.Kind.NaN) return identityHash(o);
  if (d.isInf) return d.sign ? -314159 : 314159;
  const scale = d.exp >= 0 ? modPow(10n, BigInt(d.exp), P) : modPow(INV10, BigInt(-d.exp), P);
  let h = ((d.coeff % P) * scale) % P;
  if (d.sign) h = -h;
  if (h === -1n) h = -2n;
  return normaliseInt(h);
}

let rationalType: PyObject | null = null;

/** numbers.Rational, imported on first need (fractions.Fraction is one). */
function isRational(o: PyObject): boolean {
  if (rationalType === null) {
    const numbers = builtinsHooks.importModule(["numbers"], null);
    rationalType = getAttrOpt(numbers, "Rational") ?? None;
  }
  return rationalType !== None && isInstance(o, rationalType);
}

function compareOp(selfObj: PyObject, other: PyObject, op: CompareOp): PyObject {
  let a = self_(selfObj);
  let b = operand(other);
  const c = getContext();
  const equality = op === CompareOp.Eq || op === CompareOp.Ne;
  if (b === undefined) {
    if (floatValue(other) !== undefined || (other instanceof PyComplex && equality)) {
      if (other instanceof PyComplex) {
        if (other.imag !== 0) return op === CompareOp.Ne;
        if (equality) c.flags |= N.FloatOperation;
        b = N.decFromDouble(other.real);
      } else if (equality) {
        c.flags |= N.FloatOperation;
        b = N.decFromDouble(floatValue(other)!);
      } else b = floatOperand(other, c)!;
    } else if (isRational(other)) {
      const num = intValue(getAttrOpt(other, "numerator") ?? None);
      const den = intValue(getAttrOpt(other, "denominator") ?? None);
      if (num === undefined || den === undefined) return NotImplemented;
      if (!a.isSpecial)
        a = new N.Dec(a.sign, a.coeff * (BigInt(den) < 0n ? -BigInt(den) : BigInt(den)), a.exp);
      b = N.decFromBigInt(BigInt(num));
    } else return NotImplemented;
  }
  if (a.isNaN || b.isNaN) {
    if (a.kind === N.Kind.SNaN || b.kind === N.Kind.SNaN || !equality) finish(c, N.InvalidOperation);
    return op === CompareOp.Ne;
  }
  const r = A.cmp(a, b);
  switch (op) {
    case CompareOp.Lt:
      return r < 0;
    case CompareOp.Le:
      return r <= 0;
    case CompareOp.Eq:
      return r === 0;
    case CompareOp.Ne:
      return r !== 0;
    case CompareOp.Gt:
      return r > 0;
    default:
      return r >= 0;
  }
}

// ---- conversions ----

function toInt(d: N.Dec, rounding: N.Rounding, what = "integer"): PyObject {
  if (d.isNaN) throw valueError(`cannot convert NaN to ${what}`);
  if (d.isInf) throw overflowError(`cannot convert Infinity to ${what}`);
  const w: N.Ctx = { ...A.exactCtx(), rounding };
  const r = d.exp >= 0 ? d : A.rescale(d, 0, rounding, w);
  const v = r.coeff * N.pow10(r.exp);
  return normaliseInt(r.sign ? -v : v);
}

function toFloat(d: N.Dec): number {
  if (d.kind === N.Kind.SNaN) throw valueError("cannot convert signaling NaN to float");
  if (d.isNaN) return d.sign ? NEGATIVE_NAN : NaN;
  if (d.isInf) return d.sign ? -Infinity : Infinity;
  const x = Number(`${d.coeff}e${d.exp}`);
  return d.sign ? -x : x;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

let decimalTupleType: PyObject | null = null;

export function setDecimalTuple(t: PyObject): void {
  decimalTupleType = t;
}

function asTuple(d: N.Dec): PyObject {
  let digits: PyObject[];
  let exp: PyObject;
  if (d.isInf) {
    digits = [0];
    exp = "F";
  } else {
    digits = d.isNaN && d.coeff === 0n ? [] : [...d.coeff.toString()].map(Number);
    exp = d.kind === N.Kind.NaN ? "n" : d.kind === N.Kind.SNaN ? "N" : d.exp;
  }
  return call(decimalTupleType!, [d.sign, new PyTuple(digits), exp]);
}

// ---- the methods ----

function roundingArg(o: PyObject | undefined, c: PyContext): N.Rounding {
  if (o === undefined || o === None) return c.rounding;
  if (typeof o !== "string" || !(N.ROUNDINGS as readonly string[]).includes(o))
    throw typeError(ROUNDING_ERROR);
  return o as N.Rounding;
}

function binarySlot(
  name: string,
  f: (a: N.Dec, b: N.Dec, w: N.Ctx) => N.Dec,
  reflected: boolean,
): MethodCall {
  return (self, args) => {
    const a = self_(self);
    const b = operand(args[0]!);
    if (b === undefined) return NotImplemented;
    const c = getContext();
    return newDecimal(run(c, (w) => (reflected ? f(b, a, w) : f(a, b, w))));
  };
}

function divmodSlot(reflected: boolean): MethodCall {
  return (self, args) => {
    const a = self_(self);
    const b = operand(args[0]!);
    if (b === undefined) return NotImplemented;
    const [q, r] = run(getContext(), (w) => (reflected ? A.divmod(b, a, w) : A.divmod(a, b, w)));
    return new PyTuple([newDecimal(q), newDecimal(r)]);
  };
}

const methods: Record<string, MethodCall> = {
  __add__: binarySlot("__add__", (a, b, w) => A.add(a, b, w), false),
  __radd__: binarySlot("__radd__", (a, b, w) => A.add(a, b, w), true),
  __sub__: binarySlot("__sub__", (a, b, w) => A.add(a, b, w, true), false),
  __rsub__: binarySlot("__rsub__", (a, b, w) => A.add(a, b, w, true), true),
  __mul__: binarySlot("__mul__", (a, b, w) => A.mul(a, b, w), false),
  __rmul__: binarySlot("__rmul__", (a, b, w) => A.mul(a, b, w), true),
  __truediv__: binarySlot("__truediv__", (a, b, w) => A.div(a, b, w), false),
  __rtruediv__: binarySlot("__rtruediv__", (a, b, w) => A.div(a, b, w), true),
  __floordiv__: binarySlot("__floordiv__", (a, b, w) => A.divInt(a, b, w), false),
  __rfloordiv__: binarySlot("__rfloordiv__", (a, b, w) => A.divInt(a, b, w), true),
  __mod__: binarySlot("__mod__", (a, b, w) => A.rem(a, b, w), false),
  __rmod__: binarySlot("__rmod__", (a, b, w) => A.rem(a, b, w), true),
  __divmod__: divmodSlot(false),
  __rdivmod__: divmodSlot(true),
  __pow__(self, args) {
    const a = self_(self);
    const b = operand(args[0]!);
    if (b === undefined) return NotImplemented;
    const m = args.length > 1 && args[1] !== None ? operand(args[1]!) : null;
    if (m === undefined) return NotImplemented;
    return newDecimal(run(getContext(), (w) => (m ? T.powMod(a, b, m, w) : T.power(a, b, w))));
  },
  __rpow__(self, args) {
    const a = self_(self);
    const b = operand(args[0]!);
    if (b === undefined) return NotImplemented;
    return newDecimal(run(getContext(), (w) => T.power(b, a, w)));
  },
  __neg__: (self) => newDecimal(run(getContext(), (w) => A.plus(self_(self), w, true))),
  __pos__: (self) => newDecimal(run(getContext(), (w) => A.plus(self_(self), w, false))),
  __abs__: (self) => newDecimal(run(getContext(), (w) => A.absolute(self_(self), w))),
  __bool__: (self) => {
    const d = self_(self);
    return d.isSpecial || d.coeff !== 0n;
  },
  __hash__: (self) => {
    self_(self);
    return decHash(self as PyDecimal);
  },
  __eq__: (self, args) => compareOp(self, args[0]!, CompareOp.Eq),
  __ne__: (self, args) => compareOp(self, args[0]!, CompareOp.Ne),
  __lt__: (self, args) => compareOp(self, args[0]!, CompareOp.Lt),
  __le__: (self, args) => compareOp(self, args[0]!, CompareOp.Le),
  __gt__: (self, args) => compareOp(self, args[0]!, CompareOp.Gt),
  __ge__: (self, args) => compareOp(self, args[0]!, CompareOp.Ge),
  __str__: (self) => strFromJS(toSci(self_(self), getContext().capitals === 1)),
  __repr__: (self) => strFromJS(`Decimal('${toSci(self_(self), getContext().capitals === 1)}')`),
  __format__(self, args) {
    const spec = args[0]!;
    if (!isStr(spec)) throw typeError(`format spec must be a string`);
    const c = getContext();
    const r = formatDecimal(self_(self), jsString(spec), c.work(), c.capitals === 1);
    if (r === null) throw valueError("invalid format string");
    return strFromJS(r);
  },
  __int__: (self) => toInt(self_(self), "ROUND_DOWN"),
  __trunc__: (self) => toInt(self_(self), "ROUND_DOWN"),
  __floor__: (self) => toInt(self_(self), "ROUND_FLOOR"),
  __ceil__: (self) => toInt(self_(self), "ROUND_CEILING"),
  __float__: (self) => newFloat(toFloat(self_(self))),
  __complex__: (self) => new PyComplex(toFloat(self_(self)), 0),
  __round__: methodWithSignature("__round__(ndigits=?, /)", (self, n) => {
    const d = self_(self);
    if (n === undefined || n === None) {
      if (d.isNaN) throw valueError("cannot convert NaN to integer");
      if (d.isInf) throw overflowError("cannot convert Infinity to integer");
      return toInt(d, "ROUND_HALF_EVEN");
    }
    const k = intValue(n);
    if (k === undefined) throw typeError("optional arg must be an integer");
    const q = new N.Dec(0, 1n, -Number(k));
    return newDecimal(run(getContext(), (w) => A.quantize(d, q, w)));
  }),
  __reduce__: (self) => new PyTuple([typeOf(self), new PyTuple([strFromJS(toSci(self_(self)))])]),
  __copy__: (self) => self,
  __deepcopy__: (self) => self,
  __sizeof__: (self) => 104 + Math.ceil(self_(self).coeff.toString(16).length / 16) * 8,
  conjugate: (self) => self,
  as_tuple: (self) => asTuple(self_(self)),
  as_integer_ratio(self) {
    const d = self_(self);
    if (d.isNaN) throw valueError("cannot convert NaN to integer ratio");
    if (d.isInf) throw overflowError("cannot convert Infinity to integer ratio");
    let num = d.coeff,
      den = 1n;
    if (d.exp >= 0) num *= N.pow10(d.exp);
    else den = N.pow10(-d.exp);
    const g = gcd(num, den) || 1n;
    num /= g;
    den /= g;
    return new PyTuple([normaliseInt(d.sign ? -num : num), normaliseInt(den)]);
  },
  adjusted: (self) => {
    const d = self_(self);
    return d.isSpecial ? 0 : d.adjusted;
  },
  radix: () => newDecimal(new N.Dec(0, 10n, 0)),
  quantize: methodWithSignature("quantize(exp, rounding=?, context=?)", (self, exp, rounding, ctx) => {
    const c = contextArg(ctx);
    const r = roundingArg(rounding, c);
    const b = operandOrRaise(exp!);
    return newDecimal(run(c, (w) => A.quantize(self_(self), b, w, r)));
  }),
  fma: methodWithSignature("fma(other, third, context=?)", (self, other, third, ctx) => {
    const c = contextArg(ctx);
    const b = operandOrRaise(other!),
      t = operandOrRaise(third!);
    return newDecimal(run(c, (w) => A.fma(self_(self), b, t, w)));
  }),
};

for (const name of ["to_integral", "to_integral_value", "to_integral_exact"]) {
  methods[name] = methodWithSignature(`${name}(rounding=?, context=?)`, (self, rounding, ctx) => {
    const c = contextArg(ctx);
    const r = roundingArg(rounding, c);
    return newDecimal(run(c, (w) => A.toIntegral(self_(self), w, r, name === "to_integral_exact")));
  });
}

const UNARY_METHODS = [
  "exp",
  "ln",
  "log10",
  "logb",
  "logical_invert",
  "next_minus",
  "next_plus",
  "normalize",
  "sqrt",
  "number_class",
  "is_normal",
  "is_subnormal",
  "to_eng_string",
  "canonical",
];
for (const name of UNARY_METHODS) {
  const op = unaryOps[name]!;
  methods[name] = methodWithSignature(`${name}(context=?)`, (self, ctx) => {
    const c = contextArg(ctx);
    return wrap(run(c, (w) => op(self_(self), w, c)));
  });
}

const NO_CONTEXT = [
  "is_canonical",
  "is_finite",
  "is_infinite",
  "is_nan",
  "is_qnan",
  "is_snan",
  "is_signed",
  "is_zero",
];
for (const name of NO_CONTEXT) {
  const op = unaryOps[name]!;
  methods[name] = (self) => wrap(op(self_(self), getContext().work(), getContext()));
}
for (const name of ["copy_abs", "copy_negate"]) {
  const op = unaryOps[name]!;
  methods[name] = (self) => wrap(op(self_(self), getContext().work(), getContext()));
}

const BINARY_METHODS = [
  "compare",
  "compare_signal",
  "compare_total",
  "compare_total_mag",
  "copy_sign",
  "logical_and",
  "logical_or",
  "logical_xor",
  "max",
  "max_mag",
  "min",
  "min_mag",
  "next_toward",
  "remainder_near",
  "rotate",
  "same_quantum",
  "scaleb",
  "shift",
];
for (const name of BINARY_METHODS) {
  const op = binaryOps[name]!;
  methods[name] = methodWithSignature(`${name}(other, context=?)`, (self, other, ctx) => {
    const c = contextArg(ctx);
    const b = operandOrRaise(other!);
    return wrap(run(c, (w) => op(self_(self), b, w, c)));
  });
}

defineMethods(decimalType, methods);

defineGetSets(decimalType, {
  real: [(self) => self],
  imag: [() => newDecimal(N.zero(0, 0))],
});

defineClassMethods(decimalType, {
  from_float(cls, args, kwnames: KwNames) {
    if ((kwnames && kwnames.length) || args.length !== 1)
      throw typeError(`from_float() takes exactly one argument (${args.length} given)`);
    const v = args[0]!;
    let d: N.Dec;
    const f = floatValue(v);
    if (f !== undefined) d = N.decFromDouble(f);
    else if (intValue(v) !== undefined) d = N.decFromBigInt(BigInt(intValue(v)!));
    else throw typeError(`argument must be int or float`);
    const t = cls as PyType;
    const r = newDecimal(d);
    return t === decimalType ? r : call(t, [r]);
  },
});

export { KeyError_, newException };
