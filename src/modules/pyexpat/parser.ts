// An XML 1.0 parser in the manner of expat: text arrives in chunks, and each call parses as
// many complete tokens as the text holds, reporting them to an XmlSink as it goes. A token
// cut off by the end of a chunk is parsed again from its start when more text arrives (the
// NEED_MORE throw unwinds to the token's start); character data is reported up to the end
// of the chunk, split at newlines and references as expat splits it.
//
// Positions: offsets index the document text (`doc`); line, column and byte index are
// counted lazily from a cursor that only moves forward. Inside an entity's replacement text
// every event and error is reported at the reference's offset, as expat does.
//
// The document type declaration is parsed as one token: its declarations are collected as
// actions and run once the whole declaration has been read.

import { codePointAt, isNameChar, isNameStart, isPubidChar, isSpace, isXmlChar } from "./chars.js";
import { byteLength, type EncodingKind } from "./decoder.js";
import { XmlError, XmlErrorCode as E } from "./errors.js";

export interface ContentModel {
  type: number;
  quant: number;
  name: string | null;
  children: ContentModel[];
}

export interface EntityDef {
  name: string;
  isParam: boolean;
  value: string | null;
  base: string | null;
  systemId: string | null;
  publicId: string | null;
  notation: string | null;
}

/** What the parser reports. A method returning false did not handle the event, and the
 * markup's text goes to `defaultText` (expat's default handler) instead. */
export interface XmlSink {
  readonly expandInternalEntities: boolean;
  xmlDecl(version: string, encoding: string | null, standalone: number): boolean;
  startDoctype(name: string, systemId: string | null, publicId: string | null, internal: boolean): boolean;
  endDoctype(): boolean;
  entityDecl(e: EntityDef): boolean;
  notationDecl(name: string, base: string | null, systemId: string | null, publicId: string | null): boolean;
  elementDecl(name: string, model: ContentModel): boolean;
  attlistDecl(el: string, att: string, type: string, dflt: string | null, required: boolean): boolean;
  startElement(name: string, attrs: string[], nSpecified: number): boolean;
  endElement(name: string): boolean;
  characters(text: string): boolean;
  processingInstruction(target: string, data: string): boolean;
  comment(text: string): boolean;
  startCdata(): boolean;
  endCdata(): boolean;
  startNamespace(prefix: string | null, uri: string | null): boolean;
  endNamespace(prefix: string | null): boolean;
  skippedEntity(name: string, isParam: boolean): boolean;
  /** null when no handler is set; otherwise whether the handler succeeded. */
  externalEntityRef(
    context: string | null,
    base: string | null,
    systemId: string | null,
    publicId: string | null,
  ): boolean | null;
  notStandalone(): boolean | null;
  defaultText(raw: string): void;
}

const NEED_MORE = { needMore: true };

const enum Phase {
  Prolog,
  Content,
  Epilog,
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/** The characters that may follow a name in the prolog (expat's prologTok). */
const PROLOG_NAME_END = " \t\r\n>),|[%+*?";

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };

interface OpenElement {
  qname: string;
  name: string;
  prefixes: (string | null)[];
  level: number;
}

interface AttDef {
  name: string;
  type: string;
  dflt: string | null;
}

/** A markup declaration's text in the pieces expat gives the default handler. */
function declPieces(raw: string): string[] {
  return raw.match(/<!\w+|\s+|"[^"]*"|'[^']*'|%[^;\s]*;|#?[^\s"'()|,?*+>%]+|\)[*?+]?|[^\s]/g) ?? [raw];
}

function pieces(sink: XmlSink, raw: string): boolean {
  for (const piece of declPieces(raw)) sink.defaultText(piece);
  return true;
}

/** The size of expat's buffer for text converted to UTF-8 (INIT_DATA_BUF_SIZE). */
const CONVERT_BUF = 1024;

/** `s` cut into pieces of at most `max` UTF-8 bytes, no character split. */
function utf8Pieces(s: string, max: number): string[] {
  const out: string[] = [];
  let from = 0;
  let n = 0;
  for (let i = 0; i < s.length;) {
    const u = s.charCodeAt(i);
    const pair = u >= 0xd800 && u < 0xdc00 && i + 1 < s.length;
    const len = u < 0x80 ? 1 : u < 0x800 ? 2 : pair ? 4 : 3;
    if (n + len > max) {
      out.push(s.slice(from, i));
      from = i;
      n = 0;
    }
    n += len;
    i += pair ? 2 : 1;
  }
  out.push(s.slice(from));
  return out;
}

function nl(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

export class XmlCore {
  /** The document text not yet discarded, and the parse position in it. */
  doc = "";
  /** The text being parsed (the document or an entity's replacement text) and the position. */
  private t = "";
  private p = 0;
  private final = false;
  private phase = Phase.Prolog;
  private inCdata = false;
  private inDoctype = false;
  /** The reference's document offset while parsing an entity's text, else -1. */
  private entityRef = -1;
  private openEntities: string[] = [];
  private stack: OpenElement[] = [];
  private sawDoctype = false;
  private startOfEntity = true;

  // DTD
  entities = new Map<string, EntityDef>();
  private paramEntities = new Map<string, EntityDef>();
  private attlists = new Map<string, AttDef[]>();
  hasExternalSubset = false;
  private hasParamRefs = false;
  private keepProcessing = true;
  standalone = -1;
  base: string | null = null;
  paramEntityParsing = 0;
  useForeignDTD = false;

  // namespaces
  private bindings = new Map<string, string[]>();

  /** Event position (a document offset) and the cursor the position is counted from. */
  evt = 0;
  private cur = { off: 0, line: 1, col: 0, byte: 0 };
  /** A character was cut off by the end of the input (reported as a partial character). */
  partialAtEnd = false;
  /** UTF-16 input ended with half a code unit: a token expat sees as unfinished. */
  oddByteAtEnd = false;
  /** The parser of an external entity: content with no single root element. */
  externalEntity = false;

  constructor(
    private sink: XmlSink,
    public enc: EncodingKind,
    readonly nsSep: string | null,
    readonly nsPrefixes: () => boolean,
  ) {}

  /** The byte order mark's bytes count in the byte index, and it counts as a column. */
  skipBOM(n: number): void {
    this.cur.byte = n;
    this.cur.col = n > 0 ? 1 : 0;
  }

  // ---- positions ----

  private advanceTo(off: number): void {
    const c = this.cur;
    if (off <= c.off) return;
    const s = this.doc;
    c.byte += byteLength(this.enc, s, c.off, off);
    for (let i = c.off; i < off; i++) {
      const u = s.charCodeAt(i);
      if (u === 10) {
        c.line++;
        c.col = 0;
      } else if (u === 13) {
        c.line++;
        c.col = 0;
        if (i + 1 < off && s.charCodeAt(i + 1) === 10) i++;
      } else if (u < 0xdc00 || u > 0xdfff) c.col++;
    }
    c.off = off;
  }

  /** [line, column, byte index] of a document offset at or after the last one asked. */
  position(off: number): [number, number, number] {
    this.advanceTo(off);
    return [this.cur.line, this.cur.col, this.cur.byte];
  }

  private at(o: number): number {
    return this.entityRef >= 0 ? this.entityRef : o;
  }

  private err(code: number, o: number): never {
    throw new XmlError(code, this.at(o));
  }

  private event(o: number): void {
    this.evt = this.at(o);
  }

  /** The token starting at `start` runs past the end of the text. */
  private need(start: number): never {
    if (!this.final) throw NEED_MORE;
    if (this.partialAtEnd) throw new XmlError(E.PARTIAL_CHAR, this.doc.length);
    if (this.inDoctype) throw new XmlError(E.NO_ELEMENTS, this.doc.length);
    this.err(E.UNCLOSED_TOKEN, start);
  }

  private ch(o: number, start: number): number {
    if (o >= this.t.length) this.need(start);
    return this.t.charCodeAt(o);
  }

  // ---- input ----

  /** Parses the text added to the document; `final` says no more will come. */
  feed(text: string, final: boolean): void {
    if (this.p > 65536 && this.t === this.doc) {
      this.advanceTo(this.p);
      this.doc = this.doc.slice(this.p);
      this.cur.off -= this.p;
      this.p = 0;
    }
    this.doc += text;
    this.t = this.doc;
    this.final = final;
    for (;;) {
      const start = this.p;
      try {
        if (!this.step()) break;
      } catch (e) {
        if (e === NEED_MORE) {
          this.p = start;
          break;
        }
        throw e;
      }
    }
    this.evt = this.p;
    if (final) this.atEnd();
  }

  private atEnd(): void {
    const end = this.doc.length;
    if (this.partialAtEnd) throw new XmlError(E.PARTIAL_CHAR, end);
    if (this.oddByteAtEnd) throw new XmlError(E.UNCLOSED_TOKEN, end);
    if (this.inCdata) throw new XmlError(E.UNCLOSED_CDATA_SECTION, end);
    if (this.externalEntity) {
      if (this.stack.length) throw new XmlError(E.NO_ELEMENTS, end);
      return;
    }
    if (this.phase !== Phase.Epilog) throw new XmlError(E.NO_ELEMENTS, end);
  }

  private step(): boolean {
    const t = this.t;
    const i = this.p;
    if (i >= t.length) return false;
    if (this.inCdata) {
      this.cdataStep(i);
      return true;
    }
    const c = t.charCodeAt(i);
    if (this.phase === Phase.Content || this.externalEntity) {
      this.startOfEntity = false;
      if (c === 0x3c) this.markup(i);
      else if (c === 0x26) this.reference(i);
      else this.charData(i);
      return true;
    }
    // prolog and epilog: white space, comments, PIs, the doctype, the root element
    if (isSpace(c)) {
      let j = i;
      while (j < t.length && isSpace(t.charCodeAt(j))) j++;
      if (j === t.length && !this.final) {
        // keep a trailing CR with its possible LF
      }
      this.event(i);
      this.sink.defaultText(t.slice(i, j));
      this.p = j;
      this.startOfEntity = false;
      return true;
    }
    if (c !== 0x3c) {
      if (c === 0x26) this.err(E.INVALID_TOKEN, i);
      if (isNameChar(codePointAt(t, i))) {
        // expat reads a name (or name token) first, and only a known character may end it
        let j = i;
        while (j < t.length && isNameChar(codePointAt(t, j))) j += codePointAt(t, j) > 0xffff ? 2 : 1;
        if (j === t.length && !this.final) {
          // a name cut off by the end of the input is junk at once after the root element
          if (this.phase === Phase.Epilog) this.err(E.JUNK_AFTER_DOC_ELEMENT, i);
          throw NEED_MORE;
        }
        if (j < t.length && !PROLOG_NAME_END.includes(t[j]!)) this.err(E.INVALID_TOKEN, j);
      }
      if (this.phase === Phase.Epilog) this.err(E.JUNK_AFTER_DOC_ELEMENT, i);
      if (!isXmlChar(codePointAt(t, i))) this.err(E.INVALID_TOKEN, i);
      this.err(E.SYNTAX, i);
    }
    const d = this.ch(i + 1, i);
    if (d === 0x3f) this.pi(i);
    else if (d === 0x21) {
      if (this.startsWith(i, "<!--")) this.comment(i);
      else if (this.phase === Phase.Prolog && !this.sawDoctype && this.startsWith(i, "<!DOCTYPE"))
        this.doctype(i);
      else if (this.phase === Phase.Epilog) this.err(E.JUNK_AFTER_DOC_ELEMENT, i);
      else this.err(E.SYNTAX, i);
    } else if (this.phase === Phase.Epilog) this.err(E.JUNK_AFTER_DOC_ELEMENT, i);
    else if (d === 0x2f) this.err(E.SYNTAX, i);
    else {
      // with no doctype, the root element is the last chance to read a foreign DTD
      if (this.useForeignDTD && !this.externalEntity) this.externalSubset(null, null, i);
      this.startTag(i);
    }
    this.startOfEntity = false;
    return true;
  }

  /** Whether the text at `i` starts with `s`; needs more text while it might. */
  private startsWith(i: number, s: string): boolean {
    const t = this.t;
    const n = Math.min(s.length, t.length - i);
    if (t.slice(i, i + n) !== s.slice(0, n)) return false;
    if (n < s.length) this.need(i);
    return true;
  }

  // ---- names and small pieces ----

  /** The end of the name at `o`, or `o` when no name starts there. */
  private nameEnd(o: number, start: number): number {
    const t = this.t;
    if (o >= t.length) this.need(start);
    let cp = codePointAt(t, o);
    if (!isNameStart(cp)) return o;
    o += cp > 0xffff ? 2 : 1;
    for (;;) {
      if (o >= t.length) this.need(start);
      cp = codePointAt(t, o);
      if (!isNameChar(cp)) return o;
      o += cp > 0xffff ? 2 : 1;
    }
  }

  private nmtokenEnd(o: number, start: number): number {
    const t = this.t;
    for (;;) {
      if (o >= t.length) this.need(start);
      const cp = codePointAt(t, o);
      if (!isNameChar(cp)) return o;
      o += cp > 0xffff ? 2 : 1;
    }
  }

  private skipS(o: number, start: number): number {
    while (isSpace(this.ch(o, start))) o++;
    return o;
  }

  private requireS(o: number, start: number): number {
    const e = this.skipS(o, start);
    if (e === o) this.err(E.SYNTAX, o);
    return e;
  }

  /** A quoted literal at `o` with no markup inside: [end, text]. */
  private literal(o: number, start: number): [number, string] {
    const q = this.ch(o, start);
    if (q !== 0x22 && q !== 0x27) this.err(E.SYNTAX, o);
    const e = this.t.indexOf(String.fromCharCode(q), o + 1);
    if (e < 0) this.need(start);
    const s = this.t.slice(o + 1, e);
    this.checkChars(s, o + 1);
    return [e + 1, nl(s)];
  }

  private checkChars(s: string, off: number): void {
    for (let k = 0; k < s.length; k++) {
      const cp = s.codePointAt(k)!;
      if (!isXmlChar(cp)) this.err(E.INVALID_TOKEN, off + k);
      if (cp > 0xffff) k++;
    }
  }

  // ---- content ----

  private markup(i: number): void {
    const d = this.ch(i + 1, i);
    if (d === 0x2f) this.endTag(i);
    else if (d === 0x3f) this.pi(i);
    else if (d === 0x21) {
      if (this.startsWith(i, "<!--")) this.comment(i);
      else if (this.startsWith(i, "<![CDATA[")) {
        this.event(i);
        if (!this.sink.startCdata()) this.sink.defaultText("<![CDATA[");
        this.inCdata = true;
        this.p = i + 9;
      } else this.err(E.INVALID_TOKEN, i + 2);
    } else this.startTag(i);
  }

  /** Reports the line end at `i` (CR, LF or CR LF; `c` its first code unit) as one "\n" of
   * character data, as expat normalises it, and moves past it; returns where it ends. */
  private lineEnd(i: number, c: number): number {
    const t = this.t;
    let j = i + 1;
    if (c === 13) {
      if (j >= t.length && !this.final) throw NEED_MORE;
      if (t.charCodeAt(j) === 10) j++;
    }
    this.data(i, "\n", t.slice(i, j));
    this.p = j;
    return j;
  }

  /** A run of character data up to markup, a reference or a line end. */
  private charData(i: number): void {
    const t = this.t;
    const c = t.charCodeAt(i);
    if (c === 10 || c === 13) {
      const j = this.lineEnd(i, c);
      // expat ends the document at a CR that ends the input, with the error at the CR
      if (c === 13 && j === t.length && j === i + 1 && this.t === this.doc && !this.externalEntity)
        this.err(E.NO_ELEMENTS, i);
      return;
    }
    let j = i;
    for (; j < t.length; j++) {
      const u = t.charCodeAt(j);
      if (u === 0x3c || u === 0x26 || u === 10 || u === 13) break;
      if (u === 0x5d && t.charCodeAt(j + 1) === 0x5d) {
        if (t.charCodeAt(j + 2) === 0x3e) {
          if (j > i) this.data(i, t.slice(i, j));
          this.err(E.INVALID_TOKEN, j + 2);
        }
        if (j + 2 >= t.length && !this.final) break;
      } else if (u === 0x5d && j + 1 >= t.length && !this.final) break;
      if (u < 0x20 || u >= 0xd800) {
        const last = this.textChar(i, j, u);
        if (last < 0) break;
        j = last;
      }
    }
    if (j === i) throw NEED_MORE;
    const s = t.slice(i, j);
    this.data(i, s);
    this.p = j;
  }

  /** Checks the character at `j` (code unit `u`, a control or surrogate) of the text run
   * from `i`: one XML forbids raises, after the text before it is reported, as expat does.
   * Returns the index of the character's last code unit, or -1 when the input ends inside
   * a surrogate pair and more must come. */
  private textChar(i: number, j: number, u: number): number {
    const t = this.t;
    const cp = t.codePointAt(j)!;
    if (!isXmlChar(cp)) {
      if (u >= 0xd800 && u < 0xdc00 && j + 1 >= t.length && !this.final) return -1;
      if (j > i) this.data(i, t.slice(i, j));
      this.err(E.INVALID_TOKEN, j);
    }
    return cp > 0xffff ? j + 1 : j;
  }

  private data(i: number, s: string, raw: string = s): void {
    this.event(i);
    if (this.enc !== "utf-8" && this.enc !== "ascii" && this.entityRef < 0 && s.length > CONVERT_BUF / 3) {
      // expat converts other encodings to UTF-8 through a buffer of CONVERT_BUF bytes and
      // reports each bufferful as it goes; the run here is plain text, so s === raw
      for (const piece of utf8Pieces(s, CONVERT_BUF))
        if (!this.sink.characters(piece)) this.sink.defaultText(piece);
      return;
    }
    if (!this.sink.characters(s)) this.sink.defaultText(raw);
  }

  private cdataStep(i: number): void {
    const t = this.t;
    if (t.startsWith("]]>", i)) {
      this.event(i);
      if (!this.sink.endCdata()) this.sink.defaultText("]]>");
      this.inCdata = false;
      this.p = i + 3;
      return;
    }
    const c = t.charCodeAt(i);
    if (c === 10 || c === 13) {
      this.lineEnd(i, c);
      return;
    }
    let j = i;
    for (; j < t.length; j++) {
      const u = t.charCodeAt(j);
      if (u === 10 || u === 13) break;
      if (u === 0x5d) {
        if (t.startsWith("]]>", j)) break;
        if (j + 2 >= t.length && !this.final && "]]>".startsWith(t.slice(j))) break;
      }
      if (u < 0x20 || u >= 0xd800) {
        const last = this.textChar(i, j, u);
        if (last < 0) break;
        j = last;
      }
    }
    if (j === i) throw NEED_MORE;
    this.data(i, t.slice(i, j));
    this.p = j;
  }

  private comment(i: number): void {
    const t = this.t;
    let j = i + 4;
    for (;;) {
      const k = t.indexOf("--", j);
      if (k < 0 || k + 2 >= t.length) this.need(i);
      if (t.charCodeAt(k + 2) !== 0x3e) this.err(E.INVALID_TOKEN, k + 2);
      j = k;
      break;
    }
    const text = t.slice(i + 4, j);
    this.checkChars(text, i + 4);
    this.p = j + 3;
    this.event(i);
    if (!this.sink.comment(nl(text))) this.sink.defaultText(t.slice(i, j + 3));
  }

  /** A processing instruction (or the XML declaration) at `i`: [end, target, data]. */
  private scanPI(i: number): [number, string, string] {
    const t = this.t;
    const ne = this.nameEnd(i + 2, i);
    if (ne === i + 2) this.err(E.INVALID_TOKEN, i + 2);
    const target = t.slice(i + 2, ne);
    const c = this.ch(ne, i);
    if (c === 0x3f) {
      if (this.ch(ne + 1, i) !== 0x3e) this.err(E.INVALID_TOKEN, ne + 1);
      return [ne + 2, target, ""];
    }
    if (!isSpace(c)) this.err(E.INVALID_TOKEN, ne);
    const dataStart = this.skipS(ne, i);
    const e = t.indexOf("?>", dataStart);
    if (e < 0) {
      this.checkChars(t.slice(dataStart), dataStart);
      this.need(i);
    }
    const data = t.slice(dataStart, e);
    this.checkChars(data, dataStart);
    return [e + 2, target, nl(data)];
  }

  private pi(i: number): void {
    const [end, target, data] = this.scanPI(i);
    if (target.toLowerCase() === "xml") {
      if (target === "xml" && i === 0 && this.startOfEntity && this.t === this.doc) {
        this.xmlDecl(i, end);
        return;
      }
      this.err(E.MISPLACED_XML_PI, i);
    }
    this.p = end;
    this.event(i);
    if (!this.sink.processingInstruction(target, data)) this.sink.defaultText(this.t.slice(i, end));
  }

  private xmlDecl(i: number, end: number): void {
    const t = this.t;
    const pseudo: [string, string, number][] = [];
    let o = i + 5;
    for (;;) {
      const s = o;
      o = this.skipS(o, i);
      if (t.startsWith("?>", o)) break;
      if (o === s) this.err(E.XML_DECL, o);
      const ne = this.nameEnd(o, i);
      const name = t.slice(o, ne);
      let k = this.skipS(ne, i);
      if (t.charCodeAt(k) !== 0x3d) this.err(E.XML_DECL, o);
      k = this.skipS(k + 1, i);
      const q = t.charCodeAt(k);
      if (q !== 0x22 && q !== 0x27) this.err(E.XML_DECL, o);
      const e = t.indexOf(String.fromCharCode(q), k + 1);
      if (e < 0 || e > end) this.err(E.XML_DECL, o);
      pseudo.push([name, t.slice(k + 1, e), o]);
      o = e + 1;
    }
    const order = ["version", "encoding", "standalone"];
    let last = -1;
    let version = "";
    let encoding: string | null = null;
    let standalone = -1;
    for (const [name, value, off] of pseudo) {
      const idx = order.indexOf(name);
      if (idx <= last || (last < 0 && idx !== 0)) this.err(E.XML_DECL, off);
      last = idx;
      if (name === "version") {
        if (!/^1\.[0-9]+$/.test(value)) this.err(E.XML_DECL, off);
        version = value;
      } else if (name === "encoding") {
        if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) this.err(E.XML_DECL, off);
        encoding = value;
      } else {
        if (value === "yes") standalone = 1;
        else if (value === "no") standalone = 0;
        else this.err(E.XML_DECL, off);
      }
    }
    if (last < 0) this.err(E.XML_DECL, i + 5);
    this.standalone = standalone;
    this.p = end;
    this.event(i);
    if (!this.sink.xmlDecl(version, encoding, standalone)) this.sink.defaultText(t.slice(i, end));
  }

  private startTag(i: number): void {
    const t = this.t;
    const ne = this.nameEnd(i + 1, i);
    if (ne === i + 1) this.err(E.INVALID_TOKEN, i + 1);
    const qname = t.slice(i + 1, ne);
    const raw: string[] = [];
    const rawPos: number[] = [];
    let o = ne;
    let empty = false;
    for (;;) {
      const s = o;
      o = this.skipS(o, i);
      const c = this.ch(o, i);
      if (c === 0x3e) break;
      if (c === 0x2f) {
        if (this.ch(o + 1, i) !== 0x3e) this.err(E.INVALID_TOKEN, o + 1);
        empty = true;
        o++;
        break;
      }
      if (o === s) this.err(E.INVALID_TOKEN, o);
      const ae = this.nameEnd(o, i);
      if (ae === o) this.err(E.INVALID_TOKEN, o);
      const aname = t.slice(o, ae);
      let k = this.skipS(ae, i);
      if (this.ch(k, i) !== 0x3d) this.err(E.INVALID_TOKEN, k);
      k = this.skipS(k + 1, i);
      const q = this.ch(k, i);
      if (q !== 0x22 && q !== 0x27) this.err(E.INVALID_TOKEN, k);
      const e = t.indexOf(String.fromCharCode(q), k + 1);
      if (e < 0) {
        const lt = t.indexOf("<", k + 1);
        if (lt >= 0) this.err(E.INVALID_TOKEN, lt);
        this.need(i);
      }
      const lt = t.indexOf("<", k + 1);
      if (lt >= 0 && lt < e) this.err(E.INVALID_TOKEN, lt);
      this.checkChars(t.slice(k + 1, e), k + 1);
      for (let r = 0; r < raw.length; r += 2) if (raw[r] === aname) this.err(E.DUPLICATE_ATTRIBUTE, o);
      raw.push(aname, this.attValue(t, k + 1, e, i));
      rawPos.push(o);
      o = e + 1;
    }
    this.p = o + 1;
    // Reading the whole tag first keeps a NEED_MORE from repeating events.
    const defs = this.attlists.get(qname);
    if (defs) {
      for (let r = 0; r < raw.length; r += 2) {
        const d = defs.find((a) => a.name === raw[r]);
        if (d && d.type !== "CDATA") raw[r + 1] = raw[r + 1]!.replace(/ +/g, " ").trim();
      }
    }
    const nSpecified = raw.length;
    if (defs)
      for (const d of defs)
        if (d.dflt !== null && !raw.some((n, r) => r % 2 === 0 && n === d.name)) raw.push(d.name, d.dflt);
    this.event(i);
    let name = qname;
    const prefixes: (string | null)[] = [];
    let attrs = raw;
    if (this.nsSep !== null) [name, attrs] = this.namespaces(i, qname, raw, rawPos, prefixes);
    const nSpec = this.nsSep === null ? nSpecified : attrs.length - (raw.length - nSpecified);
    if (this.phase === Phase.Prolog) this.phase = Phase.Content;
    const el: OpenElement = { qname, name, prefixes, level: this.openEntities.length };
    if (!this.sink.startElement(name, attrs, nSpec)) this.sink.defaultText(t.slice(i, o + 1));
    if (empty) {
      this.event(o + 1);
      this.closeElement(el, "");
    } else this.stack.push(el);
  }

  private closeElement(el: OpenElement, raw: string): void {
    if (!this.sink.endElement(el.name)) this.sink.defaultText(raw);
    for (let k = el.prefixes.length - 1; k >= 0; k--) {
      const pfx = el.prefixes[k]!;
      this.bindings.get(pfx ?? "")!.pop();
      this.sink.endNamespace(pfx);
    }
    if (this.stack.length === 0 && !this.externalEntity && this.openEntities.length === 0)
      this.phase = Phase.Epilog;
  }

  /** Expands an attribute value: references replaced, white space made spaces. */
  private attValue(t: string, from: number, to: number, tag: number): string {
    let out = "";
    for (let k = from; k < to; k++) {
      const c = t.charCodeAt(k);
      if (c === 0x26) {
        const semi = t.indexOf(";", k);
        if (semi < 0 || semi > to) this.err(E.INVALID_TOKEN, k + 1);
        const ref = t.slice(k + 1, semi);
        out += this.attRef(ref, k, tag);
        k = semi;
      } else if (c === 13) {
        out += " ";
        if (t.charCodeAt(k + 1) === 10 && k + 1 < to) k++;
      } else if (c === 10 || c === 9) out += " ";
      else out += t[k];
    }
    return out;
  }

  private attRef(ref: string, k: number, tag: number): string {
    if (ref.startsWith("#")) return this.charRef(ref, k);
    const pre = PREDEFINED[ref];
    if (pre !== undefined) return pre;
    if (!/^[^\s&;#]+$/.test(ref)) this.err(E.INVALID_TOKEN, k + 1);
    const ent = this.entities.get(ref);
    if (ent === undefined) {
      if ((this.hasExternalSubset || this.hasParamRefs) && this.standalone !== 1) return "";
      this.err(E.UNDEFINED_ENTITY, tag);
    }
    if (ent.notation !== null) this.err(E.BINARY_ENTITY_REF, tag);
    if (ent.value === null) this.err(E.ATTRIBUTE_EXTERNAL_ENTITY_REF, tag);
    if (this.openEntities.includes(ref)) this.err(E.RECURSIVE_ENTITY_REF, tag);
    if (ent.value.includes("<")) this.err(E.INVALID_TOKEN, tag);
    this.openEntities.push(ref);
    try {
      return this.attValue(ent.value, 0, ent.value.length, tag);
    } finally {
      this.openEntities.pop();
    }
  }

  /** The character of `&#...;` (ref is "#..."), checked to be an XML character. */
  private charRef(ref: string, k: number): string {
    const hex = ref[1] === "x";
    const digits = ref.slice(hex ? 2 : 1);
    const ok = hex ? /^[0-9a-fA-F]+$/.test(digits) : /^[0-9]+$/.test(digits);
    if (!ok) {
      let bad = k + (hex ? 3 : 2);
      for (const ch of digits) {
        if (!(hex ? /[0-9a-fA-F]/ : /[0-9]/).test(ch)) break;
        bad++;
      }
      this.err(E.INVALID_TOKEN, bad);
    }
    const v = parseInt(digits, hex ? 16 : 10);
    if (!isXmlChar(v) || digits.length > 8) this.err(E.BAD_CHAR_REF, k);
    return String.fromCodePoint(v);
  }

  private namespaces(
    i: number,
    qname: string,
    raw: string[],
    rawPos: number[],
    prefixes: (string | null)[],
  ): [string, string[]] {
    for (let r = 0; r < raw.length; r += 2) {
      const n = raw[r]!;
      let prefix: string | null;
      if (n === "xmlns") prefix = null;
      else if (n.startsWith("xmlns:")) prefix = n.slice(6);
      else continue;
      const uri = raw[r + 1]!;
      if (prefix === "xmlns") this.err(E.RESERVED_PREFIX_XMLNS, i);
      if (prefix === "xml" && uri !== XML_NS) this.err(E.RESERVED_PREFIX_XML, i);
      if (prefix !== "xml" && (uri === XML_NS || uri === XMLNS_NS)) this.err(E.RESERVED_NAMESPACE_URI, i);
      if (prefix !== null && uri === "") this.err(E.UNDECLARING_PREFIX, i);
      // expat (2.4.5 on) refuses a URI holding the separator unless a URI may hold it
      const sep = this.nsSep!;
      if (sep !== "" && uri.includes(sep) && !/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]$/.test(sep))
        this.err(E.SYNTAX, i);
      let b = this.bindings.get(prefix ?? "");
      if (b === undefined) this.bindings.set(prefix ?? "", (b = []));
      b.push(uri);
      prefixes.push(prefix);
      this.sink.startNamespace(prefix, uri === "" ? null : uri);
    }
    const name = this.expand(qname, true, i);
    const attrs: string[] = [];
    for (let r = 0; r < raw.length; r += 2) {
      const n = raw[r]!;
      if (n === "xmlns" || n.startsWith("xmlns:")) continue;
      const en = this.expand(n, false, i);
      for (let a = 0; a < attrs.length; a += 2)
        if (attrs[a] === en) this.err(E.DUPLICATE_ATTRIBUTE, rawPos[r / 2] ?? i);
      attrs.push(en, raw[r + 1]!);
    }
    return [name, attrs];
  }

  private lookup(prefix: string): string | undefined {
    if (prefix === "xml") {
      const b = this.bindings.get(prefix);
      return b && b.length ? b[b.length - 1] : XML_NS;
    }
    const b = this.bindings.get(prefix);
    return b && b.length ? b[b.length - 1] : undefined;
  }

  private expand(qname: string, isElement: boolean, tag: number): string {
    const colon = qname.indexOf(":");
    const sep = this.nsSep!;
    if (colon < 0) {
      if (!isElement) return qname;
      const uri = this.lookup("");
      return uri ? uri + sep + qname : qname;
    }
    const prefix = qname.slice(0, colon);
    const uri = this.lookup(prefix);
    if (uri === undefined || uri === "") this.err(E.UNBOUND_PREFIX, tag);
    const local = qname.slice(colon + 1);
    return this.nsPrefixes() ? uri + sep + local + sep + prefix : uri + sep + local;
  }

  private endTag(i: number): void {
    const t = this.t;
    const ne = this.nameEnd(i + 2, i);
    if (ne === i + 2) this.err(E.INVALID_TOKEN, i + 2);
    const o = this.skipS(ne, i);
    if (this.ch(o, i) !== 0x3e) this.err(E.INVALID_TOKEN, o);
    const qname = t.slice(i + 2, ne);
    const el = this.stack[this.stack.length - 1];
    if (el === undefined || el.qname !== qname) this.err(E.TAG_MISMATCH, i + 2);
    if (el.level !== this.openEntities.length) this.err(E.ASYNC_ENTITY, i);
    this.stack.pop();
    this.p = o + 1;
    this.event(i);
    this.closeElement(el, t.slice(i, o + 1));
  }

  private reference(i: number): void {
    const t = this.t;
    const d = this.ch(i + 1, i);
    if (d === 0x23) {
      const semi = t.indexOf(";", i);
      if (semi < 0) {
        const hex = t.charCodeAt(i + 2) === 0x78;
        for (let k = i + (hex ? 3 : 2); k < t.length; k++)
          if (!(hex ? /[0-9a-fA-F]/ : /[0-9]/).test(t[k]!)) this.err(E.INVALID_TOKEN, k);
        this.need(i);
      }
      const s = this.charRef(t.slice(i + 1, semi), i);
      this.p = semi + 1;
      this.data(i, s, t.slice(i, semi + 1));
      return;
    }
    const ne = this.nameEnd(i + 1, i);
    if (ne === i + 1) this.err(E.INVALID_TOKEN, i + 1);
    if (this.ch(ne, i) !== 0x3b) this.err(E.INVALID_TOKEN, ne);
    const name = t.slice(i + 1, ne);
    const raw = t.slice(i, ne + 1);
    this.p = ne + 1;
    const pre = PREDEFINED[name];
    if (pre !== undefined) {
      this.data(i, pre, raw);
      return;
    }
    this.event(i);
    const ent = this.entities.get(name);
    if (ent === undefined) {
      if ((this.hasExternalSubset || this.hasParamRefs) && this.standalone !== 1) {
        if (!this.sink.skippedEntity(name, false)) this.sink.defaultText(raw);
        return;
      }
      this.err(E.UNDEFINED_ENTITY, i);
    }
    if (ent.notation !== null) this.err(E.BINARY_ENTITY_REF, i);
    if (ent.value === null) {
      const ok = this.sink.externalEntityRef(name, ent.base, ent.systemId, ent.publicId);
      if (ok === null) this.sink.defaultText(raw);
      else if (!ok) this.err(E.EXTERNAL_ENTITY_HANDLING, i);
      return;
    }
    if (!this.sink.expandInternalEntities) {
      this.sink.defaultText(raw);
      return;
    }
    if (this.openEntities.includes(name)) this.err(E.RECURSIVE_ENTITY_REF, i);
    this.expandEntity(name, ent.value, i);
  }

  /** Parses an internal entity's replacement text as content in place of its reference. */
  private expandEntity(name: string, value: string, i: number): void {
    const saved = { t: this.t, p: this.p, final: this.final, ref: this.entityRef };
    const depth = this.stack.length;
    this.openEntities.push(name);
    if (this.entityRef < 0) this.entityRef = i;
    this.t = value;
    this.p = 0;
    this.final = true;
    try {
      while (this.step());
      if (this.inCdata || this.stack.length !== depth) this.err(E.ASYNC_ENTITY, 0);
    } finally {
      this.openEntities.pop();
      this.t = saved.t;
      this.p = saved.p;
      this.final = saved.final;
      this.entityRef = saved.ref;
    }
  }

  // ---- the document type declaration ----

  private doctype(i: number): void {
    const t = this.t;
    const acts: [number, () => void][] = [];
    this.inDoctype = true;
    try {
      let o = this.requireS(i + 9, i);
      const ne = this.nameEnd(o, i);
      if (ne === o) this.err(E.SYNTAX, o);
      const name = t.slice(o, ne);
      const pieces = ["<!DOCTYPE", t.slice(i + 9, o), name];
      o = ne;
      let s = this.skipS(o, i);
      let systemId: string | null = null;
      let publicId: string | null = null;
      if (s > o && (t.startsWith("SYSTEM", s) || t.startsWith("PUBLIC", s))) {
        pieces.push(t.slice(o, s));
        const ext = this.externalId(s, i, false);
        pieces.push(...ext.pieces);
        [systemId, publicId] = [ext.systemId, ext.publicId];
        o = ext.end;
        s = this.skipS(o, i);
        this.hasExternalSubset = true;
        // the document's own external subset wins over a foreign DTD
        this.useForeignDTD = false;
        const lit = o - ext.pieces[ext.pieces.length - 1]!.length;
        acts.push([
          lit,
          () => {
            // expat asks only when it will not read the subset itself
            if (this.standalone !== 1 && this.peParsing() === 0) this.notStandalone(lit);
          },
        ]);
      }
      if (s > o) pieces.push(t.slice(o, s));
      o = s;
      const c = this.ch(o, i);
      const internal = c === 0x5b;
      if (!internal && c !== 0x3e) this.err(E.SYNTAX, o);
      acts.push([
        o,
        () => {
          if (!this.sink.startDoctype(name, systemId, publicId, internal)) {
            for (const piece of pieces) this.sink.defaultText(piece);
            if (internal) this.sink.defaultText("[");
          }
        },
      ]);
      if (internal) {
        o = this.internalSubset(o + 1, i, acts);
        const s2 = this.skipS(o + 1, i);
        if (s2 > o + 1) acts.push([o, () => this.sink.defaultText(t.slice(o + 1, s2))]);
        if (this.ch(s2, i) !== 0x3e) this.err(E.SYNTAX, s2);
        o = s2;
      }
      const gt = o;
      const foreign = this.useForeignDTD;
      acts.push([
        gt,
        () => {
          if (systemId !== null || foreign) this.externalSubset(systemId, publicId, gt);
          if (!this.sink.endDoctype()) {
            if (internal) this.sink.defaultText("]");
            this.sink.defaultText(">");
          }
        },
      ]);
      this.p = gt + 1;
      this.inDoctype = false;
      this.sawDoctype = true;
      this.runActs(acts);
    } catch (e) {
      this.inDoctype = false;
      if (e instanceof XmlError) this.runActs(acts);
      throw e;
    }
  }

  private runActs(acts: [number, () => void][]): void {
    const list = acts.splice(0);
    for (const [o, act] of list) {
      this.event(o);
      act();
    }
  }

  /** SetParamEntityParsing's flag as expat applies it: UNLESS_STANDALONE is NEVER in a
   * standalone document. */
  private peParsing(): number {
    return this.paramEntityParsing === 1 && this.standalone === 1 ? 0 : this.paramEntityParsing;
  }

  private notStandalone(at: number): void {
    if (this.sink.notStandalone() === false) this.err(E.NOT_STANDALONE, at);
  }

  /** The external subset (or the foreign DTD, with null ids) is offered to the
   * ExternalEntityRefHandler when the doctype ends, or at the root element when there is
   * no doctype. A handler's success does not mean the subset was read (that would take a
   * parser for it), so what expat does for an unread one follows: a foreign DTD leaves no
   * trace, and undeclared entities stay errors. */
  private externalSubset(systemId: string | null, publicId: string | null, at: number): void {
    this.useForeignDTD = false;
    if (this.peParsing() !== 0) {
      this.event(at);
      const ok = this.sink.externalEntityRef(null, this.base, systemId, publicId);
      if (ok === false) this.err(E.EXTERNAL_ENTITY_HANDLING, at);
      if (ok !== null) return;
    }
    this.hasParamRefs = true;
  }

  private externalId(
    o: number,
    start: number,
    publicOnlyOk: boolean,
  ): { end: number; systemId: string | null; publicId: string | null; pieces: string[] } {
    const t = this.t;
    const kw = t.slice(o, o + 6);
    let p = this.requireS(o + 6, start);
    const pieces = [kw, t.slice(o + 6, p)];
    let publicId: string | null = null;
    if (kw === "PUBLIC") {
      const [e, lit] = this.literal(p, start);
      for (let k = 0; k < lit.length; k++) if (!isPubidChar(lit.charCodeAt(k))) this.err(E.PUBLICID, p);
      publicId = lit.replace(/[\s]+/g, " ").trim();
      pieces.push(t.slice(p, e));
      const s = this.skipS(e, start);
      const q = this.ch(s, start);
      if (publicOnlyOk && q !== 0x22 && q !== 0x27) return { end: e, systemId: null, publicId, pieces };
      if (s === e) this.err(E.SYNTAX, s);
      pieces.push(t.slice(e, s));
      p = s;
    }
    const [e, systemId] = this.literal(p, start);
    pieces.push(t.slice(p, e));
    return { end: e, systemId, publicId, pieces };
  }

  /** The declarations of the internal subset from `o` to its `]`, returned. */
  private internalSubset(o: number, start: number, acts: [number, () => void][]): number {
    const t = this.t;
    for (;;) {
      const s = this.skipS(o, start);
      const ws = t.slice(o, s);
      if (ws) acts.push([o, () => this.sink.defaultText(ws)]);
      o = s;
      const c = this.ch(o, start);
      if (c === 0x5d) {
        // expat gives the closing bracket to the default handler with the doctype's end
        acts.push([o, () => void 0]);
        return o;
      }
      let end: number;
      if (c === 0x25) {
        const ne = this.nameEnd(o + 1, start);
        if (ne === o + 1 || this.ch(ne, start) !== 0x3b) this.err(E.INVALID_TOKEN, ne);
        const name = t.slice(o + 1, ne);
        this.hasParamRefs = true;
        end = ne + 1;
        const raw = t.slice(o, end);
        const at = o;
        acts.push([at, () => this.paramEntityRef(name, raw, at)]);
      } else if (this.startsWith(o, "<!--")) {
        const k = t.indexOf("--", o + 4);
        if (k < 0 || k + 2 >= t.length) this.need(start);
        if (t.charCodeAt(k + 2) !== 0x3e) this.err(E.INVALID_TOKEN, k + 2);
        const text = nl(t.slice(o + 4, k));
        end = k + 3;
        const raw = t.slice(o, end);
        acts.push([o, () => this.sink.comment(text) || this.sink.defaultText(raw)]);
      } else if (this.startsWith(o, "<?")) {
        const [e, target, data] = this.scanPI(o);
        if (target.toLowerCase() === "xml") this.err(E.MISPLACED_XML_PI, o);
        end = e;
        const raw = t.slice(o, e);
        acts.push([o, () => this.sink.processingInstruction(target, data) || this.sink.defaultText(raw)]);
      } else if (this.startsWith(o, "<!ELEMENT")) end = this.elementDecl(o, start, acts);
      else if (this.startsWith(o, "<!ATTLIST")) end = this.attlistDecl(o, start, acts);
      else if (this.startsWith(o, "<!ENTITY")) end = this.entityDecl(o, start, acts);
      else if (this.startsWith(o, "<!NOTATION")) end = this.notationDecl(o, start, acts);
      else if (c === 0x3c) this.err(E.SYNTAX, o);
      else this.err(isXmlChar(codePointAt(t, o)) ? E.SYNTAX : E.INVALID_TOKEN, o);
      o = end;
    }
  }

  /** A parameter entity reference between declarations. Declarations after one that is
   * not read are skipped, except in a standalone document (expat's keepProcessing). */
  private paramEntityRef(name: string, raw: string, o: number): void {
    let handled = false;
    if (this.peParsing() === 0) {
      this.keepProcessing = this.standalone === 1;
      if (this.standalone !== 1) this.notStandalone(o);
    } else {
      const pe = this.paramEntities.get(name);
      if (pe === undefined) {
        if (this.standalone === 1) this.err(E.UNDEFINED_ENTITY, o);
        this.keepProcessing = false;
        handled = this.sink.skippedEntity(name, true);
      } else if (pe.value !== null) handled = true;
      else {
        const ok = this.sink.externalEntityRef(null, pe.base, pe.systemId, pe.publicId);
        if (ok === false) this.err(E.EXTERNAL_ENTITY_HANDLING, o);
        handled = ok !== null;
        this.keepProcessing = this.standalone === 1;
      }
    }
    if (!handled) this.sink.defaultText(raw);
  }

  private declEnd(o: number, start: number): number {
    o = this.skipS(o, start);
    if (this.ch(o, start) !== 0x3e) this.err(E.SYNTAX, o);
    return o + 1;
  }

  private elementDecl(o: number, start: number, acts: [number, () => void][]): number {
    const t = this.t;
    let p = this.requireS(o + 9, start);
    const ne = this.nameEnd(p, start);
    if (ne === p) this.err(E.SYNTAX, p);
    const name = t.slice(p, ne);
    p = this.requireS(ne, start);
    let model: ContentModel;
    if (t.startsWith("EMPTY", p)) [model, p] = [{ type: 1, quant: 0, name: null, children: [] }, p + 5];
    else if (t.startsWith("ANY", p)) [model, p] = [{ type: 2, quant: 0, name: null, children: [] }, p + 3];
    else if (this.ch(p, start) === 0x28) {
      const q = this.skipS(p + 1, start);
      if (this.startsWith(q, "#PCDATA")) [model, p] = this.mixed(q + 7, start);
      else [model, p] = this.group(p, start);
    } else this.err(E.SYNTAX, p);
    const end = this.declEnd(p, start);
    const raw = t.slice(o, end);
    acts.push([o, () => this.sink.elementDecl(name, model) || pieces(this.sink, raw)]);
    return end;
  }

  private mixed(p: number, start: number): [ContentModel, number] {
    const t = this.t;
    const children: ContentModel[] = [];
    for (;;) {
      p = this.skipS(p, start);
      const c = this.ch(p, start);
      if (c === 0x29) break;
      if (c !== 0x7c) this.err(E.SYNTAX, p);
      p = this.skipS(p + 1, start);
      const ne = this.nameEnd(p, start);
      if (ne === p) this.err(E.SYNTAX, p);
      children.push({ type: 4, quant: 0, name: t.slice(p, ne), children: [] });
      p = ne;
    }
    p++;
    let quant = 0;
    if (this.ch(p, start) === 0x2a) {
      quant = 2;
      p++;
    } else if (children.length) this.err(E.SYNTAX, p);
    return [{ type: 3, quant, name: null, children }, p];
  }

  private quant(p: number, start: number): [number, number] {
    const c = this.ch(p, start);
    if (c === 0x3f) return [1, p + 1];
    if (c === 0x2a) return [2, p + 1];
    if (c === 0x2b) return [3, p + 1];
    return [0, p];
  }

  /** A choice or sequence group at `p` (its "("). */
  private group(p: number, start: number): [ContentModel, number] {
    const children: ContentModel[] = [];
    let sep = 0;
    p = this.skipS(p + 1, start);
    for (;;) {
      let cp: ContentModel;
      if (this.ch(p, start) === 0x28) [cp, p] = this.group(p, start);
      else {
        const ne = this.nameEnd(p, start);
        if (ne === p) this.err(E.SYNTAX, p);
        const nm = this.t.slice(p, ne);
        let q: number;
        [q, p] = this.quant(ne, start);
        cp = { type: 4, quant: q, name: nm, children: [] };
      }
      children.push(cp);
      p = this.skipS(p, start);
      const c = this.ch(p, start);
      if (c === 0x29) break;
      if ((c !== 0x7c && c !== 0x2c) || (sep !== 0 && c !== sep)) this.err(E.SYNTAX, p);
      sep = c;
      p = this.skipS(p + 1, start);
    }
    const [quant, e] = this.quant(p + 1, start);
    return [{ type: sep === 0x7c ? 5 : 6, quant, name: null, children }, e];
  }

  private attlistDecl(o: number, start: number, acts: [number, () => void][]): number {
    const t = this.t;
    let p = this.requireS(o + 9, start);
    const ne = this.nameEnd(p, start);
    if (ne === p) this.err(E.SYNTAX, p);
    const el = t.slice(p, ne);
    p = ne;
    const decls: [string, string, string | null, boolean][] = [];
    for (;;) {
      const s = this.skipS(p, start);
      if (this.ch(s, start) === 0x3e) {
        p = s + 1;
        break;
      }
      if (s === p) this.err(E.SYNTAX, s);
      const ae = this.nameEnd(s, start);
      if (ae === s) this.err(E.SYNTAX, s);
      const att = t.slice(s, ae);
      p = this.requireS(ae, start);
      let type: string;
      if (this.ch(p, start) === 0x28) [type, p] = this.enumeration(p, start, "");
      else {
        const te = this.nameEnd(p, start);
        type = t.slice(p, te);
        if (type === "NOTATION") [type, p] = this.enumeration(this.requireS(te, start), start, "NOTATION");
        else if (
          ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"].includes(type)
        )
          p = te;
        else this.err(E.SYNTAX, p);
      }
      p = this.requireS(p, start);
      let dflt: string | null = null;
      let required = false;
      if (t.startsWith("#REQUIRED", p)) [required, p] = [true, p + 9];
      else if (t.startsWith("#IMPLIED", p)) p += 8;
      else {
        if (this.startsWith(p, "#FIXED")) [required, p] = [true, this.requireS(p + 6, start)];
        const q = this.ch(p, start);
        if (q !== 0x22 && q !== 0x27) this.err(E.SYNTAX, p);
        const e = t.indexOf(String.fromCharCode(q), p + 1);
        if (e < 0) this.need(start);
        const lt = t.indexOf("<", p + 1);
        if (lt >= 0 && lt < e) this.err(E.INVALID_TOKEN, lt);
        dflt = this.attValue(t, p + 1, e, p);
        if (type !== "CDATA") dflt = dflt.replace(/ +/g, " ").trim();
        p = e + 1;
      }
      decls.push([att, type, dflt, required]);
    }
    const raw = t.slice(o, p);
    acts.push([
      o,
      () => {
        if (!this.keepProcessing) {
          pieces(this.sink, raw);
          return;
        }
        let defs = this.attlists.get(el);
        if (defs === undefined) this.attlists.set(el, (defs = []));
        let handled = true;
        for (const [att, type, dflt, required] of decls) {
          if (!defs.some((d) => d.name === att)) defs.push({ name: att, type, dflt });
          handled = this.sink.attlistDecl(el, att, type, dflt, required) && handled;
        }
        if (!handled) pieces(this.sink, raw);
      },
    ]);
    return p;
  }

  private enumeration(p: number, start: number, prefix: string): [string, number] {
    if (this.ch(p, start) !== 0x28) this.err(E.SYNTAX, p);
    const names: string[] = [];
    p++;
    for (;;) {
      p = this.skipS(p, start);
      const ne = prefix ? this.nameEnd(p, start) : this.nmtokenEnd(p, start);
      if (ne === p) this.err(E.SYNTAX, p);
      names.push(this.t.slice(p, ne));
      p = this.skipS(ne, start);
      const c = this.ch(p, start);
      if (c === 0x29) break;
      if (c !== 0x7c) this.err(E.SYNTAX, p);
      p++;
    }
    return [`${prefix}(${names.join("|")})`, p + 1];
  }

  private entityDecl(o: number, start: number, acts: [number, () => void][]): number {
    const t = this.t;
    let p = this.requireS(o + 8, start);
    let isParam = false;
    if (this.ch(p, start) === 0x25) {
      isParam = true;
      p = this.requireS(p + 1, start);
    }
    const ne = this.nameEnd(p, start);
    if (ne === p) this.err(E.SYNTAX, p);
    const name = t.slice(p, ne);
    p = this.requireS(ne, start);
    const def: EntityDef = {
      name,
      isParam,
      value: null,
      base: this.base,
      systemId: null,
      publicId: null,
      notation: null,
    };
    const q = this.ch(p, start);
    if (q === 0x22 || q === 0x27) {
      const e = t.indexOf(String.fromCharCode(q), p + 1);
      if (e < 0) this.need(start);
      def.value = this.entityValue(t.slice(p + 1, e), p + 1);
      p = e + 1;
    } else if (t.startsWith("SYSTEM", p) || t.startsWith("PUBLIC", p)) {
      const ext = this.externalId(p, start, false);
      [def.systemId, def.publicId, p] = [ext.systemId, ext.publicId, ext.end];
      const s = this.skipS(p, start);
      if (!isParam && s > p && this.startsWith(s, "NDATA")) {
        const n0 = this.requireS(s + 5, start);
        const n1 = this.nameEnd(n0, start);
        if (n1 === n0) this.err(E.SYNTAX, n0);
        def.notation = t.slice(n0, n1);
        p = n1;
      }
    } else this.err(E.SYNTAX, p);
    const end = this.declEnd(p, start);
    const raw = t.slice(o, end);
    acts.push([
      o,
      () => {
        if (!this.keepProcessing) {
          pieces(this.sink, raw);
          return;
        }
        const table = isParam ? this.paramEntities : this.entities;
        if (!table.has(name)) table.set(name, def);
        if (!this.sink.entityDecl(def)) pieces(this.sink, raw);
      },
    ]);
    return end;
  }

  /** An entity value literal's text: character references replaced, the rest kept. */
  private entityValue(s: string, off: number): string {
    this.checkChars(s, off);
    let out = "";
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c === 0x26) {
        const semi = s.indexOf(";", k);
        if (semi < 0) this.err(E.INVALID_TOKEN, off + k);
        const ref = s.slice(k + 1, semi);
        if (ref.startsWith("#")) out += this.charRef(ref, off + k);
        else {
          if (!/^[^\s&;#%<]+$/.test(ref)) this.err(E.INVALID_TOKEN, off + k + 1);
          out += s.slice(k, semi + 1);
        }
        k = semi;
      } else if (c === 0x25) this.err(E.PARAM_ENTITY_REF, off + k);
      else if (c === 13) {
        out += "\n";
        if (s.charCodeAt(k + 1) === 10) k++;
      } else out += s[k];
    }
    return out;
  }

  private notationDecl(o: number, start: number, acts: [number, () => void][]): number {
    const t = this.t;
    let p = this.requireS(o + 10, start);
    const ne = this.nameEnd(p, start);
    if (ne === p) this.err(E.SYNTAX, p);
    const name = t.slice(p, ne);
    p = this.requireS(ne, start);
    if (!t.startsWith("SYSTEM", p) && !t.startsWith("PUBLIC", p)) this.err(E.SYNTAX, p);
    const ext = this.externalId(p, start, true);
    const end = this.declEnd(ext.end, start);
    const raw = t.slice(o, end);
    const base = this.base;
    acts.push([
      o,
      () => this.sink.notationDecl(name, base, ext.systemId, ext.publicId) || pieces(this.sink, raw),
    ]);
    return end;
  }
}
