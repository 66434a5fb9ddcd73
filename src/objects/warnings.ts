// Warnings issued by native code (CPython's PyErr_WarnEx and PyErr_WarnExplicit): they go
// through the `_warnings` module's filters and registries (src/modules/_warnings.ts, which
// fills in these hooks), so filters, `catch_warnings` and `-W error` apply as in CPython.
// Objects cannot import the modules layer, hence the hooks.

import { exceptionType } from "./exceptions.js";
import type { PyObject } from "./object.js";
import { strFromJS } from "./str.js";

export const warningHooks: {
  /** do_warn: `stacklevel` frames up from the running Python code. */
  warn: ((category: PyObject, message: PyObject, stacklevel: number, source: PyObject | null) => void) | null;
  /** warn_explicit without module, registry or source. */
  warnExplicit: ((category: PyObject, message: PyObject, filename: PyObject, lineno: number) => void) | null;
  /** _PyErr_WarnUnawaitedCoroutine: never raises. */
  warnUnawaitedCoroutine: ((coro: PyObject, qualname: string) => void) | null;
} = { warn: null, warnExplicit: null, warnUnawaitedCoroutine: null };

/** Warns with a warning class named as in builtins. `stacklevel` 1 blames the Python code
 * that called the native function, as PyErr_WarnEx's. May raise (a filter set to error).
 * `source` is the object a ResourceWarning is about (PyErr_ResourceWarning). */
export function warn(
  category: string,
  message: string,
  stacklevel = 1,
  source: PyObject | null = null,
): void {
  warningHooks.warn?.(exceptionType(category), strFromJS(message), stacklevel, source);
}

/** PyErr_WarnExplicit: a warning about a place in source rather than the running code (the
 * compiler's SyntaxWarnings). May raise. */
export function warnExplicit(category: string, message: string, filename: string, lineno: number): void {
  warningHooks.warnExplicit?.(exceptionType(category), strFromJS(message), strFromJS(filename), lineno);
}

/** "coroutine '...' was never awaited", for a coroutine found dead before it started. */
export function warnUnawaitedCoroutine(coro: PyObject, qualname: string): void {
  warningHooks.warnUnawaitedCoroutine?.(coro, qualname);
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
