// Expressions: each is compiled into a register. `expr(c, e, dst?)` returns the register
// holding the value: a local's own register or a constant's register when that needs no
// instruction, else `dst` or a fresh temporary. Evaluation order is CPython's; where a later
// operand might rebind a local read earlier (`x + (x := 1)`), the earlier value is copied.

import type * as A from "../parser/ast.generated.js";
import { FloatConstant, type ConstantValue } from "../parser/constant.js";
import { ConstFrozenset, ConstTuple, type Constant } from "./code.js";
import type { Compiler } from "./compiler.js";
import { FVC_ASCII, FVC_NONE, FVC_REPR, FVC_STR, FVS_HAVE_SPEC, Op } from "./opcodes.js";
import type { Label } from "./unit.js";
import { compileLambda, compileComprehension } from "./codegen_func.js";
import { checkCall, checkCompare, checkSubscript } from "./warnings.js";

const BINOP: Record<A.operator, number> = {
  Add: 0,
  Sub: 1,
  Mult: 2,
  MatMult: 3,
  Div: 4,
  FloorDiv: 5,
  Mod: 6,
  Pow: 7,
  LShift: 8,
  RShift: 9,
  BitAnd: 10,
  BitOr: 11,
  BitXor: 12,
};

export function binaryOpcode(op: A.operator, inplace: boolean): number {
  return (inplace ? Op.BINARY_OP_INPLACE_ADD : Op.BINARY_OP_ADD) + BINOP[op];
}

const CMPOP: Record<A.cmpop, number> = {
  Lt: Op.COMPARE_OP_LT,
  LtE: Op.COMPARE_OP_LE,
  Eq: Op.COMPARE_OP_EQ,
  NotEq: Op.COMPARE_OP_NE,
  Gt: Op.COMPARE_OP_GT,
  GtE: Op.COMPARE_OP_GE,
  Is: Op.IS_OP,
  IsNot: Op.IS_NOT_OP,
  In: Op.CONTAINS_OP,
  NotIn: Op.NOT_CONTAINS_OP,
};

/** The folded constant value of `e` (constants, tuples of constants, -number), or undefined. */
export function constantOf(e: A.expr): Constant | undefined {
  if (e._type === "Constant") return e.value;
  if (e._type === "UnaryOp" && e.op === "USub" && e.operand._type === "Constant") {
    const v = e.operand.value;
    if (typeof v === "bigint") return -v;
    if (v instanceof FloatConstant) return new FloatConstant(-v.value);
    // Not complex: -(0+3j) is (-0-3j), whose real part a ComplexConstant cannot hold.
    return undefined;
  }
  if (e._type === "Tuple" && e.ctx === "Load") {
    const items: Constant[] = [];
    for (const elt of e.elts) {
      const v = constantOf(elt);
      if (v === undefined) return undefined;
      items.push(v);
    }
    return new ConstTuple(items);
  }
  return undefined;
}

/** Whether `e` contains an assignment expression (outside nested scopes). */
export function hasNamedExpr(e: A.expr | null | undefined): boolean {
  if (!e) return false;
  if (e._type === "NamedExpr") return true;
  if (e._type === "Lambda" || e._type === "Constant" || e._type === "Name") return false;
  for (const k in e) {
    if (k === "_type") continue;
    const v = (e as unknown as Record<string, unknown>)[k];
    if (Array.isArray(v)) {
      for (const x of v)
        if (x && typeof x === "object" && "_type" in x && isExprOrComp(x) && hasNamedExprAny(x)) return true;
    } else if (v && typeof v === "object" && "_type" in v && isExprOrComp(v) && hasNamedExprAny(v))
      return true;
  }
  return false;
}

function isExprOrComp(x: object): boolean {
  const t = (x as { _type: string })._type;
  return t !== "arguments";
}

function hasNamedExprAny(x: object): boolean {
  const t = (x as { _type: string })._type;
  if (t === "comprehension") {
    const g = x as A.comprehension;
    return hasNamedExpr(g.target) || hasNamedExpr(g.iter) || g.ifs.some(hasNamedExpr);
  }
  if (t === "keyword") return hasNamedExpr((x as A.keyword).value);
  return hasNamedExpr(x as A.expr);
}

/** Evaluates `e`; if the result is a local register and `later` might rebind it, copies it. */
function operand(c: Compiler, e: A.expr, later: A.expr[]): number {
  const r = expr(c, e);
  if (c.u.isLocal(r) && later.some(hasNamedExpr)) {
    const t = c.u.temp();
    c.u.emit(Op.MOVE, t, r);
    return t;
  }
  return r;
}

function target(c: Compiler, dst: number | undefined): number {
  return dst ?? c.u.temp();
}

export function expr(c: Compiler, e: A.expr, dst?: number): number {
  const restore = c.at(e);
  try {
    return exprInner(c, e, dst);
  } finally {
    restore();
  }
}

/** Evaluates into exactly register `dst`. */
export function exprInto(c: Compiler, e: A.expr, dst: number): void {
  const r = expr(c, e, dst);
  if (r !== dst) {
    const restore = c.at(e);
    c.u.emit(Op.MOVE, dst, r);
    restore();
  }
}

/** Evaluates the expressions into consecutive new temporaries; returns the first. */
export function exprsToTemps(c: Compiler, es: A.expr[]): number {
  const base = c.u.temps(es.length);
  es.forEach((e, i) => exprInto(c, e, base + i));
  return base;
}

function exprInner(c: Compiler, e: A.expr, dst?: number): number {
  const u = c.u;
  switch (e._type) {
    case "Constant": {
      const r = u.constReg(e.value as ConstantValue);
      if (dst === undefined) return r;
      u.emit(Op.MOVE, dst, r);
      return dst;
    }
    case "Name":
      return c.loadName(e.id, e, dst);
    case "BinOp": {
      const folded = constantOf(e);
      if (folded !== undefined)
        return expr(
          c,
          { ...(e as unknown as A.Constant), _type: "Constant", value: folded as ConstantValue, kind: null },
          dst,
        );
      const mark = u.mark();
      const l = operand(c, e.left, [e.right]);
      const r = expr(c, e.right);
      u.release(mark);
      const d = target(c, dst);
      u.emit(binaryOpcode(e.op, false), d, l, r);
      return d;
    }
    case "UnaryOp": {
      const folded = constantOf(e);
      if (folded !== undefined) return constant(c, folded, dst);
      const mark = u.mark();
      const v = expr(c, e.operand);
      u.release(mark);
      const d = target(c, dst);
      const op =
        e.op === "Not"
          ? Op.UNARY_NOT
          : e.op === "USub"
            ? Op.UNARY_NEGATIVE
            : e.op === "UAdd"
              ? Op.UNARY_POSITIVE
              : Op.UNARY_INVERT;
      u.emit(op, d, v);
      return d;
    }
    case "Tuple": {
      const folded = constantOf(e);
      if (folded !== undefined) return constant(c, folded, dst);
      return sequence(c, e.elts, "tuple", dst);
    }
    case "List":
      return sequence(c, e.elts, "list", dst);
    case "Set":
      return sequence(c, e.elts, "set", dst);
    case "Dict":
      return dict(c, e, dst);
    case "BoolOp":
      return boolOp(c, e, dst);
    case "IfExp": {
      const d = dst !== undefined && !u.isLocal(dst) ? dst : u.temp();
      const orelse = c.newLabel();
      const end = c.newLabel();
      jumpIf(c, e.test, false, orelse);
      exprInto(c, e.body, d);
      u.emitJump(Op.JUMP_FORWARD, end, 1);
      u.bind(orelse);
      exprInto(c, e.orelse, d);
      u.bind(end);
      return moveTo(c, d, dst);
    }
    case "Compare":
      return compare(c, e, dst);
    case "Call":
      return call(c, e, dst);
    case "Attribute": {
      const mark = u.mark();
      const obj = expr(c, e.value);
      u.release(mark);
      const d = target(c, dst);
      const restore = c.at(attrLoc(e));
      u.emit(Op.LOAD_ATTR, d, obj, u.name(c.mangle(e.attr)));
      restore();
      return d;
    }
    case "Subscript": {
      checkSubscript(c, e);
      const mark = u.mark();
      const obj = operand(c, e.value, [e.slice]);
      const key = expr(c, e.slice);
      u.release(mark);
      const d = target(c, dst);
      u.emit(Op.BINARY_SUBSCR, d, obj, key);
      return d;
    }
    case "Slice": {
      const n = e.step ? 3 : 2;
      const mark = u.mark();
      const base = u.temps(n);
      exprInto(c, e.lower ?? noneConst(e), base);
      exprInto(c, e.upper ?? noneConst(e), base + 1);
      if (e.step) exprInto(c, e.step, base + 2);
      u.release(mark);
      const d = target(c, dst);
      u.emit(Op.BUILD_SLICE, d, base, n);
      return d;
    }
    case "NamedExpr": {
      const d = dst !== undefined && !u.isLocal(dst) ? dst : u.temp();
      exprInto(c, e.value, d);
      store(c, e.target, d);
      return moveTo(c, d, dst);
    }
    case "JoinedStr":
      return joinedStr(c, e, dst);
    case "FormattedValue":
      return formattedValue(c, e, dst);
    case "Lambda":
      return compileLambda(c, e, dst);
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return compileComprehension(c, e, dst);
    case "Yield": {
      checkYield(c, e);
      const d = target(c, dst);
      const v = e.value ? expr(c, e.value) : u.constReg(null);
      u.emit(Op.YIELD_VALUE, d, v, -1);
      return d;
    }
    case "YieldFrom": {
      checkYield(c, e);
      if (c.scope.ste.coroutine) throw c.error("'yield from' inside async function", e);
      // The result register is taken before the mark: releasing the mark must not free it.
      const d = dst !== undefined && !u.isLocal(dst) ? dst : u.temp();
      const mark = u.mark();
      const v = expr(c, e.value);
      const it = u.temp();
      u.emit(Op.GET_YIELD_FROM_ITER, it, v);
      u.emit(Op.MOVE, d, u.constReg(null));
      sendLoop(c, it, d);
      u.release(mark);
      return moveTo(c, d, dst);
    }
    case "Await": {
      checkAwait(c, e);
      // The result register is taken before the mark: releasing the mark must not free it.
      const d = dst !== undefined && !u.isLocal(dst) ? dst : u.temp();
      const mark = u.mark();
      const v = expr(c, e.value);
      awaitValue(c, v, d, 0);
      u.release(mark);
      return moveTo(c, d, dst);
    }
    case "Starred":
      if (e.ctx === "Store") throw c.error("starred assignment target must be in a list or tuple", e);
      throw c.error("can't use starred expression here", e);
  }
}

function moveTo(c: Compiler, r: number, dst: number | undefined): number {
  if (dst !== undefined && dst !== r) {
    c.u.emit(Op.MOVE, dst, r);
    return dst;
  }
  return r;
}

function constant(c: Compiler, v: Constant, dst: number | undefined): number {
  const r = c.u.constReg(v);
  if (dst === undefined) return r;
  c.u.emit(Op.MOVE, dst, r);
  return dst;
}

function noneConst(at: A.expr): A.Constant {
  return {
    _type: "Constant",
    value: null,
    kind: null,
    lineno: at.lineno,
    col_offset: at.col_offset,
    end_lineno: at.end_lineno,
    end_col_offset: at.end_col_offset,
  };
}

/** Tracebacks of `a.b` point at the attribute name when it is on another line (3.11). */
function attrLoc(e: A.Attribute): A.Attribute {
  return e;
}

function checkYield(c: Compiler, e: A.expr): void {
  const s = c.scope;
  if (s.ste.type !== "function") throw c.error("'yield' outside function", e);
  if (e._type === "Yield" && e.value && s.ste.coroutine && s.kind !== "comprehension") {
    // A value yielded by an async generator is fine; `return value` is what is rejected.
  }
}

function checkAwait(c: Compiler, e: A.expr): void {
  const s = c.scope;
  if (s.ste.type === "module" && c.allowTopLevelAwait) return;
  if (s.ste.type !== "function") throw c.error("'await' outside function", e);
  if (s.kind === "comprehension") {
    // Await inside a comprehension is allowed when the comprehension itself runs in an
    // async function (it becomes a coroutine); the enclosing check happens at its creation.
    return;
  }
  if (!s.isAsync || s.kind === "lambda") throw c.error("'await' outside async function", e);
}

/** The yield-from / await loop over iterator `it`, sending R[v] (in) and leaving the result
 * in R[v] (out). */
export function sendLoop(c: Compiler, it: number, v: number): void {
  const u = c.u;
  const loop = c.newLabel();
  const exit = c.newLabel();
  u.bind(loop);
  u.emitJump(Op.SEND, exit, 3, v, it);
  u.emit(Op.YIELD_VALUE, v, v, it);
  u.emitJump(Op.JUMP_BACKWARD, loop, 1);
  u.bind(exit);
}

/** `await R[src]` into R[d]. `where` is GET_AWAITABLE's c operand. */
export function awaitValue(c: Compiler, src: number, d: number, where: number): void {
  const u = c.u;
  const mark = u.mark();
  const it = u.temp();
  u.emit(Op.GET_AWAITABLE, it, src, where);
  u.emit(Op.MOVE, d, u.constReg(null));
  sendLoop(c, it, d);
  u.release(mark);
}

function sequence(
  c: Compiler,
  elts: A.expr[],
  kind: "tuple" | "list" | "set",
  dst: number | undefined,
): number {
  const u = c.u;
  const build = kind === "tuple" ? Op.BUILD_TUPLE : kind === "list" ? Op.BUILD_LIST : Op.BUILD_SET;
  if (kind === "set" && elts.length > 2) {
    // CPython builds a display of more than two constants as BUILD_SET 0 + SET_UPDATE of a
    // frozenset constant, which decides the set's table order.
    const items: Constant[] = [];
    for (const e of elts) {
      const v = e._type === "Starred" ? undefined : constantOf(e);
      if (v === undefined) break;
      items.push(v);
    }
    if (items.length === elts.length) {
      const d = dst !== undefined && !u.isLocal(dst) ? dst : u.temp();
      u.emit(Op.BUILD_SET, d, 0, 0);
      u.emit(Op.SET_UPDATE, d, u.constReg(new ConstFrozenset(items)));
      return moveTo(c, d, dst);
    }
  }
  if (!elts.some((e) => e._type === "Starred")) {
    const mark = u.mark();
    const base = exprsToTemps(c, elts);
    u.release(mark);
    const d = target(c, dst);
    u.emit(build, d, base, elts.length);
    return d;
  }
  // With starred items: build a list (or set) and extend it, as CPython.
  const d = dst !== undefined && !u.isLocal(dst) ? dst : u.temp();
  const mark = u.mark();
  let i = 0;
  while (i < elts.length && elts[i]._type !== "Starred") i++;
  const base = exprsToTemps(c, elts.slice(0, i));
  u.emit(kind === "set" ? Op.BUILD_SET : Op.BUILD_LIST, d, base, i);
  u.release(mark);
  for (; i < elts.length; i++) {
    const e = elts[i];
    const m = u.mark();
    if (e._type === "Starred") {
      const v = expr(c, e.value);
      u.emit(kind === "set" ? Op.SET_UPDATE : Op.LIST_EXTEND, d, v);
    } else {
      const v = expr(c, e);
      u.emit(kind === "set" ? Op.SET_ADD : Op.LIST_APPEND, d, v);
    }
    u.release(m);
  }
  if (kind === "tuple") u.emit(Op.LIST_TO_TUPLE, d, d);
  return moveTo(c, d, dst);
}

function dict(c: Compiler, e: A.Dict, dst: number | undefined): number {
  const u = c.u;
  const n = e.keys.length;
  if (!e.keys.some((k) => k === null)) {
    const mark = u.mark();
    const base = u.temps(2 * n);
    for (let i = 0; i < n; i++) {
      exprInto(c, e.keys[i]!, base + 2 * i);
      exprInto(c, e.values[i], base + 2 * i + 1);
    }
    u.release(mark);
    const d = target(c, dst);
    u.emit(Op.BUILD_MAP, d, base, n);
    return d;
  }
  const d = dst !== undefined && !u.isLocal(dst) ? dst : u.temp();
  u.emit(Op.BUILD_MAP, d, 0, 0);
  for (let i = 0; i < n; i++) {
    const mark = u.mark();
    const k = e.keys[i];
    if (k === null) {
      const v = expr(c, e.values[i]);
      u.emit(Op.DICT_UPDATE, d, v);
    } else {
      const kr = operand(c, k, [e.values[i]]);
      const v = expr(c, e.values[i]);
      u.emit(Op.MAP_ADD, d, kr, v);
    }
    u.release(mark);
  }
  return moveTo(c, d, dst);
}

function boolOp(c: Compiler, e: A.BoolOp, dst: number | undefined): number {
  const u = c.u;
  const d = dst !== undefined && !u.isLocal(dst) ? dst : u.temp();
  const end = c.newLabel();
  const jump = e.op === "And" ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
  e.values.forEach((v, i) => {
    exprInto(c, v, d);
    if (i < e.values.length - 1) u.emitJump(jump, end, 2, d);
  });
  u.bind(end);
  return moveTo(c, d, dst);
}

/** A register holding the right operand of `in` when it is a list or set display of
 * constants, folded as CPython does (a tuple, a frozenset) instead of built at every
 * test; undefined for any other operand. */
function foldedContainer(c: Compiler, op: A.cmpop, e: A.expr): number | undefined {
  if ((op !== "In" && op !== "NotIn") || (e._type !== "List" && e._type !== "Set")) return undefined;
  const items: Constant[] = [];
  for (const elt of e.elts) {
    const v = constantOf(elt);
    if (v === undefined) return undefined;
    items.push(v);
  }
  return c.u.constReg(e._type === "List" ? new ConstTuple(items) : new ConstFrozenset(items));
}

function compare(c: Compiler, e: A.Compare, dst: number | undefined): number {
  const u = c.u;
  checkCompare(c, e);
  if (e.ops.length === 1) {
    const mark = u.mark();
    const l = operand(c, e.left, e.comparators);
    const r = foldedContainer(c, e.ops[0], e.comparators[0]) ?? expr(c, e.comparators[0]);
    u.release(mark);
    const d = target(c, dst);
    u.emit(CMPOP[e.ops[0]], d, l, r);
    return d;
  }
  // a < b < c: each middle operand is evaluated once; stop at the first false result.
  const d = dst !== undefined && !u.isLocal(dst) ? dst : u.temp();
  const end = c.newLabel();
  const mark = u.mark();
  let l = operand(c, e.left, e.comparators);
  for (let i = 0; i < e.ops.length; i++) {
    const rest = e.comparators.slice(i + 1);
    // Only the last operand is folded: a middle one is also the left of the next test.
    const last = i === e.ops.length - 1;
    const r =
      (last ? foldedContainer(c, e.ops[i], e.comparators[i]) : undefined) ??
      operand(c, e.comparators[i], rest);
    u.emit(CMPOP[e.ops[i]], d, l, r);
    if (i < e.ops.length - 1) u.emitJump(Op.POP_JUMP_IF_FALSE, end, 2, d);
    l = r;
  }
  u.release(mark);
  u.bind(end);
  return moveTo(c, d, dst);
}

/** Jumps to `label` if truth(e) === cond; falls through otherwise. */
export function jumpIf(c: Compiler, e: A.expr, cond: boolean, label: Label): void {
  const u = c.u;
  const restore = c.at(e);
  try {
    if (e._type === "UnaryOp" && e.op === "Not") {
      jumpIf(c, e.operand, !cond, label);
      return;
    }
    if (e._type === "BoolOp") {
      const isAnd = e.op === "And";
      if (isAnd !== cond) {
        // (a and b) false -> a false or b false; (a or b) true -> a true or b true.
        for (const v of e.values) jumpIf(c, v, cond, label);
      } else {
        const skip = c.newLabel();
        e.values.forEach((v, i) => {
          if (i < e.values.length - 1) jumpIf(c, v, !cond, skip);
          else jumpIf(c, v, cond, label);
        });
        u.bind(skip);
      }
      return;
    }
    if (e._type === "Compare" && e.ops.length === 1 && (e.ops[0] === "Is" || e.ops[0] === "IsNot")) {
      const other = isNone(e.comparators[0]) ? e.left : isNone(e.left) ? e.comparators[0] : null;
      if (other) {
        checkCompare(c, e);
        const mark = u.mark();
        const r = expr(c, other);
        u.release(mark);
        const jumpIfNone = (e.ops[0] === "Is") === cond;
        u.emitJump(jumpIfNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE, label, 2, r);
        return;
      }
    }
    const k = e._type === "Constant" ? e.value : undefined;
    if (e._type === "Constant" && (k === true || k === false || k === null || typeof k === "bigint")) {
      const truth = k === true || (typeof k === "bigint" && k !== 0n);
      // The test's line still runs for a tracer (`if False:`, each turn of `while True:`),
      // as CPython's NOP in its place; a jump belongs to the line it leaves.
      u.emit(Op.NOP);
      if (truth === cond) u.emitJump(Op.JUMP_FORWARD, label, 1);
      return;
    }
    const mark = u.mark();
    const r = expr(c, e);
    u.release(mark);
    u.emitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, label, 2, r);
  } finally {
    restore();
  }
}

function isNone(e: A.expr): boolean {
  return e._type === "Constant" && e.value === null;
}

// Calls.

function call(c: Compiler, e: A.Call, dst: number | undefined): number {
  const u = c.u;
  checkKeywords(c, e.keywords);
  if (e.func._type !== "Attribute") checkCall(c, e);
  for (const k of e.keywords) if (k.arg === "__debug__") throw c.error("cannot assign to __debug__", e);
  const simple = !e.args.some((a) => a._type === "Starred") && !e.keywords.some((k) => k.arg === null);
  const mark = u.mark();
  let d: number;
  if (simple && e.func._type === "Attribute" && e.func.ctx === "Load") {
    const f = e.func;
    const n = e.args.length + e.keywords.length;
    const base = u.temps(2 + n);
    const obj = expr(c, f.value);
    const restore = c.at(f);
    u.emit(Op.LOAD_METHOD, base, obj, u.name(c.mangle(f.attr)));
    restore();
    argsInto(c, e, base + 2);
    u.release(mark);
    d = target(c, dst);
    kwNames(c, e.keywords);
    u.emit(Op.CALL_METHOD, d, base, n);
  } else if (simple) {
    const n = e.args.length + e.keywords.length;
    const base = u.temps(1 + n);
    exprInto(c, e.func, base);
    argsInto(c, e, base + 1);
    u.release(mark);
    d = target(c, dst);
    kwNames(c, e.keywords);
    u.emit(Op.CALL, d, base, n);
  } else {
    const base = u.temps(3);
    exprInto(c, e.func, base);
    starArgs(c, e.args, base + 1);
    const hasKw = e.keywords.length > 0;
    if (hasKw) kwargsDict(c, e.keywords, base + 2, base);
    u.release(mark);
    d = target(c, dst);
    u.emit(Op.CALL_FUNCTION_EX, d, base, hasKw ? 1 : 0);
  }
  return d;
}

function argsInto(c: Compiler, e: A.Call, base: number): void {
  e.args.forEach((a, i) => exprInto(c, a, base + i));
  e.keywords.forEach((k, i) => exprInto(c, k.value, base + e.args.length + i));
}

function kwNames(c: Compiler, keywords: A.keyword[]): void {
  if (keywords.length === 0) return;
  c.u.emit(Op.KW_NAMES, c.u.constIndex(new ConstTuple(keywords.map((k) => k.arg!))));
}

export function checkKeywords(c: Compiler, keywords: A.keyword[]): void {
  const seen = new Set<string>();
  for (const k of keywords) {
    if (k.arg === null) continue;
    if (seen.has(k.arg)) throw c.error(`keyword argument repeated: ${k.arg}`, k);
    seen.add(k.arg);
  }
}

/** Positional arguments with stars into a tuple in R[d]. */
export function starArgs(c: Compiler, args: A.expr[], d: number): void {
  if (args.length === 1 && args[0]._type === "Starred") {
    // f(*a): the value itself; CALL_FUNCTION_EX checks it is iterable (naming the callee)
    // and converts it to a tuple.
    exprInto(c, args[0].value, d);
    return;
  }
  sequence(c, args, "tuple", d);
}

/** Keyword arguments (with **) into a new dict in R[d]; `func` is the callee register. */
export function kwargsDict(c: Compiler, keywords: A.keyword[], d: number, func: number): void {
  const u = c.u;
  u.emit(Op.BUILD_MAP, d, 0, 0);
  let i = 0;
  while (i < keywords.length) {
    const mark = u.mark();
    if (keywords[i].arg === null) {
      const v = expr(c, keywords[i].value);
      u.emit(Op.DICT_MERGE, d, v, func);
      i++;
    } else {
      const start = i;
      while (i < keywords.length && keywords[i].arg !== null) i++;
      const base = u.temps(2 * (i - start));
      for (let j = start; j < i; j++) {
        u.emit(Op.MOVE, base + 2 * (j - start), u.constReg(keywords[j].arg!));
        exprInto(c, keywords[j].value, base + 2 * (j - start) + 1);
      }
      const t = u.temp();
      u.emit(Op.BUILD_MAP, t, base, i - start);
      u.emit(Op.DICT_MERGE, d, t, func);
    }
    u.release(mark);
  }
}

// f-strings.

function joinedStr(c: Compiler, e: A.JoinedStr, dst: number | undefined): number {
  const u = c.u;
  if (e.values.length === 1 && e.values[0]._type === "FormattedValue")
    return formattedValue(c, e.values[0], dst);
  if (e.values.length === 0) return constant(c, "", dst);
  if (e.values.length === 1) return expr(c, e.values[0], dst);
  const mark = u.mark();
  const base = exprsToTemps(c, e.values);
  u.release(mark);
  const d = target(c, dst);
  u.emit(Op.BUILD_STRING, d, base, e.values.length);
  return d;
}

function formattedValue(c: Compiler, e: A.FormattedValue, dst: number | undefined): number {
  const u = c.u;
  const mark = u.mark();
  const base = u.temps(e.format_spec ? 2 : 1);
  exprInto(c, e.value, base);
  let flags =
    e.conversion === 115
      ? FVC_STR
      : e.conversion === 114
        ? FVC_REPR
        : e.conversion === 97
          ? FVC_ASCII
          : FVC_NONE;
  if (e.format_spec) {
    exprInto(c, e.format_spec, base + 1);
    flags |= FVS_HAVE_SPEC;
  }
  u.release(mark);
  const d = target(c, dst);
  const restore = c.at(e);
  u.emit(Op.FORMAT_VALUE, d, base, flags);
  restore();
  return d;
}

// Assignment targets.

/** Stores R[src] into an assignment target. */
export function store(c: Compiler, t: A.expr, src: number): void {
  const u = c.u;
  const restore = c.at(t);
  try {
    switch (t._type) {
      case "Name":
        checkForbidden(c, t.id, t);
        c.storeName(t.id, src, t);
        return;
      case "Attribute": {
        checkForbidden(c, t.attr, t);
        const mark = u.mark();
        const obj = expr(c, t.value);
        u.emit(Op.STORE_ATTR, obj, u.name(c.mangle(t.attr)), src);
        u.release(mark);
        return;
      }
      case "Subscript": {
        const mark = u.mark();
        const obj = operand(c, t.value, [t.slice]);
        const key = expr(c, t.slice);
        u.emit(Op.STORE_SUBSCR, obj, key, src);
        u.release(mark);
        return;
      }
      case "Tuple":
      case "List":
        unpack(c, t.elts, src, t);
        return;
      case "Starred":
        throw c.error("starred assignment target must be in a list or tuple", t);
      default:
        throw c.error(`cannot assign to ${t._type}`, t);
    }
  } finally {
    restore();
  }
}

export function unpack(c: Compiler, elts: A.expr[], src: number, at: A.expr): void {
  const u = c.u;
  let star = -1;
  elts.forEach((e, i) => {
    if (e._type === "Starred") {
      if (star >= 0) throw c.error("multiple starred expressions in assignment", at);
      star = i;
    }
  });
  const mark = u.mark();
  const base = u.temps(elts.length);
  const restore = c.at(at);
  if (star < 0) u.emit(Op.UNPACK_SEQUENCE, base, src, elts.length);
  else {
    const after = elts.length - star - 1;
    if (star >= 256 || after >= 1 << 23)
      throw c.error("too many expressions in star-unpacking assignment", at);
    u.emit(Op.UNPACK_EX, base, src, star | (after << 8));
  }
  restore();
  elts.forEach((e, i) => store(c, e._type === "Starred" ? e.value : e, base + i));
  u.release(mark);
}

export function checkForbidden(c: Compiler, name: string, loc: A.expr | A.arg | A.keyword): void {
  if (name === "__debug__") throw c.error("cannot assign to __debug__", loc as A.expr);
}

export function deleteTarget(c: Compiler, t: A.expr): void {
  const u = c.u;
  const restore = c.at(t);
  try {
    switch (t._type) {
      case "Name":
        if (t.id === "__debug__") throw c.error("cannot delete __debug__", t);
        c.deleteName(t.id, t);
        return;
      case "Attribute": {
        const mark = u.mark();
        const obj = expr(c, t.value);
        u.emit(Op.DELETE_ATTR, obj, u.name(c.mangle(t.attr)));
        u.release(mark);
        return;
      }
      case "Subscript": {
        const mark = u.mark();
        const obj = operand(c, t.value, [t.slice]);
        const key = expr(c, t.slice);
        u.emit(Op.DELETE_SUBSCR, obj, key);
        u.release(mark);
        return;
      }
      case "Tuple":
      case "List":
        for (const e of t.elts) deleteTarget(c, e);
        return;
      default:
        throw c.error(`cannot delete ${t._type}`, t);
    }
  } finally {
    restore();
  }
}
