// Turns the bytes given to Parse into text, chunk by chunk: a multi-byte character split
// between two chunks waits for the rest. The encoding is the one given to ParserCreate, or
// found from a byte order mark or the XML declaration (as expat does, for the encodings it
// knows). A byte that cannot start or continue a character becomes U+FFFF, which no XML
// token accepts, so the parser reports "not well-formed (invalid token)" at its place.

export type EncodingKind = "utf-8" | "utf-16le" | "utf-16be" | "latin-1" | "ascii" | "table";

export const INVALID_CHAR = "\uffff";

/** Expat's own encodings by the names an XML declaration may give them. */
export function encodingKind(name: string): EncodingKind | null {
  switch (name.toLowerCase().replace(/_/g, "-")) {
    case "utf-8":
    case "utf8":
      return "utf-8";
    case "utf-16":
    case "utf16":
      return "utf-16le";
    case "utf-16le":
      return "utf-16le";
    case "utf-16be":
      return "utf-16be";
    case "iso-8859-1":
    case "iso8859-1":
    case "latin-1":
    case "latin1":
      return "latin-1";
    case "us-ascii":
    case "ascii":
      return "ascii";
    default:
      return null;
  }
}

export class Decoder {
  private pending: number[] = [];
  private broken = false;
  /** For "table": the character of each byte ("" for bytes that are not characters). */
  table: string[] | null = null;
  constructor(public kind: EncodingKind) {}

  /** Bytes of an unfinished character kept for the next chunk. */
  get partial(): boolean {
    return this.pending.length > 0;
  }

  /** UTF-16 with half a code unit left over. */
  get oddByte(): boolean {
    return this.pending.length === 1 && (this.kind === "utf-16le" || this.kind === "utf-16be");
  }

  decode(data: Uint8Array): string {
    if (this.broken) return "";
    switch (this.kind) {
      case "utf-8":
        return this.utf8(data);
      case "utf-16le":
      case "utf-16be":
        return this.utf16(data, this.kind === "utf-16le");
      default:
        return this.singleByte(data);
    }
  }

  private singleByte(data: Uint8Array): string {
    const out: string[] = [];
    for (let i = 0; i < data.length; i++) {
      const b = data[i]!;
      let c: string;
      if (this.kind === "latin-1") c = String.fromCharCode(b);
      else if (this.kind === "ascii") c = b < 0x80 ? String.fromCharCode(b) : "";
      else c = this.table![b] ?? "";
      if (c === "") {
        out.push(INVALID_CHAR);
        this.broken = true;
        break;
      }
      out.push(c);
    }
    return out.join("");
  }

  private utf16(data: Uint8Array, le: boolean): string {
    const bytes = this.pending.length ? [...this.pending, ...data] : data;
    const n = bytes.length & ~1;
    const units: number[] = [];
    for (let i = 0; i < n; i += 2)
      units.push(le ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    this.pending = n < bytes.length ? [bytes[n]!] : [];
    // A high surrogate at the end waits for its pair.
    if (units.length && units[units.length - 1]! >= 0xd800 && units[units.length - 1]! < 0xdc00) {
      const u = units.pop()!;
      this.pending = le ? [u & 0xff, u >> 8, ...this.pending] : [u >> 8, u & 0xff, ...this.pending];
    }
    let s = "";
    for (let i = 0; i < units.length; i += 4096) s += String.fromCharCode(...units.slice(i, i + 4096));
    return s;
  }

  private utf8(data: Uint8Array): string {
    const bytes = this.pending.length ? Uint8Array.from([...this.pending, ...data]) : data;
    this.pending = [];
    const out: number[] = [];
    let s = "";
    const flush = (): void => {
      s += String.fromCharCode(...out);
      out.length = 0;
    };
    let i = 0;
    while (i < bytes.length) {
      if (out.length > 4000) flush();
      const b = bytes[i]!;
      if (b < 0x80) {
        out.push(b);
        i++;
        continue;
      }
      let need: number, cp: number, min: number;
      if (b >= 0xc2 && b < 0xe0) [need, cp, min] = [1, b & 0x1f, 0x80];
      else if (b >= 0xe0 && b < 0xf0) [need, cp, min] = [2, b & 0x0f, 0x800];
      else if (b >= 0xf0 && b < 0xf5) [need, cp, min] = [3, b & 0x07, 0x10000];
      else {
        out.push(0xffff);
        this.broken = true;
        break;
      }
      let j = 1;
      for (; j <= need && i + j < bytes.length; j++) {
        const c = bytes[i + j]!;
        if ((c & 0xc0) !== 0x80) break;
        cp = (cp << 6) | (c & 0x3f);
      }
      if (j <= need && i + j >= bytes.length) {
        this.pending = Array.from(bytes.subarray(i));
        break;
      }
      if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) {
        out.push(0xffff);
        this.broken = true;
        break;
      }
      if (cp >= 0x10000) {
        cp -= 0x10000;
        out.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else out.push(cp);
      i += need + 1;
    }
    flush();
    return s;
  }
}

/** The number of bytes that the text `s[from, to)` took in the input. */
export function byteLength(kind: EncodingKind, s: string, from: number, to: number): number {
  switch (kind) {
    case "utf-8": {
      let n = 0;
      for (let i = from; i < to; i++) {
        const u = s.charCodeAt(i);
        if (u < 0x80) n++;
        else if (u < 0x800) n += 2;
        else if (u >= 0xd800 && u < 0xdc00) {
          n += 4;
          i++;
        } else n += 3;
      }
      return n;
    }
    case "utf-16le":
    case "utf-16be":
      return 2 * (to - from);
    default:
      return to - from;
  }
}
