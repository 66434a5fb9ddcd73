// The algorithms behind str's methods, on `Text` (str.ts): splitting, stripping,
// padding, case mapping and the character predicates. No Python objects here beyond
// Text, so the bytes types reuse the shapes and unit tests can drive them directly.

import * as U from "../support/unicode/index.js";
import { cpAt, cpOf, isSurrogateUnit, textCount, textFind, textRFind, type Text } from "./str.js";

// ---- split family ----

export function isSpaceAt(t: Text, i: number): boolean {
  const cp = cpAt(t, i);
  return cp < 128 ? cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31) : U.isSpace(cp);
}

/** str.split(None, maxsplit). */
export function splitWhitespace(t: Text, maxsplit: number, isSpace = isSpaceAt): Text[] {
  const out: Text[] = [];
  const n = t.length;
  let i = 0;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (i < n) {
    while (i < n && isSpace(t, i)) i++;
    if (i === n) break;
    if (maxsplit-- <= 0) {
      // the remainder keeps its trailing whitespace
      out.push(t.slice(i));
      return out;
    }
    const j = i;
    while (i < n && !isSpace(t, i)) i++;
    out.push(t.slice(j, i));
  }
  return out;
}

/** isSpaceAt for a str held as a JS string (no surrogates: each unit is a code point),
 * without cpAt's check for a code-point array: `line.split()` in every parsing loop. */
export function isSpaceUnitAt(t: Text, i: number): boolean {
  return isSpaceUnit((t as string).charCodeAt(i));
}

function isSpaceUnit(c: number): boolean {
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31) : U.isSpace(c);
}

/** str.rsplit(None, maxsplit). */
export function rsplitWhitespace(t: Text, maxsplit: number, isSpace = isSpaceAt): Text[] {
  const out: Text[] = [];
  let i = t.length;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (i > 0) {
    while (i > 0 && isSpace(t, i - 1)) i--;
    if (i === 0) break;
    if (maxsplit-- <= 0) {
      out.push(t.slice(0, i));
      break;
    }
    const j = i;
    while (i > 0 && !isSpace(t, i - 1)) i--;
    out.push(t.slice(i, j));
  }
  return out.reverse();
}

/** str.split(sep, maxsplit) with a non-empty sep. */
export function splitSep(t: Text, sep: Text, maxsplit: number): Text[] {
  if (maxsplit < 0 && typeof t === "string" && typeof sep === "string") return t.split(sep);
  const out: Text[] = [];
  let i = 0;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (maxsplit-- > 0) {
    const k = textFind(t, sep, i, t.length);
    if (k < 0) break;
    out.push(t.slice(i, k));
    i = k + sep.length;
  }
  out.push(t.slice(i));
  return out;
}

export function rsplitSep(t: Text, sep: Text, maxsplit: number): Text[] {
  const out: Text[] = [];
  let j = t.length;
  if (maxsplit < 0) maxsplit = Number.MAX_SAFE_INTEGER;
  while (maxsplit-- > 0) {
    const k = textRFind(t, sep, 0, j);
    if (k < 0) break;
    out.push(t.slice(k + sep.length, j));
    j = k;
  }
  out.push(t.slice(0, j));
  return out.reverse();
}

/** str.splitlines: \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029. */
export function splitLines(t: Text, keepends: boolean, isBreak: (t: Text, i: number) => boolean): Text[] {
  const out: Text[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    const start = i;
    while (i < n && !isBreak(t, i)) i++;
    let eol = i;
    if (i < n) {
      if (t[i] === "\r" && i + 1 < n && t[i + 1] === "\n") i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(t.slice(start, eol));
  }
  return out;
}

export function isLineBreakAt(t: Text, i: number): boolean {
  const cp = cpAt(t, i);
  return cp < 128 ? (cp >= 10 && cp <= 13) || (cp >= 28 && cp <= 30) : U.isLinebreak(cp);
}

/** str.replace(old, new, count). */
export function replaceText(t: Text, old: Text, rep: Text, count: number): Text[] {
  // Returns the pieces to concatenate.
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const parts: Text[] = [];
  if (old.length === 0) {
    // Insert `rep` before each code point and at the end, up to count times.
    let i = 0;
    let done = 0;
    while (done < count && i <= t.length) {
      parts.push(rep);
      done++;
      if (i < t.length) parts.push(t.slice(i, i + 1));
      i++;
    }
    if (i <= t.length) parts.push(t.slice(i));
    return parts;
  }
  let i = 0;
  while (count-- > 0) {
    const k = textFind(t, old, i, t.length);
    if (k < 0) break;
    parts.push(t.slice(i, k), rep);
    i = k + old.length;
  }
  parts.push(t.slice(i));
  return parts;
}

export { textCount };

// ---- strip ----

/** [start, end) after stripping: `chars` undefined means whitespace. */
export function stripRange(
  t: Text,
  chars: Text | undefined,
  left: boolean,
  right: boolean,
  isSpace = isSpaceAt,
): [number, number] {
  let s = 0;
  let e = t.length;
  let strip: (i: number) => boolean;
  if (chars === undefined) strip = (i) => isSpace(t, i);
  else if (typeof chars === "string" && typeof t === "string") strip = (i) => chars.includes(t[i]!);
  else {
    const set = new Set<string>(chars);
    strip = (i) => set.has(t[i]!);
  }
  if (left) while (s < e && strip(s)) s++;
  if (right) while (e > s && strip(e - 1)) e--;
  return [s, e];
}

// ---- padding ----

/** CPython's pad(): [left, right] fill counts for center. */
export function centerMargins(len: number, width: number): [number, number] {
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return [left, marg - left];
}

/** str.expandtabs. */
export function expandTabs(t: Text, tabsize: number): Text {
  let col = 0;
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        for (let k = 0; k < n; k++) out.push(" ");
        col += n;
      }
    } else {
      out.push(c);
      col++;
      if (c === "\n" || c === "\r") col = 0;
    }
  }
  return typeof t === "string" ? out.join("") : out;
}

// ---- case mapping and predicates ----

/** Applies a JS-string Unicode function to a Text. Lone surrogates, which a JS string
 * cannot keep apart from pairs, are swapped for U+FFFF (also uncased, not case-ignorable,
 * and mapped to itself) and swapped back afterwards. */
export function viaJS(t: Text, f: (s: string) => string): Text {
  if (typeof t === "string") return f(t);
  const saved: string[] = [];
  let js = "";
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if ((c.length === 1 && isSurrogateUnit(c.charCodeAt(0))) || c === "\uffff") {
      saved.push(c);
      js += "\uffff";
    } else js += c;
  }
  const mapped = f(js);
  if (saved.length === 0) return Array.from(mapped);
  const out = Array.from(mapped);
  let k = 0;
  for (let i = 0; i < out.length; i++) if (out[i] === "\uffff") out[i] = saved[k++]!;
  return out;
}

export function predicateViaJS(t: Text, f: (s: string) => boolean): boolean {
  if (typeof t === "string") return f(t);
  let js = "";
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    js += c.length === 1 && isSurrogateUnit(c.charCodeAt(0)) ? "\uffff" : c;
  }
  return f(js);
}

/** Non-empty and every code point satisfies `p`. */
export function allCodePoints(t: Text, p: (cp: number) => boolean): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) if (!p(cpAt(t, i))) return false;
  return true;
}

export function isPrintableText(t: Text): boolean {
  for (let i = 0; i < t.length; i++) {
    const cp = cpAt(t, i);
    if (cp < 0x7f ? cp < 0x20 : !U.isPrintable(cp)) return false;
  }
  return true;
}

export function isAsciiText(t: Text): boolean {
  if (typeof t === "string") return /^[\x00-\x7f]*$/.test(t);
  for (let i = 0; i < t.length; i++) if (cpOf(t[i]!) >= 128) return false;
  return true;
}

export function isIdentifierText(t: Text): boolean {
  if (typeof t === "string") return U.isIdentifier(t);
  for (let i = 0; i < t.length; i++)
    if (t[i]!.length === 1 && isSurrogateUnit(t[i]!.charCodeAt(0))) return false;
  return U.isIdentifier(t.join(""));
}
