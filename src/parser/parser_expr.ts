// Expressions: the 3.11 grammar from `star_expressions` down to atoms, calls, slices,
// comprehensions, lambdas and literals, with CPython's node positions.

import type * as A from "./ast.generated.js";
import { ComplexConstant, EllipsisConstant, FloatConstant } from "./constant.js";
import { Backtrack, KEYWORDS, ParserBase, type Located } from "./parser_base.js";
import { TokenType, type Token } from "./tokenizer.js";
import { parseStrings, type StringHost } from "./fstring.js";
import type { PythonSyntaxError } from "./syntax_error.js";

type Pos = Located;

const COMPARE_OPS: Record<string, A.cmpop> = {
  "==": "Eq",
  "!=": "NotEq",
  "<": "Lt",
  "<=": "LtE",
  ">": "Gt",
  ">=": "GtE",
};

const AUG_OPS: Record<string, A.operator> = {
  "+=": "Add",
  "-=": "Sub",
  "*=": "Mult",
  "@=": "MatMult",
  "/=": "Div",
  "%=": "Mod",
  "&=": "BitAnd",
  "|=": "BitOr",
  "^=": "BitXor",
  "<<=": "LShift",
  ">>=": "RShift",
  "**=": "Pow",
  "//=": "FloorDiv",
};

export function augOperator(op: string): A.operator | undefined {
  return AUG_OPS[op];
}

const TERM_OPS: Record<string, A.operator> = {
  "*": "Mult",
  "/": "Div",
  "//": "FloorDiv",
  "%": "Mod",
  "@": "MatMult",
};

export abstract class ExpressionParser extends ParserBase {
  /** Nodes that were written inside their own parentheses (matters for targets and
   * annotations, e.g. `(x): int` is not a simple annotation). */
  protected readonly parenthesized = new Set<object>();
  /** Set while parsing star_targets that CPython parses without reporting bad targets. */
  protected quietTargets = false;

  // ---- tuples and starred expressions ----

  /** star_expressions: a bare tuple when there is a comma. */
  protected starExpressions(): A.expr {
    const start = this.i;
    const first = this.starExpression();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.acceptOp(",")) {
      if (!this.startsExpression()) break;
      elts.push(this.starExpression());
    }
    return this.at(start, { _type: "Tuple", elts, ctx: "Load" }) as A.Tuple;
  }

  protected starExpression(): A.expr {
    if (this.isOp("*")) {
      const start = this.i;
      this.advance();
      const value = this.bitwiseOr();
      return this.at(start, { _type: "Starred", value, ctx: "Load" }) as A.Starred;
    }
    return this.expression();
  }

  /** star_named_expression, as in list and set displays. */
  protected starNamedExpression(): A.expr {
    if (this.isOp("*")) {
      const start = this.i;
      this.advance();
      const value = this.bitwiseOr();
      return this.at(start, { _type: "Starred", value, ctx: "Load" }) as A.Starred;
    }
    return this.namedExpression();
  }

  /** Whether the current token can begin an expression (used after trailing commas). */
  protected startsExpression(): boolean {
    const t = this.tok;
    switch (t.type) {
      case TokenType.NAME:
        return (
          !this.isKeywordToken(t) ||
          ["None", "True", "False", "not", "lambda", "await", "yield"].includes(t.string)
        );
      case TokenType.NUMBER:
      case TokenType.STRING:
        return true;
      case TokenType.OP:
        return ["(", "[", "{", "-", "+", "~", "*", "...", "**"].includes(t.string);
      default:
        return false;
    }
  }

  protected isKeywordToken(t: Token): boolean {
    return t.type === TokenType.NAME && KEYWORDS.has(t.string);
  }

  // ---- named expressions, conditionals, lambdas ----

  /** named_expression; in the error pass with CPython's invalid_named_expression. */
  protected namedExpression(): A.expr {
    if (this.isName() && this.isOp(":=", 1)) return this.assignmentExpression();
    const start = this.i;
    const e = this.expression();
    if (this.errorPass) this.invalidNamedExpression(start, e);
    if (this.isOp(":=")) throw Backtrack.instance;
    return e;
  }

  /** assignment_expression | expression !':=' (call arguments, generator elements). */
  protected assignmentOrExpression(): A.expr {
    if (this.isName() && this.isOp(":=", 1)) return this.assignmentExpression();
    const e = this.expression();
    if (this.isOp(":=")) throw Backtrack.instance;
    return e;
  }

  private assignmentExpression(): A.expr {
    const start = this.i;
    const nameTok = this.advance();
    const target = this.at(start, { _type: "Name", id: nameTok.string, ctx: "Store" }) as A.Name;
    this.advance();
    const value = this.expression();
    return this.at(start, { _type: "NamedExpr", target, value }) as A.NamedExpr;
  }

  /**
   * invalid_named_expression, checked after the fact: `e` is the expression parsed from
   * token `start`. Its alternatives `NAME '=' bitwise_or` and `bitwise_or '=' bitwise_or`
   * (neither followed by '=' or ':=') need `e` to be exactly a bitwise_or followed by '='.
   */
  private invalidNamedExpression(start: number, e: A.expr): void {
    if (this.isOp(":=")) {
      const save = this.i;
      this.advance();
      if (this.attempt(() => this.expression()) !== undefined) {
        throw this.errorAtNode(e, `cannot use assignment expressions with ${this.describe(e)}`);
      }
      this.i = save;
      return;
    }
    if (!this.isOp("=") || !this.isBitwiseOr(e)) return;
    const save = this.i;
    this.advance();
    const b = this.attempt(() => this.bitwiseOr());
    const ok = b !== undefined && !this.isOp("=") && !this.isOp(":=");
    this.i = save;
    if (!ok) return;
    const first = this.tokenizer.get(start);
    if (first.type === TokenType.NAME && e._type === "Name" && !this.parenthesized.has(e)) {
      throw this.errorAtNode(
        this.span(e, b, {}),
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      );
    }
    if (this.startsWithDisplay(start)) return;
    throw this.errorAtNode(
      e,
      `cannot assign to ${this.describe(e)} here. Maybe you meant '==' instead of '='?`,
    );
  }

  /** Whether `e`, parsed by expression(), is what bitwise_or alone would have parsed. */
  private isBitwiseOr(e: A.expr): boolean {
    if (this.parenthesized.has(e)) return true;
    switch (e._type) {
      case "Compare":
      case "BoolOp":
      case "IfExp":
      case "Lambda":
        return false;
      case "UnaryOp":
        return e.op !== "Not";
    }
    return true;
  }

  /** CPython's lookahead !(list|tuple|genexp|'True'|'None'|'False') at token `start`. */
  private startsWithDisplay(start: number): boolean {
    const t = this.tokenizer.get(start);
    if (t.type === TokenType.NAME) return t.string === "True" || t.string === "None" || t.string === "False";
    if (t.type !== TokenType.OP || (t.string !== "[" && t.string !== "(")) return false;
    const save = this.i;
    this.i = start;
    const atom = this.attempt(() => this.atom());
    this.i = save;
    if (atom === undefined) return false;
    if (t.string === "[") return atom._type === "List";
    return (
      (atom._type === "Tuple" || atom._type === "GeneratorExp") &&
      atom.lineno === this.lineOf(t) &&
      atom.col_offset === this.colOf(t)
    );
  }

  /** expression; in the error pass with invalid_expression and invalid_legacy_expression,
   * which CPython tries before the ordinary alternatives. */
  protected expression(): A.expr {
    if (this.isKw("lambda")) return this.lambdef();
    const start = this.i;
    const body = this.disjunction();
    if (this.errorPass) this.invalidExpression(start, body);
    if (this.isKw("if")) {
      this.advance();
      const test = this.disjunction();
      if (!this.acceptKw("else")) {
        if (this.errorPass && !this.isOp(":")) {
          throw this.errorAtNode(this.span(body, test, {}), "expected 'else' after 'if' expression");
        }
        throw Backtrack.instance;
      }
      const orelse = this.expression();
      return this.at(start, { _type: "IfExp", test, body, orelse }) as A.IfExp;
    }
    return body;
  }

  /** Whether the current token can start an `expression` (not a starred one). */
  private startsPlainExpression(): boolean {
    const t = this.tok;
    if (t.type === TokenType.OP) {
      switch (t.string) {
        case "(":
        case "[":
        case "{":
        case "-":
        case "+":
        case "~":
        case "...":
          return true;
      }
      return false;
    }
    if (t.type === TokenType.NAME) {
      return (
        !this.isKeywordToken(t) || ["None", "True", "False", "not", "lambda", "await"].includes(t.string)
      );
    }
    return t.type === TokenType.NUMBER || t.type === TokenType.STRING;
  }

  /** invalid_expression's "Perhaps you forgot a comma?" (inside brackets only) and
   * invalid_legacy_expression's `print x`, for `a` = the disjunction parsed from `start`. */
  private invalidExpression(start: number, a: A.expr): void {
    if (!this.startsPlainExpression()) return;
    const first = this.tokenizer.get(start);
    const save = this.i;
    const legacy = a._type === "Name" && (a.id === "print" || a.id === "exec") && save === start + 1;
    const skipComma =
      first.type === TokenType.NAME &&
      (this.tokenizer.get(start + 1).type === TokenType.STRING || SOFT_KEYWORDS.has(first.string));
    if (!skipComma && !legacy) {
      // expression_without_invalid: no error checks inside `b`.
      this.errorPass = false;
      const b = this.attempt(() => this.expression());
      this.errorPass = true;
      if (b !== undefined && this.prev.level > 0) {
        throw this.errorAtNode(this.span(a, b, {}), "invalid syntax. Perhaps you forgot a comma?");
      }
      this.i = save;
    }
    if (legacy) {
      const b = this.attempt(() => this.starExpressions());
      if (b !== undefined) {
        throw this.errorAtNode(
          this.span(a, b, {}),
          `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`,
        );
      }
      this.i = save;
    }
  }

  /** The position of the last consumed token, as a Located. */
  protected posOfPrev(): Pos {
    const t = this.prev;
    return {
      lineno: this.lineOf(t),
      col_offset: this.colOf(t),
      end_lineno: t.endLineno + this.lineShift,
      end_col_offset: this.endColOf(t),
    };
  }

  protected lambdef(): A.expr {
    const start = this.i;
    this.expectKw("lambda");
    const args = this.parameters(false, ":");
    this.forceColonForLambda();
    const body = this.expression();
    return this.at(start, { _type: "Lambda", args, body }) as A.Lambda;
  }

  private forceColonForLambda(): void {
    if (!this.acceptOp(":")) throw Backtrack.instance;
  }

  // ---- boolean and comparison operators ----

  protected disjunction(): A.expr {
    const start = this.i;
    const first = this.conjunction();
    if (!this.isKw("or")) return first;
    const values = [first];
    while (this.isKw("or")) {
      const right = this.operandAfterOperator(this.conjunction);
      if (right === undefined) break;
      values.push(right);
    }
    if (values.length === 1) return first;
    return this.at(start, { _type: "BoolOp", op: "Or", values }) as A.BoolOp;
  }

  protected conjunction(): A.expr {
    const start = this.i;
    const first = this.inversion();
    if (!this.isKw("and")) return first;
    const values = [first];
    while (this.isKw("and")) {
      const right = this.operandAfterOperator(this.inversion);
      if (right === undefined) break;
      values.push(right);
    }
    if (values.length === 1) return first;
    return this.at(start, { _type: "BoolOp", op: "And", values }) as A.BoolOp;
  }

  protected inversion(): A.expr {
    if (this.isKw("not")) {
      const start = this.i;
      this.advance();
      const operand = this.inversion();
      return this.at(start, { _type: "UnaryOp", op: "Not", operand }) as A.UnaryOp;
    }
    return this.comparison();
  }

  protected comparison(): A.expr {
    const start = this.i;
    const left = this.bitwiseOr();
    const ops: A.cmpop[] = [];
    const comparators: A.expr[] = [];
    for (;;) {
      const opAt = this.i;
      const op = this.compareOp();
      if (op === null) break;
      const right = this.operand(opAt, this.bitwiseOr);
      if (right === undefined) break;
      ops.push(op);
      comparators.push(right);
    }
    if (ops.length === 0) return left;
    return this.at(start, { _type: "Compare", left, ops, comparators }) as A.Compare;
  }

  private compareOp(): A.cmpop | null {
    const t = this.tok;
    if (t.type === TokenType.OP) {
      const op = COMPARE_OPS[t.string];
      if (op !== undefined) {
        this.advance();
        return op;
      }
      if (t.string === "<>") {
        // Only valid under `from __future__ import barry_as_FLUFL`.
        if (this.errorPass) throw this.errorAtToken(t, "invalid syntax");
        return null;
      }
      return null;
    }
    if (t.type !== TokenType.NAME) return null;
    if (t.string === "in") {
      this.advance();
      return "In";
    }
    if (t.string === "is") {
      this.advance();
      if (this.acceptKw("not")) return "IsNot";
      return "Is";
    }
    if (t.string === "not" && this.isKw("in", 1)) {
      this.advance();
      this.advance();
      return "NotIn";
    }
    return null;
  }

  // ---- arithmetic ----

  /**
   * Consumes a binary operator's token and parses its right operand with `parse`. When
   * the operand does not parse, the cursor goes back before the operator and the result is
   * undefined: CPython's left-recursive rules (and `+` loops) then match the shorter
   * expression to the left of the operator, and the caller carries on from there.
   */
  private operandAfterOperator(parse: (this: this) => A.expr): A.expr | undefined {
    const opAt = this.i;
    this.advance();
    return this.operand(opAt, parse);
  }

  private operand(opAt: number, parse: (this: this) => A.expr): A.expr | undefined {
    try {
      return parse.call(this);
    } catch (e) {
      if (e !== Backtrack.instance) throw e;
      this.i = opAt;
      return undefined;
    }
  }

  protected bitwiseOr(): A.expr {
    const start = this.i;
    let left = this.bitwiseXor();
    while (this.isOp("|")) {
      const right = this.operandAfterOperator(this.bitwiseXor);
      if (right === undefined) break;
      left = this.at(start, { _type: "BinOp", left, op: "BitOr", right }) as A.BinOp;
    }
    return left;
  }

  private bitwiseXor(): A.expr {
    const start = this.i;
    let left = this.bitwiseAnd();
    while (this.isOp("^")) {
      const right = this.operandAfterOperator(this.bitwiseAnd);
      if (right === undefined) break;
      left = this.at(start, { _type: "BinOp", left, op: "BitXor", right }) as A.BinOp;
    }
    return left;
  }

  private bitwiseAnd(): A.expr {
    const start = this.i;
    let left = this.shiftExpr();
    while (this.isOp("&")) {
      const right = this.operandAfterOperator(this.shiftExpr);
      if (right === undefined) break;
      left = this.at(start, { _type: "BinOp", left, op: "BitAnd", right }) as A.BinOp;
    }
    return left;
  }

  private shiftExpr(): A.expr {
    const start = this.i;
    let left = this.sum();
    for (;;) {
      const op: A.operator | null = this.isOp("<<") ? "LShift" : this.isOp(">>") ? "RShift" : null;
      if (op === null) return left;
      const right = this.operandAfterOperator(this.sum);
      if (right === undefined) return left;
      left = this.at(start, { _type: "BinOp", left, op, right }) as A.BinOp;
    }
  }

  private sum(): A.expr {
    const start = this.i;
    let left = this.term();
    for (;;) {
      const op: A.operator | null = this.isOp("+") ? "Add" : this.isOp("-") ? "Sub" : null;
      if (op === null) return left;
      const right = this.operandAfterOperator(this.term);
      if (right === undefined) return left;
      left = this.at(start, { _type: "BinOp", left, op, right }) as A.BinOp;
    }
  }

  private term(): A.expr {
    const start = this.i;
    let left = this.factor();
    for (;;) {
      const t = this.tok;
      const op = t.type === TokenType.OP ? TERM_OPS[t.string] : undefined;
      if (op === undefined) return left;
      const right = this.operandAfterOperator(this.factor);
      if (right === undefined) return left;
      left = this.at(start, { _type: "BinOp", left, op, right }) as A.BinOp;
    }
  }

  protected factor(): A.expr {
    const t = this.tok;
    if (t.type === TokenType.OP && (t.string === "+" || t.string === "-" || t.string === "~")) {
      const start = this.i;
      this.advance();
      const operand = this.factor();
      const op: A.unaryop = t.string === "+" ? "UAdd" : t.string === "-" ? "USub" : "Invert";
      return this.at(start, { _type: "UnaryOp", op, operand }) as A.UnaryOp;
    }
    return this.power();
  }

  private power(): A.expr {
    const start = this.i;
    const left = this.awaitPrimary();
    if (!this.isOp("**")) return left;
    this.advance();
    const right = this.factor();
    return this.at(start, { _type: "BinOp", left, op: "Pow", right }) as A.BinOp;
  }

  private awaitPrimary(): A.expr {
    if (this.isKw("await")) {
      const start = this.i;
      this.advance();
      const value = this.primary();
      return this.at(start, { _type: "Await", value }) as A.Await;
    }
    return this.primary();
  }

  // ---- primaries: attribute access, calls, subscripts ----

  protected primary(): A.expr {
    const start = this.i;
    let e = this.atom();
    for (;;) {
      if (this.isOp(".")) {
        this.advance();
        const name = this.expectName();
        e = this.at(start, { _type: "Attribute", value: e, attr: name.string, ctx: "Load" }) as A.Attribute;
      } else if (this.isOp("(")) {
        e = this.call(start, e);
      } else if (this.isOp("[")) {
        this.advance();
        const slice = this.slices();
        this.expectOp("]");
        e = this.at(start, { _type: "Subscript", value: e, slice, ctx: "Load" }) as A.Subscript;
      } else return e;
    }
  }

  private call(start: number, func: A.expr): A.expr {
    const open = this.i;
    this.advance();
    // `f(x for x in y)`: a generator expression as the only argument, sharing the call's
    // parentheses (its position includes them).
    const genexp = this.attempt(() => {
      const elt = this.assignmentOrExpression();
      if (!this.isKw("for") && !(this.isKw("async") && this.isKw("for", 1))) throw Backtrack.instance;
      const generators = this.forIfClauses();
      this.expectOp(")");
      return this.at(open, { _type: "GeneratorExp", elt, generators }) as A.GeneratorExp;
    });
    if (genexp) return this.at(start, { _type: "Call", func, args: [genexp], keywords: [] }) as A.Call;
    const { args, keywords } = this.arguments();
    if (!this.isOp(")")) throw Backtrack.instance;
    this.advance();
    return this.at(start, { _type: "Call", func, args, keywords }) as A.Call;
  }

  /** The argument list of a call or a class definition, up to but not including ')'. */
  protected arguments(): { args: A.expr[]; keywords: A.keyword[] } {
    const args: A.expr[] = [];
    const keywords: A.keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    while (!this.isOp(")")) {
      const start = this.i;
      if (this.isOp("*")) {
        // invalid_arguments: `args ',' '*'` needs no expression after the '*'.
        if (sawDoubleStar) {
          if (!this.errorPass) throw Backtrack.instance;
          throw this.errorAtToken(this.tok, "iterable argument unpacking follows keyword argument unpacking");
        }
        this.advance();
        const value = this.expression();
        args.push(this.at(start, { _type: "Starred", value, ctx: "Load" }) as A.Starred);
      } else if (this.isOp("**")) {
        this.advance();
        const value = this.expression();
        keywords.push(this.at(start, { _type: "keyword", arg: null, value }) as A.keyword);
        sawDoubleStar = true;
      } else if (this.isName() && this.isOp("=", 1)) {
        const name = this.advance();
        const eq = this.advance();
        const value = this.expression();
        if (this.errorPass && (this.isKw("for") || (this.isKw("async") && this.isKw("for", 1)))) {
          // invalid_kwarg: NAME '=' expression for_if_clauses
          if (this.attempt(() => this.forIfClauses()) !== undefined) {
            throw this.errorBetween(name, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          }
        }
        keywords.push(this.at(start, { _type: "keyword", arg: name.string, value }) as A.keyword);
        sawKeyword = true;
      } else {
        // After a keyword argument the first pass looks no further than this argument's
        // first token; the error pass parses it for invalid_arguments' `args ',' args`.
        if ((sawKeyword || sawDoubleStar) && !this.errorPass) throw Backtrack.instance;
        const value = this.assignmentOrExpression();
        if (this.isOp("=")) {
          if (this.errorPass) this.invalidKeywordArgument(start);
          throw Backtrack.instance;
        }
        if (this.isKw("for") || (this.isKw("async") && this.isKw("for", 1))) {
          if (this.errorPass) {
            // invalid_arguments: a generator expression that is not the only argument.
            const generators = this.forIfClauses();
            if (args.length + keywords.length > 0 || this.isOp(",")) {
              const last = generators[generators.length - 1]!;
              const end = last.ifs.length ? last.ifs[last.ifs.length - 1]! : last.iter;
              throw this.errorAtNode(this.span(value, end, {}), "Generator expression must be parenthesized");
            }
          }
          throw Backtrack.instance;
        }
        // _PyPegen_arguments_parsing_error: at the last token fetched.
        if (sawDoubleStar) throw this.errorAtLast("positional argument follows keyword argument unpacking");
        if (sawKeyword) throw this.errorAtLast("positional argument follows keyword argument");
        args.push(value);
      }
      if (!this.acceptOp(",")) break;
    }
    return { args, keywords };
  }

  /** invalid_kwarg for an argument starting at token `start` and followed by '='. */
  private invalidKeywordArgument(start: number): void {
    const first = this.tokenizer.get(start);
    const save = this.i;
    if (first.type === TokenType.NAME && ["True", "False", "None"].includes(first.string)) {
      if (
        this.tokenizer.get(start + 1).type === TokenType.OP &&
        this.tokenizer.get(start + 1).string === "="
      ) {
        throw this.errorBetween(first, this.tokenizer.get(start + 1), `cannot assign to ${first.string}`);
      }
    }
    // !(NAME '=') a=expression b='='
    this.i = start;
    const a = this.attempt(() => this.expression());
    if (a !== undefined && this.isOp("=")) {
      throw this.errorAtNode(
        this.span(a, this.posOf(this.tok), {}),
        'expression cannot contain assignment, perhaps you meant "=="?',
      );
    }
    this.i = save;
  }

  protected posOf(t: Token): Pos {
    return {
      lineno: this.lineOf(t),
      col_offset: this.colOf(t),
      end_lineno: t.endLineno + this.lineShift,
      end_col_offset: this.endColOf(t),
    };
  }

  /** slices: one slice, or a tuple of slices and starred expressions. */
  private slices(): A.expr {
    const start = this.i;
    const first = this.sliceItem();
    if (!this.isOp(",")) {
      if (first._type !== "Starred") return first;
      return this.at(start, { _type: "Tuple", elts: [first], ctx: "Load" }) as A.Tuple;
    }
    const elts = [first];
    while (this.acceptOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.sliceItem());
    }
    return this.at(start, { _type: "Tuple", elts, ctx: "Load" }) as A.Tuple;
  }

  private sliceItem(): A.expr {
    const start = this.i;
    if (this.isOp("*")) {
      this.advance();
      const value = this.bitwiseOr();
      return this.at(start, { _type: "Starred", value, ctx: "Load" }) as A.Starred;
    }
    let lower: A.expr | null = null;
    if (!this.isOp(":")) {
      lower = this.namedExpression();
      if (!this.isOp(":")) return lower;
      if (lower._type === "NamedExpr" && !this.parenthesized.has(lower)) throw Backtrack.instance;
    }
    this.advance();
    const upper = this.isOp(":") || this.isOp(",") || this.isOp("]") ? null : this.expression();
    let step: A.expr | null = null;
    if (this.acceptOp(":")) {
      step = this.isOp(",") || this.isOp("]") ? null : this.expression();
    }
    return this.at(start, { _type: "Slice", lower, upper, step }) as A.Slice;
  }

  // ---- atoms ----

  protected atom(): A.expr {
    const t = this.tok;
    const start = this.i;
    switch (t.type) {
      case TokenType.NAME:
        switch (t.string) {
          case "None":
            this.advance();
            return this.at(start, { _type: "Constant", value: null, kind: null }) as A.Constant;
          case "True":
            this.advance();
            return this.at(start, { _type: "Constant", value: true, kind: null }) as A.Constant;
          case "False":
            this.advance();
            return this.at(start, { _type: "Constant", value: false, kind: null }) as A.Constant;
        }
        if (KEYWORDS.has(t.string)) throw Backtrack.instance;
        this.advance();
        return this.at(start, { _type: "Name", id: t.string, ctx: "Load" }) as A.Name;
      case TokenType.NUMBER:
        this.advance();
        return this.at(start, { _type: "Constant", value: numberValue(t.string), kind: null }) as A.Constant;
      case TokenType.STRING:
        return this.strings();
      case TokenType.OP:
        switch (t.string) {
          case "(":
            return this.parenAtom();
          case "[":
            return this.listAtom();
          case "{":
            return this.braceAtom();
          case "...":
            this.advance();
            return this.at(start, {
              _type: "Constant",
              value: EllipsisConstant.instance,
              kind: null,
            }) as A.Constant;
        }
    }
    throw Backtrack.instance;
  }

  protected strings(): A.expr {
    const tokens: Token[] = [];
    while (this.tok.type === TokenType.STRING) tokens.push(this.advance());
    // CPython's tokenizer raises "never closed" when it reads the end of input inside
    // brackets, which happens (as the lookahead above) before the strings are decoded.
    if (this.tok.type === TokenType.ERRORTOKEN) throw this.unclosedBracketError();
    return parseStrings(this as unknown as StringHost, tokens);
  }

  private parenAtom(): A.expr {
    const start = this.i;
    this.advance();
    if (this.acceptOp(")")) return this.at(start, { _type: "Tuple", elts: [], ctx: "Load" }) as A.Tuple;
    if (this.isKw("yield")) {
      const y = this.yieldExpr();
      this.expectOp(")");
      this.parenthesized.add(y);
      return y;
    }
    if (this.errorPass && this.isOp("**")) {
      // invalid_group: '(' '**' expression ')'
      const star = this.tok;
      this.advance();
      this.expression();
      if (this.isOp(")")) throw this.errorAtToken(star, "cannot use double starred expression here");
      throw Backtrack.instance;
    }
    const first = this.starNamedExpression();
    if (this.atFor()) {
      this.invalidStarredComprehension(first);
      if (first._type === "Starred") throw Backtrack.instance;
      const generators = this.forIfClauses();
      this.expectOp(")");
      return this.at(start, { _type: "GeneratorExp", elt: first, generators }) as A.GeneratorExp;
    }
    if (this.acceptOp(")")) {
      if (first._type === "Starred") {
        throw this.errorAtNode(first, "cannot use starred expression here");
      }
      this.parenthesized.add(first);
      return first;
    }
    if (!this.isOp(",")) {
      if (this.isOp("=") && this.errorPass) this.invalidAssignmentInGroup(first);
      throw Backtrack.instance;
    }
    const elts = [first];
    while (this.acceptOp(",")) {
      if (this.isOp(")")) break;
      elts.push(this.starNamedExpression());
    }
    this.expectOp(")");
    const tuple = this.at(start, { _type: "Tuple", elts, ctx: "Load" }) as A.Tuple;
    this.parenthesized.add(tuple);
    return tuple;
  }

  private invalidAssignmentInGroup(e: A.expr): never {
    throw this.errorAtNode(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }

  private atFor(): boolean {
    return this.isKw("for") || (this.isKw("async") && this.isKw("for", 1));
  }

  /** invalid_comprehension's first alternative: `[*a for a in b]`. */
  private invalidStarredComprehension(first: A.expr): void {
    if (!this.errorPass || first._type !== "Starred") return;
    if (this.attempt(() => this.forIfClauses()) !== undefined) {
      throw this.errorAtNode(first, "iterable unpacking cannot be used in comprehension");
    }
  }

  /** invalid_comprehension's `[a, b for a, b in c]` and `[a, for a in c]`. */
  private invalidTupleComprehension(elts: A.expr[], comma: Token | null): void {
    if (!this.errorPass || !this.atFor()) return;
    if (this.attempt(() => this.forIfClauses()) === undefined) return;
    const msg = "did you forget parentheses around the comprehension target?";
    if (elts.length > 1) throw this.errorAtNode(this.span(elts[0]!, elts[elts.length - 1]!, {}), msg);
    if (comma !== null) throw this.errorAtNode(this.span(elts[0]!, this.posOf(comma), {}), msg);
  }

  private listAtom(): A.expr {
    const start = this.i;
    this.advance();
    if (this.acceptOp("]")) return this.at(start, { _type: "List", elts: [], ctx: "Load" }) as A.List;
    const first = this.starNamedExpression();
    if (this.atFor()) {
      this.invalidStarredComprehension(first);
      if (first._type === "Starred") throw Backtrack.instance;
      const generators = this.forIfClauses();
      this.expectOp("]");
      return this.at(start, { _type: "ListComp", elt: first, generators }) as A.ListComp;
    }
    const elts = [first];
    let comma: Token | null = null;
    while (this.isOp(",")) {
      comma = this.advance();
      if (this.isOp("]") || (this.errorPass && this.atFor())) break;
      comma = null;
      elts.push(this.starNamedExpression());
    }
    this.invalidTupleComprehension(elts, comma);
    this.expectOp("]");
    return this.at(start, { _type: "List", elts, ctx: "Load" }) as A.List;
  }

  private braceAtom(): A.expr {
    const start = this.i;
    this.advance();
    if (this.acceptOp("}")) return this.at(start, { _type: "Dict", keys: [], values: [] }) as A.Dict;
    if (this.isOp("**")) {
      if (this.errorPass) this.invalidDictComprehension();
      return this.dictRest(start, [], []);
    }
    const first = this.starNamedExpression();
    if (this.isOp(":") && first._type !== "Starred") {
      const colon = this.advance();
      if (this.errorPass) this.invalidDictValue(colon);
      const value = this.expression();
      if (this.isKw("for") || (this.isKw("async") && this.isKw("for", 1))) {
        const generators = this.forIfClauses();
        this.expectOp("}");
        return this.at(start, { _type: "DictComp", key: first, value, generators }) as A.DictComp;
      }
      if (first._type === "NamedExpr" && !this.parenthesized.has(first)) throw Backtrack.instance;
      if (!this.acceptOp(",")) {
        this.expectOp("}");
        return this.at(start, { _type: "Dict", keys: [first], values: [value] }) as A.Dict;
      }
      return this.dictRest(start, [first], [value]);
    }
    if (this.atFor()) {
      this.invalidStarredComprehension(first);
      if (first._type === "Starred") throw Backtrack.instance;
      const generators = this.forIfClauses();
      this.expectOp("}");
      return this.at(start, { _type: "SetComp", elt: first, generators }) as A.SetComp;
    }
    const elts = [first];
    let comma: Token | null = null;
    while (this.isOp(",")) {
      comma = this.advance();
      if (this.isOp("}") || (this.errorPass && this.atFor())) break;
      comma = null;
      elts.push(this.starNamedExpression());
    }
    this.invalidTupleComprehension(elts, comma);
    this.expectOp("}");
    return this.at(start, { _type: "Set", elts }) as A.Set;
  }

  /** invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
  private invalidDictComprehension(): void {
    const save = this.i;
    const star = this.advance();
    const ok = this.attempt(() => {
      this.bitwiseOr();
      if (!this.atFor()) throw Backtrack.instance;
      this.forIfClauses();
      this.expectOp("}");
      return true;
    });
    if (ok) throw this.errorAtToken(star, "dict unpacking cannot be used in dict comprehension");
    this.i = save;
  }

  /** invalid_kvpair's "':' expected after dictionary key", at the key's last byte. */
  private errorAtKeyEnd(key: A.expr): PythonSyntaxError {
    const line = key.lineno - this.lineShift;
    const endCol = (key.end_col_offset ?? key.col_offset) - (line === 1 ? this.colShift : 0);
    const at = this.offsetOfByteCol(line, endCol - 1);
    return this.errorAt(line, at, line, -1, "':' expected after dictionary key");
  }

  /** invalid_kvpair / invalid_double_starred_kvpairs after `key ':'`. */
  private invalidDictValue(colon: Token): void {
    if (this.isOp("}") || this.isOp(",")) {
      throw this.errorAtToken(colon, "expression expected after dictionary key and ':'");
    }
    if (this.isOp("*")) {
      const save = this.i;
      const star = this.advance();
      const value = this.attempt(() => this.bitwiseOr());
      if (value !== undefined) {
        throw this.errorAtNode(
          this.span(this.posOf(star), value, {}),
          "cannot use a starred expression in a dictionary value",
        );
      }
      this.i = save;
    }
  }

  private dictRest(start: number, keys: (A.expr | null)[], values: A.expr[]): A.expr {
    while (!this.isOp("}")) {
      if (this.acceptOp("**")) {
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        const key = this.expression();
        if (!this.isOp(":")) {
          if (this.errorPass && (this.isOp("}") || this.isOp(","))) {
            // invalid_kvpair: at the key's last character, with no end.
            throw this.errorAtKeyEnd(key);
          }
          throw Backtrack.instance;
        }
        const colon = this.advance();
        if (this.errorPass) this.invalidDictValue(colon);
        keys.push(key);
        values.push(this.expression());
      }
      if (!this.acceptOp(",")) break;
    }
    this.expectOp("}");
    return this.at(start, { _type: "Dict", keys, values }) as A.Dict;
  }

  // ---- comprehensions ----

  protected forIfClauses(): A.comprehension[] {
    const generators: A.comprehension[] = [];
    while (this.isKw("for") || (this.isKw("async") && this.isKw("for", 1))) {
      const isAsync = this.acceptKw("async") ? 1 : 0;
      this.advance();
      const target = this.forTargetAndIn();
      const iter = this.disjunction();
      const ifs: A.expr[] = [];
      while (this.acceptKw("if")) ifs.push(this.disjunction());
      generators.push({ _type: "comprehension", target, iter, ifs, is_async: isAsync });
    }
    return generators;
  }

  /** `star_targets 'in'` after a `for`; failing that, invalid_for_target reports the part
   * of `star_expressions` there that cannot be assigned to. */
  protected forTargetAndIn(): A.expr {
    const afterFor = this.i;
    const target = this.attempt(() => {
      const t = this.starTargets();
      if (!this.isKw("in")) throw Backtrack.instance;
      return t;
    });
    if (target !== undefined) {
      this.advance();
      return target;
    }
    if (!this.errorPass) throw Backtrack.instance;
    this.i = afterFor;
    const e = this.attempt(() => this.starExpressions());
    if (e !== undefined) this.raiseInvalidTarget(e, "for");
    throw Backtrack.instance;
  }

  // ---- yield ----

  protected yieldExpr(): A.expr {
    const start = this.i;
    this.expectKw("yield");
    if (this.acceptKw("from")) {
      const value = this.expression();
      return this.at(start, { _type: "YieldFrom", value }) as A.YieldFrom;
    }
    const value = this.startsExpression() ? this.starExpressions() : null;
    return this.at(start, { _type: "Yield", value }) as A.Yield;
  }

  // ---- targets ----

  /** star_targets, for `for` loops and comprehensions: parsed as expressions, then
   * checked and given Store context. */
  protected starTargets(): A.expr {
    const start = this.i;
    const first = this.starTarget();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.acceptOp(",")) {
      if (!this.startsTarget()) break;
      elts.push(this.starTarget());
    }
    return this.at(start, { _type: "Tuple", elts, ctx: "Store" }) as A.Tuple;
  }

  /** star_targets as CPython parses them: a bad target fails without an error. */
  protected starTargetsQuiet(): A.expr {
    const saved = this.quietTargets;
    this.quietTargets = true;
    try {
      return this.starTargets();
    } finally {
      this.quietTargets = saved;
    }
  }

  private startsTarget(): boolean {
    const t = this.tok;
    if (t.type === TokenType.NAME) return !KEYWORDS.has(t.string);
    return t.type === TokenType.OP && (t.string === "(" || t.string === "[" || t.string === "*");
  }

  private starTarget(): A.expr {
    const start = this.i;
    if (this.acceptOp("*")) {
      if (this.isOp("*")) throw Backtrack.instance;
      const value = this.starTarget();
      return this.at(start, { _type: "Starred", value, ctx: "Store" }) as A.Starred;
    }
    const e = this.bitwiseOr();
    return this.toTarget(e, "Store", true);
  }

  /** Gives an expression parsed in Load context the `ctx` of a target, or backtracks
   * (or, in the error pass, reports what cannot be assigned). */
  protected toTarget(
    e: A.expr,
    ctx: A.expr_context,
    allowStar: boolean,
    report = this.errorPass && !this.quietTargets,
  ): A.expr {
    switch (e._type) {
      case "Name":
      case "Attribute":
      case "Subscript":
        e.ctx = ctx;
        return e;
      case "Starred":
        // A starred target may be assigned to but never deleted (`del (*x,)`).
        if (!allowStar || ctx === "Del") break;
        e.ctx = ctx;
        this.toTarget(e.value, ctx, false, report);
        return e;
      case "Tuple":
      case "List":
        for (const elt of e.elts) this.toTarget(elt, ctx, true, report);
        e.ctx = ctx;
        return e;
    }
    if (report) {
      const what = ctx === "Del" ? "delete" : "assign to";
      throw this.errorAtNode(e, `cannot ${what} ${this.describe(e)}`);
    }
    throw Backtrack.instance;
  }

  /** CPython's _PyPegen_get_invalid_target: the part of `e` (parsed as an expression)
   * that cannot be a target, or null. */
  protected invalidTargetOf(e: A.expr, type: "star" | "del" | "for"): A.expr | null {
    switch (e._type) {
      case "List":
      case "Tuple":
        for (const elt of e.elts) {
          const bad = this.invalidTargetOf(elt, type);
          if (bad) return bad;
        }
        return null;
      case "Starred":
        return type === "del" ? e : this.invalidTargetOf(e.value, type);
      case "Compare":
        // `for a in b` parses `a in b` as a comparison; look at its left side.
        if (type === "for") return e.ops[0] === "In" ? this.invalidTargetOf(e.left, type) : null;
        return e;
      case "Name":
      case "Subscript":
      case "Attribute":
        return null;
    }
    return e;
  }

  /** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises if `e` has an invalid target, else returns. */
  protected raiseInvalidTarget(e: A.expr, type: "star" | "del" | "for"): void {
    const bad = this.invalidTargetOf(e, type);
    if (bad === null) return;
    const what = type === "del" ? "delete" : "assign to";
    throw this.errorAtNode(bad, `cannot ${what} ${this.describe(bad)}`);
  }

  /** The name CPython's messages use for an expression that cannot be a target. */
  protected describe(e: A.expr): string {
    switch (e._type) {
      case "Attribute":
        return "attribute";
      case "Subscript":
        return "subscript";
      case "Starred":
        return "starred";
      case "Name":
        return "name";
      case "List":
        return "list";
      case "Tuple":
        return "tuple";
      case "Lambda":
        return "lambda";
      case "Call":
        return "function call";
      case "BoolOp":
      case "BinOp":
      case "UnaryOp":
        return "expression";
      case "GeneratorExp":
        return "generator expression";
      case "Yield":
      case "YieldFrom":
        return "yield expression";
      case "Await":
        return "await expression";
      case "ListComp":
        return "list comprehension";
      case "SetComp":
        return "set comprehension";
      case "DictComp":
        return "dict comprehension";
      case "Dict":
        return "dict literal";
      case "Set":
        return "set display";
      case "JoinedStr":
      case "FormattedValue":
        return "f-string expression";
      case "Constant": {
        const v = e.value;
        if (v === null) return "None";
        if (v === true) return "True";
        if (v === false) return "False";
        if (v === EllipsisConstant.instance) return "ellipsis";
        return "literal";
      }
      case "Compare":
        return "comparison";
      case "IfExp":
        return "conditional expression";
      case "NamedExpr":
        return "named expression";
      case "Slice":
        return "slice";
    }
  }

  // ---- parameters ----

  /** Parameters of a `def` (annotations allowed) or a `lambda`, up to `close`. */
  protected abstract parameters(annotated: boolean, close: string): A.arguments;
}

const SOFT_KEYWORDS = new Set(["_", "case", "match"]);

/** The value of a NUMBER token. */
export function numberValue(text: string): bigint | FloatConstant | ComplexConstant {
  const clean = text.indexOf("_") === -1 ? text : text.replace(/_/g, "");
  const last = clean.charCodeAt(clean.length - 1) | 0x20;
  if (last === 0x6a) return new ComplexConstant(Number(clean.slice(0, -1)));
  const second = clean.charCodeAt(1) | 0x20;
  if (clean.charCodeAt(0) === 48 && (second === 0x78 || second === 0x6f || second === 0x62)) {
    return BigInt(clean.toLowerCase());
  }
  if (/[.eE]/.test(clean)) return new FloatConstant(Number(clean));
  return BigInt(clean);
}
