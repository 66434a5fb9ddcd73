// The line-oriented codecs of binascii: uuencode (one line of at most 45 bytes at a time)
// and quoted-printable (RFC 1521, with the `header` variant of RFC 1522). Both work on
// raw bytes and report malformed input through the `fail` callback so that the module
// can raise its own binascii.Error.

const SPACE = 0x20;
const BACKTICK = 0x60;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const EQUALS = 0x3d;
const UNDERSCORE = 0x5f;
const DOT = 0x2e;

/** The most bytes one uuencoded line can carry (its length fits in one character). */
export const UU_MAX_LINE = 45;

export function b2aUu(data: Uint8Array, backtick: boolean): Uint8Array {
  const out: number[] = [backtick && data.length === 0 ? BACKTICK : SPACE + data.length];
  const sextet = (v: number): number => (backtick && v === 0 ? BACKTICK : SPACE + v);
  // Each group of three bytes (zero-padded at the end) becomes four characters.
  for (let i = 0; i < data.length; i += 3) {
    const n = (data[i]! << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    out.push(sextet(n >> 18), sextet((n >> 12) & 63), sextet((n >> 6) & 63), sextet(n & 63));
  }
  out.push(LF);
  return Uint8Array.from(out);
}

/** Decodes one uuencoded line. A missing tail (spaces eaten at end of line) reads as zero
 * bits; an empty line reads its length from a NUL, as CPython does, giving 32 zero bytes. */
export function a2bUu(data: Uint8Array, fail: (msg: string) => never): Uint8Array {
  const size = ((data[0] ?? 0) - SPACE) & 63;
  const out = new Uint8Array(size);
  let pos = 1;
  let acc = 0;
  let bits = 0;
  for (let n = 0; n < size; pos++) {
    let c = pos < data.length ? data[pos]! : 0;
    if (c === LF || c === CR || pos >= data.length) c = 0;
    else if (c < SPACE || c > SPACE + 64) fail("Illegal char");
    else c = (c - SPACE) & 63;
    acc = (acc << 6) | c;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  for (; pos < data.length; pos++) {
    const c = data[pos]!;
    if (c !== SPACE && c !== SPACE + 64 && c !== LF && c !== CR) fail("Trailing garbage");
  }
  return out;
}

function hexValue(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

export function a2bQp(data: Uint8Array, header: boolean): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < data.length) {
    const c = data[i]!;
    if (c === UNDERSCORE && header) {
      out.push(SPACE);
      i++;
      continue;
    }
    if (c !== EQUALS) {
      out.push(c);
      i++;
      continue;
    }
    i++;
    if (i >= data.length) break;
    const next = data[i]!;
    if (next === LF || next === CR) {
      // A soft line break: everything up to the end of the line goes.
      while (i < data.length && data[i] !== LF) i++;
      if (i < data.length) i++;
    } else if (next === EQUALS) {
      out.push(EQUALS);
      i++;
    } else {
      const hi = i + 1 < data.length ? hexValue(next) : -1;
      const lo = hexValue(data[i + 1]);
      if (hi >= 0 && lo >= 0) {
        out.push((hi << 4) | lo);
        i += 2;
      } else {
        // Not an escape: keep the '=' and read what follows as ordinary data.
        out.push(EQUALS);
      }
    }
  }
  return Uint8Array.from(out);
}

const MAX_QP_LINE = 76;
const HEX_DIGITS = "0123456789ABCDEF";

export interface QpOptions {
  quotetabs: boolean;
  istext: boolean;
  header: boolean;
}

/** Whether byte `i` of `data` must be written as =XX (at output column `column`). */
function mustQuote(data: Uint8Array, i: number, column: number, o: QpOptions): boolean {
  const c = data[i]!;
  const last = i + 1 === data.length;
  if (c > 126 || c === EQUALS || (o.header && c === UNDERSCORE)) return true;
  // A lone '.' on a line means end-of-message to SMTP.
  if (c === DOT && column === 0) {
    const next = data[i + 1];
    if (last || next === LF || next === CR || next === 0) return true;
  }
  if (c === CR || c === LF) return !o.istext;
  if (c === TAB || c === SPACE) return last || o.quotetabs;
  return c < 33;
}

export function b2aQp(data: Uint8Array, o: QpOptions): Uint8Array {
  // The line ends written follow the first line end of the input.
  const firstLf = data.indexOf(LF);
  const crlf = firstLf > 0 && data[firstLf - 1] === CR;
  const out: number[] = [];
  const lineEnd = (): void => {
    if (crlf) out.push(CR);
    out.push(LF);
  };
  const softBreak = (): void => {
    out.push(EQUALS);
    lineEnd();
  };
  const quoted = (c: number): void => {
    out.push(EQUALS, HEX_DIGITS.charCodeAt(c >> 4), HEX_DIGITS.charCodeAt(c & 15));
  };
  let column = 0;
  let i = 0;
  while (i < data.length) {
    const c = data[i]!;
    if (mustQuote(data, i, column, o)) {
      if (column + 3 >= MAX_QP_LINE) {
        softBreak();
        column = 0;
      }
      quoted(c);
      column += 3;
      i++;
    } else if (o.istext && (c === LF || (c === CR && data[i + 1] === LF))) {
      // Whitespace before a line end would be stripped in transit, so quote it.
      const prev = out[out.length - 1];
      if (prev === SPACE || prev === TAB) {
        out.pop();
        quoted(prev);
      }
      lineEnd();
      column = 0;
      i += c === CR ? 2 : 1;
    } else {
      if (i + 1 !== data.length && data[i + 1] !== LF && column + 1 >= MAX_QP_LINE) {
        softBreak();
        column = 0;
      }
      column++;
      out.push(o.header && c === SPACE ? UNDERSCORE : c);
      i++;
    }
  }
  return Uint8Array.from(out);
}
