// Late-bound operations of str that live in other files of this folder (codecs,
// str.format, % formatting), so that str_methods.ts has no import cycle with them.

import type { KwNames } from "./function.js";
import type { PyObject } from "./object.js";
import type { Text } from "./str.js";

export const strHooks: {
  encode: (t: Text, encoding: string, errors: string) => PyObject;
  format: (self: PyObject, args: PyObject[], kwnames: KwNames) => PyObject;
  formatMap: (self: PyObject, mapping: PyObject) => PyObject;
  mod: (self: PyObject, args: PyObject) => PyObject;
  decode: (obj: PyObject, encoding: string, errors: string) => PyObject;
} = {
  encode: () => {
    throw new Error("codecs not initialised");
  },
  format: () => {
    throw new Error("str_format not initialised");
  },
  formatMap: () => {
    throw new Error("str_format not initialised");
  },
  mod: () => {
    throw new Error("percent_format not initialised");
  },
  decode: () => {
    throw new Error("codecs not initialised");
  },
};
