// The `Context` type's Python surface (attributes with CPython's validation, the operation
// methods from ops.ts, create_decimal, copy, repr) and `localcontext`'s context manager.

import { None } from "../../objects/bootstrap.js";
import { typeError } from "../../objects/exceptions.js";
import {
  defineGetSets,
  defineMethods,
  methodWithSignature,
  type MethodCall,
} from "../../objects/function.js";
import { defineNew } from "../../objects/iterators.js";
import { floatValue } from "../../objects/float.js";
import { intValue } from "../../objects/int.js";
import { normaliseInt, type AttributeDict, type PyObject, type PyObjectBase } from "../../objects/object.js";
import { strFromJS } from "../../objects/str.js";
import { PyList } from "../../objects/list.js";
import { PyTuple } from "../../objects/tuple.js";
import type { PyType } from "../../objects/type.js";
import { moduleType, splitArgs } from "../itertools_helpers.js";
import * as A from "./arith.js";
import * as T from "./transcendental.js";
import * as N from "./number.js";
import { binaryOps, unaryOps } from "./ops.js";
import { bitsFrom, signals } from "./signals.js";
import {
  contextType,
  copyContext,
  getContext,
  newDecimal,
  operandOrRaise,
  PyContext,
  PyDecimal,
  setCapitals,
  setClamp,
  setContext,
  setEmax,
  setEmin,
  setPrec,
  setRounding,
} from "./context.js";
import { decFromObject, run, wrap } from "./decimal_type.js";

function ctx_(o: PyObject): PyContext {
  if (!(o instanceof PyContext)) throw typeError("descriptor requires a 'decimal.Context' object");
  return o;
}

const FIELDS = ["prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"];

/** Applies Context(...)/localcontext(...) keyword values; None leaves a field alone. */
export function applyFields(c: PyContext, values: (PyObject | undefined)[]): void {
  const [prec, rounding, emin, emax, capitals, clamp, flags, traps] = values;
  if (prec !== undefined && prec !== None) setPrec(c, prec);
  if (rounding !== undefined && rounding !== None) setRounding(c, rounding);
  if (emin !== undefined && emin !== None) setEmin(c, emin);
  if (emax !== undefined && emax !== None) setEmax(c, emax);
  if (capitals !== undefined && capitals !== None) setCapitals(c, capitals);
  if (clamp !== undefined && clamp !== None) setClamp(c, clamp);
  if (flags !== undefined && flags !== None) c.flags = bitsFrom(flags, "flags");
  if (traps !== undefined && traps !== None) c.traps = bitsFrom(traps, "traps");
}

function bindFields(
  args: PyObject[],
  kwnames: readonly string[] | null,
  allowPositional: boolean,
): (PyObject | undefined)[] {
  const { pos, kw } = splitArgs(args, kwnames);
  if (!allowPositional && pos.length) throw typeError("takes no positional arguments");
  if (pos.length > FIELDS.length)
    throw typeError(`Context() takes at most ${FIELDS.length} arguments (${pos.length} given)`);
  const values: (PyObject | undefined)[] = [...pos];
  for (const [k, v] of kw) {
    const i = FIELDS.indexOf(k);
    if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for this function`);
    values[i] = v;
  }
  return values;
}

defineNew(contextType, (cls) => {
  const c = contextType.newInstance!(cls) as PyContext;
  c.copyFrom(getDefaultTemplate());
  c.flags = 0;
  return c;
});

let defaultTemplate: PyContext | null = null;
export function setDefaultTemplate(c: PyContext): void {
  defaultTemplate = c;
}
function getDefaultTemplate(): PyContext {
  return defaultTemplate!;
}

function listOf(bits: number): PyList {
  return new PyList(signals.filter((s) => s.bits & bits).map((s) => s.cls));
}

const methods: Record<string, MethodCall> = {
  __init__(self, args, kwnames) {
    applyFields(ctx_(self), bindFields(args, kwnames, true));
    return None;
  },
  __repr__(self) {
    const c = ctx_(self);
    return strFromJS(
      `Context(prec=${c.precObj}, rounding=${c.rounding}, Emin=${c.emin}, Emax=${c.emax}, capitals=${c.capitals}, ` +
        `clamp=${c.clamp}, flags=${namesOf(c.flags)}, traps=${namesOf(c.traps)})`,
    );
  },
  Etiny: (self) => normaliseInt(BigInt(ctx_(self).emin) - BigInt(ctx_(self).precObj) + 1n),
  Etop: (self) => normaliseInt(BigInt(ctx_(self).emax) - BigInt(ctx_(self).precObj) + 1n),
  radix: () => newDecimal(new N.Dec(0, 10n, 0)),
  clear_flags(self) {
    ctx_(self).flags = 0;
    return None;
  },
  clear_traps(self) {
    ctx_(self).traps = 0;
    return None;
  },
  copy: (self) => copyContext(ctx_(self)),
  __copy__: (self) => copyContext(ctx_(self)),
  __reduce__(self) {
    const c = ctx_(self);
    return new PyTuple([
      c.type,
      new PyTuple([
        c.precObj,
        c.rounding,
        c.emin,
        c.emax,
        c.capitals,
        c.clamp,
        listOf(c.flags),
        listOf(c.traps),
      ]),
    ]);
  },
  create_decimal: methodWithSignature("create_decimal(num=?, /)", (self, num) => {
    const c = ctx_(self);
    return newDecimal(decFromObject(num ?? "0", c, false));
  }),
  create_decimal_from_float(self, args) {
    const c = ctx_(self);
    const f = floatValue(args[0]!);
    if (f === undefined && intValue(args[0]!) === undefined) throw typeError("argument must be int or float");
    const d = f !== undefined ? N.decFromDouble(f) : N.decFromBigInt(BigInt(intValue(args[0]!)!));
    return newDecimal(run(c, (w) => N.finalizeDec(d, w)));
  },
  copy_decimal: (_self, args) => newDecimal(operandOrRaise(args[0]!)),
  canonical(_self, args) {
    if (!(args[0] instanceof PyDecimal)) throw typeError("argument must be a Decimal");
    return args[0];
  },
  _apply: (self, args) => {
    const c = ctx_(self);
    return newDecimal(run(c, (w) => N.finalizeDec(operandOrRaise(args[0]!), w)));
  },
  divmod(self, args) {
    const c = ctx_(self);
    const a = operandOrRaise(args[0]!),
      b = operandOrRaise(args[1]!);
    const [q, r] = run(c, (w) => A.divmod(a, b, w));
    return new PyTuple([newDecimal(q), newDecimal(r)]);
  },
  fma(self, args) {
    const c = ctx_(self);
    const [a, b, d] = [0, 1, 2].map((i) => operandOrRaise(args[i]!)) as [N.Dec, N.Dec, N.Dec];
    return newDecimal(run(c, (w) => A.fma(a, b, d, w)));
  },
  power: methodWithSignature("power(a, b, modulo=?)", (self, a, b, m) => {
    const c = ctx_(self);
    const x = operandOrRaise(a!),
      y = operandOrRaise(b!);
    const z = m === undefined || m === None ? null : operandOrRaise(m);
    return newDecimal(run(c, (w) => (z ? T.powMod(x, y, z, w) : T.power(x, y, w))));
  }),
};

function namesOf(bits: number): string {
  const names: string[] = [];
  for (const s of signals) if (s.bits & bits) names.push(s.name);
  // CPython prints them in libmpdec's flag order.
  const order = [
    "Clamped",
    "InvalidOperation",
    "DivisionByZero",
    "Inexact",
    "FloatOperation",
    "Overflow",
    "Rounded",
    "Subnormal",
    "Underflow",
  ];
  names.sort((x, y) => order.indexOf(x) - order.indexOf(y));
  return `[${names.join(", ")}]`;
}

for (const [name, op] of Object.entries(unaryOps)) {
  if (name === "canonical") continue;
  methods[name] = (self, args) => {
    const c = ctx_(self);
    if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
    const a = operandOrRaise(args[0]!);
    return wrap(run(c, (w) => op(a, w, c)));
  };
}
for (const [name, op] of Object.entries(binaryOps)) {
  if (name === "power") continue;
  methods[name] = (self, args) => {
    const c = ctx_(self);
    if (args.length !== 2) throw typeError(`${name} expected 2 arguments, got ${args.length}`);
    const a = operandOrRaise(args[0]!),
      b = operandOrRaise(args[1]!);
    return wrap(run(c, (w) => op(a, b, w, c)));
  };
}

defineMethods(contextType, methods);

function setter(f: (c: PyContext, v: PyObject) => void): (self: PyObject, v: PyObject | null) => void {
  return (self, v) => {
    if (v === null) throw typeError("context attributes cannot be deleted");
    f(ctx_(self), v);
  };
}

defineGetSets(contextType, {
  prec: [(self) => ctx_(self).precObj, setter(setPrec)],
  rounding: [(self) => ctx_(self).rounding, setter(setRounding)],
  Emin: [(self) => ctx_(self).emin, setter(setEmin)],
  Emax: [(self) => ctx_(self).emax, setter(setEmax)],
  capitals: [(self) => ctx_(self).capitals, setter(setCapitals)],
  clamp: [(self) => ctx_(self).clamp, setter(setClamp)],
  flags: [(self) => ctx_(self).flagsDict, setter((c, v) => (c.flags = bitsFrom(v, "flags")))],
  traps: [(self) => ctx_(self).trapsDict, setter((c, v) => (c.traps = bitsFrom(v, "traps")))],
});

// ---- localcontext ----

const managerType = moduleType("decimal", "ContextManager", undefined, false);

class PyContextManager implements PyObjectBase {
  type: PyType = managerType;
  dict: AttributeDict | null = null;
  saved: PyContext | null = null;
  constructor(readonly local: PyContext) {}
}

defineMethods(managerType, {
  __enter__(self) {
    const m = self as PyContextManager;
    m.saved = getContext();
    setContext(m.local);
    return m.local;
  },
  __exit__(self) {
    const m = self as PyContextManager;
    setContext(m.saved!);
    return false;
  },
});

export function localcontext(args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const { pos, kw } = splitArgs(args, kwnames);
  if (pos.length > 1) throw typeError(`localcontext() takes at most 1 argument (${pos.length} given)`);
  let base: PyObject = pos.length ? pos[0]! : None;
  const values: (PyObject | undefined)[] = [];
  for (const [k, v] of kw) {
    if (k === "ctx" && pos.length === 0) {
      base = v;
      continue;
    }
    const i = FIELDS.indexOf(k);
    if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for this function`);
    values[i] = v;
  }
  if (base !== None && !(base instanceof PyContext)) throw typeError("optional argument must be a context");
  const local = copyContext(base === None ? getContext() : (base as PyContext));
  applyFields(local, values);
  return new PyContextManager(local);
}

export { contextType };
