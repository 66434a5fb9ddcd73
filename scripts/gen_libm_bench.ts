// Micro-benchmark (not a test): libm functions versus Math.* on 100k random arguments.
// Usage: node /tmp/libm-dist/scripts/gen_libm_bench.js
import * as libm from "../src/support/libm/index.js";

const N = 100000;
const xs = new Float64Array(N);
const ys = new Float64Array(N);
let seed = 12345;
function rnd(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
for (let i = 0; i < N; i++) {
  xs[i] = rnd() * 20 - 10;
  ys[i] = rnd() * 10;
}
function time(f: (x: number, y: number) => number, a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let rep = 0; rep < 3; rep++) for (let i = 0; i < N; i++) s += f(a[i]!, b[i]!);
  const t0 = performance.now();
  for (let rep = 0; rep < 5; rep++) for (let i = 0; i < N; i++) s += f(a[i]!, b[i]!);
  const t = (performance.now() - t0) / (5 * N);
  if (s === 42) console.log(s);
  return t * 1e6; // ns per call
}
const L = libm as unknown as Record<string, (x: number, y: number) => number>;
const M = Math as unknown as Record<string, (x: number, y: number) => number>;
const pos = ys.map((y) => y + 0.001);
const unit = xs.map((x) => x / 10);
const cases: [string, Float64Array][] = [
  ["exp", xs],
  ["log", pos],
  ["sin", xs],
  ["cos", xs],
  ["tan", xs],
  ["atan", xs],
  ["asin", unit],
  ["sinh", xs],
  ["tanh", xs],
  ["cbrt", xs],
  ["log2", pos],
  ["log10", pos],
];
for (const [name, arg] of cases) {
  const a = time(L[name]!, arg, ys);
  const b = time(M[name]!, arg, ys);
  console.log(
    `${name.padEnd(6)} libm ${a.toFixed(1)} ns  Math ${b.toFixed(1)} ns  ratio ${(a / b).toFixed(1)}`,
  );
}
const pa = time(libm.pow, pos, xs);
const pb = time(Math.pow, pos, xs);
console.log(`pow    libm ${pa.toFixed(1)} ns  Math ${pb.toFixed(1)} ns  ratio ${(pa / pb).toFixed(1)}`);
const aa = time(libm.atan2, xs, ys);
const ab = time(Math.atan2, xs, ys);
console.log(`atan2  libm ${aa.toFixed(1)} ns  Math ${ab.toFixed(1)} ns  ratio ${(aa / ab).toFixed(1)}`);
const ea = time(libm.erf, unit, ys);
console.log(`erf    libm ${ea.toFixed(1)} ns (no Math.erf)`);
