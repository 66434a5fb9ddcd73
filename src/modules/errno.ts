// The `errno` module: Linux's error numbers by name, and `errorcode` (number → name).

import { PyDict } from "../objects/dict.js";
import type { PyObject } from "../objects/object.js";
import { strFromJS } from "../objects/str.js";
import { ERRNO_ALIASES, ERRNO_TABLE } from "./errno_table.js";
import { registerNativeModule } from "./registry.js";

registerNativeModule("errno", () => {
  const ns: Record<string, PyObject> = {};
  const errorcode = new PyDict();
  for (const [n, name] of ERRNO_TABLE) {
    ns[name] = n;
    errorcode.set(n, strFromJS(name));
  }
  for (const [name, n] of ERRNO_ALIASES) ns[name] = n;
  ns["errorcode"] = errorcode;
  return ns;
});
