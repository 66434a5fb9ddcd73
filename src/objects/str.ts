// The str type's representation and the text primitives every str method is built from.
//
// A Python str is either
//   - a JS `string` that contains no surrogate code unit: then JS length, indexing and
//     slicing are exactly Python's (every code unit is one code point), or
//   - a `PyAstralStr` object, for text that has a code point above U+FFFF or a lone
//     surrogate, and for every instance of a str subclass whatever its text.
//
// A PyAstralStr keeps its text as a `Text`: an array with one JS string per code point
// (one UTF-16 unit, or a surrogate pair for an astral code point; a lone surrogate is
// one unit and stays distinct from a pair, so "\ud800" + "\udc00" is two code points as
// in Python). Subclass instances whose text is plain keep it as a JS string. Algorithms
// written against `Text` (indexing `t[i]` gives one code point as a JS string either way)
// therefore serve both representations; plain strings additionally get native fast paths.
//
// Canonical form: an exact str whose code points are all BMP non-surrogates is always a
// JS string, never a PyAstralStr, so two equal exact strs always have the same
// representation. `strFromText` and `strFromJS` enforce it.

import { strType } from "./bootstrap.js";
import { newAttributeDict, type AttributeDict, type PyObject, type PyObjectBase } from "./object.js";
import type { PyType } from "./type.js";
import { isPrintable } from "../support/unicode/index.js";
import { setStrRepr } from "../support/numfmt/index.js";
import { sipHashCodePoints, sipHashUnits } from "../support/siphash.js";

/** The code points of a str: a surrogate-free JS string, or one JS string per code point. */
export type Text = string | readonly string[];

export class PyAstralStr implements PyObjectBase {
  dict: AttributeDict | null;
  private js: string | null = null;
  /** The cached hash (`strHash`). */
  hash: number | bigint | null = null;
  constructor(
    public type: PyType,
    /** The code points; a JS string only when none is a surrogate or astral. */
    public text: Text,
  ) {
    this.dict = type === strType ? null : newAttributeDict();
  }

  /** The UTF-16 form (astral code points as surrogate pairs), cached. */
  toJS(): string {
    const t = this.text;
    if (typeof t === "string") return t;
    return (this.js ??= t.join(""));
  }
}

strType.newInstance = (t) => new PyAstralStr(t, "");

const SURROGATE = /[\ud800-\udfff]/;

/** Any str, exact or subclass. */
export function isStr(v: PyObject): v is string | PyAstralStr {
  return typeof v === "string" || v instanceof PyAstralStr;
}

/** An exact str (not a subclass instance). */
export function isExactStr(v: PyObject): v is string | PyAstralStr {
  return typeof v === "string" || (v instanceof PyAstralStr && v.type === strType);
}

/** The code points of a str value; the caller has checked `isStr`. */
export function textOf(v: string | PyAstralStr): Text {
  return typeof v === "string" ? v : v.text;
}

/** The code points of `v` if it is a str, else undefined. */
export function strText(v: PyObject): Text | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyAstralStr) return v.text;
  return undefined;
}

/** A JS string with surrogate pairs (and possibly lone surrogates) as Python code points. */
export function charsOfJS(s: string): string[] {
  return Array.from(s);
}

/** A Python str from a JS string: a surrogate pair means one astral code point, a lone
 * surrogate stands for itself. */
export function strFromJS(s: string): PyObject {
  if (!SURROGATE.test(s)) return s;
  return new PyAstralStr(strType, charsOfJS(s));
}

/** The canonical str holding `t`. */
export function strFromText(t: Text): PyObject {
  if (typeof t === "string") return t;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c.length !== 1 || isSurrogateUnit(c.charCodeAt(0))) return new PyAstralStr(strType, t);
  }
  return t.join("");
}

/** A str of the given code points. */
export function strFromCodePoints(cps: ArrayLike<number>): PyObject {
  const chars = new Array<string>(cps.length);
  let astral = false;
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i]!;
    if (cp >= 0xd800) astral ||= cp <= 0xdfff || cp > 0xffff;
    chars[i] = cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp);
  }
  return astral ? new PyAstralStr(strType, chars) : chars.join("");
}

/** A str of one code point (`chr`). */
export function strFromCodePoint(cp: number): PyObject {
  if (cp < 0xd800) return String.fromCharCode(cp);
  if (cp > 0xdfff && cp <= 0xffff) return String.fromCharCode(cp);
  return new PyAstralStr(strType, [cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp)]);
}

/** UTF-16 text of a str, for output and messages. */
export function jsString(v: PyObject): string {
  if (typeof v === "string") return v;
  if (v instanceof PyAstralStr) return v.toJS();
  throw new Error("jsString: not a str");
}

/** UTF-16 text of a Text. */
export function textToJS(t: Text): string {
  return typeof t === "string" ? t : t.join("");
}

/** len() of a str. */
export function strLength(v: string | PyAstralStr): number {
  return typeof v === "string" ? v.length : v.text.length;
}

export function isSurrogateUnit(u: number): boolean {
  return u >= 0xd800 && u <= 0xdfff;
}

/** The code point of a one-code-point JS string. */
export function cpOf(c: string): number {
  return c.length === 1 ? c.charCodeAt(0) : c.codePointAt(0)!;
}

/** The code point at index i of a Text. */
export function cpAt(t: Text, i: number): number {
  return typeof t === "string" ? t.charCodeAt(i) : cpOf(t[i]!);
}

/** Code points of a Text as numbers. */
export function codePoints(t: Text): number[] {
  const out = new Array<number>(t.length);
  for (let i = 0; i < t.length; i++) out[i] = cpAt(t, i);
  return out;
}

/** `t[start:end]` (bounds already clamped). */
export function textSlice(t: Text, start: number, end: number): Text {
  return t.slice(start, end);
}

/** The Text as an array of code-point strings (a copy for JS strings). */
export function charsOf(t: Text): readonly string[] {
  return typeof t === "string" ? Array.from(t) : t;
}

/** Concatenation of Texts, staying a JS string when every part is one. */
export function textConcat(parts: readonly Text[]): Text {
  let plain = true;
  for (const p of parts) if (typeof p !== "string") plain = false;
  if (plain) return (parts as string[]).join("");
  const out: string[] = [];
  for (const p of parts) {
    if (typeof p === "string") for (let i = 0; i < p.length; i++) out.push(p[i]!);
    else for (let i = 0; i < p.length; i++) out.push(p[i]!);
  }
  return out;
}

/** The canonical str of the concatenation of Texts. */
export function strConcat(parts: readonly Text[]): PyObject {
  return strFromText(textConcat(parts));
}

/** `t * n`. */
export function textRepeat(t: Text, n: number): Text {
  if (n <= 0 || t.length === 0) return "";
  if (typeof t === "string") return t.repeat(n);
  const out = new Array<string>(t.length * n);
  for (let k = 0, j = 0; k < n; k++) for (let i = 0; i < t.length; i++) out[j++] = t[i]!;
  return out;
}

// ---- equality, ordering, hashing ----

export function textEquals(a: Text, b: Text): boolean {
  if (typeof a === "string" && typeof b === "string") return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Compares by code point: negative, zero or positive. */
export function textCompare(a: Text, b: Text): number {
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return cpOf(x) - cpOf(y);
  }
  return a.length - b.length;
}

/** CPython's hash of the code points (SipHash-1-3 under the process's key, over the compact
 * representation), equal for equal strs in either representation; never -1. */
export function textHash(t: Text): number | bigint {
  if (typeof t === "string") return sipHashUnits(t);
  const cps = new Array<number>(t.length);
  for (let i = 0; i < t.length; i++) cps[i] = cpOf(t[i]!);
  return sipHashCodePoints(cps);
}

export function strHash(v: string | PyAstralStr): number | bigint {
  if (typeof v !== "string") return (v.hash ??= textHash(v.text));
  if (v.length > HASH_CACHE_MAX_LENGTH) return sipHashUnits(v);
  // A JS string has nowhere to keep its hash, but V8 keeps one for Map lookups: short
  // strings hashed again and again (set membership of characters, tuple keys) are
  // remembered.
  let h = hashCache.get(v);
  if (h === undefined) {
    h = sipHashUnits(v);
    if (hashCache.size >= HASH_CACHE_ENTRIES) hashCache.clear();
    hashCache.set(v, h);
  }
  return h;
}

const HASH_CACHE_MAX_LENGTH = 32;
const HASH_CACHE_ENTRIES = 16384;
const hashCache = new Map<string, number | bigint>();

// ---- repr ----

const HEX = "0123456789abcdef";

function hexEscape(cp: number): string {
  if (cp <= 0xff) return "\\x" + HEX[cp >> 4]! + HEX[cp & 15]!;
  if (cp <= 0xffff) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/** repr() of a str as a JS string (CPython's unicode_repr). */
export function textReprJS(t: Text): string {
  // Printable ASCII without a backslash and without both quotes needs no escape.
  if (typeof t === "string" && PLAIN_ASCII.test(t)) {
    if (!t.includes("'")) return "'" + t + "'";
    if (!t.includes('"')) return '"' + t + '"';
  }
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "'") hasSingle = true;
    else if (c === '"') hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = quote;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    const cp = cpOf(c);
    if (cp < 0x7f) {
      if (c === quote || c === "\\") out += "\\" + c;
      else if (cp >= 0x20) out += c;
      else if (c === "\t") out += "\\t";
      else if (c === "\n") out += "\\n";
      else if (c === "\r") out += "\\r";
      else out += hexEscape(cp);
    } else if (cp === 0x7f) out += "\\x7f";
    else if (isPrintable(cp) && !isSurrogateUnit(cp)) out += c;
    else out += hexEscape(cp);
  }
  return out + quote;
}

const PLAIN_ASCII = /^[\x20-\x5b\x5d-\x7e]*$/;

export function strReprJS(v: string | PyAstralStr): string {
  return textReprJS(textOf(v));
}

setStrRepr((s) => textReprJS(SURROGATE.test(s) ? charsOfJS(s) : s));

/** ascii(): repr with every non-ASCII code point escaped. */
export function asciiEscapeJS(s: string): string {
  let out = "";
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    out += cp < 0x80 ? c : hexEscape(cp);
  }
  return out;
}

// ---- indices ----

/** Clamps slice-style start/end (already integers, possibly negative) to [0, len]. */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

// ---- searching (shared by find, index, count, split, replace, partition, ...) ----

/** First index >= start of `needle` in `hay` ending at or before `end`, or -1. */
export function textFind(hay: Text, needle: Text, start: number, end: number): number {
  const n = needle.length;
  if (start > hay.length || end - start < n) return -1;
  if (typeof hay === "string" && typeof needle === "string") {
    const i = hay.indexOf(needle, start);
    return i >= 0 && i + n <= end ? i : -1;
  }
  if (n === 0) return start;
  const first = needle[0];
  for (let i = start; i + n <= end; i++) {
    if (hay[i] !== first) continue;
    let j = 1;
    while (j < n && hay[i + j] === needle[j]) j++;
    if (j === n) return i;
  }
  return -1;
}

/** Last index of `needle` within hay[start:end], or -1. */
export function textRFind(hay: Text, needle: Text, start: number, end: number): number {
  const n = needle.length;
  if (start > hay.length || end - start < n) return -1;
  if (typeof hay === "string" && typeof needle === "string") {
    if (n === 0) return end;
    const i = hay.lastIndexOf(needle, end - n);
    return i >= start ? i : -1;
  }
  for (let i = end - n; i >= start; i--) {
    let j = 0;
    while (j < n && hay[i + j] === needle[j]) j++;
    if (j === n) return i;
  }
  return -1;
}

/** Non-overlapping occurrences of `needle` in hay[start:end], at most `max` (-1: all). */
export function textCount(hay: Text, needle: Text, start: number, end: number, max = -1): number {
  if (start > hay.length || end - start < needle.length) return 0;
  if (needle.length === 0) return Math.min(end - start + 1, max < 0 ? Infinity : max);
  let count = 0;
  let i = start;
  while (max < 0 || count < max) {
    const k = textFind(hay, needle, i, end);
    if (k < 0) break;
    count++;
    i = k + needle.length;
  }
  return count;
}

/** Whether hay[start:end] begins (or, with atEnd, ends) with `part`. */
export function textMatchAt(hay: Text, part: Text, start: number, end: number, atEnd: boolean): boolean {
  const [s, e] = adjustIndices(start, end, hay.length);
  if (s > hay.length) return false;
  if (e - s < part.length) return false;
  const at = atEnd ? e - part.length : s;
  if (typeof hay === "string" && typeof part === "string") return hay.startsWith(part, at);
  for (let j = 0; j < part.length; j++) if (hay[at + j] !== part[j]) return false;
  return true;
}
