// Compile-time SyntaxWarnings, CPython 3.11's compiler_warn and its checks: a subscript or
// call of a display or literal that cannot support it, an index of the wrong type, and `is`
// with a literal, are all most likely a missing comma or a typo. The runtime installs
// `compilerHooks.warn`, which issues the warning through the `warnings` module; when a
// filter turns it into an error, the compiler raises a SyntaxError at the same place, as
// CPython does.

import type * as A from "../parser/ast.generated.js";
import {
  ComplexConstant,
  EllipsisConstant,
  FloatConstant,
  SurrogateStrConstant,
} from "../parser/constant.js";
import { ConstTuple } from "./code.js";
import { constantOf } from "./codegen_expr.js";
import type { Compiler } from "./compiler.js";

export const compilerHooks: {
  /** Issues a SyntaxWarning; returns true when a filter made it an error. */
  warn: ((message: string, filename: string, lineno: number) => boolean) | null;
} = { warn: null };

function warn(c: Compiler, message: string, at: A.expr | A.stmt): void {
  const hook = compilerHooks.warn;
  if (hook !== null && hook(message, c.filename, at.lineno)) throw c.error(message, at);
}

/** The type name of a constant value, as Py_TYPE(v)->tp_name. */
function constantTypeName(v: unknown): string {
  if (v === null) return "NoneType";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "bigint") return "int";
  if (typeof v === "string" || v instanceof SurrogateStrConstant) return "str";
  if (v instanceof Uint8Array) return "bytes";
  if (v instanceof FloatConstant) return "float";
  if (v instanceof ComplexConstant) return "complex";
  if (v instanceof EllipsisConstant) return "ellipsis";
  if (v instanceof ConstTuple) return "tuple";
  return "object";
}

/** CPython's infer_type: the type an expression certainly evaluates to, or null. */
function inferType(e: A.expr): string | null {
  switch (e._type) {
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "Lambda":
      return "function";
    case "JoinedStr":
    case "FormattedValue":
      return "str";
    case "Constant":
      return constantTypeName(e.value);
    default: {
      const v = constantOf(e);
      return v === undefined ? null : constantTypeName(v);
    }
  }
}

/** check_subscripter and check_index, for `value[slice]` loaded. */
export function checkSubscript(c: Compiler, e: A.Subscript): void {
  const value = e.value;
  const v = constantOf(value);
  const folded = v !== undefined;
  if (
    (folded && (v === null || v instanceof EllipsisConstant || isNumber(v))) ||
    ["Set", "SetComp", "GeneratorExp", "Lambda"].includes(value._type)
  ) {
    warn(c, `'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`, e);
  }
  const indexType = inferType(e.slice);
  if (indexType === null || indexType === "int" || indexType === "bool") return;
  const sequence = folded
    ? typeof v === "string" ||
      v instanceof SurrogateStrConstant ||
      v instanceof Uint8Array ||
      v instanceof ConstTuple
    : ["Tuple", "List", "ListComp", "JoinedStr", "FormattedValue"].includes(value._type);
  if (sequence) {
    warn(
      c,
      `${inferType(value)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`,
      e,
    );
  }
}

function isNumber(v: unknown): boolean {
  return (
    typeof v === "bigint" ||
    typeof v === "boolean" ||
    v instanceof FloatConstant ||
    v instanceof ComplexConstant
  );
}

/** check_caller, for `func(...)`. */
export function checkCall(c: Compiler, e: A.Call): void {
  const f = e.func;
  const callable =
    constantOf(f) === undefined &&
    ![
      "Tuple",
      "List",
      "ListComp",
      "Dict",
      "DictComp",
      "Set",
      "SetComp",
      "GeneratorExp",
      "JoinedStr",
      "FormattedValue",
    ].includes(f._type);
  if (!callable) warn(c, `'${inferType(f)}' object is not callable; perhaps you missed a comma?`, e);
}

/** Whether `is` with this operand is fine: not a literal, or a singleton one. */
function isIdentityOperand(e: A.expr): boolean {
  const v = constantOf(e);
  return v === undefined || v === null || v === true || v === false || v instanceof EllipsisConstant;
}

/** check_compare: `x is 1`, `x is not ()`. */
export function checkCompare(c: Compiler, e: A.Compare): void {
  let left = isIdentityOperand(e.left);
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i];
    const right = isIdentityOperand(e.comparators[i]!);
    if ((op === "Is" || op === "IsNot") && !(left && right)) {
      warn(
        c,
        op === "Is"
          ? '"is" with a literal. Did you mean "=="?'
          : '"is not" with a literal. Did you mean "!="?',
        e,
      );
      return;
    }
    left = right;
  }
}

/** `assert (test, msg)`: a non-empty tuple is always true. */
export function checkAssert(c: Compiler, s: A.Assert): void {
  if (s.test._type === "Tuple" && s.test.elts.length > 0) {
    warn(c, "assertion is always true, perhaps remove parentheses?", s);
  }
}

/** CPython compiles a while loop's test twice (before the body and again at its end), so
 * the test's warnings come twice; this repeats them for a test compiled once. */
export function checkWhileTestAgain(c: Compiler, test: A.expr): void {
  visitChecks(c, test);
}

function visitChecks(c: Compiler, n: unknown): void {
  if (Array.isArray(n)) {
    for (const x of n) visitChecks(c, x);
    return;
  }
  if (n === null || typeof n !== "object" || !("_type" in n)) return;
  const e = n as A.expr;
  if (e._type === "Subscript" && e.ctx === "Load") checkSubscript(c, e);
  else if (e._type === "Call" && e.func._type !== "Attribute") checkCall(c, e);
  else if (e._type === "Compare") checkCompare(c, e);
  for (const [k, v] of Object.entries(e)) if (k !== "_type" && typeof v === "object") visitChecks(c, v);
}
