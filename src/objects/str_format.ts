// str.format, str.format_map, the `_string` helpers behind string.Formatter, and the
// FORMAT_VALUE operation of f-strings.
//
// The format string is read as a sequence of markup pieces (CPython's MarkupIterator):
// literal text, with "{{" and "}}" standing for single braces, and replacement fields
// "{field_name!conversion:format_spec}". A field name is a first part (an argument index,
// empty for automatic numbering, or a keyword) followed by ".attr" and "[key]" lookups.
// A format spec may itself contain replacement fields, expanded (to a depth of two)
// before the value's __format__ sees it.

import { None } from "./bootstrap.js";
import { exceptionType, indexError, isException, newException, typeError, valueError } from "./exceptions.js";
import type { KwNames } from "./function.js";
import type { PyObject } from "./object.js";
import { strFromText, strText, textConcat, textToJS, textOf, type PyAstralStr, type Text } from "./str.js";
import {
  ascii,
  format as formatObject,
  getAttr,
  getItem,
  PyTuple,
  repr,
  str as toStr,
} from "./str_runtime.js";
import { strHooks } from "./str_hooks.js";
// The VM reaches the text types through this module (FORMAT_VALUE); loading it installs
// all of them.
import "./str_methods.js";
import "./percent_format.js";
import "./codecs.js";
import "./bytearray.js";
import "./memoryview.js";

/** One piece of a format string; `field` is null for pure literal text. */
export interface MarkupPiece {
  literal: Text;
  field: null | {
    name: Text;
    /** The conversion character, or null. */
    conversion: string | null;
    spec: Text;
    specNeedsExpanding: boolean;
    /** The name split into its parts, once it has split without error. */
    split?: SplitFieldName;
  };
}

/** Splits a format string into markup pieces (MarkupIterator), lazily. */
export function* parseMarkup(t: Text): Generator<MarkupPiece> {
  let pos = 0;
  const end = t.length;
  while (pos < end) {
    const start = pos;
    let c = "";
    let markupFollows = false;
    while (pos < end) {
      c = t[pos++]!;
      if (c === "{" || c === "}") {
        markupFollows = true;
        break;
      }
    }
    const atEnd = pos >= end;
    let len = pos - start;
    if (c === "}" && markupFollows && (atEnd || t[pos] !== "}"))
      throw valueError("Single '}' encountered in format string");
    if (atEnd && c === "{" && markupFollows) throw valueError("Single '{' encountered in format string");
    if (!atEnd) {
      if (t[pos] === c) {
        pos++;
        markupFollows = false;
      } else len--;
    }
    const literal = t.slice(start, start + len);
    if (!markupFollows) {
      yield { literal, field: null };
      continue;
    }
    // the field: name up to ':' '!' or '}', with '[...]' skipped over
    const nameStart = pos;
    c = "";
    while (pos < end) {
      c = t[pos++]!;
      if (c === "{") throw valueError("unexpected '{' in field name");
      if (c === "[") {
        while (pos < end && t[pos] !== "]") pos++;
        c = "[";
        continue;
      }
      if (c === "}" || c === ":" || c === "!") break;
    }
    const closed = c === "}" || c === ":" || c === "!";
    const name = t.slice(nameStart, closed ? pos - 1 : pos);
    let conversion: string | null = null;
    let spec: Text = "";
    let specNeedsExpanding = false;
    if (c === "!" || c === ":") {
      let done = false;
      if (c === "!") {
        if (pos >= end) throw valueError("end of string while looking for conversion specifier");
        conversion = t[pos++]!;
        if (pos < end) {
          const d = t[pos++]!;
          if (d === "}") done = true;
          else if (d !== ":") throw valueError("expected ':' after conversion specifier");
        }
      }
      if (!done) {
        const specStart = pos;
        let count = 1;
        let closedSpec = false;
        while (pos < end) {
          const d = t[pos++]!;
          if (d === "{") {
            specNeedsExpanding = true;
            count++;
          } else if (d === "}") {
            if (--count === 0) {
              spec = t.slice(specStart, pos - 1);
              closedSpec = true;
              break;
            }
          }
        }
        if (!closedSpec) throw valueError("unmatched '{' in format spec");
      }
    } else if (c !== "}") throw valueError("expected '}' before end of string");
    yield { literal, field: { name, conversion, spec, specNeedsExpanding } };
  }
}

// ---- field names ----

/** A decimal field index, or -1 when `t` is not all ASCII digits (get_integer). */
function fieldInteger(t: Text): number {
  if (t.length === 0) return -1;
  let v = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c < "0" || c > "9" || c.length !== 1) return -1;
    v = v * 10 + (c.charCodeAt(0) - 48);
    if (v > 9.2e18) throw valueError("Too many decimal digits in format string");
  }
  return v;
}

export interface FieldLookup {
  isAttr: boolean;
  key: PyObject;
}

/** A field name split into its first part and its lookups (FieldNameIterator). The
 * iterator reports a malformed lookup only when it gets there, after the argument and the
 * lookups before it were looked up: `error` is its message, after `rest`. */
interface SplitFieldName {
  readonly first: Text;
  readonly firstIndex: number;
  readonly rest: readonly FieldLookup[];
  readonly error: string | null;
}

export function splitFieldName(name: Text): SplitFieldName {
  let pos = 0;
  while (pos < name.length && name[pos] !== "." && name[pos] !== "[") pos++;
  const first = name.slice(0, pos);
  const firstIndex = fieldInteger(first);
  const rest: FieldLookup[] = [];
  try {
    parseLookups(name, pos, rest);
  } catch (e) {
    if (!(e instanceof LookupSyntaxError)) throw e;
    return { first, firstIndex, rest, error: e.message };
  }
  return { first, firstIndex, rest, error: null };
}

class LookupSyntaxError extends Error {}

function parseLookups(name: Text, pos: number, rest: FieldLookup[]): void {
  const fail = (message: string) => new LookupSyntaxError(message);
  while (pos < name.length) {
    const c = name[pos++]!;
    if (c === ".") {
      const s = pos;
      while (pos < name.length && name[pos] !== "." && name[pos] !== "[") pos++;
      if (pos === s) throw fail("Empty attribute in format string");
      rest.push({ isAttr: true, key: strFromText(name.slice(s, pos)) });
    } else if (c === "[") {
      const s = pos;
      while (pos < name.length && name[pos] !== "]") pos++;
      if (pos >= name.length) throw fail("Missing ']' in format string");
      const keyText = name.slice(s, pos);
      if (keyText.length === 0) throw fail("Empty attribute in format string");
      pos++;
      const n = fieldInteger(keyText);
      rest.push({ isAttr: false, key: n >= 0 ? n : strFromText(keyText) });
      if (pos < name.length && name[pos] !== "." && name[pos] !== "[")
        throw fail("Only '.' or '[' may follow ']' in format field specifier");
    } else {
      throw fail("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
}

// ---- rendering ----

const enum AutoNumber {
  Init,
  Auto,
  Manual,
}

interface FormatState {
  args: PyObject[] | null;
  kwargs: ((name: PyObject) => PyObject) | null;
  auto: AutoNumber;
  next: number;
}

function getFieldObject(field: NonNullable<MarkupPiece["field"]>, st: FormatState): PyObject {
  const { first, firstIndex, rest, error } = (field.split ??= splitFieldName(field.name));
  let obj: PyObject;
  let index = firstIndex;
  if (first.length === 0) {
    if (st.auto === AutoNumber.Manual)
      throw valueError("cannot switch from manual field specification to automatic field numbering");
    st.auto = AutoNumber.Auto;
    index = st.next++;
  } else if (index >= 0) {
    if (st.auto === AutoNumber.Auto)
      throw valueError("cannot switch from automatic field numbering to manual field specification");
    st.auto = AutoNumber.Manual;
  }
  if (index < 0) {
    const key = strFromText(first);
    if (st.kwargs === null) throw newException(exceptionType("KeyError"), key);
    obj = st.kwargs(key);
  } else {
    if (st.args === null) throw valueError("Format string contains positional fields");
    if (index >= st.args.length)
      throw indexError(`Replacement index ${index} out of range for positional args tuple`);
    obj = st.args[index]!;
  }
  for (const step of rest) {
    obj = step.isAttr ? getAttr(obj, textToJS(strText(step.key)!)) : getItem(obj, step.key);
  }
  if (error !== null) throw valueError(error);
  return obj;
}

/** Applies a conversion character (`!r`, `!s`, `!a`). */
export function convertValue(obj: PyObject, conversion: string | null): PyObject {
  if (conversion === null) return obj;
  switch (conversion) {
    case "r":
      return repr(obj);
    case "s":
      return toStr(obj);
    case "a":
      return ascii(obj);
    default: {
      const cp = conversion.codePointAt(0)!;
      const shown = cp > 32 && cp < 127 ? conversion : `\\x${cp.toString(16)}`;
      throw valueError(`Unknown conversion specifier ${shown}`);
    }
  }
}

/** A format string read once: its pieces up to the first error, and that error's message
 * (raised when rendering gets there, after the fields before it, as the lazy parse does). */
interface ParsedMarkup {
  readonly pieces: readonly MarkupPiece[];
  readonly error: string | null;
}

const parsedMarkups = new Map<string, ParsedMarkup>();
const MAX_CACHED_MARKUPS = 512;
const MAX_CACHED_MARKUP_LENGTH = 1000;

function parseAllMarkup(t: Text): ParsedMarkup {
  const pieces: MarkupPiece[] = [];
  try {
    for (const piece of parseMarkup(t)) pieces.push(piece);
  } catch (e) {
    // parseMarkup raises nothing but ValueErrors with a message.
    if (!isException(e) || e.args.length !== 1 || typeof e.args[0] !== "string") throw e;
    return { pieces, error: e.args[0] };
  }
  return { pieces, error: null };
}

/** The pieces of `t`, cached by text: programs format with the same few literals. */
function parsedMarkup(t: Text): ParsedMarkup {
  if (typeof t !== "string" || t.length > MAX_CACHED_MARKUP_LENGTH) return parseAllMarkup(t);
  let p = parsedMarkups.get(t);
  if (p === undefined) {
    if (parsedMarkups.size >= MAX_CACHED_MARKUPS) parsedMarkups.clear();
    p = parseAllMarkup(t);
    parsedMarkups.set(t, p);
  }
  return p;
}

function render(t: Text, st: FormatState, depth: number, out: Text[]): void {
  if (depth <= 0) throw valueError("Max string recursion exceeded");
  const { pieces, error } = parsedMarkup(t);
  for (const piece of pieces) {
    if (piece.literal.length > 0) out.push(piece.literal);
    const f = piece.field;
    if (f === null) continue;
    let obj = getFieldObject(f, st);
    obj = convertValue(obj, f.conversion);
    let spec: Text = f.spec;
    if (f.specNeedsExpanding) {
      const parts: Text[] = [];
      render(spec, st, depth - 1, parts);
      spec = textConcat(parts);
    }
    const r = formatObject(obj, strFromText(spec));
    out.push(textOf(r as string | PyAstralStr));
  }
  if (error !== null) throw valueError(error);
}

/** str.format(*args, **kwargs) */
export function strFormat(self: PyObject, args: PyObject[], kwnames: KwNames): PyObject {
  const t = strText(self)!;
  const nkw = kwnames ? kwnames.length : 0;
  const positional = args.slice(0, args.length - nkw);
  let kwargs: FormatState["kwargs"] = null;
  if (nkw > 0) {
    const map = new Map<string, PyObject>();
    for (let i = 0; i < nkw; i++) map.set(kwnames![i]!, args[args.length - nkw + i]!);
    kwargs = (key) => {
      const k = textToJS(strText(key)!);
      const v = map.get(k);
      if (v === undefined) throw newException(exceptionType("KeyError"), key);
      return v;
    };
  }
  const out: Text[] = [];
  render(t, { args: positional, kwargs, auto: AutoNumber.Init, next: 0 }, 2, out);
  return strFromText(textConcat(out));
}

/** str.format_map(mapping) */
export function strFormatMap(self: PyObject, mapping: PyObject): PyObject {
  const t = strText(self)!;
  const out: Text[] = [];
  render(t, { args: null, kwargs: (key) => getItem(mapping, key), auto: AutoNumber.Init, next: 0 }, 2, out);
  return strFromText(textConcat(out));
}

/** FORMAT_VALUE: `f"{value!conversion:spec}"`; conversion is "s", "r", "a" or null. */
export function formatValue(value: PyObject, conversion: string | null, spec: PyObject = ""): PyObject {
  const v = convertValue(value, conversion);
  if (typeof v === "string" && spec === "") return v;
  return formatObject(v, spec);
}

strHooks.format = strFormat;
strHooks.formatMap = strFormatMap;

// ---- _string ----

/** `_string.formatter_parser(s)`: (literal, field_name, format_spec, conversion) tuples. */
export function formatterParser(t: Text): PyObject[] {
  const out: PyObject[] = [];
  for (const piece of parseMarkup(t)) {
    const f = piece.field;
    if (f === null) out.push(new PyTuple([strFromText(piece.literal), None, None, None]));
    else
      out.push(
        new PyTuple([
          strFromText(piece.literal),
          strFromText(f.name),
          strFromText(f.spec),
          f.conversion === null ? None : strFromText([f.conversion]),
        ]),
      );
  }
  return out;
}

/** `_string.formatter_field_name_split(name)`: (first, [(is_attr, key), ...]). */
export function formatterFieldNameSplit(name: Text): [PyObject, PyObject[]] {
  const { first, firstIndex, rest, error } = splitFieldName(name);
  if (error !== null) throw valueError(error);
  const head = firstIndex >= 0 ? firstIndex : strFromText(first);
  return [head, rest.map((r) => new PyTuple([r.isAttr, r.key]))];
}

export function requireStr(v: PyObject, fn: string): Text {
  const t = strText(v);
  if (t === undefined)
    throw typeError(
      `${fn}() argument must be str, not ${(v as { type?: { name: string } }).type?.name ?? typeof v}`,
    );
  return t;
}
