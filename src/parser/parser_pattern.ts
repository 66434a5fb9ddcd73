// Patterns of the `match` statement (PEP 634).

import type * as A from "./ast.generated.js";
import { ComplexConstant } from "./constant.js";
import { Backtrack } from "./parser_base.js";
import { ExpressionParser, numberValue } from "./parser_expr.js";
import { TokenType } from "./tokenizer.js";

export abstract class PatternParser extends ExpressionParser {
  /** patterns: an open sequence (`case a, b:`) or a single pattern. */
  protected patterns(): A.pattern {
    const start = this.i;
    const first = this.maybeStarPattern();
    if (!this.isOp(",")) {
      // A star pattern needs a sequence: `case *a:` is no pattern.
      if (first._type === "MatchStar") throw Backtrack.instance;
      return first;
    }
    const patterns = [first];
    while (this.acceptOp(",")) {
      if (this.isOp(":") || this.isKw("if")) break;
      patterns.push(this.maybeStarPattern());
    }
    return this.at(start, { _type: "MatchSequence", patterns }) as A.MatchSequence;
  }

  private maybeStarPattern(): A.pattern {
    if (this.isOp("*")) {
      const start = this.i;
      this.advance();
      const name = this.captureTargetName(true);
      return this.at(start, { _type: "MatchStar", name }) as A.MatchStar;
    }
    return this.pattern();
  }

  /** The name after `*` (where `_` binds nothing) or `**` (where `_` is refused). The
   * grammar's `!"_" NAME !('.' | '(' | '=')` looks no further than the `_`. */
  private captureTargetName(allowWildcard: boolean): string | null {
    const t = this.tok;
    if (t.type === TokenType.NAME && t.string === "_") {
      if (!allowWildcard) throw Backtrack.instance;
      this.advance();
      return null;
    }
    this.expectName();
    if (this.isOp(".") || this.isOp("(") || this.isOp("=")) throw Backtrack.instance;
    return t.string;
  }

  protected pattern(): A.pattern {
    const start = this.i;
    const orPattern = this.orPattern();
    if (!this.isKw("as")) return orPattern;
    this.advance();
    if (this.isName()) {
      const t = this.tok;
      if (t.string === "_") {
        throw this.errorAtToken(t, "cannot use '_' as a target");
      }
      this.advance();
      // invalid_as_pattern's `!NAME` leaves `as a.b` to the generic error.
      if (this.isOp(".") || this.isOp("(") || this.isOp("=")) throw Backtrack.instance;
      return this.at(start, { _type: "MatchAs", pattern: orPattern, name: t.string }) as A.MatchAs;
    }
    if (this.errorPass) {
      const target = this.attempt(() => this.expression());
      if (target) throw this.errorAtNode(target, "invalid pattern target");
    }
    throw Backtrack.instance;
  }

  private orPattern(): A.pattern {
    const start = this.i;
    const first = this.closedPattern();
    if (!this.isOp("|")) return first;
    const patterns = [first];
    while (this.acceptOp("|")) patterns.push(this.closedPattern());
    return this.at(start, { _type: "MatchOr", patterns }) as A.MatchOr;
  }

  private closedPattern(): A.pattern {
    const t = this.tok;
    const start = this.i;
    if (t.type === TokenType.NUMBER || (t.type === TokenType.OP && t.string === "-")) {
      const value = this.complexOrSignedNumber();
      return this.at(start, { _type: "MatchValue", value }) as A.MatchValue;
    }
    if (t.type === TokenType.STRING) {
      const value = this.strings();
      if (value._type === "JoinedStr") {
        throw this.errorAtNode(value, "patterns may only match literals and attribute lookups");
      }
      return this.at(start, { _type: "MatchValue", value }) as A.MatchValue;
    }
    if (t.type === TokenType.NAME) {
      if (t.string === "None" || t.string === "True" || t.string === "False") {
        this.advance();
        const value = t.string === "None" ? null : t.string === "True";
        return this.at(start, { _type: "MatchSingleton", value }) as A.MatchSingleton;
      }
      return this.nameOrClassPattern();
    }
    if (t.type === TokenType.OP) {
      if (t.string === "(") return this.groupOrSequencePattern();
      if (t.string === "[") {
        this.advance();
        const patterns = this.isOp("]") ? [] : this.sequenceItems("]");
        this.expectOp("]");
        return this.at(start, { _type: "MatchSequence", patterns }) as A.MatchSequence;
      }
      if (t.string === "{") return this.mappingPattern();
    }
    throw Backtrack.instance;
  }

  /** signed_number, or a complex literal `real + imag j`. */
  private complexOrSignedNumber(): A.expr {
    const start = this.i;
    const real = this.signedNumber();
    if (this.isOp("+") || this.isOp("-")) {
      // complex_number: the real part is checked (at its NUMBER) before the sign is read.
      const number = (real._type === "UnaryOp" ? real.operand : real) as A.Constant;
      if (number.value instanceof ComplexConstant) {
        throw this.errorAtNode(number, "real number required in complex literal");
      }
      const op: A.operator = this.advance().string === "+" ? "Add" : "Sub";
      const imagStart = this.i;
      const t = this.expectType(TokenType.NUMBER);
      const value = numberValue(t.string);
      if (!(value instanceof ComplexConstant)) {
        throw this.errorAtToken(t, "imaginary number required in complex literal");
      }
      const right = this.at(imagStart, { _type: "Constant", value, kind: null }) as A.Constant;
      return this.at(start, { _type: "BinOp", left: real, op, right }) as A.BinOp;
    }
    return real;
  }

  private signedNumber(): A.expr {
    const start = this.i;
    if (this.acceptOp("-")) {
      const numStart = this.i;
      const t = this.expectType(TokenType.NUMBER);
      const operand = this.at(numStart, {
        _type: "Constant",
        value: numberValue(t.string),
        kind: null,
      }) as A.Constant;
      return this.at(start, { _type: "UnaryOp", op: "USub", operand }) as A.UnaryOp;
    }
    const t = this.expectType(TokenType.NUMBER);
    return this.at(start, { _type: "Constant", value: numberValue(t.string), kind: null }) as A.Constant;
  }

  /** capture, wildcard, value (dotted name) or class pattern. */
  private nameOrClassPattern(): A.pattern {
    const start = this.i;
    const first = this.expectName();
    let cls: A.expr = this.at(start, { _type: "Name", id: first.string, ctx: "Load" }) as A.Name;
    let dotted = false;
    while (this.isOp(".")) {
      this.advance();
      const attr = this.expectName();
      cls = this.at(start, { _type: "Attribute", value: cls, attr: attr.string, ctx: "Load" }) as A.Attribute;
      dotted = true;
    }
    if (this.isOp("(")) return this.classPattern(start, cls);
    if (dotted) {
      if (this.isOp("=")) throw Backtrack.instance;
      return this.at(start, { _type: "MatchValue", value: cls }) as A.MatchValue;
    }
    if (this.isOp("=")) throw Backtrack.instance;
    const name = first.string === "_" ? null : first.string;
    return this.at(start, { _type: "MatchAs", pattern: null, name }) as A.MatchAs;
  }

  private classPattern(start: number, cls: A.expr): A.pattern {
    this.expectOp("(");
    const patterns: A.pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.pattern[] = [];
    while (!this.isOp(")")) {
      if (this.isName() && this.isOp("=", 1)) {
        kwdAttrs.push(this.advance().string);
        this.advance();
        kwdPatterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwdAttrs.length) {
          if (!this.errorPass) throw Backtrack.instance;
          // invalid_class_pattern: the error spans the run of positional patterns.
          let last = p;
          for (;;) {
            const save = this.i;
            const next = this.attempt(() => {
              this.expectOp(",");
              if (this.isName() && this.isOp("=", 1)) throw Backtrack.instance;
              return this.pattern();
            });
            if (next === undefined) {
              this.i = save;
              break;
            }
            last = next;
          }
          throw this.errorAtNode(this.span(p, last, {}), "positional patterns follow keyword patterns");
        }
        patterns.push(p);
      }
      if (!this.acceptOp(",")) break;
    }
    this.expectOp(")");
    return this.at(start, {
      _type: "MatchClass",
      cls,
      patterns,
      kwd_attrs: kwdAttrs,
      kwd_patterns: kwdPatterns,
    }) as A.MatchClass;
  }

  private groupOrSequencePattern(): A.pattern {
    const start = this.i;
    this.advance();
    if (this.acceptOp(")"))
      return this.at(start, { _type: "MatchSequence", patterns: [] }) as A.MatchSequence;
    const first = this.maybeStarPattern();
    if (this.isOp(")") && first._type !== "MatchStar") {
      this.advance();
      return first;
    }
    const patterns = [first];
    if (!this.isOp(")")) {
      this.expectOp(",");
      if (!this.isOp(")")) patterns.push(...this.sequenceItems(")"));
    }
    this.expectOp(")");
    return this.at(start, { _type: "MatchSequence", patterns }) as A.MatchSequence;
  }

  private sequenceItems(close: string): A.pattern[] {
    const items = [this.maybeStarPattern()];
    while (this.acceptOp(",")) {
      if (this.isOp(close)) break;
      items.push(this.maybeStarPattern());
    }
    return items;
  }

  private mappingPattern(): A.pattern {
    const start = this.i;
    this.advance();
    const keys: A.expr[] = [];
    const patterns: A.pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp("}")) {
      if (this.isOp("**")) {
        this.advance();
        rest = this.captureTargetName(false);
        this.acceptOp(",");
        break;
      }
      keys.push(this.mappingKey());
      this.expectOp(":");
      patterns.push(this.pattern());
      if (!this.acceptOp(",")) break;
    }
    this.expectOp("}");
    return this.at(start, { _type: "MatchMapping", keys, patterns, rest }) as A.MatchMapping;
  }

  private mappingKey(): A.expr {
    const t = this.tok;
    const start = this.i;
    if (t.type === TokenType.NUMBER || (t.type === TokenType.OP && t.string === "-"))
      return this.complexOrSignedNumber();
    if (t.type === TokenType.STRING) {
      const s = this.strings();
      if (s._type === "JoinedStr")
        throw this.errorAtNode(s, "patterns may only match literals and attribute lookups");
      return s;
    }
    if (t.type === TokenType.NAME) {
      if (t.string === "None" || t.string === "True" || t.string === "False") {
        this.advance();
        const value = t.string === "None" ? null : t.string === "True";
        return this.at(start, { _type: "Constant", value, kind: null }) as A.Constant;
      }
      const first = this.expectName();
      let e: A.expr = this.at(start, { _type: "Name", id: first.string, ctx: "Load" }) as A.Name;
      if (!this.isOp(".")) throw Backtrack.instance;
      while (this.acceptOp(".")) {
        const attr = this.expectName();
        e = this.at(start, { _type: "Attribute", value: e, attr: attr.string, ctx: "Load" }) as A.Attribute;
      }
      return e;
    }
    throw Backtrack.instance;
  }
}
