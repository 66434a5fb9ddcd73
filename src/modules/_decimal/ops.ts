// The table of decimal operations that both `Context` methods (`ctx.add(a, b)`) and
// `Decimal` methods (`a.add(b, context=ctx)`... as far as Decimal has them) dispatch to, so
// that each operation is defined once. An entry maps Dec operands and a working context to
// a Dec (wrapped as a Decimal) or to a finished Python value.

import { strFromJS } from "../../objects/str.js";
import type { PyObject } from "../../objects/object.js";
import * as A from "./arith.js";
import * as T from "./transcendental.js";
import { toSci } from "./format.js";
import { type Ctx, Dec, Kind } from "./number.js";
import type { PyContext } from "./context.js";

export type OpResult = Dec | PyObject;
export type UnaryOp = (a: Dec, w: Ctx, c: PyContext) => OpResult;
export type BinaryOp = (a: Dec, b: Dec, w: Ctx, c: PyContext) => OpResult;

export function numberClass(a: Dec, w: Ctx): string {
  const s = a.sign ? "-" : "+";
  if (a.kind === Kind.SNaN) return "sNaN";
  if (a.kind === Kind.NaN) return "NaN";
  if (a.isInf) return `${s}Infinity`;
  if (a.coeff === 0n) return `${s}Zero`;
  return a.adjusted < w.emin ? `${s}Subnormal` : `${s}Normal`;
}

export const unaryOps: Record<string, UnaryOp> = {
  abs: (a, w) => A.absolute(a, w),
  canonical: (a) => a,
  copy_abs: (a) => new Dec(0, a.coeff, a.exp, a.kind),
  copy_negate: (a) => new Dec(a.sign ^ 1, a.coeff, a.exp, a.kind),
  exp: (a, w) => T.exp(a, w),
  ln: (a, w) => T.ln(a, w),
  log10: (a, w) => T.log10(a, w),
  logb: (a, w) => A.logb(a, w),
  logical_invert: (a, w) => A.logical(a, null, w, "invert"),
  minus: (a, w) => A.plus(a, w, true),
  plus: (a, w) => A.plus(a, w, false),
  next_minus: (a, w) => A.nextPlus(a, w, true),
  next_plus: (a, w) => A.nextPlus(a, w, false),
  normalize: (a, w) => A.reduce(a, w),
  sqrt: (a, w) => T.sqrt(a, w),
  number_class: (a, w) => strFromJS(numberClass(a, w)),
  is_canonical: () => true,
  is_finite: (a) => a.kind === Kind.Finite,
  is_infinite: (a) => a.isInf,
  is_nan: (a) => a.isNaN,
  is_qnan: (a) => a.kind === Kind.NaN,
  is_snan: (a) => a.kind === Kind.SNaN,
  is_signed: (a) => a.sign === 1,
  is_zero: (a) => a.isZero,
  is_normal: (a, w) => a.kind === Kind.Finite && a.coeff !== 0n && a.adjusted >= w.emin,
  is_subnormal: (a, w) => a.kind === Kind.Finite && a.coeff !== 0n && a.adjusted < w.emin,
  to_integral: (a, w) => A.toIntegral(a, w, w.rounding, false),
  to_integral_value: (a, w) => A.toIntegral(a, w, w.rounding, false),
  to_integral_exact: (a, w) => A.toIntegral(a, w, w.rounding, true),
  to_sci_string: (a, _w, c) => strFromJS(toSci(a, c.capitals === 1)),
  to_eng_string: (a, _w, c) => strFromJS(toSci(a, c.capitals === 1, true)),
};

function sameQuantum(a: Dec, b: Dec): boolean {
  if (a.isNaN || b.isNaN) return a.isNaN && b.isNaN;
  if (a.isInf || b.isInf) return a.isInf && b.isInf;
  return a.exp === b.exp;
}

export const binaryOps: Record<string, BinaryOp> = {
  add: (a, b, w) => A.add(a, b, w),
  subtract: (a, b, w) => A.add(a, b, w, true),
  multiply: (a, b, w) => A.mul(a, b, w),
  divide: (a, b, w) => A.div(a, b, w),
  divide_int: (a, b, w) => A.divInt(a, b, w),
  remainder: (a, b, w) => A.rem(a, b, w),
  remainder_near: (a, b, w) => A.remNear(a, b, w),
  compare: (a, b, w) => A.compare(a, b, w),
  compare_signal: (a, b, w) => A.compare(a, b, w, true),
  compare_total: (a, b) => new Dec(A.cmpTotal(a, b) < 0 ? 1 : 0, BigInt(Math.abs(A.cmpTotal(a, b))), 0),
  compare_total_mag: (a, b) => {
    const c = A.cmpTotal(new Dec(0, a.coeff, a.exp, a.kind), new Dec(0, b.coeff, b.exp, b.kind));
    return new Dec(c < 0 ? 1 : 0, BigInt(Math.abs(c)), 0);
  },
  copy_sign: (a, b) => new Dec(b.sign, a.coeff, a.exp, a.kind),
  max: (a, b, w) => A.maxMin(a, b, w, true, false),
  max_mag: (a, b, w) => A.maxMin(a, b, w, true, true),
  min: (a, b, w) => A.maxMin(a, b, w, false, false),
  min_mag: (a, b, w) => A.maxMin(a, b, w, false, true),
  next_toward: (a, b, w) => A.nextToward(a, b, w),
  quantize: (a, b, w) => A.quantize(a, b, w),
  rotate: (a, b, w) => A.shift(a, b, w, true),
  shift: (a, b, w) => A.shift(a, b, w, false),
  same_quantum: (a, b) => sameQuantum(a, b),
  scaleb: (a, b, w) => A.scaleb(a, b, w),
  logical_and: (a, b, w) => A.logical(a, b, w, "and"),
  logical_or: (a, b, w) => A.logical(a, b, w, "or"),
  logical_xor: (a, b, w) => A.logical(a, b, w, "xor"),
  power: (a, b, w) => T.power(a, b, w),
};
