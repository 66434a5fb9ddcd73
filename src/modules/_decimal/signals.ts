// The decimal signals: the exception classes (with CPython's multiple inheritance, e.g.
// DivisionByZero is also a ZeroDivisionError), their condition bits, and the SignalDict
// that `Context.flags` and `Context.traps` are — a live mapping from signal class to bool
// over a context's bit set. InvalidOperation stands for all its conditions (ConversionSyntax,
// DivisionImpossible, DivisionUndefined, InvalidContext); a trapped exception lists the
// precise ones, as libmpdec's flags_as_list does.

import { None, NotImplemented, typeType } from "../../objects/bootstrap.js";
import { call } from "../../objects/call.js";
import { exceptionType, newException, typeError, valueError, KeyError_ } from "../../objects/exceptions.js";
import { defineMethods } from "../../objects/function.js";
import { PyDict } from "../../objects/dict.js";
import { isTrue } from "../../objects/abstract.js";
import { PyList } from "../../objects/list.js";
import type { AttributeDict, PyObject, PyObjectBase } from "../../objects/object.js";
import { strFromJS } from "../../objects/str.js";
import { PyTuple } from "../../objects/tuple.js";
import { PyType } from "../../objects/type.js";
import { moduleIterType, moduleType } from "../itertools_helpers.js";
import type { NativeIter } from "../../objects/iterators.js";
import * as N from "./number.js";

export interface Signal {
  name: string;
  bits: number;
  cls: PyType;
}

/** Signals in CPython's signal_map order (the order of `flags` and trap priority). */
export const signals: Signal[] = [];
/** InvalidOperation's conditions, in cond_map order. */
export const conditions: Signal[] = [];
export let DecimalException: PyType;

function makeClass(name: string, bases: PyType[]): PyType {
  const ns = new PyDict();
  ns.setStr("__module__", "decimal");
  return call(typeType, [name, new PyTuple(bases), ns]) as PyType;
}

/** Creates the exception classes once (on the module's first import). */
export function makeSignals(): Record<string, PyType> {
  if (signals.length) return Object.fromEntries([...signals, ...conditions].map((s) => [s.name, s.cls]));
  const arith = exceptionType("ArithmeticError");
  const base = makeClass("DecimalException", [arith]);
  DecimalException = base;
  const cls: Record<string, PyType> = { DecimalException: base };
  const def = (name: string, bases: PyType[]) => (cls[name] = makeClass(name, bases));
  def("Clamped", [base]);
  def("InvalidOperation", [base]);
  def("ConversionSyntax", [cls.InvalidOperation!]);
  def("DivisionByZero", [base, exceptionType("ZeroDivisionError")]);
  def("DivisionImpossible", [cls.InvalidOperation!]);
  def("DivisionUndefined", [cls.InvalidOperation!, exceptionType("ZeroDivisionError")]);
  def("Inexact", [base]);
  def("InvalidContext", [cls.InvalidOperation!]);
  def("Rounded", [base]);
  def("Subnormal", [base]);
  def("Overflow", [cls.Inexact!, cls.Rounded!]);
  def("Underflow", [cls.Inexact!, cls.Rounded!, cls.Subnormal!]);
  def("FloatOperation", [base, exceptionType("TypeError")]);
  const order: [string, number][] = [
    ["InvalidOperation", N.IEEEInvalid],
    ["FloatOperation", N.FloatOperation],
    ["DivisionByZero", N.DivisionByZero],
    ["Overflow", N.Overflow],
    ["Underflow", N.Underflow],
    ["Subnormal", N.Subnormal],
    ["Inexact", N.Inexact],
    ["Rounded", N.Rounded],
    ["Clamped", N.Clamped],
  ];
  for (const [name, bits] of order) signals.push({ name, bits, cls: cls[name]! });
  const conds: [string, number][] = [
    ["InvalidOperation", N.InvalidOperation],
    ["ConversionSyntax", N.ConversionSyntax],
    ["DivisionImpossible", N.DivisionImpossible],
    ["DivisionUndefined", N.DivisionUndefined],
    ["InvalidContext", N.InvalidContext],
  ];
  for (const [name, bits] of conds) conditions.push({ name, bits, cls: cls[name]! });
  return cls;
}

/** The signal a class names, or undefined. */
export function signalOf(o: PyObject): Signal | undefined {
  return signals.find((s) => s.cls === o);
}

/** The exception for trapped conditions: the first trapped signal, with the list of all. */
export function trapException(bits: number): PyObject {
  const sig = signals.find((s) => s.bits & bits)!;
  const list: PyObject[] = [];
  for (const c of conditions) if (c.bits & bits) list.push(c.cls);
  for (const s of signals.slice(1)) if (s.bits & bits) list.push(s.cls);
  return newException(sig.cls, new PyList(list));
}

/** Signal names for a context's repr, in libmpdec's bit order, InvalidOperation once. */
export function signalNames(bits: number): string {
  const names: string[] = [];
  const byBit: [number, string][] = [
    [N.Clamped, "Clamped"],
    [N.ConversionSyntax, "InvalidOperation"],
    [N.DivisionByZero, "DivisionByZero"],
    [N.DivisionImpossible, "InvalidOperation"],
    [N.DivisionUndefined, "InvalidOperation"],
    [N.Inexact, "Inexact"],
    [N.InvalidContext, "InvalidOperation"],
    [N.InvalidOperation, "InvalidOperation"],
    [N.FloatOperation, "FloatOperation"],
    [N.Overflow, "Overflow"],
    [N.Rounded, "Rounded"],
    [N.Subnormal, "Subnormal"],
    [N.Underflow, "Underflow"],
  ];
  for (const [bit, name] of byBit) if (bits & bit && !names.includes(name)) names.push(name);
  return `[${names.join(", ")}]`;
}

/** Bits from a list of signals or a dict {signal: bool}. */
export function bitsFrom(o: PyObject, what: string): number {
  let bits = 0;
  if (o instanceof PyList || o instanceof PyTuple) {
    for (const item of o.items) {
      const s = signalOf(item);
      if (!s) throw keyError(what);
      bits |= s.bits;
    }
    return bits;
  }
  if (o instanceof PyDict || o instanceof PySignalDict) {
    const entries =
      o instanceof PyDict ? [...o.entriesIter()].map((e) => [e[0], e[1]] as const) : o.entries();
    if (entries.length !== signals.length) throw keyError(what);
    for (const [k, v] of entries) {
      const s = signalOf(k);
      if (!s) throw keyError(what);
      if (isTrue(v)) bits |= s.bits;
    }
    return bits;
  }
  throw typeError(`argument must be a signal dict`);
}

function keyError(what: string): PyObject {
  return newException(KeyError_, strFromJS(`invalid ${what} dict`));
}

// ---- SignalDict ----

export interface BitHolder {
  flags: number;
  traps: number;
}

export const signalDictType = moduleType("abc", "SignalDict");

export class PySignalDict implements PyObjectBase {
  type: PyType = signalDictType;
  dict: AttributeDict | null = null;
  constructor(
    readonly owner: BitHolder,
    readonly field: "flags" | "traps",
  ) {}

  get bits(): number {
    return this.owner[this.field];
  }
  entries(): (readonly [PyObject, PyObject])[] {
    return signals.map((s) => [s.cls, (this.bits & s.bits) !== 0] as const);
  }
}

function asSignalDict(o: PyObject): PySignalDict {
  if (!(o instanceof PySignalDict)) throw typeError("descriptor requires a 'SignalDict' object");
  return o;
}

function signalKey(k: PyObject): Signal {
  const s = signalOf(k);
  if (!s)
    throw newException(
      KeyError_,
      strFromJS(
        "valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n" +
          "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]",
      ),
    );
  return s;
}

const signalIterType = moduleIterType("decimal", "SignalDictIterator", false);

class SignalIter implements NativeIter {
  type = signalIterType;
  dict: AttributeDict | null = null;
  private i = 0;
  constructor(private readonly items: PyObject[]) {}
  nextValue(): PyObject | undefined {
    return this.i < this.items.length ? this.items[this.i++] : undefined;
  }
}

function toDict(d: PySignalDict): PyDict {
  const out = new PyDict();
  for (const [k, v] of d.entries()) out.set(k, v);
  return out;
}

defineMethods(signalDictType, {
  __getitem__: (self, args) => (asSignalDict(self).bits & signalKey(args[0]!).bits) !== 0,
  __setitem__(self, args) {
    const d = asSignalDict(self);
    const s = signalKey(args[0]!);
    if (isTrue(args[1]!)) d.owner[d.field] |= s.bits;
    else d.owner[d.field] &= ~s.bits;
    return None;
  },
  __delitem__() {
    throw valueError("signal keys cannot be deleted");
  },
  __len__: () => signals.length,
  __iter__: () => new SignalIter(signals.map((s) => s.cls)),
  __contains__: (_self, args) => signalOf(args[0]!) !== undefined,
  keys: () => new PyList(signals.map((s) => s.cls)),
  values: (self) =>
    new PyList(
      asSignalDict(self)
        .entries()
        .map((e) => e[1]),
    ),
  items: (self) =>
    new PyList(
      asSignalDict(self)
        .entries()
        .map((e) => new PyTuple([e[0], e[1]])),
    ),
  get(self, args) {
    const s = signalOf(args[0]!);
    if (!s) return args.length > 1 ? args[1]! : None;
    return (asSignalDict(self).bits & s.bits) !== 0;
  },
  copy: (self) => toDict(asSignalDict(self)),
  __repr__(self) {
    const parts = asSignalDict(self)
      .entries()
      .map(([k, v]) => `<class 'decimal.${(k as PyType).name}'>:${v ? "True" : "False"}`);
    return strFromJS(`{${parts.join(", ")}}`);
  },
  __eq__(self, args) {
    const o = args[0]!;
    const a = asSignalDict(self);
    if (o instanceof PySignalDict)
      return signals.every((s) => ((a.bits & s.bits) !== 0) === ((o.bits & s.bits) !== 0));
    if (o instanceof PyDict) {
      try {
        return bitsFrom(o, "signal") === a.bits;
      } catch {
        return false;
      }
    }
    return NotImplemented;
  },
});
signalDictType.dict.set("__hash__", None);
