import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CodeObject } from "../../src/compiler/code.js";
import { compile } from "../../src/compiler/compiler.js";
import { INSTRUCTION_WORDS, OPCODES, Op } from "../../src/compiler/opcodes.js";
import { findRoot } from "../python/harness.js";

test("opcode numbers are the table order and names are unique", () => {
  const seen = new Set<string>();
  OPCODES.forEach((o, i) => {
    assert.equal(o.code, i);
    assert.equal(Op[o.name as keyof typeof Op], i);
    assert.ok(!seen.has(o.name), o.name);
    seen.add(o.name);
    assert.ok(o.doc.length > 0);
  });
  assert.equal(Object.keys(Op).length, OPCODES.length);
});

test("operator groups follow the runtime's enum order", () => {
  assert.equal(Op.BINARY_OP_XOR - Op.BINARY_OP_ADD, 12);
  assert.equal(Op.BINARY_OP_INPLACE_XOR - Op.BINARY_OP_INPLACE_ADD, 12);
  assert.equal(Op.COMPARE_OP_GE - Op.COMPARE_OP_LT, 5);
});

// The dis module reads Swallow's own instructions: `swallow --dis FILE` (dis.dis of the
// compiled file) lists every instruction of every code object, at offset 2 * index, under
// its opcode's name, with `>>` exactly on jump and handler targets.
test("--dis lists each code object's instructions as the compiler emitted them", () => {
  const source = [
    "def f(xs):",
    "    total = 0",
    "    for x in xs:",
    "        try:",
    "            total += 10 // x",
    "        except ZeroDivisionError:",
    "            continue",
    "    return total",
    "",
    "print(f([1, 0, 2]))",
  ].join("\n");
  const dir = mkdtempSync(join(tmpdir(), "swallow-dis-"));
  const file = join(dir, "prog.py");
  writeFileSync(file, source);
  try {
    const listing = execFileSync(process.execPath, [join(findRoot(), "bin", "swallow.js"), "--dis", file], {
      encoding: "utf8",
    });
    const sections = listing.split(/\nDisassembly of <code object [^\n]*>:\n/);
    const module = compile(new TextEncoder().encode(source), file, "exec");
    const codes = [module, ...module.co_consts.filter((c): c is CodeObject => c instanceof CodeObject)];
    assert.equal(sections.length, codes.length);
    codes.forEach((code, k) => {
      const rows = sections[k]!.split("\n").filter((l) => /^\s*\d*\s+(-->)?\s*(>>)?\s+\d+ [A-Z_]/.test(l));
      assert.equal(rows.length, code.length);
      const targets = new Set<number>();
      for (let i = 0; i < code.length; i++) {
        const info = OPCODES[code.code[i * INSTRUCTION_WORDS]!]!;
        info.operands.forEach((kind, j) => {
          if (kind === "target") targets.add(code.code[i * INSTRUCTION_WORDS + 1 + j]!);
        });
      }
      for (let e = 0; e < code.exceptionEntryCount; e++) targets.add(code.exceptionEntry(e).handler);
      rows.forEach((row, i) => {
        const m = /(>>)?\s+(\d+) ([A-Z_]+)/.exec(row)!;
        assert.equal(Number(m[2]), 2 * i, row);
        assert.equal(m[3], OPCODES[code.code[i * INSTRUCTION_WORDS]!]!.name, row);
        assert.equal(m[1] === ">>", targets.has(i), row);
      });
    });
    assert.match(listing, /ExceptionTable:\n {2}\d+ to \d+ -> \d+ \[\$t\d+\]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
