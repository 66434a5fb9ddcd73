// The codec error-handler registry and the built-in handlers as Python callables
// (`codecs.lookup_error("replace")` and friends), as CPython's Python/codecs.c has them.
//
// The built-in codecs apply the common handlers inline (codecs.ts); these callables are
// what Python code gets from lookup_error, and what a codec calls for a handler it does
// not apply itself. A handler takes the UnicodeEncodeError, UnicodeDecodeError or
// UnicodeTranslateError and returns (replacement, position to resume at) or raises.

import { characterName } from "../support/unicode/index.js";
import { exceptionType, newException, PyBaseException, typeError } from "./exceptions.js";
import { builtinFunction } from "./function.js";
import type { PyObject } from "./object.js";
import { typeName } from "./names.js";
import { cpAt, strFromText, strText, textToJS, type Text } from "./str.js";
import { bufferOf, PyBytes } from "./bytes.js";
import { PyTuple, getAttr } from "./str_runtime.js";
import { oneArg } from "./str_args.js";

export const errorHandlers = new Map<string, PyObject>();

export function lookupError(name: string): PyObject {
  const h = errorHandlers.get(name);
  if (h === undefined)
    throw newException(exceptionType("LookupError"), `unknown error handler name '${name}'`);
  return h;
}

export function hexEsc(cp: number): string {
  if (cp < 0x100) return "\\x" + cp.toString(16).padStart(2, "0");
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

type Kind = "encode" | "decode" | "translate";

/** The error's kind, its object and its range, clamped into the object as CPython's
 * PyUnicode*Error_GetStart/GetEnd do. */
function errorInfo(exc: PyObject): [Kind, PyObject, number, number] {
  const kind: Kind | undefined = !(exc instanceof PyBaseException)
    ? undefined
    : exc.type.isSubtypeOf(exceptionType("UnicodeEncodeError"))
      ? "encode"
      : exc.type.isSubtypeOf(exceptionType("UnicodeDecodeError"))
        ? "decode"
        : exc.type.isSubtypeOf(exceptionType("UnicodeTranslateError"))
          ? "translate"
          : undefined;
  if (kind === undefined) throw typeError(`don't know how to handle ${typeName(exc)} in error callback`);
  const obj = getAttr(exc, "object");
  const size = kind === "decode" ? bufferOf(obj)!.length : strText(obj)!.length;
  let start = Number(getAttr(exc, "start"));
  let end = Number(getAttr(exc, "end"));
  if (start < 0) start = 0;
  if (start >= size) start = size - 1;
  if (end < 1) end = 1;
  if (end > size) end = size;
  return [kind, obj, start, end];
}

function unsupported(exc: PyObject): PyBaseException {
  return typeError(`don't know how to handle ${typeName(exc)} in error callback`);
}

function replacement(parts: string[], end: number): PyObject {
  return new PyTuple([strFromText(parts.join("")), end]);
}

/** surrogatepass's encodings: UTF-8, -16 and -32 in either byte order, as CPython
 * recognises their names; [bytes per surrogate, little-endian] or undefined. */
function standardEncoding(name: string): [number, boolean] | undefined {
  const m = /^utf[-_]?(8|16|32)(?:[-_]?([bl]e))?$/i.exec(name);
  if (m === null) return name === "CP_UTF8" ? [3, false] : undefined;
  if (m[1] === "8") return m[2] === undefined ? [3, false] : undefined;
  return [m[1] === "16" ? 2 : 4, m[2]?.toLowerCase() !== "be"];
}

function surrogatePass(exc: PyObject, kind: Kind, obj: PyObject, start: number, end: number): PyObject {
  if (kind === "translate") throw unsupported(exc);
  const std = standardEncoding(textToJS(strText(getAttr(exc, "encoding")) ?? ""));
  if (std === undefined) throw exc;
  const [width, le] = std;
  if (kind === "encode") {
    const t = strText(obj)!;
    const out: number[] = [];
    for (let k = start; k < end; k++) {
      const cp = cpAt(t, k);
      if (cp < 0xd800 || cp > 0xdfff) throw exc;
      if (width === 3) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      else {
        const bytes = width === 2 ? [cp >> 8, cp & 255] : [0, 0, cp >> 8, cp & 255];
        out.push(...(le ? bytes.reverse() : bytes));
      }
    }
    return new PyTuple([new PyBytes(Uint8Array.from(out)), end]);
  }
  const data = bufferOf(obj)!;
  let cp = 0;
  if (data.length - start >= width) {
    const b = Array.from(data.subarray(start, start + width));
    if (width === 3) {
      if ((b[0]! & 0xf0) === 0xe0 && (b[1]! & 0xc0) === 0x80 && (b[2]! & 0xc0) === 0x80)
        cp = ((b[0]! & 0x0f) << 12) | ((b[1]! & 0x3f) << 6) | (b[2]! & 0x3f);
    } else for (const x of le ? b.reverse() : b) cp = cp * 256 + x;
  }
  if (cp < 0xd800 || cp > 0xdfff) throw exc;
  return new PyTuple([String.fromCharCode(cp), start + width]);
}

const handlers: Record<string, (exc: PyObject) => PyObject> = {
  strict(exc) {
    if (exc instanceof PyBaseException) throw exc;
    throw typeError("codec must pass exception instance");
  },
  ignore(exc) {
    const [, , , end] = errorInfo(exc);
    return new PyTuple(["", end]);
  },
  replace(exc) {
    const [kind, , start, end] = errorInfo(exc);
    const n = Math.max(end - start, 0);
    if (kind === "decode") return new PyTuple(["\ufffd", end]);
    return new PyTuple([(kind === "encode" ? "?" : "\ufffd").repeat(n), end]);
  },
  backslashreplace(exc) {
    const [kind, obj, start, end] = errorInfo(exc);
    const parts: string[] = [];
    if (kind === "decode") {
      const data = bufferOf(obj)!;
      for (let k = start; k < end; k++) parts.push(hexEsc(data[k]!));
    } else for (let k = start; k < end; k++) parts.push(hexEsc(cpAt(strText(obj)!, k)));
    return replacement(parts, end);
  },
  xmlcharrefreplace(exc) {
    const [kind, obj, start, end] = errorInfo(exc);
    if (kind !== "encode") throw unsupported(exc);
    const parts: string[] = [];
    for (let k = start; k < end; k++) parts.push(`&#${cpAt(strText(obj)!, k)};`);
    return replacement(parts, end);
  },
  namereplace(exc) {
    const [kind, obj, start, end] = errorInfo(exc);
    if (kind !== "encode") throw unsupported(exc);
    const parts: string[] = [];
    for (let k = start; k < end; k++) {
      const cp = cpAt(strText(obj)!, k);
      const name = characterName(cp);
      parts.push(name ? `\\N{${name}}` : hexEsc(cp));
    }
    return replacement(parts, end);
  },
  surrogateescape(exc) {
    const [kind, obj, start, end] = errorInfo(exc);
    if (kind === "translate") throw unsupported(exc);
    if (kind === "encode") {
      const t: Text = strText(obj)!;
      const out: number[] = [];
      for (let k = start; k < end; k++) {
        const cp = cpAt(t, k);
        if (cp < 0xdc80 || cp > 0xdcff) throw exc;
        out.push(cp - 0xdc00);
      }
      return new PyTuple([new PyBytes(Uint8Array.from(out)), end]);
    }
    // At most four bytes at a time, and never an ASCII one.
    const data = bufferOf(obj)!;
    const chars: string[] = [];
    while (chars.length < 4 && start + chars.length < end && data[start + chars.length]! >= 128)
      chars.push(String.fromCharCode(0xdc00 + data[start + chars.length]!));
    if (chars.length === 0) throw exc;
    return new PyTuple([strFromText(chars), start + chars.length]);
  },
  surrogatepass(exc) {
    const [kind, obj, start, end] = errorInfo(exc);
    return surrogatePass(exc, kind, obj, start, end);
  },
};

for (const [name, fn] of Object.entries(handlers)) {
  // CPython names the two PEP 383 handlers without the _errors suffix.
  const fname = name.startsWith("surrogate") ? name : `${name}_errors`;
  errorHandlers.set(
    name,
    builtinFunction(fname, (args, kwnames) => fn(oneArg(fname, args, kwnames)), "_codecs"),
  );
}
