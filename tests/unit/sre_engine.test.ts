// The _sre engine beyond the recorded cases: long subjects and deep repetition must not
// grow the JS stack (the matcher keeps its own backtracking stack), catastrophic patterns
// finish, and the module's case helpers agree with python3 on every code point.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { None } from "../../src/objects/bootstrap.js";
import { callMethod, getAttr } from "../../src/objects/abstract.js";
import { PyDict } from "../../src/objects/dict.js";
import { PyList } from "../../src/objects/list.js";
import type { PyObject } from "../../src/objects/object.js";
import { jsString } from "../../src/objects/str.js";
import { PyTuple } from "../../src/objects/tuple.js";
import "../../src/objects/str_methods.js";
import { sreCompile } from "../../src/modules/_sre/module.js";
import { asciiIsCased, lowerAscii, lowerUnicode, unicodeIsCased } from "../../src/modules/_sre/chars.js";

const PROGRAMS = String.raw`
import json, sys
from re import _parser, _compiler
out = {}
for p in sys.argv[1:]:
    st = _parser.parse(p, 0)
    ig = [None] * st.state.groups
    for k, i in st.state.groupdict.items(): ig[i] = k
    out[p] = [[int(x) for x in _compiler._code(st, 0)], st.state.flags, st.state.groups - 1, st.state.groupdict, ig]
print(json.dumps(out))
`;

const PATTERNS = [
  "a*",
  "(?:a|b)*c",
  "(a|b)*",
  ".*?x",
  "(a)*",
  "(?:(a)|b)*?$",
  "(a*)*b",
  "(?:a|aa)*c",
  "(x+x+)+y",
  "(?=(a+))a*b",
  "(?:a(?=b)|.)*",
  "(?>a+)+b",
];

const programs = JSON.parse(
  spawnSync("python3", ["-c", PROGRAMS, ...PATTERNS], { encoding: "utf8", maxBuffer: 1 << 26 }).stdout,
) as Record<string, [number[], number, number, Record<string, number>, (string | null)[]]>;

function compile(p: string): PyObject {
  const [code, flags, groups, gi, ig] = programs[p]!;
  const d = new PyDict();
  for (const [k, v] of Object.entries(gi)) d.set(k, v);
  return sreCompile(p, flags, new PyList(code), groups, d, new PyTuple(ig.map((n) => n ?? None)));
}

function span(m: PyObject): [number, number] | null {
  if (m === None) return null;
  const t = callMethod(m, "span", []) as PyTuple;
  return [t.items[0] as number, t.items[1] as number];
}

test("long subjects do not use the JS stack", () => {
  const n = 300_000;
  const as = "a".repeat(n);
  assert.deepEqual(span(callMethod(compile("a*"), "match", [as])), [0, n]);
  assert.deepEqual(span(callMethod(compile("(?:a|b)*c"), "match", ["ab".repeat(n / 2) + "c"])), [0, n + 1]);
  assert.deepEqual(span(callMethod(compile("(?:a|b)*c"), "match", ["ab".repeat(n / 2)])), null);
  const m = callMethod(compile("(a|b)*"), "match", ["ab".repeat(n / 2)]);
  assert.deepEqual(span(m), [0, n]);
  assert.deepEqual(span(callMethod(compile(".*?x"), "match", [as + "x"])), [0, n + 1]);
  assert.deepEqual(span(callMethod(compile("(a)*"), "match", [as])), [0, n]);
  assert.deepEqual(span(callMethod(compile("(?:(a)|b)*?$"), "match", [as])), [0, n]);
  assert.deepEqual(span(callMethod(compile("(?:a(?=b)|.)*"), "match", ["ab".repeat(n / 2)])), [0, n]);
  const found = callMethod(compile("a*"), "findall", ["b" + as + "b"]) as PyList;
  assert.equal(found.items.length, 4);
});

test("catastrophic patterns finish", () => {
  assert.equal(callMethod(compile("(a*)*b"), "match", ["a".repeat(18)]), None);
  assert.equal(callMethod(compile("(?:a|aa)*c"), "match", ["a".repeat(22)]), None);
  assert.equal(callMethod(compile("(x+x+)+y"), "match", ["x".repeat(16)]), None);
  assert.equal(callMethod(compile("(?>a+)+b"), "search", ["a".repeat(2000)]), None);
  const m = callMethod(compile("(?=(a+))a*b"), "search", ["a".repeat(500) + "b"]);
  assert.equal(jsString(getAttr(m, "string")).length, 501);
});

test("case helpers agree with python3 on every code point", () => {
  const script = String.raw`
import _sre, sys
lo = [c for c in range(0x110000) if _sre.unicode_tolower(c) != c]
ca = [c for c in range(0x110000) if _sre.unicode_iscased(c)]
print(len(lo), sum(lo), sum(_sre.unicode_tolower(c) for c in lo), len(ca), sum(ca))
print(sum(1 for c in range(256) if _sre.ascii_iscased(c)), sum(_sre.ascii_tolower(c) for c in range(256)))
`;
  const want = spawnSync("python3", ["-c", script], { encoding: "utf8" }).stdout.trim().split("\n");
  let nlo = 0;
  let slo = 0;
  let sto = 0;
  let nca = 0;
  let sca = 0;
  for (let c = 0; c < 0x110000; c++) {
    const l = lowerUnicode(c);
    if (l !== c) {
      nlo++;
      slo += c;
      sto += l;
    }
    if (unicodeIsCased(c)) {
      nca++;
      sca += c;
    }
  }
  assert.equal(`${nlo} ${slo} ${sto} ${nca} ${sca}`, want[0]);
  let na = 0;
  let sa = 0;
  for (let c = 0; c < 256; c++) {
    if (asciiIsCased(c)) na++;
    sa += lowerAscii(c);
  }
  assert.equal(`${na} ${sa}`, want[1]);
});
