// The arithmetic operations of the General Decimal Arithmetic specification on `Dec`
// values: each computes an exact result (or one with a sticky digit) and rounds once with
// `finalize`. Special values follow libmpdec's rules (which NaN wins, which invalid
// operations signal which condition).

import {
  abs,
  Clamped,
  type Ctx,
  Dec,
  DIGIT_LIMIT,
  DivisionByZero,
  DivisionImpossible,
  DivisionUndefined,
  etiny,
  etop,
  finalize,
  finalizeDec,
  fixNaN,
  Inexact,
  inf,
  InvalidOperation,
  Overflow,
  Underflow,
  invalid,
  Kind,
  nan,
  nanOperands,
  numDigits,
  pow10,
  reduceTo,
  roundsUp,
  Rounded,
  type Rounding,
  shiftRight,
  Subnormal,
  TooManyDigits,
  zero,
} from "./number.js";

function scale(c: bigint, n: number): bigint {
  return c === 0n || n === 0 ? c : c * pow10(n);
}

/** A context that never rounds: for the exact intermediate steps (fma's product). */
export function exactCtx(): Ctx {
  return { prec: 4e18, rounding: "ROUND_HALF_EVEN", emin: -8e18, emax: 8e18, clamp: 0, status: 0 };
}

/** Replaces the operand with the smaller exponent by a sticky digit when it lies wholly
 * below the digits that rounding can keep, so that `1E+999999 + 1E-999999` does not build
 * a two-million-digit coefficient. */
function shrink(lc: bigint, le: number, hc: bigint, he: number, prec: number): [bigint, number] {
  if (hc === 0n) return [lc, le];
  const lim = Math.min(he, he + numDigits(hc) - 1 - prec) - 2;
  if (le >= lim) return [lc, le];
  if (lc === 0n) return [0n, lim];
  if (le + numDigits(lc) - 1 < lim) return [1n, lim];
  return [lc, le];
}

export function add(a: Dec, b: Dec, ctx: Ctx, subtract = false): Dec {
  const bsign = subtract ? b.sign ^ 1 : b.sign;
  if (a.isSpecial || b.isSpecial) {
    const n = nanOperands(ctx, a, b);
    if (n) return n;
    if (a.isInf) {
      if (b.isInf && a.sign !== bsign) return invalid(ctx);
      return inf(a.sign);
    }
    return inf(bsign);
  }
  let ac = a.coeff,
    ae = a.exp,
    bc = b.coeff,
    be = b.exp;
  if (ae > be) [bc, be] = shrink(bc, be, ac, ae, ctx.prec);
  else if (be > ae) [ac, ae] = shrink(ac, ae, bc, be, ctx.prec);
  const e = Math.min(ae, be);
  const sa = scale(a.sign ? -ac : ac, ae - e);
  const sb = scale(bsign ? -bc : bc, be - e);
  const sum = sa + sb;
  if (sum === 0n) {
    const sign = (a.sign && bsign) || (a.sign !== bsign && ctx.rounding === "ROUND_FLOOR") ? 1 : 0;
    return finalize(sign, 0n, e, ctx);
  }
  return finalize(sum < 0n ? 1 : 0, abs(sum), e, ctx);
}

export function mul(a: Dec, b: Dec, ctx: Ctx): Dec {
  const sign = a.sign ^ b.sign;
  if (a.isSpecial || b.isSpecial) {
    const n = nanOperands(ctx, a, b);
    if (n) return n;
    if ((a.isInf && b.isZero) || (b.isInf && a.isZero)) return invalid(ctx);
    return inf(sign);
  }
  return finalize(sign, a.coeff * b.coeff, a.exp + b.exp, ctx);
}

export function div(a: Dec, b: Dec, ctx: Ctx): Dec {
  const sign = a.sign ^ b.sign;
  if (a.isSpecial || b.isSpecial) {
    const n = nanOperands(ctx, a, b);
    if (n) return n;
    if (a.isInf && b.isInf) return invalid(ctx);
    if (a.isInf) return inf(sign);
    ctx.status |= Clamped;
    return zero(sign, etiny(ctx));
  }
  if (b.coeff === 0n) {
    if (a.coeff === 0n) return invalid(ctx, DivisionUndefined);
    ctx.status |= DivisionByZero;
    return inf(sign);
  }
  const ideal = a.exp - b.exp;
  if (a.coeff === 0n) return finalize(sign, 0n, ideal, ctx);
  let shift = Math.max(0, ctx.prec + 1 + numDigits(b.coeff) - numDigits(a.coeff));
  if (shift > DIGIT_LIMIT) shift = terminatingShift(a.coeff, b.coeff);
  const num = scale(a.coeff, shift);
  let q = num / b.coeff;
  let exp = ideal - shift;
  if (num % b.coeff !== 0n) {
    q = q * 10n + 1n;
    exp -= 1;
  } else [q, exp] = reduceTo(q, exp, ideal);
  return finalize(sign, q, exp, ctx);
}

/** With a huge precision only a terminating quotient can be built: the power of ten that
 * makes it exact. */
function terminatingShift(a: bigint, b: bigint): number {
  let r = b,
    k2 = 0,
    k5 = 0;
  while (r % 2n === 0n) {
    r /= 2n;
    k2++;
  }
  while (r % 5n === 0n) {
    r /= 5n;
    k5++;
  }
  if (a % r !== 0n) throw new TooManyDigits();
  return Math.max(k2, k5);
}

/** The truncated integer quotient and the remainder of two finite numbers, b nonzero; null
 * when the quotient needs more than prec digits. */
function divRem(a: Dec, b: Dec, ctx: Ctx): { q: bigint; r: bigint; e: number } | null {
  const e = Math.min(a.exp, b.exp);
  if (a.coeff === 0n) return { q: 0n, r: 0n, e };
  const adjdiff = a.adjusted - b.adjusted;
  if (adjdiff < 0) return { q: 0n, r: scale(a.coeff, a.exp - e), e };
  if (adjdiff > ctx.prec) return null;
  const na = scale(a.coeff, a.exp - e);
  const nb = scale(b.coeff, b.exp - e);
  const q = na / nb;
  if (numDigits(q) > ctx.prec) return null;
  return { q, r: na - q * nb, e };
}

export function divInt(a: Dec, b: Dec, ctx: Ctx): Dec {
  const sign = a.sign ^ b.sign;
  if (a.isSpecial || b.isSpecial) {
    const n = nanOperands(ctx, a, b);
    if (n) return n;
    if (a.isInf && b.isInf) return invalid(ctx);
    if (a.isInf) return inf(sign);
    return finalize(sign, 0n, 0, ctx);
  }
  if (b.coeff === 0n) {
    if (a.coeff === 0n) return invalid(ctx, DivisionUndefined);
    ctx.status |= DivisionByZero;
    return inf(sign);
  }
  const qr = divRem(a, b, ctx);
  if (qr === null) return invalid(ctx, DivisionImpossible);
  return finalize(sign, qr.q, 0, ctx);
}

export function rem(a: Dec, b: Dec, ctx: Ctx): Dec {
  if (a.isSpecial || b.isSpecial) {
    const n = nanOperands(ctx, a, b);
    if (n) return n;
    if (a.isInf) return invalid(ctx);
    return finalizeDec(a, ctx);
  }
  if (b.coeff === 0n) return invalid(ctx, a.coeff === 0n ? DivisionUndefined : undefined);
  const qr = divRem(a, b, ctx);
  if (qr === null) return invalid(ctx, DivisionImpossible);
  return finalize(a.sign, qr.r, qr.e, ctx);
}

export function divmod(a: Dec, b: Dec, ctx: Ctx): [Dec, Dec] {
  const sign = a.sign ^ b.sign;
  if (a.isSpecial || b.isSpecial) {
    const n = nanOperands(ctx, a, b);
    if (n) return [n, n];
    if (a.isInf) {
      if (b.isInf) {
        const r = invalid(ctx);
        return [r, r];
      }
      return [inf(sign), invalid(ctx)];
    }
    return [finalize(sign, 0n, 0, ctx), finalizeDec(a, ctx)];
  }
  if (b.coeff === 0n) {
    if (a.coeff === 0n) {
      const r = invalid(ctx, DivisionUndefined);
      return [r, r];
    }
    ctx.status |= DivisionByZero;
    return [inf(sign), invalid(ctx)];
  }
  const qr = divRem(a, b, ctx);
  if (qr === null) {
    const r = invalid(ctx, DivisionImpossible);
    return [r, r];
  }
  return [finalize(sign, qr.q, 0, ctx), finalize(a.sign, qr.r, qr.e, ctx)];
}

export function remNear(a: Dec, b: Dec, ctx: Ctx): Dec {
  if (a.isSpecial || b.isSpecial) {
    const n = nanOperands(ctx, a, b);
    if (n) return n;
    if (a.isInf) return invalid(ctx);
    return finalizeDec(a, ctx);
  }
  if (b.coeff === 0n) return invalid(ctx, a.coeff === 0n ? DivisionUndefined : undefined);
  const e = Math.min(a.exp, b.exp);
  if (a.coeff === 0n) return finalize(a.sign, 0n, e, ctx);
  if (a.adjusted < b.adjusted - 1) return finalize(a.sign, scale(a.coeff, a.exp - e), e, ctx);
  const qr = divRem(a, b, ctx);
  if (qr === null) return invalid(ctx, DivisionImpossible);
  let { q, r } = qr;
  const nb = scale(b.coeff, b.exp - e);
  let sign = a.sign;
  if (2n * r > nb || (2n * r === nb && (q & 1n) === 1n)) {
    r = nb - r;
    q += 1n;
    sign ^= 1;
    if (numDigits(q) > ctx.prec) return invalid(ctx, DivisionImpossible);
  }
  return finalize(r === 0n ? a.sign : sign, r, e, ctx);
}

export function fma(a: Dec, b: Dec, c: Dec, ctx: Ctx): Dec {
  for (const d of [a, b, c])
    if (d.kind === Kind.SNaN) {
      ctx.status |= InvalidOperation;
      return fixNaN(new Dec(d.sign, d.coeff, 0, Kind.NaN), ctx);
    }
  const work = exactCtx();
  const p = mul(a, b, work);
  ctx.status |= work.status;
  if (p.isNaN) return work.status ? p : (nanOperands(ctx, p, c) ?? p);
  return add(p, c, ctx);
}

// ---- comparison ----

function cmpMag(a: Dec, b: Dec): number {
  const aa = a.adjusted,
    ba = b.adjusted;
  if (aa !== ba) return aa < ba ? -1 : 1;
  const e = Math.min(a.exp, b.exp);
  const x = scale(a.coeff, a.exp - e),
    y = scale(b.coeff, b.exp - e);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Numeric comparison of two non-NaN numbers: -1, 0 or 1. */
export function cmp(a: Dec, b: Dec): number {
  if (a.isInf) {
    if (b.isInf && a.sign === b.sign) return 0;
    return a.sign ? -1 : 1;
  }
  if (b.isInf) return b.sign ? 1 : -1;
  const az = a.coeff === 0n,
    bz = b.coeff === 0n;
  if (az && bz) return 0;
  if (az) return b.sign ? 1 : -1;
  if (bz) return a.sign ? -1 : 1;
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const m = cmpMag(a, b);
  return a.sign ? -m : m;
}

/** Absolute-value comparison of two non-NaN numbers. */
export function cmpAbs(a: Dec, b: Dec): number {
  if (a.isInf) return b.isInf ? 0 : 1;
  if (b.isInf) return -1;
  if (a.coeff === 0n) return b.coeff === 0n ? 0 : -1;
  if (b.coeff === 0n) return 1;
  return cmpMag(a, b);
}

export function compare(a: Dec, b: Dec, ctx: Ctx, signal = false): Dec {
  if (a.isNaN || b.isNaN) {
    if (signal) {
      const r = nanOperands(ctx, a, b)!;
      ctx.status |= InvalidOperation;
      return r;
    }
    return nanOperands(ctx, a, b)!;
  }
  const c = cmp(a, b);
  return new Dec(c < 0 ? 1 : 0, BigInt(Math.abs(c)), 0);
}

function kindRank(d: Dec): number {
  return d.kind === Kind.NaN ? 3 : d.kind === Kind.SNaN ? 2 : d.kind === Kind.Inf ? 1 : 0;
}

/** The total ordering of the specification's compare-total. */
export function cmpTotal(a: Dec, b: Dec): number {
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const s = a.sign ? -1 : 1;
  const ka = kindRank(a),
    kb = kindRank(b);
  if (ka !== kb) return ka < kb ? -s : s;
  if (ka >= 2) return s * (a.coeff < b.coeff ? -1 : a.coeff > b.coeff ? 1 : 0);
  if (ka === 1) return 0;
  const c = cmp(new Dec(0, a.coeff, a.exp), new Dec(0, b.coeff, b.exp));
  if (c !== 0) return s * c;
  return s * (a.exp < b.exp ? -1 : a.exp > b.exp ? 1 : 0);
}

function cmpNumEqual(a: Dec, b: Dec): number {
  if (a.sign !== b.sign) return b.sign - a.sign;
  if (a.exp === b.exp) return 0;
  const c = a.exp < b.exp ? -1 : 1;
  return a.sign ? -c : c;
}

export function maxMin(a: Dec, b: Dec, ctx: Ctx, wantMax: boolean, byMag: boolean): Dec {
  let pick: Dec;
  if (a.kind === Kind.NaN && !b.isNaN) pick = b;
  else if (b.kind === Kind.NaN && !a.isNaN) pick = a;
  else if (a.isNaN || b.isNaN) return nanOperands(ctx, a, b)!;
  else {
    let c = byMag ? cmpAbs(a, b) : cmp(a, b);
    if (c === 0) c = cmpNumEqual(a, b);
    pick = c < 0 === wantMax ? b : a;
  }
  return finalizeDec(pick, ctx);
}

// ---- exponents and rounding to a quantum ----

/** Rounds a finite number to exponent `exp` with `rounding`; the status says what was lost. */
export function rescale(a: Dec, exp: number, rounding: Rounding, ctx: Ctx): Dec {
  if (a.coeff === 0n) return zero(a.sign, exp);
  if (a.exp >= exp) return new Dec(a.sign, scale(a.coeff, a.exp - exp), exp);
  const [kept, rnd] = shiftRight(a.coeff, exp - a.exp);
  let q = kept;
  if (roundsUp(rounding, a.sign, rnd, q)) q += 1n;
  ctx.status |= Rounded;
  if (rnd) ctx.status |= Inexact;
  return new Dec(a.sign, q, exp);
}

export function quantize(a: Dec, b: Dec, ctx: Ctx, rounding: Rounding = ctx.rounding): Dec {
  if (a.isSpecial || b.isSpecial) {
    const n = nanOperands(ctx, a, b);
    if (n) return n;
    if (a.isInf && b.isInf) return inf(a.sign);
    return invalid(ctx);
  }
  if (b.exp > ctx.emax || b.exp < etiny(ctx)) return invalid(ctx);
  if (a.coeff === 0n) return finalize(a.sign, 0n, b.exp, ctx);
  if (a.exp > b.exp && a.adjusted - b.exp + 1 > ctx.prec) return invalid(ctx);
  const work: Ctx = { ...ctx, status: 0 };
  const r = rescale(a, b.exp, rounding, work);
  if (r.digits > ctx.prec) return invalid(ctx);
  if (r.coeff !== 0n && (r.adjusted > ctx.emax || r.adjusted < etiny(ctx))) return invalid(ctx);
  ctx.status |= work.status;
  // Only the clamp's fold-down and the Subnormal condition can apply here.
  return finalize(r.sign, r.coeff, r.exp, ctx);
}

export function toIntegral(a: Dec, ctx: Ctx, rounding: Rounding, exact: boolean): Dec {
  if (a.isSpecial) return nanOperands(ctx, a) ?? a;
  if (a.exp >= 0) return a;
  const work: Ctx = { ...ctx, status: 0 };
  const r = rescale(a, 0, rounding, work);
  if (exact) ctx.status |= work.status;
  return r;
}

export function reduce(a: Dec, ctx: Ctx): Dec {
  if (a.isSpecial) return nanOperands(ctx, a) ?? a;
  const r = finalizeDec(a, ctx);
  if (r.isInf) return r;
  if (r.coeff === 0n) return zero(r.sign, 0);
  const [c, e] = reduceTo(r.coeff, r.exp, ctx.clamp ? etop(ctx) : ctx.emax);
  return new Dec(r.sign, c, e);
}

export function plus(a: Dec, ctx: Ctx, negate: boolean): Dec {
  if (a.isSpecial) {
    const n = nanOperands(ctx, a);
    if (n) return n;
    return inf(negate ? a.sign ^ 1 : a.sign);
  }
  let sign = negate ? a.sign ^ 1 : a.sign;
  // libmpdec: a zero loses its sign unless rounding toward -Infinity.
  if (a.coeff === 0n && ctx.rounding !== "ROUND_FLOOR") sign = 0;
  return finalize(sign, a.coeff, a.exp, ctx);
}

export function absolute(a: Dec, ctx: Ctx): Dec {
  if (a.isSpecial) return nanOperands(ctx, a) ?? inf(0);
  return finalize(0, a.coeff, a.exp, ctx);
}

export function nextPlus(a: Dec, ctx: Ctx, minus = false): Dec {
  if (a.isSpecial) {
    const n = nanOperands(ctx, a);
    if (n) return n;
    if (a.sign === (minus ? 0 : 1)) return new Dec(a.sign, pow10(ctx.prec) - 1n, etop(ctx));
    return a;
  }
  const tiny = etiny(ctx);
  const work: Ctx = { ...ctx, rounding: minus ? "ROUND_FLOOR" : "ROUND_CEILING", status: 0 };
  // a ± a quantity far below its last digit, rounded toward the direction.
  const e = Math.min(a.exp, a.adjusted - ctx.prec + 1, tiny) - 2;
  const eps = new Dec(minus ? 1 : 0, 1n, e);
  return add(a, eps, work);
}

export function nextToward(a: Dec, b: Dec, ctx: Ctx): Dec {
  if (a.isNaN || b.isNaN) return nanOperands(ctx, a, b)!;
  const c = cmp(a, b);
  if (c === 0) return new Dec(b.sign, a.coeff, a.exp, a.kind);
  const r = nextPlus(a, ctx, c > 0);
  if (r.isInf) ctx.status |= Overflow | Inexact | Rounded;
  else if (r.adjusted < ctx.emin) {
    ctx.status |= Subnormal | Underflow | Inexact | Rounded;
    if (r.coeff === 0n) ctx.status |= Clamped;
  }
  return r;
}

export function scaleb(a: Dec, b: Dec, ctx: Ctx): Dec {
  if (a.isNaN || b.isNaN) return nanOperands(ctx, a, b)!;
  if (b.isInf || b.exp !== 0) return invalid(ctx);
  const n = Number(b.sign ? -b.coeff : b.coeff);
  const limit = 2 * (ctx.emax + ctx.prec);
  if (Math.abs(n) > limit) return invalid(ctx);
  if (a.isInf) return a;
  return finalize(a.sign, a.coeff, a.exp + n, ctx);
}

function shiftArg(b: Dec, ctx: Ctx): number | null {
  if (b.isInf || b.exp !== 0) return null;
  const n = Number(b.sign ? -b.coeff : b.coeff);
  return Math.abs(n) > ctx.prec ? null : n;
}

export function shift(a: Dec, b: Dec, ctx: Ctx, rotate: boolean): Dec {
  if (a.isNaN || b.isNaN) return nanOperands(ctx, a, b)!;
  const n = shiftArg(b, ctx);
  if (n === null) return invalid(ctx);
  if (a.isInf) return a;
  const m = pow10(ctx.prec);
  let c = a.coeff % m;
  if (rotate) {
    const k = ((n % ctx.prec) + ctx.prec) % ctx.prec;
    c = ((c * pow10(k)) % m) + c / pow10(ctx.prec - k);
  } else c = n >= 0 ? (c * pow10(n)) % m : c / pow10(-n);
  return new Dec(a.sign, c, a.exp);
}

export function logb(a: Dec, ctx: Ctx): Dec {
  if (a.isSpecial) return nanOperands(ctx, a) ?? inf(0);
  if (a.coeff === 0n) {
    ctx.status |= DivisionByZero;
    return inf(1);
  }
  const adj = a.adjusted;
  return finalize(adj < 0 ? 1 : 0, BigInt(Math.abs(adj)), 0, ctx);
}

function logicalDigits(a: Dec, ctx: Ctx): string | null {
  if (a.kind !== Kind.Finite || a.sign || a.exp !== 0) return null;
  const s = a.coeff.toString();
  if (!/^[01]+$/.test(s) || s.length > ctx.prec) return null;
  return s.padStart(ctx.prec, "0");
}

export function logical(a: Dec, b: Dec | null, ctx: Ctx, op: "and" | "or" | "xor" | "invert"): Dec {
  const x = logicalDigits(a, ctx);
  const y = b === null ? "".padStart(ctx.prec, "0") : logicalDigits(b, ctx);
  if (x === null || y === null) return invalid(ctx);
  let out = "";
  for (let i = 0; i < ctx.prec; i++) {
    const p = x[i] === "1",
      q = y[i] === "1";
    const v = op === "and" ? p && q : op === "or" ? p || q : op === "xor" ? p !== q : !p;
    out += v ? "1" : "0";
  }
  return new Dec(0, BigInt(out), 0);
}

export { nan };
