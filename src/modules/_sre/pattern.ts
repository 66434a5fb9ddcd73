// re.Pattern and _sre.SRE_Scanner: the compiled pattern's Python face. The searches that
// walk a subject match after match (findall, finditer, sub, split, the scanner) share
// `Cursor`, which carries CPython 3.7+'s empty-match rule: after an empty match the next
// match may not be empty at the same position.

import { None, NotImplemented, objectType, typeType } from "../../objects/bootstrap.js";
import { getAttr, hash, isTrue, richCompareBool, CompareOp, reprJS } from "../../objects/abstract.js";
import { callableIterator } from "../../objects/builtin_iterables.js";
import { bufferOf, bytesHash, newBytes, PyByteArray, PyBytes } from "../../objects/bytes.js";
import { call } from "../../objects/call.js";
import { PyDict } from "../../objects/dict.js";
import { runtimeError, typeError } from "../../objects/exceptions.js";
import {
  defineGetSets,
  defineMethods,
  PyBuiltinFunction,
  PyFunction,
  PyMethod,
  type KwNames,
  type MethodCall,
} from "../../objects/function.js";
import { defineClassGetItem } from "../../objects/iterators.js";
import { PyList } from "../../objects/list.js";
import { typeName } from "../../objects/names.js";
import { typeOf, type PyObject } from "../../objects/object.js";
import { isStr, strConcat, strFromJS, strText, type Text } from "../../objects/str.js";
import { PyTuple } from "../../objects/tuple.js";
import { PyType } from "../../objects/type.js";
import { PyMappingProxy } from "../../objects/typeobject.js";
import { builtinsHooks } from "../builtins.js";
import { asSsize, clinic, noArgs, oneArg, unpack } from "./args.js";
import { defineMembers } from "./members.js";
import { FLAG_NAMES, Flag } from "./constants.js";
import { Matcher } from "./matcher.js";
import { PyMatch } from "./match.js";
import type { Program } from "./program.js";
import { sliceSubject, subjectOf, type SubjectInfo } from "./subject.js";

/** The `__new__` of a type CPython will not instantiate from Python (no tp_new). */
export function noNew(t: PyType): PyBuiltinFunction {
  return new PyBuiltinFunction("__new__", `${t.qualname}.__new__`, () => {
    throw typeError(`cannot create '${t.name}' instances`);
  });
}

// The names are CPython's tp_names ("re.Pattern"), which its messages show; __name__ and
// __qualname__ are the last part.
export const patternType = new PyType(typeType, "re.Pattern", [objectType], true);
patternType.qualname = "Pattern";
patternType.isBaseType = false;
patternType.dict.set("__module__", "re");
patternType.dict.set("__new__", noNew(patternType));

export const scannerType = new PyType(typeType, "_sre.SRE_Scanner", [objectType], true);
scannerType.qualname = "SRE_Scanner";
scannerType.isBaseType = false;
// Patterns take weak references (re's users cache them so); matches and scanners do not.
scannerType.extra["hasWeakref"] = false;
scannerType.dict.set("__module__", "_sre");
scannerType.dict.set("__new__", noNew(scannerType));

export class PyPattern {
  type = patternType;
  constructor(
    /** The source str/bytes, or None. */
    readonly pattern: PyObject,
    readonly flags: number,
    readonly code: readonly number[],
    readonly program: Program,
    readonly groups: number,
    readonly groupindex: PyDict,
    /** Group names by number (index 0 unused), None for unnamed groups. */
    readonly indexgroup: readonly PyObject[],
    readonly isBytes: boolean,
  ) {}

  /** A matcher left by the last one-shot match, reused by the next: making one (its
   * arrays) costs more than a short match. */
  private idle: Matcher | null = null;

  matcher(info: SubjectInfo, endpos: number): Matcher {
    const m = this.idle;
    if (m === null) return new Matcher(this.program, info.subject, this.groups, endpos);
    // Taken, so that a match started meanwhile (from a callback) makes its own.
    this.idle = null;
    m.rebind(info.subject, endpos);
    return m;
  }

  /** Gives back a matcher whose results have been read. */
  release(m: Matcher): void {
    m.unbind();
    this.idle = m;
  }

  newMatch(info: SubjectInfo, m: Matcher, pos: number, endpos: number): PyMatch {
    const n = this.groups;
    const spans = new Int32Array(2 * (n + 1));
    spans[0] = m.matchStart();
    spans[1] = m.matchEnd();
    for (let g = 0; g < n; g++) {
      spans[2 * g + 2] = m.groupStart(g);
      spans[2 * g + 3] = m.groupEnd(g);
    }
    return new PyMatch(this, info, spans, pos, endpos, m.lastindex);
  }
}

/** Calls `re.<name>(*args)`, the Python helpers _sre relies on (`_subx`, `_expand`). */
export function callReModule(name: string, args: PyObject[]): PyObject {
  const re = builtinsHooks.importModule(["re"], null);
  return call(getAttr(re, name), args);
}

function self(o: PyObject): PyPattern {
  if (!(o instanceof PyPattern))
    throw typeError(`descriptor requires a 're.Pattern' object but received a '${typeName(o)}'`);
  return o;
}

function withSig(text: string, impl: (p: PyPattern, ...v: (PyObject | undefined)[]) => PyObject): MethodCall {
  const sig = clinic(text);
  return (o, args, kwnames) => impl(self(o), ...unpack(sig, args, kwnames));
}

/** match, fullmatch or search: positional arguments (the common call) go straight in. */
function matchMethod(kind: "match" | "fullmatch" | "search"): MethodCall {
  const sig = clinic(`${kind}(string, pos=?, endpos=?)`);
  return (o, args, kwnames) => {
    const p = self(o);
    const direct = kwnames === null && args.length >= 1 && args.length <= 3;
    return matchOnce(p, kind, direct ? args : unpack(sig, args, kwnames));
  };
}

/** The subject, and pos/endpos clamped to it as CPython's state_init does. The positions
 * are converted first, as Argument Clinic converts them before the body looks at the
 * subject (OverflowError before TypeError). */
function subjectAndBounds(
  p: PyPattern,
  string: PyObject,
  pos: PyObject | undefined,
  endpos: PyObject | undefined,
): [SubjectInfo, number, number] {
  let s = pos === undefined ? 0 : asSsize(pos);
  const end = endpos === undefined ? undefined : asSsize(endpos);
  const info = subjectOf(string, p.isBytes);
  const len = info.subject.length;
  let e = end ?? len;
  if (s < 0) s = 0;
  else if (s > len) s = len;
  if (e < 0) e = 0;
  else if (e > len) e = len;
  return [info, s, e];
}

/** Successive matches over a subject (CPython's SRE_STATE between searches). */
export class Cursor {
  readonly matcher: Matcher;
  start: number;
  done = false;
  constructor(
    readonly pattern: PyPattern,
    readonly info: SubjectInfo,
    readonly pos: number,
    readonly endpos: number,
  ) {
    this.matcher = pattern.matcher(info, endpos);
    this.start = pos;
  }

  /** The next match (searching, or anchored at the current position); false when none. */
  next(search: boolean): boolean {
    if (this.done) return false;
    const m = this.matcher;
    const ok = search ? this.start <= this.endpos && m.search(this.start) : m.match(this.start);
    if (!ok) {
      this.done = true;
      return false;
    }
    m.mustAdvance = m.matchEnd() === m.matchStart();
    this.start = m.matchEnd();
    return true;
  }

  newMatch(): PyMatch {
    return this.pattern.newMatch(this.info, this.matcher, this.pos, this.endpos);
  }
}

function matchOnce(
  p: PyPattern,
  kind: "match" | "fullmatch" | "search",
  args: (PyObject | undefined)[],
): PyObject {
  const [info, pos, endpos] = subjectAndBounds(p, args[0]!, args[1], args[2]);
  if (pos > endpos && kind === "search") return None;
  const m = p.matcher(info, endpos);
  m.matchAll = kind === "fullmatch";
  const ok = kind === "search" ? m.search(pos) : m.match(pos);
  const result = ok ? p.newMatch(info, m, pos, endpos) : None;
  p.release(m);
  return result;
}

function isCallable(o: PyObject): boolean {
  if (
    o instanceof PyFunction ||
    o instanceof PyBuiltinFunction ||
    o instanceof PyMethod ||
    o instanceof PyType
  )
    return true;
  return typeof o === "object" && o !== null && typeOf(o).lookup("__call__") !== undefined;
}

/** Joins the pieces of sub() into one str or bytes, with CPython's join errors. */
function joinPieces(pieces: PyObject[], isBytes: boolean): PyObject {
  if (!isBytes) {
    const texts: Text[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const t = strText(pieces[i]!);
      if (t === undefined)
        throw typeError(`sequence item ${i}: expected str instance, ${typeName(pieces[i]!)} found`);
      texts.push(t);
    }
    return strConcat(texts);
  }
  const parts: Uint8Array[] = [];
  let n = 0;
  for (let i = 0; i < pieces.length; i++) {
    const b = bufferOf(pieces[i]!);
    if (b === undefined)
      throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(pieces[i]!)} found`);
    parts.push(b);
    n += b.length;
  }
  const out = new Uint8Array(n);
  let k = 0;
  for (const b of parts) {
    out.set(b, k);
    k += b.length;
  }
  return newBytes(out);
}

/** Whether a str/bytes-like template has no backslash (so it is used literally). */
function isLiteralTemplate(t: PyObject): boolean {
  const text = strText(t);
  if (text !== undefined) {
    if (typeof text === "string") return !text.includes("\\");
    return !text.includes("\\");
  }
  const b = t instanceof PyBytes || t instanceof PyByteArray ? t.data : bufferOf(t);
  return b !== undefined && !b.includes(92);
}

function subx(
  p: PyPattern,
  repl: PyObject,
  string: PyObject,
  countArg: PyObject | undefined,
  withCount: boolean,
): PyObject {
  let filter: PyObject | null = null;
  let literal: PyObject | null = null;
  if (isCallable(repl)) filter = repl;
  else if (isLiteralTemplate(repl)) literal = repl;
  else {
    const r = callReModule("_subx", [p, repl]);
    if (isCallable(r)) filter = r;
    else literal = r;
  }
  const info = subjectOf(string, p.isBytes);
  const count = countArg === undefined ? 0 : asSsize(countArg);
  const len = info.subject.length;
  const cur = new Cursor(p, info, 0, len);
  const pieces: PyObject[] = [];
  let last = 0;
  let n = 0;
  // A negative count replaces nothing (sre's `while (!count || n < count)`).
  while (count === 0 || n < count) {
    if (!cur.next(true)) break;
    const b = cur.matcher.matchStart();
    const e = cur.matcher.matchEnd();
    if (last < b) pieces.push(sliceSubject(info, last, b));
    if (filter !== null) {
      const item = call(filter, [cur.newMatch()]);
      if (item !== None) pieces.push(item);
    } else pieces.push(literal!);
    last = e;
    n++;
  }
  if (last < len) pieces.push(sliceSubject(info, last, len));
  const result = joinPieces(pieces, p.isBytes);
  return withCount ? new PyTuple([result, n]) : result;
}

/** CPython's pattern_hash: the source's hash ^ the hash of the code's bytes (32-bit
 * little-endian words) ^ flags ^ isbytes ^ code size, so it equals python3's under the same
 * PYTHONHASHSEED. Never kept on disk (the compiled-pattern cache keeps the code only). */
function patternHash(p: PyPattern): number | bigint {
  const words = new Uint8Array(4 * p.code.length);
  const view = new DataView(words.buffer);
  for (let i = 0; i < p.code.length; i++) view.setUint32(4 * i, p.code[i]!, true);
  const h = BigInt.asIntN(
    64,
    BigInt(hash(p.pattern)) ^
      BigInt(bytesHash(words)) ^
      BigInt(p.flags) ^
      BigInt(p.isBytes ? 1 : 0) ^
      BigInt(p.code.length),
  );
  const r = h === -1n ? -2n : h;
  return r >= -BigInt(Number.MAX_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
}

function flagsRepr(p: PyPattern): string {
  let flags = p.flags;
  if (!p.isBytes && (flags & (Flag.LOCALE | Flag.UNICODE | Flag.ASCII)) === Flag.UNICODE)
    flags &= ~Flag.UNICODE;
  const items: string[] = [];
  for (const [name, v] of FLAG_NAMES) {
    if (flags & v) {
      items.push(name);
      flags &= ~v;
    }
  }
  if (flags) items.push(`0x${flags.toString(16)}`);
  return items.join("|");
}

defineMethods(patternType, {
  match: matchMethod("match"),
  fullmatch: matchMethod("fullmatch"),
  search: matchMethod("search"),
  findall: withSig("findall(string, pos=?, endpos=?)", (p, string, pos, endpos) => {
    const [info, s, e] = subjectAndBounds(p, string!, pos, endpos);
    const cur = new Cursor(p, info, s, e);
    const out: PyObject[] = [];
    const empty = sliceSubject(info, 0, 0);
    while (cur.next(true)) {
      const m = cur.matcher;
      if (p.groups === 0) out.push(sliceSubject(info, m.matchStart(), m.matchEnd()));
      else {
        const items: PyObject[] = [];
        for (let g = 0; g < p.groups; g++) {
          const gs = m.groupStart(g);
          items.push(gs >= 0 ? sliceSubject(info, gs, m.groupEnd(g)) : empty);
        }
        out.push(p.groups === 1 ? items[0]! : new PyTuple(items));
      }
    }
    return new PyList(out);
  }),
  finditer: withSig("finditer(string, pos=?, endpos=?)", (p, string, pos, endpos) => {
    const scanner = newScanner(p, string!, pos, endpos);
    return callableIterator(getAttr(scanner, "search"), None);
  }),
  scanner: withSig("scanner(string, pos=?, endpos=?)", (p, string, pos, endpos) =>
    newScanner(p, string!, pos, endpos),
  ),
  split: withSig("split(string, maxsplit=?)", (p, string, maxsplitArg) => {
    const info = subjectOf(string!, p.isBytes);
    const maxsplit = maxsplitArg === undefined ? 0 : asSsize(maxsplitArg);
    const len = info.subject.length;
    const cur = new Cursor(p, info, 0, len);
    const out: PyObject[] = [];
    let last = 0;
    let n = 0;
    while (maxsplit === 0 || n < maxsplit) {
      if (!cur.next(true)) break;
      const m = cur.matcher;
      out.push(sliceSubject(info, last, m.matchStart()));
      for (let g = 0; g < p.groups; g++) {
        const gs = m.groupStart(g);
        out.push(gs >= 0 ? sliceSubject(info, gs, m.groupEnd(g)) : None);
      }
      n++;
      last = m.matchEnd();
    }
    out.push(sliceSubject(info, last, len));
    return new PyList(out);
  }),
  sub: withSig("sub(repl, string, count=?)", (p, repl, string, count) =>
    subx(p, repl!, string!, count, false),
  ),
  subn: withSig("subn(repl, string, count=?)", (p, repl, string, count) =>
    subx(p, repl!, string!, count, true),
  ),
  __copy__: (o, args, kwnames) => {
    noArgs("Pattern.__copy__", args, kwnames);
    return self(o);
  },
  __deepcopy__: (o, args, kwnames) => {
    oneArg("Pattern.__deepcopy__", args, kwnames);
    return self(o);
  },
  __repr__: (o) => {
    const p = self(o);
    const src = reprJS(p.pattern).slice(0, 200);
    const flags = flagsRepr(p);
    return strFromJS(flags ? `re.compile(${src}, ${flags})` : `re.compile(${src})`);
  },
  __eq__: (o, args) => {
    const p = self(o);
    const q = args[0]!;
    if (!(q instanceof PyPattern)) return NotImplemented;
    if (p === q) return true;
    if (p.flags !== q.flags || p.isBytes !== q.isBytes || p.code.length !== q.code.length) return false;
    for (let i = 0; i < p.code.length; i++) if (p.code[i] !== q.code[i]) return false;
    return richCompareBool(p.pattern, q.pattern, CompareOp.Eq);
  },
  __ne__: (o, args) => {
    const q = args[0]!;
    if (!(q instanceof PyPattern)) return NotImplemented;
    const eq = call(getAttr(o, "__eq__"), [q]);
    return !isTrue(eq);
  },
  __hash__: (o) => patternHash(self(o)),
});

defineClassGetItem(patternType);

defineMembers(patternType, {
  pattern: (o) => self(o).pattern,
  flags: (o) => self(o).flags,
  groups: (o) => self(o).groups,
});

defineGetSets(patternType, {
  groupindex: [(o) => new PyMappingProxy(self(o).groupindex.copy())],
});

// ---- the scanner ----

export class PyScanner {
  type = scannerType;
  constructor(
    readonly pattern: PyPattern,
    readonly cursor: Cursor,
  ) {}
}

function newScanner(
  p: PyPattern,
  string: PyObject,
  pos: PyObject | undefined,
  endpos: PyObject | undefined,
): PyScanner {
  const [info, s, e] = subjectAndBounds(p, string, pos, endpos);
  return new PyScanner(p, new Cursor(p, info, s, e));
}

function scanner(o: PyObject): PyScanner {
  if (!(o instanceof PyScanner))
    throw typeError(`descriptor requires a '_sre.SRE_Scanner' object but received a '${typeName(o)}'`);
  return o;
}

function scan(o: PyObject, search: boolean, args: PyObject[], kwnames: KwNames): PyObject {
  const cur = scanner(o).cursor;
  // Clinic's code for these checks positional arguments only (keywords pass unseen).
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 0) throw typeError(`${search ? "search" : "match"}() takes no arguments`);
  return cur.next(search) ? cur.newMatch() : None;
}

defineMethods(scannerType, {
  match: (o, args, kwnames) => scan(o, false, args, kwnames),
  search: (o, args, kwnames) => scan(o, true, args, kwnames),
});

defineMembers(scannerType, { pattern: (o) => scanner(o).pattern });

/** Whether a pattern source is bytes-like (else str or None); TypeError for anything else. */
export function checkPatternType(pattern: PyObject): boolean {
  if (pattern === None || isStr(pattern)) return false;
  if (bufferOf(pattern) === undefined)
    throw typeError(`expected string or bytes-like object, got '${typeName(pattern)}'`);
  return true;
}

/** `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`. */
export function compilePattern(
  pattern: PyObject,
  flags: number,
  code: number[],
  groups: number,
  groupindex: PyDict,
  indexgroup: PyObject[],
  program: Program,
): PyPattern {
  const isBytes = checkPatternType(pattern);
  if (indexgroup.length < groups + 1) {
    const ig = indexgroup.slice();
    while (ig.length < groups + 1) ig.push(None);
    indexgroup = ig;
  }
  return new PyPattern(pattern, flags, code, program, groups, groupindex, indexgroup, isBytes);
}

export { runtimeError };
