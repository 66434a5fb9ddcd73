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

/** `null` is None; booleans are True/False; `Uint8Array` is bytes; `string` is str. */
export type ConstantValue =
  | null
  | boolean
  | bigint
  | string
  | Uint8Array
  | FloatConstant
  | ComplexConstant
  | EllipsisConstant;
