// Statements, blocks and parameters, and the driver that runs CPython's two passes.

import type * as A from "./ast.generated.js";
import { Backtrack, parserError, type Located, type ParseOptions } from "./parser_base.js";
import { augOperator } from "./parser_expr.js";
import { PatternParser } from "./parser_pattern.js";
import { SourceText } from "./source.js";
import { PythonSyntaxError, type ParseWarning } from "./syntax_error.js";
import { TokenType, type Token } from "./tokenizer.js";
import type { StringHost } from "./fstring.js";

export type ParseMode = "exec" | "eval" | "single" | "func_type" | "fstring";

interface Param {
  arg: A.arg;
  default: A.expr | null;
  nameTok: Token;
  /** The '=' before the default. */
  eq: Token | null;
}

export class Parser extends PatternParser implements StringHost {
  constructor(
    src: SourceText,
    private readonly mode: ParseMode,
    errorPass: boolean,
    options: ParseOptions = {},
  ) {
    super(src, options);
    this.errorPass = errorPass;
    // CPython's tokenizer adds the missing final newline to file input only.
    this.endHasNoColumn = (mode === "eval" || mode === "single") && !src.text.endsWith("\n");
  }

  get source(): SourceText {
    return this.src;
  }

  /** The furthest token the parser fetched, where a generic error points. */
  get furthestToken(): Token {
    return this.tokenizer.get(this.furthest);
  }

  /** The last token the tokenizer produced (CPython's p->tokens[p->fill - 1]). */
  get lastFetchedToken(): Token {
    const tokens = this.tokenizer.tokens;
    return tokens[tokens.length - 1] ?? this.tokenizer.get(0);
  }

  drainTokens(): void {
    this.tokenizer.drain();
  }

  /** A parser-raised error at source offsets (CPython's RAISE_ERROR_KNOWN_LOCATION). */
  tokenizerError(
    msg: string,
    lineno: number,
    offset: number,
    endLineno: number,
    endCol: number,
  ): PythonSyntaxError {
    return parserError(this.src, msg, lineno, offset, endLineno, endCol, "SyntaxError");
  }

  indentError(msg: string, t: Token): PythonSyntaxError {
    const col = this.src.charCol(t.lineno, t.start);
    const text = this.src.displayLine(t.lineno);
    const line = t.lineno;
    const e = new PythonSyntaxError("IndentationError", msg, this.src.filename, line, col, text, line, -1);
    e.parserRaised = true;
    return e;
  }

  tokenError(t: Token, msg: string): PythonSyntaxError {
    return this.errorAtToken(t, msg);
  }

  get openBracket() {
    const open = this.tokenizer.openBrackets;
    return open[open.length - 1];
  }

  /** Parses the whole input in this parser's mode; throws Backtrack if it does not parse. */
  parseInput(): A.mod | A.expr {
    switch (this.mode) {
      case "exec": {
        const body = this.statementsUntil(TokenType.ENDMARKER);
        return { _type: "Module", body, type_ignores: [] };
      }
      case "single":
        return { _type: "Interactive", body: this.interactive() };
      case "eval": {
        const body = this.starExpressionsOrYieldFree();
        while (this.isType(TokenType.NEWLINE)) this.advance();
        this.expectType(TokenType.ENDMARKER);
        return { _type: "Expression", body };
      }
      case "func_type": {
        this.expectOp("(");
        const argtypes: A.expr[] = [];
        while (!this.isOp(")")) {
          argtypes.push(this.starExpression());
          if (!this.acceptOp(",")) break;
        }
        this.expectOp(")");
        this.expectOp("->");
        const returns = this.expression();
        while (this.isType(TokenType.NEWLINE)) this.advance();
        this.expectType(TokenType.ENDMARKER);
        return { _type: "FunctionType", argtypes, returns };
      }
      case "fstring": {
        const e = this.starExpressions();
        while (this.isType(TokenType.NEWLINE)) this.advance();
        this.expectType(TokenType.ENDMARKER);
        return e;
      }
    }
  }

  private starExpressionsOrYieldFree(): A.expr {
    return this.starExpressions();
  }

  private interactive(): A.stmt[] {
    if (this.isType(TokenType.NEWLINE)) {
      this.advance();
      return [];
    }
    if (this.isCompoundStart()) {
      const s = this.compoundStatement();
      while (this.isType(TokenType.NEWLINE)) this.advance();
      this.expectType(TokenType.ENDMARKER);
      return [s];
    }
    const body = this.simpleStatements();
    this.expectType(TokenType.ENDMARKER);
    return body;
  }

  // ---- StringHost ----

  tokenPosition(first: Token, last: Token): Located {
    return {
      lineno: this.lineOf(first),
      col_offset: this.colOf(first),
      end_lineno: last.endLineno + this.lineShift,
      end_col_offset: this.endColOf(last),
    };
  }

  errorAtLastToken(msg: string): PythonSyntaxError {
    return this.errorAtLast(msg);
  }

  errorOnToken(t: Token, msg: string): PythonSyntaxError {
    return this.errorAtToken(t, msg);
  }

  warnAt(msg: string, t: Token): void {
    this.warn(msg, t);
  }

  parseFieldExpression(text: string, lineno: number, col: number): A.expr {
    const sub = new SourceText(text, this.src.filename);
    sub.escapedBytes = this.src.escapedBytes;
    const options = {
      lineOffset: lineno - 1 + this.lineShift,
      colOffset: col + (lineno === 1 ? this.colShift : 0),
    };
    try {
      return runParser(sub, "fstring", options).tree as A.expr;
    } catch (e) {
      if (e instanceof PythonSyntaxError) {
        throw new PythonSyntaxError(
          e.kind,
          !e.parserRaised || e.msg.startsWith("f-string") ? e.msg : `f-string: ${e.msg}`,
          e.filename,
          e.lineno! + lineno - 1,
          e.offset,
          e.text,
          e.endLineno! + lineno - 1,
          e.endOffset,
        );
      }
      throw e;
    }
  }

  // ---- positions of statements: they end at the last token that is not layout ----

  protected override at<T>(start: number, node: T): T & Located {
    const n = super.at(start, node);
    let k = this.i - 1;
    let last = this.tokenizer.get(k);
    if (last.type === TokenType.NEWLINE || last.type === TokenType.DEDENT || last.type === TokenType.INDENT) {
      while (
        k > start &&
        (last.type === TokenType.NEWLINE || last.type === TokenType.DEDENT || last.type === TokenType.INDENT)
      ) {
        last = this.tokenizer.get(--k);
      }
      n.end_lineno = last.endLineno + this.lineShift;
      n.end_col_offset = this.endColOf(last);
    }
    return n;
  }

  // ---- statements ----

  private statementsUntil(end: TokenType): A.stmt[] {
    const body: A.stmt[] = [];
    while (this.tok.type !== end) {
      if (this.isType(TokenType.ENDMARKER)) throw Backtrack.instance;
      this.statement(body);
    }
    return body;
  }

  private statement(into: A.stmt[]): void {
    if (this.isCompoundStart()) {
      const s = this.attempt(() => this.compoundStatement());
      if (s) {
        into.push(s);
        return;
      }
      if (!this.isKw("match")) throw Backtrack.instance;
    }
    into.push(...this.simpleStatements());
  }

  private isCompoundStart(): boolean {
    const t = this.tok;
    if (t.type === TokenType.OP) return t.string === "@";
    if (t.type !== TokenType.NAME) return false;
    switch (t.string) {
      case "def":
      case "if":
      case "class":
      case "with":
      case "for":
      case "try":
      case "while":
        return true;
      case "async":
        return this.isKw("def", 1) || this.isKw("with", 1) || this.isKw("for", 1);
      case "match":
        return true;
    }
    return false;
  }

  private compoundStatement(): A.stmt {
    const t = this.tok;
    if (t.type === TokenType.OP) return this.decorated();
    switch (t.string) {
      case "def":
        return this.functionDef([], this.i);
      case "if":
        return this.ifStatement();
      case "class":
        return this.classDef([], this.i);
      case "with":
        return this.withStatement();
      case "for":
        return this.forStatement();
      case "try":
        return this.tryStatement();
      case "while":
        return this.whileStatement();
      case "async":
        if (this.isKw("def", 1)) return this.functionDef([], this.i);
        if (this.isKw("with", 1)) return this.withStatement();
        return this.forStatement();
      default:
        return this.matchStatement();
    }
  }

  private simpleStatements(): A.stmt[] {
    const body: A.stmt[] = [this.simpleStatement()];
    while (this.acceptOp(";")) {
      if (this.isType(TokenType.NEWLINE)) break;
      body.push(this.simpleStatement());
    }
    if (!this.isType(TokenType.NEWLINE)) {
      if (this.errorPass) this.invalidAfterSimpleStatement(body[body.length - 1]!);
      throw Backtrack.instance;
    }
    this.advance();
    return body;
  }

  private simpleStatement(): A.stmt {
    const t = this.tok;
    const start = this.i;
    if (t.type === TokenType.NAME) {
      switch (t.string) {
        case "pass":
          this.advance();
          return this.at(start, { _type: "Pass" }) as A.Pass;
        case "break":
          this.advance();
          return this.at(start, { _type: "Break" }) as A.Break;
        case "continue":
          this.advance();
          return this.at(start, { _type: "Continue" }) as A.Continue;
        case "return": {
          this.advance();
          const value = this.startsExpression() ? this.starExpressions() : null;
          return this.at(start, { _type: "Return", value }) as A.Return;
        }
        case "raise":
          return this.raiseStatement();
        case "global":
        case "nonlocal": {
          this.advance();
          const names = [this.expectName().string];
          while (this.acceptOp(",")) names.push(this.expectName().string);
          const kind = t.string === "global" ? "Global" : "Nonlocal";
          return this.at(start, { _type: kind, names }) as A.Global | A.Nonlocal;
        }
        case "del":
          return this.delStatement();
        case "assert": {
          this.advance();
          const test = this.expression();
          const msg = this.acceptOp(",") ? this.expression() : null;
          return this.at(start, { _type: "Assert", test, msg }) as A.Assert;
        }
        case "import":
          return this.importName();
        case "from":
          return this.importFrom();
      }
    }
    return this.expressionStatement();
  }

  private raiseStatement(): A.stmt {
    const start = this.i;
    this.advance();
    if (!this.startsExpression())
      return this.at(start, { _type: "Raise", exc: null, cause: null }) as A.Raise;
    const exc = this.expression();
    const cause = this.acceptKw("from") ? this.expression() : null;
    return this.at(start, { _type: "Raise", exc, cause }) as A.Raise;
  }

  private delStatement(): A.stmt {
    const start = this.i;
    this.advance();
    try {
      const targets: A.expr[] = [];
      for (;;) {
        const e = this.bitwiseOr();
        targets.push(this.toTarget(e, "Del", false, false));
        if (!this.acceptOp(",")) break;
        if (this.isType(TokenType.NEWLINE) || this.isOp(";")) break;
      }
      if (!this.isType(TokenType.NEWLINE) && !this.isOp(";")) throw Backtrack.instance;
      return this.at(start, { _type: "Delete", targets }) as A.Delete;
    } catch (e) {
      if (e !== Backtrack.instance || !this.errorPass) throw e;
    }
    // invalid_del_stmt: 'del' star_expressions
    this.i = start + 1;
    const a = this.attempt(() => this.starExpressions());
    if (a !== undefined) this.raiseInvalidTarget(a, "del");
    throw Backtrack.instance;
  }

  private dottedName(): string {
    let name = this.expectName().string;
    while (this.acceptOp(".")) name += "." + this.expectName().string;
    return name;
  }

  private importName(): A.stmt {
    const start = this.i;
    this.advance();
    const names: A.alias[] = [];
    do {
      const aliasStart = this.i;
      const name = this.dottedName();
      const asname = this.acceptKw("as") ? this.expectName().string : null;
      names.push(this.at(aliasStart, { _type: "alias", name, asname }) as A.alias);
    } while (this.acceptOp(","));
    return this.at(start, { _type: "Import", names }) as A.Import;
  }

  private importFrom(): A.stmt {
    const start = this.i;
    this.advance();
    let level = 0;
    for (;;) {
      if (this.acceptOp(".")) level += 1;
      else if (this.acceptOp("...")) level += 3;
      else break;
    }
    const module = level > 0 && this.isKw("import") ? null : this.dottedName();
    this.expectKw("import");
    const names: A.alias[] = [];
    if (this.isOp("*")) {
      const aliasStart = this.i;
      this.advance();
      names.push(this.at(aliasStart, { _type: "alias", name: "*", asname: null }) as A.alias);
    } else {
      const paren = this.acceptOp("(");
      for (;;) {
        const aliasStart = this.i;
        const name = this.expectName().string;
        const asname = this.acceptKw("as") ? this.expectName().string : null;
        names.push(this.at(aliasStart, { _type: "alias", name, asname }) as A.alias);
        if (!this.acceptOp(",")) break;
        if (paren && this.isOp(")")) break;
        if (!paren && !this.isName()) {
          // invalid_import_from_targets: import_from_as_names ',' NEWLINE
          if (this.errorPass && this.isType(TokenType.NEWLINE)) {
            throw this.errorAtLast("trailing comma not allowed without surrounding parentheses");
          }
          throw Backtrack.instance;
        }
      }
      if (paren) this.expectOp(")");
    }
    return this.at(start, { _type: "ImportFrom", module, names, level }) as A.ImportFrom;
  }

  /** Expression statements and the three kinds of assignment. */
  private expressionStatement(): A.stmt {
    const start = this.i;
    if (!this.errorPass) return this.assignmentOrExpressionStatement(start);
    this.valueFailed = false;
    try {
      return this.assignmentOrExpressionStatement(start);
    } catch (e) {
      if (e !== Backtrack.instance) throw e;
    }
    // CPython's assignment succeeds (and invalid_assignment is never tried) when its
    // targets are fine and only what follows the value is wrong.
    if (!this.valueFailed) this.invalidAssignment(start);
    throw Backtrack.instance;
  }

  /** Set when a statement failed in its assigned value rather than in its targets. */
  private valueFailed = false;

  private assignedValue(): A.expr {
    try {
      return this.isKw("yield") ? this.yieldExpr() : this.starExpressions();
    } catch (e) {
      if (e === Backtrack.instance) this.valueFailed = true;
      throw e;
    }
  }

  private assignmentOrExpressionStatement(start: number): A.stmt {
    const first = this.isKw("yield") ? this.yieldExpr() : this.starExpressions();
    if (this.isOp(":")) return this.annotatedAssignment(start, first);
    if (this.isOp("=")) {
      const targets: A.expr[] = [];
      let value = first;
      while (this.acceptOp("=")) {
        if (value._type === "Yield" || value._type === "YieldFrom") throw Backtrack.instance;
        targets.push(this.toTarget(value, "Store", true, false));
        value = this.assignedValue();
      }
      return this.at(start, { _type: "Assign", targets, value, type_comment: null }) as A.Assign;
    }
    const t = this.tok;
    if (t.type === TokenType.OP) {
      const op = augOperator(t.string);
      if (op !== undefined) {
        if (first._type !== "Name" && first._type !== "Attribute" && first._type !== "Subscript") {
          throw Backtrack.instance;
        }
        this.advance();
        const target = this.toTarget(first, "Store", false, false);
        const value = this.assignedValue();
        return this.at(start, { _type: "AugAssign", target, op, value }) as A.AugAssign;
      }
    }
    return this.at(start, { _type: "Expr", value: first }) as A.Expr;
  }

  private annotatedAssignment(start: number, target: A.expr): A.stmt {
    let simple = 0;
    if (target._type === "Name") simple = this.parenthesized.has(target) ? 0 : 1;
    else if (target._type !== "Attribute" && target._type !== "Subscript") throw Backtrack.instance;
    this.advance();
    this.toTarget(target, "Store", false, false);
    const annotation = this.expression();
    let value: A.expr | null = null;
    if (this.acceptOp("=")) value = this.assignedValue();
    return this.at(start, {
      _type: "AnnAssign",
      target: target as A.Name | A.Attribute | A.Subscript,
      annotation,
      value,
      simple,
    }) as A.AnnAssign;
  }

  /** CPython's invalid_assignment, tried in its order once the statement at `start` failed
   * to parse as an assignment or expression; returns if no alternative applies. */
  private invalidAssignment(start: number): void {
    // invalid_ann_assign_target ':' expression
    this.i = start;
    const annTarget = this.attempt(() => this.invalidAnnAssignTarget());
    if (annTarget && this.acceptOp(":") && this.attempt(() => this.expression())) {
      throw this.errorAtNode(
        annTarget,
        `only single target (not ${this.describe(annTarget)}) can be annotated`,
      );
    }
    // star_named_expression ',' star_named_expressions* ':' expression
    this.i = start;
    const a = this.attempt(() => this.starNamedExpression());
    if (a && this.acceptOp(",")) {
      while (this.attempt(() => this.starNamedExpressionList()) !== undefined);
      if (this.acceptOp(":") && this.attempt(() => this.expression())) {
        throw this.errorAtNode(a, "only single target (not tuple) can be annotated");
      }
    }
    // expression ':' expression
    this.i = start;
    const c = this.attempt(() => this.expression());
    if (c && this.acceptOp(":") && this.attempt(() => this.expression())) {
      throw this.errorAtNode(c, "illegal target for annotation");
    }
    // (star_targets '=')* star_expressions '='  and  (star_targets '=')* yield_expr '='
    this.i = start;
    for (;;) {
      const save = this.i;
      const ok = this.attempt(() => {
        this.starTargetsQuiet();
        this.expectOp("=");
        return true;
      });
      if (!ok) {
        this.i = save;
        break;
      }
    }
    const afterTargets = this.i;
    const d = this.attempt(() => this.starExpressions());
    if (d && this.isOp("=")) this.raiseInvalidTarget(d, "star");
    this.i = afterTargets;
    if (this.isKw("yield")) {
      const y = this.attempt(() => this.yieldExpr());
      if (y && this.isOp("=")) throw this.errorAtNode(y, "assignment to yield expression not possible");
    }
    // star_expressions augassign (yield_expr | star_expressions)
    this.i = start;
    const f = this.attempt(() => this.starExpressions());
    if (f && this.tok.type === TokenType.OP && augOperator(this.tok.string) !== undefined) {
      this.advance();
      if (this.attempt(() => (this.isKw("yield") ? this.yieldExpr() : this.starExpressions()))) {
        throw this.errorAtNode(f, `'${this.describe(f)}' is an illegal expression for augmented assignment`);
      }
    }
    this.i = start;
  }

  /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
  private invalidAnnAssignTarget(): A.expr {
    const t = this.tok;
    if (t.type !== TokenType.OP || (t.string !== "(" && t.string !== "[")) throw Backtrack.instance;
    const inner = this.attempt(() => {
      if (!this.acceptOp("(")) throw Backtrack.instance;
      const e = this.invalidAnnAssignTarget();
      this.expectOp(")");
      return e;
    });
    if (inner) return inner;
    const e = this.atom();
    const isDisplay =
      (e._type === "List" || e._type === "Tuple") &&
      e.lineno === this.lineOf(t) &&
      e.col_offset === this.colOf(t);
    if (!isDisplay) throw Backtrack.instance;
    return e;
  }

  /** star_named_expressions: ','.star_named_expression+ [','] */
  private starNamedExpressionList(): A.expr[] {
    const out = [this.starNamedExpression()];
    while (this.acceptOp(",")) {
      const e = this.attempt(() => this.starNamedExpression());
      if (e === undefined) break;
      out.push(e);
    }
    return out;
  }

  private invalidAfterSimpleStatement(_last: A.stmt): void {}

  // ---- blocks ----

  /** A block after ':'. `what` names the statement for "expected an indented block". */
  private block(what: string | null, headerLine: number): A.stmt[] {
    if (this.isType(TokenType.NEWLINE)) {
      this.advance();
      if (!this.isType(TokenType.INDENT)) {
        const msg =
          what === null
            ? "expected an indented block"
            : `expected an indented block after ${what} on line ${headerLine}`;
        throw this.errorAtLast(msg, "IndentationError");
      }
      this.advance();
      const body = this.statementsUntil(TokenType.DEDENT);
      this.advance();
      return body;
    }
    return this.simpleStatements();
  }

  // ---- compound statements ----

  private ifStatement(): A.stmt {
    const start = this.i;
    const kw = this.advance();
    const test = this.namedExpression();
    this.expectColonAfterTest();
    const body = this.block(`'${kw.string}' statement`, this.lineOf(kw));
    let orelse: A.stmt[] = [];
    if (this.isKw("elif")) orelse = [this.ifStatement()];
    else if (this.isKw("else")) orelse = this.elseBlock();
    return this.at(start, { _type: "If", test, body, orelse }) as A.If;
  }

  /** A plain ':' whose absence the invalid_*_stmt rules report only at the end of a line. */
  private expectColonAfterTest(): void {
    if (this.acceptOp(":")) return;
    if (this.isType(TokenType.NEWLINE)) throw this.errorAtLast("expected ':'");
    throw Backtrack.instance;
  }

  private elseBlock(): A.stmt[] {
    const kw = this.advance();
    this.forceOp(":");
    return this.block("'else' statement", this.lineOf(kw));
  }

  private whileStatement(): A.stmt {
    const start = this.i;
    const kw = this.advance();
    const test = this.namedExpression();
    this.expectColonAfterTest();
    const body = this.block("'while' statement", this.lineOf(kw));
    const orelse = this.isKw("else") ? this.elseBlock() : [];
    return this.at(start, { _type: "While", test, body, orelse }) as A.While;
  }

  private forStatement(): A.stmt {
    const start = this.i;
    const isAsync = this.acceptKw("async");
    const kw = this.advance();
    const target = this.forTargetAndIn();
    const iter = this.starExpressions();
    this.expectColonAfterTest();
    const body = this.block("'for' statement", this.lineOf(kw));
    const orelse = this.isKw("else") ? this.elseBlock() : [];
    const node = { _type: isAsync ? "AsyncFor" : "For", target, iter, body, orelse, type_comment: null };
    return this.at(start, node) as A.For | A.AsyncFor;
  }

  private withStatement(): A.stmt {
    const start = this.i;
    const isAsync = this.acceptKw("async");
    const kw = this.advance();
    const afterKw = this.i;
    const items = this.attempt(() => {
      const items = (this.isOp("(") && this.attempt(() => this.parenthesizedWithItems())) || this.withItems();
      if (!this.isOp(":")) throw Backtrack.instance;
      return items;
    });
    if (items === undefined) {
      if (this.errorPass) {
        this.i = afterKw;
        this.invalidWithStatement();
      }
      throw Backtrack.instance;
    }
    this.advance();
    const body = this.block("'with' statement", this.lineOf(kw));
    const node = { _type: isAsync ? "AsyncWith" : "With", items, body, type_comment: null };
    return this.at(start, node) as A.With | A.AsyncWith;
  }

  /** invalid_with_stmt: the items, bare or parenthesised, then the end of the line. */
  private invalidWithStatement(): void {
    const item = (): void => {
      this.expression();
      if (this.acceptKw("as")) this.starTargetSingle();
    };
    const bare = this.attempt(() => {
      item();
      while (this.acceptOp(",")) item();
      return this.isType(TokenType.NEWLINE);
    });
    if (bare) throw this.errorAtLast("expected ':'");
    const parenthesized = this.attempt(() => {
      this.expectOp("(");
      for (;;) {
        this.starExpressions();
        if (this.acceptKw("as")) this.starTargetSingle();
        if (!this.acceptOp(",") || this.isOp(")")) break;
      }
      this.expectOp(")");
      return this.isType(TokenType.NEWLINE);
    });
    if (parenthesized) throw this.errorAtLast("expected ':'");
  }

  private parenthesizedWithItems(): A.withitem[] {
    this.expectOp("(");
    const items = [this.withItem()];
    while (this.acceptOp(",")) {
      if (this.isOp(")")) break;
      items.push(this.withItem());
    }
    this.expectOp(")");
    if (!this.isOp(":")) throw Backtrack.instance;
    return items;
  }

  private withItems(): A.withitem[] {
    const items = [this.withItem()];
    while (this.acceptOp(",")) items.push(this.withItem());
    return items;
  }

  private withItem(): A.withitem {
    const contextExpr = this.expression();
    let optionalVars: A.expr | null = null;
    if (this.acceptKw("as")) {
      optionalVars = this.starTargetSingle();
      if (!this.isOp(",") && !this.isOp(")") && !this.isOp(":")) throw Backtrack.instance;
    }
    return { _type: "withitem", context_expr: contextExpr, optional_vars: optionalVars };
  }

  /** star_target (one, not a bare tuple). */
  private starTargetSingle(): A.expr {
    const start = this.i;
    if (this.acceptOp("*")) {
      const value = this.toTarget(this.bitwiseOr(), "Store", false);
      return this.at(start, { _type: "Starred", value, ctx: "Store" }) as A.Starred;
    }
    return this.toTarget(this.bitwiseOr(), "Store", true);
  }

  private tryStatement(): A.stmt {
    const start = this.i;
    const kw = this.advance();
    this.forceOp(":");
    const body = this.block("'try' statement", this.lineOf(kw));
    const handlers: A.excepthandler[] = [];
    let star: boolean | null = null;
    while (this.isKw("except")) {
      const handlerStart = this.i;
      const exceptTok = this.advance();
      const starTok = this.isOp("*") ? this.advance() : null;
      const isStar = starTok !== null;
      if (star !== null && star !== isStar) {
        const msg = "cannot have both 'except' and 'except*' on the same 'try'";
        throw starTok ? this.errorBetween(exceptTok, starTok, msg) : this.errorAtToken(exceptTok, msg);
      }
      star = isStar;
      let type: A.expr | null = null;
      let name: string | null = null;
      if (!isStar && this.isType(TokenType.NEWLINE)) {
        if (this.errorPass) throw this.errorAtLast("expected ':'");
        throw Backtrack.instance;
      }
      if (!this.isOp(":")) {
        type = this.expression();
        if (this.isOp(",")) {
          // invalid_except_stmt: expression ',' expressions ['as' NAME] ':'
          this.advance();
          this.starExpressions();
          if (this.acceptKw("as")) this.expectName();
          if (!this.isOp(":")) throw Backtrack.instance;
          throw this.errorAtNode(
            this.span(type, this.posOfPrev(), {}),
            "multiple exception types must be parenthesized",
          );
        }
        if (this.acceptKw("as")) name = this.expectName().string;
      } else if (isStar) throw this.errorAtLast("expected one or more exception types");
      // A plain ':' in the grammar; invalid_except_stmt knows only a missing one at the end
      // of the line.
      if (!this.isOp(":")) {
        if (this.errorPass && this.isType(TokenType.NEWLINE)) throw this.errorAtLast("expected ':'");
        throw Backtrack.instance;
      }
      this.advance();
      const what = isStar ? "'except*' statement" : "'except' statement";
      const handlerBody = this.block(what, this.lineOf(exceptTok));
      handlers.push(
        this.at(handlerStart, { _type: "ExceptHandler", type, name, body: handlerBody }) as A.ExceptHandler,
      );
    }
    const orelse = handlers.length && this.isKw("else") ? this.elseBlock() : [];
    let finalbody: A.stmt[] = [];
    if (this.isKw("finally")) {
      const fin = this.advance();
      this.forceOp(":");
      finalbody = this.block("'finally' statement", this.lineOf(fin));
    }
    if (!handlers.length && !finalbody.length) throw this.errorAtLast("expected 'except' or 'finally' block");
    const node = { _type: star ? "TryStar" : "Try", body, handlers, orelse, finalbody };
    return this.at(start, node) as A.Try | A.TryStar;
  }

  // ---- definitions ----

  private decorated(): A.stmt {
    const decorators: A.expr[] = [];
    while (this.acceptOp("@")) {
      decorators.push(this.namedExpression());
      this.expectType(TokenType.NEWLINE);
    }
    const start = this.i;
    if (this.isKw("class")) return this.classDef(decorators, start);
    if (this.isKw("def") || (this.isKw("async") && this.isKw("def", 1)))
      return this.functionDef(decorators, start);
    throw Backtrack.instance;
  }

  private functionDef(decorators: A.expr[], start: number): A.stmt {
    const isAsync = this.acceptKw("async");
    const kw = this.advance();
    const name = this.expectName().string;
    this.forceOp("(");
    const args = this.parameters(true, ")");
    this.expectOp(")");
    // ['->' expression] &&':' : a missing annotation leaves "expected ':'" at the '->'.
    const returns = this.isOp("->")
      ? (this.attempt(() => (this.advance(), this.expression())) ?? null)
      : null;
    this.forceOp(":");
    const body = this.block("function definition", this.lineOf(kw));
    const node = {
      _type: isAsync ? "AsyncFunctionDef" : "FunctionDef",
      name,
      args,
      body,
      decorator_list: decorators,
      returns,
      type_comment: null,
    };
    return this.at(start, node) as A.FunctionDef | A.AsyncFunctionDef;
  }

  private classDef(decorators: A.expr[], start: number): A.stmt {
    const kw = this.advance();
    const name = this.expectName().string;
    let bases: A.expr[] = [];
    let keywords: A.keyword[] = [];
    if (this.acceptOp("(")) {
      const parsed = this.arguments();
      bases = parsed.args;
      keywords = parsed.keywords;
      this.expectOp(")");
    }
    this.expectColonAfterTest();
    const body = this.block("class definition", this.lineOf(kw));
    return this.at(start, {
      _type: "ClassDef",
      name,
      bases,
      keywords,
      body,
      decorator_list: decorators,
    }) as A.ClassDef;
  }

  /** Parameters of a def (annotated) or lambda, up to (not including) `close`. */
  protected parameters(annotated: boolean, close: string): A.arguments {
    const posonlyargs: A.arg[] = [];
    const args: A.arg[] = [];
    const defaults: A.expr[] = [];
    const kwonlyargs: A.arg[] = [];
    const kwDefaults: A.expr[] = [];
    let vararg: A.arg | null = null;
    let kwarg: A.arg | null = null;
    let sawStar = false;
    let sawSlash = false;
    let bareStar: Token | null = null;
    while (!this.isOp(close)) {
      if (kwarg) throw this.errorAtLast("arguments cannot follow var-keyword argument");
      if (this.isOp("/")) {
        const slash = this.advance();
        if (sawSlash) throw this.errorAtToken(slash, "/ may appear only once");
        if (sawStar) throw this.errorAtToken(slash, "/ must be ahead of *");
        if (args.length === 0) {
          // Only the error pass looks past the '/' (a generic error points at it).
          if (this.errorPass && this.isOp(",")) {
            throw this.errorAtToken(slash, "at least one argument must precede /");
          }
          throw Backtrack.instance;
        }
        sawSlash = true;
        posonlyargs.push(...args);
        args.length = 0;
        if (this.errorPass && this.isOp("*"))
          throw this.errorAtToken(this.tok, "expected comma between / and *");
      } else if (this.isOp("*")) {
        const star = this.advance();
        if (sawStar) {
          if (this.errorPass && (this.isOp(",") || this.isName()))
            throw this.errorAtToken(star, "* argument may appear only once");
          throw Backtrack.instance;
        }
        sawStar = true;
        if (this.isOp(",") || this.isOp(close)) {
          // invalid_star_etc / invalid_lambda_star_etc: `'*' (close | ',' (close | '**'))`,
          // at the '*' for a def, at the last token read for a lambda.
          if (this.isOp(close) || this.isOp(close, 1) || this.isOp("**", 1)) {
            const msg = "named arguments must follow bare *";
            throw annotated ? this.errorAtToken(star, msg) : this.errorAtLast(msg);
          }
          bareStar = star;
        } else {
          const p = this.parameter(annotated, true, true);
          if (p.eq) {
            // invalid_star_etc matches `'*' param default`, and `param` takes no `*expr`
            // annotation, so `*args: *Ts = x` is plain invalid syntax at the '='.
            const starred = p.arg.annotation?._type === "Starred";
            const msg = starred ? "invalid syntax" : "var-positional argument cannot have default value";
            throw this.errorAtToken(p.eq, msg);
          }
          vararg = p.arg;
        }
      } else if (this.isOp("**")) {
        this.advance();
        const p = this.parameter(annotated, false, true);
        if (p.eq) throw this.errorAtToken(p.eq, "var-keyword argument cannot have default value");
        kwarg = p.arg;
      } else if (this.errorPass && this.isOp("(")) {
        this.invalidParenthesizedParameters(annotated, close);
        throw Backtrack.instance;
      } else {
        const p = this.parameter(annotated, false);
        if (sawStar) {
          kwonlyargs.push(p.arg);
          kwDefaults.push(p.default as A.expr);
          bareStar = null;
        } else {
          if (p.default) defaults.push(p.default);
          else if (defaults.length) {
            throw this.errorAtNode(p.arg, "non-default argument follows default argument");
          }
          args.push(p.arg);
        }
      }
      if (!this.acceptOp(",")) break;
    }
    if (bareStar) {
      // invalid_star_etc points at the '*'; invalid_lambda_star_etc at the last token.
      const msg = "named arguments must follow bare *";
      throw annotated ? this.errorAtToken(bareStar, msg) : this.errorAtLast(msg);
    }
    return {
      _type: "arguments",
      posonlyargs,
      args,
      vararg,
      kwonlyargs,
      kw_defaults: kwDefaults,
      kwarg,
      defaults,
    };
  }

  /** invalid_parameters / invalid_lambda_parameters: `def f((a, b))`, `lambda (x): x`. */
  private invalidParenthesizedParameters(annotated: boolean, close: string): void {
    const open = this.advance();
    let n = 0;
    for (;;) {
      if (!this.isName()) return;
      this.parameter(annotated, false);
      n++;
      if (!this.acceptOp(",")) break;
      if (this.isOp(")")) break;
    }
    if (n === 0 || !this.isOp(")")) return;
    const closeTok = this.advance();
    void close;
    const what = annotated ? "Function" : "Lambda expression";
    throw this.errorBetween(open, closeTok, `${what} parameters cannot be parenthesized`);
  }

  /** One parameter; for `*args` and `**kwargs` (`variadic`) a '=' is returned unparsed,
   * as invalid_star_etc and invalid_kwds stop at it. */
  private parameter(annotated: boolean, starAnnotation: boolean, variadic = false): Param {
    const start = this.i;
    const nameTok = this.expectName();
    let annotation: A.expr | null = null;
    if (annotated && this.acceptOp(":"))
      annotation = starAnnotation ? this.starExpression() : this.expression();
    const arg = this.at(start, {
      _type: "arg",
      arg: nameTok.string,
      annotation,
      type_comment: null,
    }) as A.arg;
    let eq: Token | null = null;
    let def: A.expr | null = null;
    if (this.isOp("=")) {
      eq = this.advance();
      if (variadic) return { arg, default: null, nameTok, eq };
      // invalid_default: '=' &(')'|',')
      if (this.errorPass && (this.isOp(")") || this.isOp(","))) {
        throw this.errorAtToken(eq, "expected default value expression");
      }
      def = this.expression();
    }
    return { arg, default: def, nameTok, eq };
  }

  // ---- match ----

  private matchStatement(): A.stmt {
    const start = this.i;
    const kw = this.expectKw("match");
    const subject = this.subjectExpression();
    if (!this.isOp(":")) {
      if (this.isType(TokenType.NEWLINE) && this.errorPass) throw this.errorAtLast("expected ':'");
      throw Backtrack.instance;
    }
    this.advance();
    this.expectType(TokenType.NEWLINE);
    if (!this.isType(TokenType.INDENT)) {
      throw this.errorAtLast(
        `expected an indented block after 'match' statement on line ${this.lineOf(kw)}`,
        "IndentationError",
      );
    }
    this.advance();
    const cases: A.match_case[] = [];
    do cases.push(this.caseBlock());
    while (!this.isType(TokenType.DEDENT));
    this.advance();
    return this.at(start, { _type: "Match", subject, cases }) as A.Match;
  }

  private subjectExpression(): A.expr {
    const start = this.i;
    const first = this.starNamedExpression();
    if (!this.isOp(",")) {
      if (first._type === "Starred") throw Backtrack.instance;
      return first;
    }
    const elts = [first];
    while (this.acceptOp(",")) {
      if (this.isOp(":")) break;
      elts.push(this.starNamedExpression());
    }
    return this.at(start, { _type: "Tuple", elts, ctx: "Load" }) as A.Tuple;
  }

  private caseBlock(): A.match_case {
    const kw = this.tok;
    if (!this.isKw("case")) {
      if (this.errorPass) throw this.errorAtLast("invalid syntax");
      throw Backtrack.instance;
    }
    this.advance();
    const pattern = this.patterns();
    const guard = this.acceptKw("if") ? this.namedExpression() : null;
    if (!this.isOp(":")) {
      if (this.isType(TokenType.NEWLINE)) throw this.errorAtLast("expected ':'");
      throw Backtrack.instance;
    }
    this.advance();
    const body = this.block("'case' statement", this.lineOf(kw));
    return { _type: "match_case", pattern, guard, body };
  }
}

export interface ParseResult {
  tree: A.mod | A.expr;
  warnings: ParseWarning[];
}

/** Runs CPython's two passes over `src`: a fast one, and on failure one with the error
 * checks on; if neither finds a specific error, reports the generic one. */
export function runParser(src: SourceText, mode: ParseMode, options: ParseOptions = {}): ParseResult {
  const first = new Parser(src, mode, false, options);
  try {
    return runPasses(first, src, mode, options);
  } catch (e) {
    if (e instanceof PythonSyntaxError) e.warningsBefore = warningsBefore(first, e);
    throw e;
  }
}

/** The warnings CPython has issued by the time it meets the error: those of the tokens and
 * literals before it (invalid escapes in a string the first pass read), each once. */
function warningsBefore(first: Parser, e: PythonSyntaxError): ParseWarning[] {
  const line = e.lineno ?? Infinity;
  const col = e.offset ?? Infinity;
  const seen = new Set<string>();
  return first.allWarnings().filter((w) => {
    const at = w.error;
    const before = (at.lineno ?? 0) < line || ((at.lineno ?? 0) === line && (at.offset ?? 0) < col);
    const key = `${w.message}\0${at.lineno}\0${at.offset}`;
    if (!before || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function runPasses(first: Parser, src: SourceText, mode: ParseMode, options: ParseOptions): ParseResult {
  try {
    const tree = first.parseInput();
    return { tree, warnings: first.allWarnings() };
  } catch (e) {
    if (e !== Backtrack.instance) throw e;
  }
  const second = new Parser(src, mode, true, options);
  try {
    second.parseInput();
  } catch (e) {
    if (e instanceof PythonSyntaxError && e.parserRaised) {
      throw checkRestOfSource(second, second.lastFetchedToken, e);
    }
    if (e !== Backtrack.instance) throw e;
  }
  throw genericError(first, second);
}

/** CPython's _PyPegen_set_syntax_error when the second pass found nothing specific. */
function genericError(first: Parser, second: Parser): PythonSyntaxError {
  const t = first.furthestToken;
  if (t.type === TokenType.ERRORTOKEN) return neverClosed(first);
  if (t.type === TokenType.INDENT) return first.indentError("unexpected indent", t);
  if (t.type === TokenType.DEDENT) return first.indentError("unexpected unindent", t);
  const err = first.tokenError(t, "invalid syntax");
  const a = first.lastFetchedToken;
  const b = second.lastFetchedToken;
  return checkRestOfSource(first, b.start > a.start ? b : a, err);
}

/**
 * CPython's _PyPegen_tokenize_full_source_to_check_for_errors, run after a parser error:
 * a lexical error later in the file takes precedence, and so does a bracket left open
 * on a line before the last token the parser fetched.
 */
function checkRestOfSource(p: Parser, lastFetched: Token, err: PythonSyntaxError): PythonSyntaxError {
  p.drainTokens();
  const open = p.openBracket;
  if (open !== undefined && lastFetched.lineno > open.lineno) return neverClosed(p);
  return err;
}

function neverClosed(p: Parser): PythonSyntaxError {
  const open = p.openBracket!;
  return p.tokenizerError(`'${open.char}' was never closed`, open.lineno, open.offset, open.lineno, -1);
}
