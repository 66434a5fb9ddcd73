// The caret line under a traceback's source line, as CPython 3.11 prints it
// (Python/traceback.c, tb_displayline): `^` under the failing expression's span, and for a
// binary operation or a subscript `~` under the operands with `^` under the operator or the
// brackets. Nothing is printed when the carets would underline the whole (stripped) line.

import type { ast } from "../parser/index.js";
import { parse } from "../parser/index.js";

const encoder = new TextEncoder();

/** Character index in `line` of UTF-8 byte offset `byteOffset`. */
export function byteToCharOffset(line: string, byteOffset: number): number {
  let bytes = 0;
  let i = 0;
  while (i < line.length && bytes < byteOffset) {
    const cp = line.codePointAt(i)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

function isWhitespace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\f";
}

interface Anchors {
  left: number;
  right: number;
  primary: string;
  secondary: string;
}

/** Splits a one-line expression segment into operand and operator ranges (character
 * offsets in the segment), or null when the segment is not a binary operation or a
 * subscript. */
function anchorsOf(segment: string): Anchors | null {
  let tree: ast.mod;
  try {
    tree = parse(segment, "<traceback>", "exec");
  } catch {
    return null;
  }
  if (tree._type !== "Module" || tree.body.length !== 1) return null;
  const stmt = tree.body[0]!;
  if (stmt._type !== "Expr") return null;
  const expr = stmt.value;
  // AST columns are UTF-8 byte offsets into the segment.
  const ascii = encoder.encode(segment).length === segment.length;
  const ch = (b: number): number => (ascii ? b : byteToCharOffset(segment, b));
  // Past an operand: blanks and the closing parentheses of a parenthesised operand.
  const skip = (i: number, limit: number): number => {
    while (i < limit && (isWhitespace(segment[i]) || segment[i] === ")")) i++;
    return i;
  };
  if (expr._type === "BinOp") {
    const rightStart = ch(expr.right.col_offset);
    const i = skip(ch(expr.left.end_col_offset ?? 0), rightStart);
    let right = i + 1;
    if (i + 1 < rightStart && !isWhitespace(segment[i + 1])) right++;
    return { left: i, right, primary: "~", secondary: "^" };
  }
  if (expr._type === "Subscript") {
    const left = skip(ch(expr.value.end_col_offset ?? 0), segment.length);
    let j = ch(expr.slice.end_col_offset ?? 0);
    while (j < segment.length && (isWhitespace(segment[j]) || segment[j] === ")")) j++;
    return { left, right: j + 1, primary: "~", secondary: "^" };
  }
  return null;
}

/** The caret line (without the leading four-space indent and margin) for the source
 * `line` of a frame whose instruction spans [col, endCol) in UTF-8 bytes, from `lineno`
 * to `endLineno`; null when no caret line is shown. */
export function caretLine(
  line: string,
  lineno: number,
  endLineno: number,
  col: number,
  endCol: number,
): string | null {
  if (col < 0 || endCol < 0) return null;
  let start = byteToCharOffset(line, col);
  let end = byteToCharOffset(line, endCol);
  let anchors: Anchors | null = null;
  if (lineno === endLineno) {
    if (end < start) return null;
    anchors = anchorsOf(line.slice(start, end));
    if (anchors !== null) {
      anchors.left += start;
      anchors.right += start;
    }
  } else {
    // A multi-line expression is underlined up to the line's last non-blank character.
    let i = line.length - 1;
    while (i >= 0 && isWhitespace(line[i])) i--;
    end = i + 1;
  }
  let indent = 0;
  while (indent < line.length && isWhitespace(line[indent])) indent++;
  if (end - start === line.length - indent && anchors === null) return null;
  if (start < indent) start = indent;
  let out = " ".repeat(start - indent);
  for (let i = start; i < end; i++) {
    if (anchors !== null && i >= anchors.left && i < anchors.right) out += anchors.secondary;
    else out += anchors !== null ? anchors.primary : "^";
  }
  return out;
}
