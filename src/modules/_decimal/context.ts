// The Python side of decimal's arithmetic context: the `Decimal` object itself (a `Dec`
// value in a Python object), the `Context` object, the current context (getcontext,
// setcontext) and the conversions of Python operands that every operation shares. An
// operation runs on a fresh `Ctx` made from a Context, then `finish` adds its conditions to
// the context's flags and raises the trapped ones.

import { None } from "../../objects/bootstrap.js";
import { typeError, valueError } from "../../objects/exceptions.js";
import { floatValue } from "../../objects/float.js";
import { intValue } from "../../objects/int.js";
import {
  newAttributeDict,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
} from "../../objects/object.js";
import type { Int } from "../../objects/int.js";
import type { PyType } from "../../objects/type.js";
import { typeName } from "../../objects/names.js";
import { moduleType } from "../itertools_helpers.js";
import * as N from "./number.js";
import { PySignalDict, trapException } from "./signals.js";

export const decimalType = moduleType("decimal", "Decimal");
export const contextType = moduleType("decimal", "Context");

export class PyDecimal implements PyObjectBase {
  dict: AttributeDict | null = null;
  constructor(
    readonly dec: N.Dec,
    public type: PyType = decimalType,
  ) {}
}

decimalType.newInstance = (t) => {
  const d = new PyDecimal(N.zero(0, 0), t);
  if (t.hasInstanceDict) d.dict = newAttributeDict();
  return d;
};

export function newDecimal(d: N.Dec, cls: PyType = decimalType): PyDecimal {
  const o = new PyDecimal(d, cls);
  if (cls !== decimalType && cls.hasInstanceDict) o.dict = newAttributeDict();
  return o;
}

export const DEFAULT_TRAPS = N.IEEEInvalid | N.DivisionByZero | N.Overflow;

export class PyContext implements PyObjectBase {
  dict: AttributeDict | null = null;
  prec = 28;
  /** The exact prec (MAX_PREC is beyond a double's integers); `prec` is for arithmetic. */
  precObj: Int = 28;
  rounding: N.Rounding = "ROUND_HALF_EVEN";
  emin: Int = -999999;
  emax: Int = 999999;
  capitals = 1;
  clamp = 0;
  flags = 0;
  traps = DEFAULT_TRAPS;
  readonly flagsDict = new PySignalDict(this, "flags");
  readonly trapsDict = new PySignalDict(this, "traps");
  constructor(public type: PyType = contextType) {}

  work(): N.Ctx {
    return {
      prec: this.prec,
      rounding: this.rounding,
      emin: Number(this.emin),
      emax: Number(this.emax),
      clamp: this.clamp,
      status: 0,
    };
  }

  copyFrom(o: PyContext): void {
    this.prec = o.prec;
    this.precObj = o.precObj;
    this.rounding = o.rounding;
    this.emin = o.emin;
    this.emax = o.emax;
    this.capitals = o.capitals;
    this.clamp = o.clamp;
    this.flags = o.flags;
    this.traps = o.traps;
  }
}

contextType.newInstance = (t) => {
  const c = new PyContext(t);
  if (t.hasInstanceDict) c.dict = newAttributeDict();
  return c;
};

export function copyContext(c: PyContext): PyContext {
  // CPython's copy is always a plain Context, whatever the original's class.
  const n = new PyContext(contextType);
  n.copyFrom(c);
  return n;
}

/** Adds an operation's conditions to the context's flags; raises if any is trapped. */
export function finish(c: PyContext, status: number): void {
  if (status === 0) return;
  c.flags |= status;
  const trapped = status & c.traps;
  if (trapped) throw trapException(trapped);
}

// ---- templates and the current context ----

function template(prec: number, rounding: N.Rounding, traps: number): PyContext {
  const c = new PyContext();
  c.prec = prec;
  c.precObj = prec;
  c.rounding = rounding;
  c.traps = traps;
  return c;
}

export const defaultContext = template(28, "ROUND_HALF_EVEN", DEFAULT_TRAPS);
export const basicContext = template(
  9,
  "ROUND_HALF_UP",
  N.Clamped | N.IEEEInvalid | N.DivisionByZero | N.Overflow | N.Underflow,
);
export const extendedContext = template(9, "ROUND_HALF_EVEN", 0);

let current: PyContext | null = null;

export function getContext(): PyContext {
  if (current === null) {
    current = copyContext(defaultContext);
    current.flags = 0;
  }
  return current;
}

export function setContext(v: PyObject): void {
  if (!(v instanceof PyContext)) throw typeError("argument must be a context");
  if (v === defaultContext || v === basicContext || v === extendedContext) {
    const c = copyContext(v);
    c.flags = 0;
    current = c;
  } else current = v;
}

/** The `context=` argument of a method: the current context when None or absent. */
export function contextArg(o: PyObject | undefined): PyContext {
  if (o === undefined || o === None) return getContext();
  if (!(o instanceof PyContext)) throw typeError("optional argument must be a context");
  return o;
}

// ---- operands ----

/** An int or Decimal operand as a Dec; undefined for other types. */
export function operand(o: PyObject): N.Dec | undefined {
  if (o instanceof PyDecimal) return o.dec;
  const i = intValue(o);
  if (i !== undefined) return N.decFromBigInt(BigInt(i));
  return undefined;
}

export function operandOrRaise(o: PyObject): N.Dec {
  const d = operand(o);
  if (d === undefined) throw typeError(`conversion from ${typeName(o)} to Decimal is not supported`);
  return d;
}

/** A float as a Decimal operand, setting FloatOperation (raised only if trapped). */
export function floatOperand(o: PyObject, c: PyContext): N.Dec | undefined {
  const f = floatValue(o);
  if (f === undefined) return undefined;
  finish(c, N.FloatOperation);
  return N.decFromDouble(f);
}

// ---- context attributes ----

export const ROUNDING_ERROR =
  "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]";

export function setPrec(c: PyContext, v: PyObject): void {
  const n = intArg(v);
  if (n < 1 || n > 999999999999999999n) throw valueError("valid range for prec is [1, MAX_PREC]");
  c.prec = Number(n);
  c.precObj = n;
}

export function setRounding(c: PyContext, v: PyObject): void {
  if (typeof v !== "string" || !(N.ROUNDINGS as readonly string[]).includes(v))
    throw typeError(ROUNDING_ERROR);
  c.rounding = v as N.Rounding;
}

export function setEmin(c: PyContext, v: PyObject): void {
  const n = intArg(v);
  if (n > 0 || n < -999999999999999999n) throw valueError("valid range for Emin is [MIN_EMIN, 0]");
  c.emin = n;
}

export function setEmax(c: PyContext, v: PyObject): void {
  const n = intArg(v);
  if (n < 0 || n > 999999999999999999n) throw valueError("valid range for Emax is [0, MAX_EMAX]");
  c.emax = n;
}

export function setCapitals(c: PyContext, v: PyObject): void {
  const n = intArg(v);
  if (n !== 0 && n !== 1) throw valueError("valid values for capitals are 0 or 1");
  c.capitals = n;
}

export function setClamp(c: PyContext, v: PyObject): void {
  const n = intArg(v);
  if (n !== 0 && n !== 1) throw valueError("valid values for clamp are 0 or 1");
  c.clamp = n;
}

function intArg(v: PyObject): Int {
  const n = intValue(v);
  if (n === undefined) throw typeError("an integer is required");
  return n;
}
