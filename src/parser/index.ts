// The parser's public face: source (bytes or text) in, CPython-shaped AST out.

import type * as A from "./ast.generated.js";
import { runParser } from "./parser.js";
import { decodeSourceInfo, SourceText, translateNewlines } from "./source.js";
import { PythonSyntaxError, type ParseWarning } from "./syntax_error.js";

export type { A as ast };
export { PythonSyntaxError, type ParseWarning } from "./syntax_error.js";
export { formatSyntaxError } from "./syntax_error_format.js";

export type Mode = "exec" | "eval" | "single" | "func_type";

export interface ParseOutput {
  tree: A.mod;
  /** Compile-time warnings (invalid escape sequences), for the warnings machinery. */
  warnings: ParseWarning[];
}

/** Parses Python source. Bytes are decoded as a source file is (BOM, coding cookie);
 * text is taken as already decoded. Throws PythonSyntaxError. */
export function parseWithWarnings(source: Uint8Array | string, filename: string, mode: Mode): ParseOutput {
  let text: string;
  let encodingKnown = true;
  let bom = false;
  let escapedBytes = false;
  if (typeof source === "string") text = source;
  else {
    if (source.indexOf(0) !== -1) throw nullBytes();
    ({ text, encodingKnown, bom, escapedBytes } = decodeSourceInfo(source, filename));
  }
  if (text.indexOf("\0") !== -1) throw nullBytes();
  text = translateNewlines(text);
  // CPython's tokenizer gives file input a final newline when it lacks one (and eval or
  // single input none): it shows in a SyntaxError's text.
  if (mode === "exec" && !text.endsWith("\n")) text += "\n";
  const src = new SourceText(text, filename);
  if (!encodingKnown) src.parserColumns = "bytes";
  src.bom = bom;
  src.escapedBytes = escapedBytes;
  const { tree, warnings } = runParser(src, mode);
  return { tree: tree as A.mod, warnings };
}

export function parse(source: Uint8Array | string, filename: string, mode: Mode): A.mod {
  return parseWithWarnings(source, filename, mode).tree;
}

function nullBytes(): PythonSyntaxError {
  return new PythonSyntaxError(
    "SyntaxError",
    "source code string cannot contain null bytes",
    null,
    null,
    null,
    null,
    null,
    null,
  );
}
