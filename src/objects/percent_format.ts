// printf-style formatting: `str % args` (PyUnicode_Format) and `bytes % args`
// (_PyBytes_FormatEx). One parser serves both: bytes are handled as Latin-1 Texts (one
// JS character per byte), so only %s, %r, %a, %c and the final conversion differ.
//
// The numeric conversions themselves are numfmt's printf pieces.

import { bytearrayType, bytesType, None } from "./bootstrap.js";
import { callSpecial } from "./call.js";
import {
  exceptionType,
  isException,
  newException,
  overflowError,
  typeError,
  valueError,
} from "./exceptions.js";
import { isInt, typeOf, type PyObject } from "./object.js";
import { numberCheck } from "./abstract.js";
import { intFromObject } from "./int.js";
import { typeName } from "./names.js";
import { formatFloatPrintf, formatIntPrintf, NumFmtError } from "../support/numfmt/index.js";
import {
  asciiEscapeJS,
  cpAt,
  jsString,
  strFromCodePoint,
  strFromText,
  strText,
  textConcat,
  textOf,
  type PyAstralStr,
  type Text,
} from "./str.js";
import { ascii, floatValue, getItem, index, PyTuple, repr, str as toStr } from "./str_runtime.js";
import { strHooks } from "./str_hooks.js";

/** What differs between str % and bytes %. */
export interface PercentMode {
  isBytes: boolean;
  /** %s (and %b for bytes): the argument as Text. */
  s: (v: PyObject) => Text;
  /** %r */
  r: (v: PyObject) => Text;
  /** %a */
  a: (v: PyObject) => Text;
  /** %c */
  c: (v: PyObject) => Text;
}

function numFmt<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof NumFmtError) throw newException(exceptionType(e.pyType), e.message);
    throw e;
  }
}

function hasMethod(v: PyObject, name: string): boolean {
  return typeOf(v).lookup(name) !== undefined;
}

const INT_MAX = 2147483647;
const SSIZE_MAX = (1n << 63n) - 1n;
const SSIZE_MAX_NUMBER = Number(SSIZE_MAX);

/** CPython formats ints with a C int for the digit count (_PyUnicode_FormatLong). */
function checkIntPrecision(v: number | bigint, precision: number): number | bigint {
  if (precision > INT_MAX - 3) throw overflowError("precision too large");
  return v;
}

/** The int for %d %i %u (mainformatlong): int(x) of anything PyNumber_Check accepts;
 * CPython's message when it is not a number or int() refuses it with a TypeError. */
function intForD(v: PyObject, conv: string): number | bigint {
  if (isInt(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const wrongType = () => typeError(`%${conv} format: a real number is required, not ${typeName(v)}`);
  if (!numberCheck(v)) throw wrongType();
  try {
    return intFromObject(v);
  } catch (e) {
    if (isException(e) && e.type.isSubtypeOf(exceptionType("TypeError"))) throw wrongType();
    throw e;
  }
}

/** The int for %x %X %o: __index__ only. */
function intForX(v: PyObject, conv: string): number | bigint {
  if (isInt(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (hasMethod(v, "__index__")) return index(v);
  throw typeError(`%${conv} format: an integer is required, not ${typeName(v)}`);
}

function floatFor(v: PyObject): number {
  const fv = floatValue(v);
  if (fv !== undefined) return fv;
  if (isInt(v)) return Number(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  const f = typeOf(v).lookup("__float__") !== undefined ? callSpecial(v, "__float__")! : undefined;
  if (f !== undefined && floatValue(f) !== undefined) return floatValue(f)!;
  if (f === undefined && hasMethod(v, "__index__")) return Number(index(v));
  throw typeError(`must be real number, not ${typeName(v)}`);
}

/** Pads a string conversion to `width` (spaces; '-' left-justifies). */
function padText(t: Text, flags: string, width: number): Text {
  if (width <= t.length) return t;
  const fill = " ".repeat(width - t.length);
  return flags.includes("-") ? textConcat([t, fill]) : textConcat([fill, t]);
}

function isMapping(v: PyObject): boolean {
  return !(v instanceof PyTuple) && strText(v) === undefined && hasMethod(v, "__getitem__");
}

/** One `%` conversion of a format, as parsed: what it reads, in the order CPython reads it.
 * A field whose parsing failed carries the error, raised when formatting reaches it (after
 * the conversions before it ran, and after the mapping key or `*` arguments it consumes
 * first, as CPython's single pass over the format does). */
interface Conversion {
  /** The literal text before it ('%%' already made '%'). */
  readonly literal: Text;
  /** The mapping key of `%(key)s`; null without one. */
  readonly key: Text | null;
  /** The `(` of a key that never closes. */
  readonly keyIncomplete: boolean;
  readonly flags: string;
  /** -1 none, -2 `*` (read from the arguments). */
  readonly width: number;
  readonly widthError: string | null;
  /** -1 none, -2 `*`. */
  readonly precision: number;
  readonly precisionError: string | null;
  /** The format ended inside the conversion. */
  readonly incomplete: boolean;
  readonly conv: string;
  readonly convIndex: number;
}

interface ParsedFormat {
  readonly conversions: readonly Conversion[];
  /** The literal text after the last conversion. */
  readonly tail: Text;
}

const STAR = -2;

/** Splits a format into its conversions; no argument is looked at. */
function parseFormat(fmt: Text, isBytes: boolean): ParsedFormat {
  const conversions: Conversion[] = [];
  const n = fmt.length;
  let literal: Text[] = [];
  let pos = 0;
  for (;;) {
    const start = pos;
    if (typeof fmt === "string") {
      pos = fmt.indexOf("%", pos);
      if (pos < 0) pos = n;
    } else while (pos < n && fmt[pos] !== "%") pos++;
    if (pos > start) literal.push(fmt.slice(start, pos));
    if (pos >= n) break;
    pos++; // '%'
    if (pos < n && fmt[pos] === "%") {
      literal.push("%");
      pos++;
      continue;
    }
    let key: Text | null = null;
    let keyIncomplete = false;
    if (pos < n && fmt[pos] === "(") {
      let depth = 1;
      const keyStart = ++pos;
      while (pos < n && depth > 0) {
        if (fmt[pos] === "(") depth++;
        else if (fmt[pos] === ")") depth--;
        pos++;
      }
      if (depth > 0) keyIncomplete = true;
      else key = fmt.slice(keyStart, pos - 1);
    }
    let flags = "";
    while (pos < n) {
      const c = fmt[pos]!;
      if (c === "-" || c === "+" || c === " " || c === "#" || c === "0") {
        flags += c;
        pos++;
      } else break;
    }
    let width = -1;
    let widthError: string | null = null;
    if (pos < n && fmt[pos] === "*") {
      pos++;
      width = STAR;
    } else {
      // CPython reads the width as a Py_ssize_t; one past INT_MAX fails only when padding
      // (MemoryError).
      while (pos < n && fmt[pos]! >= "0" && fmt[pos]! <= "9") {
        const digit = fmt[pos]!.charCodeAt(0) - 48;
        if (width > (SSIZE_MAX_NUMBER - digit) / 10) {
          widthError = "width too big";
          break;
        }
        width = (width < 0 ? 0 : width) * 10 + digit;
        pos++;
      }
    }
    let precision = -1;
    let precisionError: string | null = null;
    if (widthError === null && pos < n && fmt[pos] === ".") {
      pos++;
      precision = 0;
      if (pos < n && fmt[pos] === "*") {
        pos++;
        precision = STAR;
      } else {
        while (pos < n && fmt[pos]! >= "0" && fmt[pos]! <= "9") {
          precision = precision * 10 + (fmt[pos]!.charCodeAt(0) - 48);
          pos++;
          if (precision > INT_MAX) {
            precisionError = isBytes ? "prec too big" : "precision too big";
            break;
          }
        }
      }
    }
    // length modifiers are accepted and ignored
    while (pos < n && (fmt[pos] === "l" || fmt[pos] === "h" || fmt[pos] === "L")) pos++;
    const failed = keyIncomplete || widthError !== null || precisionError !== null || pos >= n;
    conversions.push({
      literal: textConcat(literal),
      key,
      keyIncomplete,
      flags,
      width,
      widthError,
      precision,
      precisionError,
      incomplete: pos >= n,
      conv: pos < n ? fmt[pos]! : "",
      convIndex: pos,
    });
    literal = [];
    // Formatting stops at the first error: nothing after it is read.
    if (failed) return { conversions, tail: "" };
    pos++;
  }
  return { conversions, tail: textConcat(literal) };
}

/** Parsed formats by text: a program formats with the same few literals again and again. */
const parsedFormats = [new Map<string, ParsedFormat>(), new Map<string, ParsedFormat>()];
const MAX_CACHED_FORMATS = 512;
const MAX_CACHED_FORMAT_LENGTH = 1000;

function parsed(fmt: Text, isBytes: boolean): ParsedFormat {
  if (typeof fmt !== "string" || fmt.length > MAX_CACHED_FORMAT_LENGTH) return parseFormat(fmt, isBytes);
  const cache = parsedFormats[isBytes ? 1 : 0]!;
  let p = cache.get(fmt);
  if (p === undefined) {
    if (cache.size >= MAX_CACHED_FORMATS) cache.clear();
    p = parseFormat(fmt, isBytes);
    cache.set(fmt, p);
  }
  return p;
}

/** The result, kept as one JS string until a part with astral code points comes. */
class TextBuilder {
  private plain = "";
  private parts: Text[] | null = null;
  add(t: Text): void {
    if (this.parts !== null) this.parts.push(t);
    else if (typeof t === "string") this.plain += t;
    else this.parts = [this.plain, t];
  }
  result(): Text {
    return this.parts === null ? this.plain : textConcat(this.parts);
  }
}

/** Formats `fmt % args`; returns the result's Text (Latin-1 for bytes). */
export function percentFormat(fmt: Text, args: PyObject, mode: PercentMode): Text {
  const isTuple = args instanceof PyTuple;
  const argList = isTuple ? (args as PyTuple).items : [args];
  const { conversions, tail } = parsed(fmt, mode.isBytes);
  let dict: PyObject | null | undefined;
  const out = new TextBuilder();
  let argIndex = 0;
  for (let i = 0; i < conversions.length; i++) {
    const c = conversions[i]!;
    out.add(c.literal);
    let arg: PyObject | undefined;
    if (c.key !== null || c.keyIncomplete) {
      dict ??= mappingOf(args, mode);
      if (dict === null) throw typeError("format requires a mapping");
      if (c.keyIncomplete) throw valueError("incomplete format key");
      arg = getItem(dict, mode.isBytes ? bytesKey(c.key!) : strFromText(c.key!));
      // after a mapping key, positional arguments are no longer available
      argIndex = argList.length;
    }
    let flags = c.flags;
    let width = c.width;
    if (width === STAR) {
      if (argIndex >= argList.length) throw typeError("not enough arguments for format string");
      const w = argList[argIndex++]!;
      if (!isInt(w) && typeof w !== "boolean") throw typeError("* wants int");
      width = Number(w);
      if (!Number.isSafeInteger(width) && (w as bigint) > SSIZE_MAX)
        throw overflowError("Python int too large to convert to C ssize_t");
      if (width < 0) {
        flags += "-";
        width = -width;
      }
    }
    if (c.widthError !== null) throw valueError(c.widthError);
    let precision = c.precision;
    if (precision === STAR) {
      if (argIndex >= argList.length) throw typeError("not enough arguments for format string");
      const p = argList[argIndex++]!;
      if (!isInt(p) && typeof p !== "boolean") throw typeError("* wants int");
      precision = Number(p);
      if (precision > INT_MAX || precision < -INT_MAX - 1)
        throw overflowError("Python int too large to convert to C int");
      if (precision < 0) precision = 0;
    }
    if (c.precisionError !== null) throw valueError(c.precisionError);
    if (c.incomplete) throw valueError("incomplete format");
    if (arg === undefined) {
      if (argIndex >= argList.length) throw typeError("not enough arguments for format string");
      arg = argList[argIndex++]!;
    }
    if (width < 0) width = 0;
    const converted = convert(
      c.conv,
      c.convIndex,
      fmt,
      arg,
      flags,
      width > INT_MAX ? 0 : width,
      precision,
      mode,
    );
    // The argument is converted before the padding cannot be allocated, as in CPython.
    if (width > INT_MAX) throw newException(exceptionType("MemoryError"));
    out.add(converted);
  }
  out.add(tail);
  if (argIndex < argList.length && (dict ?? mappingOf(args, mode)) === null)
    throw typeError(`not all arguments converted during ${mode.isBytes ? "bytes" : "string"} formatting`);
  return out.result();
}

/** The mapping that `%(key)s` reads, or null when the arguments are not one. */
function mappingOf(args: PyObject, mode: PercentMode): PyObject | null {
  if (!isMapping(args)) return null;
  if (mode.isBytes && (typeOf(args).isSubtypeOf(bytesType) || typeOf(args).isSubtypeOf(bytearrayType)))
    return null;
  return args;
}

function convert(
  conv: string,
  convIndex: number,
  fmt: Text,
  v: PyObject,
  flags: string,
  width: number,
  precision: number,
  mode: PercentMode,
): Text {
  switch (conv) {
    case "s":
    case "r":
    case "a":
    case "b": {
      if (conv === "b" && !mode.isBytes) throw unsupported(conv, convIndex, fmt);
      let t = conv === "r" ? mode.r(v) : conv === "a" ? mode.a(v) : mode.s(v);
      if (precision >= 0 && t.length > precision) t = t.slice(0, precision);
      return padText(t, flags, width);
    }
    case "c":
      return padText(mode.c(v), flags, width);
    case "d":
    case "i":
    case "u":
      // The common `%d` of an int that fits a double's integers: its decimal digits.
      if (typeof v === "number" && flags === "" && width === 0 && precision < 0) return String(v);
      return numFmt(() =>
        formatIntPrintf(
          // bytes' formatting reads %i as %d before it converts (bytesobject.c).
          checkIntPrecision(intForD(v, mode.isBytes && conv === "i" ? "d" : conv), precision),
          flags,
          width,
          precision,
          "d",
        ),
      );
    case "x":
    case "X":
    case "o":
      return numFmt(() =>
        formatIntPrintf(checkIntPrecision(intForX(v, conv), precision), flags, width, precision, conv),
      );
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
      return numFmt(() => formatFloatPrintf(floatFor(v), flags, width, precision, conv));
    default:
      throw unsupported(conv, convIndex, fmt);
  }
}

function unsupported(conv: string, at: number, fmt: Text): PyObject {
  void fmt;
  const cp = cpAt([conv], 0);
  const shown = cp >= 32 && cp <= 126 ? conv : "?";
  return valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${at}`);
}

/** Keys of `bytes % mapping` are bytes; made by bytes.ts. */
export const percentHooks: { bytesFromLatin1: (t: Text) => PyObject } = {
  bytesFromLatin1: () => {
    throw new Error("bytes not initialised");
  },
};

function bytesKey(t: Text): PyObject {
  return percentHooks.bytesFromLatin1(t);
}

// ---- str % ----

function strTextOf(v: PyObject): Text {
  return textOf(v as string | PyAstralStr);
}

const strMode: PercentMode = {
  isBytes: false,
  s: (v) => strTextOf(toStr(v)),
  r: (v) => strTextOf(repr(v)),
  a: (v) => strTextOf(ascii(v)),
  c: (v) => {
    const t = strText(v);
    if (t !== undefined) {
      if (t.length !== 1) throw typeError("%c requires int or char");
      return t;
    }
    if (!isInt(v) && typeof v !== "boolean" && !hasMethod(v, "__index__"))
      throw typeError("%c requires int or char");
    let cp: number | bigint;
    try {
      cp = typeof v === "boolean" ? Number(v) : index(v);
    } catch (e) {
      if (isException(e) && e.type === exceptionType("TypeError")) throw typeError("%c requires int or char");
      throw e;
    }
    if (typeof cp === "bigint" || cp < 0 || cp > 0x10ffff)
      throw overflowError("%c arg not in range(0x110000)");
    return strTextOf(strFromCodePoint(cp));
  },
};

/** `str % args` */
export function strPercent(self: PyObject, args: PyObject): PyObject {
  return strFromText(percentFormat(strText(self)!, args, strMode));
}

strHooks.mod = strPercent;

export { asciiEscapeJS, jsString, None };
