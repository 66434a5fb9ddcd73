// log, log2, log10, log1p: correctly rounded (see dd.ts).
//
// x = 2^e m with m in [sqrt(1/2), sqrt(2)]; c = fl(256/i) for i = round(256 m) makes
// r = m c - 1 small (|r| < 2^-8.4) and exact in double-double, so
// log(x) = e ln2 - ln(c) + log1p(r). The table entry for i = 256 has c = 1, so inputs
// near 1 keep full relative accuracy.

import { R, ddAdd, ddAddD, ddMul, ddMulD, ilogb, scalb, twoProd, twoSum } from "./dd.js";
import { INV_INT, INV_LN2_HI, INV_LN2_LO, LN2_HI, LN2_LO, LOG_C, LOG_T } from "./tables.js";

const SQRT2 = 1.4142135623730951;

/** Sets R = ln(xh + xl) for finite xh > 0 (|xl| <= ulp(xh)/2). */
export function logCore(xh: number, xl: number): void {
  const e0 = ilogb(xh);
  let m = scalb(xh, -e0);
  let ml = scalb(xl, -e0);
  let e = e0;
  if (m > SQRT2) {
    m *= 0.5;
    ml *= 0.5;
    e += 1;
  }
  const idx = Math.round(m * 256) - 181;
  const c = LOG_C[idx]!;
  twoProd(m, c);
  const pl = R.lo;
  twoSum(R.hi - 1, pl);
  ddAddD(R.hi, R.lo, ml * c);
  const rh = R.hi;
  const rl = R.lo;
  // log1p(r) = r (1 - r (1/2 - r (1/3 - ...))); degree >= 6 in double.
  let d = INV_INT[26]!;
  for (let k = 12; k >= 6; k--) d = INV_INT[2 * k]! - rh * d;
  ddMulD(rh, rl, -d);
  for (let k = 5; k >= 1; k--) {
    ddAdd(INV_INT[2 * k]!, INV_INT[2 * k + 1]!, R.hi, R.lo);
    if (k > 1) {
      ddMul(rh, rl, -R.hi, -R.lo);
    }
  }
  ddMul(rh, rl, R.hi, R.lo);
  ddAdd(LOG_T[2 * idx]!, LOG_T[2 * idx + 1]!, R.hi, R.lo);
  if (e !== 0) {
    const sh = R.hi;
    const sl = R.lo;
    ddMulD(LN2_HI, LN2_LO, e);
    ddAdd(R.hi, R.lo, sh, sl);
  }
}

function special(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 0) return -Infinity;
  return NaN;
}

export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return special(x);
  if (x === 1) return 0;
  logCore(x, 0);
  return R.hi;
}

export function log2(x: number): number {
  if (!(x > 0) || x === Infinity) return special(x);
  logCore(x, 0);
  ddMul(R.hi, R.lo, INV_LN2_HI, INV_LN2_LO);
  return R.hi;
}

// log10 and log1p follow glibc, whose versions are fdlibm's (not correctly rounded):
// log10(2^n m) = n log10(2)_hi + (n log10(2)_lo + log(m) / ln10) with m in [1, 2) for
// n >= 0 and [1/2, 1) for n < 0, log10(2)_hi being log10(2) cut to 40 bits; log1p is
// V8's Math.log1p, fdlibm's algorithm, which agrees with glibc on nearly all inputs.
const LOG10_2HI = 0.30102999566361177;
const LOG10_2LO = 3.694239077158931e-13;
const IVLN10 = 0.4342944819032518;

export function log10(x: number): number {
  if (!(x > 0) || x === Infinity) return special(x);
  let k = ilogb(x);
  const i = k < 0 ? 1 : 0;
  const m = scalb(x, -k - i);
  k += i;
  const z = k * LOG10_2LO + IVLN10 * log(m);
  return z + k * LOG10_2HI;
}

export const log1p: (x: number) => number = Math.log1p;

/** Sets R = log1p(ah + al) for ah + al > -1 (finite). */
