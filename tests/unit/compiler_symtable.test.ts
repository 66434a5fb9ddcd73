// The symbol tables agree with python3's symtable module: every block's type, name and line,
// and every symbol's flags including its scope.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../../src/parser/index.js";
import { buildSymbolTable, type SymbolTableEntry } from "../../src/compiler/symtable.js";

function findRoot(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
      if (existsSync(join(dir, "tests", "compiler", "symtable_cases.py"))) return dir;
    }
  }
  throw new Error("cannot find tests/compiler/symtable_cases.py");
}

const cases = readFileSync(join(findRoot(), "tests/compiler/symtable_cases.py"), "utf8")
  .split(/^# ---\n/m)
  .map((s) => s.replace(/^# Snippets.*\n/, ""));

const oracle = `
import json, sys, symtable
def walk(t):
    syms = sorted([s.get_name(), s._Symbol__flags] for s in t.get_symbols())
    return [t.get_type(), t.get_name(), t.get_lineno(), syms, [walk(c) for c in t.get_children()]]
print(json.dumps([walk(symtable.symtable(s, "<s>", "exec")) for s in json.load(sys.stdin)]))
`;

type Dump = [string, string, number, [string, number][], Dump[]];

function dump(ste: SymbolTableEntry): Dump {
  const syms = [...ste.symbols].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return [ste.type, ste.name, ste.loc.lineno, syms, ste.children.map(dump)];
}

test("symbol tables agree with python3's symtable", () => {
  const expected = JSON.parse(
    execFileSync("python3", ["-c", oracle], { input: JSON.stringify(cases) }).toString(),
  ) as Dump[];
  cases.forEach((src, i) => {
    const st = buildSymbolTable(parse(src, "<s>", "exec"), "<s>", false);
    assert.deepEqual(dump(st.top), expected[i], `case ${i}:\n${src}`);
  });
});
