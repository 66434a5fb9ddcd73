// atan, atan2, asin, acos: correctly rounded (see dd.ts).
//
// All go through atanRatio, the angle of the point (x, y) with 0 <= y <= x in
// double-double: t = y/x, atan t = atan(j/64) + atan((t - j/64) / (1 + t j/64)) with the
// first term from a table and the second from its Taylor series (|argument| <= 1/128).

import {
  R,
  ROUND_SHIFT,
  SPLITTER,
  ddAdd,
  ddAddD,
  ddDiv,
  ddMul,
  ddMulD,
  ddSqrt,
  fastTwoSum,
  ilogb,
  scalb,
  twoProd,
  twoSum,
} from "./dd.js";
import { ATAN_T, INV_INT, PI_2_HI, PI_2_LO, PI_4_HI, PI_HI, PI_LO } from "./tables.js";

/** Sets R = atan((yh + yl) / (xh + xl)) for 0 <= y <= x, x > 0, both near 1 in scale. */
function atanRatio(yh: number, yl: number, xh: number, xl: number): void {
  ddDiv(yh, yl, xh, xl);
  const th = R.hi;
  const tl = R.lo;
  const j = Math.round(th * 64);
  const c = j / 64;
  // u = (t - c) / (1 + t c)
  fastTwoSum(th - c, tl);
  const nh = R.hi;
  const nl = R.lo;
  ddMulD(th, tl, c);
  ddAddD(R.hi, R.lo, 1);
  ddDiv(nh, nl, R.hi, R.lo);
  const uh = R.hi;
  const ul = R.lo;
  ddMul(uh, ul, uh, ul);
  const wh = R.hi;
  const wl = R.lo;
  // atan u = u (1 - w (1/3 - w (1/5 - ... - w/17)))
  let d = INV_INT[34]!;
  for (let k = 15; k >= 11; k -= 2) d = INV_INT[2 * k]! - wh * d;
  ddMulD(wh, wl, -d);
  for (let k = 9; k >= 1; k -= 2) {
    ddAdd(INV_INT[2 * k]!, INV_INT[2 * k + 1]!, R.hi, R.lo);
    if (k > 1) ddMul(wh, wl, -R.hi, -R.lo);
  }
  ddMul(uh, ul, R.hi, R.lo);
  if (j !== 0) ddAdd(ATAN_T[2 * j]!, ATAN_T[2 * j + 1]!, R.hi, R.lo);
}

/** Angle of (x, y), x, y finite and not both zero, as a rounded double. */
function angle(y: number, x: number, fast: boolean): number {
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  const swap = ay > ax;
  const big = swap ? ay : ax;
  const small = swap ? ax : ay;
  let rh: number;
  let rl: number;
  if (small < big * 8.673617379884035e-19) {
    // ratio < 2^-60: atan t = t - t^3/3 rounds like t (correctly rounded division)
    rh = small / big;
    rl = -rh * 1e-40;
    if (!swap && x > 0) return y < 0 ? -rh : rh;
  } else {
    if (fast && big < 9.7e297 && small > 1.5e-271) {
      const r = angleFast(small, big, swap, x < 0);
      if (r === r) return y < 0 ? -r : r;
    }
    const k = ilogb(big);
    atanRatio(scalb(small, -k), 0, scalb(big, -k), 0);
    rh = R.hi;
    rl = R.lo;
  }
  if (swap) {
    ddAdd(PI_2_HI, PI_2_LO, -rh, -rl);
    rh = R.hi;
    rl = R.lo;
  }
  if (x < 0) {
    ddAdd(PI_HI, PI_LO, -rh, -rl);
    rh = R.hi;
  }
  return y < 0 ? -rh : rh;
}

// ---- Fast phase (Ziv): plain doubles with a proven error bound, then a rounding test ----
//
// For 0 < s <= b (s/b >= 2^-60, b < 2^990, s > 2^-900, so nothing below overflows or loses
// bits to underflow): c = j/64 with j = round(64 fl(s/b)), |s/b - c| <= 1/128 + 2^-53, and
// atan(s/b) = atan c + atan u, u = (s - c b)/(b + c s). c has 7 bits, so c b and c s split
// exactly; s - c b is exact as two two-sums and b + c s is a fast two-sum plus a term rounded
// at 2^-105 relative; u = uh + ul with the remainder nh - uh dh exact and the rest rounded
// at 2^-104: u within 2^-103 |u|, |u| <= 2^-7 (1 + 2^-40), |ul| < 2^-52 |u|.
// atan u = u + u^3 (-1/3 + w/5 - w^2/7 + w^3/9) + O(u^11/11), w = uh^2: truncation
// < 2^-73.5 of the result (>= |u| for j = 0, >= atan(1/128) >= 2^-7.01 >= |u| otherwise).
// The tail (< |u|^3/3 < 2^-15.58 of the result) has relative error < 4.1 * 2^-53:
// < 2^-66.58; adding it last to the small terms (atan's table lo, ul (1 - w), the exact error
// of atan c + uh) rounds at < 2^-68.6; the rest is below 2^-100. Total < 2^-66.1 relative;
// the quadrant steps (pi/2 - A, pi - A) only shrink it, as the result grows and A <= pi/4,
// and round at 2^-104. ATAN_ERR = 2^-65 covers all of it and the test's own roundings.
const ATAN_ERR = 2 ** -65;
const A3 = -1 / 3;
const A5 = 1 / 5;
const A7 = -1 / 7;
const A9 = 1 / 9;

/** The rounded angle (swap ? pi/2 - A : A, then pi - that if left), A = atan(s/b), or NaN. */
function angleFast(s: number, b: number, swap: boolean, left: boolean): number {
  const j = (s / b) * 64 + ROUND_SHIFT - ROUND_SHIFT;
  const c = j / 64;
  let t = SPLITTER * b;
  const b1 = t - (t - b);
  const b2 = b - b1;
  const p1 = c * b;
  const e1 = c * b1 - p1 + c * b2; // c b = p1 + e1
  t = SPLITTER * s;
  const s1 = t - (t - s);
  const s2 = s - s1;
  const p2 = c * s;
  const e2 = c * s1 - p2 + c * s2; // c s = p2 + e2
  // numerator s - c b = nn + nl
  const n0 = s - p1;
  let bb = n0 - s;
  const z0 = s - (n0 - bb) + (-p1 - bb);
  const z1 = z0 - e1;
  const nn = n0 + z1;
  bb = nn - n0;
  const nl = n0 - (nn - bb) + (z1 - bb);
  // denominator b + c s = dh + dl (b >= c s)
  const dh = b + p2;
  const dl = p2 - (dh - b) + e2;
  // u = uh + ul
  const uh = nn / dh;
  const p3 = uh * dh;
  t = SPLITTER * uh;
  const u1 = t - (t - uh);
  const u2 = uh - u1;
  t = SPLITTER * dh;
  const d1 = t - (t - dh);
  const d2 = dh - d1;
  const e3 = u1 * d1 - p3 + u1 * d2 + u2 * d1 + u2 * d2;
  const ul = (nn - p3 - e3 + nl - uh * dl) / dh;
  const w = uh * uh;
  const tail = uh * w * (A3 + w * (A5 + w * (A7 + w * A9)));
  const ah = ATAN_T[2 * j]!;
  const al = ATAN_T[2 * j + 1]!;
  let hi = ah + uh;
  const e4 = uh - (hi - ah);
  let lo = tail + (e4 + al + ul * (1 - w));
  if (swap) {
    const h = PI_2_HI - hi;
    lo = PI_2_HI - h - hi + (PI_2_LO - lo);
    hi = h;
  }
  if (left) {
    const h = PI_HI - hi;
    lo = PI_HI - h - hi + (PI_LO - lo);
    hi = h;
  }
  const h = hi + lo;
  const l = lo - (h - hi);
  const err = ATAN_ERR * h;
  return h + (l - err) === h + (l + err) ? h : NaN;
}

export function atan2(y: number, x: number): number {
  return atan2Impl(y, x, true);
}

/** Phase 2 of atan2. */
export function atan2Accurate(y: number, x: number): number {
  return atan2Impl(y, x, false);
}

function atan2Impl(y: number, x: number, fast: boolean): number {
  if (x !== x || y !== y) return NaN;
  if (y === 0) {
    const toLeft = x < 0 || Object.is(x, -0);
    return toLeft ? (Object.is(y, -0) ? -PI_HI : PI_HI) : y;
  }
  if (x === Infinity || x === -Infinity) {
    if (y === Infinity || y === -Infinity) {
      const a = x > 0 ? PI_4_HI : 2.356194490192345; // 3pi/4
      return y > 0 ? a : -a;
    }
    if (x > 0) return y > 0 ? 0 : -0;
    return y > 0 ? PI_HI : -PI_HI;
  }
  if (y === Infinity || y === -Infinity || x === 0) return y > 0 ? PI_2_HI : -PI_2_HI;
  return angle(y, x, fast);
}

export function atan(x: number): number {
  return atanImpl(x, true);
}

/** Phase 2 of atan. */
export function atanAccurate(x: number): number {
  return atanImpl(x, false);
}

function atanImpl(x: number, fast: boolean): number {
  if (x !== x) return x;
  if (Math.abs(x) < 7.450580596923828e-9) return x; // atan x = x - x^3/3 rounds to x
  if (x === Infinity || x === -Infinity) return x > 0 ? PI_2_HI : -PI_2_HI;
  return angle(x, 1, fast);
}

/** Sets R = sqrt(1 - x^2) for |x| <= 1. */
function sqrtOneMinusSquare(ax: number): void {
  if (ax >= 0.5) {
    // (1 - x)(1 + x), 1 - x exact
    twoSum(1, ax);
    ddMulD(R.hi, R.lo, 1 - ax);
  } else {
    twoProd(ax, ax);
    ddAdd(1, 0, -R.hi, -R.lo);
  }
  ddSqrt(R.hi, R.lo);
}

export function asin(x: number): number {
  const ax = Math.abs(x);
  if (!(ax <= 1)) return NaN;
  if (ax < 7.450580596923828e-9) return x;
  if (ax === 1) return x > 0 ? PI_2_HI : -PI_2_HI;
  sqrtOneMinusSquare(ax);
  const ch = R.hi;
  const cl = R.lo;
  if (ax <= ch) atanRatio(ax, 0, ch, cl);
  else {
    atanRatio(ch, cl, ax, 0);
    ddAdd(PI_2_HI, PI_2_LO, -R.hi, -R.lo);
  }
  return x < 0 ? -R.hi : R.hi;
}

export function acos(x: number): number {
  const ax = Math.abs(x);
  if (!(ax <= 1)) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI_HI;
  sqrtOneMinusSquare(ax);
  const sh = R.hi;
  const sl = R.lo;
  // angle of (|x|, s), then reflect for x < 0
  if (sh <= ax) atanRatio(sh, sl, ax, 0);
  else {
    atanRatio(ax, 0, sh, sl);
    ddAdd(PI_2_HI, PI_2_LO, -R.hi, -R.lo);
  }
  if (x < 0) ddAdd(PI_HI, PI_LO, -R.hi, -R.lo);
  return R.hi;
}
