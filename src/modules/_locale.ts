// The `_locale` module in the C locale (the only one Swallow has): setlocale answers "C"
// and accepts "C", "POSIX" and "" ; localeconv gives the C locale's conventions.

import { None } from "../objects/bootstrap.js";
import { PyDict } from "../objects/dict.js";
import { PyList } from "../objects/list.js";
import { newException, exceptionType } from "../objects/exceptions.js";
import type { PyObject } from "../objects/object.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { PyType } from "../objects/type.js";
import { typeType } from "../objects/bootstrap.js";
import { fn } from "./_os_helpers.js";
import { registerNativeModule } from "./registry.js";

const M = "_locale";

registerNativeModule("_locale", () => {
  const error = new PyType(typeType, "Error", [exceptionType("ValueError")], true);
  error.dict.set("__module__", "locale");
  let current = "C";
  return {
    LC_CTYPE: 0,
    LC_NUMERIC: 1,
    LC_TIME: 2,
    LC_COLLATE: 3,
    LC_MONETARY: 4,
    LC_MESSAGES: 5,
    LC_ALL: 6,
    CHAR_MAX: 127,
    Error: error,
    ...Object.fromEntries([
      fn(M, "setlocale(category, locale=None, /)", (_c, l) => {
        if (l === undefined || l === None) return strFromJS(current);
        const name = isStr(l) ? jsString(l) : "";
        if (name === "" || name === "C" || name === "POSIX" || /^C\.UTF-?8$/i.test(name)) {
          current = name === "" ? "C.UTF-8" : name;
          return strFromJS(current);
        }
        throw newException(error, strFromJS("unsupported locale setting"));
      }),
      fn(M, "localeconv()", () => {
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
      fn(M, "strcoll(os1, os2, /)", (a, b) => {
        const x = jsString(a!);
        const y = jsString(b!);
        return x < y ? -1 : x > y ? 1 : 0;
      }),
      fn(M, "strxfrm(string, /)", (s) => s!),
      fn(M, "getencoding()", () => strFromJS("UTF-8")),
      fn(M, "nl_langinfo(key, /)", () => strFromJS("")),
    ]),
  };
});
