/**
 * The numeric conversions of printf-style '%' formatting (PyUnicode_Format's formatfloat and
 * _PyUnicode_FormatLong, plus the padding of unicode_format_arg_output). Parsing the format
 * string, '*' arguments (a negative width sets '-'), %c, %s, %r and %a belong to the object layer.
 */
import { doubleToString } from "./digits.js";
import { intToString, DEFAULT_MAX_STR_DIGITS } from "./intstr.js";

/** flags: any of the characters "-+ #0"; width: -1 or 0 for none; precision: -1 for none. */
function padNumeric(body: string, flags: string, width: number): string {
  let sign = "";
  if (body.charCodeAt(0) === 45 || body.charCodeAt(0) === 43) {
    sign = body[0]!;
    body = body.slice(1);
  } else if (flags.includes("+")) {
    sign = "+";
  } else if (flags.includes(" ")) {
    sign = " ";
  }
  const len = sign.length + body.length;
  if (width <= len) return sign + body;
  const n = width - len;
  if (flags.includes("-")) return sign + body + " ".repeat(n);
  if (flags.includes("0")) {
    // zeros go between the sign and prefix and the digits
    let prefix = "";
    if (body.length >= 2 && body.charCodeAt(0) === 48 && "xXo".includes(body[1]!)) {
      prefix = body.slice(0, 2);
      body = body.slice(2);
    }
    return sign + prefix + "0".repeat(n) + body;
  }
  return " ".repeat(n) + sign + body;
}

/** '%e' '%E' '%f' '%F' '%g' '%G' % x. */
export function formatFloatPrintf(
  x: number,
  flags: string,
  width: number,
  precision: number,
  conv: string,
): string {
  if (precision < 0) precision = 6;
  const body = doubleToString(x, conv, precision, flags.includes("#") ? { alt: true } : undefined);
  return padNumeric(body, flags, width);
}

/** '%d' '%i' '%u' '%o' '%x' '%X' % v. */
export function formatIntPrintf(
  v: number | bigint,
  flags: string,
  width: number,
  precision: number,
  conv: string,
  maxStrDigits = DEFAULT_MAX_STR_DIGITS,
): string {
  let base = 10;
  let prefix = "";
  if (conv === "o") {
    base = 8;
    prefix = "0o";
  } else if (conv === "x" || conv === "X") {
    base = 16;
    prefix = "0x";
  }
  let digits = intToString(v, base, maxStrDigits);
  let sign = "";
  if (digits.charCodeAt(0) === 45) {
    sign = "-";
    digits = digits.slice(1);
  }
  if (precision > digits.length) digits = "0".repeat(precision - digits.length) + digits;
  let body = sign + (flags.includes("#") ? prefix : "") + digits;
  if (conv === "X") body = body.toUpperCase();
  return padNumeric(body, flags, width);
}
