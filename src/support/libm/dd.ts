// Double-double arithmetic and exact rounding helpers for the correctly rounded libm.
//
// A double-double (dd) is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2, giving about
// 106 bits. The functions here return their pair through the module-level register `R`
// (no allocation); callers copy `R.hi`/`R.lo` into locals before the next call.
//
// Every libm function computes its result as a dd with relative error far below 2^-53
// (typically < 2^-100), so rounding hi + lo once gives the correctly rounded double except
// on inputs whose exact result lies within that error of a rounding boundary.

/** Result register for dd operations. */
export const R = { hi: 0, lo: 0 };

export const SPLITTER = 134217729; // 2^27 + 1 (Veltkamp)

/** R = a + b exactly. */
export function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  R.hi = s;
  R.lo = a - (s - bb) + (b - bb);
}

/** R = a + b exactly, given |a| >= |b| (or a == 0). */
export function fastTwoSum(a: number, b: number): void {
  const s = a + b;
  R.hi = s;
  R.lo = b - (s - a);
}

/** R = a * b exactly (for |a|, |b| < 2^995 and no underflow of the error term). */
export function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  R.hi = p;
  R.lo = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** R = (ah + al) + (bh + bl). */
export function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  let s = ah + bh;
  let bb = s - ah;
  let e = ah - (s - bb) + (bh - bb);
  const t = al + bl;
  bb = t - al;
  const f = al - (t - bb) + (bl - bb);
  e += t;
  let h = s + e;
  e = e - (h - s);
  s = h;
  e += f;
  h = s + e;
  R.hi = h;
  R.lo = e - (h - s);
}

/** R = (ah + al) + b. */
export function ddAddD(ah: number, al: number, b: number): void {
  const s = ah + b;
  const bb = s - ah;
  let e = ah - (s - bb) + (b - bb);
  e += al;
  const h = s + e;
  R.hi = h;
  R.lo = e - (h - s);
}

/** R = (ah + al) * (bh + bl). */
export function ddMul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  let t = SPLITTER * ah;
  const a1 = t - (t - ah);
  const a2 = ah - a1;
  t = SPLITTER * bh;
  const b1 = t - (t - bh);
  const b2 = bh - b1;
  let e = a1 * b1 - p + a1 * b2 + a2 * b1 + a2 * b2;
  e += ah * bl + al * bh;
  const h = p + e;
  R.hi = h;
  R.lo = e - (h - p);
}

/** R = (ah + al) * b. */
export function ddMulD(ah: number, al: number, b: number): void {
  const p = ah * b;
  let t = SPLITTER * ah;
  const a1 = t - (t - ah);
  const a2 = ah - a1;
  t = SPLITTER * b;
  const b1 = t - (t - b);
  const b2 = b - b1;
  let e = a1 * b1 - p + a1 * b2 + a2 * b1 + a2 * b2;
  e += al * b;
  const h = p + e;
  R.hi = h;
  R.lo = e - (h - p);
}

/** R = (ah + al) / (bh + bl). */
export function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -R.hi, -R.lo);
  const rh = R.hi;
  const rl = R.lo;
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -R.hi, -R.lo);
  const q3 = R.hi / bh;
  fastTwoSum(q1, q2);
  ddAddD(R.hi, R.lo, q3);
}

/** R = sqrt(ah + al), ah > 0. */
export function ddSqrt(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  twoProd(s, s);
  const d = ah - R.hi - R.lo + al;
  const c = d / (2 * s);
  fastTwoSum(s, c);
}

// ---- bit access ----

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI_WORD = LITTLE ? 1 : 0;
const LO_WORD = LITTLE ? 0 : 1;

/** High 32 bits of the IEEE representation of x. */
export function highWord(x: number): number {
  F64[0] = x;
  return U32[HI_WORD] as number;
}

/** Low 32 bits of the IEEE representation of x. */
export function lowWord(x: number): number {
  F64[0] = x;
  return U32[LO_WORD] as number;
}

/** The double with the given high and low words. */
export function fromWords(hi: number, lo: number): number {
  U32[HI_WORD] = hi >>> 0;
  U32[LO_WORD] = lo >>> 0;
  return F64[0] as number;
}

/** 2^k for integer k in [-1074, 1023]. */
export function pow2(k: number): number {
  if (k >= -1022) return fromWords((k + 1023) << 20, 0);
  const s = k + 1074; // subnormal: bit s of the 52-bit fraction
  return s >= 32 ? fromWords(1 << (s - 32), 0) : fromWords(0, 2 ** s);
}

/** x * 2^k, exact unless the result overflows or is subnormal (then rounded once). */
export function scalb(x: number, k: number): number {
  if (k > 1023) {
    x *= 8.98846567431158e307; // 2^1023
    k -= 1023;
    if (k > 1023) {
      x *= 8.98846567431158e307;
      k -= 1023;
      if (k > 1023) k = 1023;
    }
  } else if (k < -1022) {
    x *= 2.004168360008973e-292; // 2^-969 (2^-1022 * 2^53)
    k += 969;
    if (k < -1022) {
      x *= 2.004168360008973e-292;
      k += 969;
      if (k < -1022) k = -1022;
    }
  }
  return x * pow2(k);
}

/** Unbiased exponent e of finite nonzero x, with 2^e <= |x| < 2^(e+1). */
export function ilogb(x: number): number {
  const e = (highWord(x) >>> 20) & 0x7ff;
  if (e !== 0) return e - 1023;
  return ilogb(x * 18014398509481984) - 54; // 2^54
}

/**
 * Correctly rounded (hi + lo) * 2^k, where hi = fl(hi + lo).
 * Handles overflow to infinity and rounding into the subnormal range (the one place where
 * scaling hi alone would round twice).
 */
export function roundScaled(hi: number, lo: number, k: number): number {
  if (hi === 0) return hi;
  const e = ilogb(hi) + k;
  if (e >= -1022) return scalb(hi, k);
  if (e < -1076) {
    // Below half the smallest subnormal: rounds to zero (the exact value is nonzero, so
    // never a tie that goes up unless it equals 2^-1075 exactly, which hi + lo can't be here).
    return hi > 0 ? 0 : -0;
  }
  // Result is subnormal: round (hi + lo) * 2^(k + 1074) to an integer, ties to even.
  // h is exact (still a normal number >= 2^-3); only the sign of l matters at a tie, since
  // |l| <= ulp(h)/2 cannot move a fraction that differs from 1/2.
  const neg = hi < 0;
  const h = scalb(neg ? -hi : hi, k + 1074);
  const l = scalb(neg ? -lo : lo, k + 1074);
  const f = Math.floor(h);
  const frac = h - f;
  const up = frac > 0.5 || (frac === 0.5 && (l > 0 || (l === 0 && f % 2 === 1)));
  const r = (up ? f + 1 : f) * 4.9406564584124654e-324;
  return neg ? -r : r;
}

/** Next double above x toward +inf (x finite or -inf). */
export function nextUp(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 0) return 4.9406564584124654e-324;
  F64[0] = x;
  let lo = U32[LO_WORD] as number;
  let hi = U32[HI_WORD] as number;
  if (x > 0) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi++;
  } else {
    if (lo === 0) hi--;
    lo = (lo - 1) >>> 0;
  }
  return fromWords(hi, lo);
}

/** Next double below x toward -inf. */
export function nextDown(x: number): number {
  return -nextUp(-x);
}

/**
 * (v + ROUND_SHIFT) - ROUND_SHIFT is v rounded to an integer (ties to even) for |v| < 2^51:
 * two additions, where Math.round is a slow path on some machines.
 */
export const ROUND_SHIFT = 6755399441055744; // 1.5 * 2^52

/** POW2[k + 1074] = 2^k for k = -1074..1023 (exact scale factors for the fast phases). */
export const POW2 = new Float64Array(2098);
for (let k = -1074; k <= 1023; k++) POW2[k + 1074] = pow2(k);
