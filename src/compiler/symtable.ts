// Symbol tables: which scope each name of each block lives in, as CPython 3.11's symtable.c
// decides it. Two passes, as there: the first walks the AST and records, per block, every name
// with DEF_*/USE flags (and raises the errors that need only the order of the source); the
// second (`analyze`) resolves each name to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or
// CELL from the bindings of the enclosing function blocks, and raises the errors that need
// the whole tree ("no binding for nonlocal"). Blocks are keyed by their AST node.
//
// Comprehensions and generator expressions are function blocks of their own (3.11 does not
// inline them), with the implicit parameter ".0". Under `from __future__ import annotations`
// annotations are walked in a throwaway annotation block (only to reject yield, await and
// walrus inside them); otherwise they belong to the enclosing scope, as in 3.11.

import type * as A from "../parser/ast.generated.js";
import { PythonSyntaxError } from "../parser/syntax_error.js";
import { mangle } from "./mangle.js";

export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export const SCOPE_OFFSET = 11;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export type BlockType = "function" | "class" | "module" | "annotation";
export type ComprehensionKind = "list" | "set" | "dict" | "generator";

export interface Location {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

export class SymbolTableEntry {
  readonly symbols = new Map<string, number>();
  /** Parameters in order (co_varnames starts with them). */
  readonly varnames: string[] = [];
  readonly children: SymbolTableEntry[] = [];
  /** global / nonlocal directives, for errors found by the analysis. */
  readonly directives = new Map<string, Location>();
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind | null = null;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  /** A class block whose methods use `__class__` or `super`. */
  needsClassClosure = false;
  childFree = false;
  compIterTarget = false;
  compIterExpr = 0;
  /** The generator uses `yield` (or `await`) at this location: for compile errors. */
  yieldLocation: Location | null = null;

  constructor(
    readonly type: BlockType,
    readonly name: string,
    readonly node: object,
    readonly loc: Location,
  ) {}

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL, or 0 if the name is unknown. */
  scope(name: string): number {
    return (this.flags(name) >> SCOPE_OFFSET) & SCOPE_MASK;
  }

  get isFunction(): boolean {
    return this.type === "function";
  }
}

export class SymbolTable {
  readonly blocks = new Map<object, SymbolTableEntry>();
  constructor(
    readonly top: SymbolTableEntry,
    readonly filename: string,
    readonly futureAnnotations: boolean,
  ) {}

  lookup(node: object): SymbolTableEntry {
    const e = this.blocks.get(node);
    if (!e) throw new Error("compiler: no symbol table for node");
    return e;
  }
}

export function syntaxErrorAt(filename: string, msg: string, loc: Location): PythonSyntaxError {
  return new PythonSyntaxError(
    "SyntaxError",
    msg,
    filename,
    loc.lineno,
    loc.col_offset + 1,
    null,
    loc.end_lineno,
    loc.end_col_offset === null ? null : loc.end_col_offset + 1,
  );
}

const COMPREHENSION_NAMES: Record<ComprehensionKind, string> = {
  list: "listcomp",
  set: "setcomp",
  dict: "dictcomp",
  generator: "genexpr",
};
const COMPREHENSION_DESCRIPTIONS: Record<ComprehensionKind, string> = {
  list: "list comprehension",
  set: "set comprehension",
  dict: "dict comprehension",
  generator: "generator expression",
};

export function buildSymbolTable(mod: A.mod, filename: string, futureAnnotations: boolean): SymbolTable {
  const b = new Builder(filename, futureAnnotations);
  const top = b.build(mod);
  const st = new SymbolTable(top, filename, futureAnnotations);
  for (const [k, v] of b.blocks) st.blocks.set(k, v);
  new Analyzer(filename).analyzeBlock(top, null, new Set(), new Set());
  return st;
}

const NOWHERE: Location = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

class Builder {
  readonly blocks = new Map<object, SymbolTableEntry>();
  private stack: SymbolTableEntry[] = [];
  private cur!: SymbolTableEntry;
  private top!: SymbolTableEntry;
  private privateName: string | null = null;

  constructor(
    readonly filename: string,
    readonly futureAnnotations: boolean,
  ) {}

  build(mod: A.mod): SymbolTableEntry {
    this.top = this.enter("module", "top", mod, NOWHERE);
    switch (mod._type) {
      case "Module":
      case "Interactive":
        for (const s of mod.body) this.stmt(s);
        break;
      case "Expression":
        this.expr(mod.body);
        break;
      case "FunctionType":
        for (const e of mod.argtypes) this.expr(e);
        this.expr(mod.returns);
        break;
    }
    this.exit();
    return this.top;
  }

  private error(msg: string, loc: Location): PythonSyntaxError {
    return syntaxErrorAt(this.filename, msg, loc);
  }

  private enter(type: BlockType, name: string, node: object, loc: Location): SymbolTableEntry {
    const prev = this.stack.length ? this.stack[this.stack.length - 1] : null;
    const ste = new SymbolTableEntry(type, name, node, loc);
    if (prev && (prev.nested || prev.type === "function")) ste.nested = true;
    // Assignment expressions are refused anywhere inside a comprehension's outermost
    // iterable, even in a lambda or a nested comprehension there (bpo-37757).
    if (prev) ste.compIterExpr = prev.compIterExpr;
    if (prev && type !== "annotation") prev.children.push(ste);
    if (type !== "annotation") this.blocks.set(node, ste);
    this.stack.push(ste);
    this.cur = ste;
    return ste;
  }

  private exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1];
  }

  private lookup(name: string): number {
    return this.cur.flags(mangle(this.privateName, name));
  }

  private addDef(name: string, flag: number, loc: Location, ste: SymbolTableEntry = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = ste.symbols.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) {
        throw this.error(`duplicate argument '${name}' in function definition`, loc);
      }
      val |= flag;
    } else val = flag;
    if (ste.compIterTarget) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error(
          `comprehension inner loop cannot rebind assignment expression target '${name}'`,
          loc,
        );
      }
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) ste.varnames.push(mangled);
    else if (flag & DEF_GLOBAL) {
      const g = this.top.symbols.get(mangled);
      this.top.symbols.set(mangled, g === undefined ? flag : g | flag);
    }
  }

  private recordDirective(name: string, loc: Location): void {
    const mangled = mangle(this.privateName, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, loc);
  }

  private stmts(body: A.stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private exprs(es: (A.expr | null)[]): void {
    for (const e of es) if (e) this.expr(e);
  }

  private stmt(s: A.stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kw_defaults);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        this.enter("function", s.name, s, s);
        if (s._type === "AsyncFunctionDef") this.cur.coroutine = true;
        this.arguments(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        this.enter("class", s.name, s, s);
        const saved = this.privateName;
        this.privateName = s.name;
        this.stmts(s.body);
        this.privateName = saved;
        this.exit();
        break;
      }
      case "Return":
        if (s.value) {
          this.expr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.exprs(s.targets);
        break;
      case "Assign":
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case "AnnAssign":
        if (s.target._type === "Name") {
          const name = s.target.id;
          const cur = this.lookup(name);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur !== this.top && s.simple) {
            const msg =
              cur & DEF_GLOBAL
                ? "annotated name '%' can't be global"
                : "annotated name '%' can't be nonlocal";
            throw this.error(msg.replace("%", name), s);
          }
          if (s.simple) this.addDef(name, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(name, DEF_LOCAL, s.target);
        } else this.expr(s.target);
        this.annotation(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case "AugAssign":
        this.expr(s.target);
        this.expr(s.value);
        break;
      case "For":
      case "AsyncFor":
        if (s._type === "AsyncFor") this.markTopLevelAwait();
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "While":
      case "If":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "Match":
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case "Raise":
        if (s.exc) {
          this.expr(s.exc);
          if (s.cause) this.expr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case "Assert":
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const a of s.names) this.importAlias(a);
        break;
      case "Global":
      case "Nonlocal": {
        const isGlobal = s._type === "Global";
        const word = isGlobal ? "global" : "nonlocal";
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`;
            else msg = `name '${name}' is assigned to before ${word} declaration`;
            throw this.error(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case "Expr":
        this.expr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      case "With":
      case "AsyncWith":
        if (s._type === "AsyncWith") this.markTopLevelAwait();
        for (const item of s.items) {
          this.expr(item.context_expr);
          if (item.optional_vars) this.expr(item.optional_vars);
        }
        this.stmts(s.body);
        break;
    }
  }

  private importAlias(a: A.alias): void {
    const stored = a.asname ?? a.name;
    if (stored === "*") {
      if (this.cur.type !== "module") throw this.error("import * only allowed at module level", a);
      return;
    }
    const dot = stored.indexOf(".");
    this.addDef(dot >= 0 ? stored.slice(0, dot) : stored, DEF_IMPORT, a);
  }

  private expr(e: A.expr): void {
    switch (e._type) {
      case "NamedExpr":
        this.raiseIfAnnotationBlock("named expression", e);
        if (this.cur.compIterExpr > 0) {
          throw this.error("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        if (this.cur.comprehension) this.extendNamedExprScope(e.target as A.Name);
        this.expr(e.value);
        this.expr(e.target);
        break;
      case "BoolOp":
        this.exprs(e.values);
        break;
      case "BinOp":
        this.expr(e.left);
        this.expr(e.right);
        break;
      case "UnaryOp":
        this.expr(e.operand);
        break;
      case "Lambda":
        this.exprs(e.args.defaults);
        this.exprs(e.args.kw_defaults);
        this.enter("function", "lambda", e, e);
        this.arguments(e.args);
        this.expr(e.body);
        this.exit();
        break;
      case "IfExp":
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case "Dict":
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case "Set":
        this.exprs(e.elts);
        break;
      case "GeneratorExp":
        this.comprehension(e, "generator", e.generators, e.elt, null);
        break;
      case "ListComp":
        this.comprehension(e, "list", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.comprehension(e, "set", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.comprehension(e, "dict", e.generators, e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.raiseIfAnnotationBlock("yield expression", e);
        if (e.value) this.expr(e.value);
        this.cur.generator = true;
        if (!this.cur.yieldLocation) this.cur.yieldLocation = e;
        if (this.cur.comprehension) {
          throw this.error(`'yield' inside ${COMPREHENSION_DESCRIPTIONS[this.cur.comprehension]}`, e);
        }
        break;
      case "Await":
        this.raiseIfAnnotationBlock("await expression", e);
        this.expr(e.value);
        this.cur.coroutine = true;
        break;
      case "Compare":
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case "Call":
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case "FormattedValue":
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case "JoinedStr":
        this.exprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.expr(e.value);
        break;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case "Starred":
        this.expr(e.value);
        break;
      case "Slice":
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
      case "Name":
        this.addDef(e.id, e.ctx === "Load" ? USE : DEF_LOCAL, e);
        // super() counts as a use of __class__.
        if (e.ctx === "Load" && this.cur.type === "function" && e.id === "super") {
          this.addDef("__class__", USE, e);
        }
        break;
      case "List":
      case "Tuple":
        this.exprs(e.elts);
        break;
    }
  }

  private raiseIfAnnotationBlock(what: string, e: A.expr): void {
    if (this.cur.type === "annotation") throw this.error(`'${what}' can not be used within an annotation`, e);
  }

  private extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        if (ste.flags(mangle(this.privateName, name)) & DEF_COMP_ITER) {
          throw this.error(
            `assignment expression cannot rebind comprehension iteration variable '${name}'`,
            target,
          );
        }
        continue;
      }
      if (ste.type === "function") {
        if (ste.flags(mangle(this.privateName, name)) & DEF_GLOBAL) this.addDef(name, DEF_GLOBAL, target);
        else this.addDef(name, DEF_NONLOCAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.type === "module") {
        this.addDef(name, DEF_GLOBAL, target);
        this.recordDirective(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      if (ste.type === "class") {
        throw this.error(
          "assignment expression within a comprehension cannot be used in a class body",
          target,
        );
      }
    }
  }

  private comprehension(
    e: A.expr,
    kind: ComprehensionKind,
    generators: A.comprehension[],
    elt: A.expr,
    value: A.expr | null,
  ): void {
    const outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    const ste = this.enter("function", COMPREHENSION_NAMES[kind], e, e as Location);
    ste.comprehension = kind;
    if (kind === "generator") ste.generator = true;
    if (outermost.is_async) ste.coroutine = true;
    this.addDef(".0", DEF_PARAM, e as Location);
    this.comprehensionTarget(outermost.target);
    this.exprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const g = generators[i];
      this.comprehensionTarget(g.target);
      ste.compIterExpr++;
      this.expr(g.iter);
      ste.compIterExpr--;
      this.exprs(g.ifs);
      if (g.is_async) ste.coroutine = true;
    }
    if (value) this.expr(value);
    this.expr(elt);
    this.exit();
    // Awaiting an async comprehension makes an enclosing comprehension a coroutine too.
    if (ste.coroutine && kind !== "generator" && this.cur.comprehension) this.cur.coroutine = true;
    // At the top level any async comprehension marks the module, a generator expression
    // too (CPython's compiler does so, though nothing there is awaited).
    if (ste.coroutine) this.markTopLevelAwait();
  }

  /** A module that awaits (allowed under PyCF_ALLOW_TOP_LEVEL_AWAIT, which the compiler
   * checks) is a coroutine, as `await` already makes it. */
  private markTopLevelAwait(): void {
    if (this.cur.type === "module") this.cur.coroutine = true;
  }

  private comprehensionTarget(target: A.expr): void {
    this.cur.compIterTarget = true;
    this.expr(target);
    this.cur.compIterTarget = false;
  }

  private arguments(a: A.arguments): void {
    for (const arg of a.posonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.args) this.addDef(arg.arg, DEF_PARAM, arg);
    for (const arg of a.kwonlyargs) this.addDef(arg.arg, DEF_PARAM, arg);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  private annotation(e: A.expr): void {
    if (this.futureAnnotations) {
      this.enter("annotation", "_annotation", e, e);
      this.expr(e);
      this.exit();
    } else this.expr(e);
  }

  private annotations(a: A.arguments, returns: A.expr | null): void {
    const all: A.expr[] = [];
    for (const arg of [...a.posonlyargs, ...a.args]) if (arg.annotation) all.push(arg.annotation);
    if (a.vararg?.annotation) all.push(a.vararg.annotation);
    if (a.kwarg?.annotation) all.push(a.kwarg.annotation);
    for (const arg of a.kwonlyargs) if (arg.annotation) all.push(arg.annotation);
    if (returns) all.push(returns);
    if (this.futureAnnotations) {
      this.enter("annotation", "_annotation", a, NOWHERE);
      for (const e of all) this.expr(e);
      this.exit();
    } else for (const e of all) this.expr(e);
  }

  private pattern(p: A.pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.expr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.pattern(q);
        break;
      case "MatchStar":
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchMapping":
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case "MatchAs":
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.pattern(q);
        break;
    }
  }
}

class Analyzer {
  constructor(readonly filename: string) {}

  private errorAtDirective(ste: SymbolTableEntry, name: string, msg: string): PythonSyntaxError {
    return syntaxErrorAt(this.filename, msg, ste.directives.get(name) ?? ste.loc);
  }

  /** Resolves the names of `ste` and its children; adds the block's free names to `free`. */
  analyzeBlock(
    ste: SymbolTableEntry,
    bound: Set<string> | null,
    free: Set<string>,
    global: Set<string>,
  ): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newGlobal = new Set<string>();
    const newFree = new Set<string>();
    const newBound = new Set<string>();
    if (ste.type === "class") {
      for (const g of global) newGlobal.add(g);
      if (bound) for (const n of bound) newBound.add(n);
    }
    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, scopes, name, flags, bound, local, free, global);
    }
    if (ste.type !== "class") {
      if (ste.type === "function") for (const n of local) newBound.add(n);
      if (bound) for (const n of bound) newBound.add(n);
      for (const g of global) newGlobal.add(g);
    } else {
      newBound.add("__class__");
    }
    for (const child of ste.children) {
      const childFree = new Set<string>();
      this.analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal));
      for (const n of childFree) newFree.add(n);
      if (childFree.size > 0) ste.childFree = true;
    }
    if (ste.type === "function") {
      for (const name of [...newFree]) {
        if (scopes.get(name) === LOCAL) {
          scopes.set(name, CELL);
          newFree.delete(name);
        }
      }
    } else if (ste.type === "class" && newFree.has("__class__")) {
      newFree.delete("__class__");
      ste.needsClassClosure = true;
    }
    this.updateSymbols(ste, scopes, bound, newFree);
    for (const n of newFree) free.add(n);
  }

  private analyzeName(
    ste: SymbolTableEntry,
    scopes: Map<string, number>,
    name: string,
    flags: number,
    bound: Set<string> | null,
    local: Set<string>,
    free: Set<string>,
    global: Set<string>,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL)
        throw this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      if (bound) bound.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) throw this.errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
      if (!bound.has(name)) throw this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      scopes.set(name, FREE);
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      return;
    }
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      free.add(name);
      return;
    }
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  private updateSymbols(
    ste: SymbolTableEntry,
    scopes: Map<string, number>,
    bound: Set<string> | null,
    free: Set<string>,
  ): void {
    for (const [name, flags] of ste.symbols) {
      ste.symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFFSET));
    }
    const isClass = ste.type === "class";
    for (const name of free) {
      const flags = ste.symbols.get(name);
      if (flags !== undefined) {
        // A class that binds a name its methods use freely keeps it local and passes the
        // enclosing function's variable through as well.
        if (isClass && flags & (DEF_BOUND | DEF_GLOBAL)) ste.symbols.set(name, flags | DEF_FREE_CLASS);
        continue;
      }
      if (bound && !bound.has(name)) continue;
      ste.symbols.set(name, FREE << SCOPE_OFFSET);
    }
  }
}
