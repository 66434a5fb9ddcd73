// The `_io` module (CPython's Modules/_io): its body is Python (_io_py.ts) over posix's
// file descriptors, with BytesIO and StringIO native and native fast paths for reading and
// writing by lines (fast_paths.ts); this file registers it, handing the body the function
// that makes those two under its base classes, and installs the built-in open().

import { call } from "../../objects/call.js";
import { builtinFunction } from "../../objects/function.js";
import type { PyObject } from "../../objects/object.js";
import { strText } from "../../objects/str.js";
import { PyTuple } from "../../objects/tuple.js";
import type { PyType } from "../../objects/type.js";
import { makeBytesIOType } from "./bytesio.js";
import { makeStringIOType } from "./stringio.js";
import { getAttr } from "../../objects/abstract.js";
import { findAndLoad } from "../../vm/import.js";
import { builtinsHooks } from "../builtins.js";
import { runModuleSource } from "../_os_helpers.js";
import { registerNativeModule } from "../registry.js";
import { IO_PY } from "./_io_py.js";
import { installFastPaths } from "./fast_paths.js";

registerNativeModule("_io", () => {
  const ns = runModuleSource("_io", IO_PY, {
    _memory_streams: builtinFunction("_memory_streams", (args) => {
      const [bufferedBase, textBase] = args as [PyType, PyType];
      return new PyTuple([makeBytesIOType(bufferedBase), makeStringIOType(textBase)]);
    }),
    // Whether a str has no lone surrogate, so that UTF-8 surely encodes it: TextIOWrapper's
    // write checks this instead of encoding each line twice.
    _utf8_safe: builtinFunction("_utf8_safe", (args) => hasNoLoneSurrogate(args[0]!)),
  });
  installFastPaths(ns);
  return ns;
});

function hasNoLoneSurrogate(s: PyObject): boolean {
  const text = strText(s);
  if (text === undefined) return false;
  // A plain JS string never holds a surrogate (str.ts); a code point's string has length 1
  // and is a surrogate only when it stands alone.
  if (typeof text === "string") return true;
  for (const cp of text) if (cp.length === 1 && (cp.charCodeAt(0) & 0xf800) === 0xd800) return false;
  return true;
}

builtinsHooks.open = (args, kwnames) => call(getAttr(findAndLoad("_io"), "open"), args, kwnames);
