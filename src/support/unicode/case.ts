// Case mappings as CPython 3.11's str methods apply them: full mappings (SpecialCasing's
// unconditional entries, so "ß".upper() == "SS"), case folding with CaseFolding's C and F
// statuses, and the one context-dependent rule CPython implements, the final sigma of
// str.lower (and of the lowercasing parts of title, capitalize and swapcase).
//
// Strings are JS strings; a code point above U+FFFF is a surrogate pair, a lone surrogate
// stands for itself (it has no case).

import {
  CASED,
  CASE_IGNORABLE,
  EXTENDED_CASE_FLAG,
  F_FOLD,
  F_LOWER,
  F_TITLE,
  F_UPPER,
  LOWER,
  TITLE,
  UPPER,
  extendedCase,
  flagsOf,
  recordOffset,
  records,
} from "./ucd.js";

type CaseField = typeof F_LOWER | typeof F_UPPER | typeof F_TITLE | typeof F_FOLD;

function mapFull(cp: number, field: CaseField): string {
  const r = recordOffset(cp);
  if (records[r]! & EXTENDED_CASE_FLAG) return extendedCase(records[r + field]!);
  // Without EXTENDED_CASE the casefold is the lowercase.
  return String.fromCodePoint(cp + records[r + (field === F_FOLD ? F_LOWER : field)]!);
}

function mapSimple(cp: number, field: CaseField): number {
  const r = recordOffset(cp);
  // CPython's _PyUnicode_To*case give the first code point of a full mapping.
  if (records[r]! & EXTENDED_CASE_FLAG) return extendedCase(records[r + field]!).codePointAt(0)!;
  return cp + records[r + field]!;
}

/** Full lowercase mapping of one code point (CPython's _PyUnicode_ToLowerFull). */
export const toLowerFull = (cp: number): string => mapFull(cp, F_LOWER);
/** Full uppercase mapping (_PyUnicode_ToUpperFull). */
export const toUpperFull = (cp: number): string => mapFull(cp, F_UPPER);
/** Full titlecase mapping (_PyUnicode_ToTitleFull). */
export const toTitleFull = (cp: number): string => mapFull(cp, F_TITLE);
/** Full case folding (_PyUnicode_ToFoldedFull). */
export const toFoldedFull = (cp: number): string => mapFull(cp, F_FOLD);
/** Single-code-point lowercase, as CPython's _PyUnicode_ToLowercase (used by _sre). */
export const toLowerSimple = (cp: number): number => mapSimple(cp, F_LOWER);
/** Single-code-point uppercase, as CPython's _PyUnicode_ToUppercase. */
export const toUpperSimple = (cp: number): number => mapSimple(cp, F_UPPER);
/** Single-code-point titlecase, as CPython's _PyUnicode_ToTitlecase. */
export const toTitleSimple = (cp: number): number => mapSimple(cp, F_TITLE);

const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);
const flags = flagsOf;

/** The code point that ends just before UTF-16 index `end`. */
function codePointBefore(s: string, end: number): number {
  const lo = s.charCodeAt(end - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && end >= 2) {
    const hi = s.charCodeAt(end - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/**
 * Whether the capital sigma at UTF-16 index i is final: preceded by a cased letter and
 * not followed by one, skipping case-ignorable code points both ways.
 */
function isFinalSigma(s: string, i: number): boolean {
  let j = i;
  let cp = 0;
  while (j > 0) {
    cp = codePointBefore(s, j);
    j -= cp > 0xffff ? 2 : 1;
    if (!(flags(cp) & CASE_IGNORABLE)) break;
    cp = -1;
  }
  if (j === i || cp < 0 || !(flags(cp) & CASED)) return false;
  for (j = i + 1; j < s.length; j += cp > 0xffff ? 2 : 1) {
    cp = s.codePointAt(j)!;
    if (!(flags(cp) & CASE_IGNORABLE)) return !(flags(cp) & CASED);
  }
  return true;
}

/** Lowercase of the code point cp at UTF-16 index i of s, with the final sigma rule. */
function lowerAt(s: string, i: number, cp: number): string {
  if (cp === 0x3a3) return isFinalSigma(s, i) ? "\u03c2" : "\u03c3";
  return mapFull(cp, F_LOWER);
}

/** Applies f to each code point of s (with its UTF-16 index) and joins the results. */
function mapString(s: string, f: (cp: number, i: number) => string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    out += f(cp, i);
    if (cp > 0xffff) i++;
  }
  return out;
}

/** str.lower */
export function lower(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  return mapString(s, (cp, i) => lowerAt(s, i, cp));
}

/** str.upper */
export function upper(s: string): string {
  if (isAscii(s)) return s.toUpperCase();
  return mapString(s, (cp) => mapFull(cp, F_UPPER));
}

/** str.casefold */
export function casefold(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  return mapString(s, (cp) => mapFull(cp, F_FOLD));
}

/** str.swapcase: uppercase code points are lowercased, lowercase ones uppercased. */
export function swapcase(s: string): string {
  return mapString(s, (cp, i) => {
    const f = flags(cp);
    if (f & UPPER) return lowerAt(s, i, cp);
    if (f & LOWER) return mapFull(cp, F_UPPER);
    return String.fromCodePoint(cp);
  });
}

/** str.capitalize: the first code point titlecased, the rest lowercased. */
export function capitalize(s: string): string {
  return mapString(s, (cp, i) => (i === 0 ? mapFull(cp, F_TITLE) : lowerAt(s, i, cp)));
}

/** str.title: titlecase after an uncased code point, lowercase after a cased one. */
export function title(s: string): string {
  let previousIsCased = false;
  return mapString(s, (cp, i) => {
    const mapped = previousIsCased ? lowerAt(s, i, cp) : mapFull(cp, F_TITLE);
    previousIsCased = (flags(cp) & CASED) !== 0;
    return mapped;
  });
}

/** Calls f with each code point of s until it returns false; whether it never did. */
function every(s: string, f: (cp: number) => boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (!f(cp)) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}

/** str.islower: some lowercase code point, and no uppercase or titlecase one. */
export function strIsLower(s: string): boolean {
  let cased = false;
  const ok = every(s, (cp) => {
    const f = flags(cp);
    if (f & (UPPER | TITLE)) return false;
    if (f & LOWER) cased = true;
    return true;
  });
  return ok && cased;
}

/** str.isupper: some uppercase code point, and no lowercase or titlecase one. */
export function strIsUpper(s: string): boolean {
  let cased = false;
  const ok = every(s, (cp) => {
    const f = flags(cp);
    if (f & (LOWER | TITLE)) return false;
    if (f & UPPER) cased = true;
    return true;
  });
  return ok && cased;
}

/**
 * str.istitle: some cased code point; uppercase and titlecase ones only after uncased
 * ones, lowercase ones only after cased ones.
 */
export function strIsTitle(s: string): boolean {
  let cased = false;
  let previousIsCased = false;
  const ok = every(s, (cp) => {
    const f = flags(cp);
    if (f & (UPPER | TITLE)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (f & LOWER) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else previousIsCased = false;
    return true;
  });
  return ok && cased;
}
