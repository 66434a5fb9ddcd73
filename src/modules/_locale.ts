// The `_locale` module, modelled on glibc with only its built-in locales: "C" (also
// named "POSIX") and "C.UTF-8" (under any spelling of its codeset glibc accepts). Each of
// glibc's thirteen categories has its own locale; LC_ALL answers with one name when they
// agree and with glibc's composite "LC_CTYPE=...;LC_NUMERIC=...;..." string when not.

import { None } from "../objects/bootstrap.js";
import { PyDict } from "../objects/dict.js";
import { PyList } from "../objects/list.js";
import { newException, exceptionType, overflowError, typeError, valueError } from "../objects/exceptions.js";
import { index } from "../objects/abstract.js";
import { typeName } from "../objects/names.js";
import type { PyObject } from "../objects/object.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { PyType } from "../objects/type.js";
import { typeType } from "../objects/bootstrap.js";
import { vm } from "../vm/state.js";
import { C_DAYS, C_MONTHS, knownLocale } from "../support/locale_names.js";
import { fsDecode, fspath } from "./_os_helpers.js";
import { builtinFunction } from "../objects/function.js";
import { clinicArgs, noArgs, oneArg } from "../objects/str_args.js";
import type { PyBytes } from "../objects/bytes.js";
import { registerNativeModule } from "./registry.js";

const M = "_locale";

const LC_ALL = 6;
/** glibc's categories by number (LC_ALL, 6, is not one), in the order of its composite
 * names. */
const CATEGORIES: readonly [number, string][] = [
  [0, "LC_CTYPE"],
  [1, "LC_NUMERIC"],
  [2, "LC_TIME"],
  [3, "LC_COLLATE"],
  [4, "LC_MONETARY"],
  [5, "LC_MESSAGES"],
  [7, "LC_PAPER"],
  [8, "LC_NAME"],
  [9, "LC_ADDRESS"],
  [10, "LC_TELEPHONE"],
  [11, "LC_MEASUREMENT"],
  [12, "LC_IDENTIFICATION"],
];

/** nl_langinfo's constants (glibc's item numbers) and their values in the C locales;
 * CODESET is looked up from LC_CTYPE instead. */
const LANGINFO: readonly [string, number, string][] = [
  ["CODESET", 14, ""],
  ["RADIXCHAR", 0x10000, "."],
  ["THOUSEP", 0x10001, ""],
  ...C_DAYS.map((d, i): [string, number, string] => [`ABDAY_${i + 1}`, 0x20000 + i, d.slice(0, 3)]),
  ...C_DAYS.map((d, i): [string, number, string] => [`DAY_${i + 1}`, 0x20007 + i, d]),
  ...C_MONTHS.map((m, i): [string, number, string] => [`ABMON_${i + 1}`, 0x2000e + i, m.slice(0, 3)]),
  ...C_MONTHS.map((m, i): [string, number, string] => [`MON_${i + 1}`, 0x2001a + i, m]),
  ["AM_STR", 0x20026, "AM"],
  ["PM_STR", 0x20027, "PM"],
  ["D_T_FMT", 0x20028, "%a %b %e %H:%M:%S %Y"],
  ["D_FMT", 0x20029, "%m/%d/%y"],
  ["T_FMT", 0x2002a, "%H:%M:%S"],
  ["T_FMT_AMPM", 0x2002b, "%I:%M:%S %p"],
  ["ERA", 0x2002c, ""],
  ["ERA_D_FMT", 0x2002e, ""],
  ["ALT_DIGITS", 0x2002f, ""],
  ["ERA_D_T_FMT", 0x20030, ""],
  ["ERA_T_FMT", 0x20031, ""],
  ["_DATE_FMT", 0x2006c, "%a %b %e %H:%M:%S %Z %Y"],
  ["CRNCYSTR", 0x4000f, "-"],
  ["YESEXPR", 0x50000, "^[yY]"],
  ["NOEXPR", 0x50001, "^[nN]"],
];
const LANGINFO_BY_KEY = new Map(LANGINFO.map(([, key, value]) => [key, value]));

function getenv(key: string): string {
  return vm.host.os?.getenv(key) ?? "";
}

/** What setlocale(category, "") picks: LC_ALL, then the category's own variable, then LANG. */
function envLocale(categoryName: string): string {
  return getenv("LC_ALL") || getenv(categoryName) || getenv("LANG") || "C";
}

function intArg(v: PyObject): number {
  const n = index(v);
  if (typeof n === "bigint" || n > 2147483647 || n < -2147483648)
    throw overflowError("Python int too large to convert to C int");
  return n;
}

/** A `str` (or `str | None`) argument of Argument Clinic, without NUL characters; `pos` 0
 * is the only argument of a one-argument function, which the message does not number. */
function strArg(v: PyObject, func: string, pos: number, allowNone: boolean): string | undefined {
  if (allowNone && v === None) return undefined;
  if (!isStr(v)) {
    const want = allowNone ? "str or None" : "str";
    const which = pos === 0 ? "argument" : `argument ${pos}`;
    throw typeError(`${func}() ${which} must be ${want}, not ${v === None ? "None" : typeName(v)}`);
  }
  const s = jsString(v);
  if (s.includes("\0")) throw valueError("embedded null character");
  return s;
}

/** Code-point order, as wcscmp compares in the C locales (JS's < compares UTF-16 units). */
function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length === y.length ? 0 : x.length < y.length ? -1 : 1;
}

/** A function with CPython's calling convention for its arity (METH_NOARGS, METH_O or
 * positional-only Argument Clinic), whose argument-count errors are worded differently. */
function cfn(
  name: string,
  min: number,
  max: number,
  impl: (...args: PyObject[]) => PyObject,
): [string, PyObject] {
  const qualname = `${M}.${name}`;
  return [
    name,
    builtinFunction(
      name,
      (args, kwnames) => {
        if (max === 0) noArgs(qualname, args, kwnames);
        else if (min === 1 && max === 1) oneArg(qualname, args, kwnames);
        else clinicArgs(name, qualname, args, kwnames, min, max);
        return impl(...args);
      },
      M,
    ),
  ];
}

registerNativeModule("_locale", () => {
  const error = new PyType(typeType, "Error", [exceptionType("ValueError")], true);
  error.dict.set("__module__", "locale");
  const fail = (message: string) => newException(error, strFromJS(message));

  const current = new Map<number, string>(CATEGORIES.map(([c]) => [c, "C"]));
  // CPython sets LC_CTYPE from the environment at start-up (where the command line has put
  // LC_CTYPE=C.UTF-8 in place of the C locale, PEP 538).
  current.set(0, knownLocale(envLocale("LC_CTYPE")) ?? "C");

  const query = (category: number): string => {
    if (category !== LC_ALL) return current.get(category)!;
    const names = CATEGORIES.map(([c]) => current.get(c)!);
    if (names.every((n) => n === names[0])) return names[0]!;
    return CATEGORIES.map(([c, n]) => `${n}=${current.get(c)!}`).join(";");
  };

  /** The new locale of every category `category` covers, or undefined if glibc refuses. */
  const resolve = (category: number, name: string): Map<number, string> | undefined => {
    const out = new Map<number, string>();
    const cats = category === LC_ALL ? CATEGORIES : CATEGORIES.filter(([c]) => c === category);
    if (category === LC_ALL && name.includes(";")) {
      for (const part of name.split(";")) {
        const eq = part.indexOf("=");
        const entry = CATEGORIES.find(([, n]) => n === part.slice(0, eq));
        const known = eq < 0 ? undefined : knownLocale(part.slice(eq + 1));
        if (entry === undefined || known === undefined) return undefined;
        out.set(entry[0], known);
      }
      return out.size === CATEGORIES.length ? out : undefined;
    }
    for (const [c, catName] of cats) {
      const known = knownLocale(name === "" ? envLocale(catName) : name);
      if (known === undefined) return undefined;
      out.set(c, known);
    }
    return out;
  };

  const codeset = () => (current.get(0) === "C" ? "ANSI_X3.4-1968" : "UTF-8");

  let domain = "messages";
  const boundDirs = new Map<string, string>();
  const codesets = new Map<string, string>();

  return {
    LC_CTYPE: 0,
    LC_NUMERIC: 1,
    LC_TIME: 2,
    LC_COLLATE: 3,
    LC_MONETARY: 4,
    LC_MESSAGES: 5,
    LC_ALL,
    CHAR_MAX: 127,
    Error: error,
    ...Object.fromEntries(LANGINFO.map(([name, key]) => [name, key])),
    ...Object.fromEntries([
      cfn("setlocale", 1, 2, (c, l) => {
        const category = intArg(c!);
        const valid = category === LC_ALL || current.has(category);
        const name = strArg(l ?? None, "setlocale", 2, true);
        if (name === undefined) {
          if (!valid) throw fail("locale query failed");
          return strFromJS(query(category));
        }
        const changes = valid ? resolve(category, name) : undefined;
        if (changes === undefined) throw fail("unsupported locale setting");
        for (const [k, v] of changes) current.set(k, v);
        return strFromJS(query(category));
      }),
      cfn("localeconv", 0, 0, () => {
        const d = new PyDict();
        const set = (k: string, v: PyObject) => d.setStr(k, v);
        set("int_curr_symbol", "");
        set("currency_symbol", "");
        set("mon_decimal_point", "");
        set("mon_thousands_sep", "");
        set("mon_grouping", new PyList([]));
        set("positive_sign", "");
        set("negative_sign", "");
        for (const k of [
          "int_frac_digits",
          "frac_digits",
          "p_cs_precedes",
          "p_sep_by_space",
          "n_cs_precedes",
          "n_sep_by_space",
          "p_sign_posn",
          "n_sign_posn",
        ])
          set(k, 127);
        set("decimal_point", ".");
        set("thousands_sep", "");
        set("grouping", new PyList([]));
        return d;
      }),
      cfn("strcoll", 2, 2, (a, b) =>
        compareCodePoints(strArg(a!, "strcoll", 1, false)!, strArg(b!, "strcoll", 2, false)!),
      ),
      cfn("strxfrm", 1, 1, (s) => strFromJS(strArg(s!, "strxfrm", 0, false)!)),
      cfn("getencoding", 0, 0, () => strFromJS(codeset())),
      cfn("nl_langinfo", 1, 1, (k) => {
        const key = intArg(k!);
        if (key === 14) return strFromJS(codeset());
        const value = LANGINFO_BY_KEY.get(key);
        if (value === undefined) throw valueError("unsupported langinfo constant");
        return strFromJS(value);
      }),
      // No message catalogs exist for the C locales, so every lookup gives the message back.
      cfn("gettext", 1, 1, (m) => strFromJS(strArg(m!, "gettext", 0, false)!)),
      cfn("dgettext", 2, 2, (d, m) => {
        strArg(d!, "dgettext", 1, true);
        return strFromJS(strArg(m!, "dgettext", 2, false)!);
      }),
      cfn("dcgettext", 3, 3, (d, m, c) => {
        strArg(d!, "dcgettext", 1, true);
        const msg = strArg(m!, "dcgettext", 2, false)!;
        intArg(c!);
        return strFromJS(msg);
      }),
      cfn("textdomain", 1, 1, (d) => {
        const name = strArg(d!, "textdomain", 0, true);
        // glibc's textdomain("") restores the default domain.
        if (name !== undefined) domain = name === "" ? "messages" : name;
        return strFromJS(domain);
      }),
      cfn("bindtextdomain", 2, 2, (d, dir) => {
        const name = strArg(d!, "bindtextdomain", 1, false)!;
        if (name === "") throw fail("domain must be a non-empty string");
        if (dir !== None) {
          // PyUnicode_FSConverter: str, bytes or os.PathLike, without NUL bytes.
          const path = fspath(dir!);
          const text = isStr(path) ? jsString(path) : fsDecode((path as PyBytes).data);
          if (text.includes("\0")) throw valueError("embedded null byte");
          boundDirs.set(name, text);
        }
        return strFromJS(boundDirs.get(name) ?? "/usr/share/locale");
      }),
      cfn("bind_textdomain_codeset", 2, 2, (d, c) => {
        const name = strArg(d!, "bind_textdomain_codeset", 1, false)!;
        const cs = strArg(c!, "bind_textdomain_codeset", 2, true);
        if (cs !== undefined) codesets.set(name, cs);
        const now = codesets.get(name);
        return now === undefined ? None : strFromJS(now);
      }),
    ]),
  };
});
