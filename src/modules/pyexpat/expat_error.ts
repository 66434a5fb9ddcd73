// xml.parsers.expat.ExpatError (also pyexpat.error): a plain Exception subclass whose
// instances get `code`, `lineno` and `offset` when the parser raises them.

import { typeType } from "../../objects/bootstrap.js";
import { call } from "../../objects/call.js";
import { PyDict } from "../../objects/dict.js";
import { exceptionType } from "../../objects/exceptions.js";
import { PyTuple } from "../../objects/tuple.js";
import type { PyType } from "../../objects/type.js";

let errorType: PyType | null = null;

export function expatError(): PyType {
  if (errorType === null) {
    const ns = new PyDict();
    ns.setStr("__module__", "xml.parsers.expat");
    errorType = call(typeType, ["ExpatError", new PyTuple([exceptionType("Exception")]), ns]) as PyType;
  }
  return errorType;
}
