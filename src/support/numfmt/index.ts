/**
 * Number <-> text primitives for int, float, complex, str.format, f-strings, %-formatting,
 * round, int() and float(), on plain JS values: a Python int is a safe-integer number or a
 * bigint, a float is a number, a str is a string. Errors are NumFmtError with CPython's
 * exception type name and message.
 */
export { NumFmtError } from "./errors.js";
export {
  floatRepr,
  complexRepr,
  doubleToString,
  type DtoaFlags,
  type Decimal,
  exactDecimal,
  shortestDecimal,
  significantDecimal,
  fixedDecimal,
} from "./digits.js";
export {
  parseFormatSpec,
  formatInt,
  formatIntWithSpec,
  formatFloat,
  formatFloatWithSpec,
  formatComplex,
  formatStr,
  formatStrWithSpec,
  unknownFormatCodeError,
  type FormatSpec,
  type Align,
} from "./spec.js";
export { formatFloatPrintf, formatIntPrintf } from "./printf.js";
export { roundFloat, roundFloatToInt, roundInt } from "./round.js";
export {
  parseFloat,
  parseInt,
  parseIntOrError,
  setUnicodeDecimalHook,
  defaultUnicodeDecimal,
  transformDecimalAndSpace,
} from "./parse.js";
export { intToString, DEFAULT_MAX_STR_DIGITS, bitLength, normInt } from "./intstr.js";
export { floatHex, floatFromHex, floatAsIntegerRatio } from "./hex.js";
export { defaultStrRepr, setStrRepr } from "./strrepr.js";
