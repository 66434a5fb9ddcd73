// A syntax error as CPython reports it. Lines are 1-based; offsets are 1-based and count
// characters (code points) of the line, as CPython's SyntaxError.offset does, even though
// AST columns count UTF-8 bytes.

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export class PythonSyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    /** The offending source line, with its newline, or null when there is none. */
    readonly text: string | null,
    readonly endLineno: number,
    readonly endOffset: number,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
  }
}
