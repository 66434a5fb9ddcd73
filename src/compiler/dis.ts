// A readable listing of a code object and its nested code objects: instruction index, line,
// opcode name and operands resolved to register names, constants, names and jump targets,
// followed by the exception table.

import {
  ComplexConstant,
  EllipsisConstant,
  FloatConstant,
  SurrogateStrConstant,
} from "../parser/constant.js";
import { CodeObject, ConstFrozenset, ConstTuple, type Constant } from "./code.js";
import { INSTRUCTION_WORDS, OPCODES, type OperandKind } from "./opcodes.js";

export function constRepr(v: Constant): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return pyStrRepr(v);
  if (v instanceof FloatConstant) {
    if (Number.isInteger(v.value) && Math.abs(v.value) < 1e16) return v.value.toFixed(1);
    return String(v.value);
  }
  if (v instanceof ComplexConstant) return `${v.imag}j`;
  if (v instanceof EllipsisConstant) return "Ellipsis";
  if (v instanceof SurrogateStrConstant) return pyStrRepr(String.fromCodePoint(...v.codePoints));
  if (v instanceof Uint8Array) return "b" + pyStrRepr(Array.from(v, (b) => String.fromCharCode(b)).join(""));
  if (v instanceof ConstTuple) {
    const items = v.items.map(constRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  if (v instanceof ConstFrozenset) return `frozenset({${v.items.map(constRepr).join(", ")}})`;
  return `<code object ${v.co_name}, line ${v.co_firstlineno}>`;
}

function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (ch < " " || ch === "\x7f") out += "\\x" + ch.charCodeAt(0).toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
}

function operandText(code: CodeObject, kind: OperandKind, w: number): string {
  switch (kind) {
    case "-":
      return "";
    case "reg":
    case "dst":
    case "rw":
    case "regs":
    case "dsts":
      if (w < 0) return "-";
      if (w >= code.constBase && w < code.tempBase) return constRepr(code.co_consts[w - code.constBase]);
      return code.registerName(w);
    case "name":
      return code.co_names[w] ?? `?${w}`;
    case "const":
      return constRepr(code.co_consts[w]);
    case "target":
      return `-> ${w}`;
    case "imm":
      return String(w);
  }
}

export function disassemble(code: CodeObject): string {
  const out: string[] = [];
  disassembleInto(code, out);
  return out.join("\n") + "\n";
}

function disassembleInto(code: CodeObject, out: string[]): void {
  out.push(
    `Disassembly of ${code.co_qualname} (${code.co_filename}, line ${code.co_firstlineno}):` +
      ` flags=0x${code.co_flags.toString(16)} argcount=${code.co_argcount} registers=${code.nregisters}`,
  );
  if (code.co_varnames.length) out.push(`  locals: ${code.co_varnames.join(", ")}`);
  if (code.co_cellvars.length) out.push(`  cells:  ${code.co_cellvars.join(", ")}`);
  if (code.co_freevars.length) out.push(`  frees:  ${code.co_freevars.join(", ")}`);
  const targets = new Set<number>();
  for (let i = 0; i < code.code.length; i += INSTRUCTION_WORDS) {
    const info = OPCODES[code.code[i]];
    info.operands.forEach((k, j) => {
      if (k === "target") targets.add(code.code[i + 1 + j]);
    });
  }
  for (let i = 0; i < code.exceptionEntryCount; i++) targets.add(code.exceptionEntry(i).handler);
  let lastLine = -2;
  for (let i = 0; i < code.length; i++) {
    const w = i * INSTRUCTION_WORDS;
    const info = OPCODES[code.code[w]];
    const line = code.positions[i * 4];
    const lineText = line !== lastLine ? String(line < 0 ? "" : line).padStart(5) : "     ";
    lastLine = line;
    const ops = info.operands
      .map((k, j) => operandText(code, k, code.code[w + 1 + j]))
      .filter((t, j) => info.operands[j] !== "-" && t !== "")
      .join(", ");
    const mark = targets.has(i) ? ">>" : "  ";
    out.push(`${lineText} ${mark} ${String(i).padStart(4)} ${info.name.padEnd(26)} ${ops}`.trimEnd());
  }
  if (code.exceptionEntryCount) {
    out.push("ExceptionTable:");
    for (let i = 0; i < code.exceptionEntryCount; i++) {
      const e = code.exceptionEntry(i);
      const lasti = e.lastiReg >= 0 ? ` lasti -> ${code.registerName(e.lastiReg)}` : "";
      out.push(
        `  ${e.start} to ${e.end - 1} -> ${e.handler} [exc -> ${code.registerName(e.excReg)}]${lasti}`,
      );
    }
  }
  for (const k of code.co_consts) {
    if (k instanceof CodeObject) {
      out.push("");
      disassembleInto(k, out);
    }
  }
}
