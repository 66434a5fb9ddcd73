// Differential tests of int/bool/float/complex arithmetic, comparison, hashing and
// rounding against python3: random operands (seeded), every binary operator, each case's
// repr or exception compared exactly. python3 is spawned once for all cases.

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import "../../src/objects/typeobject.js";
import "../../src/objects/descriptors.js";
import "../../src/objects/str_methods.js";
import * as A from "../../src/objects/abstract.js";
import { PyFloat } from "../../src/objects/float.js";
import { PyComplex } from "../../src/objects/complex.js";
import { isException } from "../../src/objects/exceptions.js";
import type { PyObject } from "../../src/objects/object.js";

let seed = 12345;
function rnd(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function pick<T>(xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

const view = new DataView(new ArrayBuffer(8));
function hexOf(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

type Operand = { code: string; value: PyObject };

function randomBig(bits: number): bigint {
  let v = 0n;
  for (let i = 0; i < bits; i += 16) v = (v << 16n) | BigInt(Math.floor(rnd() * 65536));
  return v & ((1n << BigInt(bits)) - 1n);
}

function intOperand(): Operand {
  let v: bigint;
  switch (Math.floor(rnd() * 6)) {
    case 0:
      v = BigInt(Math.floor(rnd() * 21) - 10);
      break;
    case 1:
      v = BigInt(Math.floor(rnd() * 2 ** 31)) * (rnd() < 0.5 ? -1n : 1n);
      break;
    case 2:
      v = (2n ** 53n + BigInt(Math.floor(rnd() * 5) - 2)) * (rnd() < 0.5 ? -1n : 1n);
      break;
    case 3:
      v = randomBig(40 + Math.floor(rnd() * 30)) * (rnd() < 0.5 ? -1n : 1n);
      break;
    case 4:
      v = randomBig(60 + Math.floor(rnd() * 300)) * (rnd() < 0.5 ? -1n : 1n);
      break;
    default:
      v = BigInt(pick([0, 1, -1, 2, 3, 7, 64, 100, -2, 53]));
  }
  const n = v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  return { code: "i" + v.toString(), value: n };
}

function floatValue(): number {
  switch (Math.floor(rnd() * 7)) {
    case 0:
      return pick([0, -0, 1, -1, 0.5, -0.5, 2, Infinity, -Infinity, NaN, 1e308, -1e308, 5e-324, 2 ** 53, 3]);
    case 1:
      return Math.floor(rnd() * 200 - 100);
    case 2:
      return (rnd() - 0.5) * 10;
    case 3:
      return (rnd() - 0.5) * 10 ** Math.floor(rnd() * 40 - 20);
    case 4:
      return (rnd() - 0.5) * 2 ** Math.floor(rnd() * 2000 - 1000);
    case 5:
      return 2 ** 53 + Math.floor(rnd() * 8) * (rnd() < 0.5 ? -1 : 1);
    default:
      return Math.floor(rnd() * 20 - 10) / 4;
  }
}

function floatOperand(): Operand {
  const x = floatValue();
  return { code: "f" + hexOf(x), value: new PyFloat(x) };
}

function complexOperand(): Operand {
  const re = rnd() < 0.2 ? 0 : floatValue();
  const im = rnd() < 0.2 ? 0 : floatValue();
  return { code: "c" + hexOf(re) + "," + hexOf(im), value: new PyComplex(re, im) };
}

function operand(kinds: string): Operand {
  const k = pick(kinds.split(""));
  if (k === "i") return intOperand();
  if (k === "f") return floatOperand();
  if (k === "c") return complexOperand();
  const b = rnd() < 0.5;
  return { code: b ? "bT" : "bF", value: b };
}

const BINOPS: [string, number][] = [
  ["+", A.BinaryOp.Add],
  ["-", A.BinaryOp.Sub],
  ["*", A.BinaryOp.Mul],
  ["/", A.BinaryOp.TrueDiv],
  ["//", A.BinaryOp.FloorDiv],
  ["%", A.BinaryOp.Mod],
  ["**", A.BinaryOp.Pow],
  ["<<", A.BinaryOp.LShift],
  [">>", A.BinaryOp.RShift],
  ["&", A.BinaryOp.And],
  ["|", A.BinaryOp.Or],
  ["^", A.BinaryOp.Xor],
  ["divmod", 13],
];
const CMPOPS = ["<", "<=", "==", "!=", ">", ">="];

interface Case {
  op: string;
  args: string[];
  ours: string;
}

function describe(f: () => PyObject): string {
  try {
    return A.reprJS(f());
  } catch (e) {
    if (!isException(e)) throw e;
    const args = e.args;
    const msg =
      args.length === 1
        ? A.strJS(args[0]!)
        : args.length === 0
          ? ""
          : "(" + args.map((a) => A.reprJS(a)).join(", ") + ")";
    return "!" + e.type.name + ": " + msg;
  }
}

function build(): Case[] {
  const cases: Case[] = [];
  for (let n = 0; n < 6000; n++) {
    const [sym, op] = pick(BINOPS);
    let kinds = "iiiffcb";
    if (sym === "<<" || sym === ">>" || sym === "&" || sym === "|" || sym === "^") kinds = "iiib";
    const a = operand(kinds);
    let b = operand(kinds);
    if (sym === "**" && a.code.startsWith("i") && b.code.startsWith("i")) {
      // keep int powers small enough to compute
      b = { code: "i" + ((Math.floor(rnd() * 40) - 5) as number), value: 0 };
      b.value = Number(b.code.slice(1));
    }
    if ((sym === "<<" || sym === ">>") && b.code.startsWith("i")) {
      const s = Math.floor(rnd() * 200) - 3;
      b = { code: "i" + s, value: s };
    }
    cases.push({
      op: sym,
      args: [a.code, b.code],
      ours: describe(() => A.binaryOp(a.value, b.value, op as A.BinaryOp)),
    });
  }
  for (let n = 0; n < 2000; n++) {
    const opi = Math.floor(rnd() * 6);
    const a = operand("iifcb");
    const b = operand("iifcb");
    cases.push({
      op: CMPOPS[opi]!,
      args: [a.code, b.code],
      ours: describe(() => A.richCompare(a.value, b.value, opi as A.CompareOp)),
    });
  }
  for (let n = 0; n < 1500; n++) {
    const a = operand("iiffcb");
    if (a.code.includes("7ff8") || a.code.includes("fff8")) continue; // NaNs hash by identity
    cases.push({ op: "hash", args: [a.code], ours: describe(() => A.callMethod(a.value, "__hash__", [])) });
  }
  for (let n = 0; n < 1500; n++) {
    const a = operand("iiff");
    const nd = Math.floor(rnd() * 12) - 6;
    if (rnd() < 0.3)
      cases.push({
        op: "round1",
        args: [a.code],
        ours: describe(() => A.callMethod(a.value, "__round__", [])),
      });
    else
      cases.push({
        op: "round2",
        args: [a.code, "i" + nd],
        ours: describe(() => A.callMethod(a.value, "__round__", [nd])),
      });
  }
  for (let n = 0; n < 1000; n++) {
    const a = operand("iiibf");
    const b = operand("iiib");
    const m = operand("iiib");
    cases.push({
      op: "pow3",
      args: [a.code, b.code, m.code],
      ours: describe(() => A.power(a.value, b.value, m.value)),
    });
  }
  for (let n = 0; n < 1000; n++) {
    const a = operand("iifcb");
    const op = pick(["neg", "invert", "abs", "pos"]);
    cases.push({
      op,
      args: [a.code],
      ours: describe(() => A.unaryOp(a.value, op === "abs" ? "pos" : (op as A.UnaryOp))),
    });
    if (op === "abs") cases[cases.length - 1]!.ours = describe(() => A.callMethod(a.value, "__abs__", []));
  }
  return cases;
}

const PY = String.raw`
import sys, json, operator
def val(c):
    k = c[0]; s = c[1:]
    if k == 'i': return int(s)
    if k == 'b': return s == 'T'
    if k == 'f': import struct; return struct.unpack('>d', bytes.fromhex(s))[0]
    if k == 'c':
        import struct; r, i = s.split(',')
        return complex(struct.unpack('>d', bytes.fromhex(r))[0], struct.unpack('>d', bytes.fromhex(i))[0])
OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv, '//': operator.floordiv,
       '%': operator.mod, '**': operator.pow, '<<': operator.lshift, '>>': operator.rshift, '&': operator.and_,
       '|': operator.or_, '^': operator.xor, 'divmod': divmod, '<': operator.lt, '<=': operator.le,
       '==': operator.eq, '!=': operator.ne, '>': operator.gt, '>=': operator.ge,
       'hash': lambda a: 0 if isinstance(a, float) and a != a else hash(a), 'round1': round, 'round2': round, 'pow3': pow,
       'neg': operator.neg, 'invert': operator.invert, 'abs': abs, 'pos': operator.pos}
out = []
for op, args in json.load(sys.stdin):
    try:
        r = repr(OPS[op](*[val(a) for a in args]))
    except Exception as e:
        r = '!' + type(e).__name__ + ': ' + str(e)
    out.append(r)
json.dump(out, sys.stdout)
`;

test("numbers: arithmetic, comparisons, hashes, round, pow against python3", () => {
  const cases = build();
  const res = spawnSync("python3", ["-c", PY], {
    input: JSON.stringify(cases.map((c) => [c.op, c.args])),
    maxBuffer: 1 << 28,
  });
  assert.equal(res.status, 0, res.stderr.toString());
  const expected = JSON.parse(res.stdout.toString()) as string[];
  const failures: string[] = [];
  cases.forEach((c, i) => {
    if (c.ours !== expected[i])
      failures.push(`${c.op} ${c.args.join(" ")}: ours ${c.ours} python ${expected[i]}`);
  });
  assert.deepEqual(failures.slice(0, 30), [], `${failures.length} of ${cases.length} differ`);
});
