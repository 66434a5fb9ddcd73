// The parser's foundation: the token cursor, node positions and error reporting.
//
// Swallow's parser is hand-written recursive descent over CPython 3.11's PEG grammar.
// It mirrors the two things of CPython's parser that users can see besides the tree:
// - a generic "invalid syntax" points at the furthest token the parser looked at;
// - targeted messages come from a second pass with the grammar's `invalid_*` checks
//   switched on (`this.errorPass`), run only after the first pass failed, so checks never
//   slow down or change the parsing of valid code.

import { isEscapedByte, type SourceText } from "./source.js";
import { PythonSyntaxError, type ParseWarning, type SyntaxErrorKind } from "./syntax_error.js";
import { TokenType, Tokenizer, type Token } from "./tokenizer.js";

/** Thrown to abandon one alternative of the grammar; never escapes the parser. */
export class Backtrack {
  static readonly instance = new Backtrack();
}

export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number | null;
  end_col_offset: number | null;
}

export const KEYWORDS = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

export interface ParseOptions {
  /** Line and column (bytes) added to positions: for f-string sub-expressions. */
  lineOffset?: number;
  colOffset?: number;
}

export abstract class ParserBase {
  protected i = 0;
  /** Index of the furthest token fetched: where a generic syntax error points. */
  protected furthest = 0;
  protected errorPass = false;
  /** Whether the end of input stands on no column: eval and single input lacking a final
   * newline, where CPython's error is at an ENDMARKER of column -1. */
  protected endHasNoColumn = false;
  readonly warnings: ParseWarning[] = [];
  protected readonly tokenizer: Tokenizer;
  protected readonly lineShift: number;
  protected readonly colShift: number;

  constructor(
    protected readonly src: SourceText,
    options: ParseOptions = {},
  ) {
    this.tokenizer = new Tokenizer(src);
    this.lineShift = options.lineOffset ?? 0;
    this.colShift = options.colOffset ?? 0;
  }

  // ---- the token cursor ----

  protected peek(k = 0): Token {
    const at = this.i + k;
    if (at > this.furthest) this.furthest = at;
    return this.tokenizer.get(at);
  }

  protected get tok(): Token {
    return this.peek(0);
  }

  protected advance(): Token {
    const t = this.peek(0);
    this.i++;
    return t;
  }

  protected get prev(): Token {
    return this.tokenizer.get(this.i - 1);
  }

  protected isOp(s: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === TokenType.OP && t.string === s;
  }

  /** A hard keyword or soft keyword spelled `s`. */
  protected isKw(s: string, k = 0): boolean {
    const t = this.peek(k);
    return t.type === TokenType.NAME && t.string === s;
  }

  protected isType(type: TokenType): boolean {
    return this.peek(0).type === type;
  }

  protected isName(k = 0): boolean {
    const t = this.peek(k);
    return t.type === TokenType.NAME && !KEYWORDS.has(t.string);
  }

  protected acceptOp(s: string): boolean {
    if (this.isOp(s)) {
      this.i++;
      return true;
    }
    return false;
  }

  protected acceptKw(s: string): boolean {
    if (this.isKw(s)) {
      this.i++;
      return true;
    }
    return false;
  }

  protected expectOp(s: string): Token {
    if (!this.isOp(s)) throw Backtrack.instance;
    return this.advance();
  }

  protected expectKw(s: string): Token {
    if (!this.isKw(s)) throw Backtrack.instance;
    return this.advance();
  }

  /** CPython's `&&'x'`: a token that must be there, or "expected 'x'" at the one that is. */
  protected forceOp(s: string): Token {
    if (this.isOp(s)) return this.advance();
    throw this.errorAtToken(this.tok, `expected '${s}'`);
  }

  protected forceKw(s: string): Token {
    if (this.isKw(s)) return this.advance();
    throw this.errorAtToken(this.tok, `expected '${s}'`);
  }

  protected expectName(): Token {
    if (!this.isName()) throw Backtrack.instance;
    return this.advance();
  }

  protected expectType(type: TokenType): Token {
    if (this.tok.type !== type) throw Backtrack.instance;
    return this.advance();
  }

  /** Runs `alternative`; if it backtracks, rewinds and returns undefined. */
  protected attempt<T>(alternative: () => T): T | undefined {
    const saved = this.i;
    try {
      return alternative();
    } catch (e) {
      if (e !== Backtrack.instance) throw e;
      this.i = saved;
      return undefined;
    }
  }

  // ---- positions ----

  protected lineOf(t: Token): number {
    return t.lineno + this.lineShift;
  }

  protected colOf(t: Token): number {
    const col = this.src.byteCol(t.lineno, t.start);
    return t.lineno === 1 ? col + this.colShift : col;
  }

  protected endColOf(t: Token): number {
    const col = this.src.byteCol(t.endLineno, t.end);
    return t.endLineno === 1 ? col + this.colShift : col;
  }

  /** Sets `node`'s position to span from token `start` to the last token consumed. */
  protected at<T>(start: number, node: T): T & Located {
    const first = this.tokenizer.get(start);
    const last = this.prev;
    const n = node as T & Located;
    n.lineno = this.lineOf(first);
    n.col_offset = this.colOf(first);
    n.end_lineno = last.endLineno + this.lineShift;
    n.end_col_offset = this.endColOf(last);
    return n;
  }

  /** Sets `node`'s position to span from `from`'s start to `to`'s end. */
  protected span<T>(from: Located, to: Located, node: T): T & Located {
    const n = node as T & Located;
    n.lineno = from.lineno;
    n.col_offset = from.col_offset;
    n.end_lineno = to.end_lineno;
    n.end_col_offset = to.end_col_offset;
    return n;
  }

  // ---- errors ----

  /** A SyntaxError spanning token `t`, as CPython's RAISE_ERROR_KNOWN_LOCATION on a token. */
  protected errorAtToken(t: Token, msg: string, kind: SyntaxErrorKind = "SyntaxError"): PythonSyntaxError {
    if (
      this.endHasNoColumn &&
      t.start >= this.src.text.length &&
      (t.type === TokenType.NEWLINE || t.type === TokenType.ENDMARKER)
    ) {
      const src = this.src;
      const line = src.parserErrorLine(t.lineno);
      const e = new PythonSyntaxError(kind, msg, src.filename, t.lineno, 0, line, t.lineno, 0);
      e.parserRaised = true;
      return e;
    }
    if (t.type === TokenType.DEDENT || t.type === TokenType.INDENT || t.type === TokenType.ENDMARKER) {
      return this.errorAtLayoutToken(t, msg, kind);
    }
    return this.errorAt(t.lineno, t.start, t.endLineno, t.end, msg, kind);
  }

  /**
   * CPython's INDENT, DEDENT and ENDMARKER tokens have no column: an error at one stands
   * at the tokenizer's cursor, with no end. For an indentation token the cursor is past
   * the new line's indentation; at the end of input it is past the last line's newline
   * (which CPython adds when the source lacks it), on that last line.
   */
  private errorAtLayoutToken(t: Token, msg: string, kind: SyntaxErrorKind): PythonSyntaxError {
    const src = this.src;
    let col: number;
    if (t.start >= src.text.length) {
      const newline = src.text.endsWith("\n") ? 1 : 0;
      col = src.parserColumn(t.lineno, src.text.length) - newline;
    } else col = src.parserColumn(t.lineno, t.start) - 1;
    const e = new PythonSyntaxError(
      kind,
      msg,
      src.filename,
      t.lineno,
      col,
      src.parserErrorLine(t.lineno),
      t.lineno,
      -1,
    );
    e.parserRaised = true;
    return e;
  }

  /** A SyntaxError between two tokens (inclusive). */
  protected errorBetween(a: Token, b: Token, msg: string): PythonSyntaxError {
    return this.errorAt(a.lineno, a.start, b.endLineno, b.end, msg);
  }

  /** A SyntaxError spanning an already built node. */
  protected errorAtNode(n: Located, msg: string): PythonSyntaxError {
    const src = this.src;
    const line = n.lineno - this.lineShift;
    const endLine = (n.end_lineno ?? n.lineno) - this.lineShift;
    const start = this.offsetOfByteCol(line, n.col_offset - (line === 1 ? this.colShift : 0));
    const end = this.offsetOfByteCol(
      endLine,
      (n.end_col_offset ?? n.col_offset) - (endLine === 1 ? this.colShift : 0),
    );
    void src;
    return this.errorAt(line, start, endLine, end, msg);
  }

  /** RAISE_SYNTAX_ERROR: located at the last token fetched so far. */
  protected errorAtLast(msg: string, kind: SyntaxErrorKind = "SyntaxError"): PythonSyntaxError {
    return this.errorAtToken(this.tokenizer.get(this.furthest), msg, kind);
  }

  protected offsetOfByteCol(lineno: number, byteCol: number): number {
    const start = this.src.lineStarts[lineno - 1] ?? this.src.text.length;
    let offset = start;
    let bytes = 0;
    const text = this.src.text;
    const escaped = this.src.escapedBytes;
    while (bytes < byteCol && offset < text.length) {
      const c = text.charCodeAt(offset);
      if (escaped && isEscapedByte(c)) bytes += 1;
      else bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : 3;
      offset += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
    }
    return offset;
  }

  /** A parser-raised SyntaxError between two source offsets, with the columns and source
   * line CPython's parser reports (see SourceText.parserColumn). */
  protected errorAt(
    lineno: number,
    start: number,
    endLineno: number,
    end: number,
    msg: string,
    kind: SyntaxErrorKind = "SyntaxError",
  ): PythonSyntaxError {
    return parserError(this.src, msg, lineno, start, endLineno, end, kind);
  }

  /** "'(' was never closed", for the innermost bracket open at the end of input. */
  protected unclosedBracketError(): PythonSyntaxError {
    const open = this.tokenizer.openBrackets;
    const b = open[open.length - 1]!;
    return parserError(this.src, `'${b.char}' was never closed`, b.lineno, b.offset, b.lineno, -1);
  }

  tokenizerWarnings(): ParseWarning[] {
    return this.tokenizer.warnings;
  }

  /** The parser's warnings and the tokenizer's, in source order. */
  allWarnings(): ParseWarning[] {
    return [...this.tokenizer.warnings, ...this.warnings].sort((a, b) => a.lineno - b.lineno);
  }

  protected warn(message: string, t: Token): void {
    this.warnings.push({
      message,
      lineno: this.lineOf(t),
      category: "DeprecationWarning",
      error: this.errorAtToken(t, message),
    });
  }
}

/** Builds a parser-raised error; `end` < 0 gives end offset 0, as CPython's -1 does. */
export function parserError(
  src: SourceText,
  msg: string,
  lineno: number,
  start: number,
  endLineno: number,
  end: number,
  kind: SyntaxErrorKind = "SyntaxError",
): PythonSyntaxError {
  const lineEnd = (n: number): number => src.lineStarts[n - 1]! + src.line(n).length;
  const col = src.parserColumn(lineno, Math.min(start, lineEnd(lineno)));
  let endCol = 0;
  if (end >= 0) {
    endCol = src.parserColumn(endLineno, endLineno === lineno ? Math.min(end, lineEnd(lineno)) : end);
  }
  const e = new PythonSyntaxError(
    kind,
    msg,
    src.filename,
    lineno,
    col,
    src.parserErrorLine(lineno),
    endLineno,
    endCol,
  );
  e.parserRaised = true;
  return e;
}
