// Square root, exp, ln, log10 and non-integral power, correctly rounded as libmpdec's are.
// exp/ln/log10/sqrt always round half-even (libmpdec ignores the context's rounding for
// them); power uses the context's. The transcendental functions evaluate in BigInt fixed
// point with guard digits and an error bound, and accept the result only when every value
// within the bound rounds the same way (Ziv's strategy), retrying with more digits
// otherwise: the results are never exact, so some precision always decides.

import { div, mul } from "./arith.js";
import {
  type Ctx,
  Dec,
  finalize,
  inf,
  invalid,
  Kind,
  nanOperands,
  numDigits,
  pow10,
  reduceTo,
  abs,
  etiny,
  zero,
  Inexact,
  Rounded,
  Clamped,
  DIGIT_LIMIT,
  TooManyDigits,
} from "./number.js";

function halfEven(ctx: Ctx): Ctx {
  return { ...ctx, rounding: "ROUND_HALF_EVEN", status: 0 };
}

/** The integer square root (floor). */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's iteration from above: a float estimate, or a power of two above the root.
  const x0 =
    n < 1n << 100n
      ? BigInt(Math.floor(Math.sqrt(Number(n)))) + 1n
      : 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  let x = x0;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** The result when the true value lies strictly inside (A - E, A + E) × 10^exp and is not a
 * representable boundary; null when that interval straddles a rounding boundary. `force`
 * (after many rounds: the value sits on a boundary, as an exact power does) rounds A to
 * nearest, as libmpdec's almost-correctly-rounded power then lands on the boundary. */
function roundInterval(sign: number, A: bigint, E: bigint, exp: number, ctx: Ctx, force = false): Dec | null {
  const lo = A - E,
    hi = A + E;
  if (force) {
    const c0: Ctx = { ...ctx, rounding: "ROUND_HALF_EVEN", status: 0 };
    const r = finalize(sign, A, exp, c0);
    ctx.status |= c0.status | Inexact | Rounded;
    return r;
  }
  if (lo <= 0n) return null;
  const c1: Ctx = { ...ctx, status: 0 };
  const r1 = finalize(sign, lo * 10n + 1n, exp - 1, c1);
  const c2: Ctx = { ...ctx, status: 0 };
  const r2 = finalize(sign, hi * 10n - 1n, exp - 1, c2);
  if (r1.kind !== r2.kind || r1.coeff !== r2.coeff || r1.exp !== r2.exp) return null;
  ctx.status |= c1.status;
  return r1;
}

const MAX_ROUNDS = 5;

// ---- constants in fixed point ----

/** atanh(1/k) × 10^w, truncated (error below a few units). */
function atanhInv(k: bigint, w: number): bigint {
  const S = pow10(w);
  const k2 = k * k;
  let term = S / k;
  let sum = 0n;
  for (let i = 1n; term !== 0n; i += 2n) {
    sum += term / i;
    term /= k2;
  }
  return sum;
}

let ln2Cache: { w: number; v: bigint } = { w: 0, v: 0n };
let ln10Cache: { w: number; v: bigint } = { w: 0, v: 0n };

function ln2(w: number): bigint {
  if (ln2Cache.w < w) {
    const ww = w + 10;
    ln2Cache = { w: ww, v: (2n * atanhInv(3n, ww + 5)) / pow10(5) };
  }
  return ln2Cache.v / pow10(ln2Cache.w - w);
}

function ln10(w: number): bigint {
  if (ln10Cache.w < w) {
    const ww = w + 10;
    const v = 3n * ln2(ww + 5) + 2n * atanhInv(9n, ww + 5);
    ln10Cache = { w: ww, v: v / pow10(5) };
  }
  return ln10Cache.v / pow10(ln10Cache.w - w);
}

// ---- exp ----

/** exp(r) × 10^w for r = R / 10^w with |r| < 3, error a few units. */
function expFixed(R: bigint, w: number): bigint {
  const k = 10;
  const g = w + 8;
  const S = pow10(g);
  const r = (R * pow10(8)) >> BigInt(k);
  let sum = S;
  let term = S;
  for (let i = 1n; term !== 0n; i++) {
    term = (term * r) / S / i;
    sum += term;
  }
  for (let i = 0; i < k; i++) sum = (sum * sum) / S;
  return sum / pow10(8);
}

/** Decimal value a (finite) × 10^w as an integer (truncated toward zero). */
function toFixed(a: Dec, w: number): bigint {
  const e = a.exp + w;
  const c = e >= 0 ? a.coeff * pow10(e) : a.coeff / pow10(-e);
  return a.sign ? -c : c;
}

export function exp(a: Dec, ctx: Ctx): Dec {
  if (ctx.prec > DIGIT_LIMIT) throw new TooManyDigits();
  if (a.isSpecial) {
    const n = nanOperands(ctx, a);
    if (n) return n;
    return a.sign ? zero(0, 0) : inf(0);
  }
  if (a.coeff === 0n) return finalize(0, 1n, 0, ctx);
  const rc = halfEven(ctx);
  const approx = Number(a.coeff.toString().slice(0, 17)) * 10 ** (a.adjusted - Math.min(16, a.digits - 1));
  const limit = (Math.max(ctx.emax, -etiny(ctx)) + 3) * 2.31;
  if (approx > limit || a.adjusted > 17) {
    const r = a.sign ? finalize(0, 1n, etiny(ctx) - 5, rc) : finalize(0, 1n, ctx.emax + 5, rc);
    ctx.status |= rc.status;
    return r;
  }
  let g = 12;
  for (let round = 0; ; round++) {
    const nDigits = Math.max(1, a.adjusted + 1);
    const w = ctx.prec + g + nDigits;
    const X = toFixed(a, w);
    const L = ln10(w);
    let n = X / L;
    if (X < 0n && n * L !== X) n -= 1n;
    const R = X - n * L;
    const A = expFixed(R, w);
    const r = roundInterval(0, A, 1000n, Number(n) - w, rc, round === MAX_ROUNDS);
    if (r) {
      ctx.status |= rc.status | Inexact | Rounded;
      return r;
    }
    g *= 2;
  }
}

// ---- ln and log10 ----

/** ln(a) × 10^w for finite positive a, error a few units. */
function lnFixed(a: Dec, w: number): bigint {
  const d = a.digits;
  const t = a.adjusted;
  const base = pow10(d - 1);
  const m = Number(a.coeff.toString().slice(0, 3)) / 100;
  let j = 0;
  while (m / 2 ** j >= 1.5) j++;
  const D = base << BigInt(j);
  const g = w + 6;
  const S = pow10(g);
  const Z = ((a.coeff - D) * S) / (a.coeff + D);
  // atanh(z) = z + z^3/3 + ...
  const Z2 = (Z * Z) / S;
  let term = Z;
  let sum = 0n;
  for (let i = 1n; term !== 0n; i += 2n) {
    sum += term / i;
    term = (term * Z2) / S;
  }
  const lnm = 2n * sum + BigInt(j) * ln2(g);
  return (lnm + BigInt(t) * ln10(g)) / pow10(6);
}

/** Extra working digits for ln of a number near 1, whose logarithm is small. */
function nearOneDigits(a: Dec): number {
  if (a.adjusted !== 0 && a.adjusted !== -1) return 0;
  const diff = a.coeff - pow10(-a.exp);
  if (diff === 0n) return 0;
  const adj = a.exp + numDigits(abs(diff)) - 1;
  return Math.max(0, -adj);
}

function logSpecial(a: Dec, ctx: Ctx): Dec | null {
  if (a.isNaN) return nanOperands(ctx, a);
  if (a.sign && !a.isZero) return invalid(ctx);
  if (a.isInf) return inf(0);
  if (a.isZero) return inf(1);
  return null;
}

export function ln(a: Dec, ctx: Ctx): Dec {
  if (ctx.prec > DIGIT_LIMIT) throw new TooManyDigits();
  const s = logSpecial(a, ctx);
  if (s) return s;
  if (a.coeff === pow10(-a.exp) || (a.exp === 0 && a.coeff === 1n)) return zero(0, 0);
  const rc = halfEven(ctx);
  let g = 12 + nearOneDigits(a);
  for (let round = 0; ; round++) {
    const w = ctx.prec + g;
    const A = lnFixed(a, w);
    const r = roundInterval(A < 0n ? 1 : 0, abs(A), 100n, -w, rc, round === MAX_ROUNDS);
    if (r) {
      ctx.status |= rc.status | Inexact | Rounded;
      return r;
    }
    g *= 2;
  }
}

export function log10(a: Dec, ctx: Ctx): Dec {
  if (ctx.prec > DIGIT_LIMIT) throw new TooManyDigits();
  const s = logSpecial(a, ctx);
  if (s) return s;
  const [c] = reduceTo(a.coeff, a.exp, Infinity);
  if (c === 1n) {
    const t = a.adjusted;
    return finalize(t < 0 ? 1 : 0, BigInt(Math.abs(t)), 0, halfEvenInto(ctx));
  }
  const rc = halfEven(ctx);
  let g = 12 + nearOneDigits(a);
  for (let round = 0; ; round++) {
    const w = ctx.prec + g;
    const A = (lnFixed(a, w + 4) * pow10(w)) / ln10(w + 4);
    const r = roundInterval(A < 0n ? 1 : 0, abs(A), 100n, -w, rc, round === MAX_ROUNDS);
    if (r) {
      ctx.status |= rc.status | Inexact | Rounded;
      return r;
    }
    g *= 2;
  }
}

/** The context with half-even rounding, sharing the caller's status. */
function halfEvenInto(ctx: Ctx): Ctx {
  const self: Ctx = {
    ...ctx,
    rounding: "ROUND_HALF_EVEN",
    get status() {
      return ctx.status;
    },
    set status(v: number) {
      ctx.status = v;
    },
  };
  return self;
}

// ---- sqrt ----

export function sqrt(a: Dec, ctx: Ctx): Dec {
  if (a.isSpecial) {
    const n = nanOperands(ctx, a);
    if (n) return n;
    return a.sign ? invalid(ctx) : a;
  }
  const ideal = Math.floor(a.exp / 2);
  if (a.coeff === 0n) return finalize(a.sign, 0n, ideal, halfEvenInto(ctx));
  if (a.sign) return invalid(ctx);
  let c = a.coeff,
    e = a.exp;
  if (e % 2 !== 0) {
    c *= 10n;
    e -= 1;
  }
  let k = Math.max(0, Math.ceil((2 * (ctx.prec + 2) - numDigits(c)) / 2));
  if (k > DIGIT_LIMIT) {
    // Only an exact root can be built at a huge precision.
    const root = isqrt(c);
    if (root * root !== c) throw new TooManyDigits();
    k = 0;
  }
  c *= pow10(2 * k);
  e -= 2 * k;
  let r = isqrt(c);
  let exp = e / 2;
  if (r * r === c) [r, exp] = reduceTo(r, exp, ideal);
  else {
    r = r * 10n + 1n;
    exp -= 1;
  }
  return finalize(0, r, exp, halfEvenInto(ctx));
}

// ---- power ----

function isIntegral(d: Dec): boolean {
  if (d.kind !== Kind.Finite) return false;
  if (d.exp >= 0 || d.coeff === 0n) return true;
  return d.coeff % pow10(-d.exp) === 0n;
}

function integerValue(d: Dec): bigint {
  const v = d.exp >= 0 ? d.coeff * pow10(d.exp) : d.coeff / pow10(-d.exp);
  return d.sign ? -v : v;
}

export function power(a: Dec, b: Dec, ctx: Ctx): Dec {
  const n = nanOperands(ctx, a, b);
  if (n) return n;
  const bInt = isIntegral(b);
  const oddInt = bInt && b.exp <= 0 ? (integerValue(b) & 1n) === 1n : false;
  if (b.isZero) {
    if (a.isZero) return invalid(ctx);
    return finalize(0, 1n, 0, ctx);
  }
  if (a.sign && !a.isZero && !bInt) return invalid(ctx);
  const sign = a.sign && oddInt ? 1 : 0;
  if (a.isInf) return b.sign ? zero(sign, 0) : inf(sign);
  if (b.isInf) {
    if (a.isZero) return b.sign ? inf(0) : zero(0, 0);
    const c = cmpOne(a);
    if (c === 0) {
      ctx.status |= Inexact | Rounded;
      return finalize(0, pow10(ctx.prec - 1), 1 - ctx.prec, ctx);
    }
    return c < 0 === (b.sign === 1) ? inf(0) : zero(0, 0);
  }
  if (a.isZero) return b.sign ? inf(sign) : zero(sign, 0);
  const x = new Dec(0, a.coeff, a.exp);
  if (cmpOne(x) === 0) return powOne(x, b, bInt, sign, ctx);
  const bounded = powBounds(x, b, sign, ctx);
  if (bounded) return bounded;
  if (bInt) return intPower(x, b, integerValue(b), sign, ctx);
  return realPower(a, b, sign, ctx);
}

/** A lower bound of floor(log10(|log10(x)|)) for finite positive x != 1 (libmpdec's
 * _lower_bound_zeta). */
function lowerBoundZeta(x: Dec): number {
  const t = x.adjusted;
  if (t > 0) return String(t).length - 1;
  if (t < -1) return String(-(t + 1)).length - 1;
  const diff = x.coeff - pow10(-x.exp);
  const u = x.exp + numDigits(abs(diff)) - 1;
  return t === 0 ? u - 2 : u - 1;
}

/** Results certain to overflow or underflow, known from the exponents alone; libmpdec
 * decides these before computing (_qcheck_pow_bounds) and rounds them as usual. */
function powBounds(x: Dec, b: Dec, sign: number, ctx: Ctx): Dec | null {
  const bound = lowerBoundZeta(x) + b.adjusted;
  const belowOne = (x.adjusted < 0 ? 1 : 0) ^ b.sign;
  if (!belowOne) {
    if (String(Math.abs(ctx.emax)).length < bound) return finalize(sign, 1n, ctx.emax + 5, ctx);
  } else if (String(Math.abs(etiny(ctx))).length < bound) return finalize(sign, 1n, etiny(ctx) - 1, ctx);
  return null;
}

/** A power of a number equal to 1 (libmpdec's _qcheck_pow_one): an integral exponent keeps
 * the trailing zeros (1.0**2 is 1.00, up to prec digits); any other is inexact. */
function powOne(x: Dec, b: Dec, bInt: boolean, sign: number, ctx: Ctx): Dec {
  if (!bInt) {
    ctx.status |= Inexact | Rounded;
    return new Dec(sign, pow10(ctx.prec - 1), 1 - ctx.prec);
  }
  let shift = -x.exp * Number(integerValue(b));
  if (shift > ctx.prec - 1) {
    shift = ctx.prec - 1;
    ctx.status |= Rounded;
  }
  if (!(shift > 0)) shift = 0;
  return new Dec(sign, pow10(shift), -shift);
}

/** An integral power as libmpdec computes it (_mpd_qpow_int): left-to-right binary
 * exponentiation of x, or of 1/x for a negative exponent, each step rounded half-even in a
 * context a few digits wider than the caller's with its Emin and Emax, then one final
 * rounding. Intermediate rounding (and underflow to zero) is part of the result. */
function intPower(x: Dec, b: Dec, n: bigint, sign: number, ctx: Ctx): Dec {
  const work: Ctx = {
    prec: ctx.prec + b.digits + b.exp + 2,
    rounding: "ROUND_HALF_EVEN",
    emin: ctx.emin,
    emax: ctx.emax,
    clamp: 0,
    status: 0,
  };
  let base = x;
  if (n < 0n) {
    work.prec += 1;
    base = div(new Dec(0, 1n, 0), x, work);
    ctx.status |= work.status;
    work.status = 0;
    n = -n;
  }
  let r = base;
  const bits = n.toString(2);
  for (let i = 1; i < bits.length; i++) {
    r = mul(r, r, work);
    if (bits[i] === "1") r = mul(r, base, work);
    if (r.isSpecial || (r.coeff === 0n && work.status & Clamped)) break;
  }
  ctx.status |= work.status;
  if (r.isInf) return finalize(sign, 1n, ctx.emax + 5, ctx);
  return finalize(sign, r.coeff, r.exp, ctx);
}

function cmpOne(a: Dec): number {
  const m = new Dec(0, a.coeff, a.exp);
  const adj = m.adjusted;
  if (adj !== 0) return adj < 0 ? -1 : 1;
  const one = pow10(-a.exp);
  return a.coeff < one ? -1 : a.coeff > one ? 1 : 0;
}

function realPower(a: Dec, b: Dec, sign: number, ctx: Ctx): Dec {
  if (ctx.prec > DIGIT_LIMIT) throw new TooManyDigits();
  const absA = new Dec(0, a.coeff, a.exp);
  const limit = (Math.max(ctx.emax, -etiny(ctx)) + 3) * 2.31;
  let g = 12;
  for (let round = 0; ; round++) {
    const w = ctx.prec + g;
    // y = b·ln|a| with w digits after the point: ln|a| carries b's integer digits more.
    const extra = Math.max(0, b.adjusted + 1);
    const L = lnFixed(absA, w + extra + 4);
    const bF = toFixedExact(b);
    const Y = (L * bF.c) / pow10(bF.s + extra + 4);
    const approxY = Number(Y / pow10(w - 12)) / 1e12;
    if (Math.abs(approxY) > limit) {
      const rc: Ctx = { ...ctx, status: 0 };
      const r = approxY < 0 ? finalize(sign, 1n, etiny(ctx) - 5, rc) : finalize(sign, 1n, ctx.emax + 5, rc);
      ctx.status |= rc.status;
      return r;
    }
    // exp(y) = 10^q · exp(y - q·ln10), with ln10 carrying q's digits more.
    const nd = Math.max(1, Math.ceil(Math.log10(Math.abs(approxY) + 1)) + 1);
    const ws = w + nd;
    const Yw = Y * pow10(nd);
    const L10 = ln10(ws);
    let q = Yw / L10;
    if (Yw < 0n && q * L10 !== Yw) q -= 1n;
    const A = expFixed(Yw - q * L10, ws);
    const rc: Ctx = { ...ctx, status: 0 };
    const r = roundInterval(sign, A, pow10(nd + 2), Number(q) - ws, rc, round === MAX_ROUNDS);
    if (r) {
      ctx.status |= rc.status | Inexact | Rounded;
      return r;
    }
    g *= 2;
  }
}

/** A finite decimal as an integer and a power of ten dividing it: value = c / 10^s. */
function toFixedExact(d: Dec): { c: bigint; s: number } {
  const c = d.sign ? -d.coeff : d.coeff;
  return d.exp >= 0 ? { c: c * pow10(d.exp), s: 0 } : { c, s: -d.exp };
}

/** Three-argument pow: (a ** b) % c on integers, exactly. */
export function powMod(a: Dec, b: Dec, c: Dec, ctx: Ctx): Dec {
  const n = nanOperands(ctx, a, b, c);
  if (n) return n;
  if (!isIntegral(a) || !isIntegral(b) || !isIntegral(c)) return invalid(ctx);
  const m = integerValue(c);
  const e = integerValue(b);
  if (m === 0n || e < 0n || (a.isZero && b.isZero)) return invalid(ctx);
  if (numDigits(abs(m)) > ctx.prec) return invalid(ctx);
  const mod = abs(m);
  let base = abs(integerValue(a)) % mod;
  let result = 1n % mod;
  let k = e;
  while (k > 0n) {
    if (k & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    k >>= 1n;
  }
  const sign = a.sign && (e & 1n) === 1n ? 1 : 0;
  return new Dec(sign, result, 0);
}
