/**
 * Decimal digit generation for doubles, and the layout of those digits the way CPython's
 * PyOS_double_to_string lays them out.
 *
 * A finite nonzero double is m * 2**e exactly, so its exact decimal expansion is finite:
 * m << e when e >= 0, and m * 5**-e shifted -e places when e < 0. Every rounding here is done
 * half-even on that exact value, as CPython's dtoa does. The common cases take V8's own
 * correctly rounded conversions (String, toFixed, toExponential), which agree with the exact
 * rounding except on an exact tie, where JS rounds away from zero; a tie can only happen when
 * the exact expansion ends exactly one digit past the cut, which is cheap to test, and those
 * cases (and everything beyond JS's 100-digit limit) take the BigInt path.
 */

/** value = 0.DIGITS * 10**decpt; digits has no leading or trailing zeros, except zero itself is "0" with decpt 1. */
export interface Decimal {
  digits: string;
  decpt: number;
}

const view = new DataView(new ArrayBuffer(8));

/** Split a finite positive double into [m, e] with m odd (m < 2**53) and value = m * 2**e. */
export function decompose(ax: number): [number, number] {
  view.setFloat64(0, ax);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + lo;
  let e: number;
  if (bexp === 0) {
    e = -1074;
  } else {
    m += 4503599627370496; // 2**52
    e = bexp - 1075;
  }
  if (m === 0) return [0, 0];
  // strip trailing zero bits
  while (m % 65536 === 0) {
    m /= 65536;
    e += 16;
  }
  while (m % 2 === 0) {
    m /= 2;
    e += 1;
  }
  return [m, e];
}

const pow5cache: bigint[] = [1n];
function pow5(k: number): bigint {
  while (pow5cache.length <= k) pow5cache.push(pow5cache[pow5cache.length - 1]! * 5n);
  return pow5cache[k]!;
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Parse what JS number-to-string produces ("123.45", "1.5e-7", "1e+21", "0.00100") into a Decimal. */
export function parseJsDecimal(s: string): Decimal {
  let exp = 0;
  const ei = s.indexOf("e");
  if (ei >= 0) {
    exp = +s.slice(ei + 1);
    s = s.slice(0, ei);
  }
  const dot = s.indexOf(".");
  let intLen: number;
  let all: string;
  if (dot >= 0) {
    intLen = dot;
    all = s.slice(0, dot) + s.slice(dot + 1);
  } else {
    intLen = s.length;
    all = s;
  }
  let start = 0;
  while (start < all.length && all.charCodeAt(start) === 48) start++;
  if (start === all.length) return { digits: "0", decpt: 1 };
  return { digits: stripTrailingZeros(all.slice(start)), decpt: intLen - start + exp };
}

/** The exact decimal expansion of a finite positive double. */
export function exactDecimal(ax: number): Decimal {
  if (ax === 0) return { digits: "0", decpt: 1 };
  if (ax < 9007199254740992 && Number.isInteger(ax)) {
    const s = String(ax);
    return { digits: stripTrailingZeros(s), decpt: s.length };
  }
  const [m, e] = decompose(ax);
  if (e >= 0) {
    const s = (BigInt(m) << BigInt(e)).toString();
    return { digits: stripTrailingZeros(s), decpt: s.length };
  }
  const s = (BigInt(m) * pow5(-e)).toString();
  return { digits: s, decpt: s.length + e };
}

/** Round an exact Decimal half-even, keeping `keep` leading digits (keep may be <= 0). */
export function roundDecimal(d: Decimal, keep: number): Decimal {
  const ds = d.digits;
  if (keep >= ds.length) return d;
  if (keep < 0) return { digits: "0", decpt: 1 };
  const next = ds.charCodeAt(keep) - 48;
  let up: boolean;
  if (next > 5) up = true;
  else if (next < 5) up = false;
  else if (keep + 1 < ds.length)
    up = true; // digits are trailing-zero free, so anything after the 5 is > half
  else up = keep > 0 && (ds.charCodeAt(keep - 1) - 48) % 2 === 1;
  if (!up) {
    if (keep === 0) return { digits: "0", decpt: 1 };
    return { digits: stripTrailingZeros(ds.slice(0, keep)), decpt: d.decpt };
  }
  if (keep === 0) return { digits: "1", decpt: d.decpt + 1 };
  // increment the kept prefix
  let i = keep - 1;
  while (i >= 0 && ds.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: "1", decpt: d.decpt + 1 };
  return { digits: ds.slice(0, i) + String.fromCharCode(ds.charCodeAt(i) + 1), decpt: d.decpt };
}

/** Shortest digits that round-trip (dtoa mode 0). ax finite, > 0. */
export function shortestDecimal(ax: number): Decimal {
  return parseJsDecimal(String(ax));
}

/** Correctly rounded to n >= 1 significant digits (dtoa mode 2), trailing zeros removed. */
export function significantDecimal(ax: number, n: number): Decimal {
  if (ax === 0) return { digits: "0", decpt: 1 };
  if (n <= 100 && !(Number.isInteger(ax) && ax < 9007199254740992)) {
    const [, e] = decompose(ax);
    if (e < 0) {
      const s = ax.toExponential(n - 1);
      const E = +s.slice(s.indexOf("e") + 1);
      const fd = -e;
      if (fd !== n - E && fd !== n - E + 1) return parseJsDecimal(s);
    }
  }
  const d = exactDecimal(ax);
  return roundDecimal(d, n);
}

/** Correctly rounded to p >= 0 digits after the point (dtoa mode 3), trailing zeros removed. */
export function fixedDecimal(ax: number, p: number): Decimal {
  if (ax === 0) return { digits: "0", decpt: 1 };
  if (p <= 100 && ax < 1e21 && !(Number.isInteger(ax) && ax < 9007199254740992)) {
    const [, e] = decompose(ax);
    if (e < 0 && -e !== p + 1) return parseJsDecimal(ax.toFixed(p));
  }
  const d = exactDecimal(ax);
  return roundDecimal(d, d.decpt + p);
}

export interface DtoaFlags {
  /** Py_DTSF_SIGN: always write a sign. */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: add ".0" to a result that looks like an integer. */
  addDot0?: boolean;
  /** Py_DTSF_ALT: '#' alternate form. */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: 'z', drop the sign of a result that is zero. */
  noNeg0?: boolean;
}

const NO_FLAGS: DtoaFlags = {};

/**
 * PyOS_double_to_string: code is one of e E f F g G r, precision as CPython passes it
 * (ignored for r). Infinity and NaN come out as inf/nan (INF/NAN for upper-case codes).
 */
export function doubleToString(
  x: number,
  code: string,
  precision: number,
  flags: DtoaFlags = NO_FLAGS,
): string {
  let upper = false;
  let fc = code;
  if (code === "E" || code === "F" || code === "G") {
    upper = true;
    fc = code.toLowerCase();
  }
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  if (x !== x || x === Infinity || x === -Infinity) {
    const body = x !== x ? (upper ? "NAN" : "nan") : upper ? "INF" : "inf";
    if (x === -Infinity) return "-" + body;
    return flags.sign ? "+" + body : body;
  }
  const ax = neg ? -x : x;
  let d: Decimal;
  switch (fc) {
    case "e":
      d = significantDecimal(ax, precision + 1);
      break;
    case "f":
      d = fixedDecimal(ax, precision);
      break;
    case "g":
      if (precision === 0) precision = 1;
      d = significantDecimal(ax, precision);
      break;
    case "r":
      d = ax === 0 ? { digits: "0", decpt: 1 } : shortestDecimal(ax);
      break;
    default:
      throw new Error("doubleToString: bad format code " + code);
  }
  let signStr = "";
  if (neg && !(flags.noNeg0 && d.digits === "0")) signStr = "-";
  else if (flags.sign) signStr = "+";
  return signStr + layoutDigits(d, fc, precision, flags, upper);
}

/** CPython's format_float_short layout: a slice of the digits padded with zeros on both sides. */
function layoutDigits(d: Decimal, fc: string, precision: number, flags: DtoaFlags, upper: boolean): string {
  const digits = d.digits;
  const digitsLen = digits.length;
  let decpt = d.decpt;
  let useExp = false;
  let vEnd = digitsLen;
  const addDot0 = !!flags.addDot0;
  const alt = !!flags.alt;
  switch (fc) {
    case "e":
      useExp = true;
      vEnd = precision + 1;
      break;
    case "f":
      vEnd = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case "r":
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out: string;
  if (decpt <= 0) {
    out = "0".repeat(decpt - vStart) + "." + "0".repeat(-decpt) + digits;
  } else if (decpt <= digitsLen) {
    out = digits.slice(0, decpt) + "." + digits.slice(decpt);
  } else {
    out = digits;
  }
  if (digitsLen < decpt) out += "0".repeat(decpt - digitsLen) + "." + "0".repeat(vEnd - decpt);
  else if (vEnd > digitsLen) out += "0".repeat(vEnd - digitsLen);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
  }
  return out;
}

/** repr(float) and str(float). */
export function floatRepr(x: number): string {
  // Where CPython writes no exponent JS does too, with the same shortest digits.
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return s.includes(".") ? s : s + ".0";
  }
  return doubleToString(x, "r", 0, ADD_DOT_0);
}

const ADD_DOT_0: DtoaFlags = { addDot0: true };
const SIGN: DtoaFlags = { sign: true };

/** repr(complex) and str(complex). */
export function complexRepr(re: number, im: number): string {
  if (re === 0 && 1 / re > 0) return doubleToString(im, "r", 0) + "j";
  return "(" + doubleToString(re, "r", 0) + doubleToString(im, "r", 0, SIGN) + "j)";
}
