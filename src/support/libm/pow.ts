// pow(x, y) with C99 Annex F special cases, correctly rounded otherwise.
//
// |x|^y = exp(y ln|x|) with ln|x| in double-double (relative error ~2^-102), so the exponent
// y ln|x| (|.| < 1500 when the result is finite) carries an absolute error below 2^-90.
// Exact results that fall on a midpoint between doubles (3^34, (2^27-1)^2, 5^23, ...) are
// not rounded to even by glibc either (its choice follows its own approximation error), so
// they are left to the double-double result and listed as known mismatches where they differ.

import { POW2, R, SPLITTER, ddMulD, roundScaled } from "./dd.js";
import { EF, EXP, EXP_FAST_ERR, expCore, expFast } from "./exp.js";
import { LF, logCore, logFast } from "./log.js";

/** 0: not an integer, 1: odd integer, 2: even integer. */
function intKind(y: number): number {
  if (Math.floor(y) !== y || !isFinite(y)) return 0;
  if (Math.abs(y) >= 9007199254740992) return 2;
  return y % 2 === 0 ? 2 : 1;
}

/** Phase 2 of pow (and all its special cases). */
export function powAccurate(x: number, y: number): number {
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

// Fast phase (Ziv). For normal |x| != 1, finite y other than the directly handled values and
// a result in the normal range: z = y ln|x| = zh + zl from logFast (absolute error LF.err)
// with y lh split exactly; the error of z is below |y| LF.err + 2^-100 |z| (y ll and the sum
// round at 2^-104 |z|, or underflow far below that). exp(z + d) = exp(z)(1 + d + d^2/2 ...),
// so the result is within (EXP_FAST_ERR + 1.001 |d|) of relative error; |zh| < 708 keeps it
// normal (e^-708 > 2^-1022), so scaling by 2^k is exact.
const MIN_NORMAL = 2.2250738585072014e-308;

export function pow(x: number, y: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (
    ax >= MIN_NORMAL &&
    ax < Infinity &&
    ax !== 1 &&
    ay < Infinity &&
    y !== 0 &&
    y !== 2 &&
    y !== 0.5 &&
    y !== -1 &&
    y !== 1
  ) {
    let neg = false;
    if (x < 0) {
      const kind = intKind(y);
      if (kind === 0) return NaN;
      neg = kind === 1;
    }
    logFast(ax);
    const lh = LF.hi;
    const zh = y * lh;
    if (zh > -708 && zh < 708) {
      // y lh = zh + ze exactly (|y| < 2^942 here, since |lh| >= 2^-53)
      let c = SPLITTER * y;
      const y1 = c - (c - y);
      const y2 = y - y1;
      c = SPLITTER * lh;
      const l1 = c - (c - lh);
      const l2 = lh - l1;
      const ze = y1 * l1 - zh + y1 * l2 + y2 * l1 + y2 * l2;
      const zl = ze + y * LF.lo;
      const z = zh + zl;
      expFast(z, zl - (z - zh));
      const h = EF.hi;
      const l = EF.lo;
      const err = (EXP_FAST_ERR + 1.001 * (ay * LF.err + 2 ** -100 * Math.abs(zh))) * h;
      if (h + (l - err) === h + (l + err)) {
        const r = h * POW2[EF.k + 1074]!;
        return neg ? -r : r;
      }
    }
  }
  return powAccurate(x, y);
}
