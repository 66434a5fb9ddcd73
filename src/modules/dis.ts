// The `dis` module for Swallow's bytecode. CPython's Lib/dis.py decodes CPython's byte
// code (two-byte units, one argument, inline caches); Swallow's register instructions
// have three operands each, so this module, written in Python (dis_py.ts) over `_opcode`,
// takes its place with the same interface: dis, disassemble, distb, get_instructions,
// Instruction, Bytecode, code_info, show_code, findlinestarts, findlabels, the opcode
// tables, and the `_find_imports` / `_find_store_names` that modulefinder reads.

import { DIS_PY } from "./dis_py.js";
import { runModuleSource } from "./_os_helpers.js";
import { registerNativeModule } from "./registry.js";

registerNativeModule("dis", () => runModuleSource("dis", DIS_PY, {}));
