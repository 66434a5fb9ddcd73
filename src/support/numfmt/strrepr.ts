/**
 * repr() of a str, needed for error messages ("could not convert string to float: 'x'").
 * The object layer owns the real str repr (it knows the Unicode database Python uses); it can
 * install it with setStrRepr. The default treats categories C* and Z* (except space) as
 * non-printable, which is Python's definition, using the JS engine's Unicode tables.
 */

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

export function defaultStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (ch !== " " && NON_PRINTABLE.test(ch)) {
      out += cp <= 0xff ? "\\x" + hex(cp, 2) : cp <= 0xffff ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

let strRepr: (s: string) => string = defaultStrRepr;

export function setStrRepr(fn: (s: string) => string): void {
  strRepr = fn;
}

export function reprOf(s: string): string {
  return strRepr(s);
}
