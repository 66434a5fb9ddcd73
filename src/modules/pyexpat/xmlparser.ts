// pyexpat.xmlparser: the Python face of the parser (CPython's Modules/pyexpat.c). It owns
// the handlers (plain settable attributes), turns bytes into text (Decoder, with the
// encoding found as expat finds it), buffers character data when buffer_text is set, and
// turns XmlErrors into ExpatError with CPython's "message: line L, column C" text.

import { None } from "../../objects/bootstrap.js";
import { isTrue } from "../../objects/abstract.js";
import { getAttr, getAttrOpt } from "../../objects/attributes.js";
import { bufferOf, newBytes } from "../../objects/bytes.js";
import { call } from "../../objects/call.js";
import { PyDict } from "../../objects/dict.js";
import { exceptionType, newException, typeError, valueError } from "../../objects/exceptions.js";
import { defineGetSets, defineMethods } from "../../objects/function.js";
import { intValue } from "../../objects/int.js";
import { PyList } from "../../objects/list.js";
import { typeName } from "../../objects/names.js";
import type { PyObject, PyObjectBase } from "../../objects/object.js";
import { isStr, jsString, strFromJS } from "../../objects/str.js";
import { PyTuple } from "../../objects/tuple.js";
import { moduleType, parseKw } from "../itertools_helpers.js";
import { byteLength, Decoder, encodingKind, type EncodingKind } from "./decoder.js";
import { errorString, XmlError, XmlErrorCode as E } from "./errors.js";
import { XmlCore, type ContentModel, type EntityDef, type XmlSink } from "./parser.js";
import { expatError } from "./expat_error.js";

export const HANDLER_NAMES = [
  "StartElementHandler",
  "EndElementHandler",
  "ProcessingInstructionHandler",
  "CharacterDataHandler",
  "UnparsedEntityDeclHandler",
  "NotationDeclHandler",
  "StartNamespaceDeclHandler",
  "EndNamespaceDeclHandler",
  "CommentHandler",
  "StartCdataSectionHandler",
  "EndCdataSectionHandler",
  "DefaultHandler",
  "DefaultHandlerExpand",
  "NotStandaloneHandler",
  "ExternalEntityRefHandler",
  "StartDoctypeDeclHandler",
  "EndDoctypeDeclHandler",
  "EntityDeclHandler",
  "XmlDeclHandler",
  "ElementDeclHandler",
  "AttlistDeclHandler",
  "SkippedEntityHandler",
] as const;
type HandlerName = (typeof HANDLER_NAMES)[number];

export const xmlparserType = moduleType("pyexpat", "xmlparser", undefined, false);

const enum State {
  Fresh,
  Parsing,
  Finished,
  Failed,
}

const READ_SIZE = 2048;

/** The ASCII characters an encoding unknown to expat must keep (those of its syntax). */
const XML_ASCII = /^[\t\n\r !"#%&'()*+,\-./0-9:;<=>?A-Z[\]_a-z|]$/;

export class PyXmlParser implements PyObjectBase, XmlSink {
  type = xmlparserType;
  handlers = new Map<HandlerName, PyObject>();
  bufferText = false;
  buffer: string[] = [];
  bufferUsed = 0;
  bufferSize = 8192;
  orderedAttributes = false;
  specifiedAttributes = false;
  namespacePrefixes = false;
  core: XmlCore;
  private state = State.Fresh;
  private failure: XmlError | null = null;
  private decoder: Decoder | null = null;
  private head: number[] = [];
  private fed = false;
  private inHandler = 0;

  constructor(
    readonly encoding: string | null,
    nsSep: string | null,
    public intern: PyObject,
  ) {
    this.core = new XmlCore(this, "utf-8", nsSep, () => this.namespacePrefixes);
  }

  // ---- calling handlers ----

  private handler(name: HandlerName): PyObject | undefined {
    return this.handlers.get(name);
  }

  private callHandler(h: PyObject, args: PyObject[]): PyObject {
    if (this.bufferUsed) this.flush();
    this.inHandler++;
    try {
      return call(h, args, null);
    } catch (e) {
      this.state = State.Finished;
      throw e;
    } finally {
      this.inHandler--;
    }
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const text = this.buffer.join("");
    this.buffer = [];
    this.bufferUsed = 0;
    const h = this.handler("CharacterDataHandler");
    if (h !== undefined) this.callHandler(h, [strFromJS(text)]);
  }

  private fire(name: HandlerName, args: () => PyObject[]): boolean {
    const h = this.handler(name);
    if (h === undefined) return false;
    this.callHandler(h, args());
    return true;
  }

  private name(s: string): PyObject {
    const v = strFromJS(s);
    if (!(this.intern instanceof PyDict)) return v;
    const old = this.intern.get(v);
    if (old !== undefined) return old;
    this.intern.set(v, v);
    return v;
  }

  private opt(s: string | null): PyObject {
    return s === null ? None : strFromJS(s);
  }

  // ---- XmlSink ----

  get expandInternalEntities(): boolean {
    return !this.handlers.has("DefaultHandler");
  }

  defaultText(raw: string): void {
    if (raw === "") return;
    const h = this.handler("DefaultHandler") ?? this.handler("DefaultHandlerExpand");
    if (h !== undefined) this.callHandler(h, [strFromJS(raw)]);
  }

  xmlDecl(version: string, encoding: string | null, standalone: number): boolean {
    return this.fire("XmlDeclHandler", () => [strFromJS(version), this.opt(encoding), standalone]);
  }

  startDoctype(name: string, systemId: string | null, publicId: string | null, internal: boolean): boolean {
    return this.fire("StartDoctypeDeclHandler", () => [
      this.name(name),
      this.opt(systemId),
      this.opt(publicId),
      internal ? 1 : 0,
    ]);
  }

  endDoctype(): boolean {
    return this.fire("EndDoctypeDeclHandler", () => []);
  }

  entityDecl(e: EntityDef): boolean {
    if (e.notation !== null && this.handlers.has("UnparsedEntityDeclHandler"))
      return this.fire("UnparsedEntityDeclHandler", () => [
        this.name(e.name),
        this.opt(e.base),
        this.opt(e.systemId),
        this.opt(e.publicId),
        this.name(e.notation!),
      ]);
    return this.fire("EntityDeclHandler", () => [
      this.name(e.name),
      e.isParam ? 1 : 0,
      this.opt(e.value),
      this.opt(e.base),
      this.opt(e.systemId),
      this.opt(e.publicId),
      e.notation === null ? None : this.name(e.notation),
    ]);
  }

  notationDecl(name: string, base: string | null, systemId: string | null, publicId: string | null): boolean {
    return this.fire("NotationDeclHandler", () => [
      this.name(name),
      this.opt(base),
      this.opt(systemId),
      this.opt(publicId),
    ]);
  }

  elementDecl(name: string, model: ContentModel): boolean {
    const conv = (m: ContentModel): PyObject =>
      new PyTuple([
        m.type,
        m.quant,
        m.name === null ? None : this.name(m.name),
        new PyTuple(m.children.map(conv)),
      ]);
    return this.fire("ElementDeclHandler", () => [this.name(name), conv(model)]);
  }

  attlistDecl(el: string, att: string, type: string, dflt: string | null, required: boolean): boolean {
    return this.fire("AttlistDeclHandler", () => [
      this.name(el),
      this.name(att),
      strFromJS(type),
      this.opt(dflt),
      required ? 1 : 0,
    ]);
  }

  startElement(name: string, attrs: string[], nSpecified: number): boolean {
    return this.fire("StartElementHandler", () => {
      const n = this.specifiedAttributes ? nSpecified : attrs.length;
      let a: PyObject;
      if (this.orderedAttributes) {
        const items: PyObject[] = [];
        for (let k = 0; k < n; k += 2) items.push(this.name(attrs[k]!), strFromJS(attrs[k + 1]!));
        a = new PyList(items);
      } else {
        const d = new PyDict();
        for (let k = 0; k < n; k += 2) d.set(this.name(attrs[k]!), strFromJS(attrs[k + 1]!));
        a = d;
      }
      return [this.name(name), a];
    });
  }

  endElement(name: string): boolean {
    return this.fire("EndElementHandler", () => [this.name(name)]);
  }

  characters(text: string): boolean {
    const h = this.handler("CharacterDataHandler");
    if (h === undefined) return false;
    if (!this.bufferText) {
      this.callHandler(h, [strFromJS(text)]);
      return true;
    }
    // expat hands pyexpat UTF-8, so the buffer's size and use are counted in its bytes
    const n = byteLength("utf-8", text, 0, text.length);
    if (this.bufferUsed + n > this.bufferSize) this.flush();
    if (n > this.bufferSize) this.callHandler(h, [strFromJS(text)]);
    else {
      this.buffer.push(text);
      this.bufferUsed += n;
    }
    return true;
  }

  processingInstruction(target: string, data: string): boolean {
    return this.fire("ProcessingInstructionHandler", () => [this.name(target), strFromJS(data)]);
  }

  comment(text: string): boolean {
    return this.fire("CommentHandler", () => [strFromJS(text)]);
  }

  startCdata(): boolean {
    return this.fire("StartCdataSectionHandler", () => []);
  }

  endCdata(): boolean {
    return this.fire("EndCdataSectionHandler", () => []);
  }

  startNamespace(prefix: string | null, uri: string | null): boolean {
    return this.fire("StartNamespaceDeclHandler", () => [
      prefix === null ? None : this.name(prefix),
      uri === null ? None : this.name(uri),
    ]);
  }

  endNamespace(prefix: string | null): boolean {
    return this.fire("EndNamespaceDeclHandler", () => [prefix === null ? None : this.name(prefix)]);
  }

  skippedEntity(name: string, isParam: boolean): boolean {
    return this.fire("SkippedEntityHandler", () => [this.name(name), isParam ? 1 : 0]);
  }

  externalEntityRef(
    context: string | null,
    base: string | null,
    systemId: string | null,
    publicId: string | null,
  ): boolean | null {
    const h = this.handler("ExternalEntityRefHandler");
    if (h === undefined) return null;
    const r = this.callHandler(h, [
      this.opt(context),
      this.opt(base),
      this.opt(systemId),
      this.opt(publicId),
    ]);
    return r === None ? false : isTrue(r);
  }

  notStandalone(): boolean | null {
    const h = this.handler("NotStandaloneHandler");
    if (h === undefined) return null;
    return isTrue(this.callHandler(h, []));
  }

  // ---- parsing ----

  parse(data: PyObject, isFinal: boolean): PyObject {
    if (this.state === State.Failed) this.raise(this.failure!);
    if (this.state === State.Finished) this.raise(new XmlError(E.FINISHED, this.core.evt));
    this.state = State.Parsing;
    let text: string;
    try {
      if (isStr(data)) {
        if (this.decoder === null) this.decoder = new Decoder("utf-8");
        text = jsString(data);
      } else {
        const bytes = bufferOf(data);
        if (bytes === undefined) throw typeError(`a bytes-like object is required, not '${typeName(data)}'`);
        text = this.decode(bytes, isFinal);
      }
      if (text.length) this.fed = true;
      if (isFinal && this.decoder?.partial) {
        if (this.decoder.oddByte) this.core.oddByteAtEnd = true;
        else this.core.partialAtEnd = true;
      }
      this.core.feed(text, isFinal);
    } catch (e) {
      if (e instanceof XmlError) {
        this.state = State.Failed;
        this.failure = e;
        this.raise(e);
      }
      throw e;
    }
    if (isFinal) this.state = State.Finished;
    this.flush();
    return 1;
  }

  private decode(bytes: Uint8Array, isFinal: boolean): string {
    if (this.decoder !== null) return this.decoder.decode(bytes);
    this.head.push(...bytes);
    const kind = this.detect(isFinal);
    if (kind === null) return "";
    const head = Uint8Array.from(this.head);
    this.head = [];
    return this.decoder!.decode(head.subarray(kind));
  }

  /** Chooses the decoder once enough bytes are in: returns how many BOM bytes to skip. */
  private detect(isFinal: boolean): number | null {
    const h = this.head;
    const proto = this.encoding;
    const init = proto === null ? null : encodingKind(proto);
    let kind: EncodingKind | null = null;
    let skip = 0;
    // Expat looks at the first bytes unless the encoding given is one it does not know.
    if (proto === null || init !== null) {
      const found = this.scan(isFinal, init);
      if (found === null) return null;
      [kind, skip] = found;
    }
    if (
      !isFinal &&
      h.length < 4 &&
      kind === null &&
      [0x3c, 0x3f, 0x78, 0x6d].slice(0, h.length).every((b, k) => b === h[k])
    )
      return null;
    let name = proto;
    let nameAt = 0;
    if (kind === null && name === null && h[0] === 0x3c && h[1] === 0x3f) {
      const end = h.indexOf(0x3e);
      if (end < 0 && !isFinal && h.length < 1024) return null;
      const decl = String.fromCharCode(...h.slice(0, end < 0 ? h.length : end));
      const m = /^<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(decl);
      if (m) [name, nameAt] = [m[1]!, m[0].length - 1 - m[1]!.length];
    }
    if (name !== null && kind === null) {
      const k = encodingKind(name);
      if (k === "utf-16le" && proto === null) kind = "utf-8";
      else kind = k ?? "table";
    }
    this.decoder = new Decoder(kind ?? "utf-8");
    this.core.enc = this.decoder.kind === "table" ? "latin-1" : this.decoder.kind;
    this.core.skipBOM(skip);
    if (this.decoder.kind === "table") {
      try {
        this.decoder.table = this.charTable(name!, nameAt);
      } catch (e) {
        // the error's position is in the XML declaration, which is ASCII
        if (e instanceof XmlError) this.core.doc = String.fromCharCode(...h.slice(0, 1024));
        throw e;
      }
    }
    return skip;
  }

  /** Expat's guess from the first bytes (its initScan): [encoding or null, BOM length], or
   * null while too few bytes are in. An external entity's parser (content) trusts the
   * encoding given in more cases, where the bytes could be text. */
  private scan(isFinal: boolean, init: EncodingKind | null): [EncodingKind | null, number] | null {
    const h = this.head;
    const content = this.core.externalEntity;
    const utf16 = init === "utf-16le" || init === "utf-16be";
    const [a, b] = [h[0], h[1]];
    if (h.length < 2) {
      if (a === undefined || ![0x00, 0x3c, 0xfe, 0xff, 0xef].includes(a)) return [null, 0];
      if (!isFinal) return null;
      // a well-formed document takes more than one byte
      this.fed = true;
      throw new XmlError(E.UNCLOSED_TOKEN, 0);
    }
    if (a === 0xfe && b === 0xff && !(content && init === "latin-1")) return ["utf-16be", 2];
    if (a === 0xff && b === 0xfe && !(content && init === "latin-1")) return ["utf-16le", 2];
    if (
      a === 0x3c &&
      b === 0 &&
      !(content && (init === "utf-16be" || /^utf-?16$/i.test(this.encoding ?? "")))
    )
      return ["utf-16le", 0];
    if (a === 0xef && b === 0xbb && !(content && (init === "latin-1" || utf16))) {
      if (h.length < 3) {
        if (!isFinal) return null;
        this.fed = true;
        throw new XmlError(E.UNCLOSED_TOKEN, 0);
      }
      if (h[2] === 0xbf) return ["utf-8", 3];
    }
    if (a === 0 && !(content && init === "utf-16le" && !/^utf-?16$/i.test(this.encoding ?? "")))
      return ["utf-16be", 0];
    if (b === 0 && !content) return ["utf-16le", 0];
    return [null, 0];
  }

  /** A single-byte encoding that expat does not know, through Python's codec (as pyexpat's
   * unknown-encoding handler does): the codec's own errors propagate, and expat refuses a
   * table that moves the ASCII characters XML's syntax is made of. */
  private charTable(name: string, at: number): string[] {
    const all = new Uint8Array(256).map((_, k) => k);
    const decoded = jsString(call(getAttr(newBytes(all), "decode"), [strFromJS(name), strFromJS("replace")]));
    const chars = [...decoded];
    if (chars.length !== 256) throw valueError("multi-byte encodings are not supported");
    for (let b = 0; b < 0x80; b++)
      if (XML_ASCII.test(String.fromCharCode(b)) && chars[b] !== String.fromCharCode(b))
        throw new XmlError(E.UNKNOWN_ENCODING, at);
    return chars.map((c) => (c === "\ufffd" ? "" : c));
  }

  parseFile(file: PyObject): PyObject {
    const read = getAttrOpt(file, "read");
    if (read === undefined) throw typeError("argument must have 'read' attribute");
    for (;;) {
      const data = call(read, [READ_SIZE], null);
      if (bufferOf(data) === undefined || isStr(data))
        throw typeError(`read() did not return a bytes object (type=${typeName(data)})`);
      const n = bufferOf(data)!.length;
      this.parse(data, n === 0);
      if (n === 0) return 1;
    }
  }

  private raise(e: XmlError): never {
    this.core.evt = e.offset;
    const [line, col] = this.position();
    const msg = `${errorString(e.code)}: line ${line}, column ${col}`;
    this.errorCode = e.code;
    const exc = newException(expatError(), strFromJS(msg));
    setExcAttr(exc, "code", e.code);
    setExcAttr(exc, "offset", col);
    setExcAttr(exc, "lineno", line);
    throw exc;
  }

  errorCode = 0;

  position(): [number, number, number] {
    const [line, col, byte] = this.core.position(this.core.evt);
    return [line, col, this.fed ? byte : -1];
  }

  inputContext(): PyObject {
    if (this.inHandler === 0) return None;
    const rest = this.core.doc.slice(this.core.evt);
    return newBytes(new TextEncoder().encode(rest));
  }
}

function setExcAttr(exc: PyObject, name: string, v: PyObject): void {
  call(getAttr(exc, "__setattr__"), [strFromJS(name), v], null);
}

function asParser(o: PyObject): PyXmlParser {
  if (o instanceof PyXmlParser) return o;
  throw typeError(`descriptor requires a 'pyexpat.xmlparser' object but received a '${typeName(o)}'`);
}

function intArg(v: PyObject, what: string): number {
  const n = intValue(v);
  if (n === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof n !== "number")
    throw newException(exceptionType("OverflowError"), strFromJS(`${what} too large`));
  return n;
}

defineMethods(xmlparserType, {
  Parse(self, args, kwnames) {
    const [data, isfinal] = parseKw("Parse", args, kwnames, ["data", "isfinal"], 1);
    return asParser(self).parse(data!, isfinal === undefined ? false : isTrue(isfinal));
  },
  ParseFile(self, args, kwnames) {
    const [file] = parseKw("ParseFile", args, kwnames, ["file"], 1);
    return asParser(self).parseFile(file!);
  },
  SetBase(self, args) {
    if (args.length !== 1 || !isStr(args[0]!)) throw typeError("SetBase() argument must be str");
    asParser(self).core.base = jsString(args[0]!);
    return None;
  },
  GetBase(self) {
    const b = asParser(self).core.base;
    return b === null ? None : strFromJS(b);
  },
  GetInputContext(self) {
    return asParser(self).inputContext();
  },
  SetParamEntityParsing(self, args) {
    const p = asParser(self);
    const flag = intArg(args[0]!, "flag");
    p.core.paramEntityParsing = flag;
    return flag >= 0 && flag <= 2 ? 1 : 0;
  },
  UseForeignDTD(self, args) {
    asParser(self).core.useForeignDTD = args.length === 0 ? true : isTrue(args[0]!);
    return None;
  },
  ExternalEntityParserCreate(self, args, kwnames) {
    const p = asParser(self);
    const [, encoding] = parseKw("ExternalEntityParserCreate", args, kwnames, ["context", "encoding"], 1);
    const enc = encoding === undefined || encoding === None ? null : jsString(encoding);
    const q = new PyXmlParser(enc, p.core.nsSep, p.intern);
    for (const [k, v] of p.handlers) q.handlers.set(k, v);
    q.bufferText = p.bufferText;
    q.bufferSize = p.bufferSize;
    q.orderedAttributes = p.orderedAttributes;
    q.specifiedAttributes = p.specifiedAttributes;
    q.namespacePrefixes = p.namespacePrefixes;
    q.core.entities = p.core.entities;
    q.core.base = p.core.base;
    q.core.externalEntity = true;
    return q;
  },
});

const boolFlag = (
  get: (p: PyXmlParser) => boolean,
  set: (p: PyXmlParser, v: boolean) => void,
): [(s: PyObject) => PyObject, (s: PyObject, v: PyObject | null) => void] => [
  (s) => get(asParser(s)),
  (s, v) => {
    if (v === null) throw typeError("cannot delete attribute");
    set(asParser(s), isTrue(v));
  },
];

const getsets: Record<string, [(s: PyObject) => PyObject, ((s: PyObject, v: PyObject | null) => void)?]> = {
  buffer_text: boolFlag(
    (p) => p.bufferText,
    (p, v) => {
      if (!v) p.flush();
      p.bufferText = v;
    },
  ),
  ordered_attributes: boolFlag(
    (p) => p.orderedAttributes,
    (p, v) => (p.orderedAttributes = v),
  ),
  specified_attributes: boolFlag(
    (p) => p.specifiedAttributes,
    (p, v) => (p.specifiedAttributes = v),
  ),
  namespace_prefixes: boolFlag(
    (p) => p.namespacePrefixes,
    (p, v) => (p.namespacePrefixes = v),
  ),
  buffer_size: [
    (s) => asParser(s).bufferSize,
    (s, v) => {
      if (v === null) throw typeError("cannot delete attribute");
      if (intValue(v) === undefined || typeof v === "boolean")
        throw typeError("buffer_size must be an integer");
      const n = intValue(v)!;
      if (typeof n !== "number" || n > 2147483647)
        throw valueError("buffer_size must not be greater than 2147483647");
      if (n <= 0) throw valueError("buffer_size must be greater than zero");
      const p = asParser(s);
      p.flush();
      p.bufferSize = n;
    },
  ],
  buffer_used: [(s) => asParser(s).bufferUsed],
  intern: [(s) => asParser(s).intern],
  ErrorCode: [(s) => asParser(s).errorCode],
  ErrorLineNumber: [(s) => asParser(s).position()[0]],
  ErrorColumnNumber: [(s) => asParser(s).position()[1]],
  ErrorByteIndex: [(s) => asParser(s).position()[2]],
  CurrentLineNumber: [(s) => asParser(s).position()[0]],
  CurrentColumnNumber: [(s) => asParser(s).position()[1]],
  CurrentByteIndex: [(s) => asParser(s).position()[2]],
};
for (const name of HANDLER_NAMES) {
  getsets[name] = [
    (s) => asParser(s).handlers.get(name) ?? None,
    (s, v) => {
      const p = asParser(s);
      if (name === "CharacterDataHandler") p.flush();
      if (v === null || v === None) p.handlers.delete(name);
      else p.handlers.set(name, v);
    },
  ];
}
defineGetSets(xmlparserType, getsets);
