// The cmath module (CPython's Modules/cmathmodule.c): complex functions on (re, im) pairs
// of doubles. Inputs with an infinite or NaN part are answered from per-function tables
// indexed by the class of each part (CPython's special values, errors included); finite
// inputs use Kahan-style formulas on the correctly rounded libm, with CPython's scaling
// thresholds so that results agree bit for bit.

import { toFloat } from "../objects/abstract.js";
import { complexType } from "../objects/bootstrap.js";
import { callSpecial } from "../objects/call.js";
import { PyComplex } from "../objects/complex.js";
import { overflowError, typeError, valueError } from "../objects/exceptions.js";
import { PyFloat } from "../objects/float.js";
import { builtinFunction, type KwNames } from "../objects/function.js";
import { typeName } from "../objects/names.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { newTuple } from "../objects/tuple.js";
import * as libm from "../support/libm/index.js";
import { registerNativeModule } from "./registry.js";

const Inf = Infinity;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = Number.MAX_VALUE / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = libm.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;
const E = 2.718281828459045;

/** A table entry: a fixed result, "E" (domain error) or "X" (computed by the caller). */
type Entry = readonly [number, number] | "E" | "O" | "X" | null;

// Rows: the real part's class, columns: the imaginary part's, each in the order
// -inf, negative finite, -0.0, +0.0, positive finite, +inf, nan.
const SPECIAL: Record<string, readonly (readonly Entry[])[]> = {
  sqrt: [
    [
      [Inf, -Inf],
      [0, -Inf],
      [0, -Inf],
      [0, Inf],
      [0, Inf],
      [Inf, Inf],
      [NaN, Inf],
    ],
    [[Inf, -Inf], null, null, null, null, [Inf, Inf], [NaN, NaN]],
    [[Inf, -Inf], null, null, null, null, [Inf, Inf], [NaN, NaN]],
    [[Inf, -Inf], null, null, null, null, [Inf, Inf], [NaN, NaN]],
    [[Inf, -Inf], null, null, null, null, [Inf, Inf], [NaN, NaN]],
    [
      [Inf, -Inf],
      [Inf, -0],
      [Inf, -0],
      [Inf, 0],
      [Inf, 0],
      [Inf, Inf],
      [Inf, NaN],
    ],
    [
      [Inf, -Inf],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
      [Inf, Inf],
      [NaN, NaN],
    ],
  ],
  exp: [
    [[0, 0], "X", [0, -0], [0, 0], "X", [0, 0], [0, 0]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    ["E", "X", [Inf, -0], [Inf, 0], "X", "E", [Inf, NaN]],
    [
      [NaN, NaN],
      [NaN, NaN],
      [NaN, -0],
      [NaN, 0],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
    ],
  ],
  log: [
    [
      [Inf, -2.356194490192345],
      [Inf, -3.141592653589793],
      [Inf, -3.141592653589793],
      [Inf, 3.141592653589793],
      [Inf, 3.141592653589793],
      [Inf, 2.356194490192345],
      [Inf, NaN],
    ],
    [[Inf, -1.5707963267948966], null, null, null, null, [Inf, 1.5707963267948966], [NaN, NaN]],
    [[Inf, -1.5707963267948966], null, null, null, null, [Inf, 1.5707963267948966], [NaN, NaN]],
    [[Inf, -1.5707963267948966], null, null, null, null, [Inf, 1.5707963267948966], [NaN, NaN]],
    [[Inf, -1.5707963267948966], null, null, null, null, [Inf, 1.5707963267948966], [NaN, NaN]],
    [
      [Inf, -0.7853981633974483],
      [Inf, -0],
      [Inf, -0],
      [Inf, 0],
      [Inf, 0],
      [Inf, 0.7853981633974483],
      [Inf, NaN],
    ],
    [
      [Inf, NaN],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
      [Inf, NaN],
      [NaN, NaN],
    ],
  ],
  acos: [
    [
      [2.356194490192345, Inf],
      [3.141592653589793, Inf],
      [3.141592653589793, Inf],
      [3.141592653589793, -Inf],
      [3.141592653589793, -Inf],
      [2.356194490192345, -Inf],
      [NaN, Inf],
    ],
    [[1.5707963267948966, Inf], null, null, null, null, [1.5707963267948966, -Inf], [NaN, NaN]],
    [
      [1.5707963267948966, Inf],
      null,
      null,
      null,
      null,
      [1.5707963267948966, -Inf],
      [1.5707963267948966, NaN],
    ],
    [
      [1.5707963267948966, Inf],
      null,
      null,
      null,
      null,
      [1.5707963267948966, -Inf],
      [1.5707963267948966, NaN],
    ],
    [[1.5707963267948966, Inf], null, null, null, null, [1.5707963267948966, -Inf], [NaN, NaN]],
    [
      [0.7853981633974483, Inf],
      [0, Inf],
      [0, Inf],
      [0, -Inf],
      [0, -Inf],
      [0.7853981633974483, -Inf],
      [NaN, Inf],
    ],
    [
      [NaN, Inf],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, -Inf],
      [NaN, NaN],
    ],
  ],
  acosh: [
    [
      [Inf, -2.356194490192345],
      [Inf, -3.141592653589793],
      [Inf, -3.141592653589793],
      [Inf, 3.141592653589793],
      [Inf, 3.141592653589793],
      [Inf, 2.356194490192345],
      [Inf, NaN],
    ],
    [[Inf, -1.5707963267948966], null, null, null, null, [Inf, 1.5707963267948966], [NaN, NaN]],
    [[Inf, -1.5707963267948966], null, null, null, null, [Inf, 1.5707963267948966], [NaN, NaN]],
    [[Inf, -1.5707963267948966], null, null, null, null, [Inf, 1.5707963267948966], [NaN, NaN]],
    [[Inf, -1.5707963267948966], null, null, null, null, [Inf, 1.5707963267948966], [NaN, NaN]],
    [
      [Inf, -0.7853981633974483],
      [Inf, -0],
      [Inf, -0],
      [Inf, 0],
      [Inf, 0],
      [Inf, 0.7853981633974483],
      [Inf, NaN],
    ],
    [
      [Inf, NaN],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
      [Inf, NaN],
      [NaN, NaN],
    ],
  ],
  asinh: [
    [
      [-Inf, -0.7853981633974483],
      [-Inf, -0],
      [-Inf, -0],
      [-Inf, 0],
      [-Inf, 0],
      [-Inf, 0.7853981633974483],
      [-Inf, NaN],
    ],
    [[-Inf, -1.5707963267948966], null, null, null, null, [-Inf, 1.5707963267948966], [NaN, NaN]],
    [[-Inf, -1.5707963267948966], null, null, null, null, [-Inf, 1.5707963267948966], [NaN, NaN]],
    [[Inf, -1.5707963267948966], null, null, null, null, [Inf, 1.5707963267948966], [NaN, NaN]],
    [[Inf, -1.5707963267948966], null, null, null, null, [Inf, 1.5707963267948966], [NaN, NaN]],
    [
      [Inf, -0.7853981633974483],
      [Inf, -0],
      [Inf, -0],
      [Inf, 0],
      [Inf, 0],
      [Inf, 0.7853981633974483],
      [Inf, NaN],
    ],
    [
      [Inf, NaN],
      [NaN, NaN],
      [NaN, -0],
      [NaN, 0],
      [NaN, NaN],
      [Inf, NaN],
      [NaN, NaN],
    ],
  ],
  atanh: [
    [
      [-0, -1.5707963267948966],
      [-0, -1.5707963267948966],
      [-0, -1.5707963267948966],
      [-0, 1.5707963267948966],
      [-0, 1.5707963267948966],
      [-0, 1.5707963267948966],
      [-0, NaN],
    ],
    [[-0, -1.5707963267948966], null, null, null, null, [-0, 1.5707963267948966], [NaN, NaN]],
    [[-0, -1.5707963267948966], null, null, null, null, [-0, 1.5707963267948966], [-0, NaN]],
    [[0, -1.5707963267948966], null, null, null, null, [0, 1.5707963267948966], [0, NaN]],
    [[0, -1.5707963267948966], null, null, null, null, [0, 1.5707963267948966], [NaN, NaN]],
    [
      [0, -1.5707963267948966],
      [0, -1.5707963267948966],
      [0, -1.5707963267948966],
      [0, 1.5707963267948966],
      [0, 1.5707963267948966],
      [0, 1.5707963267948966],
      [0, NaN],
    ],
    [
      [0, -1.5707963267948966],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
      [0, 1.5707963267948966],
      [NaN, NaN],
    ],
  ],
  cosh: [
    ["E", "X", [Inf, 0], [Inf, -0], "X", "E", [Inf, NaN]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    ["E", null, null, null, null, "E", [NaN, 0]],
    ["E", null, null, null, null, "E", [NaN, 0]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    ["E", "X", [Inf, -0], [Inf, 0], "X", "E", [Inf, NaN]],
    [
      [NaN, NaN],
      [NaN, NaN],
      [NaN, 0],
      [NaN, 0],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
    ],
  ],
  sinh: [
    ["E", "X", [-Inf, -0], [-Inf, 0], "X", "E", [Inf, NaN]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    ["E", null, null, null, null, "E", [0, NaN]],
    ["E", null, null, null, null, "E", [0, NaN]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    ["E", "X", [Inf, -0], [Inf, 0], "X", "E", [Inf, NaN]],
    [
      [NaN, NaN],
      [NaN, NaN],
      [NaN, -0],
      [NaN, 0],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
    ],
  ],
  tanh: [
    [[-1.0, 0], "X", [-1.0, -0], [-1.0, 0], "X", [-1.0, 0], [-1.0, 0]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    [[1.0, 0], "X", [1.0, -0], [1.0, 0], "X", [1.0, 0], [1.0, 0]],
    [
      [NaN, NaN],
      [NaN, NaN],
      [NaN, -0],
      [NaN, 0],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
    ],
  ],
  rect: [
    ["E", "X", [-Inf, 0], [-Inf, -0], "X", "E", [Inf, NaN]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    [[0, 0], null, null, null, null, [0, 0], [0, 0]],
    [[0, 0], null, null, null, null, [0, 0], [0, 0]],
    ["E", null, null, null, null, "E", [NaN, NaN]],
    ["E", "X", [Inf, -0], [Inf, 0], "X", "E", [Inf, NaN]],
    [
      [NaN, NaN],
      [NaN, NaN],
      [NaN, 0],
      [NaN, 0],
      [NaN, NaN],
      [NaN, NaN],
      [NaN, NaN],
    ],
  ],
};

function cls(x: number): number {
  if (x !== x) return 6;
  if (x === Inf) return 5;
  if (x === -Inf) return 0;
  if (x === 0) return Object.is(x, -0) ? 2 : 3;
  return x < 0 ? 1 : 4;
}

// errno of the last operation: 0, EDOM (1) or ERANGE (2)
let errno = 0;
const EDOM = 1;
const ERANGE = 2;

type C = [number, number];

/** The table's answer for a non-finite input, or undefined for an "X" entry. */
function special(name: string, re: number, im: number): C | undefined {
  const e = SPECIAL[name]![cls(re)]![cls(im)]!;
  if (e === "X") return undefined;
  if (e === "E") {
    errno = EDOM;
    return [NaN, NaN];
  }
  if (e === "O") {
    errno = ERANGE;
    return [Inf, Inf];
  }
  errno = 0;
  return [e![0], e![1]];
}

function finite(re: number, im: number): boolean {
  return isFinite(re) && isFinite(im);
}

/** The C library's hypot (glibc's, which cmath calls; math.hypot is a different algorithm):
 * the square root of the rounded sum of squares, then one Newton-style correction from the
 * exact error terms (Borges, "An Improved Algorithm for hypot(a,b)"), scaled away from
 * overflow and underflow. */
function hypotKernel(ax: number, ay: number): number {
  const h = libm.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2 * ay) {
    const d = h - ay;
    t1 = ax * (2 * d - ax);
    t2 = (d - 2 * (ax - ay)) * d;
  } else {
    const d = h - ax;
    t1 = 2 * d * (ax - 2 * ay);
    t2 = (4 * d - ay) * ay + d * d;
  }
  return h - (t1 + t2) / (2 * h);
}

const TWO600 = 2 ** 600;
const TWOM600 = 2 ** -600;

function hypot(x: number, y: number): number {
  if (x === Inf || x === -Inf || y === Inf || y === -Inf) return Inf;
  if (x !== x || y !== y) return NaN;
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  if (ax < ay) [ax, ay] = [ay, ax];
  if (ay === 0) return ax;
  if (ay <= ax * 2 ** -54) return ax + ay;
  if (ax > 2 ** 510) return hypotKernel(ax * TWOM600, ay * TWOM600) * TWO600;
  if (ay < 2 ** -510) return hypotKernel(ax * TWO600, ay * TWO600) * TWOM600;
  return hypotKernel(ax, ay);
}

function cSqrt(re: number, im: number): C {
  errno = 0;
  if (!finite(re, im)) return special("sqrt", re, im)!;
  if (re === 0 && im === 0) return [0, im];
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = libm.ldexp(ax, 53);
    s = libm.ldexp(libm.sqrt(ax + hypot(ax, libm.ldexp(ay, 53))), -27);
  } else {
    ax /= 8;
    s = 2 * libm.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  if (re >= 0) return [s, libm.copysign(d, im)];
  return [d, libm.copysign(s, im)];
}

function cExp(re: number, im: number): C {
  if (!finite(re, im)) {
    const r = special("exp", re, im);
    if (r) return r;
    errno = 0;
    const c = libm.cos(im);
    const s = libm.sin(im);
    if (re > 0) return [libm.copysign(Inf, c), libm.copysign(Inf, s)];
    return [libm.copysign(0, c), libm.copysign(0, s)];
  }
  let r: C;
  if (re > LOG_LARGE) {
    const l = libm.exp(re - 1);
    r = [l * libm.cos(im) * E, l * libm.sin(im) * E];
  } else {
    const l = libm.exp(re);
    r = [l * libm.cos(im), l * libm.sin(im)];
  }
  errno = !isFinite(r[0]) || !isFinite(r[1]) ? ERANGE : 0;
  return r;
}

function cLog(re: number, im: number): C {
  if (!finite(re, im)) return special("log", re, im)!;
  errno = 0;
  const ax = Math.abs(re);
  const ay = Math.abs(im);
  let rr: number;
  if (ax > LARGE || ay > LARGE) {
    rr = libm.log(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      rr = libm.log(hypot(libm.ldexp(ax, 53), libm.ldexp(ay, 53))) - 53 * LN2;
    } else {
      rr = -Inf;
      errno = EDOM;
    }
  } else {
    const h = hypot(ax, ay);
    if (0.71 <= h && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      rr = libm.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else rr = libm.log(h);
  }
  return [rr, libm.atan2(im, re)];
}

function cAcos(re: number, im: number): C {
  if (!finite(re, im)) return special("acos", re, im)!;
  errno = 0;
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const rr = libm.atan2(Math.abs(im), re);
    const l = libm.log(hypot(re / 2, im / 2)) + LN2 * 2;
    return [rr, re < 0 ? -libm.copysign(l, im) : libm.copysign(l, -im)];
  }
  const s1 = cSqrt(1 - re, -im);
  const s2 = cSqrt(1 + re, im);
  errno = 0;
  return [2 * libm.atan2(s1[0], s2[0]), libm.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}

function cAcosh(re: number, im: number): C {
  if (!finite(re, im)) return special("acosh", re, im)!;
  errno = 0;
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    return [libm.log(hypot(re / 2, im / 2)) + LN2 * 2, libm.atan2(im, re)];
  }
  const s1 = cSqrt(re - 1, im);
  const s2 = cSqrt(re + 1, im);
  errno = 0;
  return [libm.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * libm.atan2(s1[1], s2[0])];
}

function cAsinh(re: number, im: number): C {
  if (!finite(re, im)) return special("asinh", re, im)!;
  errno = 0;
  if (Math.abs(re) > LARGE || Math.abs(im) > LARGE) {
    const l = libm.log(hypot(re / 2, im / 2)) + LN2 * 2;
    const rr = im >= 0 ? libm.copysign(l, re) : -libm.copysign(l, -re);
    return [rr, libm.atan2(im, Math.abs(re))];
  }
  const s1 = cSqrt(1 + im, -re);
  const s2 = cSqrt(1 - im, re);
  errno = 0;
  return [libm.asinh(s1[0] * s2[1] - s2[0] * s1[1]), libm.atan2(im, s1[0] * s2[0] - s1[1] * s2[1])];
}

function cAsin(re: number, im: number): C {
  const s = cAsinh(-im, re);
  return [s[1], -s[0]];
}

function cAtanh(re: number, im: number): C {
  if (!finite(re, im)) return special("atanh", re, im)!;
  if (re < 0) {
    const r = cAtanh(-re, -im);
    return [-r[0], -r[1]];
  }
  errno = 0;
  const ay = Math.abs(im);
  if (re > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypot(re / 2, im / 2);
    return [re / 4 / h / h, -libm.copysign(Math.PI / 2, -im)];
  }
  if (re === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      errno = EDOM;
      return [Inf, im];
    }
    return [-libm.log(libm.sqrt(ay) / libm.sqrt(hypot(ay, 2))), libm.copysign(libm.atan2(2, -ay) / 2, im)];
  }
  return [
    libm.log1p((4 * re) / ((1 - re) * (1 - re) + ay * ay)) / 4,
    -libm.atan2(-2 * im, (1 - re) * (1 + re) - ay * ay) / 2,
  ];
}

function cAtan(re: number, im: number): C {
  const s = cAtanh(-im, re);
  return [s[1], -s[0]];
}

function cCosh(re: number, im: number): C {
  if (!finite(re, im)) {
    const r = special("cosh", re, im);
    if (r) return r;
    errno = 0;
    const c = libm.copysign(Inf, libm.cos(im));
    const s = libm.copysign(Inf, libm.sin(im));
    return re > 0 ? [c, s] : [c, -s];
  }
  let r: C;
  if (Math.abs(re) > LOG_LARGE) {
    const x1 = re - libm.copysign(1, re);
    r = [libm.cos(im) * libm.cosh(x1) * E, libm.sin(im) * libm.sinh(x1) * E];
  } else {
    r = [libm.cos(im) * libm.cosh(re), libm.sin(im) * libm.sinh(re)];
  }
  errno = !isFinite(r[0]) || !isFinite(r[1]) ? ERANGE : 0;
  return r;
}

function cSinh(re: number, im: number): C {
  if (!finite(re, im)) {
    const r = special("sinh", re, im);
    if (r) return r;
    errno = 0;
    const c = libm.copysign(Inf, libm.cos(im));
    const s = libm.copysign(Inf, libm.sin(im));
    return re > 0 ? [c, s] : [-c, s];
  }
  let r: C;
  if (Math.abs(re) > LOG_LARGE) {
    const x1 = re - libm.copysign(1, re);
    r = [libm.cos(im) * libm.sinh(x1) * E, libm.sin(im) * libm.cosh(x1) * E];
  } else {
    r = [libm.cos(im) * libm.sinh(re), libm.sin(im) * libm.cosh(re)];
  }
  errno = !isFinite(r[0]) || !isFinite(r[1]) ? ERANGE : 0;
  return r;
}

function cTanh(re: number, im: number): C {
  if (!finite(re, im)) {
    const r = special("tanh", re, im);
    if (r) return r;
    errno = 0;
    return [re > 0 ? 1 : -1, libm.copysign(0, 2 * libm.sin(im) * libm.cos(im))];
  }
  errno = 0;
  if (Math.abs(re) > LOG_LARGE) {
    return [libm.copysign(1, re), 4 * libm.sin(im) * libm.cos(im) * libm.exp(-2 * Math.abs(re))];
  }
  const tx = libm.tanh(re);
  const ty = libm.tan(im);
  const cx = 1 / libm.cosh(re);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, (ty / denom) * cx * cx];
}

function cCos(re: number, im: number): C {
  return cCosh(-im, re);
}

function cSin(re: number, im: number): C {
  const s = cSinh(-im, re);
  return [s[1], -s[0]];
}

function cTan(re: number, im: number): C {
  const s = cTanh(-im, re);
  return [s[1], -s[0]];
}

function cLog10(re: number, im: number): C {
  const r = cLog(re, im);
  return [r[0] / LN10, r[1] / LN10];
}

function cQuot(ar: number, ai: number, br: number, bi: number): C {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0) {
      errno = EDOM;
      return [0, 0];
    }
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (abi >= abr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function cRect(r: number, phi: number): C {
  if (!finite(r, phi)) {
    const z = special("rect", r, phi);
    if (z) return z;
    errno = 0;
    const c = libm.copysign(Inf, libm.cos(phi));
    const s = libm.copysign(Inf, libm.sin(phi));
    return r > 0 ? [c, s] : [-c, -s];
  }
  errno = 0;
  if (phi === 0) return [r, r * phi];
  return [r * libm.cos(phi), r * libm.sin(phi)];
}

// ---- arguments and errors ----

/** PyArg's "D" conversion: a complex, `__complex__`, or a real number. */
function complexArg(o: PyObject): C {
  if (o instanceof PyComplex && o.type === complexType) return [o.real, o.imag];
  if (typeof o === "object" && typeOf(o).lookup("__complex__") !== undefined) {
    const r = callSpecial(o, "__complex__")!;
    if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeName(r)})`);
    return [r.real, r.imag];
  }
  if (o instanceof PyComplex) return [o.real, o.imag];
  return [toFloat(o), 0];
}

function checkErrno(): void {
  if (errno === EDOM) throw valueError("math domain error");
  if (errno === ERANGE) throw overflowError("math range error");
}

function oneArg(name: string, args: PyObject[], kwnames: KwNames): C {
  if ((kwnames && kwnames.length) || args.length !== 1) {
    if (kwnames && kwnames.length) throw typeError(`cmath.${name}() takes no keyword arguments`);
    throw typeError(`cmath.${name}() takes exactly one argument (${args.length} given)`);
  }
  return complexArg(args[0]!);
}

function fn(name: string, impl: (args: PyObject[], kwnames: KwNames) => PyObject): PyObject {
  return builtinFunction(name, impl, "cmath");
}

function unary(name: string, f: (re: number, im: number) => C): PyObject {
  return fn(name, (args, kwnames) => {
    const [re, im] = oneArg(name, args, kwnames);
    errno = 0;
    const r = f(re, im);
    checkErrno();
    return new PyComplex(r[0], r[1]);
  });
}

function predicate(name: string, f: (re: number, im: number) => boolean): PyObject {
  return fn(name, (args, kwnames) => {
    const [re, im] = oneArg(name, args, kwnames);
    return f(re, im);
  });
}

function cAbs(re: number, im: number): number {
  if (!finite(re, im)) {
    if (re === Inf || re === -Inf || im === Inf || im === -Inf) return Inf;
    return NaN;
  }
  return hypot(re, im);
}

function isclose(args: PyObject[], kwnames: KwNames): boolean {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos > 2) throw typeError(`isclose() takes exactly 2 positional arguments (${npos} given)`);
  const vals: Record<string, PyObject> = {};
  const names = ["a", "b"];
  for (let i = 0; i < npos; i++) vals[names[i]!] = args[i]!;
  for (let k = 0; k < nkw; k++) {
    const n = kwnames![k]!;
    if (!["a", "b", "rel_tol", "abs_tol"].includes(n))
      throw typeError(`'${n}' is an invalid keyword argument for isclose()`);
    if (vals[n] !== undefined)
      throw typeError(`argument for isclose() given by name ('${n}') and position (${names.indexOf(n) + 1})`);
    vals[n] = args[npos + k]!;
  }
  if (vals.a === undefined) throw typeError("isclose() missing required argument 'a' (pos 1)");
  if (vals.b === undefined) throw typeError("isclose() missing required argument 'b' (pos 2)");
  const [ar, ai] = complexArg(vals.a);
  const [br, bi] = complexArg(vals.b);
  const rel = vals.rel_tol === undefined ? 1e-9 : toFloat(vals.rel_tol);
  const abs = vals.abs_tol === undefined ? 0 : toFloat(vals.abs_tol);
  if (rel < 0 || abs < 0) throw valueError("tolerances must be non-negative");
  if (ar === br && ai === bi) return true;
  if ([ar, ai, br, bi].some((x) => x === Inf || x === -Inf)) return false;
  const diff = cAbs(br - ar, bi - ai);
  return diff <= rel * cAbs(br, bi) || diff <= rel * cAbs(ar, ai) || diff <= abs;
}

function cmathModule(): Record<string, PyObject> {
  const m: Record<string, PyObject> = {
    pi: new PyFloat(Math.PI),
    e: new PyFloat(Math.E),
    tau: new PyFloat(2 * Math.PI),
    inf: new PyFloat(Inf),
    infj: new PyComplex(0, Inf),
    nan: new PyFloat(NaN),
    nanj: new PyComplex(0, NaN),
  };
  const table: [string, (re: number, im: number) => C][] = [
    ["acos", cAcos],
    ["acosh", cAcosh],
    ["asin", cAsin],
    ["asinh", cAsinh],
    ["atan", cAtan],
    ["atanh", cAtanh],
    ["cos", cCos],
    ["cosh", cCosh],
    ["exp", cExp],
    ["log10", cLog10],
    ["sin", cSin],
    ["sinh", cSinh],
    ["sqrt", cSqrt],
    ["tan", cTan],
    ["tanh", cTanh],
  ];
  for (const [name, f] of table) m[name] = unary(name, f);
  m.log = fn("log", (args, kwnames) => {
    if (kwnames && kwnames.length) throw typeError("cmath.log() takes no keyword arguments");
    if (args.length < 1) throw typeError(`log expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw typeError(`log expected at most 2 arguments, got ${args.length}`);
    const [re, im] = complexArg(args[0]!);
    const base = args.length === 2 ? complexArg(args[1]!) : undefined;
    errno = 0;
    let r = cLog(re, im);
    if (base) {
      const b = cLog(base[0], base[1]);
      r = cQuot(r[0], r[1], b[0], b[1]);
    }
    checkErrno();
    return new PyComplex(r[0], r[1]);
  });
  m.phase = fn("phase", (args, kwnames) => {
    const [re, im] = oneArg("phase", args, kwnames);
    const r = libm.atan2(im, re);
    // the C library reports an underflow of a nonzero quotient to zero as a range error
    if (r === 0 && im !== 0 && isFinite(re) && isFinite(im)) throw overflowError("math range error");
    return new PyFloat(r);
  });
  m.polar = fn("polar", (args, kwnames) => {
    const [re, im] = oneArg("polar", args, kwnames);
    const r = cAbs(re, im);
    if (r === Inf && finite(re, im)) throw overflowError("math range error");
    return newTuple([new PyFloat(r), new PyFloat(libm.atan2(im, re))]);
  });
  m.rect = fn("rect", (args, kwnames) => {
    if (kwnames && kwnames.length) throw typeError("cmath.rect() takes no keyword arguments");
    if (args.length !== 2) throw typeError(`rect expected 2 arguments, got ${args.length}`);
    const r = cRect(toFloat(args[0]!), toFloat(args[1]!));
    checkErrno();
    return new PyComplex(r[0], r[1]);
  });
  m.isfinite = predicate("isfinite", (re, im) => isFinite(re) && isFinite(im));
  m.isnan = predicate("isnan", (re, im) => re !== re || im !== im);
  m.isinf = predicate("isinf", (re, im) => re === Inf || re === -Inf || im === Inf || im === -Inf);
  m.isclose = fn("isclose", isclose);
  return m;
}

registerNativeModule("cmath", cmathModule);
