/** float.hex, float.fromhex and float.as_integer_ratio. */
import { NumFmtError, valueError, overflowError } from "./errors.js";
import { decompose } from "./digits.js";
import { bitLength } from "./intstr.js";

const view = new DataView(new ArrayBuffer(8));

/** float.hex(x): '0x1.<13 hex digits>p<exp>', subnormals as '0x0.<…>p-1022'. */
export function floatHex(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const sign = hi >>> 31 ? "-" : "";
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0");
  if (bexp === 0) {
    if (frac === "0000000000000") return sign + "0x0.0p+0";
    return sign + "0x0." + frac + "p-1022";
  }
  const e = bexp - 1023;
  return sign + "0x1." + frac + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const INF_NAN_RE = /^([+-]?)(infinity|inf|nan)/i;

function parseError(): NumFmtError {
  return valueError("invalid hexadecimal floating-point string");
}

/** float.fromhex(s). */
export function floatFromHex(s: string): number {
  const n = s.length;
  let i = 0;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  let result: number;
  const special = INF_NAN_RE.exec(s.slice(i));
  if (special) {
    i += special[0].length;
    const word = special[2]!.toLowerCase();
    result = word === "nan" ? NaN : special[1] === "-" ? -Infinity : Infinity;
  } else {
    let neg = false;
    if (s[i] === "-") {
      neg = true;
      i++;
    } else if (s[i] === "+") i++;
    if (s[i] === "0" && (s[i + 1] === "x" || s[i + 1] === "X")) i += 2;
    let mant = "";
    let fdigits = 0;
    while (i < n && hexValue(s.charCodeAt(i)) >= 0) mant += s[i++];
    if (s[i] === ".") {
      i++;
      while (i < n && hexValue(s.charCodeAt(i)) >= 0) {
        mant += s[i++];
        fdigits++;
      }
    }
    if (mant.length === 0) throw parseError();
    let exp = 0n;
    if (s[i] === "p" || s[i] === "P") {
      i++;
      const es = i;
      if (s[i] === "-" || s[i] === "+") i++;
      const ds = i;
      while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      if (i === ds) throw parseError();
      exp = BigInt(s.slice(es, i));
    }
    result = ldexpBig(BigInt("0x" + mant), exp - BigInt(4 * fdigits));
    if (neg) result = -result;
  }
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  if (i !== n) throw parseError();
  return result;
}

/** m * 2**e correctly rounded (half-even) to a double; m >= 0. Overflow raises as fromhex does. */
function ldexpBig(m: bigint, e: bigint): number {
  if (m === 0n) return 0;
  const len = bitLength(m);
  const top = BigInt(len) + e; // value < 2**top, >= 2**(top-1)
  if (top > 1024n) throw overflowError("hexadecimal value too large to represent as a float");
  if (top < -1074n) return 0; // below half the smallest subnormal
  const topN = Number(top);
  const low = Math.max(topN - 53, -1074); // exponent of the last kept bit
  const shift = low - Number(e); // bits of m to drop
  let q: bigint;
  if (shift > 0) {
    const sh = BigInt(shift);
    q = m >> sh;
    const rem = m - (q << sh);
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  } else {
    q = m << BigInt(-shift);
  }
  const r = Number(q) * 2 ** low;
  if (r === Infinity) throw overflowError("hexadecimal value too large to represent as a float");
  return r;
}

/** float.as_integer_ratio(x) as [numerator, denominator], both bigints, in lowest terms. */
export function floatAsIntegerRatio(x: number): [bigint, bigint] {
  if (x !== x) throw valueError("cannot convert NaN to integer ratio");
  if (x === Infinity || x === -Infinity) throw overflowError("cannot convert Infinity to integer ratio");
  if (x === 0) return [0n, 1n];
  const [m, e] = decompose(Math.abs(x));
  let num = BigInt(m);
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  return [x < 0 ? -num : num, den];
}
