// Differential tests of src/support/libm against CPython 3.11 / glibc 2.36 results
// recorded by scripts/gen_libm_data.py. Comparison is bit-exact (any NaN equals any NaN);
// inputs listed in data/libm/known_mismatches.json are expected to differ, and the test
// fails if that list is stale in either direction.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import * as libm from "../../src/support/libm/index.js";

// The test runner starts in the repo root.
const DATA = "tests/unit/data/libm/";

const buf = new DataView(new ArrayBuffer(8));
function fromHex(s: string): number {
  buf.setBigUint64(0, BigInt("0x" + s));
  return buf.getFloat64(0);
}

interface Case {
  args: number[];
  key: string;
  expected: number;
  flag: string;
}

function loadCases(name: string): Case[] {
  const text = gunzipSync(readFileSync(DATA + name + ".txt.gz")).toString("latin1");
  const out: Case[] = [];
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const parts = line.split(" ");
    const flag = parts.pop() as string;
    const exp = parts.pop() as string;
    out.push({ args: parts.map(fromHex), key: parts.join(" "), expected: fromHex(exp), flag });
  }
  return out;
}

function same(a: number, b: number): boolean {
  return Object.is(a, b) || (a !== a && b !== b);
}

const known = JSON.parse(readFileSync(DATA + "known_mismatches.json", "utf8")) as Record<string, string[]>;

const FUNCS: Record<string, (...a: number[]) => number> = {
  exp: libm.exp,
  exp2: libm.exp2,
  expm1: libm.expm1,
  log: libm.log,
  log2: libm.log2,
  log10: libm.log10,
  log1p: libm.log1p,
  pow: libm.pow,
  sin: libm.sin,
  cos: libm.cos,
  tan: libm.tan,
  asin: libm.asin,
  acos: libm.acos,
  atan: libm.atan,
  atan2: libm.atan2,
  sinh: libm.sinh,
  cosh: libm.cosh,
  tanh: libm.tanh,
  asinh: libm.asinh,
  acosh: libm.acosh,
  atanh: libm.atanh,
  cbrt: libm.cbrt,
  erf: libm.erf,
  erfc: libm.erfc,
};

for (const [name, fn] of Object.entries(FUNCS)) {
  test(`libm.${name} matches CPython bit for bit`, () => {
    const cases = loadCases(name);
    assert.ok(cases.length >= 20000);
    const bad: string[] = [];
    for (const c of cases) {
      const got = fn(...(c.args as [number, number]));
      if (!same(got, c.expected)) bad.push(c.key);
    }
    const expectedBad = known[name] ?? [];
    assert.deepEqual(bad.sort(), [...expectedBad].sort(), `${name}: ${bad.length} mismatches`);
  });
}

test("classifyMathError agrees with CPython on every recorded input", () => {
  for (const name of Object.keys(FUNCS)) {
    for (const c of loadCases(name)) {
      const got = libm.classifyMathError(name, c.args, c.expected);
      assert.equal(got, c.flag, `${name}(${c.key})`);
    }
  }
});
