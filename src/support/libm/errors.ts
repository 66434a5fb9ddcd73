// Which inputs CPython turns into exceptions, decided from the C library's result the way
// Modules/mathmodule.c does (math_1/math_2 and is_error): a NaN result from non-NaN
// arguments is ValueError ("math domain error"); an infinite result from finite arguments
// is OverflowError ("math range error") for the functions that can overflow and
// ValueError for the rest (log(0), atanh(1), log1p(-1), ...); underflow is never an error.
// float.__pow__ (pow) raises ZeroDivisionError for 0 ** negative, gives a complex number
// for negative ** non-integer, and OverflowError for an infinite result from finite
// operands (also when the complex power of a negative base overflows).

import { pow } from "./pow.js";

/** '-' no error, 'V' ValueError, 'O' OverflowError, 'Z' ZeroDivisionError, 'C' complex. */
export type MathErrorKind = "-" | "V" | "O" | "Z" | "C";

const CAN_OVERFLOW = new Set([
  "exp",
  "exp2",
  "expm1",
  "cosh",
  "sinh",
  "pow",
  "ldexp",
  "hypot",
  "dist",
  "gamma",
  "lgamma",
  "fsum",
]);

export function classifyMathError(name: string, args: ArrayLike<number>, result: number): MathErrorKind {
  let anyNaN = false;
  let allFinite = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a !== a) anyNaN = true;
    if (!isFinite(a)) allFinite = false;
  }
  if (name === "pow") {
    const x = args[0]!;
    const y = args[1]!;
    if (x === 0 && y < 0 && y !== -Infinity) return "Z";
    if (x < 0 && isFinite(x) && isFinite(y) && Math.floor(y) !== y) {
      // Python computes the complex power, which raises OverflowError when |x|^y overflows
      return pow(-x, y) === Infinity ? "O" : "C";
    }
    return result === Infinity || result === -Infinity ? (allFinite ? "O" : "-") : "-";
  }
  if (result !== result) return anyNaN ? "-" : "V";
  if ((result === Infinity || result === -Infinity) && allFinite) return CAN_OVERFLOW.has(name) ? "O" : "V";
  return "-";
}
