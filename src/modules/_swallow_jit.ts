// `_swallow_jit`: what the JIT is doing, for tests and curious users (issue: "a small module
// exposes whether the JIT is on"). CPython has no such module; programs that import it are
// Swallow-specific by intent.
//
//   enabled() -> bool                 whether compiled code may run in this process
//   threshold() -> int                calls plus loop iterations before compilation
//   is_compiled(func) -> bool         whether func's code currently has compiled code
//   info(func) -> dict                compilations, deoptimisations, compile time (ms)

import { typeError } from "../objects/exceptions.js";
import { builtinFunction } from "../objects/function.js";
import { PyFunction } from "../objects/function.js";
import { PyDict } from "../objects/dict.js";
import { newFloat } from "../objects/float.js";
import type { PyObject } from "../objects/object.js";
import type { CodeObject } from "../compiler/code.js";
import { codeRuntime } from "../vm/code_runtime.js";
import { jitSettings } from "../vm/jit_hooks.js";
import { registerNativeModule } from "./registry.js";

function codeOf(name: string, f: PyObject | undefined): CodeObject {
  if (!(f instanceof PyFunction)) throw typeError(`${name}() argument must be a Python function`);
  return f.code as CodeObject;
}

registerNativeModule("_swallow_jit", () => ({
  enabled: builtinFunction("enabled", () => jitSettings.enabled, "_swallow_jit"),
  threshold: builtinFunction("threshold", () => jitSettings.threshold, "_swallow_jit"),
  is_compiled: builtinFunction(
    "is_compiled",
    (args) => codeRuntime(codeOf("is_compiled", args[0])).jit?.entry != null,
    "_swallow_jit",
  ),
  info: builtinFunction(
    "info",
    (args) => {
      const state = codeRuntime(codeOf("info", args[0])).jit;
      const d = new PyDict();
      d.setStr("compiled", state?.entry != null);
      d.setStr("compilations", state?.compiles ?? 0);
      d.setStr("deoptimisations", state?.totalDeopts ?? 0);
      d.setStr("generic_sites", state?.genericSites.size ?? 0);
      d.setStr("compile_ms", newFloat(state?.compileMs ?? 0));
      d.setStr("never", state?.never ?? false);
      return d;
    },
    "_swallow_jit",
  ),
}));
