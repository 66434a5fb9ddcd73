// try / except / else / finally, try / except*, with and async with, laid out as CPython 3.11
// lays them out for zero-cost exceptions: the protected body is an exception-table range, the
// handler code saves and restores the handled exception with PUSH_EXC_INFO / POP_EXCEPT, and
// a "cleanup" range around each handler restores the exception state if the handler raises.

import type * as A from "../parser/ast.generated.js";
import type { Compiler } from "./compiler.js";
import { awaitValue, expr, store } from "./codegen_expr.js";
import { stmts } from "./codegen_stmt.js";
import { Op } from "./opcodes.js";
import type { Label } from "./unit.js";

export function compileTry(c: Compiler, s: A.Try): void {
  // The `try:` line runs (a tracer sees it), as CPython's NOP there.
  c.u.emit(Op.NOP);
  if (s.finalbody.length) {
    tryFinally(c, s, () => {
      if (s.handlers.length) tryExcept(c, s);
      else stmts(c, s.body);
    });
  } else tryExcept(c, s);
}

export function compileTryStar(c: Compiler, s: A.TryStar): void {
  c.u.emit(Op.NOP);
  if (s.finalbody.length) tryFinally(c, s, () => tryExceptStar(c, s));
  else tryExceptStar(c, s);
}

function tryFinally(c: Compiler, s: A.Try | A.TryStar, body: () => void): void {
  const u = c.u;
  const handler = c.newLabel();
  const end = c.newLabel();
  const exc = u.temp();
  c.scope.fblocks.push({ kind: "tryFinally", body: s.finalbody, hdepth: u.handlerDepth() });
  u.pushHandler(handler, exc);
  body();
  u.popHandler();
  c.scope.fblocks.pop();
  stmts(c, s.finalbody);
  u.emitJump(Op.JUMP_FORWARD, end, 1);
  // The exception path: run the finally body with the exception handled, then re-raise.
  u.bind(handler);
  const prev = u.temp();
  const cleanup = c.newLabel();
  const exc2 = u.temp();
  const lasti = u.temp();
  const hdepth = u.handlerDepth();
  u.pushHandler(cleanup, exc2, lasti);
  u.emitNoLine(Op.PUSH_EXC_INFO, prev, exc);
  c.scope.fblocks.push({ kind: "finallyEnd", prev, hdepth });
  stmts(c, s.finalbody);
  c.scope.fblocks.pop();
  // CPython's re-raise keeps the location of the last statement its compiler visited.
  const restore = c.at(lastVisited(s.finalbody));
  u.emit(Op.RERAISE, exc, -1);
  restore();
  u.popHandler();
  popExceptAndReraise(c, cleanup, prev, exc2, lasti);
  u.bind(end);
}

/** The statement CPython's compiler visits last in `body` (the innermost last one). */
export function lastVisited(body: A.stmt[]): A.stmt | null {
  const s = body[body.length - 1];
  if (s === undefined) return null;
  switch (s._type) {
    case "If":
      return lastVisited(s.orelse.length > 0 ? s.orelse : s.body) ?? s;
    case "For":
    case "AsyncFor":
    case "While":
      // a loop ends with its own back-edge and exit instructions
      return s.orelse.length > 0 ? (lastVisited(s.orelse) ?? s) : s;
    default:
      return s;
  }
}

/** The cleanup handler: restore the previous exception state and re-raise. */
function popExceptAndReraise(c: Compiler, label: Label, prev: number, exc: number, lasti: number): void {
  const u = c.u;
  u.bind(label);
  u.emitNoLine(Op.POP_EXCEPT, prev);
  u.emitNoLine(Op.RERAISE, exc, lasti);
}

function tryExcept(c: Compiler, s: A.Try): void {
  const u = c.u;
  const handler = c.newLabel();
  const end = c.newLabel();
  const exc = u.temp();
  u.pushHandler(handler, exc);
  stmts(c, s.body);
  u.popHandler();
  stmts(c, s.orelse);
  u.emitJump(Op.JUMP_FORWARD, end, 1);

  u.bind(handler);
  const prev = u.temp();
  const cleanup = c.newLabel();
  const exc2 = u.temp();
  const lasti = u.temp();
  const hdepth = u.handlerDepth();
  u.pushHandler(cleanup, exc2, lasti);
  u.emitNoLine(Op.PUSH_EXC_INFO, prev, exc);
  s.handlers.forEach((h, i) => {
    const restore = c.at(h);
    if (!h.type && i < s.handlers.length - 1) throw c.error("default 'except:' must be last", h);
    const next = c.newLabel();
    const mark = u.mark();
    if (h.type) {
      const t = expr(c, h.type);
      const m = u.temp();
      u.emit(Op.CHECK_EXC_MATCH, m, exc, t);
      u.emitJump(Op.POP_JUMP_IF_FALSE, next, 2, m);
    }
    u.release(mark);
    handlerBody(c, h, exc, prev, hdepth, end);
    restore();
    u.bind(next);
  });
  // No clause matched: the re-raise is located at the last clause, as in CPython.
  const restore = c.at(s.handlers[s.handlers.length - 1] ?? null);
  u.emit(Op.RERAISE, exc, -1);
  restore();
  u.popHandler();
  popExceptAndReraise(c, cleanup, prev, exc2, lasti);
  u.bind(end);
}

/** The body of one except clause: bind the name, run, unbind, restore the exception state. */
function handlerBody(
  c: Compiler,
  h: A.ExceptHandler,
  exc: number,
  prev: number,
  hdepth: number,
  end: Label,
): void {
  const u = c.u;
  if (h.name) {
    c.storeName(h.name, exc, h);
    const cleanupName = c.newLabel();
    const exc3 = u.temp();
    const lasti = u.temp();
    u.pushHandler(cleanupName, exc3, lasti);
    c.scope.fblocks.push({ kind: "handler", prev, name: h.name, hdepth });
    stmts(c, h.body);
    c.scope.fblocks.pop();
    u.popHandler();
    const saved = u.saveHandlers();
    u.truncateHandlers(hdepth);
    c.noLine(() => {
      u.emit(Op.POP_EXCEPT, prev);
      unbindName(c, h, null);
      u.emitJump(Op.JUMP_FORWARD, end, 1);
    });
    u.restoreHandlers(saved);
    // An exception in the body: unbind the name, then on to the cleanup handler.
    u.bind(cleanupName);
    c.noLine(() => {
      unbindName(c, h, null);
      u.emit(Op.RERAISE, exc3, lasti);
    });
  } else {
    c.scope.fblocks.push({ kind: "handler", prev, name: null, hdepth });
    stmts(c, h.body);
    c.scope.fblocks.pop();
    const saved = u.saveHandlers();
    u.truncateHandlers(hdepth);
    c.noLine(() => {
      u.emit(Op.POP_EXCEPT, prev);
      u.emitJump(Op.JUMP_FORWARD, end, 1);
    });
    u.restoreHandlers(saved);
  }
}

/** `name = None; del name` after an except clause binding `name` (located at `loc`, or at
 * no line). */
function unbindName(c: Compiler, h: A.ExceptHandler, loc: A.ExceptHandler | null = h): void {
  c.storeName(h.name!, c.u.constReg(null), loc);
  c.deleteName(h.name!, loc);
}

function tryExceptStar(c: Compiler, s: A.TryStar): void {
  const u = c.u;
  const handler = c.newLabel();
  const end = c.newLabel();
  const exc = u.temp();
  u.pushHandler(handler, exc);
  stmts(c, s.body);
  u.popHandler();
  stmts(c, s.orelse);
  u.emitJump(Op.JUMP_FORWARD, end, 1);

  u.bind(handler);
  const prev = u.temp();
  const cleanup = c.newLabel();
  const exc2 = u.temp();
  const lasti = u.temp();
  const hdepth = u.handlerDepth();
  u.pushHandler(cleanup, exc2, lasti);
  u.emit(Op.PUSH_EXC_INFO, prev, exc);
  // rest: what is still unmatched; raised: the list of exceptions the clauses raised.
  const rest = u.temps(2);
  const match = rest + 1;
  const raised = u.temp();
  u.emit(Op.MOVE, rest, exc);
  u.emit(Op.BUILD_LIST, raised, 0, 0);
  const reraise = c.newLabel();
  for (const h of s.handlers) {
    const restore = c.at(h);
    const next = c.newLabel();
    const mark = u.mark();
    const t = expr(c, h.type!);
    u.emit(Op.CHECK_EG_MATCH, rest, rest, t);
    u.emitJump(Op.POP_JUMP_IF_NONE, next, 2, match);
    u.release(mark);
    if (h.name) c.storeName(h.name, match, h);
    // A clause that raises adds its exception to `raised` and goes on with the next clause.
    const clauseExc = c.newLabel();
    const e3 = u.temp();
    u.pushHandler(clauseExc, e3);
    c.scope.fblocks.push({ kind: "exceptStar", hdepth });
    stmts(c, h.body);
    c.scope.fblocks.pop();
    u.popHandler();
    if (h.name) unbindName(c, h);
    u.emitJump(Op.JUMP_FORWARD, next, 1);
    u.bind(clauseExc);
    if (h.name) unbindName(c, h);
    u.emit(Op.LIST_APPEND, raised, e3);
    restore();
    u.bind(next);
  }
  u.bind(reraise);
  // Whatever no clause matched is re-raised together with what the clauses raised.
  u.emit(Op.LIST_APPEND, raised, rest);
  const toRaise = u.temp();
  u.emit(Op.PREP_RERAISE_STAR, toRaise, exc, raised);
  const nothing = c.newLabel();
  u.emitJump(Op.POP_JUMP_IF_NONE, nothing, 2, toRaise);
  u.emit(Op.RERAISE, toRaise, -1);
  u.popHandler();
  u.bind(nothing);
  u.emit(Op.POP_EXCEPT, prev);
  u.emitJump(Op.JUMP_FORWARD, end, 1);
  popExceptAndReraise(c, cleanup, prev, exc2, lasti);
  u.bind(end);
}

/** with / async with, one item at a time (nested as CPython does). */
export function compileWith(c: Compiler, s: A.With | A.AsyncWith, index: number): void {
  const u = c.u;
  const isAsync = s._type === "AsyncWith";
  const sc = c.scope;
  if (
    isAsync &&
    !(sc.isAsync && sc.kind !== "lambda") &&
    !(sc.ste.type === "module" && c.allowTopLevelAwait)
  ) {
    throw c.error("'async with' outside async function", s);
  }
  const item = s.items[index];
  const mgr = expr(c, item.context_expr);
  const pair = u.temps(2);
  const restore = c.at(s);
  if (isAsync) {
    u.emit(Op.BEFORE_ASYNC_WITH, pair, mgr);
    awaitValue(c, pair + 1, pair + 1, 1);
  } else u.emit(Op.BEFORE_WITH, pair, mgr);
  restore();
  const exit = pair;
  const handler = c.newLabel();
  const end = c.newLabel();
  const exc = u.temp();
  const lastiW = u.temp();
  const hdepth = u.handlerDepth();
  u.pushHandler(handler, exc, lastiW);
  c.scope.fblocks.push({ kind: "with", exit, async: isAsync, loc: s, hdepth });
  if (item.optional_vars) store(c, item.optional_vars, pair + 1);
  if (index + 1 < s.items.length) compileWith(c, s, index + 1);
  else stmts(c, s.body);
  c.scope.fblocks.pop();
  u.popHandler();
  // Normal exit: __exit__(None, None, None).
  const r2 = c.at(s);
  const base = u.temps(4);
  u.emit(Op.MOVE, base, exit);
  for (let k = 1; k <= 3; k++) u.emit(Op.MOVE, base + k, u.constReg(null));
  const r = u.temp();
  u.emit(Op.CALL, r, base, 3);
  if (isAsync) awaitValue(c, r, r, 2);
  u.emitJump(Op.JUMP_FORWARD, end, 1);
  // Exception: __exit__(type, value, tb); a true result suppresses it.
  u.bind(handler);
  const prev = u.temp();
  const cleanup = c.newLabel();
  const exc2 = u.temp();
  const lasti = u.temp();
  u.pushHandler(cleanup, exc2, lasti);
  u.emit(Op.PUSH_EXC_INFO, prev, exc);
  const res = u.temp();
  u.emit(Op.WITH_EXCEPT_START, res, exit, exc);
  if (isAsync) awaitValue(c, res, res, 2);
  const suppress = c.newLabel();
  u.emitJump(Op.POP_JUMP_IF_TRUE, suppress, 2, res);
  u.emit(Op.RERAISE, exc, lastiW);
  u.popHandler();
  u.bind(suppress);
  u.emit(Op.POP_EXCEPT, prev);
  u.emitJump(Op.JUMP_FORWARD, end, 1);
  popExceptAndReraise(c, cleanup, prev, exc2, lasti);
  r2();
  u.bind(end);
}
