// Character semantics of the pattern program: case mappings (ASCII, "locale", Unicode),
// the CATEGORY predicates, and character tests decoded from the program (LITERAL, IN
// sets, ANY...) with a 256-entry table in front of the general test.
//
// LOCALE: Swallow runs in the C/UTF-8 locale, where C's tolower/isalnum on a byte are
// the ASCII ones, so the LOC_ variants behave as CPython's do under that locale.

import {
  isAlnum,
  isDecimal,
  isLinebreak,
  isSpace,
  toLowerSimple,
  toUpperSimple,
} from "../../support/unicode/index.js";
import { Category, Op } from "./constants.js";

export function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

export function upperAscii(c: number): number {
  return c >= 97 && c <= 122 ? c - 32 : c;
}

export function lowerUnicode(c: number): number {
  return c < 128 ? lowerAscii(c) : toLowerSimple(c);
}

export function upperUnicode(c: number): number {
  return c < 128 ? upperAscii(c) : toUpperSimple(c);
}

export function asciiIsCased(c: number): boolean {
  return c < 128 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

export function unicodeIsCased(c: number): boolean {
  return c !== lowerUnicode(c) || c !== upperUnicode(c);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

export function isAsciiWord(c: number): boolean {
  return c < 128 && (isAsciiDigit(c) || asciiIsCased(c) || c === 95);
}

export function isUniWord(c: number): boolean {
  return c === 95 || isAlnum(c);
}

export function category(cat: number, c: number): boolean {
  switch (cat) {
    case Category.DIGIT:
      return isAsciiDigit(c);
    case Category.NOT_DIGIT:
      return !isAsciiDigit(c);
    case Category.SPACE:
      return isAsciiSpace(c);
    case Category.NOT_SPACE:
      return !isAsciiSpace(c);
    case Category.WORD:
    case Category.LOC_WORD:
      return isAsciiWord(c);
    case Category.NOT_WORD:
    case Category.LOC_NOT_WORD:
      return !isAsciiWord(c);
    case Category.LINEBREAK:
      return c === 10;
    case Category.NOT_LINEBREAK:
      return c !== 10;
    case Category.UNI_DIGIT:
      return isDecimal(c);
    case Category.UNI_NOT_DIGIT:
      return !isDecimal(c);
    case Category.UNI_SPACE:
      return isSpace(c);
    case Category.UNI_NOT_SPACE:
      return !isSpace(c);
    case Category.UNI_WORD:
      return isUniWord(c);
    case Category.UNI_NOT_WORD:
      return !isUniWord(c);
    case Category.UNI_LINEBREAK:
      return isLinebreak(c);
    case Category.UNI_NOT_LINEBREAK:
      return !isLinebreak(c);
    default:
      throw new Error(`_sre: unknown category ${cat}`);
  }
}

// ---- sets (the operand of IN and its case variants) ----

export type SetItem =
  | { op: Op.LITERAL; ch: number }
  | { op: Op.RANGE | Op.RANGE_UNI_IGNORE; lo: number; hi: number }
  | { op: Op.CHARSET; bits: Uint32Array }
  | { op: Op.BIGCHARSET; blockOf: Uint8Array; blocks: Uint32Array }
  | { op: Op.CATEGORY; cat: number }
  | { op: Op.NEGATE };

/** SRE's charset membership: the first item that contains `c` decides, NEGATE flips. */
export function inSet(items: readonly SetItem[], c: number): boolean {
  let ok = true;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    switch (it.op) {
      case Op.LITERAL:
        if (c === it.ch) return ok;
        break;
      case Op.RANGE:
        if (c >= it.lo && c <= it.hi) return ok;
        break;
      case Op.RANGE_UNI_IGNORE: {
        if (c >= it.lo && c <= it.hi) return ok;
        const u = upperUnicode(c);
        if (u >= it.lo && u <= it.hi) return ok;
        break;
      }
      case Op.CHARSET:
        if (c < 256 && (it.bits[c >> 5]! & (1 << (c & 31))) !== 0) return ok;
        break;
      case Op.BIGCHARSET:
        if (c < 65536) {
          const b = it.blockOf[c >> 8]!;
          const w = b * 8 + ((c & 255) >> 5);
          if ((it.blocks[w]! & (1 << (c & 31))) !== 0) return ok;
        }
        break;
      case Op.CATEGORY:
        if (category(it.cat, c)) return ok;
        break;
      case Op.NEGATE:
        ok = !ok;
        break;
    }
  }
  return !ok;
}

// ---- one-character tests ----

/** A test of one subject character: LITERAL, NOT_LITERAL, ANY, ANY_ALL, CATEGORY or IN,
 * with their case variants, keeping the program's opcode. `table[c]` is the result for
 * c < 256, precomputed. */
export interface CharTest {
  readonly op: Op;
  readonly ch: number;
  readonly set: readonly SetItem[] | null;
  readonly table: Uint8Array;
}

export function makeCharTest(op: Op, ch: number, set: readonly SetItem[] | null): CharTest {
  const t = { op, ch, set, table: new Uint8Array(256) };
  for (let c = 0; c < 256; c++) t.table[c] = testSlow(t, c) ? 1 : 0;
  return t;
}

function inLocIgnore(set: readonly SetItem[], c: number): boolean {
  if (inSet(set, c)) return true;
  const lo = lowerAscii(c);
  if (lo !== c && inSet(set, lo)) return true;
  const up = upperAscii(c);
  return up !== c && inSet(set, up);
}

function locIgnoreEq(pattern: number, c: number): boolean {
  return c === pattern || lowerAscii(c) === pattern || upperAscii(c) === pattern;
}

export function testSlow(t: CharTest, c: number): boolean {
  switch (t.op) {
    case Op.LITERAL:
      return c === t.ch;
    case Op.NOT_LITERAL:
      return c !== t.ch;
    case Op.LITERAL_IGNORE:
      return lowerAscii(c) === t.ch;
    case Op.NOT_LITERAL_IGNORE:
      return lowerAscii(c) !== t.ch;
    case Op.LITERAL_UNI_IGNORE:
      return lowerUnicode(c) === t.ch;
    case Op.NOT_LITERAL_UNI_IGNORE:
      return lowerUnicode(c) !== t.ch;
    case Op.LITERAL_LOC_IGNORE:
      return locIgnoreEq(t.ch, c);
    case Op.NOT_LITERAL_LOC_IGNORE:
      return !locIgnoreEq(t.ch, c);
    case Op.ANY:
      return c !== 10;
    case Op.ANY_ALL:
      return true;
    case Op.CATEGORY:
      return category(t.ch, c);
    case Op.IN:
      return inSet(t.set!, c);
    case Op.IN_IGNORE:
      return inSet(t.set!, lowerAscii(c));
    case Op.IN_UNI_IGNORE:
      return inSet(t.set!, lowerUnicode(c));
    case Op.IN_LOC_IGNORE:
      return inLocIgnore(t.set!, c);
    default:
      throw new Error(`_sre: not a character test: ${t.op}`);
  }
}

export function testChar(t: CharTest, c: number): boolean {
  return c < 256 ? t.table[c] === 1 : testSlow(t, c);
}
