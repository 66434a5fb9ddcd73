// `_io.StringIO` (CPython's Modules/_io/stringio.c): a text stream over an in-memory
// string, with TextIOWrapper's newline modes. newline=None translates "\r\n" and "\r" to
// "\n" as text is written and records which kinds it saw; "" records without
// translating; "\r" and "\r\n" replace each written "\n". Reading splits lines on what
// the mode calls a line end.

import { None } from "../../objects/bootstrap.js";
import { callMethod } from "../../objects/attributes.js";
import {
  exceptionType,
  newException,
  StopIteration_,
  typeError,
  valueError,
} from "../../objects/exceptions.js";
import { defineGetSets, defineMethods } from "../../objects/function.js";
import { defineNew } from "../../objects/iterators.js";
import {
  newAttributeDict,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
} from "../../objects/object.js";
import { typeName } from "../../objects/names.js";
import { reprJS } from "../../objects/abstract.js";
import { PyTuple } from "../../objects/tuple.js";
import { charsOf, strFromText, strText, type Text } from "../../objects/str.js";
import { clinicKwArgs, intArg, noArgs, oneArg, ssizeArg } from "../../objects/str_args.js";
import type { PyType } from "../../objects/type.js";
import { ioType, optionalSize, positional, restoreDict, stateDict } from "./memory_streams.js";

function osError(message: string): PyObject {
  return newException(exceptionType("OSError"), message);
}

const CR = 13;
const LF = 10;
const SEEN_CR = 1;
const SEEN_LF = 2;
const SEEN_CRLF = 4;

/** The stream's text: a JS string while every code point is one UTF-16 unit, an array of
 * code points once one is not. Appends to the JS string are collected in `tail` and joined
 * when the text is next read: concatenating each one made a rope with a node per write,
 * which, being live, the young-generation collector copied and then promoted. */
class TextStore {
  private plain = "";
  private tail: string[] = [];
  private tailLength = 0;
  private chars: string[] | null = null;

  get length(): number {
    return this.chars === null ? this.plain.length + this.tailLength : this.chars.length;
  }
  /** The JS string with the pending appends joined in. */
  private text(): string {
    if (this.tailLength > 0 || this.tail.length > 0) {
      this.plain += this.tail.join("");
      this.tail = [];
      this.tailLength = 0;
    }
    return this.plain;
  }
  codeAt(i: number): number {
    return this.chars === null ? this.text().charCodeAt(i) : this.chars[i]!.codePointAt(0)!;
  }
  slice(start: number, end: number): Text {
    return this.chars === null ? this.text().slice(start, end) : this.chars.slice(start, end);
  }
  clear(): void {
    this.plain = "";
    this.tail = [];
    this.tailLength = 0;
    this.chars = null;
  }
  truncate(size: number): void {
    if (this.chars === null) this.plain = this.text().slice(0, size);
    else this.chars.length = size;
  }
  /** Writes `t` at `pos`, over what is there, after NULs filling any gap past the end. */
  write(pos: number, t: Text): void {
    const length = this.length;
    if (this.chars === null && typeof t === "string") {
      if (pos === length) {
        this.tail.push(t);
        this.tailLength += t.length;
      } else if (pos > length) this.plain = this.text() + "\0".repeat(pos - length) + t;
      else {
        const text = this.text();
        this.plain = text.slice(0, pos) + t + text.slice(pos + t.length);
      }
      return;
    }
    if (this.chars === null) this.text();
    if (this.chars === null) this.chars = Array.from(this.plain);
    const chars = this.chars;
    while (chars.length < pos) chars.push("\0");
    const add = charsOf(t);
    for (let i = 0; i < add.length; i++) chars[pos + i] = add[i]!;
  }
  /** The end of the line starting at `start`, searching no further than `end`. */
  lineEnd(start: number, end: number, mode: LineMode, nl: string): number {
    for (let i = start; i < end; i++) {
      const c = this.codeAt(i);
      if (c > CR) continue;
      if (mode === LineMode.Translated) {
        if (c === LF) return i + 1;
      } else if (mode === LineMode.Universal) {
        if (c === LF) return i + 1;
        if (c === CR) return i + 1 < end && this.codeAt(i + 1) === LF ? i + 2 : i + 1;
      } else if (c === nl.charCodeAt(0) && i + nl.length <= end) {
        if (nl.length === 1 || this.codeAt(i + 1) === nl.charCodeAt(1)) return i + nl.length;
      }
    }
    return end;
  }
}

const enum LineMode {
  /** newline=None: text was translated to "\n" as written. */
  Translated,
  /** newline="": any of "\r", "\n", "\r\n" ends a line. */
  Universal,
  /** newline="\n", "\r" or "\r\n": that string ends a line. */
  Exact,
}

export class PyStringIO implements PyObjectBase {
  dict: AttributeDict = newAttributeDict();
  store = new TextStore();
  pos = 0;
  closed = false;
  /** The `newline` argument, as given. */
  newline: PyObject = "\n";
  mode = LineMode.Exact;
  /** What each written "\n" becomes, when not "\n". */
  writeNewline: string | null = null;
  /** SEEN_* bits of the newline kinds written; null unless newline is None or "". */
  seen: number | null = null;
  constructor(public type: PyType) {}
  /** next() for native iteration (abstract.iterNext, which takes it for the exact type
   * only): the next line, undefined at the end, where __next__ makes and throws a
   * StopIteration for every loop over the lines. */
  nextValue(): PyObject | undefined {
    const line = readLine(open(this), -1);
    return strText(line)!.length === 0 ? undefined : line;
  }
}

function asStringIO(self: PyObject): PyStringIO {
  if (!(self instanceof PyStringIO)) throw typeError(`descriptor requires a '_io.StringIO' object`);
  return self;
}

function open(self: PyObject): PyStringIO {
  const s = asStringIO(self);
  if (s.closed) throw valueError("I/O operation on closed file");
  return s;
}

/** The SEEN_* bits of the line ends in `t`. */
function newlineKinds(t: Text): number {
  let seen = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "\n") seen |= SEEN_LF;
    else if (c === "\r") {
      if (i + 1 < t.length && t[i + 1] === "\n") {
        seen |= SEEN_CRLF;
        i++;
      } else seen |= SEEN_CR;
    }
  }
  return seen;
}

function replaceLineEnds(
  t: Text,
  translate: (c: string, next: string | undefined) => [string, number],
): Text {
  if (typeof t === "string") {
    let out = "";
    for (let i = 0; i < t.length;) {
      const [s, n] = translate(t[i]!, t[i + 1]);
      out += s;
      i += n;
    }
    return out;
  }
  const out: string[] = [];
  for (let i = 0; i < t.length;) {
    const [s, n] = translate(t[i]!, t[i + 1]);
    for (const c of s) out.push(c);
    i += n;
  }
  return out;
}

/** `t` as the newline mode stores it. */
function translateForWrite(s: PyStringIO, t: Text): Text {
  if (s.seen !== null) {
    s.seen |= newlineKinds(t);
    if (s.mode === LineMode.Translated && contains(t, "\r"))
      t = replaceLineEnds(t, (c, next) => (c !== "\r" ? [c, 1] : next === "\n" ? ["\n", 2] : ["\n", 1]));
  }
  const nl = s.writeNewline;
  if (nl !== null && contains(t, "\n")) t = replaceLineEnds(t, (c) => [c === "\n" ? nl : c, 1]);
  return t;
}

function contains(t: Text, c: string): boolean {
  return typeof t === "string" ? t.includes(c) : t.includes(c);
}

function writeText(s: PyStringIO, t: Text): void {
  if (t.length === 0) return;
  const stored = translateForWrite(s, t);
  s.store.write(s.pos, stored);
  s.pos += stored.length;
}

function readText(s: PyStringIO, size: number): PyObject {
  const length = s.store.length;
  if (s.pos >= length) return "";
  const end = size < 0 || size > length - s.pos ? length : s.pos + size;
  const out = s.store.slice(s.pos, end);
  s.pos = end;
  return strFromText(out);
}

function readLine(s: PyStringIO, limit: number): PyObject {
  const length = s.store.length;
  if (s.pos >= length) return "";
  const end = limit < 0 || limit > length - s.pos ? length : s.pos + limit;
  const nl = typeof s.newline === "string" ? s.newline : "\n";
  const lineEnd = s.store.lineEnd(s.pos, end, s.mode, nl);
  const out = s.store.slice(s.pos, lineEnd);
  s.pos = lineEnd;
  return strFromText(out);
}

function initialize(s: PyStringIO, initial: PyObject | undefined, newline: PyObject | undefined): void {
  const nl = newline === undefined ? "\n" : newline;
  if (nl !== None && strText(nl) === undefined)
    throw typeError(`newline must be str or None, not ${typeName(nl)}`);
  if (nl !== None && (typeof nl !== "string" || !["", "\n", "\r", "\r\n"].includes(nl)))
    throw valueError(`illegal newline value: ${reprJS(nl)}`);
  const text = initial === undefined || initial === None ? "" : strText(initial);
  if (text === undefined) throw typeError(`initial_value must be str or None, not ${typeName(initial!)}`);
  s.newline = nl;
  s.mode = nl === None ? LineMode.Translated : nl === "" ? LineMode.Universal : LineMode.Exact;
  s.writeNewline = nl === "\r" || nl === "\r\n" ? nl : null;
  s.seen = nl === None || nl === "" ? 0 : null;
  s.store.clear();
  s.pos = 0;
  s.closed = false;
  writeText(s, text);
  s.pos = 0;
}

function setState(s: PyStringIO, state: PyObject): void {
  if (!(state instanceof PyTuple) || state.items.length < 4)
    throw typeError(`${s.type.name}.__setstate__ argument should be 4-tuple, got ${typeName(state)}`);
  const [value, newline, position, dict] = state.items as [PyObject, PyObject, PyObject, PyObject];
  // As CPython: initialising with the value records its newline kinds; the value is then
  // stored again untranslated, since it was saved in stored form.
  initialize(s, value, newline);
  const text = strText(value);
  if (text === undefined) throw typeError("bad argument type for built-in operation");
  s.store.clear();
  s.store.write(0, text);
  if (typeof position !== "number" && typeof position !== "bigint")
    throw typeError(`third item of state must be an integer, got ${typeName(position)}`);
  const pos = ssizeArg(position);
  if (pos < 0) throw valueError("position value cannot be negative");
  s.pos = pos;
  restoreDict(s.dict, dict, "fourth");
}

const NEWLINES_SEEN: PyObject[] = [
  None,
  "\r",
  "\n",
  new PyTuple(["\r", "\n"]),
  "\r\n",
  new PyTuple(["\r", "\r\n"]),
  new PyTuple(["\n", "\r\n"]),
  new PyTuple(["\r", "\n", "\r\n"]),
];

/** Creates `_io.StringIO` under `_io._TextIOBase`. */
export function makeStringIOType(base: PyType): PyType {
  const t = ioType("StringIO", base);
  t.newInstance = (cls) => new PyStringIO(cls);
  defineNew(t, (cls) => new PyStringIO(cls));
  defineGetSets(t, {
    closed: [(self) => asStringIO(self).closed],
    line_buffering: [(self) => (open(self), false)],
    newlines: [
      (self) => {
        const s = open(self);
        return s.seen === null ? None : NEWLINES_SEEN[s.seen]!;
      },
    ],
  });
  defineMethods(t, {
    __init__(self, args, kwnames) {
      const [initial, newline] = clinicKwArgs("StringIO", ["initial_value", "newline"], args, kwnames);
      initialize(asStringIO(self), initial, newline);
      return None;
    },
    getvalue(self, args, kwnames) {
      noArgs("StringIO.getvalue", args, kwnames);
      const s = open(self);
      return strFromText(s.store.slice(0, s.store.length));
    },
    read(self, args, kwnames) {
      positional("StringIO.read", args, kwnames, 0, 1);
      return readText(open(self), optionalSize(args[0]));
    },
    readline(self, args, kwnames) {
      positional("StringIO.readline", args, kwnames, 0, 1);
      return readLine(open(self), optionalSize(args[0]));
    },
    write(self, args, kwnames) {
      const value = oneArg("StringIO.write", args, kwnames);
      const s = open(self);
      const text = strText(value);
      if (text === undefined) throw typeError(`string argument expected, got '${typeName(value)}'`);
      writeText(s, text);
      return text.length;
    },
    seek(self, args, kwnames) {
      positional("StringIO.seek", args, kwnames, 1, 2);
      const s = open(self);
      const pos = ssizeArg(args[0]!);
      const whence = args.length > 1 ? intArg(args[1]!) : 0;
      if (whence !== 0 && whence !== 1 && whence !== 2)
        throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
      if (pos < 0 && whence === 0) throw valueError(`Negative seek position ${pos}`);
      if (whence !== 0 && pos !== 0) throw osError("Can't do nonzero cur-relative seeks");
      if (whence === 0) s.pos = pos;
      else if (whence === 2) s.pos = s.store.length;
      return s.pos;
    },
    tell(self, args, kwnames) {
      noArgs("StringIO.tell", args, kwnames);
      return open(self).pos;
    },
    truncate(self, args, kwnames) {
      positional("StringIO.truncate", args, kwnames, 0, 1);
      const s = open(self);
      const size = args[0] === undefined || args[0] === None ? s.pos : optionalSize(args[0]);
      if (size < 0) throw valueError(`Negative size value ${size}`);
      if (size < s.store.length) s.store.truncate(size);
      return size;
    },
    close(self, args, kwnames) {
      noArgs("StringIO.close", args, kwnames);
      const s = asStringIO(self);
      s.closed = true;
      s.store.clear();
      return None;
    },
    readable: (self, args, kwnames) => (noArgs("StringIO.readable", args, kwnames), open(self), true),
    writable: (self, args, kwnames) => (noArgs("StringIO.writable", args, kwnames), open(self), true),
    seekable: (self, args, kwnames) => (noArgs("StringIO.seekable", args, kwnames), open(self), true),
    __next__(self) {
      const s = open(self);
      let line: PyObject;
      if (s.type === t) line = readLine(s, -1);
      else {
        line = callMethod(s, "readline", []);
        if (strText(line) === undefined)
          throw osError(`readline() should have returned a str object, not '${typeName(line)}'`);
      }
      if (strText(line)!.length === 0) throw newException(StopIteration_);
      return line;
    },
    __getstate__(self, args, kwnames) {
      noArgs("StringIO.__getstate__", args, kwnames);
      const s = open(self);
      return new PyTuple([
        strFromText(s.store.slice(0, s.store.length)),
        s.newline,
        s.pos,
        stateDict(s.dict),
      ]);
    },
    __setstate__(self, args, kwnames) {
      const state = oneArg("StringIO.__setstate__", args, kwnames);
      setState(open(self), state);
      return None;
    },
  });
  return t;
}
