// atan, atan2, asin, acos: correctly rounded (see dd.ts).
//
// All go through atanRatio, the angle of the point (x, y) with 0 <= y <= x in
// double-double: t = y/x, atan t = atan(j/64) + atan((t - j/64) / (1 + t j/64)) with the
// first term from a table and the second from its Taylor series (|argument| <= 1/128).

import {
  R,
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
function angle(y: number, x: number): number {
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

export function atan2(y: number, x: number): number {
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
  return angle(y, x);
}

export function atan(x: number): number {
  if (x !== x) return x;
  if (Math.abs(x) < 7.450580596923828e-9) return x; // atan x = x - x^3/3 rounds to x
  if (x === Infinity || x === -Infinity) return x > 0 ? PI_2_HI : -PI_2_HI;
  return angle(x, 1);
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
