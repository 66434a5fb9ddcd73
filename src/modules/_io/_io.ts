// The `_io` module (CPython's Modules/_io): its body is Python (_io_py.ts) over posix's
// file descriptors; this file registers it and installs the built-in open().

import { call } from "../../objects/call.js";
import { getAttr } from "../../objects/abstract.js";
import { findAndLoad } from "../../vm/import.js";
import { builtinsHooks } from "../builtins.js";
import { runModuleSource } from "../_os_helpers.js";
import { registerNativeModule } from "../registry.js";
import { IO_PY } from "./_io_py.js";

registerNativeModule("_io", () => runModuleSource("_io", IO_PY, {}));

builtinsHooks.open = (args, kwnames) => call(getAttr(findAndLoad("_io"), "open"), args, kwnames);
