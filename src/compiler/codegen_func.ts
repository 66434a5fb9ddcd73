// Functions, lambdas, classes and comprehensions: the code objects of nested scopes and the
// MAKE_FUNCTION / __build_class__ / call sequences that create them in the enclosing code.

import type * as A from "../parser/ast.generated.js";
import { ConstTuple, type CodeObject } from "./code.js";
import { isDocstring, type Compiler, type ScopeKind } from "./compiler.js";
import {
  awaitValue,
  checkKeywords,
  expr,
  exprInto,
  jumpIf,
  kwargsDict,
  starArgs,
  store,
} from "./codegen_expr.js";
import { annotationValue, findAnnotations, stmts } from "./codegen_stmt.js";
import { MF_ANNOTATIONS, MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS, Op } from "./opcodes.js";
import { CELL, type Location } from "./symtable.js";

function qualnameFor(c: Compiler, name: string): string {
  const parent = c.scope;
  if (parent.kind === "module") return name;
  // A function declared global in its parent is qualified as top-level.
  if (parent.ste.type === "function") {
    const mangled = c.mangle(name);
    if (parent.ste.scope(mangled) === 2 /* GLOBAL_EXPLICIT */) return name;
    return `${parent.qualname}.<locals>.${name}`;
  }
  if (parent.ste.type === "class" && parent.ste.scope(c.mangle(name)) === 2) return name;
  return `${parent.qualname}.${name}`;
}

function argNames(a: A.arguments): string[] {
  const names = [...a.posonlyargs, ...a.args, ...a.kwonlyargs].map((x) => x.arg);
  if (a.vararg) names.push(a.vararg.arg);
  if (a.kwarg) names.push(a.kwarg.arg);
  return names;
}

/** The prologue: free variables, cells, then RETURN_GENERATOR for generator-like code. */
function prologue(c: Compiler): void {
  const u = c.u;
  const ste = c.scope.ste;
  if (u.freevars.length) u.emit(Op.COPY_FREE_VARS, u.freevars.length);
  u.cellvars.forEach((name, i) => {
    const arg = ste.type === "function" ? u.varnames.indexOf(name) : -1;
    const isArg = arg >= 0 && arg < ste.varnames.length;
    u.emit(Op.MAKE_CELL, u.cell(i), isArg ? arg : -1);
  });
  if (ste.type === "function" && (ste.generator || ste.coroutine)) u.emit(Op.RETURN_GENERATOR);
}

/** Args never deleted in the body need no unbound checks. */
function markAlwaysBound(c: Compiler, args: A.arguments, body: A.stmt[] | A.expr): void {
  const deleted = new Set<string>();
  collectDeleted(body, deleted);
  const s = c.scope;
  for (const n of argNames(args)) {
    const mangled = c.mangle(n);
    const r = s.unit.varnames.indexOf(mangled);
    if (r >= 0 && !deleted.has(mangled) && s.ste.scope(mangled) !== CELL) s.alwaysBound.add(r);
  }
}

function collectDeleted(node: unknown, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const x of node) collectDeleted(x, out);
    return;
  }
  if (!node || typeof node !== "object" || !("_type" in node)) return;
  const n = node as { _type: string };
  if (
    n._type === "FunctionDef" ||
    n._type === "AsyncFunctionDef" ||
    n._type === "ClassDef" ||
    n._type === "Lambda"
  ) {
    return;
  }
  if (n._type === "Name" && (n as A.Name).ctx === "Del") out.add((n as A.Name).id);
  if (n._type === "ExceptHandler" && (n as A.ExceptHandler).name) out.add((n as A.ExceptHandler).name!);
  for (const k in n) if (k !== "_type") collectDeleted((n as unknown as Record<string, unknown>)[k], out);
}

/** Emits MAKE_FUNCTION for `code`; `extra` registers (defaults, kwdefaults, annotations) come
 * first, in flag order; returns the register of the new function. */
function makeFunction(
  c: Compiler,
  code: CodeObject,
  flags: number,
  extra: number[],
  loc: Location,
  dst?: number,
): number {
  const u = c.u;
  const mark = u.mark();
  const n = 1 + extra.length + (code.co_freevars.length ? 1 : 0);
  const base = u.temps(n);
  u.emit(Op.MOVE, base, u.constReg(code));
  extra.forEach((r, i) => u.emit(Op.MOVE, base + 1 + i, r));
  if (code.co_freevars.length) {
    flags |= MF_CLOSURE;
    const cells = u.temps(code.co_freevars.length);
    code.co_freevars.forEach((name, i) => u.emit(Op.MOVE, cells + i, c.derefReg(name)));
    u.emit(Op.BUILD_TUPLE, base + n - 1, cells, code.co_freevars.length);
  }
  u.release(mark);
  const d = dst ?? u.temp();
  const restore = c.at(loc);
  u.emit(Op.MAKE_FUNCTION, d, base, flags);
  restore();
  return d;
}

/** Defaults, keyword-only defaults and annotations, evaluated in the enclosing scope. */
function functionExtras(
  c: Compiler,
  args: A.arguments,
  returns: A.expr | null,
  withAnnotations: boolean,
  loc: Location,
): [number, number[]] {
  const u = c.u;
  let flags = 0;
  const extra: number[] = [];
  for (const a of argNames(args)) if (a === "__debug__") throw c.error("cannot assign to __debug__", loc);
  if (args.defaults.length) {
    const base = u.temps(args.defaults.length);
    args.defaults.forEach((d, i) => exprInto(c, d, base + i));
    const t = u.temp();
    u.emit(Op.BUILD_TUPLE, t, base, args.defaults.length);
    flags |= MF_DEFAULTS;
    extra.push(t);
  }
  const kw = args.kwonlyargs.map((a, i) => [a, args.kw_defaults[i]] as const).filter(([, d]) => d !== null);
  if (kw.length) {
    const base = u.temps(2 * kw.length);
    kw.forEach(([a, d], i) => {
      u.emit(Op.MOVE, base + 2 * i, u.constReg(c.mangle(a.arg)));
      exprInto(c, d!, base + 2 * i + 1);
    });
    const t = u.temp();
    u.emit(Op.BUILD_MAP, t, base, kw.length);
    flags |= MF_KWDEFAULTS;
    extra.push(t);
  }
  if (withAnnotations) {
    const pairs: [string, A.expr][] = [];
    for (const a of [...args.args, ...args.posonlyargs]) if (a.annotation) pairs.push([a.arg, a.annotation]);
    if (args.vararg?.annotation) pairs.push([args.vararg.arg, args.vararg.annotation]);
    for (const a of args.kwonlyargs) if (a.annotation) pairs.push([a.arg, a.annotation]);
    if (args.kwarg?.annotation) pairs.push([args.kwarg.arg, args.kwarg.annotation]);
    if (returns) pairs.push(["return", returns]);
    if (pairs.length) {
      const base = u.temps(2 * pairs.length);
      pairs.forEach(([name, ann], i) => {
        u.emit(Op.MOVE, base + 2 * i, u.constReg(c.mangle(name)));
        if (ann._type === "Starred" && !c.futureAnnotations) {
          // *args: *Ts is annotated with the single item of [*Ts].
          const v = expr(c, ann.value);
          u.emit(Op.UNPACK_SEQUENCE, base + 2 * i + 1, v, 1);
        } else {
          const r = annotationValue(c, ann);
          u.emit(Op.MOVE, base + 2 * i + 1, r);
        }
      });
      const t = u.temp();
      u.emit(Op.BUILD_TUPLE, t, base, 2 * pairs.length);
      flags |= MF_ANNOTATIONS;
      extra.push(t);
    }
  }
  return [flags, extra];
}

export function compileFunctionDef(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef): void {
  const u = c.u;
  const decorators = s.decorator_list.map((d) => {
    const t = u.temp();
    exprInto(c, d, t);
    return t;
  });
  const [flags, extra] = functionExtras(c, s.args, s.returns, true, s);
  const ste = c.st.lookup(s);
  const qualname = qualnameFor(c, s.name);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  const kind: ScopeKind = s._type === "AsyncFunctionDef" ? "async" : "function";
  c.enterScope(ste, kind, qualname, []);
  markAlwaysBound(c, s.args, s.body);
  const inner = c.u;
  let body = s.body;
  const doc = isDocstring(body[0]) && c.optimize < 2 ? ((body[0] as A.Expr).value as A.Constant).value : null;
  inner.constIndex(doc);
  if (isDocstring(body[0])) body = body.slice(1);
  prologue(c);
  stmts(c, body);
  const code = c.leaveScope(s.name, firstlineno, s.args);
  let f = makeFunction(c, code, flags, extra, s);
  for (let i = decorators.length - 1; i >= 0; i--) f = callOne(c, decorators[i], f, s.decorator_list[i]);
  c.storeName(s.name, f, s);
}

function callOne(c: Compiler, fn: number, arg: number, loc: Location): number {
  const u = c.u;
  const base = u.temps(2);
  u.emit(Op.MOVE, base, fn);
  u.emit(Op.MOVE, base + 1, arg);
  const restore = c.at(loc);
  u.emit(Op.CALL, base, base, 1);
  restore();
  return base;
}

export function compileLambda(c: Compiler, e: A.Lambda, dst?: number): number {
  const u = c.u;
  const mark = u.mark();
  const [flags, extra] = functionExtras(c, e.args, null, false, e);
  const ste = c.st.lookup(e);
  c.enterScope(ste, "lambda", qualnameFor(c, "<lambda>"), []);
  markAlwaysBound(c, e.args, e.body);
  c.u.constIndex(null);
  prologue(c);
  const r = expr(c, e.body);
  // A generator lambda returns its body's value too (`lambda: (yield)`, bpo-23192).
  const restore = c.at(e.body);
  c.u.emit(Op.RETURN_VALUE, r);
  restore();
  const code = c.leaveScope("<lambda>", e.lineno, e.args);
  const d = makeFunction(c, code, flags, extra, e);
  u.release(mark);
  if (dst !== undefined) {
    u.emit(Op.MOVE, dst, d);
    return dst;
  }
  const t = u.temp();
  u.emit(Op.MOVE, t, d);
  return t;
}

export function compileClassDef(c: Compiler, s: A.ClassDef): void {
  const u = c.u;
  const decorators = s.decorator_list.map((d) => {
    const t = u.temp();
    exprInto(c, d, t);
    return t;
  });
  checkKeywords(c, s.keywords);
  const ste = c.st.lookup(s);
  const qualname = qualnameFor(c, s.name);
  const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
  c.enterScope(ste, "class", qualname, []);
  const inner = c.u;
  prologue(c);
  const t = inner.temp();
  inner.emit(Op.LOAD_NAME, t, inner.name("__name__"));
  inner.emit(Op.STORE_NAME, inner.name("__module__"), t);
  inner.emit(Op.STORE_NAME, inner.name("__qualname__"), inner.constReg(qualname));
  let body = s.body;
  if (findAnnotations(body)) inner.emit(Op.SETUP_ANNOTATIONS);
  if (isDocstring(body[0])) {
    if (c.optimize < 2) {
      inner.emit(
        Op.STORE_NAME,
        inner.name("__doc__"),
        inner.constReg(((body[0] as A.Expr).value as A.Constant).value),
      );
    }
    body = body.slice(1);
  }
  stmts(c, body);
  const restore = c.at(null);
  inner.loc = null;
  if (ste.needsClassClosure) {
    const cell = inner.cell(0);
    inner.emit(Op.STORE_NAME, inner.name("__classcell__"), cell);
    inner.emit(Op.RETURN_VALUE, cell);
  } else inner.emit(Op.RETURN_VALUE, inner.constReg(null));
  restore();
  const code = c.leaveScope(s.name, firstlineno, null);

  // __build_class__(func, name, *bases, **keywords)
  const hasStar = s.bases.some((b) => b._type === "Starred") || s.keywords.some((k) => k.arg === null);
  const mark = u.mark();
  let cls: number;
  if (!hasStar) {
    const n = 2 + s.bases.length + s.keywords.length;
    const base = u.temps(1 + n);
    u.emit(Op.LOAD_BUILD_CLASS, base);
    makeFunction(c, code, 0, [], s, base + 1);
    u.emit(Op.MOVE, base + 2, u.constReg(s.name));
    s.bases.forEach((b, i) => exprInto(c, b, base + 3 + i));
    s.keywords.forEach((k, i) => exprInto(c, k.value, base + 3 + s.bases.length + i));
    if (s.keywords.length) u.emit(Op.KW_NAMES, u.constIndex(new ConstTuple(s.keywords.map((k) => k.arg!))));
    u.release(mark);
    cls = u.temp();
    u.emit(Op.CALL, cls, base, n);
  } else {
    const base = u.temps(3);
    u.emit(Op.LOAD_BUILD_CLASS, base);
    const fn = makeFunction(c, code, 0, [], s);
    const name = u.constReg(s.name);
    const posArgs: A.expr[] = [];
    starArgs(c, posArgs, base + 1);
    // Rebuild the positional tuple as (func, name, *bases).
    const lst = u.temp();
    const pair = u.temps(2);
    u.emit(Op.MOVE, pair, fn);
    u.emit(Op.MOVE, pair + 1, name);
    u.emit(Op.BUILD_LIST, lst, pair, 2);
    for (const b of s.bases) {
      if (b._type === "Starred") u.emit(Op.LIST_EXTEND, lst, expr(c, b.value));
      else u.emit(Op.LIST_APPEND, lst, expr(c, b));
    }
    u.emit(Op.LIST_TO_TUPLE, base + 1, lst);
    const hasKw = s.keywords.length > 0;
    if (hasKw) kwargsDict(c, s.keywords, base + 2, base);
    u.release(mark);
    cls = u.temp();
    u.emit(Op.CALL_FUNCTION_EX, cls, base, hasKw ? 1 : 0);
  }
  for (let i = decorators.length - 1; i >= 0; i--) cls = callOne(c, decorators[i], cls, s.decorator_list[i]);
  c.storeName(s.name, cls, s);
}

// Comprehensions: a nested function called with the iterator of the outermost iterable.

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

const COMP_NAMES: Record<Comp["_type"], string> = {
  ListComp: "<listcomp>",
  SetComp: "<setcomp>",
  DictComp: "<dictcomp>",
  GeneratorExp: "<genexpr>",
};

export function compileComprehension(c: Compiler, e: Comp, dst?: number): number {
  const u = c.u;
  const ste = c.st.lookup(e);
  const name = COMP_NAMES[e._type];
  const outer = c.scope;
  const isAsyncGen = ste.coroutine;
  if (
    isAsyncGen &&
    e._type !== "GeneratorExp" &&
    !(outer.isAsync && outer.kind === "async") &&
    outer.kind !== "comprehension" &&
    !(outer.ste.type === "module" && c.allowTopLevelAwait)
  ) {
    throw c.error("asynchronous comprehension outside of an asynchronous function", e);
  }
  const mark = u.mark();
  c.enterScope(ste, "comprehension", qualnameFor(c, name), [".0"]);
  const inner = c.u;
  prologue(c);
  const result = e._type === "GeneratorExp" ? -1 : inner.temp();
  if (result >= 0) {
    inner.emit(
      e._type === "SetComp" ? Op.BUILD_SET : e._type === "DictComp" ? Op.BUILD_MAP : Op.BUILD_LIST,
      result,
      0,
      0,
    );
  }
  comprehensionLoop(c, e, 0, result);
  if (result >= 0) inner.emit(Op.RETURN_VALUE, result);
  const code = c.leaveScope(name, e.lineno, null);
  if (code.co_argcount === 0) (code as { co_argcount: number }).co_argcount = 1;

  const base = u.temps(2);
  makeFunction(c, code, 0, [], e, base);
  const first = e.generators[0];
  const it = expr(c, first.iter);
  u.emit(first.is_async ? Op.GET_AITER : Op.GET_ITER, base + 1, it);
  u.release(mark);
  const d = dst !== undefined && !u.isLocal(dst) ? dst : u.temp();
  const restore = c.at(e);
  u.emit(Op.CALL, d, base, 1);
  if (isAsyncGen && e._type !== "GeneratorExp") awaitValue(c, d, d, 0);
  restore();
  if (dst !== undefined && dst !== d) {
    u.emit(Op.MOVE, dst, d);
    return dst;
  }
  return d;
}

function comprehensionLoop(c: Compiler, e: Comp, index: number, result: number): void {
  const u = c.u;
  const g = e.generators[index];
  const mark = u.mark();
  let it: number;
  if (index === 0) it = 0;
  else {
    it = u.temp();
    const v = expr(c, g.iter);
    // CPython 3.11 gives a comprehension's GET_ITER and FOR_ITER the whole
    // comprehension's location.
    const restore = c.at(e);
    u.emit(g.is_async ? Op.GET_AITER : Op.GET_ITER, it, v);
    restore();
  }
  const top = c.newLabel();
  const exit = c.newLabel();
  u.bind(top);
  const item = u.temp();
  let handler = null;
  let exc = -1;
  if (g.is_async) {
    handler = c.newLabel();
    exc = u.temp();
    u.pushHandler(handler, exc);
    const aw = u.temp();
    u.emit(Op.GET_ANEXT, aw, it);
    u.emit(Op.MOVE, item, u.constReg(null));
    const loop = c.newLabel();
    const done = c.newLabel();
    u.bind(loop);
    u.emitJump(Op.SEND, done, 3, item, aw);
    u.emit(Op.YIELD_VALUE, item, item, aw);
    u.emitJump(Op.JUMP_BACKWARD, loop, 1);
    u.bind(done);
    u.popHandler();
  } else {
    const restore = c.at(e);
    u.emitJump(Op.FOR_ITER, exit, 3, item, it);
    restore();
  }
  store(c, g.target, item);
  const next = c.newLabel();
  for (const cond of g.ifs) jumpIf(c, cond, false, next);
  if (index + 1 < e.generators.length) comprehensionLoop(c, e, index + 1, result);
  else {
    const m = u.mark();
    switch (e._type) {
      case "ListComp":
        u.emit(Op.LIST_APPEND, result, expr(c, e.elt));
        break;
      case "SetComp":
        u.emit(Op.SET_ADD, result, expr(c, e.elt));
        break;
      case "DictComp": {
        const k = u.temp();
        exprInto(c, e.key, k);
        u.emit(Op.MAP_ADD, result, k, expr(c, e.value));
        break;
      }
      case "GeneratorExp": {
        const v = expr(c, e.elt);
        const r = u.temp();
        const restore = c.at(e.elt);
        u.emit(Op.YIELD_VALUE, r, v, -1);
        restore();
        break;
      }
    }
    u.release(m);
  }
  u.bind(next);
  u.emitJump(Op.JUMP_BACKWARD, top, 1);
  if (handler) {
    u.bind(handler);
    u.emit(Op.END_ASYNC_FOR, exc);
  }
  u.bind(exit);
  u.release(mark);
}
