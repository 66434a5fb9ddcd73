/** round() for floats and ints, as CPython's float.__round__ and int.__round__. */
import { overflowError, valueError } from "./errors.js";
import { exactDecimal, fixedDecimal, roundDecimal } from "./digits.js";
import { normInt } from "./intstr.js";

// CPython's NDIGITS_MAX and NDIGITS_MIN: beyond them every double rounds to itself or to ±0.
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** round(x, ndigits): round half-even on the exact value, then back to the nearest double. */
export function roundFloat(x: number, ndigits: number | bigint): number {
  if (x !== x || x === Infinity || x === -Infinity) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0 * x;
  const nd = Number(ndigits);
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  const ax = neg ? -x : x;
  const d = nd >= 0 ? fixedDecimal(ax, nd) : roundDecimal(exactDecimal(ax), exactDecimal(ax).decpt + nd);
  const r = Number("0." + d.digits + "e" + d.decpt);
  if (r === Infinity) throw overflowError("rounded value too large to represent");
  return neg ? -r : r;
}

/** round(x) with no ndigits: round half-even to an int. */
export function roundFloatToInt(x: number): number | bigint {
  if (x !== x) throw valueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) throw overflowError("cannot convert float infinity to integer");
  let r = Math.round(x);
  // Math.round rounds half up; make halves go to even
  if (r - x === 0.5 && r % 2 !== 0) r -= 1;
  if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  return normInt(BigInt(r));
}

/** round(v, ndigits) for an int: ndigits >= 0 leaves v alone; otherwise half-even to a multiple of 10**-ndigits. */
export function roundInt(v: number | bigint, ndigits: number | bigint): number | bigint {
  if (ndigits >= 0) return v;
  const big = typeof v === "bigint" ? v : BigInt(v);
  const mag = big < 0n ? -big : big;
  const k = -BigInt(ndigits);
  // 10**k > 2|v| means the result is 0; mag.toString().length bounds log10
  if (k > BigInt(mag.toString().length + 1)) return 0;
  const p = 10n ** k;
  let q = big / p;
  let r = big - q * p;
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normInt(q * p);
}
