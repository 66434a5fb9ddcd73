// The `select` module, minimal: select() on a single-threaded host reports every
// descriptor ready (regular files always are; sockets do not exist yet), which is what
// selectors.py and subprocess need to import.

import { exceptionType } from "../objects/exceptions.js";
import { toArray } from "../objects/abstract.js";
import { PyList } from "../objects/list.js";
import { PyTuple } from "../objects/tuple.js";
import { fn } from "./_os_helpers.js";
import { registerNativeModule } from "./registry.js";

registerNativeModule("select", () => ({
  error: exceptionType("OSError"),
  ...Object.fromEntries([
    fn(
      "select",
      "select(rlist, wlist, xlist, timeout=None, /)",
      (r, w) => new PyTuple([new PyList(toArray(r!)), new PyList(toArray(w!)), new PyList([])]),
    ),
  ]),
}));
