// `swallow --dis FILE`: the file's code objects as a listing of register instructions,
// nested code objects after their parent (like `python3 -m dis`, for Swallow's bytecode).

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { compile } from "../compiler/compiler.js";
import { CodeObject } from "../compiler/code.js";
import { OPCODES, INSTRUCTION_WORDS } from "../compiler/opcodes.js";
import { formatSyntaxError, PythonSyntaxError } from "../parser/index.js";

function operand(code: CodeObject, kind: string, v: number): string {
  switch (kind) {
    case "-":
      return "";
    case "reg":
    case "dst":
    case "rw":
    case "regs":
    case "dsts":
      return v < 0 ? `${v}` : `r${v}(${code.registerName(v)})`;
    case "name":
      return `${v}(${code.co_names[v]})`;
    case "const":
      return `${v}(${String(code.co_consts[v])})`;
    case "target":
      return `->${v}`;
    default:
      return `${v}`;
  }
}

export function disassemble(code: CodeObject): string {
  let out = `Disassembly of <code object ${code.co_name}, file "${code.co_filename}", line ${code.co_firstlineno}>:\n`;
  let lastLine = -2;
  for (let i = 0; i < code.length; i++) {
    const w = i * INSTRUCTION_WORDS;
    const info = OPCODES[code.code[w]!];
    const line = code.lineOf(i);
    const lineText = line !== lastLine && line >= 0 ? String(line).padStart(4) : "    ";
    lastLine = line;
    const ops = info
      ? info.operands.map((k, j) => operand(code, k, code.code[w + 1 + j]!)).filter((s) => s !== "")
      : [];
    out += `${lineText} ${String(i).padStart(6)} ${(info?.name ?? `<${code.code[w]}>`).padEnd(26)} ${ops.join(", ")}\n`;
  }
  for (let e = 0; e < code.exceptionEntryCount; e++) {
    const x = code.exceptionEntry(e);
    if (e === 0) out += "ExceptionTable:\n";
    out += `  ${x.start} to ${x.end} -> ${x.handler} [exc r${x.excReg}${x.lastiReg >= 0 ? `, lasti r${x.lastiReg}` : ""}]\n`;
  }
  for (const c of code.co_consts) if (c instanceof CodeObject) out += "\n" + disassemble(c);
  return out;
}

export function runDis(file: string, write: (fd: number, text: string) => void): number {
  let source: Uint8Array;
  try {
    source = readFileSync(file);
  } catch (e) {
    write(2, `swallow: can't open file '${resolve(file)}': ${(e as Error).message}\n`);
    return 2;
  }
  try {
    write(1, disassemble(compile(source, file, "exec")));
    return 0;
  } catch (e) {
    if (e instanceof PythonSyntaxError) {
      write(2, formatSyntaxError(e));
      return 1;
    }
    throw e;
  }
}
