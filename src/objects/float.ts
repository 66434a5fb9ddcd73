// Python's float: a boxed double (`PyFloat`) at rest; the fast paths below work on raw
// doubles so that the interpreter and the JIT can keep floats unboxed in hot code.
//
// Semantics follow CPython's floatobject.c: `//` and `%` take the sign of the divisor
// with the quotient from fmod (exact) so that q*b + r reproduces a closely; `**` uses the
// correctly rounded libm pow, raises ZeroDivisionError for 0.0 to a negative power,
// OverflowError(34, 'Numerical result out of range') when a finite power overflows, and
// hands a negative base with a non-integral exponent to complex power. Comparisons with
// ints are exact (no rounding of the int to a double).

import { floatHook } from "./memoryview.js";
import { floatType, None, NotImplemented, objectType } from "./bootstrap.js";
import { call, callSpecial } from "./call.js";
import { newException, exceptionType, typeError, valueError, zeroDivisionError } from "./exceptions.js";
import {
  PyBuiltinFunction,
  defineClassMethods,
  defineGetSets,
  defineMethods,
  type KwNames,
  type MethodCall,
} from "./function.js";
import { typeName } from "./names.js";
import {
  newAttributeDict,
  typeOf,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
  type WithSerial,
} from "./object.js";
import { isStr, jsString, strFromJS } from "./str.js";
import { PyType } from "./type.js";
import { hashDouble, identityHash } from "./number_hash.js";
import { bufferOf } from "./bytes.js";
import { newTuple } from "./tuple.js";
import { warn } from "./warnings.js";
import { repr as pyRepr, str as pyStr } from "./abstract.js";
import {
  asIndex,
  doubleToInt,
  floatBox,
  floatPowHook,
  intToDouble,
  intValue,
  pyErrorFromNumFmt,
  type Int,
} from "./int.js";
import {
  floatAsIntegerRatio,
  floatFromHex,
  floatHex,
  floatRepr,
  formatFloat,
  parseFloat as parseFloatText,
  roundFloat,
  roundFloatToInt,
} from "../support/numfmt/index.js";
import { pow as libmPow } from "../support/libm/index.js";
import { complexFloatBox, complexPowParts, PyComplex } from "./complex.js";

/** An exact float has no attribute dict: it is the most numerous of objects, and every
 * field costs eight bytes on each (and the collector's time to copy them). */
export class PyFloat implements PyObjectBase, WithSerial {
  serial = 0;
  constructor(
    public value: number,
    public type: PyType = floatType,
  ) {}
}

/** An instance of a float subclass, which may have instance attributes. */
class PyFloatSubclassInstance extends PyFloat {
  dict: AttributeDict | null;
  constructor(value: number, type: PyType) {
    super(value, type);
    this.dict = type.hasInstanceDict ? newAttributeDict() : null;
  }
}

floatType.newInstance = (t) => (t === floatType ? new PyFloat(0) : new PyFloatSubclassInstance(0, t));

export function newFloat(x: number): PyFloat {
  return new PyFloat(x);
}

floatBox.box = newFloat;
complexFloatBox.box = newFloat;

/** The double of a float or float-subclass instance; undefined for anything else. */
export function floatValue(o: PyObject): number | undefined {
  return o instanceof PyFloat ? o.value : undefined;
}

export function isFloat(o: PyObject): o is PyFloat {
  return o instanceof PyFloat;
}

// ---- fast paths on raw doubles ----

export function floatAdd(a: number, b: number): number {
  return a + b;
}
export function floatSub(a: number, b: number): number {
  return a - b;
}
export function floatMul(a: number, b: number): number {
  return a * b;
}
export function floatNeg(a: number): number {
  return -a;
}

export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float division by zero");
  return a / b;
}

/** CPython's float_divmod core; `out` receives [floordiv, mod]. */
function divmodCore(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1;
    }
  } else {
    mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float floor division by zero");
  return divmodCore(a, b)[0];
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError("float modulo");
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else mod = b < 0 || Object.is(b, -0) ? -0 : 0;
  return mod;
}

export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivisionError("float divmod()");
  return divmodCore(a, b);
}

/** a ** b for doubles: a double, or a PyComplex for a negative base and a fractional
 * exponent. */
export function floatPow(a: number, b: number): number | PyComplex {
  const r = floatPowPlain(a, b);
  if (r !== undefined) return r;
  if (a === 0 && b < 0) throw zeroDivisionError("0.0 cannot be raised to a negative power");
  if (a < 0 && isFinite(b) && Math.floor(b) !== b) return complexPowParts(a, 0, b, 0);
  throw newException(exceptionType("OverflowError"), 34, "Numerical result out of range");
}

/** a ** b when it is a float that raises nothing (what compiled code computes inline);
 * undefined for the cases floatPow raises or makes a complex number. */
export function floatPowPlain(a: number, b: number): number | undefined {
  if (b === 0) return 1;
  const r = libmPow(a, b);
  if (a !== a || b !== b) return r;
  if (a === 0 && b < 0 && b !== -Infinity) return undefined;
  if (a < 0 && a !== -Infinity && b !== Infinity && b !== -Infinity && Math.floor(b) !== b) return undefined;
  if ((r === Infinity || r === -Infinity) && isFinite(a) && isFinite(b)) return undefined;
  return r;
}

function floatPowDouble(a: number, b: number): number {
  const r = floatPow(a, b);
  if (typeof r !== "number") throw new Error("unreachable: int ** negative int is real");
  return r;
}
floatPowHook.pow = floatPowDouble;

/** -1, 0, 1, or NaN when either is NaN. */
export function floatCompare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
}

/** Exact comparison of a double with an int: -1, 0, 1, or NaN for a NaN. */
export function compareFloatInt(x: number, i: Int): number {
  if (typeof i === "number") return floatCompare(x, i);
  if (x !== x) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const fl = Math.floor(x);
  const bf = BigInt(fl);
  if (bf < i) return -1;
  if (bf > i) return 1;
  return fl === x ? 0 : 1;
}

/** `a <op> b` (op numbered as abstract.ts's BinaryOp) when float's own dunder would
 * compute it: an exact float with an exact float or an int held as a JS number (exact as
 * a double). The interpreter's fast path before the generic binaryOp; undefined for
 * any other operands or operators. */
export function floatBinaryFast(a: PyObject, b: PyObject, op: number): PyObject | undefined {
  let x: number;
  let y: number;
  if (typeof a === "object" && a.type === floatType) {
    x = (a as PyFloat).value;
    if (typeof b === "number") y = b;
    else if (typeof b === "object" && b.type === floatType) y = (b as PyFloat).value;
    else return undefined;
  } else if (typeof a === "number" && typeof b === "object" && b.type === floatType) {
    x = a;
    y = (b as PyFloat).value;
  } else return undefined;
  switch (op) {
    case 0:
      return new PyFloat(x + y);
    case 1:
      return new PyFloat(x - y);
    case 2:
      return new PyFloat(x * y);
    case 4:
      return new PyFloat(floatTrueDiv(x, y));
    case 5:
      return new PyFloat(floatFloorDiv(x, y));
    case 6:
      return new PyFloat(floatMod(x, y));
    case 7:
      return box(floatPow(x, y));
    default:
      return undefined;
  }
}

// ---- operand conversion for the dunders ----

/** The double an operand of a float operation stands for; undefined -> NotImplemented. */
function operand(o: PyObject): number | undefined {
  if (o instanceof PyFloat) return o.value;
  const v = intValue(o);
  if (v === undefined) return undefined;
  return intToDouble(v);
}

function selfFloat(self: PyObject, name: string): number {
  if (self instanceof PyFloat) return self.value;
  throw typeError(`descriptor '${name}' requires a 'float' object but received a '${typeName(self)}'`);
}

function selfFloatM(self: PyObject, name: string): number {
  if (self instanceof PyFloat) return self.value;
  throw typeError(`descriptor '${name}' for 'float' objects doesn't apply to a '${typeName(self)}' object`);
}

function nargs(args: PyObject[], kwnames: KwNames, name: string, n: number): void {
  if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

function box(r: number | PyComplex): PyObject {
  return typeof r === "number" ? new PyFloat(r) : r;
}

function binarySlot(
  name: string,
  f: (a: number, b: number) => number | PyComplex,
  reflected: boolean,
): MethodCall {
  return (self, args, kwnames) => {
    nargs(args, kwnames, name, 1);
    const a = selfFloat(self, name);
    const b = operand(args[0]!);
    if (b === undefined) return NotImplemented;
    return box(reflected ? f(b, a) : f(a, b));
  };
}

function powSlot(reflected: boolean): MethodCall {
  const name = reflected ? "__rpow__" : "__pow__";
  return (self, args, kwnames) => {
    if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
    if (args.length < 1 || args.length > 2)
      throw typeError(
        `${name} expected ${args.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${args.length}`,
      );
    const a = selfFloat(self, name);
    const b = operand(args[0]!);
    if (b === undefined) return NotImplemented;
    if (args[1] !== undefined && args[1] !== None)
      throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    return box(reflected ? floatPow(b, a) : floatPow(a, b));
  };
}

function compareSlot(name: string, test: (c: number) => boolean): MethodCall {
  return (self, args, kwnames) => {
    nargs(args, kwnames, name, 1);
    const a = selfFloat(self, name);
    const o = args[0]!;
    let c: number;
    if (o instanceof PyFloat) c = floatCompare(a, o.value);
    else {
      const i = intValue(o);
      if (i === undefined) return NotImplemented;
      c = compareFloatInt(a, i);
    }
    return c === c ? test(c) : name === "__ne__";
  };
}

function unarySlot(name: string, f: (a: number, self: PyObject) => PyObject): MethodCall {
  return (self, args, kwnames) => {
    nargs(args, kwnames, name, 0);
    return f(selfFloat(self, name), self);
  };
}

/** hash(float), CPython's: NaN by identity. */
export function floatHash(f: PyFloat): number | bigint {
  const x = f.value;
  return x !== x ? identityHash(f) : hashDouble(x);
}

export function floatIsInteger(x: number): boolean {
  return isFinite(x) && Math.floor(x) === x;
}

// ---- float() ----

function latin1(data: Uint8Array): string {
  let s = "";
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]!);
  return s;
}

/** `PyNumber_Float` as a double. */
export function floatFromObject(x: PyObject): number {
  if (typeof x === "number" || typeof x === "bigint") return intToDouble(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") return parseText(x);
  const t = typeOf(x);
  if (t === floatType) return (x as PyFloat).value;
  // PyNumber_Float: __float__ first, which int, float and their subclasses have, so an
  // override in a subclass (of str too) is called.
  const slot = t.lookup("__float__");
  if (slot !== undefined) {
    if (x instanceof PyFloat && slot === floatType.lookup("__float__")) return x.value;
    const r = callSpecial(x, "__float__")!;
    if (!(r instanceof PyFloat))
      throw typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    if (r.type !== floatType)
      warn(
        "DeprecationWarning",
        `${t.name}.__float__ returned non-float (type ${typeName(r)}).  The ability to return an instance ` +
          "of a strict subclass of float is deprecated, and may be removed in a future version of Python.",
      );
    return r.value;
  }
  if (t.lookup("__index__") !== undefined) return intToDouble(asIndex(x));
  if (isStr(x)) return parseText(jsString(x));
  const data = bufferOf(x);
  if (data !== undefined) {
    try {
      // Bytes are parsed as ASCII: a non-ASCII byte (b'\xa0') is never Unicode space or digit.
      if (data.some((b) => b >= 0x80)) throw valueError("non-ASCII");
      return parseFloatText(latin1(data));
    } catch {
      // CPython's message shows the object itself: b'ab', bytearray(b'ab').
      throw valueError(`could not convert string to float: ${jsString(pyRepr(x))}`);
    }
  }
  throw typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

function parseText(s: string): number {
  try {
    return parseFloatText(s);
  } catch (e) {
    throw pyErrorFromNumFmt(e);
  }
}

function floatNew(args: PyObject[], kwnames: KwNames): PyObject {
  const cls = args[0];
  if (!(cls instanceof PyType))
    throw typeError(`float.__new__(X): X is not a type object (${typeName(cls!)})`);
  if (!cls.isSubtypeOf(floatType))
    throw typeError(`float.__new__(${cls.name}): ${cls.name} is not a subtype of float`);
  // Keyword arguments are refused only when no subclass __init__ may want them.
  const nkw = kwnames ? kwnames.length : 0;
  if (nkw > 0 && (cls === floatType || cls.lookup("__init__") === objectType.lookup("__init__")))
    throw typeError("float() takes no keyword arguments");
  const npos = args.length - 1 - nkw;
  if (npos > 1) throw typeError(`float expected at most 1 argument, got ${npos}`);
  const x = npos > 0 ? floatFromObject(args[1]!) : 0;
  return cls === floatType ? new PyFloat(x) : new PyFloatSubclassInstance(x, cls);
}

function round(self: PyObject, args: PyObject[], kwnames: KwNames): PyObject {
  if (kwnames && kwnames.length) throw typeError("__round__() takes no keyword arguments");
  const x = selfFloatM(self, "__round__");
  if (args.length > 1) throw typeError(`__round__ expected at most 1 argument, got ${args.length}`);
  const nd = args[0];
  try {
    if (nd === undefined || nd === None) return roundFloatToInt(x);
    return new PyFloat(roundFloat(x, asIndex(nd)));
  } catch (e) {
    throw pyErrorFromNumFmt(e);
  }
}

defineMethods(floatType, {
  __add__: binarySlot("__add__", floatAdd, false),
  __radd__: binarySlot("__radd__", floatAdd, true),
  __sub__: binarySlot("__sub__", floatSub, false),
  __rsub__: binarySlot("__rsub__", floatSub, true),
  __mul__: binarySlot("__mul__", floatMul, false),
  __rmul__: binarySlot("__rmul__", floatMul, true),
  __truediv__: binarySlot("__truediv__", floatTrueDiv, false),
  __rtruediv__: binarySlot("__rtruediv__", floatTrueDiv, true),
  __floordiv__: binarySlot("__floordiv__", floatFloorDiv, false),
  __rfloordiv__: binarySlot("__rfloordiv__", floatFloorDiv, true),
  __mod__: binarySlot("__mod__", floatMod, false),
  __rmod__: binarySlot("__rmod__", floatMod, true),
  __divmod__: (self, args, kwnames) => {
    nargs(args, kwnames, "__divmod__", 1);
    const a = selfFloat(self, "__divmod__");
    const b = operand(args[0]!);
    if (b === undefined) return NotImplemented;
    const [q, r] = floatDivmod(a, b);
    return newTuple([new PyFloat(q), new PyFloat(r)]);
  },
  __rdivmod__: (self, args, kwnames) => {
    nargs(args, kwnames, "__rdivmod__", 1);
    const a = selfFloat(self, "__rdivmod__");
    const b = operand(args[0]!);
    if (b === undefined) return NotImplemented;
    const [q, r] = floatDivmod(b, a);
    return newTuple([new PyFloat(q), new PyFloat(r)]);
  },
  __pow__: powSlot(false),
  __rpow__: powSlot(true),
  __neg__: unarySlot("__neg__", (a) => new PyFloat(-a)),
  __pos__: unarySlot("__pos__", (a, self) => (typeOf(self) === floatType ? self : new PyFloat(a))),
  __abs__: unarySlot("__abs__", (a) => new PyFloat(Math.abs(a))),
  __bool__: unarySlot("__bool__", (a) => a !== 0),
  __float__: unarySlot("__float__", (a, self) => (typeOf(self) === floatType ? self : new PyFloat(a))),
  __int__: unarySlot("__int__", doubleToInt),
  __trunc__: unarySlot("__trunc__", doubleToInt),
  __floor__: unarySlot("__floor__", (a) => doubleToInt(Math.floor(a))),
  __ceil__: unarySlot("__ceil__", (a) => doubleToInt(Math.ceil(a))),
  __hash__: unarySlot("__hash__", (a, self) => floatHash(self as PyFloat)),
  __repr__: unarySlot("__repr__", floatRepr),
  __eq__: compareSlot("__eq__", (c) => c === 0),
  __ne__: compareSlot("__ne__", (c) => c !== 0),
  __lt__: compareSlot("__lt__", (c) => c < 0),
  __le__: compareSlot("__le__", (c) => c <= 0),
  __gt__: compareSlot("__gt__", (c) => c > 0),
  __ge__: compareSlot("__ge__", (c) => c >= 0),
  __round__: round,
  __format__: (self, args, kwnames) => {
    nargs(args, kwnames, "__format__", 1);
    const x = selfFloatM(self, "__format__");
    const spec = args[0]!;
    if (!isStr(spec)) throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
    // an empty spec is str(self), which a subclass may override
    if (jsString(spec) === "" && typeOf(self) !== floatType && typeof self === "object") return pyStr(self);
    try {
      return strFromJS(formatFloat(x, jsString(spec), typeName(self)));
    } catch (e) {
      throw pyErrorFromNumFmt(e);
    }
  },
  __getnewargs__: (self, args, kwnames) => {
    nargs(args, kwnames, "__getnewargs__", 0);
    return newTuple([new PyFloat(selfFloatM(self, "__getnewargs__"))]);
  },
  __sizeof__: (self, args, kwnames) => (nargs(args, kwnames, "__sizeof__", 0), 24),
  conjugate: (self, args, kwnames) => {
    nargs(args, kwnames, "conjugate", 0);
    return new PyFloat(selfFloatM(self, "conjugate"));
  },
  is_integer: (self, args, kwnames) => {
    nargs(args, kwnames, "is_integer", 0);
    return floatIsInteger(selfFloatM(self, "is_integer"));
  },
  as_integer_ratio: (self, args, kwnames) => {
    nargs(args, kwnames, "as_integer_ratio", 0);
    try {
      const [n, d] = floatAsIntegerRatio(selfFloatM(self, "as_integer_ratio"));
      return newTuple([norm(n), norm(d)]);
    } catch (e) {
      throw pyErrorFromNumFmt(e);
    }
  },
  hex: (self, args, kwnames) => {
    nargs(args, kwnames, "hex", 0);
    return floatHex(selfFloatM(self, "hex"));
  },
});

function norm(v: bigint): Int {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

defineClassMethods(floatType, {
  fromhex: (cls, args, kwnames) => {
    nargs(args, kwnames, "fromhex", 1);
    const s = args[0]!;
    if (!isStr(s)) throw typeError(`fromhex() argument must be str, not ${typeName(s)}`);
    let x: number;
    try {
      x = floatFromHex(jsString(s));
    } catch (e) {
      throw pyErrorFromNumFmt(e);
    }
    return cls === floatType ? new PyFloat(x) : call(cls, [new PyFloat(x)]);
  },
  __getformat__: (cls, args, kwnames) => {
    nargs(args, kwnames, "__getformat__", 1);
    const s = args[0]!;
    if (!isStr(s)) throw typeError(`__getformat__() argument must be str, not ${typeName(s)}`);
    const t = jsString(s);
    if (t !== "double" && t !== "float")
      throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
    return "IEEE, little-endian";
  },
});

defineGetSets(floatType, {
  real: [(self) => new PyFloat(selfFloatM(self, "real"))],
  imag: [(self) => (selfFloatM(self, "imag"), new PyFloat(0))],
});

floatType.dict.set("__new__", new PyBuiltinFunction("__new__", "float.__new__", floatNew, floatType));
floatType.vectorcall = (args, kwnames) =>
  kwnames === null && args.length === 1
    ? new PyFloat(floatFromObject(args[0]!))
    : floatNew([floatType, ...args], kwnames);
floatType.modified();

// memoryview's 'f' and 'd' formats produce floats; memoryview cannot import this module.
floatHook.make = (x) => new PyFloat(x);
