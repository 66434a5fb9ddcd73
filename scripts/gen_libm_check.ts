// Development aid (not a test): count mismatches of libm and of Math.* against the recorded
// CPython results, and optionally rewrite known_mismatches.json.
// Usage: node /tmp/libm-dist/scripts/gen_libm_check.js [--write] [names...]
import { readFileSync, writeFileSync } from "node:fs";
import * as libm from "../src/support/libm/index.js";
import { gunzipSync } from "node:zlib";

const DATA = "tests/unit/data/libm/"; // run from the repo root
const buf = new DataView(new ArrayBuffer(8));
function fromHex(s: string): number {
  buf.setBigUint64(0, BigInt("0x" + s));
  return buf.getFloat64(0);
}
function same(a: number, b: number): boolean {
  return Object.is(a, b) || (a !== a && b !== b);
}
function loadCases(name: string): { args: number[]; key: string; expected: number }[] {
  const text = gunzipSync(readFileSync(DATA + name + ".txt.gz")).toString("latin1");
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((line) => {
      const parts = line.split(" ");
      parts.pop();
      const exp = parts.pop() as string;
      return { args: parts.map(fromHex), key: parts.join(" "), expected: fromHex(exp) };
    });
}
const args = process.argv.slice(2);
const write = args.includes("--write");
const names = args.filter((a) => a !== "--write");
const lib = libm as unknown as Record<string, (...a: number[]) => number>;
const M = Math as unknown as Record<string, (...a: number[]) => number>;
const known = JSON.parse(readFileSync(DATA + "known_mismatches.json", "utf8")) as Record<string, string[]>;
const all = [
  "exp",
  "exp2",
  "expm1",
  "log",
  "log2",
  "log10",
  "log1p",
  "pow",
  "sin",
  "cos",
  "tan",
  "asin",
  "acos",
  "atan",
  "atan2",
  "sinh",
  "cosh",
  "tanh",
  "asinh",
  "acosh",
  "atanh",
  "cbrt",
  "erf",
  "erfc",
];
for (const name of names.length ? names : all) {
  const fn = lib[name];
  if (!fn) continue;
  const cases = loadCases(name);
  const bad: string[] = [];
  let mbad = 0;
  const mf = name === "exp2" ? (x: number) => 2 ** x : (M[name] ?? (() => NaN));
  for (const c of cases) {
    const got = fn(...c.args);
    if (!same(got, c.expected)) {
      bad.push(c.key);
      if (bad.length <= 5) console.log(`  ${name}(${c.args.join(", ")}) = ${got}, want ${c.expected}`);
    }
    if (!same(mf(...c.args), c.expected)) mbad++;
  }
  console.log(`${name}: ${bad.length} mismatches / ${cases.length}; Math.${name}: ${mbad}`);
  if (write) known[name] = bad.sort();
  if (write && bad.length === 0) delete known[name];
}
if (write) writeFileSync(DATA + "known_mismatches.json", JSON.stringify(known, null, 1) + "\n");
