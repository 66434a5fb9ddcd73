// sin, cos, tan: correctly rounded (see dd.ts).
//
// Argument reduction to r = x - n pi/2 in double-double: Cody-Waite with pi/2 in five
// pieces (the first four with 30 bits, so n * piece is exact) for |x| < 2^20, and exact
// Payne-Hanek with BigInt and 1280 bits of 2/pi above that. Then r = j/64 + t with sin and
// cos of j/64 from a table and Taylor series for t (|t| <= 1/128).

import {
  R,
  ROUND_SHIFT,
  SPLITTER,
  ddAdd,
  ddAddD,
  ddDiv,
  ddMul,
  ddMulD,
  fastTwoSum,
  ilogb,
  scalb,
  twoSum,
} from "./dd.js";
import {
  INV_FACT,
  PI_2_HI,
  PI_2_LO,
  PIO2_PARTS,
  SINCOS_T,
  SINCOS256_T,
  TWO_OVER_PI_BITS,
  TWO_OVER_PI_HEX,
} from "./tables.js";

/** Reduced argument: x = n pi/2 + (hi + lo), n taken mod 4. */
const RED = { n: 0, hi: 0, lo: 0 };

const P0 = PIO2_PARTS[0];
const P1 = PIO2_PARTS[1];
const P2 = PIO2_PARTS[2];
const P3 = PIO2_PARTS[3];
const P4 = PIO2_PARTS[4];
const TWO_OVER_PI = 0.6366197723675814;
let twoOverPiBig = 0n;

function reduce(x: number): void {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) {
    RED.n = 0;
    RED.hi = x;
    RED.lo = 0;
  } else if (ax < 1048576) {
    const n = Math.round(x * TWO_OVER_PI);
    twoSum(x - n * P0, -n * P1);
    const h = R.hi;
    const l = R.lo;
    twoSum(h, -n * P2);
    ddAddD(R.hi, R.lo + l, -n * P3);
    ddAddD(R.hi, R.lo, -n * P4);
    RED.n = n & 3;
    RED.hi = R.hi;
    RED.lo = R.lo;
  } else {
    reduceHuge(x);
  }
}

/** Payne-Hanek: x * 2/pi exactly enough with integers. */
function reduceHuge(x: number): void {
  if (twoOverPiBig === 0n) twoOverPiBig = BigInt("0x" + TWO_OVER_PI_HEX);
  const neg = x < 0;
  const ax = neg ? -x : x;
  const e = ilogb(ax) - 52;
  const m = BigInt(scalb(ax, -e)); // 53-bit integer, x = m 2^e
  const sh = BigInt(TWO_OVER_PI_BITS - e);
  const p = m * twoOverPiBig; // x * 2/pi * 2^sh
  let n = Number((p >> sh) & 3n);
  let frac = p & ((1n << sh) - 1n);
  let sign = 1;
  if ((frac >> (sh - 1n)) & 1n) {
    frac = (1n << sh) - frac;
    n = (n + 1) & 3;
    sign = -1;
  }
  const bl = frac.toString(2).length;
  const drop = bl > 110 ? bl - 110 : 0;
  const a = frac >> BigInt(drop);
  const ah = Number(a >> 57n);
  const al = Number(a & ((1n << 57n) - 1n));
  const sc = drop - Number(sh);
  fastTwoSum(scalb(ah, sc + 57), scalb(al, sc));
  ddMul(R.hi, R.lo, PI_2_HI, PI_2_LO);
  if (neg !== sign < 0) {
    RED.hi = -R.hi;
    RED.lo = -R.lo;
  } else {
    RED.hi = R.hi;
    RED.lo = R.lo;
  }
  RED.n = neg ? (4 - n) & 3 : n;
}

/** sin(r) and cos(r) for the reduced r in RED. */
const SC = { sh: 0, sl: 0, ch: 0, cl: 0 };

function sinCosReduced(): void {
  const neg = RED.hi < 0;
  const rh = neg ? -RED.hi : RED.hi;
  const rl = neg ? -RED.lo : RED.lo;
  const j = Math.round(rh * 64);
  fastTwoSum(rh - j / 64, rl);
  const th = R.hi;
  const tl = R.lo;
  ddMul(th, tl, th, tl);
  const uh = R.hi;
  const ul = R.lo;
  // sin t = t (1 - u (1/3! - u (1/5! - u (1/7! - u (1/9! - u (1/11! - u/13!))))))
  let d = INV_FACT[26]!;
  d = INV_FACT[22]! - uh * d;
  d = INV_FACT[18]! - uh * d;
  d = INV_FACT[14]! - uh * d;
  ddMulD(uh, ul, -d);
  ddAdd(INV_FACT[10]!, INV_FACT[11]!, R.hi, R.lo);
  ddMul(uh, ul, -R.hi, -R.lo);
  ddAdd(INV_FACT[6]!, INV_FACT[7]!, R.hi, R.lo);
  ddMul(uh, ul, -R.hi, -R.lo);
  ddAddD(R.hi, R.lo, 1);
  ddMul(th, tl, R.hi, R.lo);
  let sh = R.hi;
  let sl = R.lo;
  // cos t = 1 - u (1/2! - u (1/4! - u (1/6! - u (1/8! - u (1/10! - u/12!)))))
  d = INV_FACT[24]!;
  d = INV_FACT[20]! - uh * d;
  d = INV_FACT[16]! - uh * d;
  ddMulD(uh, ul, -d);
  ddAdd(INV_FACT[12]!, INV_FACT[13]!, R.hi, R.lo);
  ddMul(uh, ul, -R.hi, -R.lo);
  ddAdd(INV_FACT[8]!, INV_FACT[9]!, R.hi, R.lo);
  ddMul(uh, ul, -R.hi, -R.lo);
  ddAdd(INV_FACT[4]!, INV_FACT[5]!, R.hi, R.lo);
  ddMul(uh, ul, -R.hi, -R.lo);
  ddAddD(R.hi, R.lo, 1);
  let ch = R.hi;
  let cl = R.lo;
  if (j !== 0) {
    const sah = SINCOS_T[4 * j]!;
    const sal = SINCOS_T[4 * j + 1]!;
    const cah = SINCOS_T[4 * j + 2]!;
    const cal = SINCOS_T[4 * j + 3]!;
    // sin(a + t) = sin a cos t + cos a sin t; cos(a + t) = cos a cos t - sin a sin t
    ddMul(sah, sal, ch, cl);
    const p1h = R.hi;
    const p1l = R.lo;
    ddMul(cah, cal, sh, sl);
    const p2h = R.hi;
    const p2l = R.lo;
    ddMul(cah, cal, ch, cl);
    const p3h = R.hi;
    const p3l = R.lo;
    ddMul(sah, sal, sh, sl);
    const p4h = R.hi;
    const p4l = R.lo;
    ddAdd(p1h, p1l, p2h, p2l);
    sh = R.hi;
    sl = R.lo;
    ddAdd(p3h, p3l, -p4h, -p4l);
    ch = R.hi;
    cl = R.lo;
  }
  SC.sh = neg ? -sh : sh;
  SC.sl = neg ? -sl : sl;
  SC.ch = ch;
  SC.cl = cl;
}

/** Phase 2 of sin. */
export function sinAccurate(x: number): number {
  if (!isFinite(x)) return NaN;
  if (Math.abs(x) < 1.4901161193847656e-8) return x; // |x| < 2^-26: sin x rounds to x
  reduce(x);
  sinCosReduced();
  switch (RED.n) {
    case 0:
      return SC.sh + SC.sl;
    case 1:
      return SC.ch + SC.cl;
    case 2:
      return -(SC.sh + SC.sl);
    default:
      return -(SC.ch + SC.cl);
  }
}

/** Phase 2 of cos. */
export function cosAccurate(x: number): number {
  if (!isFinite(x)) return NaN;
  if (Math.abs(x) < 7.450580596923828e-9) return 1; // |x| < 2^-27
  reduce(x);
  sinCosReduced();
  switch (RED.n) {
    case 0:
      return SC.ch + SC.cl;
    case 1:
      return -(SC.sh + SC.sl);
    case 2:
      return -(SC.ch + SC.cl);
    default:
      return SC.sh + SC.sl;
  }
}

/** Phase 2 of tan. */
export function tanAccurate(x: number): number {
  if (!isFinite(x)) return NaN;
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  reduce(x);
  sinCosReduced();
  if ((RED.n & 1) === 0) ddDiv(SC.sh, SC.sl, SC.ch, SC.cl);
  else ddDiv(-SC.ch, -SC.cl, SC.sh, SC.sl);
  return R.hi;
}

// ---- Fast phase (Ziv): plain doubles with a proven error bound, then a rounding test ----
//
// Reduction for |x| < 2^20: n = round(x 2/pi), x - n P0 exact (Sterbenz), n P1, n P2, n P3
// exact (30-bit pieces), x - n P0 - n P1 an exact two-sum; the rest, n (P2 + P3), and the
// renormalization round at most twice on values < 2^-53 |r| + |n| 2^-61.3, and P4 is left
// out: |r - (rh + rl)| < 2^-105 |r| + |n| 2^-113.2, with |rl| <= ulp(rh)/2. The |n| part is
// added to the bound as an absolute error (|sin'|, |cos'| <= 1); the rest is in SC_ERR.
//
// Kernels, for |r| <= pi/4 + 2^-40: a = j/256 with j = round(256 |r|), t = |r| - a = th + tl
// (th exact, |th| <= 2^-9), sin a and cos a from a table (to 2^-107), and
//   sp = th^3 (-1/6 + u/120 - u^2/5040) ~ sin th - th   (u = th^2; truncation < 2^-99),
//   cp = u (-1/2 + u/24 - u^2/720)      ~ cos th - 1    (truncation < 2^-87).
// sin(a + t) = sa + ca th + [sa cp + ca sp + sal (1 + cp) + cal th + tl (ca - sa th)], where
// ca th is split exactly and sa + ca th is an exact fast two-sum (sa >= sin(1/256) > |ca th|
// or sa = 0). Errors: cp has relative error < 3.1 * 2^-53 (|cp| < 2^-19), so sa cp is off by
// < 2^-70.4 sa; fl(sa cp) and the bracketed sum (< 2^-18.9, its large terms added last) round
// at < 3 * 2^-72 sa + 2^-81.6; sp < 2^-29.6 with relative error < 4 * 2^-53; the tl term drops
// < 2^-72 |r|. For j >= 1, sin(a + t) >= sa / 2 and >= |r| / 1.11, which gives < 2^-67.8
// relative; for j = 0 (sa = 0, ca = 1) only sp and tl remain: < 2^-71 relative.
// cos(a + t) = ca - sa th + [ca cp - sa sp + cal (1 + cp) - sal th - tl (sa + ca th)] likewise,
// with cos(a + t) >= 0.7: < 2^-68.5 relative. SC_ERR = 2^-67 covers both with the 2^-105 of
// the reduction and the roundings of the rounding test.

const SC_ERR = 2 ** -67;
const RED_N_ERR = 2 ** -112;
const S3 = -1 / 6;
const S5 = 1 / 120;
const S7 = -1 / 5040;
const K2 = -1 / 2;
const K4 = 1 / 24;
const K6 = -1 / 720;
const TWO_20 = 1048576;

/**
 * Registers (an object, whose double fields V8 stores unboxed): the fast reduction
 * x = n pi/2 + rh + rl (see above), and a kernel's result h + l, h = fl(h + l).
 */
const F = { n: 0, rh: 0, rl: 0, h: 0, l: 0 };

function reduceFast(x: number): void {
  const n = x * TWO_OVER_PI + ROUND_SHIFT - ROUND_SHIFT;
  const t0 = x - n * P0; // exact
  const u = n * P1; // exact
  const s = t0 - u;
  const bb = s - t0;
  const w = t0 - (s - bb) + (-u - bb) - (n * P2 + n * P3);
  const rh = s + w;
  const b2 = rh - s;
  F.rl = s - (rh - b2) + (w - b2);
  F.rh = rh;
  F.n = n;
}

/** h + l = sin(rh + rl), |rh + rl| <= pi/4 + 2^-40, |rl| <= ulp(rh)/2. */
function sinKernel(rh: number, rl: number): void {
  const neg = rh < 0;
  const ar = neg ? -rh : rh;
  const tl = neg ? -rl : rl;
  const j = ar * 256 + ROUND_SHIFT - ROUND_SHIFT;
  const th = ar - j / 256; // exact
  const u = th * th;
  const sp = th * u * (S3 + u * (S5 + u * S7));
  const cp = u * (K2 + u * (K4 + u * K6));
  const k = 4 * j;
  const sa = SINCOS256_T[k]!;
  const sal = SINCOS256_T[k + 1]!;
  const ca = SINCOS256_T[k + 2]!;
  const cal = SINCOS256_T[k + 3]!;
  // ca th = ph + pl exactly
  const ph = ca * th;
  let c = SPLITTER * ca;
  const a1 = c - (c - ca);
  const a2 = ca - a1;
  c = SPLITTER * th;
  const b1 = c - (c - th);
  const b2 = th - b1;
  const pl = a1 * b1 - ph + a1 * b2 + a2 * b1 + a2 * b2;
  const hi = sa + ph;
  const e1 = ph - (hi - sa);
  const lo = sa * cp + ca * sp + (e1 + pl + sal * (1 + cp) + cal * th + tl * (ca - sa * th));
  const h = hi + lo;
  const l = lo - (h - hi);
  F.h = neg ? -h : h;
  F.l = neg ? -l : l;
}

/** h + l = cos(rh + rl), as for sinKernel. */
function cosKernel(rh: number, rl: number): void {
  const neg = rh < 0;
  const ar = neg ? -rh : rh;
  const tl = neg ? -rl : rl;
  const j = ar * 256 + ROUND_SHIFT - ROUND_SHIFT;
  const th = ar - j / 256; // exact
  const u = th * th;
  const sp = th * u * (S3 + u * (S5 + u * S7));
  const cp = u * (K2 + u * (K4 + u * K6));
  const k = 4 * j;
  const sa = SINCOS256_T[k]!;
  const sal = SINCOS256_T[k + 1]!;
  const ca = SINCOS256_T[k + 2]!;
  const cal = SINCOS256_T[k + 3]!;
  // sa th = ph + pl exactly
  const ph = sa * th;
  let c = SPLITTER * sa;
  const a1 = c - (c - sa);
  const a2 = sa - a1;
  c = SPLITTER * th;
  const b1 = c - (c - th);
  const b2 = th - b1;
  const pl = a1 * b1 - ph + a1 * b2 + a2 * b1 + a2 * b2;
  const hi = ca - ph;
  const e1 = ca - hi - ph;
  const lo = ca * cp - sa * sp + (e1 - pl + cal * (1 + cp) - sal * th - tl * (sa + ca * th));
  const h = hi + lo;
  F.h = h;
  F.l = lo - (h - hi);
}

export function sin(x: number): number {
  const ax = Math.abs(x);
  if (ax < TWO_20) {
    if (ax < 1.4901161193847656e-8) return x; // |x| < 2^-26: sin x rounds to x
    reduceFast(x);
    const q = F.n & 3;
    if ((q & 1) === 0) sinKernel(F.rh, F.rl);
    else cosKernel(F.rh, F.rl);
    const h = F.h;
    const l = F.l;
    const err = SC_ERR * Math.abs(h) + RED_N_ERR * Math.abs(F.n);
    if (h + (l - err) === h + (l + err)) return q & 2 ? -h : h;
  }
  return sinAccurate(x);
}

export function cos(x: number): number {
  const ax = Math.abs(x);
  if (ax < TWO_20) {
    if (ax < 7.450580596923828e-9) return 1; // |x| < 2^-27
    reduceFast(x);
    const q = F.n & 3;
    if ((q & 1) === 0) cosKernel(F.rh, F.rl);
    else sinKernel(F.rh, F.rl);
    const h = F.h;
    const l = F.l;
    const err = SC_ERR * Math.abs(h) + RED_N_ERR * Math.abs(F.n);
    if (h + (l - err) === h + (l + err)) return q === 1 || q === 2 ? -h : h;
  }
  return cosAccurate(x);
}

// tan = sin/cos or -cos/sin: with relative errors es, ec of the two (each SC_ERR plus the
// reduction error over |sin| or |cos|), the quotient nh/dh + (remainder)/dh, the remainder
// exact up to roundings of 2^-104 |n|, is within es + ec + 2^-100 (relative).
export function tan(x: number): number {
  const ax = Math.abs(x);
  if (ax < TWO_20) {
    if (ax < 1.4901161193847656e-8) return x;
    reduceFast(x);
    const rh = F.rh;
    const rl = F.rl;
    sinKernel(rh, rl);
    const sh = F.h;
    const sl = F.l;
    cosKernel(rh, rl);
    const ch = F.h;
    const cl = F.l;
    let nh = sh;
    let nl = sl;
    let dh = ch;
    let dl = cl;
    if ((F.n & 1) !== 0) {
      nh = -ch;
      nl = -cl;
      dh = sh;
      dl = sl;
    }
    const qh = nh / dh;
    const p = qh * dh;
    let c = SPLITTER * qh;
    const q1 = c - (c - qh);
    const q2 = qh - q1;
    c = SPLITTER * dh;
    const d1 = c - (c - dh);
    const d2 = dh - d1;
    const pe = q1 * d1 - p + q1 * d2 + q2 * d1 + q2 * d2;
    const ql = (nh - p - pe + nl - qh * dl) / dh;
    const h = qh + ql;
    const l = ql - (h - qh);
    const dr = RED_N_ERR * Math.abs(F.n);
    const err = (2 * SC_ERR + 2 ** -100 + dr * (1 / Math.abs(sh) + 1 / Math.abs(ch))) * 1.001 * Math.abs(h);
    if (h + (l - err) === h + (l + err)) return h;
  }
  return tanAccurate(x);
}
