// The compiler's driver and shared state: the public `compile`, the stack of code units being
// built, name resolution (which opcode reads or writes a name, from the symbol table), the
// frame-block stack that break/continue/return unwind through, and __future__ handling.
// The code generators live in codegen_*.ts, one concept per file.

import type * as A from "../parser/ast.generated.js";
import { parse, PythonSyntaxError } from "../parser/index.js";
import type { CodeObject } from "./code.js";
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_FUTURE_ANNOTATIONS,
  CO_GENERATOR,
  CO_NESTED,
  CO_NEWLOCALS,
  CO_OPTIMIZED,
  CO_VARARGS,
  CO_VARKEYWORDS,
  PyCF_ALLOW_TOP_LEVEL_AWAIT,
  PyCF_MASK,
} from "./code.js";
import { Op } from "./opcodes.js";
import {
  buildSymbolTable,
  CELL,
  DEF_FREE_CLASS,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  syntaxErrorAt,
  type Location,
  type SymbolTable,
  type SymbolTableEntry,
} from "./symtable.js";
import { CodeUnit, Label } from "./unit.js";
import { mangle } from "./mangle.js";
import { compileModuleBody, compileExpressionBody, compileInteractiveBody } from "./codegen_stmt.js";

export type CompileMode = "exec" | "eval" | "single";

export interface CompileOptions {
  /** PyCF_* and CO_FUTURE_* flags, as compile()'s `flags`. */
  flags?: number;
  /** -O level: 1 drops asserts and sets __debug__ false, 2 also drops docstrings. */
  optimize?: number;
}

/** Compiles source text (or a parsed AST) to a code object; throws PythonSyntaxError. */
export function compile(
  source: string | Uint8Array | A.mod,
  filename: string,
  mode: CompileMode,
  options: CompileOptions = {},
): CodeObject {
  const tree =
    typeof source === "string" || source instanceof Uint8Array ? parse(source, filename, mode) : source;
  return new Compiler(filename, options).compileModule(tree, mode);
}

/** A block that break / continue / return leave through; `hdepth` is the depth of the
 * exception-handler stack before the block pushed its own handlers. */
export type FBlock = { hdepth: number } & (
  | { kind: "loop"; continueLabel: Label; breakLabel: Label }
  | { kind: "tryFinally"; body: A.stmt[] }
  | { kind: "finallyEnd"; prev: number }
  | { kind: "handler"; prev: number; name: string | null }
  | { kind: "exceptStar" }
  | { kind: "with"; exit: number; async: boolean; loc: Location }
);

export type ScopeKind = "module" | "class" | "function" | "lambda" | "comprehension" | "async";

export interface Scope {
  unit: CodeUnit;
  ste: SymbolTableEntry;
  kind: ScopeKind;
  qualname: string;
  fblocks: FBlock[];
  /** Local registers of arguments never deleted: reads need no LOAD_FAST_CHECK. */
  alwaysBound: Set<number>;
  privateName: string | null;
  isAsync: boolean;
}

export class Compiler {
  st!: SymbolTable;
  scopes: Scope[] = [];
  futureFlags = 0;
  readonly optimize: number;
  interactive = false;
  /** The location of the last pattern compiled (CPython reports some pattern errors there). */
  lastPatternLoc: Location | null = null;
  /** The __future__ imports at the top of the module (later ones are errors). */
  readonly validFutures = new Set<object>();

  constructor(
    readonly filename: string,
    readonly options: CompileOptions,
  ) {
    this.optimize = options.optimize ?? 0;
    this.futureFlags = (options.flags ?? 0) & PyCF_MASK;
  }

  get scope(): Scope {
    return this.scopes[this.scopes.length - 1];
  }
  get u(): CodeUnit {
    return this.scope.unit;
  }
  get futureAnnotations(): boolean {
    return (this.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0;
  }
  get allowTopLevelAwait(): boolean {
    return ((this.options.flags ?? 0) & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0;
  }

  error(msg: string, loc: Location | null): PythonSyntaxError {
    return syntaxErrorAt(
      this.filename,
      msg,
      loc ?? { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 },
    );
  }

  compileModule(mod: A.mod, _mode: CompileMode): CodeObject {
    if (mod._type === "Module") this.parseFuture(mod.body);
    this.st = buildSymbolTable(mod, this.filename, this.futureAnnotations);
    const top = this.st.top;
    this.enterScope(top, "module", "<module>", []);
    const coroutine = this.allowTopLevelAwait && top.coroutine && !top.generator;
    // Code that awaits at the top level runs as a coroutine (`await eval(code)`).
    if (coroutine) this.u.emit(Op.RETURN_GENERATOR);
    if (mod._type === "Module") compileModuleBody(this, mod);
    else if (mod._type === "Expression") compileExpressionBody(this, mod);
    else if (mod._type === "Interactive") {
      this.interactive = true;
      compileInteractiveBody(this, mod);
    } else throw this.error("compile(): FunctionType is not supported", null);
    return this.leaveScope("<module>", 1, null, coroutine ? CO_COROUTINE : 0);
  }

  /** __future__ imports: only at the beginning of the module (after the docstring). */
  private parseFuture(body: A.stmt[]): void {
    let i = 0;
    if (body.length && isDocstring(body[0])) i = 1;
    let done = false;
    for (; i < body.length; i++) {
      const s = body[i];
      if (s._type === "ImportFrom" && s.module === "__future__" && !done) {
        for (const a of s.names) {
          const flag = FUTURE_FEATURES[a.name];
          if (flag === undefined) {
            const at = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: null, end_col_offset: null };
            if (a.name === "braces") throw this.error("not a chance", at);
            throw this.error(`future feature ${a.name} is not defined`, at);
          }
          this.futureFlags |= flag;
        }
        this.validFutures.add(s);
      } else done = true;
    }
  }

  enterScope(ste: SymbolTableEntry, kind: ScopeKind, qualname: string, params: string[]): Scope {
    const varnames: string[] = [];
    const cellvars: string[] = [];
    const freevars: string[] = [];
    const optimized = ste.type === "function";
    if (optimized) {
      for (const p of ste.varnames) varnames.push(p);
      for (const [name] of ste.symbols) {
        if (ste.scope(name) === LOCAL && !varnames.includes(name)) varnames.push(name);
      }
    }
    for (const [name, flags] of ste.symbols) {
      const sc = ste.scope(name);
      if (sc === CELL) cellvars.push(name);
      else if (sc === FREE || flags & DEF_FREE_CLASS) freevars.push(name);
    }
    cellvars.sort(compareNames);
    freevars.sort(compareNames);
    if (ste.type === "class" && ste.needsClassClosure) cellvars.unshift("__class__");
    const unit = new CodeUnit(varnames, cellvars, freevars);
    const prevPrivate = this.scopes.length ? this.scope.privateName : null;
    const scope: Scope = {
      unit,
      ste,
      kind,
      qualname,
      fblocks: [],
      alwaysBound: new Set(),
      privateName: kind === "class" ? ste.name : prevPrivate,
      isAsync: kind === "async" || (kind === "comprehension" && ste.coroutine),
    };
    for (const p of params) scope.alwaysBound.add(varnames.indexOf(p));
    this.scopes.push(scope);
    return scope;
  }

  /** Finishes the current unit (appending `return None` unless the code ends in a return). */
  leaveScope(
    name: string,
    firstlineno: number,
    args: A.arguments | null,
    extraFlags = 0,
    implicitReturn = true,
  ): CodeObject {
    const s = this.scope;
    const u = s.unit;
    if (implicitReturn && u.fallsOffEnd()) {
      u.emit(Op.RETURN_VALUE, u.constReg(null));
    }
    let flags = extraFlags;
    const ste = s.ste;
    if (ste.type === "function") {
      flags |= CO_OPTIMIZED | CO_NEWLOCALS;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      else if (ste.generator) flags |= CO_GENERATOR;
      else if (ste.coroutine) flags |= CO_COROUTINE;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    flags |= this.futureFlags;
    const cell2arg = new Int32Array(u.cellvars.length).fill(-1);
    u.cellvars.forEach((n, i) => {
      const a = ste.varnames.indexOf(n);
      if (ste.type === "function" && a >= 0) cell2arg[i] = a;
    });
    const code = u.finish({
      name,
      qualname: s.qualname,
      filename: this.filename,
      firstlineno,
      argcount: args ? args.posonlyargs.length + args.args.length : 0,
      posonlyargcount: args ? args.posonlyargs.length : 0,
      kwonlyargcount: args ? args.kwonlyargs.length : 0,
      flags,
      cell2arg,
    });
    this.scopes.pop();
    return code;
  }

  mangle(name: string): string {
    return mangle(this.scope.privateName, name);
  }

  // Names.

  /** Emits a load of `name` into a register and returns the register (dst if given). */
  loadName(name: string, loc: Location, dst?: number): number {
    const s = this.scope;
    const u = s.unit;
    const mangled = this.mangle(name);
    const sc = s.ste.scope(mangled);
    const withLoc = this.at(loc);
    try {
      if (name === "__debug__") {
        const r = u.constReg(this.optimize === 0);
        if (dst === undefined) return r;
        u.emit(Op.MOVE, dst, r);
        return dst;
      }
      if (
        sc === CELL ||
        sc === FREE ||
        (s.kind === "class" && s.ste.flags(mangled) & DEF_FREE_CLASS && sc !== LOCAL)
      ) {
        const r = this.derefReg(mangled, sc === FREE);
        const d = dst ?? u.temp();
        if (s.ste.type === "class") u.emit(Op.LOAD_CLASSDEREF, d, r, u.name(mangled));
        else u.emit(Op.LOAD_DEREF, d, r);
        return d;
      }
      if (sc === LOCAL && s.ste.type === "function") {
        const r = u.varnames.indexOf(mangled);
        if (!s.alwaysBound.has(r)) u.emit(Op.LOAD_FAST_CHECK, r);
        if (dst === undefined || dst === r) return r;
        u.emit(Op.MOVE, dst, r);
        return dst;
      }
      const d = dst ?? u.temp();
      if (sc === GLOBAL_EXPLICIT || (sc === GLOBAL_IMPLICIT && s.ste.type === "function")) {
        u.emit(Op.LOAD_GLOBAL, d, u.name(mangled));
      } else u.emit(Op.LOAD_NAME, d, u.name(mangled));
      return d;
    } finally {
      withLoc();
    }
  }

  /** The local register a store to `name` may write directly, or -1. */
  fastRegister(name: string): number {
    const s = this.scope;
    const mangled = this.mangle(name);
    if (s.ste.type === "function" && s.ste.scope(mangled) === LOCAL) return s.unit.varnames.indexOf(mangled);
    return -1;
  }

  storeName(name: string, src: number, loc: Location | null): void {
    // As compiler_nameop: no binding of any kind may be made to __debug__.
    if (name === "__debug__") throw this.error("cannot assign to __debug__", loc);
    const s = this.scope;
    const u = s.unit;
    const mangled = this.mangle(name);
    const sc = s.ste.scope(mangled);
    const restore = this.at(loc);
    if (sc === CELL || sc === FREE) u.emit(Op.STORE_DEREF, this.derefReg(mangled, sc === FREE), src);
    else if (sc === LOCAL && s.ste.type === "function") {
      const r = u.varnames.indexOf(mangled);
      if (r !== src) u.emit(Op.MOVE, r, src);
    } else if (sc === GLOBAL_EXPLICIT || (sc === GLOBAL_IMPLICIT && s.ste.type === "function")) {
      u.emit(Op.STORE_GLOBAL, u.name(mangled), src);
    } else u.emit(Op.STORE_NAME, u.name(mangled), src);
    restore();
  }

  deleteName(name: string, loc: Location | null): void {
    const s = this.scope;
    const u = s.unit;
    const mangled = this.mangle(name);
    const sc = s.ste.scope(mangled);
    const restore = this.at(loc);
    if (sc === CELL || sc === FREE) u.emit(Op.DELETE_DEREF, this.derefReg(mangled, sc === FREE));
    else if (sc === LOCAL && s.ste.type === "function") u.emit(Op.DELETE_FAST, u.varnames.indexOf(mangled));
    else if (sc === GLOBAL_EXPLICIT || (sc === GLOBAL_IMPLICIT && s.ste.type === "function")) {
      u.emit(Op.DELETE_GLOBAL, u.name(mangled));
    } else u.emit(Op.DELETE_NAME, u.name(mangled));
    restore();
  }

  /** The cell or free register of a (mangled) name in the current unit. A class body can
   * have both for `__class__`: its implicit cell (which closures of its methods take) and
   * the enclosing scope's `__class__`, which the body itself reads (`free`). */
  derefReg(mangled: string, free = false): number {
    const u = this.u;
    const fi = u.freevars.indexOf(mangled);
    if (free && fi >= 0) return u.free(fi);
    const ci = u.cellvars.indexOf(mangled);
    if (ci >= 0) return u.cell(ci);
    if (fi >= 0) return u.free(fi);
    throw new Error(`compiler: no cell for '${mangled}'`);
  }

  /** Emits what `emit` emits with no line (CPython's artificial instructions: a tracer
   * reports no 'line' for them). */
  noLine(emit: () => void): void {
    const u = this.u;
    const saved = u.loc;
    u.loc = null;
    try {
      emit();
    } finally {
      u.loc = saved;
    }
  }

  /** Sets the source location of the instructions emitted next; returns a restorer. */
  at(loc: Location | null): () => void {
    const u = this.u;
    const saved = u.loc;
    if (loc) u.loc = loc;
    return () => {
      u.loc = saved;
    };
  }

  newLabel(): Label {
    return new Label();
  }
}

export const FUTURE_FEATURES: Record<string, number> = {
  nested_scopes: 0,
  generators: 0,
  division: 0x20000,
  absolute_import: 0x40000,
  with_statement: 0x80000,
  print_function: 0x100000,
  unicode_literals: 0x200000,
  barry_as_FLUFL: 0x400000,
  generator_stop: 0x800000,
  annotations: CO_FUTURE_ANNOTATIONS,
};

export function isDocstring(s: A.stmt): boolean {
  return s._type === "Expr" && s.value._type === "Constant" && typeof s.value.value === "string";
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
