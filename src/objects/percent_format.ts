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

/** CPython formats ints with a C int for the digit count (_PyUnicode_FormatLong). */
function checkIntPrecision(v: number | bigint, precision: number): number | bigint {
  if (precision > INT_MAX - 3) throw overflowError("precision too large");
  return v;
}

/** The int for %d %i %u: int(x) for numbers, with CPython's message otherwise. */
function intForD(v: PyObject, conv: string): number | bigint {
  if (isInt(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const fv = floatValue(v);
  if (fv !== undefined) {
    const x = fv;
    if (x !== x) throw valueError("cannot convert float NaN to integer");
    if (!isFinite(x)) throw overflowError("cannot convert float infinity to integer");
    const t = Math.trunc(x);
    return Number.isSafeInteger(t) ? t : BigInt(t);
  }
  if (hasMethod(v, "__index__")) return index(v);
  if (hasMethod(v, "__int__") || hasMethod(v, "__float__")) {
    const r = hasMethod(v, "__int__") ? callSpecial(v, "__int__")! : callSpecial(v, "__float__")!;
    return intForD(r, conv);
  }
  throw typeError(`%${conv} format: a real number is required, not ${typeName(v)}`);
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

/** Formats `fmt % args`; returns the result's Text (Latin-1 for bytes). */
export function percentFormat(fmt: Text, args: PyObject, mode: PercentMode): Text {
  const isTuple = args instanceof PyTuple;
  const argList = isTuple ? (args as PyTuple).items : [args];
  const dict =
    isMapping(args) &&
    !(mode.isBytes && (typeOf(args).isSubtypeOf(bytesType) || typeOf(args).isSubtypeOf(bytearrayType)))
      ? args
      : null;
  let argIndex = 0;
  const nextArg = (): PyObject => {
    if (argIndex >= argList.length) throw typeError("not enough arguments for format string");
    return argList[argIndex++]!;
  };
  const out: Text[] = [];
  const n = fmt.length;
  let pos = 0;
  while (pos < n) {
    const start = pos;
    while (pos < n && fmt[pos] !== "%") pos++;
    if (pos > start) out.push(fmt.slice(start, pos));
    if (pos >= n) break;
    pos++; // '%'
    if (pos < n && fmt[pos] === "%") {
      out.push("%");
      pos++;
      continue;
    }
    let arg: PyObject | undefined;
    let fromDict = false;
    if (pos < n && fmt[pos] === "(") {
      if (dict === null) throw typeError("format requires a mapping");
      let depth = 1;
      const keyStart = ++pos;
      while (pos < n && depth > 0) {
        if (fmt[pos] === "(") depth++;
        else if (fmt[pos] === ")") depth--;
        pos++;
      }
      if (depth > 0) throw valueError("incomplete format key");
      const keyText = fmt.slice(keyStart, pos - 1);
      const key = mode.isBytes ? bytesKey(keyText) : strFromText(keyText);
      arg = getItem(dict, key);
      fromDict = true;
      // after a mapping key, positional arguments are no longer available
      argIndex = argList.length;
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
    if (pos < n && fmt[pos] === "*") {
      pos++;
      const w = nextArg();
      if (!isInt(w) && typeof w !== "boolean") throw typeError("* wants int");
      width = Number(w);
      if (!Number.isSafeInteger(width) && (w as bigint) > SSIZE_MAX)
        throw overflowError("Python int too large to convert to C ssize_t");
      if (width < 0) {
        flags += "-";
        width = -width;
      }
      if (width > 2147483647) throw newException(exceptionType("MemoryError"));
    } else {
      while (pos < n && fmt[pos]! >= "0" && fmt[pos]! <= "9") {
        width = (width < 0 ? 0 : width) * 10 + (fmt[pos]!.charCodeAt(0) - 48);
        if (width > 2147483647) throw valueError("width too big");
        pos++;
      }
    }
    let precision = -1;
    if (pos < n && fmt[pos] === ".") {
      pos++;
      precision = 0;
      if (pos < n && fmt[pos] === "*") {
        pos++;
        const p = nextArg();
        if (!isInt(p) && typeof p !== "boolean") throw typeError("* wants int");
        precision = Number(p);
        if (precision > INT_MAX || precision < -INT_MAX - 1)
          throw overflowError("Python int too large to convert to C int");
        if (precision < 0) precision = 0;
      } else {
        while (pos < n && fmt[pos]! >= "0" && fmt[pos]! <= "9") {
          precision = precision * 10 + (fmt[pos]!.charCodeAt(0) - 48);
          if (precision > INT_MAX) throw valueError(mode.isBytes ? "prec too big" : "precision too big");
          pos++;
        }
      }
    }
    // length modifiers are accepted and ignored
    while (pos < n && (fmt[pos] === "l" || fmt[pos] === "h" || fmt[pos] === "L")) pos++;
    if (pos >= n) throw valueError("incomplete format");
    const conv = fmt[pos]!;
    const convIndex = pos;
    pos++;
    if (!fromDict) arg = nextArg();
    const v = arg!;
    if (width < 0) width = 0;
    switch (conv) {
      case "s":
      case "r":
      case "a":
      case "b": {
        if (conv === "b" && !mode.isBytes) throw unsupported(conv, convIndex, fmt);
        let t = conv === "r" ? mode.r(v) : conv === "a" ? mode.a(v) : mode.s(v);
        if (precision >= 0 && t.length > precision) t = t.slice(0, precision);
        out.push(padText(t, flags, width));
        break;
      }
      case "c":
        out.push(padText(mode.c(v), flags, width));
        break;
      case "d":
      case "i":
      case "u":
        out.push(
          numFmt(() =>
            formatIntPrintf(checkIntPrecision(intForD(v, conv), precision), flags, width, precision, "d"),
          ),
        );
        break;
      case "x":
      case "X":
      case "o":
        out.push(
          numFmt(() =>
            formatIntPrintf(checkIntPrecision(intForX(v, conv), precision), flags, width, precision, conv),
          ),
        );
        break;
      case "e":
      case "E":
      case "f":
      case "F":
      case "g":
      case "G":
        out.push(numFmt(() => formatFloatPrintf(floatFor(v), flags, width, precision, conv)));
        break;
      default:
        throw unsupported(conv, convIndex, fmt);
    }
  }
  if (argIndex < argList.length && dict === null)
    throw typeError(`not all arguments converted during ${mode.isBytes ? "bytes" : "string"} formatting`);
  return textConcat(out);
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
