// Source text: decoding bytes the way CPython does (BOM, PEP 263 coding cookie), newline
// translation, and the line table that turns character offsets into CPython's positions.
// AST columns count UTF-8 bytes; SyntaxError offsets count code points. Both are derived
// here from UTF-16 offsets into the decoded text, cheaply for ASCII lines.

import { PythonSyntaxError } from "./syntax_error.js";

export class SourceText {
  /** Character offset at which each line starts (line 1 is index 0). */
  readonly lineStarts: number[] = [0];
  private readonly asciiLine: (boolean | undefined)[] = [];

  /**
   * How CPython's parser (not its tokenizer) reports columns. It counts bytes, and turns
   * them into characters only when the tokenizer knows an encoding: always for text input,
   * for bytes only when there is a coding cookie or a BOM. It also reads an error's source
   * line back from the file, so with a BOM line 1 starts with U+FEFF (counted as 3 bytes).
   */
  parserColumns: "chars" | "bytes" = "chars";
  bom = false;
  /**
   * Whether the text holds bytes that are not valid UTF-8, each kept as one char
   * U+DC80..U+DCFF (see decodeUtf8Lazily). Such a byte counts as one byte in columns, and
   * lines that hold any are shown as CPython shows them, decoded with errors="replace".
   */
  escapedBytes = false;

  constructor(
    /** The decoded source, with `\r\n` and `\r` translated to `\n`. */
    readonly text: string,
    readonly filename: string,
  ) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The text of line `lineno` (1-based) including its newline, if it has one. */
  line(lineno: number): string {
    const start = this.lineStarts[lineno - 1];
    if (start === undefined) return "";
    const next = this.lineStarts[lineno];
    return this.text.slice(start, next ?? this.text.length);
  }

  /** The 1-based line that contains character offset `offset`. */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** UTF-8 byte column of `offset` within line `lineno`, as in AST col_offset. */
  byteCol(lineno: number, offset: number): number {
    const start = this.lineStarts[lineno - 1]!;
    if (this.isAsciiLine(lineno)) return offset - start;
    if (this.escapedBytes) return sourceBytes(this.text, start, offset).length;
    return utf8Length(this.text, start, offset);
  }

  /** Code point column of `offset` within line `lineno` (0-based). */
  charCol(lineno: number, offset: number): number {
    const start = this.lineStarts[lineno - 1]!;
    if (this.isAsciiLine(lineno)) return offset - start;
    if (this.escapedBytes && hasEscapedByte(this.text, start, offset)) {
      // CPython counts the characters of the line prefix decoded with errors="replace".
      return codePointCount(replaceDecode(sourceBytes(this.text, start, offset)));
    }
    let n = 0;
    for (let i = start; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < offset) {
        const d = this.text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) i++;
      }
      n++;
    }
    return n;
  }

  /** The text of line `lineno` as an error shows it: undecodable bytes are replaced. */
  displayLine(lineno: number): string {
    const line = this.line(lineno);
    if (!this.escapedBytes || !hasEscapedByte(line, 0, line.length)) return line;
    return replaceDecode(sourceBytes(line, 0, line.length));
  }

  /** The source line that a parser error shows. */
  parserErrorLine(lineno: number): string {
    const line = this.displayLine(lineno);
    return this.bom && lineno === 1 ? "\ufeff" + line : line;
  }

  /** The 1-based column a parser error reports for `offset` in line `lineno`. */
  parserColumn(lineno: number, offset: number): number {
    if (this.isAsciiLine(lineno) && !(this.bom && lineno === 1)) {
      return offset - this.lineStarts[lineno - 1]! + 1;
    }
    const bytes = this.byteCol(lineno, offset) + 1;
    if (this.parserColumns === "bytes") return bytes;
    // CPython decodes the first `bytes` bytes of the line it shows and counts characters;
    // a character cut short still counts (as U+FFFD).
    // With undecodable bytes the line shown holds U+FFFD for them while `bytes` counts
    // the raw bytes; CPython mixes the two the same way.
    const line = this.parserErrorLine(lineno);
    let n = 0;
    let b = 0;
    for (let i = 0; i < line.length && b < bytes; i++) {
      const c = line.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < line.length) {
        b += 4;
        i++;
      } else b += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      n++;
    }
    return b < bytes ? n + (bytes - b) : n;
  }

  private isAsciiLine(lineno: number): boolean {
    let known = this.asciiLine[lineno];
    if (known === undefined) {
      const start = this.lineStarts[lineno - 1]!;
      const end = this.lineStarts[lineno] ?? this.text.length;
      known = true;
      for (let i = start; i < end; i++) {
        if (this.text.charCodeAt(i) >= 0x80) {
          known = false;
          break;
        }
      }
      this.asciiLine[lineno] = known;
    }
    return known;
  }
}

export function utf8Length(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** CPython translates every `\r\n` and lone `\r` to `\n` before tokenizing. */
export function translateNewlines(text: string): string {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** CPython's tokenizer normalises a few names itself (`get_normal_name`); the result
 * decides the BOM check, so "utf8" with a BOM is an error while "utf-8" is not. */
function tokenizerNormalName(name: string): string {
  const lower = name.slice(0, 12).toLowerCase().replace(/_/g, "-") + name.slice(12);
  if (lower === "utf-8" || lower.startsWith("utf-8-")) return "utf-8";
  for (const latin of ["latin-1", "iso-8859-1", "iso-latin-1"]) {
    if (lower === latin || lower.startsWith(latin + "-")) return "iso-8859-1";
  }
  return name;
}

/** Python codec names (after `encodings.normalize_encoding`) mapped to a decoder:
 * "utf-8", "latin-1", "ascii", or a WHATWG TextDecoder label. */
const CODECS: Record<string, string> = {};
function addCodec(target: string, names: string): void {
  for (const n of names.split(" ")) CODECS[n] = target;
}
addCodec("utf-8", "utf_8 utf8 u8 utf cp65001 utf8_ucs2 utf8_ucs4");
addCodec(
  "latin-1",
  "latin_1 latin1 latin l1 iso8859_1 iso_8859_1 8859 cp819 ibm819 iso_ir_100 csisolatin1 iso_latin_1",
);
addCodec(
  "ascii",
  "ascii us_ascii 646 us ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6",
);
addCodec("windows-1252", "cp1252 windows_1252");
addCodec("windows-1251", "cp1251 windows_1251");
addCodec("windows-1250", "cp1250 windows_1250");
addCodec("iso-8859-15", "iso8859_15 iso_8859_15 latin9 l9");
addCodec("iso-8859-2", "iso8859_2 iso_8859_2 latin2 l2");
addCodec("iso-8859-5", "iso8859_5 iso_8859_5 cyrillic");
addCodec("iso-8859-7", "iso8859_7 iso_8859_7 greek greek8");
addCodec("koi8-r", "koi8_r");
addCodec("koi8-u", "koi8_u");
addCodec("euc-jp", "euc_jp eucjp ujis u_jis");
addCodec("shift_jis", "shift_jis sjis s_jis csshiftjis");
addCodec("gbk", "gbk 936 cp936 ms936");
addCodec("gb18030", "gb18030 gb18030_2000");
addCodec("big5", "big5 big5_tw csbig5");
addCodec("euc-kr", "euc_kr euckr korean ksc5601 ks_c_5601 ks_c_5601_1987 ksx1001 ks_x_1001");
addCodec("utf-16le", "utf_16_le utf_16le");
addCodec("utf-16be", "utf_16_be utf_16be");

function codecFor(name: string): string | undefined {
  const normal = name
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return CODECS[normal] ?? CODECS[normal.replace(/\./g, "_")];
}

/** Returns the source line a cookie may stand on (1 or 2) and its bytes, as latin-1 text. */
function firstLines(bytes: Uint8Array, from: number): string[] {
  const lines: string[] = [];
  let start = from;
  for (let i = from; i < bytes.length && lines.length < 2; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(latin1(bytes, start, i + 1));
      start = i + 1;
    }
  }
  if (lines.length < 2 && start < bytes.length) lines.push(latin1(bytes, start, bytes.length));
  return lines;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i += 8192) {
    s += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 8192)));
  }
  return s;
}

/** Finds the declared encoding, following PEP 263's rule that line 2 counts only after a
 * blank or comment-only line 1. */
function findCookie(lines: string[]): { encoding: string; line: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const m = COOKIE.exec(lines[i]!);
    if (m) return { encoding: m[1]!, line: i + 1 };
    if (!/^[ \t\f]*(#.*)?[\r\n]*$/.test(lines[i]!)) break;
  }
  return null;
}

export interface DecodedSource {
  text: string;
  /** Whether the tokenizer knows the encoding (a cookie or a BOM), see SourceText. */
  encodingKnown: boolean;
  bom: boolean;
  /** Whether undecodable bytes are kept in `text` (see decodeUtf8Lazily). */
  escapedBytes: boolean;
}

/** Decodes a source file's bytes as CPython does before tokenizing. */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  const { text, escapedBytes } = decodeSourceInfo(bytes, filename);
  return escapedBytes ? text.replace(/[\udc80-\udcff]/g, "\ufffd") : text;
}

/**
 * CPython's tokenizer, given bytes, translates them to UTF-8 up front only for a cookie
 * naming another encoding; a failure there is reported at "line 0". UTF-8 source (no
 * cookie, a BOM, or a cookie the tokenizer itself normalises to "utf-8") is not decoded
 * up front at all: a comment may hold any bytes, and bad bytes in an identifier or a
 * string are reported when that token is decoded.
 */
export function decodeSourceInfo(bytes: Uint8Array, filename: string): DecodedSource {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const cookie = findCookie(firstLines(bytes, bom ? 3 : 0));
  const body = bytes.subarray(bom ? 3 : 0);
  const encodingKnown = bom || cookie !== null;
  if (cookie) {
    const normalName = tokenizerNormalName(cookie.encoding);
    if (bom && normalName !== "utf-8")
      throw lineZeroError(filename, `encoding problem: ${normalName} with BOM`);
    if (normalName !== "utf-8") {
      return { text: translate(body, filename, cookie.encoding), encodingKnown, bom, escapedBytes: false };
    }
  }
  const { text, escaped } = decodeUtf8Lazily(body);
  return { text, encodingKnown, bom, escapedBytes: escaped };
}

/** The error `python3 FILE` gives for a script that is not UTF-8 and declares no encoding
 * (the tokenizer checks each line it reads from a file; compile() and imports report
 * such bytes as a "(unicode error)" instead), or null. */
export function scriptEncodingError(bytes: Uint8Array, filename: string): string | null {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const cookie = findCookie(firstLines(bytes, bom ? 3 : 0));
  if (cookie !== null) return scriptCookieError(bytes, filename, cookie.encoding, bom);
  if (bom) return null;
  const bad = firstUtf8Error(bytes, 0, bytes.length);
  if (bad === null) return null;
  let line = 1;
  for (let i = 0; i < bad.start; i++) if (bytes[i] === 0x0a) line++;
  const byte = bytes[bad.start]!.toString(16).padStart(2, "0");
  return (
    `Non-UTF-8 code starting with '\\x${byte}' in file ${filename} on line ${line}, ` +
    "but no encoding declared; see https://peps.python.org/pep-0263/ for details"
  );
}

/** Reading a script, the tokenizer reports any failure of a declared codec other than
 * UTF-8 (unknown, or the bytes do not decode) as "encoding problem", with no location. */
function scriptCookieError(
  bytes: Uint8Array,
  filename: string,
  encoding: string,
  bom: boolean,
): string | null {
  const normalName = tokenizerNormalName(encoding);
  if (normalName === "utf-8") return null;
  if (bom) return `encoding problem: ${normalName} with BOM`;
  try {
    translate(bytes, filename, encoding);
  } catch (e) {
    if (e instanceof PythonSyntaxError) return `encoding problem: ${normalName}`;
    throw e;
  }
  return null;
}

function lineZeroError(filename: string, msg: string): PythonSyntaxError {
  return new PythonSyntaxError("SyntaxError", msg, filename, 0, -1, null, null, null);
}

/** Python's codec registry for the encodings the parser does not know itself (cp437,
 * mac_roman...), set by the runtime: the text, `{ error }` with the decoder's message, or
 * undefined for an encoding the registry does not know either. */
export const registryDecoder: {
  decode: ((bytes: Uint8Array, encoding: string) => string | { error: string } | undefined) | null;
} = { decode: null };

/** Decodes the whole source with the cookie's codec (CPython's translate_into_utf8). */
function translate(body: Uint8Array, filename: string, encoding: string): string {
  const fail = (reason: string) => lineZeroError(filename, reason);
  const codec = codecFor(encoding);
  if (codec === undefined) {
    const decoded = registryDecoder.decode?.(body, encoding);
    if (decoded === undefined) throw fail(`unknown encoding: ${encoding}`);
    if (typeof decoded !== "string") throw fail(decoded.error);
    return decoded;
  }
  switch (codec) {
    case "utf-8": {
      const bad = firstUtf8Error(body, 0, body.length);
      if (bad)
        throw fail(`'utf-8' codec can't decode ${describeRange(body, bad.start, bad.end)}: ${bad.reason}`);
      return UTF8_FATAL.decode(body);
    }
    case "latin-1":
      return latin1(body, 0, body.length);
    case "ascii": {
      const bad = body.findIndex((b) => b >= 0x80);
      if (bad >= 0) {
        throw fail(
          `'ascii' codec can't decode ${describeRange(body, bad, bad + 1)}: ordinal not in range(128)`,
        );
      }
      return latin1(body, 0, body.length);
    }
    case "windows-1252":
      return decodeCp1252(body, fail);
  }
  try {
    return new TextDecoder(codec, { fatal: true }).decode(body);
  } catch {
    if (!SINGLE_BYTE.has(codec)) throw fail(`'${encoding}' codec can't decode the source`);
    // A charmap codec: each byte decodes alone, so the first that fails is the culprit.
    const decoder = new TextDecoder(codec, { fatal: true });
    let bad = 0;
    for (; bad < body.length; bad++) {
      try {
        decoder.decode(body.subarray(bad, bad + 1));
      } catch {
        break;
      }
    }
    throw fail(
      `'charmap' codec can't decode ${describeRange(body, bad, bad + 1)}: character maps to <undefined>`,
    );
  }
}

const SINGLE_BYTE = new Set([
  "windows-1250",
  "windows-1251",
  "iso-8859-15",
  "iso-8859-2",
  "iso-8859-5",
  "iso-8859-7",
  "koi8-r",
  "koi8-u",
]);

/** Python's cp1252 for 0x80..0x9f (0 where it is undefined); the rest is latin-1.
 * (Node's TextDecoder decodes "windows-1252" as latin-1.) */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

function decodeCp1252(body: Uint8Array, fail: (reason: string) => PythonSyntaxError): string {
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b < 0x80 || b >= 0xa0) {
      out += String.fromCharCode(b);
      continue;
    }
    const cp = CP1252_HIGH[b - 0x80]!;
    if (cp === 0) {
      throw fail(
        `'charmap' codec can't decode ${describeRange(body, i, i + 1)}: character maps to <undefined>`,
      );
    }
    out += String.fromCharCode(cp);
  }
  return out;
}

const UTF8_FATAL = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const UTF8_REPLACE = new TextDecoder("utf-8", { ignoreBOM: true });

/** An undecodable byte b is kept in the text as the lone surrogate U+DC00 + b (b >= 0x80),
 * as Python's "surrogateescape" does: valid UTF-8 never decodes to one. */
const ESCAPE_BASE = 0xdc00;

export function isEscapedByte(c: number): boolean {
  return c >= 0xdc80 && c <= 0xdcff;
}

export function hasEscapedByte(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isEscapedByte(text.charCodeAt(i))) return true;
  return false;
}

/** Decodes UTF-8, keeping undecodable bytes as escapes; valid input takes the fast path. */
export function decodeUtf8Lazily(bytes: Uint8Array): { text: string; escaped: boolean } {
  try {
    return { text: UTF8_FATAL.decode(bytes), escaped: false };
  } catch {
    // Fall through to the slow path.
  }
  let text = "";
  let from = 0;
  for (;;) {
    const bad = firstUtf8Error(bytes, from, bytes.length);
    if (!bad) break;
    text += UTF8_FATAL.decode(bytes.subarray(from, bad.start));
    for (let i = bad.start; i < bad.end; i++) text += String.fromCharCode(ESCAPE_BASE + bytes[i]!);
    from = bad.end;
  }
  text += UTF8_FATAL.decode(bytes.subarray(from));
  return { text, escaped: true };
}

/** The bytes that `text[from, to)` was decoded from (escaped bytes restored). */
export function sourceBytes(text: string, from: number, to: number): Uint8Array {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else if (isEscapedByte(c)) out.push(c - ESCAPE_BASE);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < to) {
      const cp = text.codePointAt(i)!;
      i++;
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    } else out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

/** bytes.decode("utf-8", "replace"). */
export function replaceDecode(bytes: Uint8Array): string {
  return UTF8_REPLACE.decode(bytes);
}

export function codePointCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/**
 * If `text[from, to)` holds undecodable bytes, the message CPython's UTF-8 decoder gives
 * for the first of them, positions counted from `from` in bytes:
 * "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
 */
export function utf8DecodeError(text: string, from: number, to: number): string | null {
  if (!hasEscapedByte(text, from, to)) return null;
  const bytes = sourceBytes(text, from, to);
  const bad = firstUtf8Error(bytes, 0, bytes.length);
  if (!bad) return null;
  return `'utf-8' codec can't decode ${describeRange(bytes, bad.start, bad.end)}: ${bad.reason}`;
}

/** UnicodeDecodeError's wording for the bytes [start, end). */
function describeRange(bytes: Uint8Array, start: number, end: number): string {
  if (end === start + 1) return `byte 0x${bytes[start]!.toString(16).padStart(2, "0")} in position ${start}`;
  return `bytes in position ${start}-${end - 1}`;
}

/** The first invalid UTF-8 sequence in bytes[from, to), with the range CPython's decoder
 * reports for it. */
function firstUtf8Error(
  b: Uint8Array,
  from: number,
  to: number,
): { start: number; end: number; reason: string } | null {
  let i = from;
  while (i < to) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return { start: i, end: i + 1, reason: "invalid start byte" };
    for (let k = 1; k <= need; k++) {
      if (i + k >= to) return { start: i, end: to, reason: "unexpected end of data" };
      const d = b[i + k]!;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (d < min || d > max) return { start: i, end: i + k, reason: "invalid continuation byte" };
    }
    i += need + 1;
  }
  return null;
}
