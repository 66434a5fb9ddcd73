// list and tuple concatenation as abstract.ts reaches it: abstract.ts cannot import list.ts
// or tuple.ts (they import it), so list.ts installs the function (as int_hooks.ts for int).

import type { PyObject } from "./object.js";

/** `a + b` for an exact list and list or an exact tuple and tuple (whose `__add__` cannot be
 * replaced), else undefined. */
export const sequenceConcatHook: {
  concat: (a: PyObject, b: PyObject) => PyObject | undefined;
} = { concat: () => undefined };
