// The methods of `str`, installed on strType as one table. Each method reads its
// receiver's code points as a `Text` (str.ts) and builds results with `strFromText`, so
// plain and astral strings (and subclass instances) behave identically.

import { None, NotImplemented, strType, builtinType, bytesType, dictType } from "./bootstrap.js";
import {
  exceptionType,
  indexError,
  isException,
  newException,
  StopIteration_,
  typeError,
  valueError,
} from "./exceptions.js";
import {
  builtinFunction,
  builtinStaticMethod,
  defineMethods,
  type KwNames,
  defineSequenceMethods,
} from "./function.js";
import { isInt, typeOf, type PyObject, type PyObjectBase } from "./object.js";
import { typeName } from "./names.js";
import { PyType, PyType as PyTypeClass } from "./type.js";
import * as U from "../support/unicode/index.js";
import { formatStr, NumFmtError } from "../support/numfmt/index.js";
import {
  adjustIndices,
  cpAt,
  isStr,
  jsString,
  PyAstralStr,
  strFromCodePoint,
  strFromJS,
  strFromText,
  strHash,
  strText,
  textCompare,
  textConcat,
  textCount,
  textEquals,
  textFind,
  textMatchAt,
  textOf,
  textReprJS,
  textRFind,
  textRepeat,
  textToJS,
  type Text,
} from "./str.js";
import {
  allCodePoints,
  centerMargins,
  expandTabs,
  isAsciiText,
  isIdentifierText,
  isLineBreakAt,
  isPrintableText,
  predicateViaJS,
  replaceText,
  rsplitSep,
  rsplitWhitespace,
  splitLines,
  splitSep,
  splitWhitespace,
  isSpaceUnitAt,
  isSpaceAt,
  stripRange,
  viaJS,
} from "./str_text.js";
import {
  clinicArgs,
  clinicKwArgs,
  indexArg,
  intArg,
  noArgs,
  oneArg,
  sliceIndexArg,
  slotArgs,
  ssizeArg,
  tupleArgs,
} from "./str_args.js";
import {
  getItem,
  isInstance,
  PyDict,
  PyList,
  PySlice,
  PyTuple,
  str as toStr,
  toArray,
} from "./str_runtime.js";
import { sliceIndices } from "./slice.js";
import { strHooks } from "./str_hooks.js";
import {
  clampIndex,
  MAX_ARRAY_ITEMS,
  MAX_STRING_LENGTH,
  reduceWithBuiltin,
  repeatCount,
  stateIndex,
  type RepeatLimit,
} from "./iterators.js";

export { strHooks };

/** The receiver's text; method descriptors guarantee a str subclass instance. */
function self_(v: PyObject): Text {
  const t = strText(v);
  if (t === undefined) throw typeError(`descriptor requires a 'str' object but received a '${typeName(v)}'`);
  return t;
}

/** Returns `self` unchanged when it is an exact str, else an exact copy. */
function sameOrCopy(self: PyObject, t: Text): PyObject {
  return typeof self === "string" ? self : strFromText(t);
}

function argStr(v: PyObject, what = "str"): Text {
  const t = strText(v);
  if (t === undefined) throw typeError(`must be ${what}, not ${typeName(v)}`);
  return t;
}

function listOf(parts: Text[]): PyList {
  return new PyList(parts.map(strFromText));
}

// ---- search family: find rfind index rindex count ----

function searchArgs(name: string, args: PyObject[], kwnames: KwNames): [Text, number, number] {
  tupleArgs(name, `str.${name}`, args, kwnames, 1, 3);
  const sub = argStr(args[0]!);
  return [sub, sliceIndexArg(args[1], 0), sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER)];
}

function find(self: PyObject, args: PyObject[], kwnames: KwNames, name: string, reverse: boolean): number {
  const t = self_(self);
  const [sub, s0, e0] = searchArgs(name, args, kwnames);
  const [s, e] = adjustIndices(s0, e0, t.length);
  return reverse ? textRFind(t, sub, s, e) : textFind(t, sub, s, e);
}

// ---- startswith / endswith ----

function matchAffix(
  self: PyObject,
  args: PyObject[],
  kwnames: KwNames,
  name: string,
  atEnd: boolean,
): boolean {
  const t = self_(self);
  tupleArgs(name, `str.${name}`, args, kwnames, 1, 3);
  const s = sliceIndexArg(args[1], 0);
  const e = sliceIndexArg(args[2], Number.MAX_SAFE_INTEGER);
  const arg = args[0]!;
  if (arg instanceof PyTuple) {
    for (const item of arg.items) {
      const p = strText(item);
      if (p === undefined) throw typeError(`tuple for ${name} must only contain str, not ${typeName(item)}`);
      if (textMatchAt(t, p, s, e, atEnd)) return true;
    }
    return false;
  }
  const p = strText(arg);
  if (p === undefined)
    throw typeError(`${name} first arg must be str or a tuple of str, not ${typeName(arg)}`);
  return textMatchAt(t, p, s, e, atEnd);
}

// ---- padding ----

function pad(self: PyObject, args: PyObject[], kwnames: KwNames, name: string): PyObject {
  const t = self_(self);
  clinicArgs(name, `str.${name}`, args, kwnames, 1, 2);
  const width = ssizeArg(args[0]!);
  let fill = " ";
  if (args[1] !== undefined) {
    const f = strText(args[1]);
    if (f === undefined)
      throw typeError(`The fill character must be a unicode character, not ${typeName(args[1])}`);
    if (f.length !== 1) throw typeError("The fill character must be exactly one character long");
    fill = f[0]!;
  }
  if (width <= t.length) return sameOrCopy(self, t);
  let left: number;
  let right: number;
  if (name === "center") [left, right] = centerMargins(t.length, width);
  else if (name === "ljust") [left, right] = [0, width - t.length];
  else [left, right] = [width - t.length, 0];
  const fillText: Text = fill.length === 1 && !(fill >= "\ud800" && fill <= "\udfff") ? fill : [fill];
  return strFromText(textConcat([textRepeat(fillText, left), t, textRepeat(fillText, right)]));
}

// ---- strip ----

function strip(self: PyObject, args: PyObject[], kwnames: KwNames, name: string): PyObject {
  if (typeof self === "string" && args.length === 0 && kwnames === null)
    return stripSpace(self, name !== "rstrip", name !== "lstrip");
  const t = self_(self);
  clinicArgs(name, `str.${name}`, args, kwnames, 0, 1);
  let chars: Text | undefined;
  const a = args[0];
  if (a !== undefined && a !== None) {
    chars = strText(a);
    if (chars === undefined) throw typeError(`${name} arg must be None or str`);
  }
  const [s, e] = stripRange(t, chars, name !== "rstrip", name !== "lstrip");
  if (s === 0 && e === t.length) return sameOrCopy(self, t);
  return strFromText(t.slice(s, e));
}

/** `s.strip()` of an exact str: whitespace off a JS string, the string itself if none. */
function stripSpace(t: string, left: boolean, right: boolean): string {
  let s = 0;
  let e = t.length;
  if (left) while (s < e && isSpaceAt(t, s)) s++;
  if (right) while (e > s && isSpaceAt(t, e - 1)) e--;
  return s === 0 && e === t.length ? t : t.slice(s, e);
}

// ---- split ----

function split(self: PyObject, args: PyObject[], kwnames: KwNames, name: string): PyObject {
  const t = self_(self);
  const [sepArg, maxArg] =
    kwnames === null && args.length <= 2 ? args : clinicKwArgs(name, ["sep", "maxsplit"], args, kwnames);
  const maxsplit = maxArg === undefined ? -1 : ssizeArg(maxArg);
  if (sepArg === undefined || sepArg === None) {
    // Pieces of a JS string are strs as they stand: no conversion needed.
    if (name === "split" && typeof t === "string")
      return new PyList(splitWhitespace(t, maxsplit, isSpaceUnitAt) as string[]);
    return listOf(name === "split" ? splitWhitespace(t, maxsplit) : rsplitWhitespace(t, maxsplit));
  }
  const sep = strText(sepArg);
  if (sep === undefined) throw typeError(`must be str or None, not ${typeName(sepArg)}`);
  if (sep.length === 0) throw valueError("empty separator");
  // Pieces of a JS string are JS strings: no conversion needed.
  if (name === "split" && maxsplit < 0 && typeof t === "string" && typeof sep === "string")
    return new PyList(t.split(sep));
  return listOf(name === "split" ? splitSep(t, sep, maxsplit) : rsplitSep(t, sep, maxsplit));
}

function partition(self: PyObject, args: PyObject[], kwnames: KwNames, reverse: boolean): PyObject {
  const t = self_(self);
  const sep = argStr(oneArg(reverse ? "str.rpartition" : "str.partition", args, kwnames));
  if (sep.length === 0) throw valueError("empty separator");
  const k = reverse ? textRFind(t, sep, 0, t.length) : textFind(t, sep, 0, t.length);
  if (k < 0) {
    const whole = sameOrCopy(self, t);
    return new PyTuple(reverse ? ["", "", whole] : [whole, "", ""]);
  }
  return new PyTuple([strFromText(t.slice(0, k)), strFromText(sep), strFromText(t.slice(k + sep.length))]);
}

// ---- join ----

export function joinTexts(sep: Text, iterable: PyObject): PyObject {
  let items: PyObject[];
  try {
    items = iterable instanceof PyList || iterable instanceof PyTuple ? iterable.items : toArray(iterable);
  } catch (e) {
    if (
      isException(e) &&
      e.type === exceptionType("TypeError") &&
      typeOf(iterable).lookup("__iter__") === undefined
    )
      throw typeError("can only join an iterable");
    throw e;
  }
  if (typeof sep === "string") {
    // The common case, every item a plain str: joined as it stands, with no copy.
    let i = 0;
    while (i < items.length && typeof items[i] === "string") i++;
    if (i === items.length) return items.length === 1 ? items[0]! : (items as string[]).join(sep);
  }
  const parts: Text[] = [];
  let plain = typeof sep === "string";
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const t = strText(item);
    if (t === undefined)
      throw typeError(`sequence item ${i}: expected str instance, ${typeName(item)} found`);
    if (typeof t !== "string") plain = false;
    parts.push(t);
  }
  if (items.length === 1 && typeof items[0] === "string") return items[0];
  if (plain) return (parts as string[]).join(sep as string);
  const withSep: Text[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) withSep.push(sep);
    withSep.push(parts[i]!);
  }
  return strFromText(textConcat(withSep));
}

// ---- translate / maketrans ----

const LookupError_ = exceptionType("LookupError");

function translate(self: PyObject, table: PyObject): PyObject {
  const t = self_(self);
  const out: Text[] = [];
  const cache = new Map<number, Text | null>();
  for (let i = 0; i < t.length; i++) {
    const cp = cpAt(t, i);
    let r = cache.get(cp);
    if (r === undefined) {
      let v: PyObject | undefined;
      // A dict's missing key leaves the character as it is: looked up, not raised and caught
      // (re.escape translates every character of a pattern through a small table).
      if (table instanceof PyDict && table.type === dictType) v = table.get(cp);
      else
        try {
          v = getItem(table, cp);
        } catch (e) {
          if (isException(e) && e.type.isSubtypeOf(LookupError_)) v = undefined;
          else throw e;
        }
      if (v === undefined) r = t.slice(i, i + 1);
      else if (v === None) r = null;
      else if (isInt(v) || typeof v === "boolean") {
        const n = typeof v === "boolean" ? Number(v) : v;
        if (typeof n === "bigint" || n < 0 || n > 0x10ffff)
          throw valueError("character mapping must be in range(0x110000)");
        r = strText(strFromCodePoint(n))!;
      } else {
        const s = strText(v);
        if (s === undefined) throw typeError("character mapping must return integer, None or str");
        r = s;
      }
      cache.set(cp, r);
    }
    if (r !== null) out.push(r);
  }
  return strFromText(textConcat(out));
}

function maketrans(args: PyObject[], kwnames: KwNames): PyObject {
  clinicArgs("maketrans", "str.maketrans", args, kwnames, 1, 3);
  const result = new PyDict();
  if (args.length === 1) {
    const x = args[0]!;
    if (!(x instanceof PyDict))
      throw typeError("if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of x.entriesIter()) {
      const kt = strText(k);
      if (kt !== undefined) {
        if (kt.length !== 1) throw valueError("string keys in translate table must be of length 1");
        result.set(cpAt(kt, 0), v);
      } else if (isInt(k) || typeof k === "boolean") result.set(k, v);
      else throw typeError("keys in translate table must be strings or integers");
    }
    return result;
  }
  const x = strText(args[0]!);
  if (x === undefined) throw typeError(`maketrans() argument 1 must be str, not ${typeName(args[0]!)}`);
  const y = strText(args[1]!);
  if (y === undefined) throw typeError(`maketrans() argument 2 must be str, not ${typeName(args[1]!)}`);
  let z: Text | undefined;
  if (args.length === 3) {
    z = strText(args[2]!);
    if (z === undefined) throw typeError(`maketrans() argument 3 must be str, not ${typeName(args[2]!)}`);
  }
  if (x.length !== y.length) throw valueError("the first two maketrans arguments must have equal length");
  for (let i = 0; i < x.length; i++) result.set(cpAt(x, i), cpAt(y, i));
  if (z) for (let i = 0; i < z.length; i++) result.set(cpAt(z, i), None);
  return result;
}

// ---- indexing ----

export function strGetItem(self: PyObject, key: PyObject): PyObject {
  const t = self_(self);
  if (
    isInt(key) ||
    typeof key === "boolean" ||
    (typeof key === "object" && typeOf(key).lookup("__index__") !== undefined && !(key instanceof PySlice))
  ) {
    let i = indexArg(typeof key === "boolean" ? Number(key) : key);
    if (i < 0) i += t.length;
    if (i < 0 || i >= t.length) throw indexError("string index out of range");
    const c = t[i]!;
    return c.length === 1 && !(c >= "\ud800" && c <= "\udfff") ? c : new PyAstralStr(strType, [c]);
  }
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, t.length);
    if (step === 1)
      return n === t.length && typeof self === "string" ? self : strFromText(t.slice(start, start + n));
    const out = new Array<string>(n);
    for (let k = 0, i = start; k < n; k++, i += step) out[k] = t[i]!;
    return strFromText(typeof t === "string" ? out.join("") : out);
  }
  throw typeError(`string indices must be integers, not '${typeName(key)}'`);
}

// ---- iteration ----

export const strAsciiIteratorType = builtinType("str_ascii_iterator", undefined, false);
export const strIteratorType = builtinType("str_iterator", undefined, false);
strAsciiIteratorType.disallowInstantiation = true;
strIteratorType.disallowInstantiation = true;

export class PyStrIterator implements PyObjectBase {
  type: PyType;
  index = 0;
  /** The str iterated, or null once exhausted. */
  text: Text | null;
  constructor(text: Text | null) {
    this.text = text;
    this.type = text !== null && isAsciiText(text) ? strAsciiIteratorType : strIteratorType;
  }
  nextValue(): PyObject | undefined {
    const t = this.text;
    if (t === null) return undefined;
    if (this.index >= t.length) {
      this.text = null;
      return undefined;
    }
    const c = t[this.index++]!;
    return c.length === 1 && !(c >= "\ud800" && c <= "\udfff") ? c : new PyAstralStr(strType, [c]);
  }
}

for (const itType of [strAsciiIteratorType, strIteratorType]) {
  defineMethods(itType, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as PyStrIterator).nextValue();
      if (v === undefined) throw newException(StopIteration_);
      return v;
    },
    __length_hint__: (self) => {
      const it = self as PyStrIterator;
      return it.text === null ? 0 : Math.max(0, it.text.length - it.index);
    },
    __reduce__: (self) =>
      reduceWithBuiltin("iter", () => {
        const it = self as PyStrIterator;
        return it.text === null ? [[""]] : [[strFromText(it.text)], it.index];
      }),
    __setstate__(self, args) {
      const it = self as PyStrIterator;
      const i = stateIndex(args[0]);
      if (it.text !== null) it.index = clampIndex(i, 0, it.text.length);
      return None;
    },
  });
}

// ---- comparison helpers ----

function compareOp(op: (c: number) => boolean) {
  return (self: PyObject, args: PyObject[], kwnames: KwNames): PyObject => {
    slotArgs(args, kwnames, 1);
    const a = self_(self);
    const b = strText(args[0]!);
    if (b === undefined) return NotImplemented;
    return op(textCompare(a, b));
  };
}

// ---- encode (the codec machinery lives in codecs.ts) ----

function strArgOrDefault(v: PyObject | undefined, dflt: string, fn: string, param: string): string {
  if (v === undefined) return dflt;
  const t = strText(v);
  if (t === undefined) throw typeError(`${fn}() argument '${param}' must be str, not ${typeName(v)}`);
  return textToJS(t);
}

// ---- the table ----

const caseMethod =
  (name: string, f: (s: string) => string) => (self: PyObject, args: PyObject[], kwnames: KwNames) => {
    noArgs(`str.${name}`, args, kwnames);
    const t = self_(self);
    const r = viaJS(t, f);
    return typeof r === "string" ? strFromJS(r) : strFromText(r);
  };

const predicate =
  (name: string, f: (t: Text) => boolean) =>
  (self: PyObject, args: PyObject[], kwnames: KwNames): PyObject => {
    noArgs(`str.${name}`, args, kwnames);
    return f(self_(self));
  };

defineMethods(strType, {
  __len__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 0);
    return self_(self).length;
  },
  __hash__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 0);
    self_(self);
    return strHash(self as string | PyAstralStr);
  },
  __str__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 0);
    return sameOrCopy(self, self_(self));
  },
  __repr__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 0);
    const t = self_(self);
    // A str in a JS string has no surrogates, nor then has its repr: no need to look.
    return typeof t === "string" ? textReprJS(t) : strFromJS(textReprJS(t));
  },
  __eq__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    const b = strText(args[0]!);
    return b === undefined ? NotImplemented : textEquals(self_(self), b);
  },
  __ne__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    const b = strText(args[0]!);
    return b === undefined ? NotImplemented : !textEquals(self_(self), b);
  },
  __lt__: compareOp((c) => c < 0),
  __le__: compareOp((c) => c <= 0),
  __gt__: compareOp((c) => c > 0),
  __ge__: compareOp((c) => c >= 0),
  __add__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    const a = self_(self);
    const b = strText(args[0]!);
    if (b === undefined) throw typeError(`can only concatenate str (not "${typeName(args[0]!)}") to str`);
    if (typeof a === "string" && typeof b === "string") return a + b;
    return strFromText(textConcat([a, b]));
  },
  __mul__: (self, args, kwnames) => strMul(self, args, kwnames),
  __rmul__: (self, args, kwnames) => strMul(self, args, kwnames),
  __mod__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    self_(self);
    return strHooks.mod(self, args[0]!);
  },
  __rmod__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    return NotImplemented;
  },
  __contains__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    const t = self_(self);
    const sub = strText(args[0]!);
    if (sub === undefined)
      throw typeError(`'in <string>' requires string as left operand, not ${typeName(args[0]!)}`);
    return textFind(t, sub, 0, t.length) >= 0;
  },
  __getitem__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    return strGetItem(self, args[0]!);
  },
  __iter__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 0);
    return new PyStrIterator(self_(self));
  },
  __getnewargs__: (self, args, kwnames) => {
    noArgs("str.__getnewargs__", args, kwnames);
    return new PyTuple([strFromText(self_(self))]);
  },
  __sizeof__: (self, args, kwnames) => {
    noArgs("str.__sizeof__", args, kwnames);
    const t = self_(self);
    let max = 0;
    for (let i = 0; i < t.length; i++) max = Math.max(max, cpAt(t, i));
    return max < 128
      ? 49 + t.length
      : max < 256
        ? 73 + t.length
        : max < 0x10000
          ? 74 + 2 * t.length
          : 76 + 4 * t.length;
  },
  __format__: (self, args, kwnames) => {
    const spec = oneArg("str.__format__", args, kwnames);
    const st = strText(spec);
    if (st === undefined) throw typeError(`__format__() argument must be str, not ${typeName(spec)}`);
    const t = self_(self);
    // an empty spec is str(self), which a subclass may override (as int's and float's)
    if (st.length === 0 && typeOf(self) !== strType) return toStr(self);
    return strFormatSpec(t, textToJS(st), typeName(self));
  },

  find: (self, args, kwnames) => find(self, args, kwnames, "find", false),
  rfind: (self, args, kwnames) => find(self, args, kwnames, "rfind", true),
  index: (self, args, kwnames) => {
    const r = find(self, args, kwnames, "index", false);
    if (r < 0) throw valueError("substring not found");
    return r;
  },
  rindex: (self, args, kwnames) => {
    const r = find(self, args, kwnames, "rindex", true);
    if (r < 0) throw valueError("substring not found");
    return r;
  },
  count: (self, args, kwnames) => {
    const t = self_(self);
    const [sub, s0, e0] = searchArgs("count", args, kwnames);
    const [s, e] = adjustIndices(s0, e0, t.length);
    return textCount(t, sub, s, e);
  },
  startswith: (self, args, kwnames) => matchAffix(self, args, kwnames, "startswith", false),
  endswith: (self, args, kwnames) => matchAffix(self, args, kwnames, "endswith", true),

  center: (self, args, kwnames) => pad(self, args, kwnames, "center"),
  ljust: (self, args, kwnames) => pad(self, args, kwnames, "ljust"),
  rjust: (self, args, kwnames) => pad(self, args, kwnames, "rjust"),
  zfill: (self, args, kwnames) => {
    const t = self_(self);
    const width = ssizeArg(oneArg("str.zfill", args, kwnames));
    if (width <= t.length) return sameOrCopy(self, t);
    const fill = width - t.length;
    const zeros = "0".repeat(fill);
    if (t.length > 0 && (t[0] === "+" || t[0] === "-"))
      return strFromText(textConcat([t.slice(0, 1), zeros, t.slice(1)]));
    return strFromText(textConcat([zeros, t]));
  },
  expandtabs: (self, args, kwnames) => {
    const t = self_(self);
    const [ts] = clinicKwArgs("expandtabs", ["tabsize"], args, kwnames);
    const tabsize = ts === undefined ? 8 : intArg(ts);
    return strFromText(expandTabs(t, tabsize));
  },

  strip: (self, args, kwnames) => strip(self, args, kwnames, "strip"),
  lstrip: (self, args, kwnames) => strip(self, args, kwnames, "lstrip"),
  rstrip: (self, args, kwnames) => strip(self, args, kwnames, "rstrip"),

  split: (self, args, kwnames) => split(self, args, kwnames, "split"),
  rsplit: (self, args, kwnames) => split(self, args, kwnames, "rsplit"),
  splitlines: (self, args, kwnames) => {
    const t = self_(self);
    const [ke] = clinicKwArgs("splitlines", ["keepends"], args, kwnames);
    const keepends = ke === undefined ? false : intArg(ke) !== 0;
    return listOf(splitLines(t, keepends, isLineBreakAt));
  },
  partition: (self, args, kwnames) => partition(self, args, kwnames, false),
  rpartition: (self, args, kwnames) => partition(self, args, kwnames, true),
  join: (self, args, kwnames) => joinTexts(self_(self), oneArg("str.join", args, kwnames)),
  replace: (self, args, kwnames) => {
    const t = self_(self);
    clinicArgs("replace", "str.replace", args, kwnames, 2, 3);
    const old = strText(args[0]!);
    if (old === undefined) throw typeError(`replace() argument 1 must be str, not ${typeName(args[0]!)}`);
    const rep = strText(args[1]!);
    if (rep === undefined) throw typeError(`replace() argument 2 must be str, not ${typeName(args[1]!)}`);
    const count = args[2] === undefined ? -1 : ssizeArg(args[2]);
    if (typeof t === "string" && typeof old === "string" && typeof rep === "string" && old.length > 0)
      return replaceString(t, old, rep, count);
    return strFromText(textConcat(replaceText(t, old, rep, count)));
  },
  removeprefix: (self, args, kwnames) => {
    const t = self_(self);
    const p = oneArg("str.removeprefix", args, kwnames);
    const pt = strText(p);
    if (pt === undefined) throw typeError(`removeprefix() argument must be str, not ${typeName(p)}`);
    if (pt.length > 0 && textMatchAt(t, pt, 0, t.length, false)) return strFromText(t.slice(pt.length));
    return sameOrCopy(self, t);
  },
  removesuffix: (self, args, kwnames) => {
    const t = self_(self);
    const p = oneArg("str.removesuffix", args, kwnames);
    const pt = strText(p);
    if (pt === undefined) throw typeError(`removesuffix() argument must be str, not ${typeName(p)}`);
    if (pt.length > 0 && textMatchAt(t, pt, 0, t.length, true))
      return strFromText(t.slice(0, t.length - pt.length));
    return sameOrCopy(self, t);
  },
  translate: (self, args, kwnames) => translate(self, oneArg("str.translate", args, kwnames)),

  lower: caseMethod("lower", U.lower),
  upper: caseMethod("upper", U.upper),
  casefold: caseMethod("casefold", U.casefold),
  swapcase: caseMethod("swapcase", U.swapcase),
  title: caseMethod("title", U.title),
  capitalize: caseMethod("capitalize", U.capitalize),

  isalpha: predicate("isalpha", (t) => allCodePoints(t, U.isAlpha)),
  isalnum: predicate("isalnum", (t) => allCodePoints(t, U.isAlnum)),
  isdecimal: predicate("isdecimal", (t) => allCodePoints(t, U.isDecimal)),
  isdigit: predicate("isdigit", (t) => allCodePoints(t, U.isDigit)),
  isnumeric: predicate("isnumeric", (t) => allCodePoints(t, U.isNumeric)),
  isspace: predicate("isspace", (t) => allCodePoints(t, U.isSpace)),
  isprintable: predicate("isprintable", isPrintableText),
  isascii: predicate("isascii", isAsciiText),
  isidentifier: predicate("isidentifier", isIdentifierText),
  islower: predicate("islower", (t) => predicateViaJS(t, U.strIsLower)),
  isupper: predicate("isupper", (t) => predicateViaJS(t, U.strIsUpper)),
  istitle: predicate("istitle", (t) => predicateViaJS(t, U.strIsTitle)),

  encode: (self, args, kwnames) => {
    const t = self_(self);
    const [enc, err] = clinicKwArgs("encode", ["encoding", "errors"], args, kwnames);
    return strHooks.encode(
      t,
      strArgOrDefault(enc, "utf-8", "encode", "encoding"),
      strArgOrDefault(err, "strict", "encode", "errors"),
    );
  },
  format: (self, args, kwnames) => {
    self_(self);
    return strHooks.format(self, args, kwnames);
  },
  format_map: (self, args, kwnames) => {
    self_(self);
    return strHooks.formatMap(self, oneArg("str.format_map", args, kwnames));
  },
});
defineSequenceMethods(strType, ["__add__", "__mul__", "__rmul__"]);

// str.maketrans is a static method: a plain built-in function in the type's namespace
// (not a descriptor), so str.maketrans(...) and 'x'.maketrans(...) both call it as is.
strType.dict.set("maketrans", builtinStaticMethod(strType, "maketrans", maketrans));
strType.dict.set(
  "__new__",
  builtinFunction("__new__", (args, kwnames) => strNew(args, kwnames), null),
);
strType.modified();
strType.subscript = strGetItem;
strType.vectorcall = (args, kwnames) => {
  if (kwnames !== null || args.length !== 1) return strNew([strType, ...args], kwnames);
  const x = args[0]!;
  // PyObject_Str's result as it is: a str subclass that __str__ returned stays one.
  return typeof x === "string" ? x : toStr(x);
};

/** str.__new__(cls, object='', encoding=..., errors=...). */
export function strNew(args: PyObject[], kwnames: KwNames): PyObject {
  if (args.length === 0) throw typeError("str.__new__(): not enough arguments");
  const cls = args[0]!;
  if (!(cls instanceof PyTypeClass))
    throw typeError(`str.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtypeOf(strType))
    throw typeError(`str.__new__(${cls.name}): ${cls.name} is not a subtype of str`);
  const rest = args.slice(1);
  const nkw = kwnames ? kwnames.length : 0;
  if (rest.length - nkw > 3) throw typeError(`str() takes at most 3 arguments (${rest.length - nkw} given)`);
  const [obj, enc, err] = clinicKwArgs("str", ["object", "encoding", "errors"], rest, kwnames);
  let value: PyObject;
  if (enc === undefined && err === undefined) value = obj === undefined ? "" : toStr(obj);
  else {
    const encoding = strArgOrDefault(enc, "utf-8", "str", "encoding");
    const errors = strArgOrDefault(err, "strict", "str", "errors");
    if (obj === undefined) value = "";
    else {
      if (isStr(obj)) throw typeError("decoding str is not supported");
      value = strHooks.decode(obj, encoding, errors);
    }
  }
  if (cls === strType) return value;
  return new PyAstralStr(cls, textOf(value as string | PyAstralStr));
}

function strMul(self: PyObject, args: PyObject[], kwnames: KwNames): PyObject {
  slotArgs(args, kwnames, 1);
  const t = self_(self);
  const n = args[0]!;
  // Not an index: binaryOp makes the sequence message, after the other operand's turn.
  if (!isInt(n) && typeof n !== "boolean" && typeOf(n).lookup("__index__") === undefined)
    return NotImplemented;
  const count = repeatCount(n, t.length, typeof t === "string" ? STR_REPEAT : ASTRAL_STR_REPEAT)!;
  if (count === 0) return "";
  if (count === 1) return sameOrCopy(self, t);
  return strFromText(textRepeat(t, count));
}

// Text without astral characters is a JS string; with them, an array of code points.
const STR_REPEAT: RepeatLimit = { maxLength: MAX_STRING_LENGTH, tooLong: "repeated string is too long" };
const ASTRAL_STR_REPEAT: RepeatLimit = { maxLength: MAX_ARRAY_ITEMS, tooLong: "repeated string is too long" };

/** format(str, spec); errors name the receiver's type, which may be a subclass. */
export function strFormatSpec(t: Text, spec: string, tpName = "str"): PyObject {
  try {
    if (spec === "") return strFromText(t);
    const out = formatStr(textToJS(t), spec, tpName);
    // Without surrogates in the text or the fill, the padded text has none either.
    return typeof t === "string" && !SURROGATE_UNIT.test(spec) ? out : strFromJS(out);
  } catch (e) {
    if (e instanceof NumFmtError) throw newException(exceptionType(e.pyType), e.message);
    throw e;
  }
}

export { jsString, isStr, textOf, isInstance, toStr, bytesType };

const SURROGATE_UNIT = /[\ud800-\udfff]/;

/** str.replace of a non-empty `old` in text without astral characters (count < 0: all).
 * Concatenating the pieces is twice as fast as split/join in V8, and replaceAll would read
 * `$&`, `$1`... in the replacement as patterns. */
function replaceString(t: string, old: string, rep: string, count: number): string {
  let i = t.indexOf(old);
  if (i < 0 || count === 0) return t;
  let out = "";
  let last = 0;
  for (let n = 0; i >= 0 && (count < 0 || n < count); n++) {
    out += t.slice(last, i) + rep;
    last = i + old.length;
    i = t.indexOf(old, last);
  }
  return out + t.slice(last);
}
