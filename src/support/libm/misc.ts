// The float functions CPython's math module computes itself or that are exact in C
// (fmod, nextafter, ldexp, frexp, modf, copysign, trunc/floor/ceil, sqrt): exact results,
// so any exact algorithm agrees. hypot/dist/fsum are CPython's own algorithms in
// Modules/mathmodule.c; hypot and dist here are correctly rounded (CPython 3.11's
// vector_norm is correctly rounded in nearly all cases) and fsum is exact-then-rounded as
// CPython's (Shewchuk's) is.

import { R, ddAdd, ddSqrt, highWord, ilogb, nextDown, nextUp, roundScaled, scalb, twoProd } from "./dd.js";

export const sqrt = Math.sqrt;
export const trunc = Math.trunc;
export const floor = Math.floor;
export const ceil = Math.ceil;

/** C fmod: exact; JavaScript's % on numbers is the same operation. */
export function fmod(x: number, y: number): number {
  return x % y;
}

export function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (y !== y && highWord(y) >>> 31 === 1);
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

/** IEEE 754 remainder: x - n y with n the nearest integer to x/y (ties to even). */
export function remainder(x: number, y: number): number {
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity || y === 0) return NaN;
  if (y === Infinity || y === -Infinity) return x;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const m = ax % ay;
  const c = ay - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2 * ((0.5 * (ax - m)) % ay); // halfway: pick the even multiple
  return x < 0 || Object.is(x, -0) ? -r : r;
}

export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  return y > x ? nextUp(x) : nextDown(x);
}

export function ulp(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax === Infinity) return ax;
  const up = nextUp(ax);
  if (up === Infinity) return ax - nextDown(ax);
  return up - ax;
}

/** x * 2^i, rounded once (also into the subnormal range). */
export function ldexp(x: number, i: number): number {
  if (x === 0 || !isFinite(x)) return x;
  if (i > 2200) i = 2200;
  else if (i < -2200) i = -2200;
  return roundScaled(x, 0, i);
}

/** [m, e] with x = m 2^e, 0.5 <= |m| < 1 (m = x for 0, inf, nan, e = 0). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !isFinite(x)) return [x, 0];
  const e = ilogb(x) + 1;
  return [scalb(x, -e), e];
}

/** [fractional part, integral part], both with the sign of x. */
export function modf(x: number): [number, number] {
  if (x === Infinity || x === -Infinity) return [x > 0 ? 0 : -0, x];
  if (x !== x) return [x, x];
  const ip = Math.trunc(x);
  const fp = x - ip;
  return [fp === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : fp, ip];
}

/** Correctly rounded sqrt(sum of squares), the way hypot/dist see their coordinates. */
export function vectorNorm(v: ArrayLike<number>): number {
  let max = 0;
  let nan = false;
  for (let i = 0; i < v.length; i++) {
    const a = Math.abs(v[i]!);
    if (a === Infinity) return Infinity;
    if (a !== a) nan = true;
    else if (a > max) max = a;
  }
  if (nan) return NaN;
  if (max === 0) return 0;
  if (v.length === 1) return max;
  const k = ilogb(max);
  let sh = 0;
  let sl = 0;
  for (let i = 0; i < v.length; i++) {
    const a = scalb(Math.abs(v[i]!), -k); // exact unless tiny beside max
    twoProd(a, a);
    ddAdd(sh, sl, R.hi, R.lo);
    sh = R.hi;
    sl = R.lo;
  }
  ddSqrt(sh, sl);
  return roundScaled(R.hi, R.lo, k);
}

export function hypot(...coords: number[]): number {
  return vectorNorm(coords);
}

export function dist(p: ArrayLike<number>, q: ArrayLike<number>): number {
  const d = new Array<number>(p.length);
  for (let i = 0; i < p.length; i++) d[i] = p[i]! - q[i]!;
  return vectorNorm(d);
}

/**
 * Exactly rounded sum (CPython's math.fsum): exact partial sums (Shewchuk), then one
 * rounding with correct half-way handling. Returns NaN for inf + -inf; an intermediate
 * overflow gives Infinity (CPython raises OverflowError there).
 */
export function fsum(values: ArrayLike<number>): number {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (let i = 0; i < values.length; i++) {
    let x = values[i]!;
    if (!isFinite(x)) {
      special += x;
      infSum += x;
      continue;
    }
    let n = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[n++] = lo;
      x = hi;
    }
    partials.length = n;
    partials.push(x);
  }
  if (special !== 0 || infSum !== infSum) return special;
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round half to even correctly when the rest of the partials push past a tie.
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}
