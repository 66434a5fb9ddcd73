// Formats a SyntaxError the way `traceback.format_exception_only` does: the location
// line, the source line stripped of leading blanks, a caret line, then `Type: message`.
// The interpreter's own display of an uncaught one (`asDisplayed`, pythonrun.c's
// print_error_text) differs in two details: it strips leading tabs too, and its caret line
// is all spaces before the carets.

import type { PythonSyntaxError } from "./syntax_error.js";

/** Python's str.isspace (JavaScript's \s differs: it has U+FEFF, lacks U+001C..U+001F and U+0085). */
const CARET_SPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

export function formatSyntaxError(e: PythonSyntaxError, asDisplayed = false): string {
  let out = "";
  let suffix = "";
  if (e.lineno !== null) out += `  File "${e.filename ?? "<string>"}", line ${e.lineno}\n`;
  else if (e.filename !== null) suffix = ` (${e.filename})`;
  if (e.text !== null) {
    const rtext = e.text.replace(/\n+$/, "");
    const ltext = rtext.replace(asDisplayed ? /^[ \t\n\f]+/ : /^[ \n\f]+/, "");
    const chars = Array.from(ltext);
    const spaces = Array.from(rtext).length - chars.length;
    out += `    ${ltext}\n`;
    if (e.offset !== null) {
      const offset = e.offset;
      let end = e.endOffset === null || e.endOffset === 0 ? offset : e.endOffset;
      if (offset === end || end === -1) end = offset + 1;
      const col = offset - 1 - spaces;
      const endCol = end - 1 - spaces;
      if (col >= 0) {
        const lead = chars
          .slice(0, col)
          .map((c) => (!asDisplayed && CARET_SPACE.test(c) ? c : " "))
          .join("");
        out += `    ${lead}${"^".repeat(Math.max(0, endCol - col))}\n`;
      }
    }
  }
  return out + `${e.kind}: ${e.msg || "<no detail available>"}${suffix}\n`;
}
