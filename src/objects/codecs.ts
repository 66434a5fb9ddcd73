// The built-in codecs (utf-8, utf-16, utf-32, latin-1, ascii, cp1252, unicode_escape,
// raw_unicode_escape) and the error handlers, with CPython's UnicodeError details.
//
// An encoder walks code points; a run of code points it cannot encode goes to the error
// handler, which either raises UnicodeEncodeError(encoding, str, start, end, reason) or
// supplies a replacement and a position to resume at. Decoders work the same way over
// bytes. Handlers registered from Python (codecs.register_error) are called with the
// exception object and return (replacement, newpos), as in CPython.

import { strType, bytesType } from "./bootstrap.js";
import { call } from "./call.js";
import { isTrue, str } from "./abstract.js";
import { baseExceptionType, exceptionType, newException, PyBaseException, typeError } from "./exceptions.js";
import { isInt, type PyObject } from "./object.js";
import { typeName } from "./names.js";
import { characterName, lookupName } from "../support/unicode/index.js";
import {
  cpAt,
  cpOf,
  strFromCodePoint,
  strFromText,
  strText,
  textToJS,
  PyAstralStr,
  type Text,
} from "./str.js";
import { bufferOf, bytesHooks, latin1, PyBytes } from "./bytes.js";
import { strHooks } from "./str_hooks.js";
import { PyTuple, getAttr } from "./str_runtime.js";
import { errorHandlers, hexEsc, lookupError } from "./codec_handlers.js";
import { getAttrOpt, setAttr } from "./attributes.js";
import type { PyType } from "./type.js";

const UnicodeEncodeError_ = exceptionType("UnicodeEncodeError");
const UnicodeDecodeError_ = exceptionType("UnicodeDecodeError");
const LookupError_ = exceptionType("LookupError");

/** Output byte sink. */
export class ByteSink {
  buf = new Uint8Array(64);
  len = 0;
  push(b: number): void {
    if (this.len === this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }
  pushAll(a: ArrayLike<number>): void {
    if (this.len + a.length > this.buf.length) this.grow(a.length);
    for (let i = 0; i < a.length; i++) this.buf[this.len++] = a[i]!;
  }
  pushAscii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  private grow(n: number): void {
    const nb = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

// ---- encoding ----

export interface Encoder {
  /** The name in error messages. */
  name: string;
  /** Appends the encoding of cp, or returns false if it cannot be encoded. */
  put(cp: number, out: ByteSink): boolean;
  reason: string;
  /** Encodes a surrogate for surrogatepass; false if the codec has no such form. */
  surrogatePass?: (cp: number, out: ByteSink) => void;
  /** Replacement text from every handler but strict and ignore is encoded with `put`
   * (charmap's rule), not written as ASCII bytes. */
  reencodeReplacements?: boolean;
  /** surrogateescape fails from the first character it cannot escape, not the run's start. */
  escapesPrefix?: boolean;
  /** UTF-16 and UTF-32 (2 or 4): each character is an error of its own, and a handler's
   * replacement bytes must be whole code units. */
  unit?: number;
  /** A handler's replacement text must be ASCII (the UTF codecs). */
  asciiReplacement?: boolean;
}

/** A UnicodeEncodeError/UnicodeDecodeError with its fields set, as its __init__ would. */
export function newUnicodeError(type: PyType, args: PyObject[]): PyObject {
  const e = newException(type, ...args);
  ["encoding", "object", "start", "end", "reason"].forEach((f, i) => setAttr(e, f, args[i]!));
  return e;
}

function makeEncodeError(enc: string, t: Text, start: number, end: number, reason: string): PyObject {
  return newUnicodeError(UnicodeEncodeError_, [enc, strFromText(t), start, end, reason]);
}

export function runEncode(t: Text, errors: string, enc: Encoder, out: ByteSink): void {
  const n = t.length;
  let i = 0;
  while (i < n) {
    const cp = cpAt(t, i);
    if (enc.put(cp, out)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (enc.unit === undefined) while (j < n && !canPut(enc, cpAt(t, j))) j++;
    i = handleEncodeError(t, i, j, errors, enc, out);
  }
}

const scratch = new ByteSink();
function canPut(enc: Encoder, cp: number): boolean {
  scratch.len = 0;
  return enc.put(cp, scratch);
}

function handleEncodeError(
  t: Text,
  start: number,
  end: number,
  errors: string,
  enc: Encoder,
  out: ByteSink,
): number {
  const fail = () => {
    throw makeEncodeError(enc.name, t, start, end, enc.reason);
  };
  // Replacement text is encoded by the codec itself (ASCII is not one byte in UTF-16).
  const put = (s: string) => {
    for (let k = 0; k < s.length; k++) if (!enc.put(s.charCodeAt(k), out)) fail();
  };
  switch (enc.reencodeReplacements && errors !== "strict" && errors !== "ignore" ? "" : errors) {
    case "strict":
      return fail();
    case "ignore":
      return end;
    case "replace":
      for (let k = start; k < end; k++) put("?");
      return end;
    case "backslashreplace":
      for (let k = start; k < end; k++) put(hexEsc(cpAt(t, k)));
      return end;
    case "xmlcharrefreplace":
      for (let k = start; k < end; k++) put(`&#${cpAt(t, k)};`);
      return end;
    case "namereplace":
      for (let k = start; k < end; k++) {
        const cp = cpAt(t, k);
        const name = characterName(cp);
        put(name ? `\\N{${name}}` : hexEsc(cp));
      }
      return end;
    case "surrogateescape": {
      let k = start;
      const bytes: number[] = [];
      for (; k < end; k++) {
        const cp = cpAt(t, k);
        if (cp < 0xdc80 || cp > 0xdcff) break;
        bytes.push(cp - 0xdc00);
      }
      if (k < end || enc.unit !== undefined) {
        // CPython's UTF-8, ASCII and Latin-1 encoders write the escapable prefix and fail
        // from the first character that is not; the others fail the whole run.
        if (enc.escapesPrefix) throw makeEncodeError(enc.name, t, k, end, enc.reason);
        return fail();
      }
      out.pushAll(bytes);
      return end;
    }
    case "surrogatepass": {
      if (!enc.surrogatePass) return fail();
      for (let k = start; k < end; k++) {
        const cp = cpAt(t, k);
        if (cp < 0xd800 || cp > 0xdfff) {
          // not a surrogate: the original error stands for this position
          throw makeEncodeError(enc.name, t, k, k + 1, enc.reason);
        }
        enc.surrogatePass(cp, out);
      }
      return end;
    }
    default: {
      const handler = lookupError(errors);
      const exc = makeEncodeError(enc.name, t, start, end, enc.reason);
      const r = call(handler, [exc]);
      const [rep, pos] = handlerResult(r, "encoding");
      const rt = strText(rep);
      if (rt !== undefined) {
        for (let k = 0; k < rt.length; k++) {
          const cp = cpAt(rt, k);
          if ((enc.asciiReplacement && cp >= 128) || !enc.put(cp, out)) fail();
        }
      } else {
        const b = bufferOf(rep)!;
        if (enc.unit !== undefined && b.length % enc.unit !== 0) fail();
        out.pushAll(b);
      }
      let p = pos;
      if (p < 0) p += t.length;
      if (p < 0 || p > t.length)
        throw newException(exceptionType("IndexError"), `position ${pos} from error handler out of bounds`);
      return p;
    }
  }
}

function handlerResult(r: PyObject, what: "encoding" | "decoding"): [PyObject, number] {
  const bad = () =>
    typeError(
      what === "encoding"
        ? "encoding error handler must return (str/bytes, int) tuple"
        : "decoding error handler must return (str, int) tuple",
    );
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw bad();
  const [rep, pos] = r.items as [PyObject, PyObject];
  const okRep = strText(rep) !== undefined || (what === "encoding" && rep instanceof PyBytes);
  if (!okRep || !isInt(pos)) throw bad();
  return [rep, Number(pos)];
}

const utf8Encoder: Encoder = {
  name: "utf-8",
  escapesPrefix: true,
  asciiReplacement: true,
  reason: "surrogates not allowed",
  put(cp, out) {
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) {
      out.push(0xc0 | (cp >> 6));
      out.push(0x80 | (cp & 63));
    } else if (cp < 0x10000) {
      if (cp >= 0xd800 && cp <= 0xdfff) return false;
      out.push(0xe0 | (cp >> 12));
      out.push(0x80 | ((cp >> 6) & 63));
      out.push(0x80 | (cp & 63));
    } else {
      out.push(0xf0 | (cp >> 18));
      out.push(0x80 | ((cp >> 12) & 63));
      out.push(0x80 | ((cp >> 6) & 63));
      out.push(0x80 | (cp & 63));
    }
    return true;
  },
  surrogatePass(cp, out) {
    out.push(0xe0 | (cp >> 12));
    out.push(0x80 | ((cp >> 6) & 63));
    out.push(0x80 | (cp & 63));
  },
};

function limitEncoder(name: string, limit: number): Encoder {
  return {
    name,
    reason: `ordinal not in range(${limit})`,
    escapesPrefix: true,
    put(cp, out) {
      if (cp >= limit) return false;
      out.push(cp);
      return true;
    },
  };
}

function utf16Encoder(name: string, le: boolean): Encoder {
  const unit = (u: number, out: ByteSink) => {
    if (le) {
      out.push(u & 255);
      out.push(u >> 8);
    } else {
      out.push(u >> 8);
      out.push(u & 255);
    }
  };
  return {
    name,
    reason: "surrogates not allowed",
    unit: 2,
    asciiReplacement: true,
    put(cp, out) {
      if (cp >= 0xd800 && cp <= 0xdfff) return false;
      if (cp < 0x10000) unit(cp, out);
      else {
        const v = cp - 0x10000;
        unit(0xd800 | (v >> 10), out);
        unit(0xdc00 | (v & 0x3ff), out);
      }
      return true;
    },
    surrogatePass: (cp, out) => unit(cp, out),
  };
}

function utf32Encoder(name: string, le: boolean): Encoder {
  const word = (cp: number, out: ByteSink) => {
    const b = [cp & 255, (cp >> 8) & 255, (cp >> 16) & 255, (cp >>> 24) & 255];
    out.pushAll(le ? b : b.reverse());
  };
  return {
    name,
    reason: "surrogates not allowed",
    unit: 4,
    asciiReplacement: true,
    put(cp, out) {
      if (cp >= 0xd800 && cp <= 0xdfff) return false;
      word(cp, out);
      return true;
    },
    surrogatePass: word,
  };
}

// cp1252: 0x80-0x9f map to these code points (0 = undefined); the rest is Latin-1.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];
const CP1252_ENCODE = new Map<number, number>();
CP1252_HIGH.forEach((cp, i) => {
  if (cp) CP1252_ENCODE.set(cp, 0x80 + i);
});

const cp1252Encoder: Encoder = {
  name: "charmap",
  reason: "character maps to <undefined>",
  put(cp, out) {
    if (cp < 0x80 || (cp >= 0xa0 && cp < 0x100)) {
      out.push(cp);
      return true;
    }
    const b = CP1252_ENCODE.get(cp);
    if (b === undefined) return false;
    out.push(b);
    return true;
  },
};

function escapeEncode(t: Text, raw: boolean): Uint8Array {
  const out = new ByteSink();
  for (let i = 0; i < t.length; i++) {
    const cp = cpAt(t, i);
    if (raw) {
      if (cp < 0x100) out.push(cp);
      else out.pushAscii(hexEsc(cp));
      continue;
    }
    if (cp === 0x5c) out.pushAscii("\\\\");
    else if (cp === 9) out.pushAscii("\\t");
    else if (cp === 10) out.pushAscii("\\n");
    else if (cp === 13) out.pushAscii("\\r");
    else if (cp < 0x20 || cp >= 0x7f) out.pushAscii(hexEsc(cp));
    else out.push(cp);
  }
  return out.result();
}

/** Canonical names of the built-in codecs (CPython's normalisation, then aliases). */
export function normalizeEncoding(name: string): string {
  let n = normalized.get(name);
  if (n === undefined) {
    n = canonicalEncoding(name.toLowerCase().replace(/[-\s]/g, "_"));
    if (normalized.size < 256) normalized.set(name, n);
  }
  return n;
}

/** Names already normalised: str.encode and bytes.decode ask on every call. */
const normalized = new Map<string, string>();

function canonicalEncoding(n: string): string {
  switch (n) {
    case "utf_8":
    case "utf8":
    case "u8":
    case "utf":
    case "cp65001":
    case "utf8_ucs2":
    case "utf8_ucs4":
      return "utf_8";
    case "latin_1":
    case "latin1":
    case "latin":
    case "l1":
    case "iso_8859_1":
    case "iso8859_1":
    case "8859":
    case "cp819":
    case "iso_ir_100":
    case "iso_8859_1:1987":
      return "latin_1";
    case "ascii":
    case "us_ascii":
    case "646":
    case "us":
    case "ansi_x3.4_1968":
    case "iso646_us":
      return "ascii";
    case "utf_16":
    case "utf16":
    case "u16":
      return "utf_16";
    case "utf_16_le":
    case "utf_16le":
    case "unicodelittleunmarked":
      return "utf_16_le";
    case "utf_16_be":
    case "utf_16be":
    case "unicodebigunmarked":
      return "utf_16_be";
    case "utf_32":
    case "utf32":
    case "u32":
      return "utf_32";
    case "utf_32_le":
    case "utf_32le":
      return "utf_32_le";
    case "utf_32_be":
    case "utf_32be":
      return "utf_32_be";
    case "cp1252":
    case "windows_1252":
    case "1252":
      return "cp1252";
    case "unicode_escape":
      return "unicode_escape";
    case "raw_unicode_escape":
      return "raw_unicode_escape";
    default:
      return n;
  }
}

const platformUtf8 = new TextEncoder();
const SURROGATE_UNIT = /[\ud800-\udfff]/;

/** Encodes with a built-in codec; undefined if `encoding` is not one. */
export function encodeBuiltin(t: Text, encoding: string, errors: string): Uint8Array | undefined {
  const normalized = normalizeEncoding(encoding);
  if (normalized === "utf_8" && typeof t === "string") {
    const ascii = shortAsciiBytes(t);
    if (ascii !== null) return ascii;
    // Without surrogates (a str keeps those as a code-point array; the test guards
    // against a JS string that slipped through) the platform's encoder is Python's UTF-8.
    if (!SURROGATE_UNIT.test(t)) return platformUtf8.encode(t);
  }
  const out = new ByteSink();
  switch (normalized) {
    case "utf_8":
      runEncode(t, errors, utf8Encoder, out);
      break;
    case "ascii":
      runEncode(t, errors, limitEncoder("ascii", 128), out);
      break;
    case "latin_1":
      runEncode(t, errors, limitEncoder("latin-1", 256), out);
      break;
    case "utf_16":
      out.pushAll([0xff, 0xfe]);
      runEncode(t, errors, utf16Encoder("utf-16", true), out);
      break;
    case "utf_16_le":
      runEncode(t, errors, utf16Encoder("utf-16-le", true), out);
      break;
    case "utf_16_be":
      runEncode(t, errors, utf16Encoder("utf-16-be", false), out);
      break;
    case "utf_32":
      out.pushAll([0xff, 0xfe, 0, 0]);
      runEncode(t, errors, utf32Encoder("utf-32", true), out);
      break;
    case "utf_32_le":
      runEncode(t, errors, utf32Encoder("utf-32-le", true), out);
      break;
    case "utf_32_be":
      runEncode(t, errors, utf32Encoder("utf-32-be", false), out);
      break;
    case "cp1252":
      runEncode(t, errors, cp1252Encoder, out);
      break;
    case "unicode_escape":
      return escapeEncode(t, false);
    case "raw_unicode_escape":
      return escapeEncode(t, true);
    default:
      return undefined;
  }
  return out.result();
}

// ---- decoding ----

/** Output code-point sink. */
export class CharSink {
  chars: string[] = [];
  plain = true;
  push(cp: number): void {
    if (cp >= 0xd800 && (cp <= 0xdfff || cp > 0xffff)) this.plain = false;
    this.chars.push(cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp));
  }
  pushText(t: Text): void {
    for (let i = 0; i < t.length; i++) this.push(cpAt(t, i));
  }
  text(): Text {
    return this.plain ? this.chars.join("") : this.chars;
  }
}

function makeDecodeError(
  enc: string,
  data: Uint8Array,
  start: number,
  end: number,
  reason: string,
): PyObject {
  return newUnicodeError(UnicodeDecodeError_, [enc, new PyBytes(data.slice()), start, end, reason]);
}

/** Handles a decoding error on data[start:end]; returns where to resume. */
export function handleDecodeError(
  enc: string,
  data: Uint8Array,
  start: number,
  end: number,
  reason: string,
  errors: string,
  out: CharSink,
): number {
  switch (errors) {
    case "strict":
      throw makeDecodeError(enc, data, start, end, reason);
    case "ignore":
      return end;
    case "replace":
      out.push(0xfffd);
      return end;
    case "backslashreplace":
      for (let k = start; k < end; k++) out.pushText("\\x" + data[k]!.toString(16).padStart(2, "0"));
      return end;
    case "surrogateescape": {
      // At most four non-ASCII bytes at a time (the handler's rule); an ASCII one fails.
      let k = start;
      while (k < end && k < start + 4 && data[k]! >= 128) out.push(0xdc00 + data[k++]!);
      if (k === start) throw makeDecodeError(enc, data, start, end, reason);
      return k;
    }
    default: {
      const handler = lookupError(errors);
      const exc = makeDecodeError(enc, data, start, end, reason);
      const r = call(handler, [exc]);
      const [rep, pos] = handlerResult(r, "decoding");
      out.pushText(strText(rep)!);
      // the handler may have replaced the exception's object
      const obj = getAttr(exc, "object");
      void obj;
      let p = pos;
      if (p < 0) p += data.length;
      if (p < 0 || p > data.length)
        throw newException(exceptionType("IndexError"), `position ${pos} from error handler out of bounds`);
      return p;
    }
  }
}

/** UTF-8; returns [text, bytes consumed]. With final false, an incomplete sequence at
 * the end is left unconsumed. */
export function decodeUtf8(data: Uint8Array, errors: string, final = true): [Text, number] {
  return decodeValidUtf8(data, final) ?? decodeUtf8Slowly(data, errors, final);
}

/** V8's decoder, which rejects what Python's codec rejects (encoded surrogates, overlong
 * forms, code points past U+10FFFF) and, with ignoreBOM, keeps a BOM as Python does. */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Valid UTF-8 (up to an incomplete last sequence when not final) decoded natively; null
 * when there is an error to handle. */
function decodeValidUtf8(data: Uint8Array, final: boolean): [Text, number] | null {
  const end = final ? data.length : completeUtf8Length(data);
  let s: string;
  try {
    s = strictUtf8.decode(end === data.length ? data : data.subarray(0, end));
  } catch {
    return null;
  }
  // Surrogate pairs here are astral code points: the Text holds one string per code point.
  return [/[\ud800-\udfff]/.test(s) ? Array.from(s) : s, end];
}

/** The length of `data` without a trailing sequence that is a valid but incomplete start
 * of a character (more input may complete it). */
function completeUtf8Length(data: Uint8Array): number {
  const n = data.length;
  let lead = n - 1;
  while (lead >= 0 && lead > n - 4 && (data[lead]! & 0xc0) === 0x80) lead--;
  if (lead < 0) return n;
  const b = data[lead]!;
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
  const have = n - lead - 1;
  if (need === 0 || have >= need) return n;
  if (have >= 1) {
    const c = data[lead + 1]!;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    // CPython's decoder checks for an encoded surrogate (ED A0..BF) only once the sequence
    // is complete, so a truncated one waits for more input like any other.
    const hi = b === 0xf4 ? 0x8f : 0xbf;
    if (c < lo || c > hi) return n;
  }
  return lead;
}

function decodeUtf8Slowly(data: Uint8Array, errors: string, final: boolean): [Text, number] {
  const out = new CharSink();
  const n = data.length;
  let i = 0;
  const surrogatePass = errors === "surrogatepass";
  while (i < n) {
    const b = data[i]!;
    if (b < 0x80) {
      out.push(b);
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) lo = 0xa0;
      // An encoded surrogate is an error once complete (as in CPython): when not final,
      // a truncated one at the end waits for more input.
      else if (b === 0xed && !surrogatePass && (final || i + 2 < n)) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      i = handleDecodeError("utf-8", data, i, i + 1, "invalid start byte", errors, out);
      continue;
    }
    let k = 1;
    let bad = false;
    for (; k <= need; k++) {
      if (i + k >= n) break;
      const c = data[i + k]!;
      const l = k === 1 ? lo : 0x80;
      const h = k === 1 ? hi : 0xbf;
      if (c < l || c > h) {
        bad = true;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (bad) {
      i = handleDecodeError("utf-8", data, i, i + k, "invalid continuation byte", errors, out);
      continue;
    }
    if (k <= need) {
      // ran out of data
      if (!final) break;
      i = handleDecodeError("utf-8", data, i, n, "unexpected end of data", errors, out);
      continue;
    }
    out.push(cp);
    i += need + 1;
  }
  return [out.text(), i];
}

function decodeLimit(data: Uint8Array, errors: string, limit: number, name: string): Text {
  let ok = true;
  for (const b of data) if (b >= limit) ok = false;
  if (ok) return latin1(data);
  const out = new CharSink();
  let i = 0;
  while (i < data.length) {
    const b = data[i]!;
    if (b < limit) {
      out.push(b);
      i++;
    } else i = handleDecodeError(name, data, i, i + 1, `ordinal not in range(${limit})`, errors, out);
  }
  return out.text();
}

function decodeCp1252(data: Uint8Array, errors: string): Text {
  const out = new CharSink();
  let i = 0;
  while (i < data.length) {
    const b = data[i]!;
    const cp = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    if (cp === 0 && b !== 0)
      i = handleDecodeError("charmap", data, i, i + 1, "character maps to <undefined>", errors, out);
    else {
      out.push(cp);
      i++;
    }
  }
  return out.text();
}

/** UTF-16: byteorder -1 little, 1 big, 0 detect from a BOM (default little). Returns
 * [text, consumed, byteorder]. */
export function decodeUtf16(
  data: Uint8Array,
  errors: string,
  byteorder: number,
  final: boolean,
  name: string,
): [Text, number, number] {
  const out = new CharSink();
  let i = 0;
  const n = data.length;
  if (byteorder === 0 && n >= 2) {
    if (data[0] === 0xff && data[1] === 0xfe) {
      byteorder = -1;
      i = 2;
    } else if (data[0] === 0xfe && data[1] === 0xff) {
      byteorder = 1;
      i = 2;
    }
  }
  const le = byteorder <= 0;
  const unit = (p: number) => (le ? data[p]! | (data[p + 1]! << 8) : (data[p]! << 8) | data[p + 1]!);
  while (i < n) {
    if (i + 1 >= n) {
      if (!final) break;
      i = handleDecodeError(name, data, i, n, "truncated data", errors, out);
      continue;
    }
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) {
      out.push(u);
      i += 2;
      continue;
    }
    if (u >= 0xdc00) {
      if (errors === "surrogatepass") {
        out.push(u);
        i += 2;
      } else i = handleDecodeError(name, data, i, i + 2, "illegal encoding", errors, out);
      continue;
    }
    if (i + 3 >= n) {
      if (!final) break;
      if (errors === "surrogatepass" && i + 2 === n) {
        out.push(u);
        i += 2;
        continue;
      }
      i = handleDecodeError(name, data, i, n, "unexpected end of data", errors, out);
      continue;
    }
    const u2 = unit(i + 2);
    if (u2 >= 0xdc00 && u2 <= 0xdfff) {
      out.push(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
      i += 4;
    } else if (errors === "surrogatepass") {
      out.push(u);
      i += 2;
    } else i = handleDecodeError(name, data, i, i + 2, "illegal UTF-16 surrogate", errors, out);
  }
  return [out.text(), i, byteorder === 0 ? 0 : byteorder];
}

export function decodeUtf32(
  data: Uint8Array,
  errors: string,
  byteorder: number,
  final: boolean,
  name: string,
): [Text, number, number] {
  const out = new CharSink();
  let i = 0;
  const n = data.length;
  if (byteorder === 0 && n >= 4) {
    if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) {
      byteorder = -1;
      i = 4;
    } else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
      byteorder = 1;
      i = 4;
    }
  }
  const le = byteorder <= 0;
  while (i < n) {
    if (i + 3 >= n) {
      if (!final) break;
      i = handleDecodeError(name, data, i, n, "truncated data", errors, out);
      continue;
    }
    const cp = le
      ? (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0
      : ((data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!) >>> 0;
    if (cp > 0x10ffff)
      i = handleDecodeError(name, data, i, i + 4, "code point not in range(0x110000)", errors, out);
    else if (cp >= 0xd800 && cp <= 0xdfff && errors !== "surrogatepass")
      i = handleDecodeError(
        name,
        data,
        i,
        i + 4,
        "code point in surrogate code point range(0xd800, 0xe000)",
        errors,
        out,
      );
    else {
      out.push(cp);
      i += 4;
    }
  }
  return [out.text(), i, byteorder];
}

/** unicode_escape and raw_unicode_escape decoding. */
export function decodeEscape(data: Uint8Array, errors: string, raw: boolean, final = true): [Text, number] {
  const name = raw ? "rawunicodeescape" : "unicodeescape";
  const out = new CharSink();
  const n = data.length;
  let i = 0;
  const isHex = (b: number | undefined) =>
    b !== undefined && ((b >= 48 && b <= 57) || (b >= 97 && b <= 102) || (b >= 65 && b <= 70));
  while (i < n) {
    const b = data[i]!;
    if (b !== 92) {
      out.push(b);
      i++;
      continue;
    }
    const start = i;
    if (raw) {
      // count the backslashes: only an odd-numbered one before u/U escapes
      let j = i;
      while (j < n && data[j] === 92) j++;
      const count = j - i;
      const next = data[j];
      if (count % 2 === 0 || (next !== 117 && next !== 85)) {
        for (let k = 0; k < count; k++) out.push(92);
        i = j;
        continue;
      }
      for (let k = 0; k < count - 1; k++) out.push(92);
      i = j - 1;
    }
    if (i + 1 >= n) {
      if (!final && !raw) break;
      if (raw) {
        out.push(92);
        i++;
        continue;
      }
      i = handleDecodeError(name, data, start, n, "\\ at end of string", errors, out);
      continue;
    }
    const c = data[i + 1]!;
    let digits = 0;
    switch (c) {
      case 120: // x
        digits = raw ? -1 : 2;
        break;
      case 117: // u
        digits = 4;
        break;
      case 85: // U
        digits = 8;
        break;
      default:
        digits = -1;
    }
    if (raw && digits < 0) {
      out.push(92);
      i++;
      continue;
    }
    if (digits > 0) {
      let k = 0;
      let v = 0;
      while (k < digits && isHex(data[i + 2 + k])) {
        v = v * 16 + parseInt(String.fromCharCode(data[i + 2 + k]!), 16);
        k++;
      }
      if (k < digits) {
        if (!final && i + 2 + k >= n) break;
        const esc = c === 120 ? "\\xXX" : c === 117 ? "\\uXXXX" : "\\UXXXXXXXX";
        i = handleDecodeError(name, data, start, i + 2 + k, `truncated ${esc} escape`, errors, out);
        continue;
      }
      if (v > 0x10ffff) {
        i = handleDecodeError(name, data, start, i + 2 + k, "illegal Unicode character", errors, out);
        continue;
      }
      out.push(v);
      i += 2 + digits;
      continue;
    }
    i += 2;
    switch (c) {
      case 10:
        break;
      case 92:
        out.push(92);
        break;
      case 39:
        out.push(39);
        break;
      case 34:
        out.push(34);
        break;
      case 98:
        out.push(8);
        break;
      case 102:
        out.push(12);
        break;
      case 116:
        out.push(9);
        break;
      case 110:
        out.push(10);
        break;
      case 114:
        out.push(13);
        break;
      case 118:
        out.push(11);
        break;
      case 97:
        out.push(7);
        break;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55: {
        let v = c - 48;
        for (let k = 0; k < 2 && i < n && data[i]! >= 48 && data[i]! <= 55; k++)
          v = v * 8 + (data[i++]! - 48);
        out.push(v);
        break;
      }
      case 78: {
        // \N{name}
        if (data[i] === 123) {
          let j = i + 1;
          while (j < n && data[j] !== 125) j++;
          if (j < n) {
            const nm = latin1(data.subarray(i + 1, j));
            const cp = nm.length > 0 ? lookupName(nm) : undefined;
            if (cp !== undefined && cp >= 0) {
              out.push(cp);
              i = j + 1;
              break;
            }
            i = handleDecodeError(name, data, start, j + 1, "unknown Unicode character name", errors, out);
            break;
          }
        }
        i = handleDecodeError(
          name,
          data,
          start,
          Math.min(n, i + (data[i] === 123 ? n : 0)),
          "malformed \\N character escape",
          errors,
          out,
        );
        break;
      }
      default:
        out.push(92);
        out.push(c);
    }
  }
  return [out.text(), i];
}

/** Decodes with a built-in codec; undefined if `encoding` is not one. */
export function decodeBuiltin(data: Uint8Array, encoding: string, errors: string): Text | undefined {
  switch (normalizeEncoding(encoding)) {
    case "utf_8":
      return decodeUtf8(data, errors)[0];
    case "ascii":
      return decodeLimit(data, errors, 128, "ascii");
    case "latin_1":
      return latin1(data);
    case "utf_16":
      return decodeUtf16(data, errors, 0, true, "utf-16")[0];
    case "utf_16_le":
      return decodeUtf16(data, errors, -1, true, "utf-16-le")[0];
    case "utf_16_be":
      return decodeUtf16(data, errors, 1, true, "utf-16-be")[0];
    case "utf_32":
      return decodeUtf32(data, errors, 0, true, "utf-32")[0];
    case "utf_32_le":
      return decodeUtf32(data, errors, -1, true, "utf-32-le")[0];
    case "utf_32_be":
      return decodeUtf32(data, errors, 1, true, "utf-32-be")[0];
    case "cp1252":
      return decodeCp1252(data, errors);
    case "unicode_escape":
      return decodeEscape(data, errors, false)[0];
    case "raw_unicode_escape":
      return decodeEscape(data, errors, true)[0];
    default:
      return undefined;
  }
}

// ---- the registry path (codecs.lookup) for everything else ----

export const codecRegistry: {
  /** `_codecs.lookup(encoding)`: a CodecInfo; set by the _codecs module. */
  lookup: ((encoding: string) => PyObject) | null;
} = { lookup: null };

function unknownEncoding(encoding: string): PyObject {
  return newException(LookupError_, `unknown encoding: ${encoding}`);
}

/** The codecs str.encode and bytes.decode run directly in CPython (PyUnicode_AsEncodedString
 * and PyUnicode_Decode); the others go through the registry, whose errors are wrapped. */
function cpythonFastCodec(encoding: string): boolean {
  let fast = fastCodecNames.get(encoding);
  if (fast === undefined) {
    // _Py_normalize_encoding: lower case, each run of other than letters, digits and '.' one '_'
    const n = encoding
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, "_")
      .replace(/^_|_$/g, "");
    fast = /^(utf_?(8|16|32)|ascii|us_ascii|latin_?1|iso_?8859_1)$/.test(n);
    if (fastCodecNames.size < 256) fastCodecNames.set(encoding, fast);
  }
  return fast;
}

/** cpythonFastCodec's answers: `s.encode()` asks on every call, and the three regular
 * expressions cost six times the encoding of a short str. */
const fastCodecNames = new Map<string, boolean>();

/** The registry's CodecInfo for a text encoding: LookupError for the others (rot13, hex...),
 * which only codecs.encode/decode may use. */
function textCodec(encoding: string, op: "encode" | "decode"): PyObject {
  if (codecRegistry.lookup === null) throw unknownEncoding(encoding);
  const info = codecRegistry.lookup(encoding);
  const isText = getAttrOpt(info, "_is_text_encoding");
  if (isText !== undefined && !isTrue(isText))
    throw newException(
      LookupError_,
      `'${encoding}' is not a text encoding; use codecs.${op}() to handle arbitrary codecs`,
    );
  return info;
}

const FAT_EXCEPTIONS = [
  "BaseExceptionGroup",
  "SystemExit",
  "ImportError",
  "OSError",
  "AttributeError",
  "NameError",
  "StopIteration",
  "SyntaxError",
  "UnicodeEncodeError",
  "UnicodeDecodeError",
  "UnicodeTranslateError",
  "MemoryError",
].map(exceptionType);

/** An exception raised by a codec, with the codec named in front of its message: a new
 * exception of the same type, "encoding with 'rot13' codec failed (TypeError: ...)",
 * caused by the original. As CPython's _PyErr_TrySetFromCause, only when the exception
 * can be remade from its message alone: its type keeps BaseException's __init__, __new__
 * and layout (no fields of its own, no __slots__), it has no instance attributes and its
 * args are at most one str. Any other value comes back as it was. */
export function wrapCodecError(e: unknown, operation: "encoding" | "decoding", encoding: string): unknown {
  if (!(e instanceof PyBaseException)) return e;
  const t = e.type;
  if (FAT_EXCEPTIONS.some((f) => t.isSubtypeOf(f))) return e;
  if (t.lookup("__init__") !== baseExceptionType.lookup("__init__")) return e;
  if (t.lookup("__new__") !== baseExceptionType.lookup("__new__")) return e;
  if (t.slotNames.some((n) => n !== "__weakref__" && n !== "__dict__")) return e;
  if (e.dict !== null) for (const _ in e.dict) return e;
  if (e.args.length > 1 || (e.args.length === 1 && strText(e.args[0]!) === undefined)) return e;
  const wrapped = newException(
    t,
    `${operation} with '${encoding}' codec failed (${t.name}: ${textToJS(strText(str(e))!)})`,
  );
  wrapped.cause = e;
  wrapped.suppressContext = true;
  return wrapped;
}

/** Runs a codec, wrapping what it raises (wrapCodecError). */
export function runCodec<T>(operation: "encoding" | "decoding", encoding: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw wrapCodecError(e, operation, encoding);
  }
}

/** Calls a CodecInfo's encoder (0) or decoder (1), which returns (result, consumed). */
export function callCodec(
  info: PyObject,
  which: 0 | 1,
  obj: PyObject,
  errors: string,
  encoding: string,
): PyObject {
  const op = which === 0 ? "encoding" : "decoding";
  const fn = info instanceof PyTuple ? info.items[which]! : getAttr(info, which === 0 ? "encode" : "decode");
  const r = runCodec(op, encoding, () => call(fn, [obj, errors]));
  if (!(r instanceof PyTuple) || r.items.length !== 2)
    throw typeError(
      which === 0
        ? "encoder must return a tuple (object, integer)"
        : "decoder must return a tuple (object,integer)",
    );
  return r.items[0]!;
}

/** str.encode(encoding, errors) */
export function encodeText(t: Text, encoding: string, errors: string): PyObject {
  // `s.encode()`, the common case, without the name lookups.
  if (encoding === "utf-8" && typeof t === "string") {
    const ascii = shortAsciiBytes(t);
    if (ascii !== null) return new PyBytes(ascii);
  }
  if (!cpythonFastCodec(encoding)) {
    const b = runCodec("encoding", encoding, () => encodeBuiltin(t, encoding, errors));
    if (b !== undefined) return new PyBytes(b);
  } else {
    const b = encodeBuiltin(t, encoding, errors);
    if (b !== undefined) return new PyBytes(b);
  }
  const info = textCodec(encoding, "encode");
  const res = callCodec(info, 0, strFromText(t), errors, encoding);
  if (!(res instanceof PyBytes))
    throw typeError(
      `'${encoding}' encoder returned '${typeName(res)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`,
    );
  return res;
}

/** The bytes of a short ASCII string, copied here: for a header or a word, a call into
 * the platform's encoder costs more than the copy (`s.encode()` to test for surrogates is
 * an idiom of the email package). Null when `s` is long or not ASCII. */
function shortAsciiBytes(s: string): Uint8Array | null {
  const n = s.length;
  if (n > 64) return null;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return null;
    out[i] = c;
  }
  return out;
}

/** bytes.decode(encoding, errors) */
export function decodeBytes(data: Uint8Array, encoding: string, errors: string): PyObject {
  const t = cpythonFastCodec(encoding)
    ? decodeBuiltin(data, encoding, errors)
    : runCodec("decoding", encoding, () => decodeBuiltin(data, encoding, errors));
  if (t !== undefined) return strFromText(t);
  const info = textCodec(encoding, "decode");
  const res = callCodec(info, 1, new PyBytes(data), errors, encoding);
  if (strText(res) === undefined)
    throw typeError(
      `'${encoding}' decoder returned '${typeName(res)}' instead of 'str'; use codecs.decode() to decode to arbitrary types`,
    );
  return strText(res) !== undefined && !(res instanceof PyAstralStr && res.type !== strType)
    ? res
    : strFromText(strText(res)!);
}

strHooks.encode = encodeText;
strHooks.decode = (obj, encoding, errors) => {
  const b = bufferOf(obj);
  if (b === undefined) throw typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  return decodeBytes(b, encoding, errors);
};
bytesHooks.encode = (s, encoding, errors) => encodeText(strText(s)!, encoding, errors);
bytesHooks.decode = decodeBytes;

export { cpOf, strFromCodePoint, textToJS, bytesType, errorHandlers, lookupError };
