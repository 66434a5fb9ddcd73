// exp, exp2, expm1: correctly rounded (see dd.ts).
//
// Reduction: x = (256 m + j) ln2/256 + r with |r| <= ln2/512, so
// exp(x) = 2^m * 2^(j/256) * exp(r); 2^(j/256) comes from a double-double table and
// expm1(r) from its Taylor series (double-double for the leading terms).

import { POW2, R, ROUND_SHIFT, SPLITTER, ddAdd, ddAddD, ddMul, ddMulD, roundScaled, twoSum } from "./dd.js";
import { EXP2_T, INV_FACT, LN2_256, LN2_HI, LN2_LO } from "./tables.js";

/** exp(xh + xl) = (EXP.hi + EXP.lo) * 2^EXP.k after expCore; also sets EXP.n (n == 0: no reduction). */
export const EXP = { hi: 0, lo: 0, k: 0, n: 0 };
/** expm1(r) for the reduced argument of the last expCore/expReduced call. */
export const EXPM1R = { hi: 0, lo: 0 };

const INV_LN2_256 = 369.3299304675746; // 256/ln2
const L1 = LN2_256[0];
const L2 = LN2_256[1];
const L3 = LN2_256[2];

/** Sets EXPM1R = expm1(rh + rl) for |r| <= ~ln2/512. */
function expm1Small(rh: number, rl: number): void {
  // Terms of degree >= 5 in double precision, the rest in double-double.
  const d =
    INV_FACT[10]! + rh * (INV_FACT[12]! + rh * (INV_FACT[14]! + rh * (INV_FACT[16]! + rh * INV_FACT[18]!)));
  ddMulD(rh, rl, d);
  ddAdd(INV_FACT[8]!, INV_FACT[9]!, R.hi, R.lo);
  for (let k = 3; k >= 1; k--) {
    ddMul(rh, rl, R.hi, R.lo);
    ddAdd(INV_FACT[2 * k]!, INV_FACT[2 * k + 1]!, R.hi, R.lo);
  }
  ddMul(rh, rl, R.hi, R.lo);
  EXPM1R.hi = R.hi;
  EXPM1R.lo = R.lo;
}

/** exp of 2^m 2^(j/256) e^r where n = 256 m + j; sets EXP. */
function expReduced(n: number, rh: number, rl: number): void {
  expm1Small(rh, rl);
  const j = n & 255;
  const th = EXP2_T[2 * j]!;
  const tl = EXP2_T[2 * j + 1]!;
  ddMul(th, tl, EXPM1R.hi, EXPM1R.lo);
  ddAdd(th, tl, R.hi, R.lo);
  EXP.hi = R.hi;
  EXP.lo = R.lo;
  EXP.k = (n - j) / 256;
  EXP.n = n;
}

/** Sets EXP to exp(xh + xl) for |xh| < 5000. */
export function expCore(xh: number, xl: number): void {
  const n = Math.round(xh * INV_LN2_256);
  const t = xh - n * L1; // exact
  twoSum(t, -n * L2);
  ddAddD(R.hi, R.lo, xl - n * L3);
  expReduced(n, R.hi, R.lo);
}

/** Phase 2 of exp: the double-double evaluation (also the reference for the fast phase). */
export function expAccurate(x: number): number {
  if (!(x > -746)) return x !== x ? x : 0;
  if (x > 710) return Infinity;
  expCore(x, 0);
  return roundScaled(EXP.hi, EXP.lo, EXP.k);
}

/** Phase 2 of exp2. */
export function exp2Accurate(x: number): number {
  if (!(x > -1076)) return x !== x ? x : 0;
  if (x > 1024) return Infinity;
  const n = Math.round(x * 256);
  const t = x - n / 256; // exact
  ddMulD(LN2_HI, LN2_LO, t);
  expReduced(n, R.hi, R.lo);
  return roundScaled(EXP.hi, EXP.lo, EXP.k);
}

// ---- Fast phase (Ziv): plain doubles with a proven error bound, then a rounding test ----
//
// expFast sets EF so that (EF.hi + EF.lo) 2^EF.k = exp(xh + xl) (1 + eps) with |eps| < 2^-68
// (EXP_FAST_ERR), EF.hi = fl(EF.hi + EF.lo) and 1 <= EF.hi < 2 up to rounding. Error analysis,
// with r = rh + rl the reduced argument, |r| <= rho = ln2/512 (1 + 2^-40) < 2^-9.52:
// - reduction: n L1 and n L2 are exact (32-bit pieces, |n| < 2^20) and xh - n L1 is exact
//   (Sterbenz), so the only errors are the roundings of w (< 2^-52 (|xl| + |n L3| + 2^-62))
//   and the omitted tail of ln2/256 (< 2^-110): below 2^-94 absolute in r, i.e. relative in
//   the result. (|xl| <= 2^-44 since |xh| < 1024.)
// - expm1(r) = rh + q with q = rl + rh rl + rh^2 (1/2 + rh/6 + ... + rh^4/720): truncation
//   < rho^7/5040 < 2^-78.9; the neglected rl rh^2/2 and rl^2/2 < 2^-80. |q| < 2^-20.03; q's
//   polynomial part has relative error < 3.1 * 2^-53 (rh^2, the Horner sum near 1/2, the
//   product) and the two additions add 2 * 2^-53 |q|: |q - q~| < 2^-70.6.
// - T = 2^(j/256) = th + tl within 2^-106 T; th rh is split exactly (Veltkamp) and th + ph is
//   an exact fast two-sum, so hi carries no error. lo = th q + (e1 + pl + tl (1 + rh + q)):
//   the small sum (< 2^-51.5) adds < 2^-103, fl(th q) < 2^-72 and the last addition < 2^-72.
// Relative to T (1 + r + ...) >= th (1 - rho): (2^-70.6 + 2^-71 + 2^-78.9) 1.0014 < 2^-69.8,
// so 2^-68 leaves room for the roundings of the test itself. EF.k is the binary exponent; the
// callers only use this phase where the result is a normal double, so scaling is exact.

/** Fast-phase result: (hi + lo) * 2^k, hi = fl(hi + lo). */
export const EF = { hi: 0, lo: 0, k: 0 };
/** Relative error bound of expFast. */
export const EXP_FAST_ERR = 2 ** -68;

const C3 = 1 / 6;
const C4 = 1 / 24;
const C5 = 1 / 120;
const C6 = 1 / 720;

/** EF = exp(2^m 2^(j/256) e^r), n = 256 m + j, r = rh + rl with |rl| <= 2^-52 |rh|. */
function expPoly(n: number, rh: number, rl: number): void {
  const q = rl + rh * rl + rh * rh * (0.5 + rh * (C3 + rh * (C4 + rh * (C5 + rh * C6))));
  const j = n & 255;
  const th = EXP2_T[2 * j]!;
  const tl = EXP2_T[2 * j + 1]!;
  // th * rh = ph + pl exactly
  const ph = th * rh;
  let c = SPLITTER * th;
  const a1 = c - (c - th);
  const a2 = th - a1;
  c = SPLITTER * rh;
  const b1 = c - (c - rh);
  const b2 = rh - b1;
  const pl = a1 * b1 - ph + a1 * b2 + a2 * b1 + a2 * b2;
  const hi = th + ph;
  const e1 = ph - (hi - th);
  const lo = th * q + (e1 + pl + tl * (1 + rh + q));
  const h = hi + lo;
  EF.hi = h;
  EF.lo = lo - (h - hi);
  EF.k = (n - j) / 256;
}

/** Fast phase of exp(xh + xl) for |xh| < 1000, |xl| <= ulp(xh)/2: sets EF. */
export function expFast(xh: number, xl: number): void {
  const n = xh * INV_LN2_256 + ROUND_SHIFT - ROUND_SHIFT;
  const t = xh - n * L1; // exact
  const u = n * L2; // exact
  const s = t - u;
  const bb = s - t;
  const w = t - (s - bb) + (-u - bb) + (xl - n * L3);
  const rh = s + w;
  const b2 = rh - s;
  const rl = s - (rh - b2) + (w - b2);
  expPoly(n, rh, rl);
}

export function exp(x: number): number {
  // The result is normal here, so scaling by 2^k is exact.
  if (x > -708 && x < 709.7) {
    expFast(x, 0);
    const h = EF.hi;
    const l = EF.lo;
    const err = h * EXP_FAST_ERR;
    if (h + (l - err) === h + (l + err)) return h * POW2[EF.k + 1074]!;
  }
  return expAccurate(x);
}

const LN2H_1 = (() => {
  const c = SPLITTER * LN2_HI;
  return c - (c - LN2_HI);
})();
const LN2H_2 = LN2_HI - LN2H_1;

export function exp2(x: number): number {
  if (x >= -1022 && x <= 1023) {
    const n = x * 256 + ROUND_SHIFT - ROUND_SHIFT;
    const t = x - n / 256; // exact, |t| <= 1/512
    // r = t ln2 = rh + rl: t LN2_HI exactly, plus t LN2_LO (error < 2^-53 |t| 2^-55 + 2^-107 |t|)
    const rh = t * LN2_HI;
    const c = SPLITTER * t;
    const t1 = c - (c - t);
    const t2 = t - t1;
    const rl = t1 * LN2H_1 - rh + t1 * LN2H_2 + t2 * LN2H_1 + t2 * LN2H_2 + t * LN2_LO;
    expPoly(n, rh, rl);
    const h = EF.hi;
    const l = EF.lo;
    const err = h * EXP_FAST_ERR;
    if (h + (l - err) === h + (l + err)) return h * POW2[EF.k + 1074]!;
  }
  return exp2Accurate(x);
}

/** Sets R = expm1(x) as a double-double, for -800 < x < 700. */
/**
 * glibc's expm1 is fdlibm's (not correctly rounded); V8's Math.expm1 is the same algorithm
 * and agrees with it on nearly all inputs, while expm1Core above is correctly rounded.
 */
export const expm1: (x: number) => number = Math.expm1;
