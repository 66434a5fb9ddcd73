// The `unicodedata` module over Swallow's Unicode 14.0.0 tables (src/support/unicode/),
// CPython 3.11's unidata_version. Normalization uses JavaScript's String.prototype.normalize,
// whose Unicode version is the engine's (newer): the forms agree with 14.0.0 for every
// character assigned in 14.0.0, and normalize14 keeps the later ones inert. `ucd_3_2_0` is a UCD object with the same methods
// over the same data (only its unidata_version differs) — enough for the idna codec's
// uses on common text.

import { None, objectType } from "../objects/bootstrap.js";
import { KeyError_, newException, typeError, valueError } from "../objects/exceptions.js";
import { builtinFunction, defineGetSets, defineMethods, type KwNames } from "../objects/function.js";
import { newFloat } from "../objects/float.js";
import { bufferOf, PyBytes } from "../objects/bytes.js";
import { typeOf, type PyObject, type PyObjectBase } from "../objects/object.js";
import { codePoints, isStr, jsString, strFromJS, strText } from "../objects/str.js";
import {
  UNIDATA_VERSION,
  bidirectional,
  category,
  characterName,
  combining,
  decimal,
  decomposition,
  digit,
  eastAsianWidth,
  lookupNameOrSequence,
  mirrored,
  numeric,
} from "../support/unicode/index.js";
import { registerNativeModule } from "./registry.js";
import { moduleType } from "./itertools_helpers.js";

/** Functions whose character is the first of two parameters: Argument Clinic then numbers it. */
const TWO_PARAMETERS = new Set(["name", "decimal", "digit", "numeric"]);

/** CPython's NAME_MAXLEN: longer names are refused before any lookup. */
const NAME_MAXLEN = 256;

/** The code point of a one-character str argument. */
function charArg(fn: string, v: PyObject | undefined): number {
  const t = v === undefined ? undefined : strText(v);
  if (t === undefined || t.length !== 1) {
    const got = v === undefined || v === None ? "None" : typeOf(v).name;
    const which = TWO_PARAMETERS.has(fn) ? "argument 1" : "argument";
    throw typeError(`${fn}() ${which} must be a unicode character, not ${got}`);
  }
  return codePoints(t)[0]!;
}

function strArg(fn: string, n: number, v: PyObject): string {
  if (!isStr(v)) throw typeError(`${fn}() argument ${n} must be str, not ${typeOf(v).name}`);
  return jsString(v);
}

/** lookup()'s name: a str, or a read-only buffer (bytes) taken as UTF-8. */
function lookupName(v: PyObject): string {
  if (isStr(v)) return jsString(v);
  const data = bufferOf(v);
  if (data === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  if (!(v instanceof PyBytes))
    throw typeError(`lookup() argument must be read-only bytes-like object, not ${typeOf(v).name}`);
  return new TextDecoder().decode(data);
}

/** `s` in normalization form `form` as Unicode 14.0.0 defines it. The engine's tables are
 * newer: characters it knows but 14.0.0 leaves unassigned may decompose or compose there,
 * while in 14.0.0 they are inert starters that stay as they are. Such a character splits
 * the string into pieces that normalize independently, and assigned characters normalize
 * the same in every version (Unicode's stability policy). */
function normalize14(s: string, form: string): string {
  const out = s.normalize(form);
  if (out === s) return out;
  let start = 0;
  let result = "";
  let split = false;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp >= 0x80 && category(cp) === "Cn") {
      result += s.slice(start, i).normalize(form) + s.slice(i, i + width);
      start = i + width;
      split = true;
    }
    i += width;
  }
  return split ? result + s.slice(start).normalize(form) : out;
}

const FORMS = new Set(["NFC", "NFD", "NFKC", "NFKD"]);

/** `latest`: called as a function of the module (Unicode 14.0.0), not on ucd_3_2_0. */
type Impl = (args: PyObject[], latest: boolean) => PyObject;

const functions: Record<string, Impl> = {
  category: (a) => strFromJS(category(charArg("category", a[0]))),
  bidirectional: (a) => strFromJS(bidirectional(charArg("bidirectional", a[0]))),
  combining: (a) => combining(charArg("combining", a[0])),
  east_asian_width: (a) => strFromJS(eastAsianWidth(charArg("east_asian_width", a[0]))),
  mirrored: (a) => mirrored(charArg("mirrored", a[0])),
  decomposition: (a) => strFromJS(decomposition(charArg("decomposition", a[0]))),
  decimal(a) {
    const v = decimal(charArg("decimal", a[0]));
    if (v !== undefined) return v;
    if (a.length > 1) return a[1]!;
    throw valueError("not a decimal");
  },
  digit(a) {
    const v = digit(charArg("digit", a[0]));
    if (v !== undefined) return v;
    if (a.length > 1) return a[1]!;
    throw valueError("not a digit");
  },
  numeric(a) {
    const v = numeric(charArg("numeric", a[0]));
    if (v !== undefined) return newFloat(v);
    if (a.length > 1) return a[1]!;
    throw valueError("not a numeric character");
  },
  name(a) {
    const n = characterName(charArg("name", a[0]));
    if (n !== undefined) return strFromJS(n);
    if (a.length > 1) return a[1]!;
    throw valueError("no such name");
  },
  lookup(a, latest) {
    if (a.length !== 1)
      throw typeError(`unicodedata.lookup() takes exactly one argument (${a.length} given)`);
    const name = lookupName(a[0]!);
    // The limit is on the UTF-8 length, as CPython sees the name as a C string.
    if (new TextEncoder().encode(name).length > NAME_MAXLEN)
      throw newException(KeyError_, strFromJS("name too long"));
    const s = lookupNameOrSequence(name, latest);
    if (s === undefined) throw newException(KeyError_, strFromJS(`undefined character name '${name}'`));
    return strFromJS(s);
  },
  normalize(a) {
    const form = strArg("normalize", 1, a[0]!);
    const s = strArg("normalize", 2, a[1]!);
    if (!FORMS.has(form)) throw valueError("invalid normalization form");
    return strFromJS(normalize14(s, form));
  },
  is_normalized(a) {
    const form = strArg("is_normalized", 1, a[0]!);
    const s = strArg("is_normalized", 2, a[1]!);
    if (!FORMS.has(form)) throw valueError("invalid normalization form");
    return normalize14(s, form) === s;
  },
};

function checkCount(name: string, args: PyObject[], kwnames: KwNames): void {
  if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
  const max = ["decimal", "digit", "numeric", "name"].includes(name)
    ? 2
    : ["normalize", "is_normalized"].includes(name)
      ? 2
      : 1;
  const min = ["normalize", "is_normalized"].includes(name) ? 2 : 1;
  if (name === "lookup") return;
  if (args.length < min || args.length > max) {
    if (min === max)
      throw typeError(`${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
    throw typeError(
      args.length < min
        ? `${name} expected at least ${min} argument, got ${args.length}`
        : `${name} expected at most ${max} arguments, got ${args.length}`,
    );
  }
}

const ucdType = moduleType("unicodedata", "UCD", objectType, false);

class PyUCD implements PyObjectBase {
  type = ucdType;
  constructor(readonly version: string) {}
}

defineMethods(
  ucdType,
  Object.fromEntries(
    Object.entries(functions).map(([name, impl]) => [
      name,
      (self: PyObject, args: PyObject[], kwnames: KwNames) => {
        checkCount(name, args, kwnames);
        return impl(args, (self as PyUCD).version === UNIDATA_VERSION);
      },
    ]),
  ),
);
defineGetSets(ucdType, { unidata_version: [(self) => strFromJS((self as PyUCD).version)] });

registerNativeModule("unicodedata", () => {
  const ns: Record<string, PyObject> = {
    unidata_version: strFromJS(UNIDATA_VERSION),
    ucd_3_2_0: new PyUCD("3.2.0"),
    UCD: ucdType,
  };
  for (const [name, impl] of Object.entries(functions))
    ns[name] = builtinFunction(
      name,
      (args, kwnames) => {
        checkCount(name, args, kwnames);
        return impl(args, true);
      },
      "unicodedata",
    );
  return ns;
});
