// Character names of Unicode 14.0.0, as CPython 3.11 gives and accepts them.
//
// - characterName (unicodedata.name): UnicodeData's names, plus the algorithmic names of
//   Hangul syllables and CJK unified ideographs. Other code points listed only as ranges
//   (Tangut ideographs, private use, surrogates) have none, as in CPython.
// - lookupName ("\N{...}" in a literal): names and name aliases in any ASCII case; the
//   algorithmic names only in capitals ("CJK UNIFIED IDEOGRAPH-4E00", 4 or 5 hex digits).
// - lookupNameOrSequence (unicodedata.lookup): the same, plus named sequences.
//
// The name list is decoded on first use; the lookup maps are built on the first lookup.

import { ALIASES, CJK_RANGES, NAMED_SEQUENCES, NAMES, NAME_RUNS, PREFIX_CHARS } from "./names.generated.js";

// Hangul syllables (Unicode chapter 3.12): S = SBase + (L * VCount + V) * TCount + T.
const S_BASE = 0xac00;
const V_COUNT = 21;
const T_COUNT = 28;
const S_COUNT = 19 * V_COUNT * T_COUNT;
const JAMO_L = "G|GG|N|D|DD|R|M|B|BB|S|SS||J|JJ|C|K|T|P|H".split("|");
const JAMO_V = "A|AE|YA|YAE|EO|E|YEO|YE|O|WA|WAE|OE|YO|U|WEO|WE|WI|YU|EU|YI|I".split("|");
const JAMO_T = "|G|GG|GS|N|NJ|NH|D|L|LG|LM|LB|LS|LT|LP|LH|M|B|BS|S|SS|NG|J|C|K|T|P|H".split("|");

const HANGUL_PREFIX = "HANGUL SYLLABLE ";
const CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";

function isUnifiedIdeograph(cp: number): boolean {
  for (let i = 0; i < CJK_RANGES.length; i += 2) {
    if (cp >= CJK_RANGES[i]! && cp <= CJK_RANGES[i + 1]!) return true;
  }
  return false;
}

let names: string[] | undefined;
/** Start of each run of named code points, and the index of its first name. */
let runStarts: Int32Array;
let runFirstIndex: Int32Array;

function loadNames(): string[] {
  const list: string[] = [];
  const prefixLength = new Map<string, number>();
  for (let i = 0; i < PREFIX_CHARS.length; i++) prefixLength.set(PREFIX_CHARS[i]!, i);
  let prev = "";
  let i = 0;
  while (i < NAMES.length) {
    const shared = prefixLength.get(NAMES[i]!)!;
    let end = i + 1;
    while (end < NAMES.length && !prefixLength.has(NAMES[end]!)) end++;
    prev = prev.slice(0, shared) + NAMES.slice(i + 1, end);
    list.push(prev);
    i = end;
  }
  const runs = NAME_RUNS.length / 2;
  runStarts = new Int32Array(runs);
  runFirstIndex = new Int32Array(runs);
  let index = 0;
  for (let r = 0; r < runs; r++) {
    runStarts[r] = NAME_RUNS[2 * r]!;
    runFirstIndex[r] = index;
    index += NAME_RUNS[2 * r + 1]!;
  }
  return (names = list);
}

/** unicodedata.name: the character's name, or undefined if it has none. */
export function characterName(cp: number): string | undefined {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    const l = Math.floor(s / (V_COUNT * T_COUNT));
    const v = Math.floor((s % (V_COUNT * T_COUNT)) / T_COUNT);
    return HANGUL_PREFIX + JAMO_L[l]! + JAMO_V[v]! + JAMO_T[s % T_COUNT]!;
  }
  if (isUnifiedIdeograph(cp)) return CJK_PREFIX + cp.toString(16).toUpperCase();
  const list = names ?? loadNames();
  // The last run starting at or before cp.
  let lo = 0;
  let hi = runStarts.length - 1;
  if (hi < 0 || cp < runStarts[0]!) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runStarts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  const offset = cp - runStarts[lo]!;
  if (offset >= NAME_RUNS[2 * lo + 1]!) return undefined;
  return list[runFirstIndex[lo]! + offset];
}

/** The longest of `choices` that `name` has at `pos`, as [index, length]. */
function longestJamo(name: string, pos: number, choices: string[]): [number, number] {
  let best = -1;
  let bestLength = -1;
  for (let i = 0; i < choices.length; i++) {
    const jamo = choices[i]!;
    if (jamo.length > bestLength && name.startsWith(jamo, pos)) {
      best = i;
      bestLength = jamo.length;
    }
  }
  return [best, bestLength];
}

function lookupAlgorithmic(name: string): number | undefined | null {
  if (name.startsWith(HANGUL_PREFIX)) {
    let pos = HANGUL_PREFIX.length;
    const [l, ll] = longestJamo(name, pos, JAMO_L);
    pos += ll;
    const [v, vl] = longestJamo(name, pos, JAMO_V);
    if (v < 0) return undefined;
    pos += vl;
    const [t, tl] = longestJamo(name, pos, JAMO_T);
    pos += tl;
    if (pos !== name.length) return undefined;
    return S_BASE + (l * V_COUNT + v) * T_COUNT + t;
  }
  if (name.startsWith(CJK_PREFIX)) {
    const digits = name.slice(CJK_PREFIX.length);
    if (!/^[0-9A-F]{4,5}$/.test(digits)) return undefined;
    const cp = parseInt(digits, 16);
    return isUnifiedIdeograph(cp) ? cp : undefined;
  }
  return null; // not an algorithmic name
}

let byName: Map<string, number> | undefined;
let sequences: Map<string, string> | undefined;

function loadLookup(): Map<string, number> {
  const map = new Map<string, number>();
  const list = names ?? loadNames();
  for (let r = 0; r < runStarts.length; r++) {
    for (let k = 0; k < NAME_RUNS[2 * r + 1]!; k++) map.set(list[runFirstIndex[r]! + k]!, runStarts[r]! + k);
  }
  for (const [alias, cp] of ALIASES) map.set(alias, cp);
  return (byName = map);
}

/** Names are matched in any case, but only ASCII letters fold (CPython uses Py_TOUPPER). */
const asciiUpper = (s: string): string => s.replace(/[a-z]+/g, (m) => m.toUpperCase());

/** What "\N{name}" accepts: the code point of a name or alias, or undefined. */
export function lookupName(name: string): number | undefined {
  const algorithmic = lookupAlgorithmic(name);
  if (algorithmic !== null) return algorithmic;
  return (byName ?? loadLookup()).get(asciiUpper(name));
}

/** unicodedata.lookup: like lookupName, but also accepts named sequences; the result as a string.
 * The UCD 3.2.0 object (`!latest`) knows neither aliases nor named sequences, as CPython's. */
export function lookupNameOrSequence(name: string, latest = true): string | undefined {
  const cp = lookupName(name);
  if (cp !== undefined && (latest || characterName(cp) === asciiUpper(name))) return String.fromCodePoint(cp);
  if (!latest) return undefined;
  sequences ??= new Map(NAMED_SEQUENCES);
  return sequences.get(asciiUpper(name));
}
