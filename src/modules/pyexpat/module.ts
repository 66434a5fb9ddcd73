// The pyexpat module: ParserCreate, ErrorString, ExpatError, the version constants, and
// the `errors` and `model` submodules that Lib/xml/parsers/expat.py re-exports.

import { None } from "../../objects/bootstrap.js";
import { PyDict } from "../../objects/dict.js";
import { typeError, valueError } from "../../objects/exceptions.js";
import { builtinFunction, parseKw } from "../../objects/function.js";
import { newModule } from "../../objects/module.js";
import { typeName } from "../../objects/names.js";
import type { PyObject } from "../../objects/object.js";
import { isStr, jsString, strFromJS, strLength } from "../../objects/str.js";
import { PyList } from "../../objects/list.js";
import { PyTuple } from "../../objects/tuple.js";
import { intValue } from "../../objects/int.js";
import { registerNativeModule } from "../registry.js";
import { ERRORS, errorString, MODEL_CONSTANTS } from "./errors.js";
import { expatError } from "./expat_error.js";
import { PyXmlParser, xmlparserType } from "./xmlparser.js";

function errorsModule(): PyObject {
  const m = newModule("pyexpat.errors", strFromJS("Constants used to describe error conditions."));
  const codes = new PyDict();
  const messages = new PyDict();
  for (let code = 1; code < ERRORS.length; code++) {
    const [name, msg] = ERRORS[code]!;
    m.namespace.setStr(`XML_ERROR_${name}`, strFromJS(msg));
    codes.set(strFromJS(msg), code);
    messages.set(code, strFromJS(msg));
  }
  m.namespace.setStr("codes", codes);
  m.namespace.setStr("messages", messages);
  return m;
}

function modelModule(): PyObject {
  const m = newModule("pyexpat.model", strFromJS("Constants used to interpret content model information."));
  for (const [k, v] of Object.entries(MODEL_CONSTANTS)) m.namespace.setStr(k, v);
  return m;
}

function optStr(v: PyObject | undefined, what: string): string | null {
  if (v === undefined || v === None) return null;
  if (!isStr(v)) throw typeError(`ParserCreate() argument '${what}' must be str or None, not ${typeName(v)}`);
  return jsString(v);
}

function parserCreate(args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const [encoding, sep, intern] = parseKw(
    "ParserCreate",
    args,
    kwnames,
    ["encoding", "namespace_separator", "intern"],
    0,
  );
  const enc = optStr(encoding, "encoding");
  const nsSep = optStr(sep, "namespace_separator");
  if (nsSep !== null && isStr(sep!) && strLength(sep) > 1)
    throw valueError("namespace_separator must be at most one character, omitted, or None");
  let internDict: PyObject;
  if (intern === undefined) internDict = new PyDict();
  else if (intern === None || intern instanceof PyDict) internDict = intern;
  else throw typeError("intern must be a dictionary");
  return new PyXmlParser(enc, nsSep, internDict);
}

function pyexpatModule(): Record<string, PyObject> {
  return {
    __doc__: strFromJS("Python wrapper for Expat parser."),
    ParserCreate: builtinFunction("ParserCreate", parserCreate, "pyexpat"),
    ErrorString: builtinFunction(
      "ErrorString",
      (args) => {
        if (args.length !== 1)
          throw typeError(`ErrorString() takes exactly one argument (${args.length} given)`);
        const code = intValue(args[0]!);
        if (code === undefined)
          throw typeError(`'${typeName(args[0]!)}' object cannot be interpreted as an integer`);
        const s = errorString(Number(code));
        return s === null ? None : strFromJS(s);
      },
      "pyexpat",
    ),
    ExpatError: expatError(),
    error: expatError(),
    XMLParserType: xmlparserType,
    errors: errorsModule(),
    model: modelModule(),
    EXPAT_VERSION: strFromJS("expat_2.5.0"),
    version_info: new PyTuple([2, 5, 0]),
    native_encoding: strFromJS("UTF-8"),
    features: new PyList([
      new PyTuple([strFromJS("sizeof(XML_Char)"), 1]),
      new PyTuple([strFromJS("sizeof(XML_LChar)"), 1]),
      new PyTuple([strFromJS("XML_DTD"), 0]),
      new PyTuple([strFromJS("XML_CONTEXT_BYTES"), 1024]),
      new PyTuple([strFromJS("XML_NS"), 0]),
    ]),
    XML_PARAM_ENTITY_PARSING_NEVER: 0,
    XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE: 1,
    XML_PARAM_ENTITY_PARSING_ALWAYS: 2,
  };
}

registerNativeModule("pyexpat", pyexpatModule);
