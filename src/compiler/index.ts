// The compiler's public face: AST (or source) in, CodeObject out.

export { compile, type CompileMode, type CompileOptions } from "./compiler.js";
export { compilerHooks } from "./warnings.js";
export * from "./code.js";
export { OPCODES, Op, INSTRUCTION_WORDS, type OpcodeInfo, type OperandKind, type OpName } from "./opcodes.js";
export * from "./opcodes.js";
export { buildSymbolTable, SymbolTable, SymbolTableEntry } from "./symtable.js";
