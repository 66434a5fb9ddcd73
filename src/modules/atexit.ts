// The `atexit` module: callbacks run in last-in, first-out order when the main program
// ends (the runtime calls runAtexitCallbacks). As in CPython, an exception in a callback
// is reported ("Exception ignored in atexit callback") and the others still run.

import { None } from "../objects/bootstrap.js";
import { call } from "../objects/call.js";
import { exceptionType, typeError } from "../objects/exceptions.js";
import { builtinFunction, type KwNames } from "../objects/function.js";
import type { PyObject } from "../objects/object.js";
import { eq, reprJS } from "../objects/abstract.js";
import { typeOf } from "../objects/object.js";
import { formatException } from "../vm/traceback.js";
import { toPyException } from "../vm/errors.js";
import { vm } from "../vm/state.js";
import { registerNativeModule } from "./registry.js";
import { sysAttribute } from "./sys.js";
import { callMethod } from "../objects/abstract.js";
import { strFromJS } from "../objects/str.js";

interface Callback {
  func: PyObject;
  args: PyObject[];
  kwnames: KwNames;
}

let callbacks: Callback[] = [];

function report(text: string): void {
  const err = sysAttribute("stderr");
  try {
    if (err !== undefined && err !== None) {
      callMethod(err, "write", [strFromJS(text)]);
      return;
    }
  } catch {
    // fall through to the host
  }
  vm.host.writeStderr(text);
}

/** Runs (and forgets) the registered callbacks, newest first. */
export function runAtexitCallbacks(): void {
  while (callbacks.length > 0) {
    const cb = callbacks.pop()!;
    try {
      call(cb.func, cb.args, cb.kwnames);
    } catch (thrown) {
      const e = toPyException(thrown);
      if (e.type.isSubtypeOf(exceptionType("SystemExit"))) continue;
      report(`Exception ignored in atexit callback: ${reprJS(cb.func)}\n${formatException(e)}`);
    }
  }
}

registerNativeModule("atexit", () => {
  callbacks = [];
  return {
    register: builtinFunction(
      "register",
      (args, kwnames) => {
        const nkw = kwnames?.length ?? 0;
        if (args.length - nkw < 1) throw typeError("register() takes at least 1 argument (0 given)");
        const func = args[0]!;
        if (typeOf(func).lookup("__call__") === undefined)
          throw typeError("the first argument must be callable");
        callbacks.push({ func, args: args.slice(1), kwnames });
        return func;
      },
      "atexit",
    ),
    unregister: builtinFunction(
      "unregister",
      (args) => {
        if (args.length !== 1)
          throw typeError(`unregister() takes exactly one argument (${args.length} given)`);
        callbacks = callbacks.filter((cb) => !eq(cb.func, args[0]!));
        return None;
      },
      "atexit",
    ),
    _run_exitfuncs: builtinFunction(
      "_run_exitfuncs",
      () => {
        runAtexitCallbacks();
        return None;
      },
      "atexit",
    ),
    _clear: builtinFunction(
      "_clear",
      () => {
        callbacks = [];
        return None;
      },
      "atexit",
    ),
    _ncallbacks: builtinFunction("_ncallbacks", () => callbacks.length, "atexit"),
  };
});
