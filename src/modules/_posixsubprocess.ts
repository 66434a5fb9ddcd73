// `_posixsubprocess`, which subprocess.py imports on POSIX. The host interface has no
// process creation, so fork_exec fails as a platform without fork would: OSError(ENOSYS).
// Importing subprocess (and the many modules that import it) then works.

import { newOSError } from "../objects/exception_methods.js";
import { builtinFunction } from "../objects/function.js";
import { strerror } from "./_os_helpers.js";
import { registerNativeModule } from "./registry.js";

const ENOSYS = 38;

registerNativeModule("_posixsubprocess", () => ({
  fork_exec: builtinFunction(
    "fork_exec",
    () => {
      throw newOSError(ENOSYS, strerror(ENOSYS));
    },
    "_posixsubprocess",
  ),
}));
