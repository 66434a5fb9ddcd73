// The `_sre` module: what Lib/re/_compiler.py calls. `compile` decodes the integer
// program (program.ts) once; Pattern, Match and Scanner live in pattern.ts and match.ts.

import { None } from "../../objects/bootstrap.js";
import { PyDict } from "../../objects/dict.js";
import { overflowError, runtimeError, typeError } from "../../objects/exceptions.js";
import { builtinFunction } from "../../objects/function.js";
import type { PyObject } from "../../objects/object.js";
import { typeName } from "../../objects/names.js";
import { intValue } from "../../objects/int.js";
import { PyList } from "../../objects/list.js";
import { PyTuple } from "../../objects/tuple.js";
import { registerNativeModule } from "../registry.js";
import { asCInt, asSsize, clinic, noArgs, oneArg, unpack } from "./args.js";
import { asciiIsCased, lowerAscii, lowerUnicode, unicodeIsCased } from "./chars.js";
import { CODESIZE, MAGIC, MAXGROUPS, MAXREPEAT } from "./constants.js";
import { decodeProgram, ProgramError, type Program } from "./program.js";
import { checkPatternType, compilePattern, patternType, scannerType } from "./pattern.js";
import { matchType } from "./match.js";
import { installCompileCache, noteCompiled } from "./compile_cache.js";

function codeArray(items: PyObject[]): number[] {
  const out = new Array<number>(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!;
    // re's opcodes are _NamedIntConstant, an int subclass: any int value will do
    // (PyLong_AsUnsignedLong, then sre's own limit).
    const iv = intValue(v);
    if (iv === undefined) throw typeError("an integer is required");
    if (iv < 0) throw overflowError("can't convert negative value to unsigned int");
    if (iv > 0xffffffff) throw overflowError("regular expression code size limit exceeded");
    out[i] = Number(iv);
  }
  return out;
}

function badArgument(name: string, want: string, got: PyObject): never {
  throw typeError(`compile() argument '${name}' must be ${want}, not ${typeName(got)}`);
}

/** `_sre.compile`, checking its arguments in the order CPython's clinic and
 * _sre_compile_impl do: the argument types, the code's items, the pattern's type, and
 * only then the program itself. */
export function sreCompile(
  pattern: PyObject,
  flagsArg: PyObject,
  codeArg: PyObject,
  groupsArg: PyObject,
  groupindex: PyObject,
  indexgroup: PyObject,
): PyObject {
  const flags = asCInt(flagsArg);
  if (!(codeArg instanceof PyList)) badArgument("code", "list", codeArg);
  const groups = asSsize(groupsArg);
  if (!(groupindex instanceof PyDict)) badArgument("groupindex", "dict", groupindex);
  if (!(indexgroup instanceof PyTuple)) badArgument("indexgroup", "tuple", indexgroup);
  const code = codeArray(codeArg.items);
  checkPatternType(pattern);
  let program: Program;
  try {
    program = decodeProgram(code);
  } catch (e) {
    if (e instanceof ProgramError) throw runtimeError("invalid SRE code");
    throw e;
  }
  const result = compilePattern(pattern, flags, code, groups, groupindex, indexgroup.items.slice(), program);
  noteCompiled(result, flags, code, groups, groupindex, indexgroup.items);
  return result;
}

/** A METH_O function of one C-int character. */
function charFunction(name: string, impl: (c: number) => PyObject): PyObject {
  return builtinFunction(
    name,
    (args, kwnames) => {
      oneArg(`_sre.${name}`, args, kwnames);
      return impl(asCInt(args[0]!));
    },
    "_sre",
  );
}

const compileSig = clinic("compile(pattern, flags, code, groups, groupindex, indexgroup)");

installCompileCache(sreCompile);

registerNativeModule("_sre", () => ({
  MAGIC,
  CODESIZE,
  MAXREPEAT,
  MAXGROUPS,
  copyright: " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ",
  compile: builtinFunction(
    "compile",
    (args, kwnames) => {
      const [p, f, c, g, gi, ig] = unpack(compileSig, args, kwnames);
      return sreCompile(p!, f!, c!, g!, gi!, ig!);
    },
    "_sre",
  ),
  getcodesize: builtinFunction(
    "getcodesize",
    (args, kwnames) => {
      noArgs("_sre.getcodesize", args, kwnames);
      return CODESIZE;
    },
    "_sre",
  ),
  ascii_iscased: charFunction("ascii_iscased", asciiIsCased),
  unicode_iscased: charFunction("unicode_iscased", unicodeIsCased),
  ascii_tolower: charFunction("ascii_tolower", lowerAscii),
  unicode_tolower: charFunction("unicode_tolower", lowerUnicode),
}));

export { patternType, matchType, scannerType, None };
