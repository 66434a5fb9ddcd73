// The decimal number and the one rounding step that every operation ends with, after the
// General Decimal Arithmetic specification that CPython's libmpdec implements. A finite
// number is sign, a BigInt coefficient and an exponent (value = (-1)^sign × coeff × 10^exp);
// NaNs keep their payload in `coeff`. Operations compute an exact (or exact-enough, with a
// sticky digit) result and hand it to `finalize`, which rounds to the context's precision
// and applies overflow, underflow, subnormal and clamping rules in libmpdec's order.
// Conditions are collected as bits in `ctx.status`; the Python layer turns them into flags
// and trapped exceptions.

export const enum Kind {
  Finite = 0,
  Inf = 1,
  NaN = 2,
  SNaN = 3,
}

export class Dec {
  constructor(
    readonly sign: number,
    readonly coeff: bigint,
    readonly exp: number,
    readonly kind: Kind = Kind.Finite,
  ) {}

  get isSpecial(): boolean {
    return this.kind !== Kind.Finite;
  }
  get isNaN(): boolean {
    return this.kind === Kind.NaN || this.kind === Kind.SNaN;
  }
  get isInf(): boolean {
    return this.kind === Kind.Inf;
  }
  get isZero(): boolean {
    return this.kind === Kind.Finite && this.coeff === 0n;
  }
  get digits(): number {
    return numDigits(this.coeff);
  }
  /** The exponent of the most significant digit (spec: adjusted exponent). */
  get adjusted(): number {
    return this.exp + numDigits(this.coeff) - 1;
  }
}

// Condition bits, one per libmpdec condition (the signals InvalidOperation stands for are
// separate so that a trapped exception can list the precise one).
export const Clamped = 1;
export const ConversionSyntax = 2;
export const DivisionByZero = 4;
export const DivisionImpossible = 8;
export const DivisionUndefined = 16;
export const Inexact = 32;
export const InvalidContext = 64;
export const InvalidOperation = 128;
export const FloatOperation = 256;
export const Overflow = 512;
export const Rounded = 1024;
export const Subnormal = 2048;
export const Underflow = 4096;
export const IEEEInvalid =
  ConversionSyntax | DivisionImpossible | DivisionUndefined | InvalidContext | InvalidOperation;

export type Rounding =
  | "ROUND_UP"
  | "ROUND_DOWN"
  | "ROUND_CEILING"
  | "ROUND_FLOOR"
  | "ROUND_HALF_UP"
  | "ROUND_HALF_DOWN"
  | "ROUND_HALF_EVEN"
  | "ROUND_05UP";

export const ROUNDINGS: readonly Rounding[] = [
  "ROUND_UP",
  "ROUND_DOWN",
  "ROUND_CEILING",
  "ROUND_FLOOR",
  "ROUND_HALF_UP",
  "ROUND_HALF_DOWN",
  "ROUND_HALF_EVEN",
  "ROUND_05UP",
];

/** The arithmetic context of one operation; `status` collects the conditions raised. */
export interface Ctx {
  prec: number;
  rounding: Rounding;
  emin: number;
  emax: number;
  clamp: number;
  status: number;
}

/** Thrown when a result would need more digits than can be built (an inexact quotient at
 * MAX_PREC, say); the Python layer raises MemoryError, as CPython does. */
export class TooManyDigits extends Error {}
export const DIGIT_LIMIT = 1_000_000;

export function etiny(ctx: Ctx): number {
  return ctx.emin - ctx.prec + 1;
}
export function etop(ctx: Ctx): number {
  return ctx.emax - ctx.prec + 1;
}

const POW10: bigint[] = [1n];
export function pow10(n: number): bigint {
  if (n < 256) {
    while (POW10.length <= n) POW10.push(POW10[POW10.length - 1]! * 10n);
    return POW10[n]!;
  }
  return 10n ** BigInt(n);
}

export function numDigits(c: bigint): number {
  if (c < 0n) c = -c;
  if (c < 10n) return 1;
  if (c < 0x20000000000000n) return String(Number(c)).length;
  return c.toString().length;
}

export function abs(c: bigint): bigint {
  return c < 0n ? -c : c;
}

/** Drops the last `n` digits; the second result says what was dropped, as libmpdec's
 * rounding indicator: 0 nothing, 1 less than half, 5 exactly half, 6 more than half. */
export function shiftRight(c: bigint, n: number): [bigint, number] {
  if (n <= 0) return [c, 0];
  if (n > numDigits(c) + 1) return [0n, c === 0n ? 0 : 1];
  const p = pow10(n);
  const q = c / p;
  const r = c % p;
  if (r === 0n) return [q, 0];
  const half = p / 2n;
  return [q, r < half ? 1 : r === half ? 5 : 6];
}

/** Whether rounding `kept` (with indicator `rnd`) away from zero is what `mode` asks. */
export function roundsUp(mode: Rounding, sign: number, rnd: number, kept: bigint): boolean {
  if (rnd === 0) return false;
  switch (mode) {
    case "ROUND_DOWN":
      return false;
    case "ROUND_UP":
      return true;
    case "ROUND_HALF_UP":
      return rnd >= 5;
    case "ROUND_HALF_DOWN":
      return rnd > 5;
    case "ROUND_HALF_EVEN":
      return rnd > 5 || (rnd === 5 && (kept & 1n) === 1n);
    case "ROUND_CEILING":
      return sign === 0;
    case "ROUND_FLOOR":
      return sign === 1;
    case "ROUND_05UP": {
      const last = kept % 10n;
      return last === 0n || last === 5n;
    }
  }
}

export function zero(sign: number, exp: number): Dec {
  return new Dec(sign, 0n, exp);
}
export function inf(sign: number): Dec {
  return new Dec(sign, 0n, 0, Kind.Inf);
}
export function nan(sign = 0, payload = 0n): Dec {
  return new Dec(sign, payload, 0, Kind.NaN);
}

function overflowResult(sign: number, ctx: Ctx): Dec {
  ctx.status |= Overflow | Inexact | Rounded;
  const toMax =
    ctx.rounding === "ROUND_DOWN" ||
    ctx.rounding === "ROUND_05UP" ||
    (ctx.rounding === "ROUND_CEILING" && sign === 1) ||
    (ctx.rounding === "ROUND_FLOOR" && sign === 0);
  return toMax ? new Dec(sign, pow10(ctx.prec) - 1n, etop(ctx)) : inf(sign);
}

/** Rounds an exact result to the context (libmpdec's mpd_qfinalize). */
export function finalize(sign: number, coeff: bigint, exp: number, ctx: Ctx): Dec {
  const emax = ctx.emax,
    emin = ctx.emin,
    prec = ctx.prec;
  if (coeff === 0n) {
    if (exp > emax) {
      ctx.status |= Clamped;
      return zero(sign, ctx.clamp ? etop(ctx) : emax);
    }
    if (ctx.clamp && exp > etop(ctx)) {
      ctx.status |= Clamped;
      return zero(sign, etop(ctx));
    }
    if (exp < etiny(ctx)) {
      ctx.status |= Clamped;
      return zero(sign, etiny(ctx));
    }
    return zero(sign, exp);
  }
  let digits = numDigits(coeff);
  const adj = exp + digits - 1;
  if (adj > emax) return overflowResult(sign, ctx);
  if (ctx.clamp && exp > etop(ctx)) {
    const shift = exp - etop(ctx);
    ctx.status |= Clamped;
    if (adj < emin) ctx.status |= Subnormal;
    return new Dec(sign, coeff * pow10(shift), exp - shift);
  }
  if (adj < emin) {
    ctx.status |= Subnormal;
    const tiny = etiny(ctx);
    if (exp < tiny) {
      const [kept, rnd] = shiftRight(coeff, tiny - exp);
      let q = kept;
      if (roundsUp(ctx.rounding, sign, rnd, q)) q += 1n;
      ctx.status |= Rounded;
      if (rnd) {
        ctx.status |= Inexact | Underflow;
        if (q === 0n) ctx.status |= Clamped;
      }
      return new Dec(sign, q, tiny);
    }
    return new Dec(sign, coeff, exp);
  }
  if (digits > prec) {
    const shift = digits - prec;
    const [kept, rnd] = shiftRight(coeff, shift);
    let q = kept;
    exp += shift;
    if (roundsUp(ctx.rounding, sign, rnd, q)) {
      q += 1n;
      if (q === pow10(prec)) {
        q = pow10(prec - 1);
        exp += 1;
        if (exp + prec - 1 > emax) return overflowResult(sign, ctx);
      }
    }
    ctx.status |= Rounded;
    if (rnd) ctx.status |= Inexact;
    digits = prec;
    return new Dec(sign, q, exp);
  }
  return new Dec(sign, coeff, exp);
}

export function finalizeDec(d: Dec, ctx: Ctx): Dec {
  if (d.isNaN) return fixNaN(d, ctx);
  if (d.isInf) return d;
  return finalize(d.sign, d.coeff, d.exp, ctx);
}

/** A NaN's payload keeps at most prec - clamp digits (libmpdec's _mpd_fix_nan). */
export function fixNaN(d: Dec, ctx: Ctx): Dec {
  const room = ctx.prec - ctx.clamp;
  if (d.coeff !== 0n && numDigits(d.coeff) > room) {
    const c = room > 0 ? d.coeff % pow10(room) : 0n;
    return new Dec(d.sign, c, 0, d.kind);
  }
  return d;
}

/** The NaN result of an operation with a NaN operand, or null: a signalling NaN wins and
 * raises InvalidOperation, then a quiet one, the first operand before the second. */
export function nanOperands(ctx: Ctx, ...ops: Dec[]): Dec | null {
  for (const d of ops)
    if (d.kind === Kind.SNaN) {
      ctx.status |= InvalidOperation;
      return fixNaN(new Dec(d.sign, d.coeff, 0, Kind.NaN), ctx);
    }
  for (const d of ops) if (d.kind === Kind.NaN) return fixNaN(d, ctx);
  return null;
}

export function invalid(ctx: Ctx, cond = InvalidOperation): Dec {
  ctx.status |= cond;
  return nan();
}

/** Strips trailing zeros while the exponent stays at or below `limit`. */
export function reduceTo(coeff: bigint, exp: number, limit: number): [bigint, number] {
  while (exp < limit && coeff % 10n === 0n) {
    coeff /= 10n;
    exp++;
  }
  return [coeff, exp];
}

// ---- conversion from text ----

const NUMBER_RE = /^([+-])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/;
const SPECIAL_RE = /^([+-])?(?:(inf|infinity)|(s)?nan(\d*))$/i;

/** Parses a numeric string (already stripped of surrounding whitespace, underscores
 * removed and digits made ASCII); null when it is not one. */
export function parseDecimal(s: string): Dec | null {
  const m = NUMBER_RE.exec(s);
  if (m) {
    const sign = m[1] === "-" ? 1 : 0;
    const intPart = m[2] ?? "";
    const frac = m[3] ?? m[4] ?? "";
    const expText = m[5];
    // An exponent beyond a double's integers comes back unsafe; the caller rejects it.
    const exp = expText ? Number(expText) : 0;
    const coeff = BigInt(intPart + frac || "0");
    return new Dec(sign, coeff, exp - frac.length);
  }
  const sm = SPECIAL_RE.exec(s);
  if (!sm) return null;
  const sign = sm[1] === "-" ? 1 : 0;
  if (sm[2]) return inf(sign);
  return new Dec(sign, BigInt(sm[4] || "0"), 0, sm[3] ? Kind.SNaN : Kind.NaN);
}

/** The exact decimal value of a double. */
export function decFromDouble(x: number): Dec {
  if (Number.isNaN(x)) return nan();
  const sign = x < 0 || Object.is(x, -0) ? 1 : 0;
  if (!Number.isFinite(x)) return inf(sign);
  x = Math.abs(x);
  if (x === 0) return zero(sign, 0);
  // x = m / 2^k exactly, with m an integer: scale by 2 until integral.
  let k = 0;
  while (!Number.isInteger(x)) {
    x *= 2;
    k++;
  }
  let m = BigInt(x);
  while (k > 0 && (m & 1n) === 0n) {
    m >>= 1n;
    k--;
  }
  return new Dec(sign, m * 5n ** BigInt(k), -k);
}

export function decFromBigInt(v: bigint): Dec {
  return v < 0n ? new Dec(1, -v, 0) : new Dec(0, v, 0);
}
