/**
 * float(str) and int(str, base), as CPython's PyFloat_FromString and PyLong_FromUnicodeObject.
 * Both first map non-ASCII whitespace to ' ' and non-ASCII decimal digits to ASCII
 * (_PyUnicode_TransformDecimalAndSpaceToASCII). The digit half needs the Unicode database; the
 * default uses the JS engine's tables (which may be a Unicode version apart from Python's), and
 * the object layer can install its own lookup with setUnicodeDecimalHook.
 */
import { NumFmtError, valueError } from "./errors.js";
import { reprOf } from "./strrepr.js";
import { DEFAULT_MAX_STR_DIGITS, maxStrDigitsToIntError, normInt } from "./intstr.js";

const ND = /\p{Nd}/u;

/**
 * Default decimal value of a non-ASCII code point from the JS engine's Unicode tables: Unicode
 * encodes every decimal digit set (category Nd) as runs of ten in order 0..9, so the value is
 * the distance to the start of the run of Nd code points, modulo 10.
 */
export function defaultUnicodeDecimal(cp: number): number {
  if (!ND.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

let unicodeDecimal: (cp: number) => number = defaultUnicodeDecimal;

/** Decimal value of a non-ASCII code point (0..9), or -1; through the installed hook. */
export function unicodeDecimalValue(cp: number): number {
  return unicodeDecimal(cp);
}

/** Install the Unicode decimal-digit lookup (returns 0..9, or -1 when cp is not a decimal digit). */
export function setUnicodeDecimalHook(fn: (cp: number) => number): void {
  unicodeDecimal = fn;
}

const UNICODE_SPACE = /\s/u;

function isUnicodeSpace(cp: number): boolean {
  // Python's str.isspace for non-ASCII: JS \s plus U+0085, minus U+FEFF
  if (cp === 0x85) return true;
  if (cp === 0xfeff) return false;
  return UNICODE_SPACE.test(String.fromCodePoint(cp));
}

// Regular expressions rather than loops over the characters: V8 runs them as native code
// from the first call, which keeps rejecting a huge literal (int_max_str_digits) fast
// even before the JS loops would be optimised (CPython's test_int times this).
const NON_ASCII = /[^\x00-\x7e]/;

/** _PyUnicode_TransformDecimalAndSpaceToASCII; stops with '?' at the first character it cannot map. */
export function transformDecimalAndSpace(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isUnicodeSpace(cp)) out += " ";
    else {
      const d = unicodeDecimal(cp);
      if (d < 0) return out + "?";
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

/** Py_ISSPACE: ASCII whitespace. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

const FLOAT_RE = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** NaN with its sign bit set, as CPython's float("-nan") (math.copysign sees the sign). Made
 * from its bits because bundlers fold the literal `-NaN` into `NaN` (esbuild does). */
export const NEGATIVE_NAN = new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0]!;

function floatError(s: string): NumFmtError {
  return valueError("could not convert string to float: " + reprOf(s));
}

/** float(s) for a str s. */
export function parseFloat(s: string): number {
  let t = transformDecimalAndSpace(s);
  let a = 0;
  let b = t.length;
  while (a < b && isSpace(t.charCodeAt(a))) a++;
  while (b > a + 1 && isSpace(t.charCodeAt(b - 1))) b--;
  t = t.slice(a, b);
  if (t.includes("_")) {
    // underscores only between digits
    let prev = "";
    let out = "";
    for (const ch of t) {
      const isDigit = ch >= "0" && ch <= "9";
      if (ch === "_") {
        if (!(prev >= "0" && prev <= "9" && prev.length === 1)) throw floatError(s);
      } else {
        if (prev === "_" && !isDigit) throw floatError(s);
        out += ch;
      }
      prev = ch;
    }
    if (prev === "_") throw floatError(s);
    t = out;
  }
  if (FLOAT_RE.test(t)) return Number(t);
  const m = SPECIAL_RE.exec(t);
  if (m) {
    // "-nan" has its sign bit set (math.copysign sees it), as CPython's _Py_dg_stdnan.
    if (m[2]!.toLowerCase() === "nan") return m[1] === "-" ? NEGATIVE_NAN : NaN;
    return m[1] === "-" ? -Infinity : Infinity;
  }
  throw floatError(s);
}

function intError(s: string, base: number): NumFmtError {
  const r = reprOf(s);
  return valueError(`invalid literal for int() with base ${base}: ${r.length > 200 ? cpPrefix(r, 200) : r}`);
}

function cpPrefix(s: string, n: number): string {
  return Array.from(s).slice(0, n).join("");
}

/** int(s, base) for a str s; base 0 or 2..36. */
export function parseInt(s: string, base = 10, maxStrDigits = DEFAULT_MAX_STR_DIGITS): number | bigint {
  const r = parseIntOrError(s, base, maxStrDigits);
  if (r instanceof NumFmtError) throw r;
  return r;
}

/** The value of up to 15 ASCII digits with an optional sign (the common `int(s)`), read
 * without the general scanner; undefined for anything else. */
function shortDecimal(s: string): number | undefined {
  const n = s.length;
  if (n === 0 || n > 15) return undefined;
  let i = 0;
  const first = s.charCodeAt(0);
  if (first === 0x2d || first === 0x2b) {
    if (n === 1) return undefined;
    i = 1;
  }
  let v = 0;
  for (; i < n; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return undefined;
    v = v * 10 + d;
  }
  // 0 - 0 is +0: int("-0") is 0.
  return first === 0x2d ? 0 - v : v;
}

/** parseInt with its error returned rather than thrown: `int("x")` in a loop under `try`
 * is common, and each JS throw costs more than the parse. */
export function parseIntOrError(
  s: string,
  base = 10,
  maxStrDigits = DEFAULT_MAX_STR_DIGITS,
): number | bigint | NumFmtError {
  if (base === 10) {
    const v = shortDecimal(s);
    if (v !== undefined) return v;
  }
  if ((base !== 0 && base < 2) || base > 36) return valueError("int() base must be >= 2 and <= 36, or 0");
  const t = transformDecimalAndSpace(s);
  const n = t.length;
  let i = 0;
  while (i < n && isSpace(t.charCodeAt(i))) i++;
  let neg = false;
  if (t[i] === "+") i++;
  else if (t[i] === "-") {
    neg = true;
    i++;
  }
  let b = base;
  let errorIfNonzero = false;
  if (b === 0) {
    const c1 = t[i + 1];
    if (t[i] !== "0") b = 10;
    else if (c1 === "x" || c1 === "X") b = 16;
    else if (c1 === "o" || c1 === "O") b = 8;
    else if (c1 === "b" || c1 === "B") b = 2;
    else {
      errorIfNonzero = true;
      b = 10;
    }
  }
  if (t[i] === "0") {
    const c1 = t[i + 1];
    if (
      (b === 16 && (c1 === "x" || c1 === "X")) ||
      (b === 8 && (c1 === "o" || c1 === "O")) ||
      (b === 2 && (c1 === "b" || c1 === "B"))
    ) {
      i += 2;
      if (t[i] === "_") i++;
    }
  }
  if (t[i] === "_") return intError(s, base);
  const start = i;
  // Digits, single underscores between them.
  const run = digitRun(b);
  run.lastIndex = start;
  const m = run.exec(t);
  let ndigits = 0;
  let underscores = false;
  if (m !== null) {
    i = start + m[0].length;
    underscores = m[0].includes("_");
    ndigits = underscores ? m[0].length - (m[0].match(/_/g)?.length ?? 0) : m[0].length;
  }
  if (t[i] === "_") return intError(s, base);
  if ((b & (b - 1)) !== 0 && maxStrDigits > 0 && ndigits > maxStrDigits) {
    return maxStrDigitsToIntError(maxStrDigits, ndigits);
  }
  let digits = t.slice(start, i);
  while (i < n && isSpace(t.charCodeAt(i))) i++;
  if (ndigits === 0 || i !== n) return intError(s, base);
  if (underscores) digits = digits.split("_").join("");
  const v = digitsToInt(digits, b);
  if (errorIfNonzero && v !== 0 && v !== 0n) return intError(s, base);
  if (typeof v === "number") return neg ? (v === 0 ? 0 : -v) : v;
  return normInt(neg ? -v : v);
}

const digitRuns: RegExp[] = [];

/** A sticky expression matching the digits of a base with single underscores between. */
function digitRun(base: number): RegExp {
  let re = digitRuns[base];
  if (re === undefined) {
    let cls = base <= 10 ? `0-${base - 1}` : "0-9";
    if (base > 10) {
      const last = String.fromCharCode(96 + base - 10);
      cls += `a-${last}A-${last.toUpperCase()}`;
    }
    re = new RegExp(`[${cls}]+(?:_[${cls}]+)*`, "y");
    digitRuns[base] = re;
  }
  return re;
}

const CHUNK = [
  0, 0, 52, 33, 26, 22, 20, 18, 17, 16, 15, 15, 14, 14, 13, 13, 13, 12, 12, 12, 12, 12, 11, 11, 11, 11, 11,
  11, 10, 10, 10, 10, 10, 10, 10, 10, 10,
];
const PREFIX: Record<number, string> = { 2: "0b", 8: "0o", 16: "0x" };

/** Value of a string of valid digits (no sign, no underscores). */
function digitsToInt(digits: string, base: number): number | bigint {
  if (digits.length <= CHUNK[base]!) return globalThis.parseInt(digits, base);
  if (base === 10) return BigInt(digits);
  const prefix = PREFIX[base];
  if (prefix !== undefined) return BigInt(prefix + digits);
  return splitConvert(digits, base, new Map());
}

/** Divide and conquer: value = high * base**len(low) + low, so V8's fast multiplication does the work. */
function splitConvert(digits: string, base: number, powers: Map<number, bigint>): bigint {
  if (digits.length <= CHUNK[base]!) return BigInt(globalThis.parseInt(digits, base));
  const lowLen = digits.length >> 1;
  let p = powers.get(lowLen);
  if (p === undefined) {
    p = BigInt(base) ** BigInt(lowLen);
    powers.set(lowLen, p);
  }
  const hi = splitConvert(digits.slice(0, digits.length - lowLen), base, powers);
  const lo = splitConvert(digits.slice(digits.length - lowLen), base, powers);
  return hi * p + lo;
}
