// The `_operator` module. Lib/operator.py defines every operator function in Python and
// replaces them with `from _operator import *`; this module provides what has no
// pure-Python fallback — `_compare_digest`, which hmac imports — the functions whose
// Python definitions differ from CPython's C ones (`index` calls `a.__index__()`, an
// AttributeError instead of PyNumber_Index's TypeError), and the callable types
// `itemgetter`, `attrgetter` and `methodcaller` as CPython's C types (_operator_getters.ts);
// operator.py keeps the rest.

import { index } from "../objects/abstract.js";
import { bufferOf } from "../objects/bytes.js";
import { typeError } from "../objects/exceptions.js";
import { builtinFunction } from "../objects/function.js";
import type { PyObject } from "../objects/object.js";
import { typeName } from "../objects/names.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { attrgetterType, itemgetterType, methodcallerType } from "./_operator_getters.js";
import { registerNativeModule } from "./registry.js";

/** Compares in time that depends only on the length of `b` (CPython's tscmp). */
function timingSafeEqual(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  let result = a.length === b.length ? 0 : 1;
  const left = a.length === b.length ? a : b;
  for (let i = 0; i < b.length; i++) result |= left[i]! ^ b[i]!;
  return result === 0;
}

function compareDigest(args: PyObject[]): PyObject {
  if (args.length !== 2) throw typeError(`_compare_digest expected 2 arguments, got ${args.length}`);
  const [a, b] = args as [PyObject, PyObject];
  if (isStr(a) && isStr(b)) {
    const sa = jsString(a),
      sb = jsString(b);
    if (/[^\x00-\x7f]/.test(sa) || /[^\x00-\x7f]/.test(sb))
      throw typeError("comparing strings with non-ASCII characters is not supported");
    const codes = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
    return timingSafeEqual(codes(sa), codes(sb));
  }
  const ba = isStr(a) ? undefined : bufferOf(a);
  const bb = isStr(b) ? undefined : bufferOf(b);
  if (ba === undefined || bb === undefined)
    throw typeError(
      `unsupported operand types(s) or combination of types: '${typeName(a)}' and '${typeName(b)}'`,
    );
  return timingSafeEqual(ba, bb);
}

/** `_operator.index(a, /)`: PyNumber_Index. */
function operatorIndex(args: PyObject[], kwnames: readonly string[] | null): PyObject {
  if (kwnames !== null && kwnames.length > 0) throw typeError("_operator.index() takes no keyword arguments");
  if (args.length !== 1)
    throw typeError(`_operator.index() takes exactly one argument (${args.length} given)`);
  return index(args[0]!);
}

registerNativeModule("_operator", () => ({
  __doc__: strFromJS(
    "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\n" +
      "to the intrinsic operators of Python.  For example, operator.add(x, y)\n" +
      "is equivalent to the expression x+y.  The function names are those\n" +
      "used for special methods; variants without leading and trailing\n'__' are also provided for convenience.",
  ),
  _compare_digest: builtinFunction("_compare_digest", compareDigest, "_operator"),
  index: builtinFunction("index", operatorIndex, "_operator"),
  itemgetter: itemgetterType,
  attrgetter: attrgetterType,
  methodcaller: methodcallerType,
}));
