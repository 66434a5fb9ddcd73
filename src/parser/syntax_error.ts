// A syntax error as CPython reports it. Lines are 1-based; offsets are 1-based and count
// characters (code points) of the line, as CPython's SyntaxError.offset does, even though
// AST columns count UTF-8 bytes. Some errors (null bytes) carry no location at all.

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export class PythonSyntaxError extends Error {
  /** Raised by the parser rather than the tokenizer: inside an f-string's expression only
   * these get the "f-string: " prefix, as in CPython 3.11. */
  parserRaised = false;
  /** The tokenizer's warnings before the error (CPython issues them while tokenizing, so
   * one made an error by a warnings filter wins over this error). */
  warningsBefore: ParseWarning[] = [];

  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string | null,
    readonly lineno: number | null,
    readonly offset: number | null,
    /** The offending source line, with its newline, or null when there is none. */
    readonly text: string | null,
    readonly endLineno: number | null,
    readonly endOffset: number | null,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
  }
}

/** A compile-time warning found while parsing, for the warnings machinery. */
export interface ParseWarning {
  message: string;
  lineno: number;
  /** The warning's class (3.11: invalid escapes DeprecationWarning, numbers SyntaxWarning). */
  category: "DeprecationWarning" | "SyntaxWarning";
  /** The SyntaxError that replaces the warning when warnings are errors. */
  error: PythonSyntaxError;
}
