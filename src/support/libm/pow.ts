// pow(x, y) with C99 Annex F special cases, correctly rounded otherwise.
//
// |x|^y = exp(y ln|x|) with ln|x| in double-double (relative error ~2^-102), so the exponent
// y ln|x| (|.| < 1500 when the result is finite) carries an absolute error below 2^-90.
// Exact results that fall on a midpoint between doubles (3^34, (2^27-1)^2, 5^23, ...) are
// not rounded to even by glibc either (its choice follows its own approximation error), so
// they are left to the double-double result and listed as known mismatches where they differ.

import { R, ddMulD, roundScaled } from "./dd.js";
import { EXP, expCore } from "./exp.js";
import { logCore } from "./log.js";

/** 0: not an integer, 1: odd integer, 2: even integer. */
function intKind(y: number): number {
  if (Math.floor(y) !== y || !isFinite(y)) return 0;
  if (Math.abs(y) >= 9007199254740992) return 2;
  return y % 2 === 0 ? 2 : 1;
}

export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  const ax = Math.abs(x);
  if (y === Infinity || y === -Infinity) {
    if (ax === 1) return 1;
    return ax < 1 === y > 0 ? 0 : Infinity;
  }
  const kind = x < 0 || Object.is(x, -0) ? intKind(y) : 2;
  const neg = kind === 1;
  if (x === 0) {
    if (y < 0) return neg ? 1 / x : Infinity;
    return neg ? x : 0;
  }
  if (ax === Infinity) {
    if (x > 0) return y > 0 ? Infinity : 0;
    if (y > 0) return neg ? -Infinity : Infinity;
    return neg ? -0 : 0;
  }
  if (x < 0 && kind === 0) return NaN;
  // Cases with an exactly rounded direct formula (and the hardest case, sqrt(DBL_MAX)).
  if (y === 2) return x * x;
  if (y === 0.5) return Math.sqrt(ax);
  if (y === -1) return 1 / x;
  if (y === 1) return x;
  logCore(ax, 0);
  const lh = R.hi;
  const ll = R.lo;
  const approx = lh * y;
  if (lh === 0) return neg ? -1 : 1;
  if (approx > 1500 || approx < -1500) {
    const r = approx > 0 ? Infinity : 0;
    return neg ? -r : r;
  }
  ddMulD(lh, ll, y);
  expCore(R.hi, R.lo);
  const r = roundScaled(EXP.hi, EXP.lo, EXP.k);
  return neg ? -r : r;
}
