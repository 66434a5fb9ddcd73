// String and bytes literals: prefixes, escape sequences and their errors. CPython decodes
// a literal's escapes with its 'unicodeescape' codec, so errors carry that codec's words
// and positions: positions count bytes of the literal's body in which every non-ASCII
// character has been replaced by a ten-byte `\UXXXXXXXX` escape, and the exact strings are
// reproduced here.

import { lookupName } from "./chars.js";
import { SurrogateStrConstant, type StrValue } from "./constant.js";

export interface StringPrefix {
  bytes: boolean;
  raw: boolean;
  unicode: boolean;
  fstring: boolean;
  /** Length of the prefix plus the opening quote(s). */
  open: number;
  /** Length of the closing quote(s). */
  close: number;
}

export function parsePrefix(token: string): StringPrefix {
  let i = 0;
  const prefix = { bytes: false, raw: false, unicode: false, fstring: false, open: 0, close: 0 };
  for (; ; i++) {
    const c = token[i];
    if (c === "b" || c === "B") prefix.bytes = true;
    else if (c === "r" || c === "R") prefix.raw = true;
    // CPython sets Constant.kind only for a lowercase u (it tests the first character).
    else if (c === "u" || c === "U") prefix.unicode = c === "u";
    else if (c === "f" || c === "F") prefix.fstring = true;
    else break;
  }
  const q = token[i]!;
  const triple = token.length - i >= 6 && token[i + 1] === q && token[i + 2] === q;
  prefix.open = i + (triple ? 3 : 1);
  prefix.close = triple ? 3 : 1;
  return prefix;
}

/** A problem found while decoding; the caller turns it into a positioned SyntaxError. */
export class LiteralError {
  constructor(readonly message: string) {}
}

export interface DecodeWarnings {
  warn(message: string): void;
}

function codecError(body: string, start: number, end: number, reason: string): LiteralError {
  const pos = (i: number) => {
    let n = 0;
    for (let k = 0; k < i; k++) {
      const c = body.charCodeAt(k);
      if (c < 0x80) n++;
      else {
        n += 10;
        if (c >= 0xd800 && c < 0xdc00) k++;
      }
    }
    return n;
  };
  const a = pos(start);
  const b = pos(end) - 1;
  const where = a === b ? `byte 0x5c in position ${a}` : `bytes in position ${a}-${b}`;
  return new LiteralError(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}

function hexValue(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}

/** Decodes the escapes of a str literal's body (not raw). */
export function decodeStringEscapes(body: string, warnings: DecodeWarnings): StrValue {
  if (body.indexOf("\\") === -1) return body;
  let out = "";
  let surrogates = false;
  let i = 0;
  let firstInvalid: string | null = null;
  while (i < body.length) {
    const bs = body.indexOf("\\", i);
    if (bs === -1) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, bs);
    i = bs + 1;
    if (i >= body.length) throw codecError(body, bs, bs + 1, "\\ at end of string");
    const c = body[i]!;
    i++;
    switch (c) {
      case "\n":
        break;
      case "\\":
      case "'":
      case '"':
        out += c;
        break;
      case "a":
        out += "\x07";
        break;
      case "b":
        out += "\b";
        break;
      case "f":
        out += "\f";
        break;
      case "n":
        out += "\n";
        break;
      case "r":
        out += "\r";
        break;
      case "t":
        out += "\t";
        break;
      case "v":
        out += "\v";
        break;
      case "0":
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7": {
        let v = c.charCodeAt(0) - 48;
        let n = 1;
        while (n < 3 && i < body.length && body[i]! >= "0" && body[i]! <= "7") {
          v = v * 8 + body.charCodeAt(i) - 48;
          i++;
          n++;
        }
        if (v > 0o377 && firstInvalid === null)
          firstInvalid = `invalid octal escape sequence '\\${body.slice(bs + 1, i)}'`;
        out += String.fromCharCode(v);
        break;
      }
      case "x":
      case "u":
      case "U": {
        const count = c === "x" ? 2 : c === "u" ? 4 : 8;
        const v = hexValue(body, i, count);
        if (v < 0 || i + count > body.length) {
          let end = i;
          while (end < body.length && end < i + count && hexValue(body, end, 1) >= 0) end++;
          const name = c === "x" ? "\\xXX" : c === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
          throw codecError(body, bs, end, `truncated ${name} escape`);
        }
        if (v > 0x10ffff) throw codecError(body, bs, i + count, "illegal Unicode character");
        if (v >= 0xd800 && v < 0xe000) surrogates = true;
        out += String.fromCodePoint(v);
        i += count;
        break;
      }
      case "N": {
        if (body[i] !== "{") throw codecError(body, bs, i, "malformed \\N character escape");
        const close = body.indexOf("}", i + 1);
        if (close === -1 || close === i + 1) {
          throw codecError(
            body,
            bs,
            // An empty name ends the error at the '}' (CPython's cursor stops there).
            close === -1 ? body.length : close,
            "malformed \\N character escape",
          );
        }
        const name = body.slice(i + 1, close);
        const cp = lookupName(name);
        if (cp === undefined) throw codecError(body, bs, close + 1, "unknown Unicode character name");
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        if (firstInvalid === null) firstInvalid = `invalid escape sequence '\\${c}'`;
        out += "\\" + c;
    }
  }
  if (firstInvalid !== null) warnings.warn(firstInvalid);
  return surrogates ? new SurrogateStrConstant(decodeCodePoints(body)) : out;
}

/** The code points of a body whose escapes produced surrogates, one per escape. */
function decodeCodePoints(body: string): number[] {
  const out: number[] = [];
  const silent = { warn() {} };
  let i = 0;
  while (i < body.length) {
    const bs = body.indexOf("\\", i);
    const plainEnd = bs === -1 ? body.length : bs;
    for (const ch of body.slice(i, plainEnd)) out.push(ch.codePointAt(0)!);
    if (bs === -1) break;
    // Find the extent of this one escape by decoding growing prefixes.
    const c = body[bs + 1]!;
    let len = 2;
    if (c === "x") len = 4;
    else if (c === "u") len = 6;
    else if (c === "U") len = 10;
    else if (c === "N") len = body.indexOf("}", bs) + 1 - bs;
    else if (c >= "0" && c <= "7") {
      while (len < 4 && body[bs + len]! >= "0" && body[bs + len]! <= "7") len++;
    }
    if (c === "u" || c === "U") out.push(hexValue(body, bs + 2, len - 2));
    else
      for (const ch of decodeStringEscapes(body.slice(bs, bs + len), silent) as string)
        out.push(ch.codePointAt(0)!);
    i = bs + len;
  }
  return out;
}

/** Decodes a bytes literal's body; non-ASCII characters are an error. */
export function decodeBytes(body: string, raw: boolean, warnings: DecodeWarnings): Uint8Array {
  for (let k = 0; k < body.length; k++) {
    if (body.charCodeAt(k) >= 0x80) throw new LiteralError("bytes can only contain ASCII literal characters");
  }
  const out: number[] = [];
  let i = 0;
  let firstInvalid: string | null = null;
  while (i < body.length) {
    const c = body.charCodeAt(i);
    if (c !== 92 || raw) {
      out.push(c);
      i++;
      continue;
    }
    const e = body[i + 1];
    i += 2;
    if (e === undefined) throw new LiteralError("(value error) Trailing \\ in string");
    const simple: Record<string, number> = {
      "\\": 92,
      "'": 39,
      '"': 34,
      a: 7,
      b: 8,
      f: 12,
      n: 10,
      r: 13,
      t: 9,
      v: 11,
    };
    if (e === "\n") continue;
    if (e in simple) out.push(simple[e]!);
    else if (e >= "0" && e <= "7") {
      let v = e.charCodeAt(0) - 48;
      let n = 1;
      while (n < 3 && i < body.length && body[i]! >= "0" && body[i]! <= "7") {
        v = v * 8 + body.charCodeAt(i) - 48;
        i++;
        n++;
      }
      if (v > 0o377 && firstInvalid === null)
        firstInvalid = `invalid octal escape sequence '\\${body.slice(i - n, i)}'`;
      out.push(v & 0xff);
    } else if (e === "x") {
      const v = hexValue(body, i, 2);
      if (v < 0 || i + 2 > body.length) {
        throw new LiteralError(`(value error) invalid \\x escape at position ${i - 2}`);
      }
      out.push(v);
      i += 2;
    } else {
      if (firstInvalid === null) firstInvalid = `invalid escape sequence '\\${e}'`;
      out.push(92, e.charCodeAt(0));
    }
  }
  if (firstInvalid !== null) warnings.warn(firstInvalid);
  return Uint8Array.from(out);
}
