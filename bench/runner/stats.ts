// Statistics for the benchmark runner, written here rather than taken from a
// package: descriptive statistics, Welch's t-test with an exact Student-t
// distribution (through the regularized incomplete beta function), the
// geometric mean of ratios, and detection of the end of warm-up.

export function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Sample variance (n - 1 in the denominator); 0 for fewer than two values. */
export function variance(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return s / (xs.length - 1);
}

export function stdev(xs: readonly number[]): number {
  return Math.sqrt(variance(xs));
}

export function min(xs: readonly number[]): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

/** Median absolute deviation from the median (unscaled). */
export function mad(xs: readonly number[]): number {
  const m = median(xs);
  return median(xs.map((x) => Math.abs(x - m)));
}

export function geometricMean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  let s = 0;
  for (const x of xs) s += Math.log(x);
  return Math.exp(s / xs.length);
}

// Lanczos approximation (g = 7, nine terms), accurate to about 15 digits.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection: Gamma(x) Gamma(1 - x) = pi / sin(pi x).
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  x -= 1;
  let a = LANCZOS[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * Continued fraction for the incomplete beta function, evaluated with the
 * modified Lentz method; converges quickly for x < (a + 1) / (a + b + 2).
 */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    // Even step.
    let num = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    // Odd step.
    num = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** Regularized incomplete beta function I_x(a, b), for 0 <= x <= 1 and a, b > 0. */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const lnFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
  const front = Math.exp(lnFront);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** Cumulative distribution function of Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/** Two-sided p-value of Student's t statistic. */
export function studentTTwoSided(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

export interface WelchResult {
  t: number;
  df: number;
  /** Two-sided p-value. */
  p: number;
  /** p < alpha (0.05 unless given). */
  significant: boolean;
}

/**
 * Welch's unequal-variances t-test of the hypothesis that the two samples
 * have the same mean.  Needs at least two values in each sample.
 */
export function welchTTest(a: readonly number[], b: readonly number[], alpha = 0.05): WelchResult {
  if (a.length < 2 || b.length < 2) return { t: NaN, df: NaN, p: NaN, significant: false };
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  const diff = mean(a) - mean(b);
  if (va + vb === 0) {
    const p = diff === 0 ? 1 : 0;
    return {
      t: diff === 0 ? 0 : diff > 0 ? Infinity : -Infinity,
      df: a.length + b.length - 2,
      p,
      significant: p < alpha,
    };
  }
  const t = diff / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / ((va * va) / (a.length - 1) + (vb * vb) / (b.length - 1));
  const p = studentTTwoSided(t, df);
  return { t, df, p, significant: p < alpha };
}

export interface SteadyState {
  /** Index of the first steady iteration (>= 1), or null if none was found. */
  start: number | null;
  /** Median of the second half of the series: the level the series settles to. */
  level: number;
  /** Half-width of the band around `level` counted as steady. */
  band: number;
}

export interface SteadyOptions {
  /** Relative half-width of the steady band (default 0.1, i.e. ±10% of the level). */
  tolerance?: number;
  /** Fraction of later iterations allowed outside the band (GC pauses and the like; default 0.1). */
  outliers?: number;
  /** Fewest iterations a steady state must span (default 2). */
  minLength?: number;
}

/**
 * Finds where warm-up ends in one process's series of iteration times.
 *
 * The level the series settles to is the median of its second half, and the
 * band around it is ±tolerance of that level, widened to three robust standard
 * deviations (1.4826 × MAD) of the second half when it is noisier than that,
 * but never beyond ±50% (a drifting second half must not make everything "steady").
 * The steady state starts at the first iteration k >= 1 such that
 *   - iteration k lies in the band,
 *   - at most `outliers` of the iterations after k lie outside it, and
 *   - the medians of the first and second halves of x[k..] differ by no more
 *     than the band (a series still drifting is not steady, however wide its band).
 * Iteration 0 is never part of the steady state: it is reported as the cold run.
 */
export function detectSteadyState(xs: readonly number[], options: SteadyOptions = {}): SteadyState {
  const tolerance = options.tolerance ?? 0.1;
  const outliers = options.outliers ?? 0.1;
  const minLength = options.minLength ?? 2;
  const n = xs.length;
  if (n < 1 + minLength) return { start: null, level: n ? xs[n - 1]! : NaN, band: 0 };
  const tail = xs.slice(Math.floor(n / 2));
  const level = median(tail);
  const band = Math.max(tolerance * level, Math.min(3 * 1.4826 * mad(tail), 0.5 * level));
  for (let k = 1; k + minLength <= n; k++) {
    if (Math.abs(xs[k]! - level) > band) continue;
    let outside = 0;
    for (let j = k + 1; j < n; j++) if (Math.abs(xs[j]! - level) > band) outside++;
    if (outside > Math.round(outliers * (n - k))) continue;
    const seg = xs.slice(k);
    const half = seg.length >> 1;
    const first = median(seg.slice(0, Math.max(1, half)));
    const second = median(seg.slice(half));
    if (Math.abs(first - second) > band) continue;
    return { start: k, level, band };
  }
  return { start: null, level, band };
}
