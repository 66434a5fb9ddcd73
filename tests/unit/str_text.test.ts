// Differential tests of the str algorithms (src/objects/str.ts, str_text.ts) against
// python3: random strings mixing ASCII, Latin-1, Greek (final sigma), special-casing
// letters, whitespace of every kind, astral characters and lone surrogates go through
// each operation in both representations. Strings travel as code-point arrays so that
// lone surrogates survive JSON.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  adjustIndices,
  codePoints,
  strFromCodePoints,
  strText,
  textCompare,
  textCount,
  textEquals,
  textFind,
  textHash,
  textMatchAt,
  textReprJS,
  textRFind,
  type Text,
} from "../../src/objects/str.js";
import {
  expandTabs,
  isLineBreakAt,
  isPrintableText,
  predicateViaJS,
  replaceText,
  rsplitSep,
  rsplitWhitespace,
  splitLines,
  splitSep,
  splitWhitespace,
  stripRange,
  viaJS,
} from "../../src/objects/str_text.js";
import { textConcat } from "../../src/objects/str.js";
import * as U from "../../src/support/unicode/index.js";

const GENERATOR = String.raw`
import json, random
random.seed(1234)
alphabet = ['a','b','B','Z',' ','\t','\n','\r','\x0b','\x1c','\x85','\xa0','\u2028','\u3000',
            'ß','ǅ','Σ','σ','ς','İ','ﬁ','é','\u0345','\u0307','x','y','😀','𐐀','𐐨','\U0001d400',
            '\ud800','\udc00','\uffff','.',',','-','0','١','²', "'", '"', '\\']
def rnd(n):
    return ''.join(random.choice(alphabet) for _ in range(random.randint(0, n)))
cp = lambda s: [ord(c) for c in s]
out = []
for k in range(400):
    s = rnd(14)
    sub = random.choice(['', 'a', 'ab', '😀', ' ', 'Σ', '\ud800', '\udc00', s[1:3], s[-2:]])
    start = random.randint(-20, 20); end = random.randint(-20, 20)
    maxsplit = random.randint(-1, 3)
    chars = random.choice([None, 'a', ' a😀', '\ud800Σ', ''])
    tab = random.randint(0, 5)
    c = {'s': cp(s), 'sub': cp(sub), 'start': start, 'end': end, 'maxsplit': maxsplit,
         'chars': None if chars is None else cp(chars), 'tab': tab}
    c['find'] = s.find(sub, start, end); c['rfind'] = s.rfind(sub, start, end)
    c['count'] = s.count(sub, start, end)
    c['startswith'] = s.startswith(sub, start, end); c['endswith'] = s.endswith(sub, start, end)
    if sub:
        c['split'] = [cp(x) for x in s.split(sub, maxsplit)]
        c['rsplit'] = [cp(x) for x in s.rsplit(sub, maxsplit)]
    c['wsplit'] = [cp(x) for x in s.split(None, maxsplit)]
    c['wrsplit'] = [cp(x) for x in s.rsplit(None, maxsplit)]
    c['lines'] = [cp(x) for x in s.splitlines()]
    c['linesk'] = [cp(x) for x in s.splitlines(True)]
    c['strip'] = cp(s.strip(chars)); c['lstrip'] = cp(s.lstrip(chars)); c['rstrip'] = cp(s.rstrip(chars))
    for m in ['lower','upper','title','swapcase','casefold','capitalize']:
        c[m] = cp(getattr(s, m)())
    for m in ['islower','isupper','istitle','isprintable']:
        c[m] = getattr(s, m)()
    c['repr'] = cp(repr(s))
    c['expandtabs'] = cp(s.expandtabs(tab))
    c['replace'] = cp(s.replace(sub, 'R😀', maxsplit))
    out.append(c)
print(json.dumps(out))
`;

interface Case {
  s: number[];
  sub: number[];
  start: number;
  end: number;
  maxsplit: number;
  chars: number[] | null;
  tab: number;
  [k: string]: unknown;
}

function cases(): Case[] {
  const r = spawnSync("python3", ["-c", GENERATOR], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Case[];
}

const T = (cps: number[]): Text => strText(strFromCodePoints(cps))!;
/** The same text as an array even when it is plain (the other representation). */
const A = (cps: number[]): Text => cps.map((c) => String.fromCodePoint(c));
const cpsOf = (t: Text): number[] => codePoints(t);

test("str text algorithms agree with python3 in both representations", () => {
  for (const c of cases()) {
    for (const mk of [T, A]) {
      const s = mk(c.s);
      const sub = mk(c.sub);
      const ctx = JSON.stringify(c.s);
      const [st, en] = adjustIndices(c.start, c.end, s.length);
      assert.equal(textFind(s, sub, st, en), c.find, `find ${ctx}`);
      assert.equal(textRFind(s, sub, st, en), c.rfind, `rfind ${ctx}`);
      assert.equal(textCount(s, sub, st, en), c.count, `count ${ctx}`);
      assert.equal(textMatchAt(s, sub, c.start, c.end, false), c.startswith, `startswith ${ctx}`);
      assert.equal(textMatchAt(s, sub, c.start, c.end, true), c.endswith, `endswith ${ctx}`);
      if (c.sub.length > 0) {
        assert.deepEqual(splitSep(s, sub, c.maxsplit).map(cpsOf), c.split, `split ${ctx}`);
        assert.deepEqual(rsplitSep(s, sub, c.maxsplit).map(cpsOf), c.rsplit, `rsplit ${ctx}`);
      }
      assert.deepEqual(splitWhitespace(s, c.maxsplit).map(cpsOf), c.wsplit, `wsplit ${ctx}`);
      assert.deepEqual(rsplitWhitespace(s, c.maxsplit).map(cpsOf), c.wrsplit, `wrsplit ${ctx}`);
      assert.deepEqual(splitLines(s, false, isLineBreakAt).map(cpsOf), c.lines, `splitlines ${ctx}`);
      assert.deepEqual(splitLines(s, true, isLineBreakAt).map(cpsOf), c.linesk, `splitlines(True) ${ctx}`);
      const chars = c.chars === null ? undefined : mk(c.chars);
      for (const [name, l, r] of [
        ["strip", true, true],
        ["lstrip", true, false],
        ["rstrip", false, true],
      ] as const) {
        const [a, b] = stripRange(s, chars, l, r);
        assert.deepEqual(cpsOf(s.slice(a, b)), c[name], `${name} ${ctx}`);
      }
      const cases: [string, (x: string) => string][] = [
        ["lower", U.lower],
        ["upper", U.upper],
        ["title", U.title],
        ["swapcase", U.swapcase],
        ["casefold", U.casefold],
        ["capitalize", U.capitalize],
      ];
      for (const [name, f] of cases) assert.deepEqual(cpsOf(viaJS(s, f)), c[name], `${name} ${ctx}`);
      assert.equal(predicateViaJS(s, U.strIsLower), c.islower, `islower ${ctx}`);
      assert.equal(predicateViaJS(s, U.strIsUpper), c.isupper, `isupper ${ctx}`);
      assert.equal(predicateViaJS(s, U.strIsTitle), c.istitle, `istitle ${ctx}`);
      assert.equal(isPrintableText(s), c.isprintable, `isprintable ${ctx}`);
      assert.deepEqual(
        Array.from(textReprJS(s), (ch) => ch.codePointAt(0)),
        c.repr,
        `repr ${ctx}`,
      );
      assert.deepEqual(cpsOf(expandTabs(s, c.tab)), c.expandtabs, `expandtabs ${ctx}`);
      const rep = mk([0x52, 0x1f600]);
      assert.deepEqual(cpsOf(textConcat(replaceText(s, sub, rep, c.maxsplit))), c.replace, `replace ${ctx}`);
    }
  }
});

test("equal strs hash and compare alike in either representation", () => {
  for (const c of cases().slice(0, 100)) {
    assert.equal(textHash(T(c.s)), textHash(A(c.s)));
    assert.ok(textEquals(T(c.s), A(c.s)));
    assert.equal(Math.sign(textCompare(T(c.s), T(c.sub))), Math.sign(textCompare(A(c.s), A(c.sub))));
  }
});

test("the canonical representation", () => {
  assert.equal(strFromCodePoints([97, 98]), "ab");
  assert.notEqual(typeof strFromCodePoints([0x1f600]), "string");
  assert.notEqual(typeof strFromCodePoints([0xd800, 0xdc00]), "string");
  assert.equal(strText(strFromCodePoints([0xd800, 0xdc00]))!.length, 2);
});
