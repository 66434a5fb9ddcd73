// log, log2, log10, log1p: correctly rounded (see dd.ts).
//
// x = 2^e m with m in [sqrt(1/2), sqrt(2)]; c = fl(256/i) for i = round(256 m) makes
// r = m c - 1 small (|r| < 2^-8.4) and exact in double-double, so
// log(x) = e ln2 - ln(c) + log1p(r). The table entry for i = 256 has c = 1, so inputs
// near 1 keep full relative accuracy.

import {
  POW2,
  R,
  ROUND_SHIFT,
  SPLITTER,
  ddAdd,
  ddAddD,
  ddMul,
  ddMulD,
  highWord,
  ilogb,
  scalb,
  twoProd,
  twoSum,
} from "./dd.js";
import { INV_INT, INV_LN2_HI, INV_LN2_LO, LN2_HI, LN2_LO, LOG_C, LOG_FAST_T, LOG_T } from "./tables.js";

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

/** Phase 2 of log. */
export function logAccurate(x: number): number {
  if (!(x > 0) || x === Infinity) return special(x);
  if (x === 1) return 0;
  logCore(x, 0);
  return R.hi;
}

/** Phase 2 of log2. */
export function log2Accurate(x: number): number {
  if (!(x > 0) || x === Infinity) return special(x);
  logCore(x, 0);
  ddMul(R.hi, R.lo, INV_LN2_HI, INV_LN2_LO);
  return R.hi;
}

// ---- Fast phase (Ziv): plain doubles with a proven error bound, then a rounding test ----
//
// logFast: x = 2^e m with m in [1, 2), i = round(256 m), c = fl(256/i) from LOG_FAST_T;
// for i >= 363 (m > sqrt 2) the table holds -ln(2c) and the exponent is taken as e + 1, so
// x = 2^e' m' with m' = m or m/2 and no branch. r = m c - 1 = rh + rl exactly (m c split
// exactly, m c - 1 exact by Sterbenz), |r| <= 1/(2i) <= rho = 2^-9, and
//   log x = e' ln2 + T + log1p(r),  log1p(r) = r - r^2/2 + r^3 (1/3 - r/4 + ... - r^5/8) + O(r^9/9).
// rh^2 = sh + sl exactly; rh - sh/2, e' LA + Th (LA = ln2 to 42 bits, so e' LA is exact) and
// their sum are exact fast two-sums (|e' LA| >= ln2 > |Th| or e' = 0; |Th| >= ln(512/511) >
// 2 rho' (rho' = 1/(2i) for that entry) or Th = 0). What is left goes into lo:
//   tail = rs^3 Q(rs), rs = fl(rh + rl): |tail| < 2^-28.58, relative error < 7.7 * 2^-53
//          (rs 3, two products 2, Q's Horner sum and constant 1.6, last product 1), so
//          < 2^-78.6; truncation < rho^9/9 / (1 - rho) < 2^-84.1;
//   e' LB (LB = ln2 - LA to 2^-96): < 4 |e'| 2^-96 with its roundings;
//   rl - sl/2 - rh rl, e1, e2, h1, Tl: roundings < 2^-100; rl^2/2 < 2^-106; table < 2^-106;
//   adding tail last: < 2^-53 2^-28.57 = 2^-81.57.
// So |error| < 2^-78.3 + |e'| 2^-94 < 2^-77 + 2^-90 |log x| (|log x| >= 0.34 |e'|), the
// general bound (|log x| >= 2^-10 there, so at worst 2^-67 relative). When e' = 0 and Th = 0
// (c = 1 or 1/2: x in [1 - 2^-10, 1 + 2^-9]) everything but rh - sh/2, sl and the tail
// vanishes and the errors scale with |r|: tail < 2^-69.6 |r|, the two additions
// < 2^-71.5 |r|, truncation < 2^-75.2 |r|: < 2^-69.1 |log x|; bound 2^-68 |log x|.

/** Fast-phase result: hi + lo = log x within err (absolute), hi = fl(hi + lo). */
export const LF = { hi: 0, lo: 0, err: 0 };

const LA = Math.round(LN2_HI * 4398046511104) / 4398046511104; // ln2 to 42 bits (2^42)
const LB = LN2_HI - LA + LN2_LO; // within 2^-96 of ln2 - LA
const Q3 = 1 / 3;
const Q4 = -1 / 4;
const Q5 = 1 / 5;
const Q6 = -1 / 6;
const Q7 = 1 / 7;
const Q8 = -1 / 8;
const LOG_ERR_NEAR1 = 2 ** -68;
const LOG_ERR_ABS = 2 ** -77;
const LOG_ERR_REL = 2 ** -90;
const MIN_NORMAL = 2.2250738585072014e-308;

/** LOG_FAST_T for i = 256..512 as (c, c split in two halves, T hi, T lo, exponent step). */
const LOG_F = new Float64Array(6 * 257);
for (let i = 0; i < 257; i++) {
  const c = LOG_FAST_T[3 * i]!;
  const t = SPLITTER * c;
  const c1 = t - (t - c);
  LOG_F[6 * i] = c;
  LOG_F[6 * i + 1] = c1;
  LOG_F[6 * i + 2] = c - c1;
  LOG_F[6 * i + 3] = LOG_FAST_T[3 * i + 1]!;
  LOG_F[6 * i + 4] = LOG_FAST_T[3 * i + 2]!;
  LOG_F[6 * i + 5] = i + 256 >= 363 ? 1 : 0;
}

/** Fast phase of log for normal positive finite x: sets LF. */
export function logFast(x: number): void {
  const e0 = (highWord(x) >>> 20) - 1023;
  const m = x * POW2[1074 - e0]!; // exact, in [1, 2)
  const k = 6 * (m * 256 + ROUND_SHIFT - ROUND_SHIFT - 256);
  const c = LOG_F[k]!;
  const c1 = LOG_F[k + 1]!;
  const c2 = LOG_F[k + 2]!;
  const th = LOG_F[k + 3]!;
  const tl = LOG_F[k + 4]!;
  const e = e0 + LOG_F[k + 5]!;
  // r = m c - 1 = rh + rl exactly
  const ph = m * c;
  const t = SPLITTER * m;
  const m1 = t - (t - m);
  const m2 = m - m1;
  const rl = m1 * c1 - ph + m1 * c2 + m2 * c1 + m2 * c2;
  const rh = ph - 1;
  // rh^2 = sh + sl exactly
  const sh = rh * rh;
  const t2 = SPLITTER * rh;
  const r1 = t2 - (t2 - rh);
  const r2 = rh - r1;
  const sl = r1 * r1 - sh + 2 * r1 * r2 + r2 * r2;
  const hv = -0.5 * sh;
  const v = rh + hv;
  const e1 = hv - (v - rh);
  const a1 = e * LA;
  const hh = a1 + th;
  const h1 = th - (hh - a1);
  const hi = hh + v;
  const e2 = v - (hi - hh);
  const rs = rh + rl;
  const tail = rs * (rs * rs) * (Q3 + rs * (Q4 + rs * (Q5 + rs * (Q6 + rs * (Q7 + rs * Q8)))));
  const lo = tail + (e * LB + (e2 + (h1 + (e1 + tl + (rl - 0.5 * sl - rh * rl)))));
  const h = hi + lo;
  LF.hi = h;
  LF.lo = lo - (h - hi);
  const ah = Math.abs(h);
  LF.err = e === 0 && th === 0 ? LOG_ERR_NEAR1 * ah : LOG_ERR_ABS + LOG_ERR_REL * ah;
}

export function log(x: number): number {
  if (x >= MIN_NORMAL && x < Infinity && x !== 1) {
    logFast(x);
    const h = LF.hi;
    const l = LF.lo;
    const err = LF.err;
    if (h + (l - err) === h + (l + err)) return h;
  }
  return logAccurate(x);
}

const IL2_1 = (() => {
  const c = SPLITTER * INV_LN2_HI;
  return c - (c - INV_LN2_HI);
})();
const IL2_2 = INV_LN2_HI - IL2_1;

export function log2(x: number): number {
  if (x >= MIN_NORMAL && x < Infinity && x !== 1) {
    logFast(x);
    const h = LF.hi;
    const l = LF.lo;
    // (h + l)/ln2: h INV_LN2_HI exactly, the rest to 2^-100 relative (h l and the constant
    // to 2^-106 each, three roundings of terms < 2^-51 |p|).
    const p = h * INV_LN2_HI;
    const c = SPLITTER * h;
    const h1 = c - (c - h);
    const h2 = h - h1;
    const q = h1 * IL2_1 - p + h1 * IL2_2 + h2 * IL2_1 + h2 * IL2_2 + (h * INV_LN2_LO + l * INV_LN2_HI);
    const s = p + q;
    const sl = q - (s - p);
    const err = LF.err * 1.442695040889 + 2 ** -100 * Math.abs(s);
    if (s + (sl - err) === s + (sl + err)) return s;
  }
  return log2Accurate(x);
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
  let k = x >= MIN_NORMAL ? (highWord(x) >>> 20) - 1023 : ilogb(x);
  const i = k < 0 ? 1 : 0;
  const m = k >= -1022 ? x * POW2[1074 - k - i]! : scalb(x, -k - i); // exact: [1, 2) or [1/2, 1)
  k += i;
  const z = k * LOG10_2LO + IVLN10 * log(m);
  return z + k * LOG10_2HI;
}

export const log1p: (x: number) => number = Math.log1p;

/** Sets R = log1p(ah + al) for ah + al > -1 (finite). */
