// Statements: module / expression / interactive bodies, assignments, control flow, imports,
// and the unwinding of break / continue / return through enclosing frame blocks (finally
// bodies run inline, handlers restore the exception state, with-blocks call __exit__).

import type * as A from "../parser/ast.generated.js";
import { ConstTuple } from "./code.js";
import { isDocstring, type Compiler, type FBlock } from "./compiler.js";
import {
  awaitValue,
  binaryOpcode,
  checkForbidden,
  deleteTarget,
  expr,
  exprInto,
  jumpIf,
  sendLoop,
  store,
} from "./codegen_expr.js";
import { compileClassDef, compileFunctionDef } from "./codegen_func.js";
import { compileTry, compileTryStar, compileWith, lastVisited } from "./codegen_exc.js";
import { compileMatch } from "./codegen_pattern.js";
import { Op } from "./opcodes.js";
import { checkAssert, checkWhileTestAgain } from "./warnings.js";

export function compileModuleBody(c: Compiler, mod: A.Module): void {
  let body = mod.body;
  if (findAnnotations(body)) c.u.emit(Op.SETUP_ANNOTATIONS);
  if (body.length && isDocstring(body[0]) && c.optimize < 2) {
    const doc = body[0] as A.Expr;
    const restore = c.at(doc);
    c.u.emit(Op.STORE_NAME, c.u.name("__doc__"), c.u.constReg((doc.value as A.Constant).value));
    restore();
    body = body.slice(1);
  }
  stmts(c, body);
}

export function compileExpressionBody(c: Compiler, mod: A.Expression): void {
  const r = expr(c, mod.body);
  const restore = c.at(mod.body);
  c.u.emit(Op.RETURN_VALUE, r);
  restore();
}

export function compileInteractiveBody(c: Compiler, mod: A.Interactive): void {
  if (findAnnotations(mod.body)) c.u.emit(Op.SETUP_ANNOTATIONS);
  stmts(c, mod.body);
}

/** Whether a module or class body has annotated assignments (not inside nested scopes). */
export function findAnnotations(body: A.stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case "AnnAssign":
        return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case "With":
      case "AsyncWith":
        if (findAnnotations(s.body)) return true;
        break;
      case "Try":
      case "TryStar":
        if (findAnnotations(s.body) || findAnnotations(s.orelse) || findAnnotations(s.finalbody)) return true;
        for (const h of s.handlers) if (findAnnotations(h.body)) return true;
        break;
      case "Match":
        for (const m of s.cases) if (findAnnotations(m.body)) return true;
        break;
    }
  }
  return false;
}

export function stmts(c: Compiler, body: A.stmt[]): void {
  for (const s of body) stmt(c, s);
}

export function stmt(c: Compiler, s: A.stmt): void {
  const restore = c.at(s);
  const mark = c.u.mark();
  try {
    stmtInner(c, s);
  } finally {
    c.u.release(mark);
    restore();
  }
}

function stmtInner(c: Compiler, s: A.stmt): void {
  const u = c.u;
  switch (s._type) {
    case "Expr": {
      if (c.interactive && c.scope.kind === "module") {
        const r = expr(c, s.value);
        u.emit(Op.PRINT_EXPR, r);
        return;
      }
      // A constant statement has no effect and no code (CPython drops it too).
      if (s.value._type === "Constant") {
        u.emit(Op.NOP);
        return;
      }
      expr(c, s.value);
      return;
    }
    case "Assign":
      assign(c, s);
      return;
    case "AugAssign":
      augAssign(c, s);
      return;
    case "AnnAssign":
      annAssign(c, s);
      return;
    case "Delete":
      for (const t of s.targets) deleteTarget(c, t);
      return;
    case "Pass":
      u.emit(Op.NOP);
      return;
    case "If": {
      const end = c.newLabel();
      const orelse = s.orelse.length ? c.newLabel() : end;
      jumpIf(c, s.test, false, orelse);
      stmts(c, s.body);
      if (s.orelse.length) {
        u.emitJump(Op.JUMP_FORWARD, end, 1);
        u.bind(orelse);
        stmts(c, s.orelse);
      }
      u.bind(end);
      return;
    }
    case "While":
      whileLoop(c, s);
      return;
    case "For":
      forLoop(c, s);
      return;
    case "AsyncFor":
      asyncForLoop(c, s);
      return;
    case "Break":
    case "Continue":
      breakContinue(c, s);
      return;
    case "Return":
      returnStmt(c, s);
      return;
    case "Raise": {
      if (!s.exc) {
        u.emit(Op.RAISE_VARARGS, 0, 0, 0);
        return;
      }
      const exc = expr(c, s.exc);
      if (s.cause) {
        const cause = expr(c, s.cause);
        u.emit(Op.RAISE_VARARGS, exc, cause, 2);
      } else u.emit(Op.RAISE_VARARGS, exc, 0, 1);
      return;
    }
    case "Assert":
      assertStmt(c, s);
      return;
    case "Import":
      importStmt(c, s);
      return;
    case "ImportFrom":
      importFrom(c, s);
      return;
    case "Global":
    case "Nonlocal":
      return;
    case "FunctionDef":
    case "AsyncFunctionDef":
      compileFunctionDef(c, s);
      return;
    case "ClassDef":
      compileClassDef(c, s);
      return;
    case "Try":
      compileTry(c, s);
      return;
    case "TryStar":
      compileTryStar(c, s);
      return;
    case "With":
    case "AsyncWith":
      compileWith(c, s, 0);
      return;
    case "Match":
      compileMatch(c, s);
      return;
  }
}

function assign(c: Compiler, s: A.Assign): void {
  const u = c.u;
  if (s.targets.length === 1) {
    const t = s.targets[0];
    // x = value: write straight into a local's register.
    if (t._type === "Name") {
      checkForbidden(c, t.id, t);
      const r = c.fastRegister(t.id);
      if (r >= 0) {
        exprInto(c, s.value, r);
        return;
      }
    }
    // a, b = x, y: no tuple, but every value is evaluated before any store.
    if (
      (t._type === "Tuple" || t._type === "List") &&
      (s.value._type === "Tuple" || s.value._type === "List") &&
      t.elts.length === s.value.elts.length &&
      !t.elts.some((e) => e._type === "Starred") &&
      !s.value.elts.some((e) => e._type === "Starred")
    ) {
      const base = u.temps(t.elts.length);
      s.value.elts.forEach((e, i) => exprInto(c, e, base + i));
      t.elts.forEach((e, i) => store(c, e, base + i));
      return;
    }
  }
  const v = expr(c, s.value);
  for (const t of s.targets) store(c, t, v);
}

function augAssign(c: Compiler, s: A.AugAssign): void {
  const u = c.u;
  const t = s.target;
  const op = binaryOpcode(s.op, true);
  switch (t._type) {
    case "Name": {
      checkForbidden(c, t.id, t);
      const cur = c.loadName(t.id, t);
      const v = expr(c, s.value);
      const fast = c.fastRegister(t.id);
      const d = fast >= 0 ? fast : u.temp();
      const restore = c.at(s);
      u.emit(op, d, cur, v);
      restore();
      if (fast < 0) c.storeName(t.id, d, t);
      return;
    }
    case "Attribute": {
      const obj = expr(c, t.value);
      const cur = u.temp();
      const name = u.name(c.mangle(t.attr));
      let restore = c.at(t);
      u.emit(Op.LOAD_ATTR, cur, obj, name);
      restore();
      const v = expr(c, s.value);
      restore = c.at(s);
      u.emit(op, cur, cur, v);
      restore();
      restore = c.at(t);
      u.emit(Op.STORE_ATTR, obj, name, cur);
      restore();
      return;
    }
    case "Subscript": {
      const obj = u.temp();
      exprInto(c, t.value, obj);
      const key = u.temp();
      exprInto(c, t.slice, key);
      const cur = u.temp();
      let restore = c.at(t);
      u.emit(Op.BINARY_SUBSCR, cur, obj, key);
      restore();
      const v = expr(c, s.value);
      restore = c.at(s);
      u.emit(op, cur, cur, v);
      restore();
      restore = c.at(t);
      u.emit(Op.STORE_SUBSCR, obj, key, cur);
      restore();
      return;
    }
    default:
      throw c.error(`'${t._type}' is an illegal expression for augmented assignment`, t);
  }
}

function annAssign(c: Compiler, s: A.AnnAssign): void {
  const u = c.u;
  const t = s.target;
  if (s.value) {
    const v = expr(c, s.value);
    store(c, t, v);
  }
  if (t._type === "Name") {
    checkForbidden(c, t.id, t);
    // Module and class bodies record simple annotations in __annotations__.
    if (s.simple && (c.scope.kind === "module" || c.scope.kind === "class")) {
      const ann = annotationValue(c, s.annotation);
      const d = u.temp();
      u.emit(Op.LOAD_NAME, d, u.name("__annotations__"));
      u.emit(Op.STORE_SUBSCR, d, u.constReg(c.mangle(t.id)), ann);
    }
  } else if (!s.value) {
    // `a.b: int` evaluates a (and a[i] evaluates a and i), without an access.
    if (t._type === "Attribute") expr(c, t.value);
    else if (t._type === "Subscript") {
      expr(c, t.value);
      expr(c, t.slice);
    }
    if (!c.futureAnnotations && (c.scope.kind === "module" || c.scope.kind === "class")) {
      expr(c, s.annotation);
    }
  } else if (!c.futureAnnotations && (c.scope.kind === "module" || c.scope.kind === "class")) {
    expr(c, s.annotation);
  }
}

/** An annotation's value: evaluated, or its source text under `from __future__ import
 * annotations` (TODO: ast.unparse; until then the text is rebuilt by a minimal unparser). */
export function annotationValue(c: Compiler, e: A.expr): number {
  if (c.futureAnnotations) return c.u.constReg(unparseAnnotation(e));
  return expr(c, e);
}

function unparseAnnotation(e: A.expr): string {
  switch (e._type) {
    case "Name":
      return e.id;
    case "Constant":
      return typeof e.value === "string" ? JSON.stringify(e.value).replace(/^"|"$/g, "'") : String(e.value);
    case "Attribute":
      return `${unparseAnnotation(e.value)}.${e.attr}`;
    case "Subscript":
      return `${unparseAnnotation(e.value)}[${unparseAnnotation(e.slice)}]`;
    case "Tuple":
      return e.elts.map(unparseAnnotation).join(", ");
    case "Starred":
      return `*${unparseAnnotation(e.value)}`;
    case "BinOp":
      return e.op === "BitOr" ? `${unparseAnnotation(e.left)} | ${unparseAnnotation(e.right)}` : "...";
    case "List":
      return `[${e.elts.map(unparseAnnotation).join(", ")}]`;
    default:
      return "...";
  }
}

function whileLoop(c: Compiler, s: A.While): void {
  const u = c.u;
  const top = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  u.bind(top);
  jumpIf(c, s.test, false, orelse);
  c.scope.fblocks.push({ kind: "loop", continueLabel: top, breakLabel: end, hdepth: u.handlerDepth() });
  stmts(c, s.body);
  c.scope.fblocks.pop();
  checkWhileTestAgain(c, s.test);
  const restore = c.at(s);
  u.emitJump(Op.JUMP_BACKWARD, top, 1);
  restore();
  u.bind(orelse);
  stmts(c, s.orelse);
  u.bind(end);
}

function forLoop(c: Compiler, s: A.For): void {
  const u = c.u;
  const it = u.temp();
  const iterable = expr(c, s.iter);
  // CPython 3.11 gives GET_ITER and FOR_ITER the whole statement's location, so a
  // traceback through them shows no carets.
  u.emit(Op.GET_ITER, it, iterable);
  const top = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  u.bind(top);
  const fast = s.target._type === "Name" ? c.fastRegister(s.target.id) : -1;
  const v = fast >= 0 ? fast : u.temp();
  u.emitJump(Op.FOR_ITER, orelse, 3, v, it);
  if (fast < 0) store(c, s.target, v);
  c.scope.fblocks.push({ kind: "loop", continueLabel: top, breakLabel: end, hdepth: u.handlerDepth() });
  stmts(c, s.body);
  c.scope.fblocks.pop();
  const restore = c.at(s.target);
  u.emitJump(Op.JUMP_BACKWARD, top, 1);
  restore();
  u.bind(orelse);
  stmts(c, s.orelse);
  u.bind(end);
}

function asyncForLoop(c: Compiler, s: A.AsyncFor): void {
  const u = c.u;
  const sc = c.scope;
  if (!(sc.isAsync && sc.kind !== "lambda") && !(sc.ste.type === "module" && c.allowTopLevelAwait)) {
    throw c.error("'async for' outside async function", s);
  }
  const ait = u.temp();
  const iterable = expr(c, s.iter);
  u.emit(Op.GET_AITER, ait, iterable);
  const top = c.newLabel();
  const handler = c.newLabel();
  const end = c.newLabel();
  const exc = u.temp();
  const v = u.temp();
  u.bind(top);
  u.pushHandler(handler, exc);
  const aw = u.temp();
  u.emit(Op.GET_ANEXT, aw, ait);
  u.emit(Op.MOVE, v, u.constReg(null));
  sendLoop(c, aw, v);
  u.popHandler();
  store(c, s.target, v);
  c.scope.fblocks.push({ kind: "loop", continueLabel: top, breakLabel: end, hdepth: u.handlerDepth() });
  stmts(c, s.body);
  c.scope.fblocks.pop();
  u.emitJump(Op.JUMP_BACKWARD, top, 1);
  u.bind(handler);
  u.emit(Op.END_ASYNC_FOR, exc);
  stmts(c, s.orelse);
  u.bind(end);
}

function breakContinue(c: Compiler, s: A.Break | A.Continue): void {
  const fblocks = c.scope.fblocks;
  let i = fblocks.length - 1;
  while (i >= 0 && fblocks[i].kind !== "loop") {
    if (fblocks[i].kind === "exceptStar") throw c.error(EXCEPT_STAR_EXIT, s);
    i--;
  }
  if (i < 0) {
    throw c.error(s._type === "Break" ? "'break' outside loop" : "'continue' not properly in loop", s);
  }
  // The statement's line runs for a tracer even when the jump is all it does (CPython's
  // NOP here).
  c.u.emit(Op.NOP);
  const done = unwind(c, i + 1);
  const loop = fblocks[i] as Extract<FBlock, { kind: "loop" }>;
  if (s._type === "Break") c.u.emitJump(Op.JUMP_FORWARD, loop.breakLabel, 1);
  else c.u.emitJump(Op.JUMP_BACKWARD, loop.continueLabel, 1);
  done();
}

type TryFinallyBlock = Extract<FBlock, { kind: "tryFinally" }>;

const EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";

function returnStmt(c: Compiler, s: A.Return): void {
  const u = c.u;
  const sc = c.scope;
  if (sc.ste.type !== "function" || sc.kind === "comprehension")
    throw c.error("'return' outside function", s);
  if (s.value && sc.ste.coroutine && sc.ste.generator) {
    throw c.error("'return' with value in async generator", s);
  }
  if (sc.fblocks.some((f) => f.kind === "exceptStar")) throw c.error(EXCEPT_STAR_EXIT, s.value ?? s);
  let r = s.value ? expr(c, s.value) : u.constReg(null);
  if (sc.fblocks.some((f) => f.kind !== "loop") && !u.isConst(r)) {
    const t = u.temp();
    u.emit(Op.MOVE, t, r);
    r = t;
  }
  // Before a finally body runs, the return's own line runs (CPython loads the value there).
  const finallyBodies = sc.fblocks.filter((f): f is TryFinallyBlock => f.kind === "tryFinally");
  if (finallyBodies.length > 0 && u.isConst(r)) u.emit(Op.NOP);
  const done = unwind(c, 0);
  // After one, the return keeps the location of the last finally statement, as in CPython.
  const restore = c.at(finallyBodies.length > 0 ? lastVisited(finallyBodies[0]!.body) : s);
  u.emit(Op.RETURN_VALUE, r);
  restore();
  done();
}

/** Emits the exit code of the frame blocks from the innermost down to index `downTo`;
 * returns a function restoring the block and handler stacks once the jump is emitted. */
export function unwind(c: Compiler, downTo: number): () => void {
  const sc = c.scope;
  const u = c.u;
  const saved = sc.fblocks;
  const savedHandlers = u.saveHandlers();
  for (let i = saved.length - 1; i >= downTo; i--) {
    const fb = saved[i];
    u.truncateHandlers(fb.hdepth);
    sc.fblocks = saved.slice(0, i);
    switch (fb.kind) {
      case "loop":
        break;
      case "tryFinally":
        stmts(c, fb.body);
        break;
      case "finallyEnd":
        u.emit(Op.POP_EXCEPT, fb.prev);
        break;
      case "handler":
        u.emit(Op.POP_EXCEPT, fb.prev);
        if (fb.name !== null) {
          c.storeName(fb.name, u.constReg(null), u.loc!);
          c.deleteName(fb.name, u.loc!);
        }
        break;
      case "exceptStar":
        break;
      case "with": {
        const restore = c.at(fb.loc);
        const mark = u.mark();
        const base = u.temps(4);
        u.emit(Op.MOVE, base, fb.exit);
        for (let k = 1; k <= 3; k++) u.emit(Op.MOVE, base + k, u.constReg(null));
        const r = u.temp();
        u.emit(Op.CALL, r, base, 3);
        if (fb.async) awaitValue(c, r, r, 2);
        u.release(mark);
        restore();
        break;
      }
    }
  }
  return () => {
    sc.fblocks = saved;
    u.restoreHandlers(savedHandlers);
  };
}

function assertStmt(c: Compiler, s: A.Assert): void {
  const u = c.u;
  checkAssert(c, s);
  if (c.optimize > 0) return;
  const end = c.newLabel();
  jumpIf(c, s.test, true, end);
  const restore = c.at(assertRaiseLocation(s.test) ?? s);
  const err = u.temp();
  u.emit(Op.LOAD_ASSERTION_ERROR, err);
  if (s.msg) {
    const base = u.temps(2);
    u.emit(Op.MOVE, base, err);
    exprInto(c, s.msg, base + 1);
    u.emit(Op.CALL, err, base, 1);
  }
  u.emit(Op.RAISE_VARARGS, err, 0, 1);
  restore();
  u.bind(end);
}

/** Where CPython 3.11 raises a failed assert: its compiler_jump_if sets the location of
 * each comparison it branches on and never restores it, so the AssertionError carries
 * the last comparison reached through not/and/or/if-else, else the statement's. */
function assertRaiseLocation(e: A.expr): A.expr | null {
  switch (e._type) {
    case "Compare":
      return e;
    case "UnaryOp":
      return e.op === "Not" ? assertRaiseLocation(e.operand) : null;
    case "BoolOp":
      return lastLocation(e.values);
    case "IfExp":
      return lastLocation([e.test, e.body, e.orelse]);
    default:
      return null;
  }
}

function lastLocation(es: A.expr[]): A.expr | null {
  let found: A.expr | null = null;
  for (const e of es) found = assertRaiseLocation(e) ?? found;
  return found;
}

function importStmt(c: Compiler, s: A.Import): void {
  const u = c.u;
  // CPython 3.11 gives every instruction of an import statement the statement's location.
  for (const a of s.names) {
    const bound = a.asname ?? a.name.split(".")[0]!;
    if (bound === "__debug__") throw c.error("cannot assign to __debug__", s);
    const mod = u.temp();
    const args = u.temps(2);
    u.emit(Op.MOVE, args, u.constReg(0n));
    u.emit(Op.MOVE, args + 1, u.constReg(null));
    u.emit(Op.IMPORT_NAME, mod, u.name(a.name), args);
    if (a.asname) {
      // import a.b.c as d binds d to the submodule a.b.c.
      const parts = a.name.split(".");
      let cur = mod;
      for (let i = 1; i < parts.length; i++) {
        const next = u.temp();
        u.emit(Op.IMPORT_FROM, next, cur, u.name(parts[i]));
        cur = next;
      }
      c.storeName(a.asname, cur, a);
    } else {
      const dot = a.name.indexOf(".");
      c.storeName(dot >= 0 ? a.name.slice(0, dot) : a.name, mod, a);
    }
  }
}

function importFrom(c: Compiler, s: A.ImportFrom): void {
  const u = c.u;
  if (s.module === "__future__" && !c.validFutures.has(s)) {
    throw c.error("from __future__ imports must occur at the beginning of the file", s);
  }
  const mod = u.temp();
  const args = u.temps(2);
  u.emit(Op.MOVE, args, u.constReg(BigInt(s.level ?? 0)));
  u.emit(Op.MOVE, args + 1, u.constReg(new ConstTuple(s.names.map((a) => a.name))));
  u.emit(Op.IMPORT_NAME, mod, u.name(s.module ?? ""), args);
  if (s.names.length === 1 && s.names[0].name === "*") {
    u.emit(Op.IMPORT_STAR, mod);
    return;
  }
  for (const a of s.names) {
    if ((a.asname ?? a.name) === "__debug__") throw c.error("cannot assign to __debug__", s);
    const v = u.temp();
    u.emit(Op.IMPORT_FROM, v, mod, u.name(a.name));
    c.storeName(a.asname ?? a.name, v, a);
  }
}
