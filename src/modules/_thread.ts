// The `_thread` module for a runtime with one thread. Locks keep CPython's semantics (a
// held lock cannot be acquired again: a blocking acquire with a timeout waits it out and
// returns False; without one it would wait forever, so that raises instead of hanging);
// RLock counts re-entries. start_new_thread raises RuntimeError("can't start new thread"):
// threads need a host with workers, which Swallow does not have yet.

import { THREAD_PY } from "./_thread_py.js";
import { runModuleSource } from "./_os_helpers.js";
import { registerNativeModule } from "./registry.js";
import { builtinFunction } from "../objects/function.js";
import { vm } from "../vm/state.js";
import { checkInterrupt } from "../vm/ops.js";
import { None } from "../objects/bootstrap.js";
import { toFloat } from "../objects/abstract.js";

registerNativeModule("_thread", () =>
  runModuleSource("_thread", THREAD_PY, {
    _sleep: builtinFunction(
      "_sleep",
      (args) => {
        vm.host.os?.sleep(toFloat(args[0]!), checkInterrupt);
        return None;
      },
      "_thread",
    ),
  }),
);
