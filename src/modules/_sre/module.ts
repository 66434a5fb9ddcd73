// The `_sre` module: what Lib/re/_compiler.py calls. `compile` decodes the integer
// program (program.ts) once; Pattern, Match and Scanner live in pattern.ts and match.ts.

import { None } from "../../objects/bootstrap.js";
import { indexAsNumber, toArray } from "../../objects/abstract.js";
import { PyDict } from "../../objects/dict.js";
import { runtimeError, typeError } from "../../objects/exceptions.js";
import { builtinWithSignature } from "../../objects/function.js";
import type { PyObject } from "../../objects/object.js";
import { typeName } from "../../objects/names.js";
import { intValue } from "../../objects/int.js";
import { registerNativeModule } from "../registry.js";
import { asCInt } from "./args.js";
import { asciiIsCased, lowerAscii, lowerUnicode, unicodeIsCased } from "./chars.js";
import { CODESIZE, MAGIC, MAXGROUPS, MAXREPEAT } from "./constants.js";
import { decodeProgram, ProgramError, type Program } from "./program.js";
import { compilePattern, patternType, scannerType } from "./pattern.js";
import { matchType } from "./match.js";

function codeArray(code: PyObject): number[] {
  const items = toArray(code);
  const out = new Array<number>(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!;
    // re's opcodes are _NamedIntConstant, an int subclass: any int value will do.
    const iv = intValue(v);
    if (iv === undefined) throw typeError(`an integer is required (got type ${typeName(v)})`);
    const n = Number(iv);
    if (n < 0 || n > 0xffffffff) throw new RangeError("regular expression code size limit exceeded");
    out[i] = n;
  }
  return out;
}

function charArg(v: PyObject | undefined): number {
  return indexAsNumber(v!);
}

export function sreCompile(
  pattern: PyObject,
  flagsArg: PyObject,
  codeArg: PyObject,
  groupsArg: PyObject,
  groupindex: PyObject,
  indexgroup: PyObject,
): PyObject {
  const code = codeArray(codeArg);
  let program: Program;
  try {
    program = decodeProgram(code);
  } catch (e) {
    if (e instanceof ProgramError) throw runtimeError("invalid SRE code");
    throw e;
  }
  if (!(groupindex instanceof PyDict))
    throw typeError(`compile() argument 5 must be dict, not ${typeName(groupindex)}`);
  return compilePattern(
    pattern,
    asCInt(flagsArg),
    code,
    indexAsNumber(groupsArg),
    groupindex,
    toArray(indexgroup),
    program,
  );
}

registerNativeModule("_sre", () => ({
  MAGIC,
  CODESIZE,
  MAXREPEAT,
  MAXGROUPS,
  copyright: " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ",
  compile: builtinWithSignature(
    "compile(pattern, flags, code, groups, groupindex, indexgroup)",
    (p, f, c, g, gi, ig) => sreCompile(p!, f!, c!, g!, gi!, ig!),
    "_sre",
  ),
  getcodesize: builtinWithSignature("getcodesize()", () => CODESIZE, "_sre"),
  ascii_iscased: builtinWithSignature("ascii_iscased(character, /)", (c) => asciiIsCased(charArg(c)), "_sre"),
  unicode_iscased: builtinWithSignature(
    "unicode_iscased(character, /)",
    (c) => unicodeIsCased(charArg(c)),
    "_sre",
  ),
  ascii_tolower: builtinWithSignature("ascii_tolower(character, /)", (c) => lowerAscii(charArg(c)), "_sre"),
  unicode_tolower: builtinWithSignature(
    "unicode_tolower(character, /)",
    (c) => lowerUnicode(charArg(c)),
    "_sre",
  ),
}));

export { patternType, matchType, scannerType, None };
