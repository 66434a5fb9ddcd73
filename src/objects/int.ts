// Python's int: the fast paths every layer calls (interpreter, abstract operations, JIT)
// and the `int` type's methods.
//
// Representation (DESIGN.md "Values"): a safe-integer JS `number`, or a `bigint` outside
// the safe range; never a bigint that fits and never -0. The fast paths below take and
// return that representation and allocate nothing while results stay safe integers:
// a double sum, difference or product of two safe integers is exact whenever its rounded
// magnitude is at most 2**53 - 1 (a larger exact value rounds to at least 2**53), so one
// range test decides whether the number result can be kept. Everything else goes to one
// named slow path per operation, which handles bigints, bools and int-subclass instances.
//
// Instances of Python subclasses of int are `PyIntSubclass` objects carrying their value;
// `intValue(o)` reads the int value of any int, bool or subclass instance.

import { clinic, unpack } from "./arg_clinic.js";
import { boolType, bytearrayType, bytesType, intType, None, NotImplemented } from "./bootstrap.js";
import { call, callHooks, callSpecial } from "./call.js";
import {
  exceptionType,
  newException,
  overflowError,
  typeError,
  valueError,
  zeroDivisionError,
  type PyBaseException,
} from "./exceptions.js";
import {
  PyBuiltinFunction,
  defineClassMethods,
  defineGetSets,
  defineMethods,
  type KwNames,
  type MethodCall,
} from "./function.js";
import { typeName } from "./names.js";
import { newAttributeDict, typeOf, type AttributeDict, type PyObject, type PyObjectBase } from "./object.js";
import { isStr, jsString, strFromJS } from "./str.js";
import { PyType } from "./type.js";
import { hashInt } from "./number_hash.js";
import { BinaryOp, isTrue, str as pyStr } from "./abstract.js";
import { intArithmeticHook } from "./int_hooks.js";
import { bufferOf, bytesReprJS, latin1, newBytes } from "./bytes.js";
import { newTuple } from "./tuple.js";
import { warn, warnStrictSubclassResult } from "./warnings.js";
// bool.ts installs bool's methods; loading int loads bool
import "./bool.js";
import {
  NumFmtError,
  DEFAULT_MAX_STR_DIGITS,
  bitLength as bigBitLength,
  formatInt,
  intToString,
  parseInt as parseIntText,
  parseIntOrError,
  roundInt,
  setUnicodeDecimalHook,
} from "../support/numfmt/index.js";
import { toDecimal } from "../support/unicode/index.js";

/** C's PY_SSIZE_T_MAX, the bound of CPython's sizes and indices. */
export const SSIZE_MAX = 2n ** 63n - 1n;

export type Int = number | bigint;

const MAX_SAFE = 9007199254740991;
const MAX_SAFE_BIG = 9007199254740991n;

/** The integer string conversion limit (`sys.set_int_max_str_digits`); 0 means none. */
export const intSettings = { maxStrDigits: DEFAULT_MAX_STR_DIGITS };

// Non-ASCII decimal digits in int()/float() strings use Python's Unicode tables.
setUnicodeDecimalHook((cp) => toDecimal(cp));

/** Instance of a Python subclass of int. */
export class PyIntSubclass implements PyObjectBase {
  dict: AttributeDict | null;
  constructor(
    public type: PyType,
    public value: Int,
  ) {
    this.dict = type.hasInstanceDict ? newAttributeDict() : null;
  }
}

intType.newInstance = (t) => new PyIntSubclass(t, 0);

// ---- conversions ----

/** The int value of an int, bool or int-subclass instance; undefined for anything else. */
export function intValue(o: PyObject): Int | undefined {
  switch (typeof o) {
    case "number":
    case "bigint":
      return o;
    case "boolean":
      return o ? 1 : 0;
    case "object":
      return o instanceof PyIntSubclass ? o.value : undefined;
    default:
      return undefined;
  }
}

export function isIntLike(o: PyObject): boolean {
  return intValue(o) !== undefined;
}

export function normalise(v: bigint): Int {
  return v >= -MAX_SAFE_BIG && v <= MAX_SAFE_BIG ? Number(v) : v;
}

function big(v: Int): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/** A NumFmtError as the Python exception of the same name. */
export function pyErrorFromNumFmt(e: unknown): unknown {
  if (e instanceof NumFmtError) return newException(exceptionType(e.pyType), e.message);
  return e;
}

function memoryError(): PyBaseException {
  return newException(exceptionType("MemoryError"));
}

/** Turns V8's "Maximum BigInt size exceeded" into MemoryError. */
function bigOp<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw memoryError();
    throw e;
  }
}

/** `PyNumber_Index`: the int an object stands for as an index. */
export function asIndex(o: PyObject): Int {
  const v = intValue(o);
  if (v !== undefined) return v;
  const r = callSpecial(o, "__index__");
  if (r === undefined) throw typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
  return checkIntResult(r, "__index__");
}

/** An index as a JS number for sizes and counts (`PyNumber_AsSsize_t` with OverflowError). */
export function asSsize(o: PyObject): number {
  const v = asIndex(o);
  if (typeof v === "number") return v;
  throw overflowError("Python int too large to convert to C ssize_t");
}

/** int -> double, correctly rounded (JS BigInt-to-Number rounds half to even). */
export function intToDouble(v: Int): number {
  if (typeof v === "number") return v;
  const d = Number(v);
  if (d === Infinity || d === -Infinity) throw overflowError("int too large to convert to float");
  return d;
}

/** Python int of a finite double's integral part (`int(x)` for floats). */
export function doubleToInt(x: number): Int {
  if (x !== x) throw valueError("cannot convert float NaN to integer");
  if (x === Infinity || x === -Infinity) throw overflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (t >= -MAX_SAFE && t <= MAX_SAFE) return t + 0;
  return BigInt(t);
}

// ---- fast paths ----

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normalise(big(a) + big(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
  }
  return normalise(big(a) - big(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0;
  }
  return bigOp(() => normalise(big(a) * big(b)));
}

intArithmeticHook.op = (a, b, op) => {
  switch (op) {
    case BinaryOp.Add:
      return intAdd(a, b);
    case BinaryOp.Sub:
      return intSub(a, b);
    case BinaryOp.Mul:
      return intMul(a, b);
    case BinaryOp.And:
      return intAnd(a, b);
    case BinaryOp.Or:
      return intOr(a, b);
    case BinaryOp.Xor:
      return intXor(a, b);
  }
  return undefined;
};

export function intNeg(a: Int): Int {
  if (typeof a === "number") return 0 - a;
  return normalise(-a);
}

export function intInvert(a: Int): Int {
  if (typeof a === "number") {
    const r = -a - 1;
    if (r >= -MAX_SAFE) return r + 0;
  }
  return normalise(-big(a) - 1n);
}

export function intAbs(a: Int): Int {
  if (typeof a === "number") return a < 0 ? -a : a;
  return a < 0n ? -a : a;
}

/** -1, 0 or 1. */
export function intCompare(a: Int, b: Int): number {
  // mixed number/bigint comparisons are exact in JS
  return a < b ? -1 : a > b ? 1 : 0;
}

function divZero(): PyBaseException {
  return zeroDivisionError("integer division or modulo by zero");
}

export function intFloorDiv(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw divZero();
    const r = a % b; // exact
    let q = (a - r) / b; // exact: a - r is a multiple of b
    if (r !== 0 && r < 0 !== b < 0) q -= 1;
    return q + 0;
  }
  return intFloorDivSlow(a, b);
}

function intFloorDivSlow(a: Int, b: Int): Int {
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw divZero();
  let q = x / y;
  if (q * y !== x && x < 0n !== y < 0n) q -= 1n;
  return normalise(q);
}

export function intMod(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivisionError("integer modulo by zero");
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw zeroDivisionError("integer modulo by zero");
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normalise(r);
}

/** divmod(a, b) as [quotient, remainder]. */
export function intDivmod(a: Int, b: Int): [Int, Int] {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw divZero();
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) {
      q -= 1;
      r += b;
    }
    return [q + 0, r + 0];
  }
  const x = big(a);
  const y = big(b);
  if (y === 0n) throw divZero();
  let q = x / y;
  let r = x - q * y;
  if (r !== 0n && r < 0n !== y < 0n) {
    q -= 1n;
    r += y;
  }
  return [normalise(q), normalise(r)];
}

/** a / b as a double, correctly rounded (CPython's long_true_divide). */
export function intTrueDivDouble(a: Int, b: Int): number {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw zeroDivisionError("division by zero");
    return a / b; // both exact doubles: IEEE division rounds once
  }
  return trueDivBig(big(a), big(b));
}

const DBL_MIN_EXP = -1021;

function trueDivBig(a: bigint, b: bigint): number {
  if (b === 0n) throw zeroDivisionError("division by zero");
  const neg = a < 0n !== b < 0n;
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return neg ? -0 : 0;
  const la = bigBitLength(a);
  const lb = bigBitLength(b);
  if (la <= 53 && lb <= 53) {
    const r = Number(a) / Number(b);
    return neg ? -r : r;
  }
  const diff = la - lb; // a/b is in [2**(diff-1), 2**(diff+1))
  if (diff > 1024) throw overflowError("integer division result too large for a float");
  if (diff < -1074 - 2) return neg ? -0 : 0;
  // keep at least 55 quotient bits (53 + a rounding bit + a sticky bit)
  const shift = Math.max(diff, DBL_MIN_EXP) - 55;
  let sticky = false;
  let x: bigint;
  if (shift < 0) x = a << BigInt(-shift);
  else {
    const s = BigInt(shift);
    x = a >> s;
    sticky = x << s !== a;
  }
  let q = x / b;
  if (q * b !== x) sticky = true;
  const nq = bigBitLength(q);
  const u = Math.max(nq + shift - 53, -1074); // exponent of the result's last bit
  const d = BigInt(u - shift); // bits of q to drop, >= 2
  const mask = (1n << d) - 1n;
  const rem = q & mask;
  q >>= d;
  const half = 1n << (d - 1n);
  if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
  const r = Number(q) * 2 ** u;
  if (r === Infinity || u > 1023) throw overflowError("integer division result too large for a float");
  return neg ? -r : r;
}

export function intPow(a: Int, b: Int): Int | number {
  // Returns an Int; for a negative exponent the caller gets a double via intPowFloat.
  if (typeof a === "number" && typeof b === "number" && b >= 0) {
    let result = 1;
    let base = a;
    let e = b;
    for (;;) {
      if (e % 2 === 1) {
        result *= base;
        if (result > MAX_SAFE || result < -MAX_SAFE) return intPowSlow(a, b);
      }
      e = Math.floor(e / 2);
      if (e === 0) break;
      base *= base;
      if (base > MAX_SAFE) return intPowSlow(a, b);
    }
    return result + 0;
  }
  return intPowSlow(a, b);
}

function intPowSlow(a: Int, b: Int): Int {
  if (b < 0) throw new Error("intPow: negative exponent");
  const x = big(a);
  if (x === 0n || x === 1n) return b === 0 || b === 0n ? 1 : Number(x);
  if (x === -1n) return big(b) % 2n === 0n ? 1 : -1;
  if (typeof b === "bigint") throw memoryError();
  return bigOp(() => normalise(x ** BigInt(b)));
}

/** `a ** b` with ints (float result for a negative exponent, via float pow). */
export function intPowAny(a: Int, b: Int): Int | { float: number } {
  if (b < 0) return { float: floatPowHook.pow(intToDouble(a), intToDouble(b)) };
  return intPow(a, b);
}

/** float.ts installs the float power used for negative int exponents. */
export const floatPowHook: { pow: (a: number, b: number) => number } = {
  pow: (a, b) => a ** b,
};

/** pow(a, b, m) for ints. */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let mod = big(m);
  if (mod === 0n) throw valueError("pow() 3rd argument cannot be 0");
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = big(a) % mod;
  if (base < 0n) base += mod;
  let e = big(b);
  if (e < 0n) {
    base = modInverse(base, mod);
    e = -e;
  }
  let result = 1n % mod;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    e >>= 1n;
    if (e > 0n) base = (base * base) % mod;
  }
  if (negMod && result !== 0n) result -= mod;
  return normalise(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [m, a];
  let [s0, s1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw valueError("base is not invertible for the given modulus");
  s0 %= m;
  return s0 < 0n ? s0 + m : s0;
}

function shiftCount(b: Int): Int {
  if (b < 0) throw valueError("negative shift count");
  return b;
}

export function intLShift(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && b >= 0 && b < 53) {
    const r = a * 2 ** b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  shiftCount(b);
  if (a === 0 || a === 0n) return 0;
  if (typeof b === "bigint" || b > 0x7fffffff) throw overflowError("too many digits in integer");
  return bigOp(() => normalise(big(a) << BigInt(b)));
}

export function intRShift(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number" && b >= 0) {
    if (b >= 54) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** b) + 0;
  }
  shiftCount(b);
  const x = big(a);
  if (typeof b === "bigint") return x < 0n ? -1 : 0;
  return normalise(x >> BigInt(b));
}

function isInt32(v: Int): v is number {
  return typeof v === "number" && (v | 0) === v;
}

export function intAnd(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normalise(big(a) & big(b));
}

export function intOr(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normalise(big(a) | big(b));
}

export function intXor(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normalise(big(a) ^ big(b));
}

export function intBitLength(v: Int): number {
  if (typeof v === "number") {
    const a = v < 0 ? -v : v;
    if (a < 0x80000000) return 32 - Math.clz32(a);
    return Math.floor(Math.log2(a)) + 1 - (2 ** Math.floor(Math.log2(a)) > a ? 1 : 0);
  }
  return bigBitLength(v < 0n ? -v : v);
}

export function intBitCount(v: Int): number {
  let x = big(v);
  if (x < 0n) x = -x;
  let n = 0;
  const s = x.toString(16);
  for (let i = 0; i < s.length; i++) n += POPCOUNT_HEX[parseInt(s[i]!, 16)]!;
  return n;
}
const POPCOUNT_HEX = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** str(int) with the digit limit. */
export function intToDecimal(v: Int): string {
  if (typeof v === "number") return String(v);
  try {
    return intToString(v, 10, intSettings.maxStrDigits);
  } catch (e) {
    throw pyErrorFromNumFmt(e);
  }
}

// ---- int() ----

/** int(s, base) for a str value. */
export function intFromString(s: string, base: number): Int {
  const r = intFromStringOrError(s, base);
  if (typeof r === "object") throw r;
  return r;
}

/** intFromString's value, or the exception it raises made but not raised: compiled code
 * under a handler of its own goes to the handler with it, without a JS throw. */
export function intFromStringOrError(s: string, base: number): Int | PyBaseException {
  const r = parseIntOrError(s, base, intSettings.maxStrDigits);
  return r instanceof NumFmtError ? (pyErrorFromNumFmt(r) as PyBaseException) : r;
}

function intFromBytesLiteral(data: Uint8Array, base: number): Int {
  try {
    // Bytes are parsed as ASCII: a non-ASCII byte (b'\xa0') is never Unicode space or digit.
    if (data.some((b) => b >= 0x80)) throw new NumFmtError("ValueError", "invalid literal");
    return parseIntText(latin1(data), base, intSettings.maxStrDigits);
  } catch (e) {
    if (e instanceof NumFmtError && e.message.startsWith("invalid literal")) {
      // CPython reports the bytes object's repr
      const r = bytesReprJS(data);
      throw valueError(`invalid literal for int() with base ${base}: ${r}`);
    }
    throw pyErrorFromNumFmt(e);
  }
}

/** The result of `__int__`/`__index__`/`__trunc__` as an int: an instance of a strict
 * subclass of int is accepted with CPython's DeprecationWarning. */
function checkIntResult(r: PyObject, name: string): Int {
  if (typeof r === "number" || typeof r === "bigint") return r;
  const v = intValue(r);
  if (v === undefined) throw typeError(`${name} returned non-int (type ${typeName(r)})`);
  warnStrictSubclassResult(name, "int", typeName(r));
  return v;
}

/** `PyNumber_Long`: int(x) for one argument. */
export function intFromObject(x: PyObject): Int {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") return intFromString(x, 10);
  const t = typeOf(x);
  const intSlot = t.lookup("__int__");
  if (intSlot !== undefined) {
    // An int subclass that does not override __int__ converts to its value.
    if (intSlot === intType.lookup("__int__")) {
      const v = intValue(x);
      if (v !== undefined) return v;
    }
    return checkIntResult(callSpecial(x, "__int__")!, "__int__");
  }
  if (t.lookup("__index__") !== undefined) return checkIntResult(callSpecial(x, "__index__")!, "__index__");
  const truncSlot = t.lookup("__trunc__");
  if (truncSlot !== undefined) {
    // _PyObject_LookupSpecial binds __trunc__ first: a descriptor whose __get__ raises
    // does so before the warning.
    const trunc = callHooks.bindDescriptor(truncSlot, x, t);
    warn("DeprecationWarning", "The delegation of int() to __trunc__ is deprecated.");
    const r = call(trunc, [], null);
    const iv = intValue(r);
    if (iv !== undefined) return iv;
    if (typeOf(r).lookup("__index__") === undefined)
      throw typeError(`__trunc__ returned non-Integral (type ${typeName(r)})`);
    return asIndex(r);
  }
  if (isStr(x)) return intFromString(jsString(x), 10);
  const data = bufferOf(x);
  if (data !== undefined) return intFromBytesLiteral(data, 10);
  throw typeError(
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`,
  );
}

function intNew(args: PyObject[], kwnames: KwNames): PyObject {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`int.__new__(X): X is not a type object (${typeName(cls!)})`);
  if (!cls.isSubtypeOf(intType))
    throw typeError(`int.__new__(${cls.name}): ${cls.name} is not a subtype of int`);
  if (cls.isSubtypeOf(boolType)) throw typeError(`int.__new__(${cls.name}) is not safe, use bool.__new__()`);
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - 1 - nkw;
  let x: PyObject | undefined = npos > 0 ? args[1] : undefined;
  let base: PyObject | undefined = npos > 1 ? args[2] : undefined;
  if (npos > 2) throw typeError(`int() takes at most 2 arguments (${npos} given)`);
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const val = args[1 + npos + k]!;
    if (name === "base" && base === undefined) base = val;
    else if (name === "base") throw typeError(`argument for int() given by name ('base') and position (2)`);
    else throw typeError(`'${name}' is an invalid keyword argument for int()`);
  }
  let value: Int;
  if (base === undefined) value = x === undefined ? 0 : intFromObject(x);
  else {
    if (x === undefined) throw typeError("int() missing string argument");
    const b = asIndex(base);
    if (b !== 0 && (b < 2 || b > 36)) throw valueError("int() base must be >= 2 and <= 36, or 0");
    if (isStr(x)) value = intFromString(jsString(x), Number(b));
    else {
      // Only str, bytes and bytearray: other buffers (memoryview, array) are refused here.
      const t = typeOf(x);
      const data = t.isSubtypeOf(bytesType) || t.isSubtypeOf(bytearrayType) ? bufferOf(x) : undefined;
      if (data === undefined) throw typeError("int() can't convert non-string with explicit base");
      value = intFromBytesLiteral(data, Number(b));
    }
    x = undefined;
  }
  if (cls === intType) return value;
  return new PyIntSubclass(cls, value);
}

intType.vectorcall = (args, kwnames) =>
  kwnames === null && args.length === 1 ? intFromObject(args[0]!) : intNew([intType, ...args], kwnames);

// ---- to_bytes / from_bytes ----

function byteOrder(o: PyObject | undefined, fname: string): boolean {
  if (o === undefined) return false;
  if (!isStr(o)) throw typeError(`${fname}() argument 'byteorder' must be str, not ${typeName(o)}`);
  const s = jsString(o);
  if (s === "little") return true;
  if (s === "big") return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

export function intToBytes(v: Int, length: number, little: boolean, signed: boolean): Uint8Array {
  if (length < 0) throw valueError("length argument must be non-negative");
  let x = big(v);
  if (x < 0n) {
    if (!signed) throw overflowError("can't convert negative int to unsigned");
    if (length === 0 || x < -(1n << BigInt(length * 8 - 1))) throw overflowError("int too big to convert");
    x += 1n << BigInt(length * 8);
  } else {
    const bits = bigBitLength(x);
    if (bits > length * 8 - (signed ? 1 : 0) && !(x === 0n)) throw overflowError("int too big to convert");
  }
  const out = new Uint8Array(length);
  if (x === 0n) return out;
  // Through the hex text, in one pass: shifting a big x right by 8 bits per byte made a
  // new BigInt each time, quadratic in the length (random.randbytes of 1 MB took minutes).
  const hex = x.toString(16);
  const n = (hex.length + 1) >> 1;
  for (let i = 0; i < n; i++) {
    const end = hex.length - 2 * i;
    const byte = parseInt(hex.slice(Math.max(0, end - 2), end), 16);
    out[little ? i : length - 1 - i] = byte;
  }
  return out;
}

export function intFromBytes(data: Uint8Array, little: boolean, signed: boolean): Int {
  let hex = "";
  for (let i = 0; i < data.length; i++) {
    const b = data[little ? data.length - 1 - i : i]!;
    hex += (b < 16 ? "0" : "") + b.toString(16);
  }
  if (hex === "") return 0;
  let x = BigInt("0x" + hex);
  if (signed && data[little ? data.length - 1 : 0]! >= 0x80) x -= 1n << BigInt(data.length * 8);
  return normalise(x);
}

// ---- method table ----

function selfInt(self: PyObject, name: string): Int {
  const v = intValue(self);
  if (v === undefined)
    throw typeError(`descriptor '${name}' requires a 'int' object but received a '${typeName(self)}'`);
  return v;
}

function selfIntM(self: PyObject, name: string): Int {
  const v = intValue(self);
  if (v === undefined)
    throw typeError(`descriptor '${name}' for 'int' objects doesn't apply to a '${typeName(self)}' object`);
  return v;
}

function noKw(kwnames: KwNames, name: string): void {
  if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
}

function nargs(args: PyObject[], kwnames: KwNames, name: string, n: number): void {
  noKw(kwnames, name);
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

/** A binary dunder: `int` with `int`, else NotImplemented. */
export function binarySlot(name: string, f: (a: Int, b: Int) => PyObject, reflected: boolean): MethodCall {
  return (self, args, kwnames) => {
    nargs(args, kwnames, name, 1);
    const a = selfInt(self, name);
    const b = intValue(args[0]!);
    if (b === undefined) return NotImplemented;
    return reflected ? f(b, a) : f(a, b);
  };
}

function unarySlot(name: string, f: (a: Int) => PyObject): MethodCall {
  return (self, args, kwnames) => {
    nargs(args, kwnames, name, 0);
    return f(selfInt(self, name));
  };
}

/** Python int -> Python object for a double result (float.ts installs the boxing). */
export const floatBox: { box: (x: number) => PyObject } = {
  box: () => {
    throw new Error("float not initialised");
  },
};

function powResult(a: Int, b: Int): PyObject {
  const r = intPowAny(a, b);
  return typeof r === "object" ? floatBox.box(r.float) : r;
}

function powSlot(reflected: boolean): MethodCall {
  const name = reflected ? "__rpow__" : "__pow__";
  return (self, args, kwnames) => {
    noKw(kwnames, name);
    if (args.length < 1 || args.length > 2)
      throw typeError(
        `${name} expected ${args.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${args.length}`,
      );
    const s = selfInt(self, name);
    const o = intValue(args[0]!);
    if (o === undefined) return NotImplemented;
    const [a, b] = reflected ? [o, s] : [s, o];
    const m = args[1];
    if (m === undefined || m === None) return powResult(a, b);
    const mv = intValue(m);
    if (mv === undefined) return NotImplemented;
    return intPowMod(a, b, mv);
  };
}

function compareSlot(name: string, test: (c: number) => boolean): MethodCall {
  return (self, args, kwnames) => {
    nargs(args, kwnames, name, 1);
    const a = selfInt(self, name);
    const b = intValue(args[0]!);
    if (b === undefined) return NotImplemented;
    return test(intCompare(a, b));
  };
}

/** repr/str of an int value. */
export function intRepr(v: Int): string {
  return intToDecimal(v);
}

function newIntOfType(cls: PyObject, v: Int): PyObject {
  if (cls === intType) return v;
  if (cls instanceof PyType && cls.isSubtypeOf(intType) && cls !== boolType) return new PyIntSubclass(cls, v);
  throw new Error("unreachable");
}

const toBytesSig = clinic("to_bytes(length=?, byteorder=?, *, signed=?)");
const fromBytesSig = clinic("from_bytes(bytes, byteorder=?, *, signed=?)");

defineMethods(intType, {
  __add__: binarySlot("__add__", intAdd, false),
  __radd__: binarySlot("__radd__", intAdd, true),
  __sub__: binarySlot("__sub__", intSub, false),
  __rsub__: binarySlot("__rsub__", intSub, true),
  __mul__: binarySlot("__mul__", intMul, false),
  __rmul__: binarySlot("__rmul__", intMul, true),
  __floordiv__: binarySlot("__floordiv__", intFloorDiv, false),
  __rfloordiv__: binarySlot("__rfloordiv__", intFloorDiv, true),
  __truediv__: binarySlot("__truediv__", (a, b) => floatBox.box(intTrueDivDouble(a, b)), false),
  __rtruediv__: binarySlot("__rtruediv__", (a, b) => floatBox.box(intTrueDivDouble(a, b)), true),
  __mod__: binarySlot("__mod__", intMod, false),
  __rmod__: binarySlot("__rmod__", intMod, true),
  __divmod__: binarySlot("__divmod__", (a, b) => newTuple(intDivmod(a, b)), false),
  __rdivmod__: binarySlot("__rdivmod__", (a, b) => newTuple(intDivmod(a, b)), true),
  __pow__: powSlot(false),
  __rpow__: powSlot(true),
  __lshift__: binarySlot("__lshift__", intLShift, false),
  __rlshift__: binarySlot("__rlshift__", intLShift, true),
  __rshift__: binarySlot("__rshift__", intRShift, false),
  __rrshift__: binarySlot("__rrshift__", intRShift, true),
  __and__: binarySlot("__and__", intAnd, false),
  __rand__: binarySlot("__rand__", intAnd, true),
  __or__: binarySlot("__or__", intOr, false),
  __ror__: binarySlot("__ror__", intOr, true),
  __xor__: binarySlot("__xor__", intXor, false),
  __rxor__: binarySlot("__rxor__", intXor, true),
  __neg__: unarySlot("__neg__", intNeg),
  __pos__: unarySlot("__pos__", (a) => a),
  __abs__: unarySlot("__abs__", intAbs),
  __invert__: unarySlot("__invert__", intInvert),
  __bool__: unarySlot("__bool__", (a) => a !== 0 && a !== 0n),
  __int__: unarySlot("__int__", (a) => a),
  __index__: unarySlot("__index__", (a) => a),
  __float__: unarySlot("__float__", (a) => floatBox.box(intToDouble(a))),
  __trunc__: (self, args, kw) => (nargs(args, kw, "__trunc__", 0), selfIntM(self, "__trunc__")),
  __floor__: (self, args, kw) => (nargs(args, kw, "__floor__", 0), selfIntM(self, "__floor__")),
  __ceil__: (self, args, kw) => (nargs(args, kw, "__ceil__", 0), selfIntM(self, "__ceil__")),
  __hash__: unarySlot("__hash__", hashInt),
  __repr__: unarySlot("__repr__", intRepr),
  __eq__: compareSlot("__eq__", (c) => c === 0),
  __ne__: compareSlot("__ne__", (c) => c !== 0),
  __lt__: compareSlot("__lt__", (c) => c < 0),
  __le__: compareSlot("__le__", (c) => c <= 0),
  __gt__: compareSlot("__gt__", (c) => c > 0),
  __ge__: compareSlot("__ge__", (c) => c >= 0),
  __round__: (self, args, kwnames) => {
    noKw(kwnames, "__round__");
    const v = selfIntM(self, "__round__");
    if (args.length > 1) throw typeError(`__round__ expected at most 1 argument, got ${args.length}`);
    const nd = args[0];
    if (nd === undefined || nd === None) return v;
    return roundInt(v, asIndex(nd));
  },
  __format__: (self, args, kwnames) => {
    nargs(args, kwnames, "__format__", 1);
    const v = selfIntM(self, "__format__");
    const spec = args[0]!;
    if (!isStr(spec)) throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
    // an empty spec is str(self), which a subclass may override
    if (
      jsString(spec) === "" &&
      (typeof self === "boolean" || (typeof self === "object" && typeOf(self) !== intType))
    )
      return pyStr(self);
    try {
      return strFromJS(formatInt(v, jsString(spec), typeName(self), intSettings.maxStrDigits));
    } catch (e) {
      throw pyErrorFromNumFmt(e);
    }
  },
  __getnewargs__: (self, args, kwnames) => {
    nargs(args, kwnames, "__getnewargs__", 0);
    return newTuple([selfIntM(self, "__getnewargs__")]);
  },
  __sizeof__: (self, args, kwnames) => {
    nargs(args, kwnames, "__sizeof__", 0);
    const v = selfIntM(self, "__sizeof__");
    const digits = Math.max(1, Math.ceil(intBitLength(v) / 30));
    return 24 + 4 * (v === 0 ? 0 : digits);
  },
  conjugate: (self, args, kwnames) => (nargs(args, kwnames, "conjugate", 0), selfIntM(self, "conjugate")),
  bit_length: (self, args, kwnames) => (
    nargs(args, kwnames, "bit_length", 0),
    intBitLength(selfIntM(self, "bit_length"))
  ),
  bit_count: (self, args, kwnames) => (
    nargs(args, kwnames, "bit_count", 0),
    intBitCount(selfIntM(self, "bit_count"))
  ),
  as_integer_ratio: (self, args, kwnames) => {
    nargs(args, kwnames, "as_integer_ratio", 0);
    return newTuple([selfIntM(self, "as_integer_ratio"), 1]);
  },
  to_bytes: (self, args, kwnames) => {
    const v = selfIntM(self, "to_bytes");
    const [length, order, signed] = unpack(toBytesSig, args, kwnames);
    const n = length === undefined ? 1 : asSsize(length);
    const little = byteOrder(order, "to_bytes");
    return newBytes(intToBytes(v, n, little, signed !== undefined && isTrue(signed)));
  },
});

defineClassMethods(intType, {
  from_bytes: (cls, args, kwnames) => {
    const [bytes, order, signed] = unpack(fromBytesSig, args, kwnames) as [PyObject, PyObject?, PyObject?];
    const little = byteOrder(order, "from_bytes");
    let data = bufferOf(bytes);
    if (data === undefined) {
      if (isStr(bytes) || intValue(bytes) !== undefined)
        throw typeError(`cannot convert '${typeName(bytes)}' object to bytes`);
      data = bufferOf(callBytes(bytes));
      if (data === undefined) throw typeError(`cannot convert '${typeName(bytes)}' object to bytes`);
    }
    const v = intFromBytes(data, little, signed !== undefined && isTrue(signed));
    if (cls === intType) return v;
    return callType(cls, [v]);
  },
});

defineGetSets(intType, {
  real: [(self) => selfIntM(self, "real")],
  imag: [(self) => (selfIntM(self, "imag"), 0)],
  numerator: [(self) => selfIntM(self, "numerator")],
  denominator: [(self) => (selfIntM(self, "denominator"), 1)],
});

intType.dict.set("__new__", new PyBuiltinFunction("__new__", "int.__new__", intNew, intType));
intType.modified();

function callBytes(o: PyObject): PyObject {
  return call(bytesType, [o]);
}
function callType(cls: PyObject, args: PyObject[]): PyObject {
  return call(cls, args);
}

export { newIntOfType };

/** `sys.get_int_max_str_digits()`. */
export function intMaxStrDigits(): number {
  return intSettings.maxStrDigits;
}

/** `sys.set_int_max_str_digits(n)`; the caller has validated n (0 or >= 640). */
export function setIntMaxStrDigits(n: number): void {
  intSettings.maxStrDigits = n;
}
