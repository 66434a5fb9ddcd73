// The `_string` module: the format-string parsing that Lib/string.py's Formatter uses,
// shared with str.format (src/objects/str_format.ts).

import { typeError } from "../objects/exceptions.js";
import { builtinFunction } from "../objects/function.js";
import type { PyObject } from "../objects/object.js";
import { typeName } from "../objects/names.js";
import { PyTuple } from "../objects/tuple.js";
import { getIter } from "../objects/abstract.js";
import { PyList } from "../objects/list.js";
import { strText } from "../objects/str.js";
import { formatterFieldNameSplit, formatterParser } from "../objects/str_format.js";
import { registerNativeModule } from "./registry.js";

function strArg(fn: string, args: PyObject[]): NonNullable<ReturnType<typeof strText>> {
  if (args.length !== 1) throw typeError(`${fn}() takes exactly one argument (${args.length} given)`);
  const t = strText(args[0]!);
  if (t === undefined) throw typeError(`expected str, got ${typeName(args[0]!)}`);
  return t;
}

registerNativeModule("_string", () => ({
  formatter_parser: builtinFunction(
    "formatter_parser",
    (args) => getIter(new PyList(formatterParser(strArg("formatter_parser", args)))),
    "_string",
  ),
  formatter_field_name_split: builtinFunction(
    "formatter_field_name_split",
    (args) => {
      const [first, rest] = formatterFieldNameSplit(strArg("formatter_field_name_split", args));
      return new PyTuple([first, getIter(new PyList(rest))]);
    },
    "_string",
  ),
}));
