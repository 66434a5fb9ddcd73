/**
 * The format-spec mini-language (format(), str.format, f-strings), as CPython 3.11's
 * Python/formatter_unicode.c defines it: parsing, then one renderer per builtin type.
 * Type 'n' uses the C locale: '.' decimal point and no grouping.
 */
import { valueError, overflowError, NumFmtError } from "./errors.js";
import { doubleToString, floatRepr, type DtoaFlags } from "./digits.js";
import { intToString, DEFAULT_MAX_STR_DIGITS } from "./intstr.js";
import { unicodeDecimalValue } from "./parse.js";

export type Align = "<" | ">" | "=" | "^";

export interface FormatSpec {
  /** One code point (may be two UTF-16 units). */
  fill: string;
  align: Align;
  /** "" when absent. */
  sign: "" | "+" | "-" | " ";
  /** 'z' (3.11): coerce negative zero to positive. */
  noNeg0: boolean;
  /** '#'. */
  alternate: boolean;
  /** -1 when absent. */
  width: number;
  /** "" none, "," or "_" (group by 3), "_4" ('_' with b/o/x/X: group by 4). */
  thousands: "" | "," | "_" | "_4";
  /** -1 when absent. */
  precision: number;
  /** One code point, "" when absent and no default. */
  type: string;
}

const PY_SSIZE_T_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

function isAlign(c: string | undefined): c is Align {
  return c === "<" || c === ">" || c === "=" || c === "^";
}

/** CPython's message for a character in an error: printable ASCII as is, anything else as \x<hex>. */
function charForMessage(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : "\\x" + cp.toString(16);
}

export function unknownFormatCodeError(type: string, typeName: string): NumFmtError {
  return valueError(`Unknown format code '${charForMessage(type)}' for object of type '${typeName}'`);
}

/**
 * Read decimal digits at pos; returns [value, newPos]; value -1 when there were none. Like
 * CPython, any Unicode decimal digit counts.
 */
function getInteger(s: string, pos: number): [number, number] {
  let text = "";
  while (pos < s.length) {
    const c = s.charCodeAt(pos);
    if (c >= 48 && c <= 57) {
      text += s[pos];
      pos++;
    } else if (c > 127) {
      const cp = s.codePointAt(pos)!;
      const d = unicodeDecimalValue(cp);
      if (d < 0) break;
      text += String.fromCharCode(48 + d);
      pos += cp > 0xffff ? 2 : 1;
    } else break;
  }
  if (text === "") return [-1, pos];
  if (text.length > 18 && BigInt(text) > PY_SSIZE_T_MAX) {
    throw valueError("Too many decimal digits in format string");
  }
  return [Number(text), pos];
}

/**
 * parse_internal_render_format_spec. defaultType is "s" for str, "d" for int, "" for float and
 * complex; defaultAlign is "<" for str and ">" for numbers. typeName is used in error messages.
 */
export function parseFormatSpec(
  spec: string,
  defaultType = "",
  defaultAlign: Align = ">",
  typeName = "object",
): FormatSpec {
  // Specs come from a program's literals, the same few again and again. The result is
  // shared, so nothing may change it; a spec in error is never cached (typeName is only
  // for the messages).
  const key = `${defaultType}${defaultAlign}${spec}`;
  let f = parsedSpecs.get(key);
  if (f === undefined) {
    f = parseFormatSpecOnce(spec, defaultType, defaultAlign, typeName);
    if (parsedSpecs.size >= MAX_CACHED_SPECS) parsedSpecs.clear();
    parsedSpecs.set(key, f);
  }
  return f;
}

const parsedSpecs = new Map<string, FormatSpec>();
const MAX_CACHED_SPECS = 512;

function parseFormatSpecOnce(
  spec: string,
  defaultType: string,
  defaultAlign: Align,
  typeName: string,
): FormatSpec {
  const out: FormatSpec = {
    fill: " ",
    align: defaultAlign,
    sign: "",
    noNeg0: false,
    alternate: false,
    width: -1,
    thousands: "",
    precision: -1,
    type: defaultType,
  };
  let pos = 0;
  const end = spec.length;
  let fillSpecified = false;
  let alignSpecified = false;
  // The fill may be any code point, including one outside the BMP.
  const c0 = spec.codePointAt(0);
  const fillLen = c0 !== undefined && c0 > 0xffff ? 2 : 1;
  if (end >= fillLen + 1 && isAlign(spec[fillLen])) {
    out.fill = spec.slice(0, fillLen);
    out.align = spec[fillLen] as Align;
    fillSpecified = alignSpecified = true;
    pos = fillLen + 1;
  } else if (end >= 1 && isAlign(spec[0])) {
    out.align = spec[0] as Align;
    alignSpecified = true;
    pos = 1;
  }
  let c = spec[pos];
  if (c === "+" || c === "-" || c === " ") {
    out.sign = c;
    c = spec[++pos];
  }
  if (c === "z") {
    out.noNeg0 = true;
    c = spec[++pos];
  }
  if (c === "#") {
    out.alternate = true;
    c = spec[++pos];
  }
  if (!fillSpecified && c === "0") {
    out.fill = "0";
    if (!alignSpecified && defaultAlign === ">") out.align = "=";
    pos++;
  }
  [out.width, pos] = getInteger(spec, pos);
  if (spec[pos] === ",") {
    out.thousands = ",";
    pos++;
  }
  if (spec[pos] === "_") {
    if (out.thousands !== "") throw valueError("Cannot specify both ',' and '_'.");
    out.thousands = "_";
    pos++;
  }
  if (spec[pos] === "," && out.thousands === "_") throw valueError("Cannot specify both ',' and '_'.");
  if (spec[pos] === ".") {
    pos++;
    [out.precision, pos] = getInteger(spec, pos);
    if (out.precision === -1) throw valueError("Format specifier missing precision");
  }
  const rest = end - pos;
  if (rest > 1) {
    // one code point outside the BMP is still a single type character
    const cp = spec.codePointAt(pos)!;
    if (!(cp > 0xffff && rest === 2)) {
      throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
    }
  }
  if (rest >= 1) out.type = spec.slice(pos);
  if (out.thousands !== "") {
    switch (out.type) {
      case "d":
      case "e":
      case "f":
      case "g":
      case "E":
      case "G":
      case "%":
      case "F":
      case "":
        break;
      case "b":
      case "o":
      case "x":
      case "X":
        // PEP 515: '_' groups bin/oct/hex digits by four; ',' is not allowed
        if (out.thousands !== "_") throw thousandsError(out.thousands, out.type);
        out.thousands = "_4";
        break;
      default:
        throw thousandsError(out.thousands, out.type);
    }
  }
  return out;
}

function thousandsError(sep: string, type: string): NumFmtError {
  return valueError(`Cannot specify '${sep}' with '${charForMessage(type)}'.`);
}

/** Length in code points. */
function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** First n code points of s. */
function cpSlice(s: string, n: number): string {
  if (cpLength(s) === s.length) return s.slice(0, n);
  let i = 0;
  while (n > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    n--;
  }
  return s.slice(0, i);
}

/** calc_padding + the fill itself, around a body of `len` code points. */
function pad(body: string, len: number, width: number, align: Align, fill: string): string {
  if (width <= len) return body;
  const total = width - len;
  let left: number;
  if (align === ">") left = total;
  else if (align === "^") left = total >> 1;
  else left = 0;
  return fill.repeat(left) + body + fill.repeat(total - left);
}

/** format(str, spec). */
export function formatStr(s: string, spec: string, typeName = "str"): string {
  if (spec === "") return s;
  const f = parseFormatSpec(spec, "s", "<", typeName);
  if (f.type !== "s") throw unknownFormatCodeError(f.type, typeName);
  return formatStrWithSpec(s, f);
}

export function formatStrWithSpec(s: string, f: FormatSpec): string {
  if (f.sign !== "") {
    throw valueError(
      f.sign === " "
        ? "Space not allowed in string format specifier"
        : "Sign not allowed in string format specifier",
    );
  }
  if (f.noNeg0) throw valueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) throw valueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw valueError("'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if (f.precision >= 0 && len > f.precision) {
    s = cpSlice(s, f.precision);
    len = f.precision;
  }
  return pad(s, len, f.width, f.align, f.fill);
}

/**
 * _PyUnicode_InsertThousandsGrouping: group `digits` from the right in groups of `size`
 * (0: no grouping), padding with zeros (which are grouped too) to at least minWidth characters.
 */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  let remaining = digits.length;
  let out = "";
  let useSep = false;
  if (size > 0) {
    for (;;) {
      const l = Math.min(size, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, l - remaining);
      const nChars = Math.max(0, Math.min(remaining, l));
      out = "0".repeat(nZeros) + digits.slice(remaining - nChars, remaining) + (useSep ? sep : "") + out;
      useSep = true;
      remaining -= nChars;
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) return out;
      minWidth -= sep.length;
    }
  }
  const l = Math.max(remaining, minWidth, 1);
  return "0".repeat(Math.max(0, l - remaining)) + digits;
}

/**
 * calc_number_widths + fill_number. The number is: signChar ("-" or ""), prefix ("0x"…),
 * digits (the integer digits to group), rest (decimal point onwards, or 'c''s character),
 * restLen its length in code points.
 */
function layoutNumber(
  f: FormatSpec,
  signChar: string,
  prefix: string,
  digits: string,
  rest: string,
  restLen: number,
  locale: boolean,
): string {
  let sign = signChar;
  if (sign !== "-") sign = f.sign === "+" ? "+" : f.sign === " " ? " " : "";
  let sep = "";
  let size = 0;
  if (!locale && f.thousands !== "") {
    sep = f.thousands === "," ? "," : "_";
    size = f.thousands === "_4" ? 4 : 3;
  }
  const nonDigits = sign.length + prefix.length + restLen;
  const minWidth = f.fill === "0" && f.align === "=" ? f.width - nonDigits : 0;
  const grouped = digits.length === 0 ? "" : groupDigits(digits, minWidth, sep, size);
  const padding = f.width - (nonDigits + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case "<":
        rpad = padding;
        break;
      case "^":
        lpad = padding >> 1;
        rpad = padding - lpad;
        break;
      case "=":
        spad = padding;
        break;
      case ">":
        lpad = padding;
        break;
    }
  }
  const fill = f.fill;
  return (
    (lpad ? fill.repeat(lpad) : "") +
    sign +
    prefix +
    (spad ? fill.repeat(spad) : "") +
    grouped +
    rest +
    (rpad ? fill.repeat(rpad) : "")
  );
}

const C_LONG_MAX = 9223372036854775807n;

/** format(int, spec). value is a Python int (safe-integer number or bigint). */
export function formatInt(
  value: number | bigint,
  spec: string,
  typeName = "int",
  maxStrDigits = DEFAULT_MAX_STR_DIGITS,
): string {
  if (spec === "") return intToString(value, 10, maxStrDigits);
  const f = parseFormatSpec(spec, "d", ">", typeName);
  return formatIntWithSpec(value, f, typeName, maxStrDigits);
}

export function formatIntWithSpec(
  value: number | bigint,
  f: FormatSpec,
  typeName = "int",
  maxStrDigits = DEFAULT_MAX_STR_DIGITS,
): string {
  switch (f.type) {
    case "b":
    case "c":
    case "d":
    case "o":
    case "x":
    case "X":
    case "n":
      break;
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%": {
      const x = Number(value);
      if (x === Infinity || x === -Infinity) throw overflowError("int too large to convert to float");
      return formatFloatWithSpec(x, f);
    }
    default:
      throw unknownFormatCodeError(f.type, typeName);
  }
  if (f.precision !== -1) throw valueError("Precision not allowed in integer format specifier");
  if (f.noNeg0) throw valueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign !== "") throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof value === "bigint" && (value > C_LONG_MAX || value < -C_LONG_MAX - 1n)) {
      throw overflowError("Python int too large to convert to C long");
    }
    const v = Number(value);
    if (v < 0 || v > 0x10ffff) throw overflowError("%c arg not in range(0x110000)");
    return layoutNumber(f, "", "", "", String.fromCodePoint(v), 1, false);
  }
  let base = 10;
  let prefix = "";
  switch (f.type) {
    case "b":
      base = 2;
      prefix = "0b";
      break;
    case "o":
      base = 8;
      prefix = "0o";
      break;
    case "x":
      base = 16;
      prefix = "0x";
      break;
    case "X":
      base = 16;
      prefix = "0X";
      break;
  }
  let digits = intToString(value, base, maxStrDigits);
  let signChar = "";
  if (digits.charCodeAt(0) === 45) {
    signChar = "-";
    digits = digits.slice(1);
  }
  if (f.type === "X") digits = digits.toUpperCase();
  return layoutNumber(f, signChar, f.alternate ? prefix : "", digits, "", 0, f.type === "n");
}

/** Split a PyOS_double_to_string result (sign removed) into integer digits and the rest. */
function splitNumber(s: string): [string, string] {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i++;
  }
  return [s.slice(0, i), s.slice(i)];
}

/** format(float, spec). */
export function formatFloat(x: number, spec: string, typeName = "float"): string {
  if (spec === "") return floatRepr(x);
  const f = parseFormatSpec(spec, "", ">", typeName);
  switch (f.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
    case "%":
      return formatFloatWithSpec(x, f);
    default:
      throw unknownFormatCodeError(f.type, typeName);
  }
}

/** format_float_internal; f.type is already known to be a float presentation type. */
export function formatFloatWithSpec(x: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) throw valueError("precision too big");
  let precision = f.precision;
  let type = f.type;
  let defaultPrecision = 6;
  const flags: DtoaFlags = { alt: f.alternate, noNeg0: f.noNeg0 };
  if (type === "") {
    flags.addDot0 = true;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let pct = false;
  if (type === "%") {
    type = "f";
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let buf = doubleToString(x, type, precision, flags);
  if (pct) buf += "%";
  if (f.sign !== "+" && f.sign !== " " && f.width === -1 && f.type !== "n" && f.thousands === "") return buf;
  let signChar = "";
  if (buf.charCodeAt(0) === 45) {
    signChar = "-";
    buf = buf.slice(1);
  }
  const [digits, rest] = splitNumber(buf);
  return layoutNumber(f, signChar, "", digits, rest, rest.length, f.type === "n");
}

/** format(complex, spec). */
export function formatComplex(re: number, im: number, spec: string, typeName = "complex"): string {
  const f = parseFormatSpec(spec, "", ">", typeName);
  switch (f.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
      break;
    default:
      throw unknownFormatCodeError(f.type, typeName);
  }
  if (f.precision > INT_MAX) throw valueError("precision too big");
  if (f.fill === "0") throw valueError("Zero padding is not allowed in complex format specifier");
  if (f.align === "=") throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let type: string = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  const flags: DtoaFlags = { alt: f.alternate, noNeg0: f.noNeg0 };
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && 1 / re > 0) skipRe = true;
    else parens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const part = (v: string, sign: FormatSpec["sign"]): string => {
    let signChar = "";
    if (v.charCodeAt(0) === 45) {
      signChar = "-";
      v = v.slice(1);
    }
    const [digits, rest] = splitNumber(v);
    const tmp: FormatSpec = { ...f, fill: " ", align: "<", width: -1, sign };
    return layoutNumber(tmp, signChar, "", digits, rest, rest.length, f.type === "n");
  };
  const reStr = skipRe ? "" : part(doubleToString(re, type, precision, flags), f.sign);
  const imStr = part(doubleToString(im, type, precision, flags), skipRe ? f.sign : "+");
  const body = (parens ? "(" : "") + reStr + imStr + "j" + (parens ? ")" : "");
  return pad(body, body.length, f.width, f.align, f.fill);
}
