// sysconfig reads the build's configuration from a module named after the ABI and the
// platform (`_sysconfigdata_{sys.abiflags}_{sys.platform}_{sys.implementation._multiarch}`),
// which CPython's build generates. Swallow has no C build, so the variables describe the
// runtime itself: no debug build, no shared libpython, docstrings kept. Code asking for a
// variable that does not apply (CFLAGS, CONFIG_ARGS, ...) gets None, as on a build that
// never set it.

import { PyDict } from "../objects/dict.js";
import { strFromJS } from "../objects/str.js";
import { registerNativeModule } from "./registry.js";

registerNativeModule("_sysconfigdata__linux_x86_64-linux-gnu", () => {
  const vars = new PyDict();
  vars.setStr("Py_DEBUG", 0);
  vars.setStr("Py_ENABLE_SHARED", 0);
  vars.setStr("WITH_DOC_STRINGS", 1);
  vars.setStr("SOABI", strFromJS("swallow-311"));
  vars.setStr("EXT_SUFFIX", strFromJS(".swallow-311.so"));
  return { build_time_vars: vars };
});
