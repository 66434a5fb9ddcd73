// int's arithmetic as abstract.ts reaches it. abstract.ts and int.ts import each other
// (through the object model); a direct import of int.ts from abstract.ts changed the order
// in which the cycle's modules initialise and broke module-level uses of BinaryOp. This
// module imports nothing, so it is initialised before both; int.ts installs the function.

/** `a <op> b` for two exact ints when int's method for the operator (a BinaryOp number) is
 * one of int.ts's fast paths, else undefined. */
export const intArithmeticHook: {
  op: (a: number | bigint, b: number | bigint, op: number) => number | bigint | undefined;
} = { op: () => undefined };
