// The checks CPython runs on a tree built from AST objects before compiling it
// (PyAST_Validate): expression contexts, non-empty bodies and lists, consistent node
// shapes and positions. Trees from the parser never fail them; hand-built ones may, and
// the code generator relies on them holding.

import { ComplexConstant, FloatConstant, SurrogateStrConstant } from "../parser/constant.js";
import { typeError, valueError } from "../objects/exceptions.js";

type Node = { _type: string } & Record<string, unknown>;
type Ctx = "Load" | "Store" | "Del";

function seq(n: Node, field: string): (Node | null)[] {
  return (n[field] as (Node | null)[] | undefined) ?? [];
}

function child(n: Node, field: string): Node | null {
  return (n[field] as Node | null | undefined) ?? null;
}

function positions(n: Node): void {
  const line = n.lineno as number | null | undefined;
  if (line === null || line === undefined) return;
  const col = (n.col_offset as number | null | undefined) ?? 0;
  const endLine = (n.end_lineno as number | null | undefined) ?? line;
  const endCol = (n.end_col_offset as number | null | undefined) ?? col;
  if (line > endLine) throw valueError(`AST node line range (${line}, ${endLine}) is not valid`);
  if ((line < 0 && endLine !== line) || (col < 0 && col !== endCol))
    throw valueError(
      `AST node column range (${col}, ${endCol}) for line range (${line}, ${endLine}) is not valid`,
    );
  if (line === endLine && col > endCol)
    throw valueError(`line ${line}, column ${col}-${endCol} is not a valid range`);
}

function nonEmpty(items: unknown[], what: string, owner: string): void {
  if (items.length === 0) throw valueError(`empty ${what} on ${owner}`);
}

function stmts(items: (Node | null)[]): void {
  for (const s of items) {
    if (s === null) throw valueError("None disallowed in statement list");
    stmt(s);
  }
}

function body(n: Node, field: string, owner: string): void {
  nonEmpty(seq(n, field), field, owner);
  stmts(seq(n, field));
}

function exprs(items: (Node | null)[], ctx: Ctx, nullOk: boolean): void {
  for (const e of items) {
    if (e !== null) expr(e, ctx);
    else if (!nullOk) throw valueError("None disallowed in expression list");
  }
}

function optional(e: Node | null, ctx: Ctx = "Load"): void {
  if (e !== null) expr(e, ctx);
}

function name(id: unknown): void {
  if (id === "None" || id === "True" || id === "False")
    throw valueError(`identifier field can't represent '${id}' constant`);
}

function args(list: (Node | null)[]): void {
  for (const a of list) if (a !== null) optional(child(a, "annotation"));
}

function argumentsNode(a: Node): void {
  args(seq(a, "posonlyargs"));
  args(seq(a, "args"));
  const vararg = child(a, "vararg");
  if (vararg !== null) optional(child(vararg, "annotation"));
  args(seq(a, "kwonlyargs"));
  const kwarg = child(a, "kwarg");
  if (kwarg !== null) optional(child(kwarg, "annotation"));
  if (seq(a, "defaults").length > seq(a, "posonlyargs").length + seq(a, "args").length)
    throw valueError("more positional defaults than args on arguments");
  if (seq(a, "kw_defaults").length !== seq(a, "kwonlyargs").length)
    throw valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
  exprs(seq(a, "defaults"), "Load", false);
  exprs(seq(a, "kw_defaults"), "Load", true);
}

function comprehension(gens: (Node | null)[]): void {
  if (gens.length === 0) throw valueError("comprehension with no generators");
  for (const g of gens) {
    if (g === null) continue;
    expr(child(g, "target")!, "Store");
    expr(child(g, "iter")!, "Load");
    exprs(seq(g, "ifs"), "Load", false);
  }
}

const WITH_CONTEXT = new Set(["Attribute", "Subscript", "Starred", "Name", "List", "Tuple"]);

function expr(e: Node, ctx: Ctx): void {
  positions(e);
  if (WITH_CONTEXT.has(e._type)) {
    const actual = e.ctx as string;
    if (actual !== ctx) throw valueError(`expression must have ${ctx} context but has ${actual} instead`);
  } else if (ctx !== "Load") {
    throw valueError(`expression which can't be assigned to in ${ctx} context`);
  }
  switch (e._type) {
    case "BoolOp":
      if (seq(e, "values").length < 2) throw valueError("BoolOp with less than 2 values");
      return exprs(seq(e, "values"), "Load", false);
    case "BinOp":
      expr(child(e, "left")!, "Load");
      return expr(child(e, "right")!, "Load");
    case "UnaryOp":
      return expr(child(e, "operand")!, "Load");
    case "Lambda":
      argumentsNode(child(e, "args")!);
      return expr(child(e, "body")!, "Load");
    case "IfExp":
      expr(child(e, "test")!, "Load");
      expr(child(e, "body")!, "Load");
      return expr(child(e, "orelse")!, "Load");
    case "Dict":
      if (seq(e, "keys").length !== seq(e, "values").length)
        throw valueError("Dict doesn't have the same number of keys as values");
      exprs(seq(e, "keys"), "Load", true);
      return exprs(seq(e, "values"), "Load", false);
    case "Set":
      return exprs(seq(e, "elts"), "Load", false);
    case "ListComp":
    case "SetComp":
    case "GeneratorExp":
      comprehension(seq(e, "generators"));
      return expr(child(e, "elt")!, "Load");
    case "DictComp":
      comprehension(seq(e, "generators"));
      expr(child(e, "key")!, "Load");
      return expr(child(e, "value")!, "Load");
    case "Yield":
      return optional(child(e, "value"));
    case "YieldFrom":
    case "Await":
      return expr(child(e, "value")!, "Load");
    case "Compare":
      if (seq(e, "comparators").length === 0) throw valueError("Compare with no comparators");
      if (seq(e, "comparators").length !== seq(e, "ops").length)
        throw valueError("Compare has a different number of comparators and operands");
      exprs(seq(e, "comparators"), "Load", false);
      return expr(child(e, "left")!, "Load");
    case "Call":
      expr(child(e, "func")!, "Load");
      exprs(seq(e, "args"), "Load", false);
      for (const k of seq(e, "keywords")) if (k !== null) expr(child(k, "value")!, "Load");
      return;
    case "JoinedStr":
      return exprs(seq(e, "values"), "Load", false);
    case "FormattedValue":
      expr(child(e, "value")!, "Load");
      return optional(child(e, "format_spec"));
    case "Attribute":
      return expr(child(e, "value")!, "Load");
    case "Subscript":
      expr(child(e, "slice")!, "Load");
      return expr(child(e, "value")!, "Load");
    case "Starred":
      return expr(child(e, "value")!, ctx);
    case "Slice":
      optional(child(e, "lower"));
      optional(child(e, "upper"));
      return optional(child(e, "step"));
    case "List":
    case "Tuple":
      return exprs(seq(e, "elts"), ctx, false);
    case "NamedExpr":
      return expr(child(e, "value")!, "Load");
    case "Name":
      return name(e.id);
  }
}

function isRealNumber(c: unknown): boolean {
  return typeof c === "bigint" || c instanceof FloatConstant;
}

function isConstantOf(e: Node, test: (c: unknown) => boolean): boolean {
  return e._type === "Constant" && test(e.value);
}

/** A literal pattern's value: a number, string or bytes constant, a signed number, a
 * complex literal written as real +/- imaginary, or an attribute lookup. */
function matchValue(e: Node): void {
  expr(e, "Load");
  switch (e._type) {
    case "Constant": {
      const c = e.value;
      if (isRealNumber(c) || c instanceof ComplexConstant || c instanceof Uint8Array) return;
      if (typeof c === "string" || c instanceof SurrogateStrConstant) return;
      throw valueError("unexpected constant inside of a literal pattern");
    }
    case "Attribute":
    case "JoinedStr": // left to the compiler, which reports it as a SyntaxError
      return;
    case "UnaryOp":
      if (
        e.op === "USub" &&
        isConstantOf(child(e, "operand")!, (c) => isRealNumber(c) || c instanceof ComplexConstant)
      )
        return;
      break;
    case "BinOp": {
      const left = child(e, "left")!;
      const real =
        isConstantOf(left, isRealNumber) ||
        (left._type === "UnaryOp" &&
          left.op === "USub" &&
          isConstantOf(child(left, "operand")!, isRealNumber));
      if (
        (e.op === "Add" || e.op === "Sub") &&
        real &&
        isConstantOf(child(e, "right")!, (c) => c instanceof ComplexConstant)
      )
        return;
      break;
    }
  }
  throw valueError("patterns may only match literals and attribute lookups");
}

function capture(id: unknown): void {
  if (id === "_") throw valueError("can't capture name '_' in patterns");
  name(id);
}

function pattern(p: Node, starOk: boolean): void {
  positions(p);
  switch (p._type) {
    case "MatchValue":
      return matchValue(child(p, "value")!);
    case "MatchSingleton":
      if (p.value !== null && typeof p.value !== "boolean")
        throw valueError("MatchSingleton can only contain True, False and None");
      return;
    case "MatchSequence":
      for (const s of seq(p, "patterns")) if (s !== null) pattern(s, true);
      return;
    case "MatchMapping": {
      const keys = seq(p, "keys");
      if (keys.length !== seq(p, "patterns").length)
        throw valueError("MatchMapping doesn't have the same number of keys as patterns");
      if (p.rest !== null && p.rest !== undefined) capture(p.rest);
      for (const k of keys) {
        if (k === null) continue;
        if (k._type === "Constant" || k._type === "Attribute") expr(k, "Load");
        else matchValue(k);
      }
      for (const s of seq(p, "patterns")) if (s !== null) pattern(s, false);
      return;
    }
    case "MatchClass": {
      const cls = child(p, "cls")!;
      let head = cls;
      while (head._type === "Attribute") head = child(head, "value")!;
      if ((cls._type !== "Name" && cls._type !== "Attribute") || head._type !== "Name")
        throw valueError("MatchClass cls field can only contain Name or Attribute nodes.");
      expr(cls, "Load");
      const attrs = (p.kwd_attrs as unknown[] | undefined) ?? [];
      if (attrs.length !== seq(p, "kwd_patterns").length)
        throw valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
      for (const a of attrs) name(a);
      for (const s of seq(p, "patterns")) if (s !== null) pattern(s, false);
      for (const s of seq(p, "kwd_patterns")) if (s !== null) pattern(s, false);
      return;
    }
    case "MatchStar":
      if (!starOk) throw valueError("can't use MatchStar here");
      if (p.name !== null && p.name !== undefined) capture(p.name);
      return;
    case "MatchAs": {
      if (p.name !== null && p.name !== undefined) capture(p.name);
      const sub = child(p, "pattern");
      if (sub === null) return;
      if (p.name === null || p.name === undefined)
        throw valueError("MatchAs must specify a target name if a pattern is given");
      return pattern(sub, false);
    }
    case "MatchOr":
      if (seq(p, "patterns").length < 2) throw valueError("MatchOr requires at least 2 patterns");
      for (const s of seq(p, "patterns")) if (s !== null) pattern(s, false);
      return;
  }
}

function tryNode(s: Node, owner: string): void {
  body(s, "body", owner);
  const handlers = seq(s, "handlers");
  if (handlers.length === 0 && seq(s, "finalbody").length === 0)
    throw valueError(`${owner} has neither except handlers nor finalbody`);
  if (handlers.length === 0 && seq(s, "orelse").length !== 0)
    throw valueError(`${owner} has orelse but no except handlers`);
  for (const h of handlers) {
    if (h === null) continue;
    positions(h);
    optional(child(h, "type"));
    body(h, "body", "ExceptHandler");
  }
  stmts(seq(s, "finalbody"));
  stmts(seq(s, "orelse"));
}

function stmt(s: Node): void {
  positions(s);
  const kind = s._type;
  switch (kind) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      body(s, "body", kind);
      argumentsNode(child(s, "args")!);
      exprs(seq(s, "decorator_list"), "Load", false);
      return optional(child(s, "returns"));
    case "ClassDef":
      body(s, "body", kind);
      exprs(seq(s, "bases"), "Load", false);
      for (const k of seq(s, "keywords")) if (k !== null) expr(child(k, "value")!, "Load");
      return exprs(seq(s, "decorator_list"), "Load", false);
    case "Return":
      return optional(child(s, "value"));
    case "Delete":
      nonEmpty(seq(s, "targets"), "targets", kind);
      return exprs(seq(s, "targets"), "Del", false);
    case "Assign":
      nonEmpty(seq(s, "targets"), "targets", kind);
      expr(child(s, "value")!, "Load");
      return exprs(seq(s, "targets"), "Store", false);
    case "AugAssign":
      expr(child(s, "target")!, "Store");
      return expr(child(s, "value")!, "Load");
    case "AnnAssign":
      if (s.simple && child(s, "target")!._type !== "Name")
        throw typeError("AnnAssign with simple non-Name target");
      expr(child(s, "target")!, "Store");
      optional(child(s, "value"));
      return expr(child(s, "annotation")!, "Load");
    case "For":
    case "AsyncFor":
      expr(child(s, "target")!, "Store");
      expr(child(s, "iter")!, "Load");
      body(s, "body", kind);
      return stmts(seq(s, "orelse"));
    case "While":
    case "If":
      expr(child(s, "test")!, "Load");
      body(s, "body", kind);
      return stmts(seq(s, "orelse"));
    case "With":
    case "AsyncWith":
      nonEmpty(seq(s, "items"), "items", kind);
      for (const item of seq(s, "items")) {
        if (item === null) continue;
        expr(child(item, "context_expr")!, "Load");
        optional(child(item, "optional_vars"), "Store");
      }
      return body(s, "body", kind);
    case "Match":
      expr(child(s, "subject")!, "Load");
      nonEmpty(seq(s, "cases"), "cases", kind);
      for (const c of seq(s, "cases")) {
        if (c === null) continue;
        pattern(child(c, "pattern")!, false);
        optional(child(c, "guard"));
        body(c, "body", "match_case");
      }
      return;
    case "Raise": {
      const exc = child(s, "exc");
      if (exc !== null) {
        expr(exc, "Load");
        return optional(child(s, "cause"));
      }
      if (child(s, "cause") !== null) throw valueError("Raise with cause but no exception");
      return;
    }
    case "Try":
    case "TryStar":
      return tryNode(s, kind);
    case "Assert":
      expr(child(s, "test")!, "Load");
      return optional(child(s, "msg"));
    case "Import":
      return nonEmpty(seq(s, "names"), "names", kind);
    case "ImportFrom":
      if ((s.level as number) < 0) throw valueError("Negative ImportFrom level");
      return nonEmpty(seq(s, "names"), "names", kind);
    case "Global":
    case "Nonlocal":
      return nonEmpty(seq(s, "names"), "names", kind);
    case "Expr":
      return expr(child(s, "value")!, "Load");
  }
}

/** Raises CPython's ValueError (or TypeError) for a tree the compiler must not see. */
export function validateModule(mod: Node): void {
  switch (mod._type) {
    case "Module":
    case "Interactive":
      return stmts(seq(mod, "body"));
    case "Expression":
      return expr(child(mod, "body")!, "Load");
    case "FunctionType":
      exprs(seq(mod, "argtypes"), "Load", false);
      return expr(child(mod, "returns")!, "Load");
  }
}
