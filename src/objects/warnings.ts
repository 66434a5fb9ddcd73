// Warnings issued by native code (CPython's PyErr_WarnEx): the message goes through the
// Python `warnings` module, so filters, `catch_warnings` and `-W error` apply as in CPython.
// The runtime installs the module importer; objects cannot import the VM.

import { callMethod } from "./abstract.js";
import { exceptionType } from "./exceptions.js";
import type { PyObject } from "./object.js";
import { strFromJS } from "./str.js";

export const warningHooks: { importModule: ((name: string) => PyObject) | null } = { importModule: null };

/** Warns with a warning class named as in builtins. `stacklevel` 1 blames the Python code
 * that called the native function, as PyErr_WarnEx's. May raise (a filter set to error). */
export function warn(category: string, message: string, stacklevel = 1): void {
  const importModule = warningHooks.importModule;
  if (importModule === null) return;
  callMethod(importModule("warnings"), "warn", [strFromJS(message), exceptionType(category), stacklevel]);
}

/** `warnings.warn_explicit(message, category, filename, lineno)`: a warning about a place
 * in source rather than the running code (the compiler's SyntaxWarnings). May raise. */
export function warnExplicit(category: string, message: string, filename: string, lineno: number): void {
  const importModule = warningHooks.importModule;
  if (importModule === null) return;
  callMethod(importModule("warnings"), "warn_explicit", [
    strFromJS(message),
    exceptionType(category),
    strFromJS(filename),
    lineno,
  ]);
}

/** The DeprecationWarning of a conversion slot (`__int__`, `__index__`, `__float__`, ...)
 * that returned an instance of a strict subclass of the expected type. */
export function warnStrictSubclassResult(slot: string, expected: string, result: string): void {
  warn(
    "DeprecationWarning",
    `${slot} returned non-${expected} (type ${result}).  The ability to return an instance of a strict ` +
      `subclass of ${expected} is deprecated, and may be removed in a future version of Python.`,
  );
}
