// The math module (CPython's Modules/mathmodule.c): float functions from the correctly
// rounded libm with CPython's error classification (a NaN from non-NaN arguments is
// "math domain error", an infinity from finite ones "math range error" for the functions
// that can overflow), integer functions on bigints, and gamma/lgamma by the Lanczos
// approximation CPython uses (N = 13, g = 6.02468004077673), which the libm
// does not provide.

import { None, floatType } from "../objects/bootstrap.js";
import { binaryOp, BinaryOp, toArray, toFloat, iterate } from "../objects/abstract.js";
import { callSpecial } from "../objects/call.js";
import { exceptionType, newException, overflowError, typeError, valueError } from "../objects/exceptions.js";
import { builtinFunction, floatKernels, type KwNames } from "../objects/function.js";
import { typeName } from "../objects/names.js";
import type { PyObject } from "../objects/object.js";
import { newTuple } from "../objects/tuple.js";
import { PyFloat } from "../objects/float.js";
import { asIndex, doubleToInt, intBitLength, intValue, normalise, type Int } from "../objects/int.js";
import * as libm from "../support/libm/index.js";
import { registerNativeModule } from "./registry.js";

function domainError(): never {
  throw valueError("math domain error");
}
function rangeError(): never {
  throw overflowError("math range error");
}

function raise(kind: string): void {
  if (kind === "V" || kind === "Z" || kind === "C") domainError();
  if (kind === "O") rangeError();
}

function box(x: number): PyFloat {
  return new PyFloat(x);
}

function noKw(name: string, kwnames: KwNames): void {
  if (kwnames && kwnames.length) throw typeError(`math.${name}() takes no keyword arguments`);
}

function exactArgs(name: string, args: PyObject[], kwnames: KwNames, n: number): void {
  noKw(name, kwnames);
  if (args.length !== n) {
    if (n === 1) throw typeError(`math.${name}() takes exactly one argument (${args.length} given)`);
    throw typeError(`${name} expected ${n} arguments, got ${args.length}`);
  }
}

// ---- gamma / lgamma (Lanczos, as CPython) ----

const LANCZOS_G = 6.02468004077673;
const LANCZOS_G_MINUS_HALF = 5.52468004077673;
const LANCZOS_NUM = [
  23531376880.41076, 42919803642.6491, 35711959237.35567, 17921034426.03721, 6039542586.352028,
  1439720407.3117216, 248874557.86205417, 31426415.585400194, 2876370.6289353725, 186056.26539522348,
  8071.672002365816, 210.82427775157936, 2.5066282746310002,
];
// coefficients of x(x+1)...(x+11), lowest degree first
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
  32670.0, 1925.0, 66.0, 1.0,
];
const GAMMA_INTEGRAL = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];
const LOG_PI = 1.1447298858494002;

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  const n = LANCZOS_NUM.length;
  if (x < 5) {
    for (let i = n - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < n; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

/** C's round(): half away from zero. */
function cRound(x: number): number {
  const r = Math.round(Math.abs(x));
  const f = Math.abs(x) - Math.floor(Math.abs(x)) === 0.5 ? Math.floor(Math.abs(x)) + 1 : r;
  return x < 0 ? -f : f;
}

/** sin(pi x) with exact argument reduction. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = cRound(2 * y);
  let r: number;
  switch (n) {
    case 0:
      r = libm.sin(Math.PI * y);
      break;
    case 1:
      r = libm.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = libm.sin(Math.PI * (1 - y));
      break;
    case 3:
      r = -libm.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = libm.sin(Math.PI * (y - 2));
  }
  return libm.copysign(1, x) * r;
}

/** Γ(x) and whether it is a domain ('V') or range ('O') error. */
export function gamma(x: number): number {
  if (!isFinite(x)) {
    if (x !== x || x > 0) return x;
    domainError();
  }
  if (x === Math.floor(x)) {
    if (x <= 0) domainError();
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1]!;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (!isFinite(r)) rangeError();
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = ((-Math.PI / sinpi(absx) / absx) * libm.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140) r *= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!isFinite(r)) rangeError();
  return r;
}

export function lgamma(x: number): number {
  if (!isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) domainError();
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOG_PI - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  if (!isFinite(r)) rangeError();
  return r;
}

// ---- float functions ----

type F1 = (x: number) => number;
type F2 = (x: number, y: number) => number;

function math1(name: string, f: F1): PyObject {
  return withKernel(
    1,
    f,
    false,
    builtinFunction(
      name,
      (args, kwnames) => {
        exactArgs(name, args, kwnames, 1);
        const x = toFloat(args[0]!);
        const r = f(x);
        raise(libm.classifyMathError(name, [x], r));
        return box(r);
      },
      "math",
    ),
  );
}

function math2(name: string, f: F2): PyObject {
  return withKernel(
    2,
    f,
    false,
    builtinFunction(
      name,
      (args, kwnames) => {
        exactArgs(name, args, kwnames, 2);
        const x = toFloat(args[0]!);
        const y = toFloat(args[1]!);
        const r = f(x, y);
        raise(libm.classifyMathError(name, [x, y], r));
        return box(r);
      },
      "math",
    ),
  );
}

/** log of a positive int of any size (CPython's loghelper). */
function logOfInt(v: Int, f: F1): number {
  if (v <= 0) domainError();
  if (typeof v === "number") return f(v);
  const d = Number(v);
  if (isFinite(d)) return f(d);
  // v = m * 2**e with m in [0.5, 1)
  const e = intBitLength(v);
  const shift = BigInt(e - 60);
  const m = Number(v >> shift) / 2 ** 60;
  return f(m) + e * f(2);
}

function logHelper(o: PyObject, f: F1, name: string): number {
  const iv = intValue(o);
  if (iv !== undefined) return logOfInt(iv, f);
  const x = toFloat(o);
  const r = f(x);
  raise(libm.classifyMathError(name, [x], r));
  return r;
}

function floorCeil(name: "floor" | "ceil", dunder: string, f: F1): PyObject {
  return withKernel(
    1,
    f,
    true,
    builtinFunction(
      name,
      (args, kwnames) => {
        exactArgs(name, args, kwnames, 1);
        const o = args[0]!;
        if (o instanceof PyFloat && o.type === floatType) return doubleToInt(f(o.value));
        const iv = intValue(o);
        if (iv !== undefined && typeof o !== "object") return iv;
        const r = callSpecial(o, dunder);
        if (r !== undefined) return r;
        return doubleToInt(f(toFloat(o)));
      },
      "math",
    ),
  );
}

/** Registers what `fn` computes for compiled code (see FloatKernel). */
function withKernel(arity: 1 | 2, f: F1 | F2, int: boolean, fn: PyObject): PyObject {
  floatKernels.set(fn, { arity, f: f as F2, int });
  return fn;
}

// ---- integer functions ----

function bigSqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's iteration from a start above the root decreases monotonically to it
  let x = 1n << BigInt(Math.ceil(intBitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function isqrt(v: Int): Int {
  if (v < 0) throw valueError("isqrt() argument must be nonnegative");
  if (typeof v === "number" && v < 2 ** 52) {
    let r = Math.floor(Math.sqrt(v));
    while (r * r > v) r--;
    while ((r + 1) * (r + 1) <= v) r++;
    return r;
  }
  return normalise(bigSqrt(BigInt(v)));
}

/** Product of the integers in [lo, hi), by splitting so that the multiplications balance. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

function factorial(v: Int): Int {
  if (v < 0) throw valueError("factorial() not defined for negative values");
  if (typeof v === "bigint")
    throw overflowError("factorial() argument should not exceed 9223372036854775807");
  return normalise(rangeProduct(1n, BigInt(v) + 1n));
}

function perm(n: Int, k: Int): Int {
  if (n < 0) throw valueError("n must be a non-negative integer");
  if (k < 0) throw valueError("k must be a non-negative integer");
  if (k > n) return 0;
  if (typeof k === "bigint") throw overflowError(`k must not exceed 9223372036854775807`);
  const bn = BigInt(n);
  return normalise(rangeProduct(bn - BigInt(k) + 1n, bn + 1n));
}

function comb(n: Int, k: Int): Int {
  if (n < 0) throw valueError("n must be a non-negative integer");
  if (k < 0) throw valueError("k must be a non-negative integer");
  if (k > n) return 0;
  let bk = BigInt(k);
  const bn = BigInt(n);
  if (bn - bk < bk) bk = bn - bk;
  if (bk > 9223372036854775807n) throw overflowError("min(n - k, k) must not exceed 9223372036854775807");
  return normalise(rangeProduct(bn - bk + 1n, bn + 1n) / rangeProduct(1n, bk + 1n));
}

function gcd2(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function gcdNum(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function intArgs(args: PyObject[]): Int[] {
  return args.map((a) => asIndex(a));
}

// ---- sums and norms ----

function floatsOf(o: PyObject): number[] {
  return toArray(o).map((v) => toFloat(v));
}

function fsum(o: PyObject): number {
  const xs: number[] = [];
  iterate(o, (v) => {
    xs.push(toFloat(v));
  });
  const r = libm.fsum(xs);
  let pinf = false;
  let ninf = false;
  let nan = false;
  for (const x of xs) {
    if (x === Infinity) pinf = true;
    else if (x === -Infinity) ninf = true;
    else if (x !== x) nan = true;
  }
  if (nan) return NaN;
  if (pinf && ninf) throw valueError("-inf + inf in fsum");
  if (pinf || ninf) return pinf ? Infinity : -Infinity;
  if (!isFinite(r)) throw overflowError("intermediate overflow in fsum");
  return r;
}

function sequenceArg(o: PyObject): number[] {
  return floatsOf(o);
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
      throw typeError(`isclose() got an unexpected keyword argument '${n}'`);
    vals[n] = args[npos + k]!;
  }
  if (vals.a === undefined) throw typeError("isclose() missing required argument 'a' (pos 1)");
  if (vals.b === undefined) throw typeError("isclose() missing required argument 'b' (pos 2)");
  const a = toFloat(vals.a);
  const b = toFloat(vals.b);
  const rel = vals.rel_tol === undefined ? 1e-9 : toFloat(vals.rel_tol);
  const abs = vals.abs_tol === undefined ? 0 : toFloat(vals.abs_tol);
  if (rel < 0 || abs < 0) throw valueError("tolerances must be non-negative");
  if (a === b) return true;
  if (a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
}

function fn(name: string, impl: (args: PyObject[], kwnames: KwNames) => PyObject): PyObject {
  return builtinFunction(name, impl, "math");
}

const DEG_TO_RAD = Math.PI / 180;
const RAD_TO_DEG = 180 / Math.PI;

function mathModule(): Record<string, PyObject> {
  const m: Record<string, PyObject> = {
    pi: box(Math.PI),
    e: box(Math.E),
    tau: box(2 * Math.PI),
    inf: box(Infinity),
    nan: box(NaN),
  };
  const simple: [string, F1][] = [
    ["acos", libm.acos],
    ["acosh", libm.acosh],
    ["asin", libm.asin],
    ["asinh", libm.asinh],
    ["atan", libm.atan],
    ["atanh", libm.atanh],
    ["cbrt", libm.cbrt],
    ["cos", libm.cos],
    ["cosh", libm.cosh],
    ["erf", libm.erf],
    ["erfc", libm.erfc],
    ["exp", libm.exp],
    ["exp2", libm.exp2],
    ["expm1", libm.expm1],
    ["fabs", Math.abs],
    ["sin", libm.sin],
    ["sinh", libm.sinh],
    ["sqrt", libm.sqrt],
    ["tan", libm.tan],
    ["tanh", libm.tanh],
  ];
  for (const [name, f] of simple) m[name] = math1(name, f);
  m.gamma = fn("gamma", (args, kw) => (exactArgs("gamma", args, kw, 1), box(gamma(toFloat(args[0]!)))));
  m.lgamma = fn("lgamma", (args, kw) => (exactArgs("lgamma", args, kw, 1), box(lgamma(toFloat(args[0]!)))));
  m.degrees = fn(
    "degrees",
    (args, kw) => (exactArgs("degrees", args, kw, 1), box(toFloat(args[0]!) * RAD_TO_DEG)),
  );
  m.radians = fn(
    "radians",
    (args, kw) => (exactArgs("radians", args, kw, 1), box(toFloat(args[0]!) * DEG_TO_RAD)),
  );
  m.atan2 = math2("atan2", libm.atan2);
  m.copysign = math2("copysign", libm.copysign);
  m.nextafter = math2("nextafter", libm.nextafter);
  m.pow = withKernel(
    2,
    libm.pow,
    false,
    fn("pow", (args, kw) => {
      // C's pow: a negative base to a non-integral power is NaN (a domain error), not complex
      exactArgs("pow", args, kw, 2);
      const x = toFloat(args[0]!);
      const y = toFloat(args[1]!);
      if (x < 0 && isFinite(x) && isFinite(y) && Math.floor(y) !== y) domainError();
      const r = libm.pow(x, y);
      if (!isFinite(r) && isFinite(x) && isFinite(y)) {
        if (x === 0) domainError();
        rangeError();
      }
      return box(r);
    }),
  );
  m.fmod = fn("fmod", (args, kw) => {
    exactArgs("fmod", args, kw, 2);
    const x = toFloat(args[0]!);
    const y = toFloat(args[1]!);
    if ((y === Infinity || y === -Infinity) && isFinite(x)) return box(x);
    const r = libm.fmod(x, y);
    if (r !== r && x === x && y === y) domainError();
    return box(r);
  });
  m.remainder = fn("remainder", (args, kw) => {
    exactArgs("remainder", args, kw, 2);
    const x = toFloat(args[0]!);
    const y = toFloat(args[1]!);
    const r = libm.remainder(x, y);
    if (r !== r && x === x && y === y) domainError();
    return box(r);
  });
  m.ulp = fn("ulp", (args, kw) => (exactArgs("ulp", args, kw, 1), box(libm.ulp(toFloat(args[0]!)))));
  m.isfinite = fn(
    "isfinite",
    (args, kw) => (exactArgs("isfinite", args, kw, 1), isFinite(toFloat(args[0]!))),
  );
  m.isinf = fn("isinf", (args, kw) => {
    exactArgs("isinf", args, kw, 1);
    const x = toFloat(args[0]!);
    return x === Infinity || x === -Infinity;
  });
  m.isnan = fn("isnan", (args, kw) => {
    exactArgs("isnan", args, kw, 1);
    const x = toFloat(args[0]!);
    return x !== x;
  });
  m.isclose = fn("isclose", isclose);
  m.floor = floorCeil("floor", "__floor__", Math.floor);
  m.ceil = floorCeil("ceil", "__ceil__", Math.ceil);
  m.trunc = fn("trunc", (args, kw) => {
    exactArgs("trunc", args, kw, 1);
    const o = args[0]!;
    if (o instanceof PyFloat && o.type === floatType) return doubleToInt(o.value);
    const r = callSpecial(o, "__trunc__");
    if (r === undefined) throw typeError(`type ${typeName(o)} doesn't define __trunc__ method`);
    return r;
  });
  m.frexp = fn("frexp", (args, kw) => {
    exactArgs("frexp", args, kw, 1);
    const [mant, e] = libm.frexp(toFloat(args[0]!));
    return newTuple([box(mant), e]);
  });
  m.modf = fn("modf", (args, kw) => {
    exactArgs("modf", args, kw, 1);
    const [f, i] = libm.modf(toFloat(args[0]!));
    return newTuple([box(f), box(i)]);
  });
  m.ldexp = fn("ldexp", (args, kw) => {
    exactArgs("ldexp", args, kw, 2);
    const x = toFloat(args[0]!);
    const io = args[1]!;
    const iv = intValue(io);
    if (iv === undefined) throw typeError("Expected an int as second argument to ldexp.");
    if (x === 0 || !isFinite(x)) return box(x);
    const e = typeof iv === "bigint" ? (iv > 0n ? 100000 : -100000) : iv;
    const r = libm.ldexp(x, e);
    if (!isFinite(r)) rangeError();
    return box(r);
  });
  m.log = fn("log", (args, kw) => {
    // math.log parses its arguments the old way (PyArg_UnpackTuple), which names it bare.
    if (kw && kw.length) throw typeError("log() takes no keyword arguments");
    if (args.length < 1 || args.length > 2) throw typeError("math.log requires 1 to 2 arguments");
    const num = logHelper(args[0]!, libm.log, "log");
    if (args.length === 1) return box(num);
    const den = logHelper(args[1]!, libm.log, "log");
    if (den === 0) throw newException(exceptionType("ZeroDivisionError"), "float division by zero");
    return box(num / den);
  });
  m.log2 = fn(
    "log2",
    (args, kw) => (exactArgs("log2", args, kw, 1), box(logHelper(args[0]!, libm.log2, "log2"))),
  );
  m.log10 = fn(
    "log10",
    (args, kw) => (exactArgs("log10", args, kw, 1), box(logHelper(args[0]!, libm.log10, "log10"))),
  );
  m.log1p = math1("log1p", libm.log1p);
  m.fsum = fn("fsum", (args, kw) => (exactArgs("fsum", args, kw, 1), box(fsum(args[0]!))));
  m.hypot = fn("hypot", (args, kw) => {
    noKw("hypot", kw);
    const xs = args.map((a) => toFloat(a));
    // Like CPython's math_hypot, a norm too large for a float is inf, not OverflowError.
    return box(libm.vectorNorm(xs));
  });
  m.dist = fn("dist", (args, kw) => {
    exactArgs("dist", args, kw, 2);
    const p = sequenceArg(args[0]!);
    const q = sequenceArg(args[1]!);
    if (p.length !== q.length) throw valueError("both points must have the same number of dimensions");
    return box(libm.dist(p, q));
  });
  m.factorial = fn(
    "factorial",
    (args, kw) => (exactArgs("factorial", args, kw, 1), factorial(asIndex(args[0]!))),
  );
  m.isqrt = fn("isqrt", (args, kw) => (exactArgs("isqrt", args, kw, 1), isqrt(asIndex(args[0]!))));
  m.comb = fn("comb", (args, kw) => {
    exactArgs("comb", args, kw, 2);
    return comb(asIndex(args[0]!), asIndex(args[1]!));
  });
  m.perm = fn("perm", (args, kw) => {
    noKw("perm", kw);
    if (args.length < 1 || args.length > 2)
      throw typeError(`perm expected at most 2 arguments, got ${args.length}`);
    const n = asIndex(args[0]!);
    if (args.length === 1 || args[1] === None) {
      if (n < 0) throw valueError("n must be a non-negative integer");
      return factorial(n);
    }
    return perm(n, asIndex(args[1]!));
  });
  m.gcd = fn("gcd", (args, kw) => {
    noKw("gcd", kw);
    const xs = intArgs(args);
    let g: Int = 0;
    for (const x of xs) {
      if (typeof g === "number" && typeof x === "number") g = gcdNum(g, x);
      else g = normalise(gcd2(BigInt(g), BigInt(x)));
    }
    return g;
  });
  m.lcm = fn("lcm", (args, kw) => {
    noKw("lcm", kw);
    const xs = intArgs(args);
    let l = 1n;
    for (const x of xs) {
      const b = BigInt(x);
      if (b === 0n || l === 0n) l = 0n;
      else {
        const g = gcd2(l, b);
        l = (l / g) * (b < 0n ? -b : b);
      }
    }
    return normalise(l);
  });
  m.prod = fn("prod", (args, kwnames) => {
    const nkw = kwnames ? kwnames.length : 0;
    const npos = args.length - nkw;
    if (npos !== 1) throw typeError(`prod() takes exactly 1 positional argument (${npos} given)`);
    let acc: PyObject = 1;
    for (let k = 0; k < nkw; k++) {
      if (kwnames![k] !== "start")
        throw typeError(`prod() got an unexpected keyword argument '${kwnames![k]}'`);
      acc = args[npos + k]!;
    }
    iterate(args[0]!, (v) => {
      acc = binaryOp(acc, v, BinaryOp.Mul);
    });
    return acc;
  });
  return m;
}

registerNativeModule("math", mathModule);
