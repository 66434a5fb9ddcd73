// The tokenizer: Python 3.11's lexical rules over char codes. Tokens are produced on
// demand, as CPython's parser pulls them, so that a tokenizer error is reported only when
// the parser reaches it (an earlier syntax error wins, as in CPython).
//
// Positions are UTF-16 offsets into the decoded source; SourceText converts them to the
// byte columns of the AST and the code point columns of SyntaxError.

import { SourceText, utf8DecodeError } from "./source.js";
import { PythonSyntaxError, type ParseWarning, type SyntaxErrorKind } from "./syntax_error.js";
import { isIdentifier, isPrintable } from "./chars.js";

export const enum TokenType {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  OP,
  /** Returned at end of input inside open brackets; the parser reports the bracket. */
  ERRORTOKEN,
}

export interface Token {
  type: TokenType;
  /** The token's text; identifiers are NFKC-normalised. Empty for layout tokens. */
  string: string;
  start: number;
  end: number;
  lineno: number;
  endLineno: number;
  /** Open brackets after this token (CPython's token level). */
  level: number;
}

const MAX_INDENT = 100;
const MAX_PAREN_LEVEL = 200;

/** Three-, two- and one-character operators, longest first. */
const OPERATORS3 = new Set(["**=", "...", "//=", "<<=", ">>=", "!="]);
const OPERATORS2 = new Set([
  "!=",
  "%=",
  "&=",
  "**",
  "*=",
  "+=",
  "-=",
  "->",
  "//",
  "/=",
  ":=",
  "<<",
  "<=",
  "<>",
  "==",
  ">=",
  ">>",
  "@=",
  "^=",
  "|=",
]);
const OPERATORS1 = "()[]{}:,;+-*/|&<>=.%~^@";

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isIdentifierChar(c: number): boolean {
  return isIdentifierStart(c) || isDigit(c);
}

interface OpenBracket {
  char: string;
  lineno: number;
  /** Offset of the bracket in the source. */
  offset: number;
}

export class Tokenizer {
  readonly tokens: Token[] = [];
  private pos = 0;
  private lineno = 1;
  private atLineStart = true;
  private pendingIndents = 0;
  private readonly indents = [0];
  private readonly altIndents = [0];
  private readonly brackets: OpenBracket[] = [];
  /** "invalid decimal literal" before a keyword (`1if x else y`), which 3.11 accepts. */
  readonly warnings: ParseWarning[] = [];
  private done = false;
  /** Whether the last significant token ended a logical line (for the implicit NEWLINE). */
  private lastWasNewline = true;
  /** Offset of the last backslash continuation seen, for "unexpected EOF while parsing". */
  private readonly text: string;

  constructor(readonly source: SourceText) {
    this.text = source.text;
  }

  /** The token at index `i`, tokenizing as far as needed. */
  get(i: number): Token {
    const tokens = this.tokens;
    while (tokens.length <= i) {
      if (this.done) return tokens[tokens.length - 1]!;
      tokens.push(this.next());
    }
    return tokens[i]!;
  }

  /** Tokenizes the rest of the input, so that a lexical error after a generic syntax
   * error is the one reported (CPython does the same). */
  drain(): void {
    while (!this.done) this.tokens.push(this.next());
  }

  get openBrackets(): readonly OpenBracket[] {
    return this.brackets;
  }

  private token(type: TokenType, start: number, end: number, string: string, lineno = this.lineno): Token {
    const endLineno = type === TokenType.STRING ? this.lineno : lineno;
    return { type, string, start, end, lineno, endLineno, level: this.brackets.length };
  }

  error(
    msg: string,
    lineno: number,
    offset: number,
    endLineno = lineno,
    endOffset = offset,
    kind: SyntaxErrorKind = "SyntaxError",
  ): PythonSyntaxError {
    const src = this.source;
    const length = src.line(lineno).length;
    const col = src.charCol(lineno, Math.min(offset, src.lineStarts[lineno - 1]! + length)) + 1;
    let endCol: number;
    if (endOffset < 0) endCol = endOffset;
    else if (endLineno === lineno) {
      endCol = src.charCol(lineno, Math.min(endOffset, src.lineStarts[lineno - 1]! + length)) + 1;
    } else endCol = src.charCol(endLineno, endOffset) + 1;
    const text = src.displayLine(lineno);
    return new PythonSyntaxError(kind, msg, src.filename, lineno, col, text, endLineno, endCol);
  }

  /** "'(' was never closed" from the tokenizer itself, as CPython's E_EOF inside brackets. */
  private unclosedBracket(): PythonSyntaxError {
    const b = this.brackets[this.brackets.length - 1]!;
    const e = this.error(`'${b.char}' was never closed`, b.lineno, b.offset, b.lineno, -1);
    return new PythonSyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.text, e.endLineno, 0);
  }

  private next(): Token {
    const text = this.text;
    if (this.pendingIndents !== 0) return this.emitIndent();
    if (this.atLineStart && this.brackets.length === 0) {
      const layout = this.readIndentation();
      if (layout) return layout;
    }
    this.atLineStart = false;
    // Skip spaces, comments and continuations.
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 12) this.pos++;
      else if (c === 35) {
        while (this.pos < text.length && text.charCodeAt(this.pos) !== 10) this.pos++;
      } else if (c === 92) {
        const after = text.charCodeAt(this.pos + 1);
        if (after === 10) {
          this.pos += 2;
          this.lineno++;
          if (this.pos >= text.length) {
            // CPython reports an open bracket rather than the continuation (E_EOF at a level)
            if (this.brackets.length > 0) throw this.unclosedBracket();
            throw this.error(
              "unexpected EOF while parsing",
              this.lineno - 1,
              this.pos - 1,
              this.lineno - 1,
              -1,
            );
          }
        } else if (Number.isNaN(after)) {
          if (this.brackets.length > 0) throw this.unclosedBracket();
          throw this.error("unexpected EOF while parsing", this.lineno, this.pos + 1, this.lineno, -1);
        } else {
          throw this.error(
            "unexpected character after line continuation character",
            this.lineno,
            this.pos + 1,
            this.lineno,
            this.source.lineStarts[this.lineno - 1]! - 1,
          );
        }
      } else break;
    }
    const start = this.pos;
    if (start >= text.length) return this.endOfInput();
    const c = text.charCodeAt(start);
    if (c === 10) {
      this.pos++;
      this.lineno++;
      this.atLineStart = true;
      if (this.brackets.length > 0) return this.next();
      this.lastWasNewline = true;
      // As in CPython, the NEWLINE token leaves the newline out: it ends where it starts.
      return this.token(TokenType.NEWLINE, start, start, "", this.lineno - 1);
    }
    this.lastWasNewline = false;
    if (isIdentifierStart(c)) return this.readNameOrString(start);
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(start + 1)))) return this.readNumber(start);
    if (c === 34 || c === 39) return this.readString(start, start);
    return this.readOperator(start);
  }

  private endOfInput(): Token {
    const text = this.text;
    if (this.brackets.length > 0) {
      this.done = true;
      return this.token(TokenType.ERRORTOKEN, text.length, text.length, "");
    }
    // CPython adds the missing final newline, then closes every open block.
    if (!this.lastWasNewline) {
      this.lastWasNewline = true;
      return this.token(TokenType.NEWLINE, text.length, text.length, "");
    }
    if (this.indents.length > 1) {
      this.indents.pop();
      this.altIndents.pop();
      return this.token(TokenType.DEDENT, text.length, text.length, "", this.lastLine());
    }
    this.done = true;
    return this.token(TokenType.ENDMARKER, text.length, text.length, "", this.lastLine());
  }

  /** The line CPython's tokenizer stands on at the end of input: the last one read (it
   * adds a final newline when the source lacks it, but never starts a line after it). */
  private lastLine(): number {
    const lines = this.source.lineCount;
    return this.text.endsWith("\n") && lines > 1 ? lines - 1 : lines;
  }

  private emitIndent(): Token {
    const type = this.pendingIndents > 0 ? TokenType.INDENT : TokenType.DEDENT;
    this.pendingIndents += this.pendingIndents > 0 ? -1 : 1;
    return this.token(type, this.pos, this.pos, "");
  }

  /** Measures a new line's indentation and queues INDENT/DEDENT tokens; blank and
   * comment-only lines do not count. */
  private readIndentation(): Token | null {
    const text = this.text;
    for (;;) {
      let col = 0;
      let altcol = 0;
      // A backslash continuation inside the indentation: the column at the first one
      // decides the indentation, and a continued line that is blank or a comment is blank.
      let contCol = 0;
      let p = this.pos;
      for (;;) {
        const c = text.charCodeAt(p);
        if (c === 32) {
          col++;
          altcol++;
        } else if (c === 9) {
          col = (Math.floor(col / 8) + 1) * 8;
          altcol++;
        } else if (c === 12) {
          col = altcol = 0;
        } else if (c === 92 && text.charCodeAt(p + 1) === 10 && p + 2 < text.length) {
          contCol = contCol || col;
          p += 2;
          this.lineno++;
          continue;
        } else break;
        p++;
      }
      if (contCol) col = altcol = contCol;
      const c = text.charCodeAt(p);
      if (c === 35 || c === 10) {
        // A blank or comment-only line: skip it entirely, newline included.
        while (p < text.length && text.charCodeAt(p) !== 10) p++;
        if (p >= text.length) {
          this.pos = p;
          this.atLineStart = false;
          return null;
        }
        this.pos = p + 1;
        this.lineno++;
        continue;
      }
      if (p >= text.length) {
        this.pos = p;
        this.atLineStart = false;
        return null;
      }
      this.pos = p;
      this.atLineStart = false;
      this.measureIndent(col, altcol);
      if (this.pendingIndents !== 0) return this.emitIndent();
      return null;
    }
  }

  private measureIndent(col: number, altcol: number): void {
    const indents = this.indents;
    const alt = this.altIndents;
    const top = indents[indents.length - 1]!;
    const lineStart = this.source.lineStarts[this.lineno - 1]!;
    if (col === top) {
      if (altcol !== alt[alt.length - 1]) throw this.tabError(lineStart);
    } else if (col > top) {
      // CPython refuses the 100th level (its indent index + 1 reaching MAXINDENT), with
      // no column.
      if (indents.length >= MAX_INDENT) {
        throw this.error(
          "too many levels of indentation",
          this.lineno,
          lineStart,
          this.lineno,
          lineStart - 1,
          "IndentationError",
        );
      }
      if (altcol <= alt[alt.length - 1]!) throw this.tabError(lineStart);
      indents.push(col);
      alt.push(altcol);
      this.pendingIndents++;
    } else {
      while (indents.length > 1 && col < indents[indents.length - 1]!) {
        indents.pop();
        alt.pop();
        this.pendingIndents--;
      }
      if (col !== indents[indents.length - 1]) {
        const line = this.source.line(this.lineno);
        const end = lineStart + line.length - (line.endsWith("\n") ? 1 : 0);
        throw this.error(
          "unindent does not match any outer indentation level",
          this.lineno,
          end,
          this.lineno,
          -1,
          "IndentationError",
        );
      }
      if (altcol !== alt[alt.length - 1]) throw this.tabError(lineStart);
    }
  }

  private tabError(lineStart: number): PythonSyntaxError {
    return this.error(
      "inconsistent use of tabs and spaces in indentation",
      this.lineno,
      lineStart,
      this.lineno,
      lineStart - 1,
      "TabError",
    );
  }

  private readOperator(start: number): Token {
    const text = this.text;
    const three = text.substr(start, 3);
    let op: string;
    if (OPERATORS3.has(three) && three !== "!=") op = three;
    else if (OPERATORS2.has(three.slice(0, 2))) op = three.slice(0, 2);
    else op = text[start]!;
    const c = text.charCodeAt(start);
    if (op.length === 1 && OPERATORS1.indexOf(op) === -1) return this.badCharacter(start, c);
    this.pos = start + op.length;
    if (op === "(" || op === "[" || op === "{") {
      if (this.brackets.length >= MAX_PAREN_LEVEL)
        throw this.error("too many nested parentheses", this.lineno, start);
      this.brackets.push({ char: op, lineno: this.lineno, offset: start });
    } else if (op === ")" || op === "]" || op === "}") {
      const open = this.brackets.pop();
      if (!open) throw this.error(`unmatched '${op}'`, this.lineno, start);
      const expected = open.char === "(" ? ")" : open.char === "[" ? "]" : "}";
      if (op !== expected) {
        const where = open.lineno === this.lineno ? "" : ` on line ${open.lineno}`;
        throw this.error(
          `closing parenthesis '${op}' does not match opening parenthesis '${open.char}'${where}`,
          this.lineno,
          start,
        );
      }
    }
    return this.token(TokenType.OP, start, this.pos, op);
  }

  private badCharacter(start: number, c: number): Token {
    const text = this.text;
    const cp = text.codePointAt(start)!;
    if (c === 33 || c === 36 || c === 63 || c === 96) {
      // '!', '$', '?' and '`' are ERRORTOKENs that the parser reports as invalid syntax.
      this.pos = start + 1;
      return this.token(TokenType.OP, start, start + 1, text[start]!);
    }
    const hex = cp.toString(16).toUpperCase().padStart(4, "0");
    if (isPrintable(cp)) {
      throw this.error(`invalid character '${String.fromCodePoint(cp)}' (U+${hex})`, this.lineno, start);
    }
    throw this.error(`invalid non-printable character U+${hex}`, this.lineno, start);
  }

  private readNameOrString(start: number): Token {
    const text = this.text;
    // A string prefix: any combination CPython accepts, in any case.
    let p = start;
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      const c = text.charCodeAt(p) | 0x20;
      if (c === 0x62 && !sawB && !sawU && !sawF) sawB = true;
      else if (c === 0x72 && !sawR && !sawU) sawR = true;
      else if (c === 0x75 && !sawB && !sawR && !sawU && !sawF) sawU = true;
      else if (c === 0x66 && !sawF && !sawB && !sawU) sawF = true;
      else break;
      p++;
    }
    const q = text.charCodeAt(p);
    if (p > start && (q === 34 || q === 39)) return this.readString(start, p);
    p = start;
    let ascii = true;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (!isIdentifierChar(c)) break;
      if (c >= 128) ascii = false;
      p++;
    }
    let name = text.slice(start, p);
    if (!ascii) name = this.verifyIdentifier(start, name);
    this.pos = p;
    return this.token(TokenType.NAME, start, p, name);
  }

  /** Non-ASCII identifiers are NFKC-normalised and must then be valid identifiers; the
   * error names the first character that is not. */
  private verifyIdentifier(start: number, name: string): string {
    const src = this.source;
    if (src.escapedBytes) {
      // CPython decodes the identifier's bytes first; the error stands at the token's end.
      const bad = utf8DecodeError(this.text, start, start + name.length);
      if (bad !== null) {
        const end = start + name.length;
        const e = new PythonSyntaxError(
          "SyntaxError",
          `(unicode error) ${bad}`,
          src.filename,
          this.lineno,
          src.parserColumn(this.lineno, end) - 1,
          src.parserErrorLine(this.lineno),
          this.lineno,
          -1,
        );
        e.parserRaised = true;
        throw e;
      }
    }
    const normalised = name.normalize("NFKC");
    if (isIdentifier(normalised)) return normalised;
    let i = 0;
    for (const ch of name) {
      const prefix = name.slice(0, i + ch.length).normalize("NFKC");
      if (!isIdentifier(prefix)) {
        const cp = ch.codePointAt(0)!;
        const hex = cp.toString(16).toUpperCase().padStart(4, "0");
        if (isPrintable(cp)) throw this.error(`invalid character '${ch}' (U+${hex})`, this.lineno, start + i);
        throw this.error(`invalid non-printable character U+${hex}`, this.lineno, start + i);
      }
      i += ch.length;
    }
    return normalised;
  }

  // Numbers follow CPython's tok_get step by step, because its error positions depend on
  // where its cursor stands: `cur` below is the index of the next character to read, and an
  // error "at the cursor" gets the offset of the character before it.

  private numberError(msg: string, cur: number): PythonSyntaxError {
    return this.error(msg, this.lineno, cur - 1);
  }

  private readNumber(start: number): Token {
    const text = this.text;
    let cur = start;
    let c = text.charCodeAt(cur++);
    if (c === 46) {
      // ".5": the fraction directly.
      c = text.charCodeAt(cur++);
      return this.readFraction(start, cur, c);
    }
    if (c === 48) {
      c = text.charCodeAt(cur++);
      const lower = c | 0x20;
      if (lower === 0x78) return this.readRadix(start, cur, 16, "hexadecimal");
      if (lower === 0x6f) return this.readRadix(start, cur, 8, "octal");
      if (lower === 0x62) return this.readRadix(start, cur, 2, "binary");
      // Maybe an old-style octal; "0", "00" and "0_0" are fine.
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          c = text.charCodeAt(cur++);
          if (!isDigit(c)) throw this.numberError("invalid decimal literal", cur - 1);
        }
        if (c !== 48) break;
        c = text.charCodeAt(cur++);
      }
      const zerosEnd = cur;
      if (isDigit(c)) {
        nonzero = true;
        [c, cur] = this.decimalTail(cur);
      }
      if (c === 46) {
        c = text.charCodeAt(cur++);
        return this.readFraction(start, cur, c);
      }
      if ((c | 0x20) === 0x65) return this.readExponent(start, cur, c);
      if ((c | 0x20) === 0x6a) return this.readImaginary(start, cur);
      if (nonzero) {
        throw this.error(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          this.lineno,
          start,
          this.lineno,
          zerosEnd - 1,
        );
      }
      this.verifyEndOfNumber(cur, c, "decimal");
      return this.numberToken(start, cur - 1);
    }
    [c, cur] = this.decimalTail(cur - 1);
    if (c === 46) {
      c = text.charCodeAt(cur++);
      return this.readFraction(start, cur, c);
    }
    return this.readAfterFraction(start, cur, c);
  }

  /** `c` is the character after the '.', already read (the cursor is past it). */
  private readFraction(start: number, cur: number, c: number): Token {
    if (isDigit(c)) [c, cur] = this.decimalTail(cur - 1);
    return this.readAfterFraction(start, cur, c);
  }

  private readAfterFraction(start: number, cur: number, c: number): Token {
    if ((c | 0x20) === 0x65) return this.readExponent(start, cur, c);
    if ((c | 0x20) === 0x6a) return this.readImaginary(start, cur);
    this.verifyEndOfNumber(cur, c, "decimal");
    return this.numberToken(start, cur - 1);
  }

  /** `e` (the 'e' or 'E') has been read. */
  private readExponent(start: number, cur: number, e: number): Token {
    const text = this.text;
    let c = text.charCodeAt(cur++);
    if (c === 43 || c === 45) {
      c = text.charCodeAt(cur++);
      if (!isDigit(c)) throw this.numberError("invalid decimal literal", cur - 1);
    } else if (!isDigit(c)) {
      // "1else": the number ends before the 'e'.
      this.verifyEndOfNumber(cur - 1, e, "decimal");
      return this.numberToken(start, cur - 2);
    }
    [c, cur] = this.decimalTail(cur - 1);
    if ((c | 0x20) === 0x6a) return this.readImaginary(start, cur);
    this.verifyEndOfNumber(cur, c, "decimal");
    return this.numberToken(start, cur - 1);
  }

  /** The 'j' has been read. */
  private readImaginary(start: number, cur: number): Token {
    const c = this.text.charCodeAt(cur++);
    this.verifyEndOfNumber(cur, c, "imaginary");
    return this.numberToken(start, cur - 1);
  }

  /** After "0x", "0o" or "0b" (the cursor is past the letter). */
  private readRadix(start: number, cur: number, base: number, kind: string): Token {
    const text = this.text;
    const ok = (d: number): boolean =>
      base === 16 ? isHexDigit(d) : base === 8 ? d >= 48 && d <= 55 : d === 48 || d === 49;
    let c = text.charCodeAt(cur++);
    do {
      if (c === 95) c = text.charCodeAt(cur++);
      if (!ok(c)) {
        if (base !== 16 && isDigit(c)) {
          throw this.numberError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, cur);
        }
        throw this.numberError(`invalid ${kind} literal`, cur - 1);
      }
      do c = text.charCodeAt(cur++);
      while (ok(c));
    } while (c === 95);
    if (base !== 16 && isDigit(c)) {
      throw this.numberError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, cur);
    }
    this.verifyEndOfNumber(cur, c, kind);
    return this.numberToken(start, cur - 1);
  }

  /** Reads digits and single underscores from `cur`; returns the first other character
   * and the cursor past it (CPython's tok_decimal_tail). */
  private decimalTail(cur: number): [number, number] {
    const text = this.text;
    for (;;) {
      let c: number;
      do c = text.charCodeAt(cur++);
      while (isDigit(c));
      if (c !== 95) return [c, cur];
      c = text.charCodeAt(cur++);
      if (!isDigit(c)) throw this.numberError("invalid decimal literal", cur - 1);
    }
  }

  private numberToken(start: number, end: number): Token {
    this.pos = end;
    return this.token(TokenType.NUMBER, start, end, this.text.slice(start, end));
  }

  /** `c`, just read (the cursor is past it), follows a number. A letter there is an error,
   * except the start of a keyword that may legally follow (`1if x else y`), which CPython
   * still accepts with a warning. Non-ASCII characters are left to the next token. */
  private verifyEndOfNumber(cur: number, c: number, kind: string): void {
    const text = this.text;
    const at = cur - 1;
    let keyword = false;
    switch (c) {
      case 0x61:
        keyword = text.startsWith("nd", cur);
        break;
      case 0x65:
        keyword = text.startsWith("lse", cur);
        break;
      case 0x66:
        keyword = text.startsWith("or", cur);
        break;
      case 0x69: {
        const d = text.charCodeAt(cur);
        keyword = d === 0x66 || d === 0x6e || d === 0x73;
        break;
      }
      case 0x6f:
        keyword = text.startsWith("r", cur);
        break;
      case 0x6e:
        keyword = text.startsWith("ot", cur);
        break;
    }
    if (keyword) {
      const message = `invalid ${kind} literal`;
      this.warnings.push({
        message,
        lineno: this.lineno,
        category: "SyntaxWarning",
        error: this.numberError(message, at),
      });
      return;
    }
    if (c < 128 && isIdentifierChar(c)) throw this.numberError(`invalid ${kind} literal`, at);
  }

  /** Reads a string literal whose prefix starts at `start` and quote at `quoteAt`. */
  private readString(start: number, quoteAt: number): Token {
    const text = this.text;
    const quote = text.charCodeAt(quoteAt);
    const startLine = this.lineno;
    const triple = text.charCodeAt(quoteAt + 1) === quote && text.charCodeAt(quoteAt + 2) === quote;
    let p = quoteAt + (triple ? 3 : 1);
    for (;;) {
      if (p >= text.length) {
        const line = Math.min(this.lineno, this.lastLine());
        if (triple) {
          throw this.error(
            `unterminated triple-quoted string literal (detected at line ${line})`,
            startLine,
            start,
          );
        }
        throw this.error(`unterminated string literal (detected at line ${line})`, startLine, start);
      }
      const c = text.charCodeAt(p);
      if (c === quote) {
        if (!triple) {
          p++;
          break;
        }
        if (text.charCodeAt(p + 1) === quote && text.charCodeAt(p + 2) === quote) {
          p += 3;
          break;
        }
        p++;
      } else if (c === 92) {
        if (text.charCodeAt(p + 1) === 10) this.lineno++;
        p += 2;
      } else if (c === 10) {
        if (!triple) {
          throw this.error(`unterminated string literal (detected at line ${this.lineno})`, startLine, start);
        }
        this.lineno++;
        p++;
      } else p++;
    }
    if (p > text.length) {
      throw this.error(
        `unterminated string literal (detected at line ${Math.min(this.lineno, this.lastLine())})`,
        startLine,
        start,
      );
    }
    this.pos = p;
    return this.token(TokenType.STRING, start, p, text.slice(start, p), startLine);
  }
}
