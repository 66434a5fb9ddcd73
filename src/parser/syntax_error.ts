// A syntax error as CPython reports it. Lines are 1-based; offsets are 1-based and count
// characters (code points) of the line, as CPython's SyntaxError.offset does, even though
// AST columns count UTF-8 bytes. Some errors (null bytes) carry no location at all.

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export class PythonSyntaxError extends Error {
  /** Raised by the parser rather than the tokenizer: inside an f-string's expression only
   * these get the "f-string: " prefix, as in CPython 3.11. */
  parserRaised = false;

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
