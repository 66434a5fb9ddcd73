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
    return utf8Length(this.text, start, offset);
  }

  /** Code point column of `offset` within line `lineno` (0-based). */
  charCol(lineno: number, offset: number): number {
    const start = this.lineStarts[lineno - 1]!;
    if (this.isAsciiLine(lineno)) return offset - start;
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

  /** The source line that a parser error shows. */
  parserErrorLine(lineno: number): string {
    const line = this.line(lineno);
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

function syntaxError(filename: string, msg: string, lineno: number, text: string | null): PythonSyntaxError {
  return new PythonSyntaxError("SyntaxError", msg, filename, lineno, text === null ? 0 : 1, text, lineno, -1);
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
}

/** Decodes a source file's bytes as CPython does before tokenizing. */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  return decodeSourceInfo(bytes, filename).text;
}

export function decodeSourceInfo(bytes: Uint8Array, filename: string): DecodedSource {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const cookie = findCookie(firstLines(bytes, bom ? 3 : 0));
  const text = decodeBody(bytes, filename, bom, cookie);
  return { text, encodingKnown: bom || cookie !== null, bom };
}

function decodeBody(
  bytes: Uint8Array,
  filename: string,
  bom: boolean,
  cookie: { encoding: string; line: number } | null,
): string {
  const from = bom ? 3 : 0;
  const body = bytes.subarray(from);
  if (!cookie) return decodeUtf8(body, filename);
  const normalName = tokenizerNormalName(cookie.encoding);
  if (bom && normalName !== "utf-8")
    throw syntaxError(filename, `encoding problem: ${normalName} with BOM`, 0, null);
  const codec = codecFor(cookie.encoding);
  if (codec === undefined) throw syntaxError(filename, `unknown encoding: ${cookie.encoding}`, 0, null);
  if (codec === "utf-8") return decodeUtf8(body, filename);
  if (codec === "latin-1") return latin1(body, 0, body.length);
  if (codec === "ascii") {
    const bad = body.findIndex((b) => b >= 0x80);
    if (bad >= 0) {
      return decodeFailure(
        filename,
        body,
        bad,
        `'ascii' codec can't decode byte 0x${body[bad]!.toString(16)} in position ${bad}: ordinal not in range(128)`,
      );
    }
    return latin1(body, 0, body.length);
  }
  try {
    return new TextDecoder(codec, { fatal: true }).decode(body);
  } catch {
    throw syntaxError(filename, `unknown encoding: ${cookie.encoding}`, 0, null);
  }
}

function decodeUtf8(bytes: Uint8Array, filename: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return decodeFailure(filename, bytes, bad.position, `'utf-8' codec can't decode ${bad.reason}`);
  }
}

/** Raises CPython's "(unicode error)" SyntaxError for undecodable source bytes. */
function decodeFailure(filename: string, bytes: Uint8Array, position: number, reason: string): never {
  let lineStart = position;
  while (lineStart > 0 && bytes[lineStart - 1] !== 0x0a) lineStart--;
  let lineno = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) lineno++;
  let lineEnd = position;
  while (lineEnd < bytes.length && bytes[lineEnd] !== 0x0a) lineEnd++;
  const text = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, lineEnd)) + "\n";
  throw new PythonSyntaxError(
    "SyntaxError",
    `(unicode error) ${reason}`,
    filename,
    lineno,
    1,
    text,
    lineno,
    -1,
  );
}

/** Locates the first invalid UTF-8 sequence and describes it in CPython's words. */
function firstInvalidUtf8(b: Uint8Array): { position: number; reason: string } {
  const hex = (x: number) => "0x" + x.toString(16).padStart(2, "0");
  let i = 0;
  while (i < b.length) {
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
    } else return { position: i, reason: `byte ${hex(c)} in position ${i}: invalid start byte` };
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined) {
        return {
          position: i,
          reason: `bytes in position ${i}-${b.length - 1}: unexpected end of data`,
        };
      }
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (d < min || d > max) {
        if (k === 1)
          return { position: i, reason: `byte ${hex(c)} in position ${i}: invalid continuation byte` };
        return {
          position: i,
          reason: `bytes in position ${i}-${i + k - 1}: invalid continuation byte`,
        };
      }
    }
    i += need + 1;
  }
  return { position: 0, reason: "data" };
}
