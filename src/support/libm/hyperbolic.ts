// sinh, cosh, tanh, asinh, acosh, atanh and cbrt.
//
// glibc 2.36 computes the hyperbolic functions with the classic fdlibm formulas on top of
// its expm1, exp, log1p and log, and those formulas (not a correctly rounded result) decide
// the last bit. We evaluate the same published formulas in the same order; V8's
// Math.expm1 and Math.log1p are fdlibm's algorithms and agree with glibc's on nearly all
// inputs, and exp/log are our correctly rounded ones (glibc's are within 0.1% of those).

import { R, ddMulD, fastTwoSum, twoProd } from "./dd.js";
import { exp } from "./exp.js";
import { log } from "./log.js";

const LN2 = 0.6931471805599453;
const expm1 = Math.expm1;
const log1p = Math.log1p;

export function sinh(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 22)) {
    if (ax !== ax) return x;
    if (ax < 709.782712893384) return x < 0 ? -0.5 * exp(ax) : 0.5 * exp(ax);
    if (ax > 710.4758600739439) return x * Infinity;
    const w = exp(0.5 * ax);
    const t = 0.5 * w * w;
    return x < 0 ? -t : t;
  }
  if (ax < 3.725290298461914e-9) return x; // 2^-28
  const t = expm1(ax);
  const h = x < 0 ? -0.5 : 0.5;
  if (ax < 1) return h * (2 * t - (t * t) / (t + 1));
  return h * (t + t / (t + 1));
}

export function cosh(x: number): number {
  const ax = Math.abs(x);
  if (ax !== ax) return ax;
  if (ax < 0.34657359027997264) {
    // 0.5 ln2
    if (ax < 2.7755575615628914e-17) return 1; // 2^-55
    const t = expm1(ax);
    const w = 1 + t;
    return 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < 709.782712893384) return 0.5 * exp(ax);
  if (ax > 710.4758600739439) return Infinity;
  const w = exp(0.5 * ax);
  const t = 0.5 * w;
  return t * w;
}

export function tanh(x: number): number {
  const ax = Math.abs(x);
  if (ax !== ax) return x;
  let z: number;
  if (ax < 22) {
    if (ax < 2.7755575615628914e-17) return x * (1 + x); // 2^-55
    if (ax >= 1) {
      const t = expm1(2 * ax);
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else z = 1;
  return x < 0 ? -z : z;
}

export function asinh(x: number): number {
  const ax = Math.abs(x);
  if (!(ax < 268435456)) {
    // 2^28
    if (ax !== ax || ax === Infinity) return x;
    const w = log(ax) + LN2;
    return x < 0 ? -w : w;
  }
  if (ax < 3.725290298461914e-9) return x;
  let w: number;
  if (ax > 2) w = log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

export function acosh(x: number): number {
  if (!(x >= 1)) return NaN;
  if (x >= 268435456) return x === Infinity ? x : log(x) + LN2;
  if (x === 1) return 0;
  if (x > 2) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}

export function atanh(x: number): number {
  const ax = Math.abs(x);
  if (!(ax <= 1)) return NaN;
  if (ax === 1) return x / 0;
  if (ax < 3.725290298461914e-9) return x;
  let t: number;
  if (ax < 0.5) {
    t = ax + ax;
    t = 0.5 * log1p(t + (t * ax) / (1 - ax));
  } else t = 0.5 * log1p((ax + ax) / (1 - ax));
  return x < 0 ? -t : t;
}

/** Correctly rounded cube root: one Newton step in double-double on Math.cbrt. */
export function cbrt(x: number): number {
  if (x === 0 || !isFinite(x)) return x;
  const ax = Math.abs(x);
  // keep y^3 and its error terms normal
  const scale = ax < 1e-290 ? 300 : ax > 1e290 ? -300 : 0;
  const a = ax * 2 ** scale;
  const y = Math.cbrt(a);
  twoProd(y, y);
  ddMulD(R.hi, R.lo, y);
  const d = (a - R.hi - R.lo) / (3 * y * y);
  fastTwoSum(y, d);
  const r = R.hi * 2 ** (-scale / 3);
  return x < 0 ? -r : r;
}
