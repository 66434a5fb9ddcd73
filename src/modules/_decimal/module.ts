// The `_decimal` module that Lib/decimal.py re-exports: Decimal, Context, the signals,
// the template contexts, getcontext/setcontext/localcontext, the rounding constants and
// libmpdec's limits. DecimalTuple is a collections.namedtuple, as CPython makes it.

import { None } from "../../objects/bootstrap.js";
import { call } from "../../objects/call.js";
import { getAttrOpt } from "../../objects/abstract.js";
import { builtinFunction } from "../../objects/function.js";
import type { PyObject } from "../../objects/object.js";
import { builtinsHooks } from "../builtins.js";
import { registerNativeModule } from "../registry.js";
import { ROUNDINGS } from "./number.js";
import { makeSignals } from "./signals.js";
import {
  basicContext,
  contextType,
  decimalType,
  defaultContext,
  extendedContext,
  getContext,
  setContext,
} from "./context.js";
import { setDecimalTuple } from "./decimal_type.js";
import { localcontext, setDefaultTemplate } from "./context_type.js";

const DOC = "C decimal arithmetic module";

registerNativeModule("_decimal", () => {
  const classes = makeSignals();
  for (const c of [defaultContext, basicContext, extendedContext]) c.type = contextType;
  setDefaultTemplate(defaultContext);
  const collections = builtinsHooks.importModule(["collections"], null);
  const namedtuple = getAttrOpt(collections, "namedtuple")!;
  const decimalTuple = call(namedtuple, ["DecimalTuple", "sign digits exponent", "decimal"], ["module"]);
  setDecimalTuple(decimalTuple);
  const numbers = builtinsHooks.importModule(["numbers"], null);
  const numberAbc = getAttrOpt(numbers, "Number");
  if (numberAbc) call(getAttrOpt(numberAbc, "register")!, [decimalType]);
  const ns: Record<string, PyObject> = {
    __doc__: DOC,
    __version__: "1.70",
    __libmpdec_version__: "2.5.1",
    Decimal: decimalType,
    Context: contextType,
    DecimalTuple: decimalTuple,
    DefaultContext: defaultContext,
    BasicContext: basicContext,
    ExtendedContext: extendedContext,
    getcontext: builtinFunction("getcontext", () => getContext(), "decimal"),
    setcontext: builtinFunction(
      "setcontext",
      (args) => {
        setContext(args[0] ?? None);
        return None;
      },
      "decimal",
    ),
    localcontext: builtinFunction("localcontext", localcontext, "decimal"),
    MAX_PREC: 999999999999999999n,
    MAX_EMAX: 999999999999999999n,
    MIN_EMIN: -999999999999999999n,
    MIN_ETINY: -1999999999999999997n,
    HAVE_THREADS: true,
    HAVE_CONTEXTVAR: true,
    ...classes,
  };
  for (const r of ROUNDINGS) ns[r] = r;
  return ns;
});
