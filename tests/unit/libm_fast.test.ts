// The fast first phase of the libm functions (plain doubles + a rounding test, see exp.ts)
// must never return a different double from the accurate double-double phase 2 it falls
// back to. Pseudo-random inputs over the interesting ranges plus hard and exact cases.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as libm from "../../src/support/libm/index.js";
import * as acc from "../../src/support/libm/accurate.js";

const N = 400000;

// xorshift128, deterministic
let s0 = 0x9e3779b9;
let s1 = 0x243f6a88;
let s2 = 0xb7e15162;
let s3 = 0x12345678;
function rnd32(): number {
  const t = s0 ^ (s0 << 11);
  s0 = s1;
  s1 = s2;
  s2 = s3;
  s3 = s3 ^ (s3 >>> 19) ^ (t ^ (t >>> 8));
  return s3 >>> 0;
}
function uni(): number {
  return (rnd32() * 4294967296 + rnd32()) / 18446744073709551616;
}
function sym(a: number): number {
  return (uni() * 2 - 1) * a;
}
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
/** A double uniform in bit pattern between positive lo and hi: every binade alike. */
function logUniform(lo: number, hi: number): number {
  f64[0] = lo;
  const a = u64[0]!;
  f64[0] = hi;
  const b = u64[0]!;
  const r = (BigInt(rnd32()) << 32n) | BigInt(rnd32());
  u64[0] = a + (r % (b - a + 1n));
  return f64[0]!;
}
function signed(x: number): number {
  return rnd32() & 1 ? -x : x;
}
/** x moved by up to k ulps. */
function near(x: number, k: number): number {
  f64[0] = x;
  u64[0] = u64[0]! + BigInt((rnd32() % (2 * k + 1)) - k);
  return f64[0]!;
}

function same(a: number, b: number): boolean {
  return Object.is(a, b) || (a !== a && b !== b);
}

function check1(
  name: string,
  fast: (x: number) => number,
  slow: (x: number) => number,
  xs: Iterable<number>,
): void {
  const bad: string[] = [];
  for (const x of xs) {
    const a = fast(x);
    const b = slow(x);
    if (!same(a, b) && bad.length < 10) bad.push(`${name}(${x}) = ${a}, accurate ${b}`);
  }
  assert.deepEqual(bad, []);
}

function check2(
  name: string,
  fast: (x: number, y: number) => number,
  slow: (x: number, y: number) => number,
  xys: Iterable<[number, number]>,
): void {
  const bad: string[] = [];
  for (const [x, y] of xys) {
    const a = fast(x, y);
    const b = slow(x, y);
    if (!same(a, b) && bad.length < 10) bad.push(`${name}(${x}, ${y}) = ${a}, accurate ${b}`);
  }
  assert.deepEqual(bad, []);
}

function* gen<T>(n: number, f: (i: number) => T): Generator<T> {
  for (let i = 0; i < n; i++) yield f(i);
}

// Inputs the CPython data lists as glibc mismatches: the hardest cases seen so far.
const known = JSON.parse(readFileSync("tests/unit/data/libm/known_mismatches.json", "utf8")) as Record<
  string,
  string[]
>;
function knownInputs(name: string): number[] {
  const dv = new DataView(new ArrayBuffer(8));
  return (known[name] ?? []).map((k) => {
    dv.setBigUint64(0, BigInt("0x" + k.split(" ")[0]));
    return dv.getFloat64(0);
  });
}

const SPECIAL = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  1.7976931348623157e308,
];

test("exp: fast phase agrees with the accurate phase", () => {
  const edges = [
    -708, -708.3964185322641, -708.4, -709, -745.1332191019411, 709.7, 709.782712893384, 7.09782712893384e2,
  ];
  check1("exp", libm.exp, acc.expAccurate, [...SPECIAL, ...edges, ...knownInputs("exp")]);
  check1(
    "exp",
    libm.exp,
    acc.expAccurate,
    gen(N, (i) => {
      switch (i % 5) {
        case 0:
          return sym(746);
        case 1:
          return sym(3);
        case 2:
          return signed(logUniform(1e-20, 709.8));
        case 3:
          return near(edges[rnd32() % edges.length]!, 1000);
        default:
          return (Math.round(sym(1000)) * Math.LN2) / 256 + sym(1e-12);
      }
    }),
  );
});

test("exp2: fast phase agrees with the accurate phase", () => {
  check1("exp2", libm.exp2, acc.exp2Accurate, [
    ...SPECIAL,
    -1022,
    -1022.5,
    1023,
    1023.5,
    1024,
    ...knownInputs("exp2"),
  ]);
  check1(
    "exp2",
    libm.exp2,
    acc.exp2Accurate,
    gen(N, (i) =>
      i % 3 === 0
        ? sym(1080)
        : i % 3 === 1
          ? Math.round(sym(1100)) / 256 + sym(1e-9)
          : signed(logUniform(1e-20, 1030)),
    ),
  );
});

test("log, log2: fast phase agrees with the accurate phase", () => {
  const xs = [...SPECIAL, 1, 2, 0.5, Math.E, 10, ...knownInputs("log"), ...knownInputs("log2")];
  for (let k = -1074; k <= 1023; k++) xs.push(2 ** k, near(2 ** k, 3));
  const rand = [
    ...gen(N, (i) =>
      i % 4 === 0
        ? logUniform(5e-324, 1.7e308)
        : i % 4 === 1
          ? 1 + sym(2 ** -(rnd32() % 50))
          : i % 4 === 2
            ? uni() * 10
            : near(1, 1000),
    ),
  ];
  for (const x of xs.slice()) xs.push(-x);
  check1("log", libm.log, acc.logAccurate, xs);
  check1("log", libm.log, acc.logAccurate, rand);
  check1("log2", libm.log2, acc.log2Accurate, xs);
  check1("log2", libm.log2, acc.log2Accurate, rand);
});

function trigInputs(): number[] {
  const xs = [
    ...SPECIAL,
    1e22,
    1048575.9,
    1048576,
    -1048576.5,
    ...knownInputs("sin"),
    ...knownInputs("cos"),
    ...knownInputs("tan"),
  ];
  // nearest doubles to multiples of pi/2 (the hardest reductions below 2^20)
  for (let n = 1; n < 2000; n++) xs.push(near((n * Math.PI) / 2, 2));
  for (let i = 0; i < N; i++) {
    switch (i % 5) {
      case 0:
        xs.push(sym(10));
        break;
      case 1:
        xs.push(signed(logUniform(1e-12, 1.1e6)));
        break;
      case 2:
        xs.push(near((Math.floor(uni() * 667000) * Math.PI) / 2, 20));
        break;
      case 3:
        xs.push(Math.floor(sym(1e5)));
        break;
      default:
        xs.push(sym(Math.PI / 4 + 0.01));
    }
  }
  return xs;
}

test("sin, cos, tan: fast phase agrees with the accurate phase", () => {
  const xs = trigInputs();
  check1("sin", libm.sin, acc.sinAccurate, xs);
  check1("cos", libm.cos, acc.cosAccurate, xs);
  check1("tan", libm.tan, acc.tanAccurate, xs);
});

test("atan, atan2: fast phase agrees with the accurate phase", () => {
  const xs = [...SPECIAL, 1, -1, 1e-300, 1e300, ...knownInputs("atan")];
  for (let i = 0; i < N; i++)
    xs.push(i % 3 === 0 ? signed(logUniform(1e-310, 1e308)) : sym(i % 3 === 1 ? 1.2 : 40));
  check1("atan", libm.atan, acc.atanAccurate, xs);
  const pairs: [number, number][] = [];
  for (const a of SPECIAL) for (const b of SPECIAL) pairs.push([a, b]);
  for (let i = 0; i < N; i++) {
    if (i % 3 === 0) pairs.push([signed(logUniform(1e-310, 1e308)), signed(logUniform(1e-310, 1e308))]);
    else if (i % 3 === 1) pairs.push([sym(10), sym(10)]);
    else {
      const x = sym(10);
      pairs.push([near(x * (Math.floor(sym(64)) / 64), 4), x]);
    }
  }
  check2("atan2", libm.atan2, acc.atan2Accurate, pairs);
});

test("pow: fast phase agrees with the accurate phase", () => {
  const pairs: [number, number][] = [];
  const ys = [...SPECIAL, 1, -1, 2, 0.5, -0.5, 3, -2, 1.5, 1e-300, 1e300];
  for (const x of [...SPECIAL, 1, -1, 2, -2, 0.5, 3, 10, -10]) for (const y of ys) pairs.push([x, y]);
  // exact results and midpoints: 3^34, 5^23, (2^27 - 1)^2, small integer powers
  pairs.push(
    [3, 34],
    [5, 23],
    [134217727, 2],
    [9007199254740991, 2],
    [2, 1023],
    [2, -1074],
    [2, -1075],
    [10, 22],
    [10, 23],
  );
  for (let b = 2; b < 40; b++) for (let e = -30; e <= 40; e++) pairs.push([b, e], [-b, e], [1 / b, e]);
  for (let i = 0; i < N; i++) {
    switch (i % 7) {
      case 0:
        pairs.push([uni() * 10, sym(10)]);
        break;
      case 1:
        pairs.push([logUniform(1e-300, 1e300), sym(3)]);
        break;
      case 2:
        pairs.push([sym(10), Math.floor(sym(60))]);
        break;
      case 3:
        pairs.push([1 + sym(0.01), sym(1e5)]);
        break;
      case 4: {
        // results near overflow and underflow
        const x = logUniform(1e-20, 1e20);
        pairs.push([x, ((rnd32() & 1 ? 1 : -1) * (705 + uni() * 40)) / Math.abs(Math.log(x))]);
        break;
      }
      case 5:
        pairs.push([Math.floor(uni() * 100) + 1, Math.floor(uni() * 40) / 4 - 5]);
        break;
      default:
        pairs.push([signed(logUniform(5e-324, 1e10)), Math.floor(sym(2000)) / 16]);
    }
  }
  check2("pow", libm.pow, acc.powAccurate, pairs);
});

test("pow: exact results and exact midpoints go the same way in both phases", () => {
  // a^k and (a^2)^(k/2) for odd a with a^k of 53 or 54 bits: exact doubles, or exactly half
  // way between two (the hardest case for a rounding test); also with negative bases.
  const pairs: [number, number][] = [];
  for (let k = 3; k <= 33; k++) {
    const lo = Math.ceil(2 ** (52 / k));
    const hi = Math.floor(2 ** (54 / k));
    for (let t = 0; t < 300; t++) {
      const a = (lo + Math.floor(uni() * (hi - lo))) | 1;
      if (a ** k >= 2 ** 54 || a < 3) continue;
      const s = 2 ** (Math.floor(uni() * 40) - 20);
      pairs.push([a, k], [-a, k], [a * s, k], [1 / a, -k]);
      if (a * a < 2 ** 53) pairs.push([a * a, k / 2], [a * a * s * s, k / 2]);
    }
  }
  check2("pow", libm.pow, acc.powAccurate, pairs);
});
