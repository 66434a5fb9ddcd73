/**
 * int <-> str in any base, with CPython's integer string conversion length limit
 * (sys.int_info.default_max_str_digits, PEP-less CVE-2020-10735 fix in 3.11).
 * The limit applies only to decimal output and to parsing in bases that are not powers of
 * two; 0 disables it. V8's BigInt toString and BigInt() are subquadratic, so huge values are
 * fast.
 */
import { NumFmtError, valueError } from "./errors.js";

export const DEFAULT_MAX_STR_DIGITS = 4300;

export function maxStrDigitsToStrError(limit: number): NumFmtError {
  return valueError(
    `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

export function maxStrDigitsToIntError(limit: number, digits: number): NumFmtError {
  return valueError(
    `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

// 2**14287 is the smallest power of two with more than 4300 digits; a cheap bit-length test avoids
// converting values that are obviously too long (CPython also refuses before converting).
const LOG10_2 = 0.3010299956639812;

/** Digits of |v| in `base` (2..36), with a '-' for negatives. No prefix. */
export function intToString(v: number | bigint, base = 10, maxStrDigits = DEFAULT_MAX_STR_DIGITS): string {
  if (typeof v === "number") {
    if (base === 10 || (v < 9007199254740992 && v > -9007199254740992)) {
      // safe integers have at most 16 decimal digits, far under any allowed limit (>= 640)
      return v.toString(base);
    }
    v = BigInt(v);
  }
  if (base === 10 && maxStrDigits > 0) {
    const bits = bitLength(v < 0n ? -v : v);
    if ((bits - 1) * LOG10_2 > maxStrDigits + 1) throw maxStrDigitsToStrError(maxStrDigits);
    const s = v.toString(10);
    const nd = s.length - (v < 0n ? 1 : 0);
    if (nd > maxStrDigits) throw maxStrDigitsToStrError(maxStrDigits);
    return s;
  }
  return v.toString(base);
}

/** Number of bits of a non-negative bigint (0 for 0). */
export function bitLength(v: bigint): number {
  if (v === 0n) return 0;
  const hex = v.toString(16);
  const top = parseInt(hex[0]!, 16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(top));
}

/** Normalise a bigint back to a number when it is a safe integer. */
export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}
