// Python's complex, following CPython's complexobject.c arithmetic so that results agree
// bit for bit: products without fused rounding, division by Smith's method (the larger
// of |b.real|, |b.imag| is divided into the other), small integral powers by repeated
// squaring (c_powu) and other powers through polar form, with errno-like error tracking
// (a zero base to a negative/complex power is EDOM -> ZeroDivisionError, an infinite part
// of the result is ERANGE -> OverflowError).

import { complexType, floatType, None, NotImplemented } from "./bootstrap.js";
import { callSpecial } from "./call.js";
import { typeError, valueError, zeroDivisionError, overflowError } from "./exceptions.js";
import {
  PyBuiltinFunction,
  defineReadonlyMembers,
  defineMethods,
  type KwNames,
  type MethodCall,
} from "./function.js";
import { typeName } from "./names.js";
import { newAttributeDict, typeOf, type AttributeDict, type PyObject, type PyObjectBase } from "./object.js";
import { isStr, jsString, strFromJS } from "./str.js";
import { PyType } from "./type.js";
import { hashComplexParts, hashDouble, identityHash } from "./number_hash.js";
import { newTuple } from "./tuple.js";
import { repr as pyRepr, str as pyStr } from "./abstract.js";
import { warnStrictSubclassResult } from "./warnings.js";
import { intToDouble, intValue, pyErrorFromNumFmt, type Int } from "./int.js";
import { complexRepr, formatComplex, transformDecimalAndSpace } from "../support/numfmt/index.js";
import { NEGATIVE_NAN } from "../support/numfmt/parse.js";
import { atan2, cos, exp, hypot, log, pow, sin } from "../support/libm/index.js";

export class PyComplex implements PyObjectBase {
  dict: AttributeDict | null = null;
  constructor(
    public real: number,
    public imag: number,
    public type: PyType = complexType,
  ) {}
}

complexType.newInstance = (t) => {
  const c = new PyComplex(0, 0, t);
  c.dict = t.hasInstanceDict ? newAttributeDict() : null;
  return c;
};

export function newComplex(re: number, im: number): PyComplex {
  return new PyComplex(re, im);
}

function floatOf(o: PyObject): number | undefined {
  if (typeof o === "object" && o.type.isSubtypeOf(floatType))
    return (o as unknown as { value: number }).value;
  return undefined;
}

// ---- CPython's complex arithmetic on parts ----

const C = { re: 0, im: 0, errno: 0 };
const EDOM = 33;
const ERANGE = 34;

function prod(ar: number, ai: number, br: number, bi: number): void {
  C.re = ar * br - ai * bi;
  C.im = ar * bi + ai * br;
}

/** Smith's division; division by zero sets EDOM. */
function quot(ar: number, ai: number, br: number, bi: number): void {
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) {
      C.errno = EDOM;
      C.re = 0;
      C.im = 0;
    } else {
      const ratio = bi / br;
      const denom = br + bi * ratio;
      C.re = (ar + ai * ratio) / denom;
      C.im = (ai - ar * ratio) / denom;
    }
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    C.re = (ar * ratio + ai) / denom;
    C.im = (ai * ratio - ar) / denom;
  } else {
    C.re = NaN;
    C.im = NaN;
  }
}

function powGeneral(ar: number, ai: number, br: number, bi: number): void {
  if (br === 0 && bi === 0) {
    C.re = 1;
    C.im = 0;
    return;
  }
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) C.errno = EDOM;
    C.re = 0;
    C.im = 0;
    return;
  }
  const vabs = hypot(ar, ai);
  let len = pow(vabs, br);
  if (len === Infinity && isFinite(vabs) && isFinite(br)) C.errno = ERANGE;
  const at = atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    const e = exp(at * bi);
    if (e === Infinity && isFinite(at * bi)) C.errno = ERANGE;
    len /= e;
    phase += bi * log(vabs);
  }
  if (!isFinite(phase) && phase === phase) C.errno = EDOM; // cos/sin of an infinity
  C.re = len * cos(phase);
  C.im = len * sin(phase);
}

function powUnsigned(ar: number, ai: number, n: number): void {
  let rr = 1;
  let ri = 0;
  let pr = ar;
  let pi = ai;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) {
      prod(rr, ri, pr, pi);
      rr = C.re;
      ri = C.im;
    }
    mask <<= 1;
    prod(pr, pi, pr, pi);
    pr = C.re;
    pi = C.im;
  }
  C.re = rr;
  C.im = ri;
}

function powInt(ar: number, ai: number, n: number): void {
  if (n > 0) powUnsigned(ar, ai, n);
  else {
    powUnsigned(ar, ai, -n);
    quot(1, 0, C.re, C.im);
  }
}

/** a ** b on parts, with CPython's errors; the result as a new PyComplex. */
export function complexPowParts(ar: number, ai: number, br: number, bi: number): PyComplex {
  C.errno = 0;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) powInt(ar, ai, br);
  else powGeneral(ar, ai, br, bi);
  const re = C.re;
  const im = C.im;
  if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) {
    if (C.errno === 0) C.errno = ERANGE;
  } else if (C.errno === ERANGE) C.errno = 0;
  if (C.errno === EDOM) throw zeroDivisionError("0.0 to a negative or complex power");
  if (C.errno === ERANGE) throw overflowError("complex exponentiation");
  return new PyComplex(re, im);
}

export function complexDivParts(ar: number, ai: number, br: number, bi: number): PyComplex {
  C.errno = 0;
  quot(ar, ai, br, bi);
  if (C.errno === EDOM) throw zeroDivisionError("complex division by zero");
  return new PyComplex(C.re, C.im);
}

export function complexMulParts(ar: number, ai: number, br: number, bi: number): PyComplex {
  prod(ar, ai, br, bi);
  return new PyComplex(C.re, C.im);
}

export function complexAbs(re: number, im: number): number {
  const r = hypot(re, im);
  if (r === Infinity && isFinite(re) && isFinite(im)) throw overflowError("absolute value too large");
  return r;
}

export function complexHash(c: PyComplex): number | bigint {
  const hr = c.real !== c.real ? identityHash(c) : hashDouble(c.real);
  const hi = c.imag !== c.imag ? identityHash(c) : hashDouble(c.imag);
  return hashComplexParts(hr, hi);
}

// ---- operands ----

const OP = { re: 0, im: 0 };

/** Reads a complex, float or int operand into OP; false -> NotImplemented. */
function operand(o: PyObject): boolean {
  if (o instanceof PyComplex) {
    OP.re = o.real;
    OP.im = o.imag;
    return true;
  }
  const f = floatOf(o);
  if (f !== undefined) {
    OP.re = f;
    OP.im = 0;
    return true;
  }
  const i = intValue(o);
  if (i === undefined) return false;
  OP.re = intToDouble(i);
  OP.im = 0;
  return true;
}

function selfComplex(self: PyObject, name: string): PyComplex {
  if (self instanceof PyComplex) return self;
  throw typeError(`descriptor '${name}' requires a 'complex' object but received a '${typeName(self)}'`);
}

function nargs(args: PyObject[], kwnames: KwNames, name: string, n: number): void {
  if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

type PartsOp = (ar: number, ai: number, br: number, bi: number) => PyComplex;

function binarySlot(name: string, f: PartsOp, reflected: boolean): MethodCall {
  return (self, args, kwnames) => {
    nargs(args, kwnames, name, 1);
    const a = selfComplex(self, name);
    if (!operand(args[0]!)) return NotImplemented;
    return reflected ? f(OP.re, OP.im, a.real, a.imag) : f(a.real, a.imag, OP.re, OP.im);
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
    const a = selfComplex(self, name);
    if (!operand(args[0]!)) return NotImplemented;
    if (args[1] !== undefined && args[1] !== None) throw valueError("complex modulo");
    return reflected
      ? complexPowParts(OP.re, OP.im, a.real, a.imag)
      : complexPowParts(a.real, a.imag, OP.re, OP.im);
  };
}

function compareFloatIntExact(x: number, i: Int): boolean {
  if (typeof i === "number") return x === i;
  return isFinite(x) && Math.floor(x) === x && BigInt(x) === i;
}

function eqSlot(negate: boolean): MethodCall {
  const name = negate ? "__ne__" : "__eq__";
  return (self, args, kwnames) => {
    nargs(args, kwnames, name, 1);
    const a = selfComplex(self, name);
    const o = args[0]!;
    let eq: boolean;
    const i = intValue(o);
    if (i !== undefined) eq = a.imag === 0 && compareFloatIntExact(a.real, i);
    else if (!operand(o)) return NotImplemented;
    else eq = a.real === OP.re && a.imag === OP.im;
    return negate ? !eq : eq;
  };
}

function orderSlot(name: string): MethodCall {
  return (self, args, kwnames) => {
    nargs(args, kwnames, name, 1);
    selfComplex(self, name);
    return NotImplemented;
  };
}

function unarySlot(name: string, f: (c: PyComplex) => PyObject): MethodCall {
  return (self, args, kwnames) => {
    nargs(args, kwnames, name, 0);
    return f(selfComplex(self, name));
  };
}

// ---- complex() ----

const NUM = String.raw`(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)`;
const COMPLEX_RE = new RegExp(
  String.raw`^(?:([+-]?${NUM})|([+-]?${NUM})?([+-])?(${NUM})?[jJ]|([+-]?${NUM})([+-])(${NUM})?[jJ])$`,
  "i",
);

function num(s: string): number {
  const t = s.replace(/_/g, "");
  // "-nan" keeps its sign bit, as float("-nan")
  if (/^[+-]?nan$/i.test(t)) return t[0] === "-" ? NEGATIVE_NAN : NaN;
  return Number(t.replace(/^([+-]?)inf(inity)?$/i, "$1Infinity"));
}

function malformed(): never {
  throw valueError("complex() arg is a malformed string");
}

/** complex(s) for a str s. */
export function complexFromString(text: string): [number, number] {
  let s = transformDecimalAndSpace(text)
    .trim()
    .replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, "");
  // _Py_string_to_number_with_underscores: an underscore not between two digits is its
  // own error, with the argument's repr.
  if (s.includes("_") && /(^|[^0-9])_|_([^0-9]|$)/.test(s))
    throw valueError(`could not convert string to complex: ${jsString(pyRepr(strFromJS(text)))}`);
  if (s.startsWith("(")) {
    if (!s.endsWith(")")) malformed();
    s = s.slice(1, -1).replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, "");
  }
  const m = COMPLEX_RE.exec(s);
  if (!m) malformed();
  if (m[1] !== undefined) return [num(m[1]), 0];
  if (m[5] !== undefined) {
    const im = m[7] === undefined ? 1 : num(m[7]);
    return [num(m[5]), m[6] === "-" ? -im : im];
  }
  // imaginary only: [sign-or-number][sign][number]j
  const lead = m[2];
  const sign = m[3];
  const mag = m[4];
  if (lead !== undefined && sign === undefined && mag === undefined) return [0, num(lead)];
  // "1..1j", "1e1.1j": two numbers need a sign between them
  if (lead !== undefined && sign === undefined) malformed();
  if (lead !== undefined) {
    // "1+j" was matched by the third alternative; here lead is a real part with "+j"/"-j"
    const im = mag === undefined ? 1 : num(mag);
    return [num(lead), sign === "-" ? -im : im];
  }
  const im = mag === undefined ? 1 : num(mag);
  return [0, sign === "-" ? -im : im];
}

function floatArg(o: PyObject, message: string): number {
  const f = floatOf(o);
  if (f !== undefined) return f;
  const i = intValue(o);
  if (i !== undefined && typeof o !== "object") return intToDouble(i);
  const t = typeOf(o);
  if (t.lookup("__float__") !== undefined) {
    const r = callSpecial(o, "__float__")!;
    const v = floatOf(r);
    if (v === undefined) throw typeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    return v;
  }
  if (t.lookup("__index__") !== undefined) {
    const r = callSpecial(o, "__index__")!;
    const v = intValue(r);
    if (v === undefined) throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
    return intToDouble(v);
  }
  if (i !== undefined) return intToDouble(i);
  throw typeError(message);
}

/** `__complex__` of an object, or undefined when it has none. */
function tryComplexDunder(o: PyObject): PyComplex | undefined {
  if (typeOf(o).lookup("__complex__") === undefined) return undefined;
  const r = callSpecial(o, "__complex__")!;
  if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeName(r)})`);
  if (r.type !== complexType) warnStrictSubclassResult("__complex__", "complex", typeName(r));
  return r;
}

function complexNew(args: PyObject[], kwnames: KwNames): PyObject {
  const cls = args[0];
  if (!(cls instanceof PyType))
    throw typeError(`complex.__new__(X): X is not a type object (${typeName(cls!)})`);
  if (!cls.isSubtypeOf(complexType))
    throw typeError(`complex.__new__(${cls.name}): ${cls.name} is not a subtype of complex`);
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - 1 - nkw;
  if (npos > 2) throw typeError(`complex() takes at most 2 arguments (${npos} given)`);
  let r: PyObject | undefined = npos > 0 ? args[1] : undefined;
  let i: PyObject | undefined = npos > 1 ? args[2] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const v = args[1 + npos + k]!;
    if (name === "real" && r === undefined) r = v;
    else if (name === "imag" && i === undefined) i = v;
    else if (name === "real" || name === "imag")
      throw typeError(
        `argument for complex() given by name ('${name}') and position (${name === "real" ? 1 : 2})`,
      );
    else throw typeError(`'${name}' is an invalid keyword argument for complex()`);
  }
  const make = (re: number, im: number): PyObject => {
    if (cls === complexType) return new PyComplex(re, im);
    const c = new PyComplex(re, im, cls);
    c.dict = cls.hasInstanceDict ? newAttributeDict() : null;
    return c;
  };
  if (r === undefined) r = 0;
  if (isStr(r)) {
    if (i !== undefined) throw typeError("complex() can't take second arg if first is a string");
    try {
      const [re, im] = complexFromString(jsString(r));
      return make(re, im);
    } catch (e) {
      throw pyErrorFromNumFmt(e);
    }
  }
  if (i !== undefined && isStr(i)) throw typeError("complex() second arg can't be a string");
  if (r instanceof PyComplex && r.type === complexType && i === undefined && cls === complexType) return r;
  let crRe: number;
  let crIm = 0;
  let crIsComplex = false;
  const viaDunder = tryComplexDunder(r);
  if (viaDunder !== undefined) {
    crRe = viaDunder.real;
    crIm = viaDunder.imag;
    crIsComplex = true;
  } else if (r instanceof PyComplex) {
    crRe = r.real;
    crIm = r.imag;
    crIsComplex = true;
  } else {
    crRe = floatArg(r, `complex() first argument must be a string or a number, not '${typeName(r)}'`);
  }
  let ciRe: number;
  let ciIm = 0;
  let ciIsComplex = false;
  if (i === undefined) ciRe = crIm;
  else if (i instanceof PyComplex) {
    ciRe = i.real;
    ciIm = i.imag;
    ciIsComplex = true;
  } else ciRe = floatArg(i, `complex() second argument must be a number, not '${typeName(i)}'`);
  if (ciIsComplex) crRe -= ciIm;
  if (crIsComplex && i !== undefined) ciRe += crIm;
  return make(crRe, ciRe);
}

defineMethods(complexType, {
  __add__: binarySlot("__add__", (ar, ai, br, bi) => new PyComplex(ar + br, ai + bi), false),
  __radd__: binarySlot("__radd__", (ar, ai, br, bi) => new PyComplex(ar + br, ai + bi), true),
  __sub__: binarySlot("__sub__", (ar, ai, br, bi) => new PyComplex(ar - br, ai - bi), false),
  __rsub__: binarySlot("__rsub__", (ar, ai, br, bi) => new PyComplex(ar - br, ai - bi), true),
  __mul__: binarySlot("__mul__", complexMulParts, false),
  __rmul__: binarySlot("__rmul__", complexMulParts, true),
  __truediv__: binarySlot("__truediv__", complexDivParts, false),
  __rtruediv__: binarySlot("__rtruediv__", complexDivParts, true),
  __pow__: powSlot(false),
  __rpow__: powSlot(true),
  __neg__: unarySlot("__neg__", (c) => new PyComplex(-c.real, -c.imag)),
  __pos__: unarySlot("__pos__", (c) => (c.type === complexType ? c : new PyComplex(c.real, c.imag))),
  __abs__: unarySlot("__abs__", (c) => floatBoxC(complexAbs(c.real, c.imag))),
  __bool__: unarySlot("__bool__", (c) => c.real !== 0 || c.imag !== 0),
  __complex__: unarySlot("__complex__", (c) => (c.type === complexType ? c : new PyComplex(c.real, c.imag))),
  __hash__: unarySlot("__hash__", complexHash),
  __repr__: unarySlot("__repr__", (c) => complexRepr(c.real, c.imag)),
  __eq__: eqSlot(false),
  __ne__: eqSlot(true),
  __lt__: orderSlot("__lt__"),
  __le__: orderSlot("__le__"),
  __gt__: orderSlot("__gt__"),
  __ge__: orderSlot("__ge__"),
  __format__: (self, args, kwnames) => {
    nargs(args, kwnames, "__format__", 1);
    const c = selfComplex(self, "__format__");
    const spec = args[0]!;
    if (!isStr(spec)) throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
    // an empty spec is str(self), which a subclass may override
    if (jsString(spec) === "" && typeOf(self) !== complexType && typeof self === "object") return pyStr(self);
    try {
      return strFromJS(formatComplex(c.real, c.imag, jsString(spec), typeName(self)));
    } catch (e) {
      throw pyErrorFromNumFmt(e);
    }
  },
  __getnewargs__: unarySlot("__getnewargs__", (c) => newTuple([floatBoxC(c.real), floatBoxC(c.imag)])),
  conjugate: unarySlot("conjugate", (c) => new PyComplex(c.real, -c.imag)),
});

/** Boxing of doubles, installed by float.ts (which imports this module). */
export const complexFloatBox: { box: (x: number) => PyObject } = {
  box: () => {
    throw new Error("float not initialised");
  },
};
function floatBoxC(x: number): PyObject {
  return complexFloatBox.box(x);
}

defineReadonlyMembers(complexType, {
  real: [(self) => floatBoxC(selfComplex(self, "real").real), "the real part of a complex number"],
  imag: [(self) => floatBoxC(selfComplex(self, "imag").imag), "the imaginary part of a complex number"],
});

complexType.dict.set("__new__", new PyBuiltinFunction("__new__", "complex.__new__", complexNew, complexType));
complexType.modified();
