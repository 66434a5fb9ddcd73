// sinh, cosh, tanh, asinh, acosh, atanh and cbrt (glibc's algorithm, below).
//
// glibc 2.36 computes the hyperbolic functions with the classic fdlibm formulas on top of
// its expm1, exp, log1p and log, and those formulas (not a correctly rounded result) decide
// the last bit. We evaluate the same published formulas in the same order; V8's
// Math.expm1 and Math.log1p are fdlibm's algorithms and agree with glibc's on nearly all
// inputs, and exp/log are our correctly rounded ones (glibc's are within 0.1% of those).

import { exp } from "./exp.js";
import { log } from "./log.js";
import { frexp, ldexp } from "./misc.js";

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

// 2^(k/3) for k = -2..2, the factor that restores the exponent's remainder mod 3.
const CBRT2 = 1.2599210498948732;
const SQR_CBRT2 = 1.5874010519681996;
const CBRT_FACTOR = [1 / SQR_CBRT2, 1 / CBRT2, 1, CBRT2, SQR_CBRT2];

/** Cube root as glibc 2.36 computes it (CPython's math.cbrt calls it): not correctly
 * rounded (cbrt(27) is 3.0000000000000004), so its algorithm is followed step for step:
 * x = m 2^e with m in [0.5, 1), a degree-6 polynomial guess u for cbrt(m), one Halley step
 * u (u^3 + 2m) / (2u^3 + m), then the factor 2^((e mod 3)/3) and 2^(e div 3), both with
 * C's truncating division. */
export function cbrt(x: number): number {
  if (x === 0 || !isFinite(x)) return x + x;
  const [xm, xe] = frexp(Math.abs(x));
  const u =
    0.35489576504391984 +
    (1.508191937815849 +
      (-2.114994941673713 +
        (2.4469312256353444 +
          (-1.8346927748361308 + (0.7849323449766392 - 0.14526389938548637 * xm) * xm) * xm) *
          xm) *
        xm) *
      xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2 * xm)) / (2 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)]!;
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}
