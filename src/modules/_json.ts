// The `_json` accelerator that Lib/json uses when it exists: `scanstring` (a JSON string
// body to a str), `make_scanner` (the recursive-descent decoder behind json.loads), and
// `encode_basestring` / `encode_basestring_ascii` (a str to a JSON string literal), and
// `make_encoder` (json.dumps without indent; with one, json.encoder uses its Python
// iterencode, as on CPython).
//
// Positions are code-point indices, as everywhere in Python: a str with astral or
// surrogate code points is read through its code-point array. Errors are json's
// JSONDecodeError(msg, doc, pos) with the C implementation's messages; a value missing
// where one is required raises StopIteration(pos), which JSONDecoder.raw_decode turns into
// "Expecting value".

import { dictType, floatType, intType, None } from "../objects/bootstrap.js";
import { callMethod, getAttr, isTrue, toArray } from "../objects/abstract.js";
import { call } from "../objects/call.js";
import { PyDict } from "../objects/dict.js";
import { newException, StopIteration_, typeError, valueError } from "../objects/exceptions.js";
import { floatValue, newFloat } from "../objects/float.js";
import { builtinFunction, defineGetSets, defineMethods, type KwNames } from "../objects/function.js";
import { defineNew } from "../objects/iterators.js";
import { index } from "../objects/abstract.js";
import { intFromString, intToDecimal, intValue } from "../objects/int.js";
import { PyList } from "../objects/list.js";
import { objectId, typeOf, type AttributeDict, type PyObject, type PyObjectBase } from "../objects/object.js";
import { cpOf, isStr, isSurrogateUnit, strFromJS, strFromText, textOf, type Text } from "../objects/str.js";
import { sortList } from "../objects/sort.js";
import { PyTuple } from "../objects/tuple.js";
import { floatRepr } from "../support/numfmt/index.js";
import type { PyType } from "../objects/type.js";
import { findAndLoad } from "../vm/import.js";
import { adopt, moduleType, splitArgs } from "./itertools_helpers.js";
import { registerNativeModule } from "./registry.js";
import { asSsize } from "./_sre/args.js";

const M = "_json";

/** The code unit at i of a surrogate-free text, or the code point of an array text. */
function codeAt(t: Text, i: number): number {
  return typeof t === "string" ? t.charCodeAt(i) : cpOf(t[i]!);
}

function sliceJS(t: Text, from: number, to: number): string {
  return typeof t === "string" ? t.slice(from, to) : t.slice(from, to).join("");
}

function decodeError(msg: string, doc: PyObject, pos: number): never {
  const cls = getAttr(findAndLoad("json.decoder"), "JSONDecodeError");
  throw call(cls, [strFromJS(msg), doc, pos]);
}

function stopIteration(pos: number): never {
  throw newException(StopIteration_, pos);
}

function textArg(v: PyObject): Text {
  if (!isStr(v)) throw typeError(`first argument must be a string, not ${typeOf(v).name}`);
  return textOf(v);
}

// ---- strings ----

const ESCAPES: Record<number, string> = {
  0x22: '"',
  0x5c: "\\",
  0x2f: "/",
  0x62: "\b",
  0x66: "\f",
  0x6e: "\n",
  0x72: "\r",
  0x74: "\t",
};

function hexValue(t: Text, at: number, doc: PyObject): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const c = at + k < t.length ? codeAt(t, at + k) : -1;
    const d =
      c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1;
    if (d < 0) decodeError("Invalid \\uXXXX escape", doc, at - 1);
    v = v * 16 + d;
  }
  return v;
}

/** scanString for a surrogate-free text while the escapes decode to ordinary BMP code
 * points, into one JS string; null at an escaped surrogate (scanString starts again, on
 * the path that keeps lone surrogates apart, and meets the same errors first). */
function scanPlainString(t: string, end: number, strict: boolean, doc: PyObject): string | null {
  const n = t.length;
  const begin = end - 1;
  let out = "";
  let i = end;
  for (;;) {
    const start = i;
    let c = -1;
    while (i < n) {
      c = t.charCodeAt(i);
      if (c === 0x22 || c === 0x5c) break;
      if (c < 0x20 && strict) decodeError("Invalid control character at", doc, i);
      i++;
    }
    if (i >= n) decodeError("Unterminated string starting at", doc, begin);
    if (start < i) out += t.slice(start, i);
    i++;
    if (c === 0x22) {
      scanEnd = i;
      return out;
    }
    if (i >= n) decodeError("Unterminated string starting at", doc, begin);
    const esc = t.charCodeAt(i);
    if (esc !== 0x75) {
      const ch = ESCAPES[esc];
      if (ch === undefined) decodeError("Invalid \\escape", doc, i - 1);
      out += ch;
      i++;
      continue;
    }
    i++;
    if (i + 4 >= n) decodeError("Invalid \\uXXXX escape", doc, i - 1);
    const cp = hexValue(t, i, doc);
    if (cp >= 0xd800 && cp <= 0xdfff) return null;
    out += String.fromCharCode(cp);
    i += 4;
  }
}

/** Where the last scan ended (after the value): the scanners return the value alone, so
 * that parsing a document allocates no pair per value. */
let scanEnd = 0;

/** scanstring_unicode: the string whose body starts at `end` (after the opening quote);
 * returns the decoded text, the index after the closing quote in scanEnd. */
function scanString(t: Text, end: number, strict: boolean, doc: PyObject): PyObject {
  const n = t.length;
  if (end < 0 || end > n) throw valueError("end is out of bounds");
  const begin = end - 1;
  if (typeof t === "string") {
    const plain = scanPlainString(t, end, strict, doc);
    if (plain !== null) return plain;
  }
  // Pieces of UTF-16 text while every code point is an ordinary BMP one; code points once
  // a surrogate or astral one appears, so that lone surrogates stay separate.
  let parts: string[] | null = typeof t === "string" ? [] : null;
  const cps: string[] = [];
  const addRun = (from: number, to: number): void => {
    if (from === to) return;
    if (parts !== null) parts.push((t as string).slice(from, to));
    else for (let k = from; k < to; k++) cps.push(t[k]!);
  };
  const addCodePoint = (cp: number): void => {
    if (parts !== null && (cp > 0xffff || isSurrogateUnit(cp))) {
      for (const c of parts.join("")) cps.push(c);
      parts = null;
    }
    const c = String.fromCodePoint(cp);
    if (parts !== null) parts.push(c);
    else cps.push(c);
  };
  let i = end;
  for (;;) {
    const start = i;
    let c = -1;
    while (i < n) {
      c = codeAt(t, i);
      if (c === 0x22 || c === 0x5c) break;
      if (c < 0x20 && strict) decodeError("Invalid control character at", doc, i);
      i++;
    }
    if (i >= n) decodeError("Unterminated string starting at", doc, begin);
    addRun(start, i);
    i++;
    if (c === 0x22) break;
    if (i >= n) decodeError("Unterminated string starting at", doc, begin);
    const esc = codeAt(t, i);
    if (esc !== 0x75) {
      const ch = ESCAPES[esc];
      if (ch === undefined) decodeError("Invalid \\escape", doc, i - 1);
      addCodePoint(ch.charCodeAt(0));
      i++;
      continue;
    }
    i++;
    if (i + 4 >= n) decodeError("Invalid \\uXXXX escape", doc, i - 1);
    let cp = hexValue(t, i, doc);
    i += 4;
    // A high surrogate followed by an escaped low one is one astral code point.
    if (cp >= 0xd800 && cp <= 0xdbff && i + 6 < n && codeAt(t, i) === 0x5c && codeAt(t, i + 1) === 0x75) {
      const low = hexValue(t, i + 2, doc);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + (((cp - 0xd800) << 10) | (low - 0xdc00));
        i += 6;
      }
    }
    addCodePoint(cp);
  }
  scanEnd = i;
  return parts !== null ? parts.join("") : strFromText(cps);
}

const HEX = "0123456789abcdef";

function uEscape(u: number): string {
  return "\\u" + HEX[(u >> 12) & 15] + HEX[(u >> 8) & 15] + HEX[(u >> 4) & 15] + HEX[u & 15];
}

const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"',
  0x5c: "\\\\",
  0x08: "\\b",
  0x0c: "\\f",
  0x0a: "\\n",
  0x0d: "\\r",
  0x09: "\\t",
};

/** ascii_escape_unicode: everything outside printable ASCII as \uXXXX (astral code
 * points as a surrogate pair). */
/** A str that encode_basestring_ascii leaves as it is. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function encodeAscii(t: Text): string {
  if (typeof t === "string" && PLAIN_ASCII.test(t)) return '"' + t + '"';
  let out = '"';
  let runStart = 0;
  const js = typeof t === "string" ? t : null;
  for (let i = 0; i < t.length; i++) {
    const c = codeAt(t, i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) continue;
    if (js !== null) out += js.slice(runStart, i);
    else for (let k = runStart; k < i; k++) out += t[k];
    out += SHORT_ESCAPES[c] ?? escapeCodePoint(c);
    runStart = i + 1;
  }
  if (js !== null) out += js.slice(runStart);
  else for (let k = runStart; k < t.length; k++) out += t[k];
  return out + '"';
}

function escapeCodePoint(c: number): string {
  if (c <= 0xffff) return uEscape(c);
  const v = c - 0x10000;
  return uEscape(0xd800 | (v >> 10)) + uEscape(0xdc00 | (v & 0x3ff));
}

/** escape_unicode: only the quote, the backslash and control characters are escaped. */
/** A str that encode_basestring leaves as it is. */
const PLAIN_TEXT = /^[^\x00-\x1f"\\]*$/;

function encodeText(t: Text): PyObject {
  if (typeof t === "string") {
    if (PLAIN_TEXT.test(t)) return '"' + t + '"';
    let out = '"';
    let runStart = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
      out += t.slice(runStart, i) + (SHORT_ESCAPES[c] ?? uEscape(c));
      runStart = i + 1;
    }
    return out + t.slice(runStart) + '"';
  }
  const out: string[] = ['"'];
  for (let i = 0; i < t.length; i++) {
    const c = cpOf(t[i]!);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) out.push(t[i]!);
    else out.push(...(SHORT_ESCAPES[c] ?? uEscape(c)));
  }
  out.push('"');
  return strFromText(out);
}

// ---- the scanner ----

export const scannerType = moduleType(M, "Scanner");

class PyScanner implements PyObjectBase {
  dict: AttributeDict | null = null;
  constructor(
    public type: PyType,
    readonly strict: boolean,
    readonly objectHook: PyObject,
    readonly objectPairsHook: PyObject,
    readonly parseFloat: PyObject,
    readonly parseInt: PyObject,
    readonly parseConstant: PyObject,
    readonly context: PyObject,
  ) {}
}

function asScanner(o: PyObject): PyScanner {
  if (!(o instanceof PyScanner))
    throw typeError(`descriptor requires a '_json.Scanner' object but received '${typeOf(o).name}'`);
  return o;
}

function isDigitAt(t: Text, n: number, k: number): boolean {
  if (k >= n) return false;
  const c = codeAt(t, k);
  return c >= 0x30 && c <= 0x39;
}

/** One scan_once call: the document, its text and the memo of object keys. */
class Scan {
  readonly n: number;
  readonly memo = new PyDict();
  constructor(
    readonly s: PyScanner,
    readonly t: Text,
    readonly doc: PyObject,
  ) {
    this.n = t.length;
  }

  skipSpace(i: number): number {
    const t = this.t;
    while (i < this.n) {
      const c = codeAt(t, i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i++;
    }
    return i;
  }

  startsWith(i: number, word: string): boolean {
    if (i + word.length > this.n) return false;
    for (let k = 0; k < word.length; k++) if (codeAt(this.t, i + k) !== word.charCodeAt(k)) return false;
    return true;
  }

  value(i: number): PyObject {
    if (i >= this.n) stopIteration(i);
    const c = codeAt(this.t, i);
    switch (c) {
      case 0x22:
        return scanString(this.t, i + 1, this.s.strict, this.doc);
      case 0x7b:
        return this.object(i + 1);
      case 0x5b:
        return this.array(i + 1);
      case 0x6e:
        if (this.startsWith(i, "null")) return this.ended(None, i + 4);
        break;
      case 0x74:
        if (this.startsWith(i, "true")) return this.ended(true, i + 4);
        break;
      case 0x66:
        if (this.startsWith(i, "false")) return this.ended(false, i + 5);
        break;
      case 0x4e:
        if (this.startsWith(i, "NaN")) return this.constant("NaN", i + 3);
        break;
      case 0x49:
        if (this.startsWith(i, "Infinity")) return this.constant("Infinity", i + 8);
        break;
      case 0x2d:
        if (this.startsWith(i, "-Infinity")) return this.constant("-Infinity", i + 9);
        break;
    }
    return this.number(i);
  }

  constant(name: string, end: number): PyObject {
    return this.ended(call(this.s.parseConstant, [strFromJS(name)]), end);
  }

  ended(value: PyObject, end: number): PyObject {
    scanEnd = end;
    return value;
  }

  number(start: number): PyObject {
    const t = this.t;
    const n = this.n;
    const digit = (k: number): boolean => isDigitAt(t, n, k);
    let i = start;
    if (i < n && codeAt(t, i) === 0x2d) i++;
    if (i < n && codeAt(t, i) >= 0x31 && codeAt(t, i) <= 0x39) {
      i++;
      while (digit(i)) i++;
    } else if (i < n && codeAt(t, i) === 0x30) i++;
    else stopIteration(start);
    let isFloat = false;
    if (i < n && codeAt(t, i) === 0x2e && digit(i + 1)) {
      isFloat = true;
      i += 2;
      while (digit(i)) i++;
    }
    if (i < n && (codeAt(t, i) | 0x20) === 0x65) {
      let e = i + 1;
      if (e < n && (codeAt(t, e) === 0x2b || codeAt(t, e) === 0x2d)) e++;
      if (digit(e)) {
        while (digit(e)) e++;
        isFloat = true;
        i = e;
      }
    }
    const text = sliceJS(t, start, i);
    if (isFloat) {
      const f = this.s.parseFloat;
      return this.ended(f === floatType ? newFloat(Number(text)) : call(f, [strFromJS(text)]), i);
    }
    const p = this.s.parseInt;
    if (p !== intType) return this.ended(call(p, [strFromJS(text)]), i);
    // Up to 15 digits a double holds the int exactly ("-0" is 0).
    return this.ended(text.length <= 15 ? Number(text) + 0 : intFromString(text, 10), i);
  }

  object(start: number): PyObject {
    const t = this.t;
    const n = this.n;
    const pairsHook = this.s.objectPairsHook !== None;
    const pairs: PyObject[] = [];
    const dict = pairsHook ? null : new PyDict();
    let i = this.skipSpace(start);
    if (i >= n || codeAt(t, i) !== 0x7d) {
      while (i < n) {
        if (codeAt(t, i) !== 0x22)
          decodeError("Expecting property name enclosed in double quotes", this.doc, i);
        let key = scanString(t, i + 1, this.s.strict, this.doc);
        i = scanEnd;
        const seen = this.memo.get(key);
        if (seen !== undefined) key = seen;
        else this.memo.set(key, key);
        i = this.skipSpace(i);
        if (i >= n || codeAt(t, i) !== 0x3a) decodeError("Expecting ':' delimiter", this.doc, i);
        i = this.skipSpace(i + 1);
        const value = this.value(i);
        i = scanEnd;
        if (dict !== null) dict.set(key, value);
        else pairs.push(new PyTuple([key, value]));
        i = this.skipSpace(i);
        if (i < n && codeAt(t, i) === 0x7d) break;
        if (i >= n || codeAt(t, i) !== 0x2c) decodeError("Expecting ',' delimiter", this.doc, i);
        i = this.skipSpace(i + 1);
      }
    }
    if (i >= n || codeAt(t, i) !== 0x7d)
      decodeError("Expecting property name enclosed in double quotes", this.doc, i);
    if (dict === null) return this.ended(call(this.s.objectPairsHook, [new PyList(pairs)]), i + 1);
    if (this.s.objectHook !== None) return this.ended(call(this.s.objectHook, [dict]), i + 1);
    return this.ended(dict, i + 1);
  }

  array(start: number): PyObject {
    const t = this.t;
    const n = this.n;
    const items: PyObject[] = [];
    let i = this.skipSpace(start);
    if (i < n && codeAt(t, i) !== 0x5d) {
      while (i < n) {
        items.push(this.value(i));
        i = scanEnd;
        i = this.skipSpace(i);
        if (i < n && codeAt(t, i) === 0x5d) break;
        if (i >= n || codeAt(t, i) !== 0x2c) decodeError("Expecting ',' delimiter", this.doc, i);
        i = this.skipSpace(i + 1);
      }
    }
    if (i >= n || codeAt(t, i) !== 0x5d) decodeError("Expecting value", this.doc, i);
    return this.ended(new PyList(items), i + 1);
  }
}

defineNew(scannerType, (cls, args, kwnames: KwNames) => {
  const { pos, kw } = splitArgs(args, kwnames);
  const ctx = pos[0] ?? kw.find(([k]) => k === "context")?.[1];
  if (ctx === undefined || pos.length + kw.length !== 1)
    throw typeError("Scanner() missing required argument 'context' (pos 1)");
  const strict = isTrue(getAttr(ctx, "strict"));
  const s = new PyScanner(
    cls,
    strict,
    getAttr(ctx, "object_hook"),
    getAttr(ctx, "object_pairs_hook"),
    getAttr(ctx, "parse_float"),
    getAttr(ctx, "parse_int"),
    getAttr(ctx, "parse_constant"),
    ctx,
  );
  return adopt(s, cls);
});

defineMethods(scannerType, {
  __call__(self, args, kwnames) {
    const s = asScanner(self);
    const { pos, kw } = splitArgs(args, kwnames);
    if (kw.length > 0 || pos.length !== 2)
      throw typeError(`scan_once() takes exactly 2 arguments (${pos.length + kw.length} given)`);
    const doc = pos[0]!;
    const t = textArg(doc);
    const given = index(pos[1]!);
    const idx = asSsize(given);
    if (idx < 0) throw valueError("idx cannot be negative");
    if (idx >= t.length) throw newException(StopIteration_, given);
    const value = new Scan(s, t, doc).value(idx);
    return new PyTuple([value, scanEnd]);
  },
});

defineGetSets(scannerType, {
  strict: [(self) => asScanner(self).strict],
  object_hook: [(self) => asScanner(self).objectHook],
  object_pairs_hook: [(self) => asScanner(self).objectPairsHook],
  parse_float: [(self) => asScanner(self).parseFloat],
  parse_int: [(self) => asScanner(self).parseInt],
  parse_constant: [(self) => asScanner(self).parseConstant],
});

// ---- the encoder ----

export const encoderType = moduleType(M, "Encoder");

class PyEncoder implements PyObjectBase {
  dict: AttributeDict | null = null;
  constructor(
    public type: PyType,
    readonly markers: PyDict | null,
    readonly defaultFn: PyObject,
    readonly encoder: PyObject,
    readonly indent: PyObject,
    readonly keySeparator: PyObject,
    readonly itemSeparator: PyObject,
    readonly sortKeys: boolean,
    readonly skipKeys: boolean,
    readonly allowNan: boolean,
  ) {}
}

/** The output: one JS string (V8 concatenates lazily) while every piece is one; pieces of
 * text, joined by code point, once one of them is astral. */
class Writer {
  out = "";
  parts: Text[] | null = null;
  add(t: Text): void {
    if (this.parts === null) {
      if (typeof t === "string") {
        this.out += t;
        return;
      }
      this.parts = [this.out];
    }
    this.parts.push(t);
  }
  finish(): PyObject {
    if (this.parts === null) return this.out;
    return strFromText(this.parts.flatMap((p) => (typeof p === "string" ? p.split("") : p)));
  }
}

function encodeFloat(e: PyEncoder, x: number): string {
  if (!Number.isFinite(x)) {
    if (!e.allowNan) throw valueError("Out of range float values are not JSON compliant");
    return x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN";
  }
  return floatRepr(x);
}

function encodeString(e: PyEncoder, w: Writer, v: PyObject): void {
  if (e.encoder === encodeAsciiFunction) {
    w.add(encodeAscii(textOf(v as string)));
    return;
  }
  const r = e.encoder === encodeTextFunction ? encodeText(textOf(v as string)) : call(e.encoder, [v]);
  if (!isStr(r)) throw typeError(`encoder() must return a string, not ${typeOf(r).name}`);
  w.add(textOf(r));
}

function circular(e: PyEncoder, o: PyObject): number | null {
  if (e.markers === null) return null;
  const ident = objectId(o);
  if (e.markers.has(ident)) throw valueError("Circular reference detected");
  e.markers.set(ident, o);
  return ident;
}

function release(e: PyEncoder, ident: number | null): void {
  if (ident !== null) e.markers!.delete(ident);
}

function encodeValue(e: PyEncoder, w: Writer, o: PyObject): void {
  if (o === None) return w.add("null");
  if (o === true) return w.add("true");
  if (o === false) return w.add("false");
  if (isStr(o)) return encodeString(e, w, o);
  const i = intValue(o);
  if (i !== undefined) return w.add(intToDecimal(i));
  const f = floatValue(o);
  if (f !== undefined) return w.add(encodeFloat(e, f));
  if (o instanceof PyList || o instanceof PyTuple) return encodeList(e, w, o);
  if (o instanceof PyDict) return encodeDict(e, w, o);
  const ident = circular(e, o);
  encodeValue(e, w, call(e.defaultFn, [o]));
  release(e, ident);
}

function encodeList(e: PyEncoder, w: Writer, seq: PyList | PyTuple): void {
  if (seq.items.length === 0) return w.add("[]");
  const ident = circular(e, seq);
  w.add("[");
  const sep = textOf(e.itemSeparator as string);
  for (let k = 0; k < seq.items.length; k++) {
    if (k > 0) w.add(sep);
    encodeValue(e, w, seq.items[k]!);
  }
  w.add("]");
  release(e, ident);
}

/** The text of a key: str as it is; float, bool, None and int as JSON writes them. */
function keyText(e: PyEncoder, key: PyObject): PyObject | undefined {
  if (isStr(key)) return key;
  const f = floatValue(key);
  if (f !== undefined) return encodeFloat(e, f);
  if (key === true) return "true";
  if (key === false) return "false";
  if (key === None) return "null";
  const i = intValue(key);
  if (i !== undefined) return intToDecimal(i);
  if (e.skipKeys) return undefined;
  throw typeError(`keys must be str, int, float, bool or None, not ${typeOf(key).name}`);
}

function encodeDict(e: PyEncoder, w: Writer, d: PyDict): void {
  // The items are taken first, as CPython's items() list is (the encoding may run Python
  // code that changes the dict): an exact dict's entries directly, as keys and values
  // unless they are to be sorted; a subclass's items(), and an `obj.__dict__` view's,
  // which re-reads the attributes first.
  let keys: PyObject[] = [];
  let values: PyObject[] = [];
  let items: PyObject[] | null = null;
  if (typeOf(d) === dictType && d.attrs === null) {
    for (const entry of d.entries)
      if (entry !== null) {
        keys.push(entry.key);
        values.push(entry.value);
      }
  } else items = toArray(callMethod(d, "items", []));
  if ((items ?? keys).length === 0) return w.add("{}");
  const ident = circular(e, d);
  w.add("{");
  if (e.sortKeys) {
    const list = new PyList(items ?? keys.map((k, i) => new PyTuple([k, values[i]!])));
    sortList(list, null, false);
    items = list.items;
  }
  if (items !== null) {
    keys = [];
    values = [];
    for (const item of items) {
      if (!(item instanceof PyTuple) || item.items.length !== 2)
        throw valueError("items must return 2-tuples");
      keys.push(item.items[0]!);
      values.push(item.items[1]!);
    }
  }
  const itemSep = textOf(e.itemSeparator as string);
  const keySep = textOf(e.keySeparator as string);
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const text = keyText(e, keys[i]!);
    if (text === undefined) continue;
    if (!first) w.add(itemSep);
    first = false;
    encodeString(e, w, text);
    w.add(keySep);
    encodeValue(e, w, values[i]!);
  }
  w.add("}");
  release(e, ident);
}

const encoderParams = [
  "markers",
  "default",
  "encoder",
  "indent",
  "key_separator",
  "item_separator",
  "sort_keys",
  "skipkeys",
  "allow_nan",
];

defineNew(encoderType, (cls, args, kwnames: KwNames) => {
  const { pos, kw } = splitArgs(args, kwnames);
  const values: (PyObject | undefined)[] = [...pos];
  for (const [k, v] of kw) {
    const at = encoderParams.indexOf(k);
    if (at < 0) throw typeError(`make_encoder() got an unexpected keyword argument '${k}'`);
    values[at] = v;
  }
  for (let k = 0; k < encoderParams.length; k++)
    if (values[k] === undefined)
      throw typeError(`make_encoder() missing required argument '${encoderParams[k]}' (pos ${k + 1})`);
  if (values.length > encoderParams.length)
    throw typeError(`make_encoder() takes at most 9 arguments (${values.length} given)`);
  const markers = values[0]!;
  if (markers !== None && !(markers instanceof PyDict))
    throw typeError(`make_encoder() argument 1 must be dict or None, not ${typeOf(markers).name}`);
  for (const at of [4, 5])
    if (!isStr(values[at]!))
      throw typeError(`make_encoder() argument ${at + 1} must be str, not ${typeOf(values[at]!).name}`);
  const enc = new PyEncoder(
    cls,
    markers === None ? null : (markers as PyDict),
    values[1]!,
    values[2]!,
    values[3]!,
    values[4]!,
    values[5]!,
    isTrue(values[6]!),
    isTrue(values[7]!),
    isTrue(values[8]!),
  );
  return adopt(enc, cls);
});

defineMethods(encoderType, {
  __call__(self, args, kwnames) {
    if (!(self instanceof PyEncoder))
      throw typeError(`descriptor requires a '_json.Encoder' object but received '${typeOf(self).name}'`);
    const { pos, kw } = splitArgs(args, kwnames);
    const obj = pos[0] ?? kw.find(([k]) => k === "obj")?.[1];
    if (obj === undefined || pos.length + kw.length !== 2)
      throw typeError(`Encoder() takes exactly 2 arguments (${pos.length + kw.length} given)`);
    const w = new Writer();
    encodeValue(self, w, obj);
    return new PyList([w.finish()]);
  },
});

defineGetSets(encoderType, {
  markers: [(self) => (self as PyEncoder).markers ?? None],
  default: [(self) => (self as PyEncoder).defaultFn],
  encoder: [(self) => (self as PyEncoder).encoder],
  indent: [(self) => (self as PyEncoder).indent],
  key_separator: [(self) => (self as PyEncoder).keySeparator],
  item_separator: [(self) => (self as PyEncoder).itemSeparator],
  sort_keys: [(self) => (self as PyEncoder).sortKeys],
  skipkeys: [(self) => (self as PyEncoder).skipKeys],
});

const encodeAsciiFunction = builtinFunction(
  "encode_basestring_ascii",
  (args) => {
    if (args.length !== 1)
      throw typeError(`encode_basestring_ascii() takes exactly one argument (${args.length} given)`);
    return encodeAscii(textArg(args[0]!));
  },
  M,
);

const encodeTextFunction = builtinFunction(
  "encode_basestring",
  (args) => {
    if (args.length !== 1)
      throw typeError(`encode_basestring() takes exactly one argument (${args.length} given)`);
    return encodeText(textArg(args[0]!));
  },
  M,
);

registerNativeModule(M, () => ({
  make_scanner: scannerType,
  scanstring: builtinFunction(
    "scanstring",
    (args, kwnames) => {
      const { pos } = splitArgs(args, kwnames);
      if (kwnames && kwnames.length) throw typeError("scanstring() takes no keyword arguments");
      if (pos.length < 2 || pos.length > 3)
        throw typeError(`scanstring expected at least 2 arguments, got ${pos.length}`);
      const doc = pos[0]!;
      const end = asSsize(pos[1]!);
      const t = textArg(doc);
      const strict = pos.length < 3 || isTrue(pos[2]!);
      const value = scanString(t, end, strict, doc);
      return new PyTuple([value, scanEnd]);
    },
    M,
  ),
  encode_basestring_ascii: encodeAsciiFunction,
  encode_basestring: encodeTextFunction,
  make_encoder: encoderType,
}));
