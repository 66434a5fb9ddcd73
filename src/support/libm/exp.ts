// exp, exp2, expm1: correctly rounded (see dd.ts).
//
// Reduction: x = (256 m + j) ln2/256 + r with |r| <= ln2/512, so
// exp(x) = 2^m * 2^(j/256) * exp(r); 2^(j/256) comes from a double-double table and
// expm1(r) from its Taylor series (double-double for the leading terms).

import { R, ddAdd, ddAddD, ddMul, ddMulD, roundScaled, twoSum } from "./dd.js";
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

export function exp(x: number): number {
  if (!(x > -746)) return x !== x ? x : 0;
  if (x > 710) return Infinity;
  expCore(x, 0);
  return roundScaled(EXP.hi, EXP.lo, EXP.k);
}

export function exp2(x: number): number {
  if (!(x > -1076)) return x !== x ? x : 0;
  if (x > 1024) return Infinity;
  const n = Math.round(x * 256);
  const t = x - n / 256; // exact
  ddMulD(LN2_HI, LN2_LO, t);
  expReduced(n, R.hi, R.lo);
  return roundScaled(EXP.hi, EXP.lo, EXP.k);
}

/** Sets R = expm1(x) as a double-double, for -800 < x < 700. */
/**
 * glibc's expm1 is fdlibm's (not correctly rounded); V8's Math.expm1 is the same algorithm
 * and agrees with it on nearly all inputs, while expm1Core above is correctly rounded.
 */
export const expm1: (x: number) => number = Math.expm1;
