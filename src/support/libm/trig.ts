// sin, cos, tan: correctly rounded (see dd.ts).
//
// Argument reduction to r = x - n pi/2 in double-double: Cody-Waite with pi/2 in five
// pieces (the first four with 30 bits, so n * piece is exact) for |x| < 2^20, and exact
// Payne-Hanek with BigInt and 1280 bits of 2/pi above that. Then r = j/64 + t with sin and
// cos of j/64 from a table and Taylor series for t (|t| <= 1/128).

import { R, ddAdd, ddAddD, ddDiv, ddMul, ddMulD, fastTwoSum, ilogb, scalb, twoSum } from "./dd.js";
import {
  INV_FACT,
  PI_2_HI,
  PI_2_LO,
  PIO2_PARTS,
  SINCOS_T,
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

export function sin(x: number): number {
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

export function cos(x: number): number {
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

export function tan(x: number): number {
  if (!isFinite(x)) return NaN;
  if (Math.abs(x) < 1.4901161193847656e-8) return x;
  reduce(x);
  sinCosReduced();
  if ((RED.n & 1) === 0) ddDiv(SC.sh, SC.sl, SC.ch, SC.cl);
  else ddDiv(-SC.ch, -SC.cl, SC.sh, SC.sl);
  return R.hi;
}
