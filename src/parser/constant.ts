// The values a `Constant` node can hold, in parser terms. The parser knows nothing of
// runtime objects, so floats and complex numbers are wrapped to stay distinct from ints
// (a raw JS number would be ambiguous), ints are always bigint here, and the compiler
// turns each into its runtime representation.

export class FloatConstant {
  constructor(readonly value: number) {}
}

/** An imaginary literal such as `2j`: CPython's parser yields complex(0, imag). */
export class ComplexConstant {
  constructor(readonly imag: number) {}
}

export class EllipsisConstant {
  static readonly instance = new EllipsisConstant();
  private constructor() {}
}

/** A str constant containing surrogate code points, which only escapes can produce:
 * as a JS string, an escaped high and low surrogate would read as one character. */
export class SurrogateStrConstant {
  constructor(readonly codePoints: number[]) {}
}

export type StrValue = string | SurrogateStrConstant;

function codePointsOf(s: StrValue): number[] {
  if (s instanceof SurrogateStrConstant) return s.codePoints;
  return Array.from(s, (c) => c.codePointAt(0)!);
}

export function concatStr(a: StrValue, b: StrValue): StrValue {
  if (typeof a === "string" && typeof b === "string") return a + b;
  return new SurrogateStrConstant([...codePointsOf(a), ...codePointsOf(b)]);
}

export function isEmptyStr(s: StrValue): boolean {
  return typeof s === "string" ? s === "" : s.codePoints.length === 0;
}

/** `null` is None; booleans are True/False; `Uint8Array` is bytes; `string` is str. */
export type ConstantValue =
  | null
  | boolean
  | bigint
  | string
  | SurrogateStrConstant
  | Uint8Array
  | FloatConstant
  | ComplexConstant
  | EllipsisConstant;
