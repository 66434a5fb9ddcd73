import { test } from "node:test";
import assert from "node:assert/strict";
import { OPCODES, Op } from "../../src/compiler/opcodes.js";

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
