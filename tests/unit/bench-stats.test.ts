// Statistics of the benchmark runner (bench/runner/stats.ts) against known values:
// closed forms of the Student-t CDF for 1 and 2 degrees of freedom, t-table critical
// values, and p-values from numerically integrating the t density with python3
// (Simpson's rule, 200000 intervals).

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  detectSteadyState,
  geometricMean,
  incompleteBeta,
  logGamma,
  mean,
  median,
  stdev,
  studentTCdf,
  studentTTwoSided,
  welchTTest,
} from "../../bench/runner/stats.js";

function near(actual: number, expected: number, tol: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tol, `${what}: ${actual} is not within ${tol} of ${expected}`);
}

test("descriptive statistics", () => {
  assert.equal(mean([1, 2, 3, 4]), 2.5);
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  near(stdev([2, 4, 4, 4, 5, 5, 7, 9]), Math.sqrt(32 / 7), 1e-12, "sample stdev");
});

test("log-gamma", () => {
  near(logGamma(5), Math.log(24), 1e-12, "lgamma(5)");
  near(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-12, "lgamma(1/2)");
  near(logGamma(10.5), 13.940625219403763, 1e-10, "lgamma(10.5)");
});

test("regularized incomplete beta", () => {
  near(incompleteBeta(0.3, 1, 1), 0.3, 1e-12, "I_x(1,1) = x");
  near(incompleteBeta(0.6, 3, 1), 0.6 ** 3, 1e-12, "I_x(a,1) = x^a");
  near(incompleteBeta(0.5, 7.5, 7.5), 0.5, 1e-12, "I_1/2(a,a) = 1/2");
  near(incompleteBeta(0.2, 2, 3), 1 - 0.8 ** 4 - 4 * 0.2 * 0.8 ** 3, 1e-12, "I_0.2(2,3)");
});

test("Student-t CDF: closed forms for 1 and 2 degrees of freedom", () => {
  for (const t of [-7, -1.5, -0.2, 0, 0.3, 1, 2.5, 12]) {
    near(studentTCdf(t, 1), 0.5 + Math.atan(t) / Math.PI, 1e-12, `df=1 t=${t}`);
    near(studentTCdf(t, 2), 0.5 + t / (2 * Math.sqrt(2 + t * t)), 1e-12, `df=2 t=${t}`);
  }
});

test("Student-t two-sided p-values: table critical values", () => {
  near(studentTTwoSided(12.706205, 1), 0.05, 1e-6, "t(0.975, 1)");
  near(studentTTwoSided(2.228139, 10), 0.05, 1e-6, "t(0.975, 10)");
  near(studentTTwoSided(2.042272, 30), 0.05, 1e-6, "t(0.975, 30)");
  near(studentTTwoSided(3.0, 4.5), 0.03438086788873285, 1e-8, "t=3, df=4.5");
});

test("Welch's t-test", () => {
  const r = welchTTest([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]);
  near(r.t, -1.8973665961010275, 1e-12, "t");
  near(r.df, 5.882352941176471, 1e-12, "Welch-Satterthwaite df");
  near(r.p, 0.10753119493063312, 1e-8, "p");
  assert.equal(r.significant, false);
  const s = welchTTest([10, 10.1, 9.9, 10.05, 9.95], [12, 12.1, 11.9, 12.05, 11.95]);
  assert.ok(s.p < 1e-6 && s.significant);
  assert.equal(welchTTest([3, 3, 3], [3, 3]).p, 1);
  assert.equal(welchTTest([3, 3, 3], [4, 4]).significant, true);
});

test("geometric mean", () => {
  near(geometricMean([1, 4, 16]), 4, 1e-12, "gmean(1,4,16)");
  near(geometricMean([2, 0.5]), 1, 1e-12, "gmean(2,1/2)");
  near(geometricMean([0.1, 10, 1]), 1, 1e-12, "gmean(0.1,10,1)");
});

test("warm-up detection", () => {
  assert.equal(detectSteadyState([1, 1, 1, 1, 1, 1]).start, 1, "flat from the start");
  assert.equal(detectSteadyState([10, 5, 2, 1, 1, 1, 1, 1, 1, 1]).start, 3, "JIT-like warm-up");
  assert.equal(detectSteadyState([2, 1.0, 1.05, 0.95, 1.02, 0.98, 1.01, 0.99]).start, 1, "noise within 10%");
  assert.equal(
    detectSteadyState([5, 4, 1, 1, 1, 3, 1, 1, 1, 1, 1]).start,
    2,
    "a lone GC pause is an outlier",
  );
  assert.equal(detectSteadyState([1, 2, 4, 8, 16, 32, 64, 128]).start, null, "still drifting: never steady");
  assert.equal(detectSteadyState([1, 1]).start, null, "too short");
});
