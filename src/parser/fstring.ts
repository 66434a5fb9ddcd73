// Adjacent string literals and f-strings, as Python 3.11 parses them: an f-string is one
// STRING token whose replacement fields are found by scanning its text, and each field's
// expression is parsed by a sub-parser over "(" + expression + ")", positioned back onto
// the real source. Node positions follow CPython 3.11: the literal parts and the
// FormattedValue nodes span the whole run of adjacent strings, a format spec's JoinedStr
// spans the token it is in, and expressions have their true positions.

import type * as A from "./ast.generated.js";
import { concatStr, isEmptyStr, type StrValue } from "./constant.js";
import type { Located } from "./parser_base.js";
import type { PythonSyntaxError } from "./syntax_error.js";
import { hasEscapedByte, utf8DecodeError, type SourceText } from "./source.js";
import type { Token } from "./tokenizer.js";
import { decodeBytes, decodeStringEscapes, LiteralError, parsePrefix } from "./string_literal.js";

/** What the parser lends to string parsing. */
export interface StringHost {
  readonly source: SourceText;
  tokenPosition(first: Token, last: Token): Located;
  /** RAISE_SYNTAX_ERROR: at the last token fetched. */
  errorAtLastToken(msg: string): PythonSyntaxError;
  errorOnToken(t: Token, msg: string): PythonSyntaxError;
  warnAt(msg: string, t: Token): void;
  /** Parses `text` (which is "(" + expression + ")") placed so that its first character
   * sits at byte column `col` of source line `lineno`. */
  parseFieldExpression(text: string, lineno: number, col: number): A.expr;
}

const MAX_PAREN_NESTING = 200;

class Builder {
  readonly values: A.expr[] = [];
  private literal: StrValue = "";

  constructor(private readonly whole: Located) {}

  addLiteral(s: StrValue): void {
    this.literal = concatStr(this.literal, s);
  }

  addField(value: A.FormattedValue): void {
    this.flush(this.whole);
    this.values.push(value);
  }

  /** Ends pending literal text. CPython positions it at the whole run of strings when a
   * field follows it, and at `end` (the token, for a format spec) when it is trailing. */
  flush(end: Located): void {
    if (isEmptyStr(this.literal)) return;
    this.values.push({ _type: "Constant", value: this.literal, kind: null, ...end } as A.Constant);
    this.literal = "";
  }
}

export function parseStrings(host: StringHost, tokens: Token[]): A.expr {
  const first = tokens[0]!;
  const whole = host.tokenPosition(first, tokens[tokens.length - 1]!);
  const prefixes = tokens.map((t) => parsePrefix(t.string));
  const bytesCount = prefixes.filter((p) => p.bytes).length;
  if (bytesCount !== 0 && bytesCount !== tokens.length) {
    throw host.errorAtLastToken("cannot mix bytes and nonbytes literals");
  }
  const warnings = (t: Token) => ({ warn: (m: string) => host.warnAt(m, t) });
  if (bytesCount) {
    const parts: Uint8Array[] = [];
    tokens.forEach((t, k) => {
      const p = prefixes[k]!;
      try {
        parts.push(decodeBytes(t.string.slice(p.open, t.string.length - p.close), p.raw, warnings(t)));
      } catch (e) {
        if (e instanceof LiteralError) {
          if (e.message.startsWith("bytes can only")) throw host.errorOnToken(t, e.message);
          throw host.errorAtLastToken(e.message);
        }
        throw e;
      }
    });
    const total = parts.reduce((n, b) => n + b.length, 0);
    const value = new Uint8Array(total);
    let at = 0;
    for (const b of parts) {
      value.set(b, at);
      at += b.length;
    }
    return { _type: "Constant", value, kind: null, ...whole } as A.Constant;
  }
  if (!prefixes.some((p) => p.fstring)) {
    let value: StrValue = "";
    tokens.forEach((t, k) => {
      const p = prefixes[k]!;
      const body = t.string.slice(p.open, t.string.length - p.close);
      checkUtf8(host, body, p.raw || body.indexOf("\\") === -1);
      value = concatStr(value, p.raw ? body : decodeLiteral(host, body, warnings(t)));
    });
    return { _type: "Constant", value, kind: prefixes[0]!.unicode ? "u" : null, ...whole } as A.Constant;
  }
  const builder = new Builder(whole);
  tokens.forEach((t, k) => {
    const p = prefixes[k]!;
    const body = t.string.slice(p.open, t.string.length - p.close);
    if (!p.fstring) {
      checkUtf8(host, body, p.raw || body.indexOf("\\") === -1);
      builder.addLiteral(p.raw ? body : decodeLiteral(host, body, warnings(t)));
      return;
    }
    const scanner = new FStringScanner(host, t, p.open, body, p.raw, whole);
    scanner.parse(builder, 0);
  });
  builder.flush(whole);
  return { _type: "JoinedStr", values: builder.values, ...whole } as A.JoinedStr;
}

/**
 * Bytes that are not UTF-8 fail when CPython decodes a literal: over the whole body for a
 * raw literal or one without backslashes (positions count from the body's start), else
 * one run of non-ASCII bytes at a time (positions count from the run's start).
 */
function checkUtf8(host: StringHost, body: string, wholeBody: boolean): void {
  if (!host.source.escapedBytes || !hasEscapedByte(body, 0, body.length)) return;
  if (wholeBody) {
    const bad = utf8DecodeError(body, 0, body.length);
    if (bad !== null) throw host.errorAtLastToken(`(unicode error) ${bad}`);
    return;
  }
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) < 0x80) continue;
    let end = i;
    while (end < body.length && body.charCodeAt(end) >= 0x80) end++;
    const bad = utf8DecodeError(body, i, end);
    if (bad !== null) throw host.errorAtLastToken(`(unicode error) ${bad}`);
    i = end;
  }
}

function decodeLiteral(host: StringHost, body: string, warnings: { warn(m: string): void }): StrValue {
  try {
    return decodeStringEscapes(body, warnings);
  } catch (e) {
    if (e instanceof LiteralError) throw host.errorAtLastToken(e.message);
    throw e;
  }
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\f" || c === "\r" || c === "\v";
}

/** Scans one f-string token's body into literal parts and replacement fields. */
class FStringScanner {
  private s = 0;

  constructor(
    private readonly host: StringHost,
    private readonly token: Token,
    /** Offset of the body within the token's text. */
    private readonly bodyOffset: number,
    private readonly body: string,
    private readonly raw: boolean,
    private readonly whole: Located,
  ) {}

  private fail(msg: string): never {
    throw this.host.errorAtLastToken(msg);
  }

  /** Parses literal text and fields until the end of the body, or (inside a format spec)
   * until the '}' that closes the field. */
  parse(builder: Builder, level: number): void {
    const body = this.body;
    while (this.s < body.length) {
      const literalStart = this.s;
      const { text, atField, backslashBeforeField } = this.scanLiteral(level);
      if (text || backslashBeforeField) {
        let value: StrValue = this.raw
          ? text
          : decodeLiteral(this.host, text, { warn: (m) => this.host.warnAt(m, this.token) });
        // `\{` is an invalid escape: the backslash stays, and the brace opens a field
        // (CPython decodes the trailing backslash as itself).
        if (backslashBeforeField) value = concatStr(value, "\\");
        builder.addLiteral(value);
      }
      void literalStart;
      if (!atField) continue;
      if (this.s >= body.length) break;
      if (body[this.s] === "}") {
        if (level === 0) this.fail("f-string: single '}' is not allowed");
        return;
      }
      this.parseField(builder, level);
    }
  }

  /** Reads literal text up to a '{' or '}' that is not doubled (doubling counts only at
   * the top level, so that `{x:{y}}` closes properly). */
  private scanLiteral(level: number): { text: string; atField: boolean; backslashBeforeField: boolean } {
    const body = this.body;
    let out = "";
    let from = this.s;
    let s = this.s;
    // CPython decodes the literal in chunks that end after the first of a doubled brace.
    let chunk = this.s;
    while (s < body.length) {
      let ch = body[s++]!;
      if (!this.raw && ch === "\\" && s < body.length) {
        ch = body[s++]!;
        if (ch === "N") {
          if (s < body.length && body[s++] === "{") {
            while (s < body.length && body[s++] !== "}");
          }
          continue;
        }
        if (ch === "{") {
          this.host.warnAt(`invalid escape sequence '\\{'`, this.token);
          if (level > 0 || body[s] !== "{") {
            out += body.slice(from, s - 2);
            checkUtf8(this.host, body.slice(chunk, s - 1), this.raw);
            this.s = s - 1;
            return { text: out, atField: true, backslashBeforeField: true };
          }
        }
      }
      if (ch === "{" || ch === "}") {
        if (level === 0) {
          if (s < body.length && body[s] === ch) {
            out += body.slice(from, s);
            checkUtf8(this.host, body.slice(chunk, s), this.raw);
            s++;
            from = chunk = s;
            continue;
          }
          if (ch === "}") {
            this.s = s - 1;
            this.fail("f-string: single '}' is not allowed");
          }
        }
        s--;
        out += body.slice(from, s);
        checkUtf8(this.host, body.slice(chunk, s), this.raw);
        this.s = s;
        return { text: out, atField: true, backslashBeforeField: false };
      }
    }
    out += body.slice(from, s);
    checkUtf8(this.host, body.slice(chunk, s), this.raw);
    this.s = s;
    return { text: out, atField: false, backslashBeforeField: false };
  }

  private parseField(builder: Builder, level: number): void {
    const body = this.body;
    const braceAt = this.s;
    this.s++;
    if (level >= 2) this.fail("f-string: expressions nested too deeply");
    const exprStart = this.s;
    const stack: string[] = [];
    let quote = "";
    let tripleQuote = false;
    let s = this.s;
    for (; s < body.length; s++) {
      const ch = body[s]!;
      if (ch === "\\") this.fail("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch === quote) {
          if (!tripleQuote) quote = "";
          else if (body[s + 1] === ch && body[s + 2] === ch) {
            s += 2;
            quote = "";
            tripleQuote = false;
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (body[s + 1] === ch && body[s + 2] === ch) {
          tripleQuote = true;
          s += 2;
        }
        quote = ch;
      } else if (ch === "[" || ch === "(" || ch === "{") {
        if (stack.length >= MAX_PAREN_NESTING) this.fail("f-string: too many nested parenthesis");
        stack.push(ch);
      } else if (ch === "#") {
        this.fail("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && "!:}=<>".includes(ch)) {
        const next = body[s + 1];
        if (next === "=" && (ch === "!" || ch === "=" || ch === "<" || ch === ">")) {
          s++;
          continue;
        }
        if (ch === "<" || ch === ">") continue;
        break;
      } else if (ch === "]" || ch === ")" || ch === "}") {
        const open = stack.pop();
        if (open === undefined) this.fail(`f-string: unmatched '${ch}'`);
        const expected = open === "(" ? ")" : open === "[" ? "]" : "}";
        if (ch !== expected) {
          this.fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
    }
    if (quote) this.fail("f-string: unterminated string");
    if (stack.length) this.fail(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (s >= body.length) this.fail("f-string: expecting '}'");
    const exprText = body.slice(exprStart, s);
    if (/^[ \t\n\f\r\v]*$/.test(exprText)) {
      const terminator = body[s]!;
      if (terminator === "}") this.fail("f-string: empty expression not allowed");
      this.fail(`f-string: expression required before '${terminator}'`);
    }
    const value = this.compileExpression(braceAt, exprText);
    this.s = s;
    let conversion = -1;
    let formatSpec: A.JoinedStr | null = null;
    let debugText: string | null = null;
    if (body[this.s] === "=") {
      this.s++;
      while (this.s < body.length && isSpace(body[this.s]!)) this.s++;
      debugText = body.slice(exprStart, this.s);
    }
    if (body[this.s] === "!") {
      this.s++;
      if (this.s >= body.length) this.fail("f-string: expecting '}'");
      const c = body[this.s]!;
      this.s++;
      if (c !== "s" && c !== "r" && c !== "a") {
        this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = c.charCodeAt(0);
    }
    if (this.s >= body.length) this.fail("f-string: expecting '}'");
    if (body[this.s] === ":") {
      this.s++;
      if (this.s >= body.length) this.fail("f-string: expecting '}'");
      const spec = new Builder(this.whole);
      this.parse(spec, level + 1);
      const tokenPos = this.host.tokenPosition(this.token, this.token);
      spec.flush(tokenPos);
      formatSpec = { _type: "JoinedStr", values: spec.values, ...tokenPos } as A.JoinedStr;
    }
    if (this.s >= body.length || body[this.s] !== "}") this.fail("f-string: expecting '}'");
    this.s++;
    if (debugText !== null) {
      builder.addLiteral(debugText);
      if (conversion === -1 && formatSpec === null) conversion = 114;
    }
    builder.addField({
      _type: "FormattedValue",
      value,
      conversion,
      format_spec: formatSpec,
      ...this.whole,
    } as A.FormattedValue);
  }

  /** Parses a field's expression where it stands in the source. */
  private compileExpression(braceAt: number, exprText: string): A.expr {
    const t = this.token;
    const src = this.host.source;
    const braceOffset = t.start + this.bodyOffset + braceAt;
    const lineno = src.lineOf(braceOffset);
    const col = src.byteCol(lineno, braceOffset);
    return this.host.parseFieldExpression("(" + exprText + ")", lineno, col);
  }
}
