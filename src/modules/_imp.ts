// `_imp`, `_warnings`, and the finder that lets CPython's importlib use Swallow's import
// system. Swallow imports natively (src/vm/import.ts); importlib's Python machinery
// (`importlib.import_module`, `importlib.util.find_spec`) goes through `sys.meta_path`,
// where `SwallowImporter` answers by importing natively. Its `find_spec` therefore loads
// the module it finds — a difference from CPython visible only to code that calls
// `find_spec` without importing afterwards.

import { None, objectType, typeType } from "../objects/bootstrap.js";
import { call } from "../objects/call.js";
import { exceptionType, PyBaseException, typeError } from "../objects/exceptions.js";
import { defineMethods } from "../objects/function.js";
import { builtinFunction } from "../objects/function.js";
import { PyInstance, typeOf, type PyObject } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { getAttr, getAttrOpt, setAttr } from "../objects/abstract.js";
import { PyTuple } from "../objects/tuple.js";
import { PyList } from "../objects/list.js";
import { isStr, jsString } from "../objects/str.js";
import { PyBytes } from "../objects/bytes.js";
import { findAndLoad, loaderGetData, reexecSourceModule } from "../vm/import.js";
import { PyModule } from "../objects/module.js";
import { vm } from "../vm/state.js";
import { registerNativeModule } from "./registry.js";

function nameArg(v: PyObject | undefined, who: string): string {
  if (v === undefined || !isStr(v)) throw typeError(`${who}() argument must be str`);
  return jsString(v);
}

registerNativeModule("_imp", () => ({
  is_builtin: builtinFunction(
    "is_builtin",
    (args) => {
      const name = nameArg(args[0], "is_builtin");
      // CPython answers -1 for modules that cannot be initialised twice.
      if (name === "sys" || name === "builtins") return -1;
      return vm.nativeModules.has(name) ? 1 : 0;
    },
    "_imp",
  ),
  create_builtin: builtinFunction(
    "create_builtin",
    (args) => {
      const name = nameArg(getAttr(args[0]!, "name"), "create_builtin");
      if (!vm.nativeModules.has(name)) {
        throw call(exceptionType("ImportError"), [`no built-in module named ${name}`]) as PyBaseException;
      }
      return findAndLoad(name);
    },
    "_imp",
  ),
  exec_builtin: builtinFunction("exec_builtin", () => 0, "_imp"),
  exec_dynamic: builtinFunction("exec_dynamic", () => 0, "_imp"),
  create_dynamic: builtinFunction(
    "create_dynamic",
    () => {
      throw call(exceptionType("ImportError"), ["extension modules are not supported"]) as PyBaseException;
    },
    "_imp",
  ),
  is_frozen: builtinFunction("is_frozen", () => false, "_imp"),
  is_frozen_package: builtinFunction("is_frozen_package", () => false, "_imp"),
  find_frozen: builtinFunction("find_frozen", () => None, "_imp"),
  get_frozen_object: builtinFunction(
    "get_frozen_object",
    (args) => {
      const name = nameArg(args[0], "get_frozen_object");
      throw call(exceptionType("ImportError"), [`No such frozen object named '${name}'`]) as PyBaseException;
    },
    "_imp",
  ),
  init_frozen: builtinFunction("init_frozen", () => None, "_imp"),
  _frozen_module_names: builtinFunction("_frozen_module_names", () => new PyTuple([]), "_imp"),
  _override_frozen_modules_for_tests: builtinFunction(
    "_override_frozen_modules_for_tests",
    () => None,
    "_imp",
  ),
  _override_multi_interp_extensions_check: builtinFunction(
    "_override_multi_interp_extensions_check",
    () => -1,
    "_imp",
  ),
  acquire_lock: builtinFunction("acquire_lock", () => None, "_imp"),
  release_lock: builtinFunction("release_lock", () => None, "_imp"),
  lock_held: builtinFunction("lock_held", () => false, "_imp"),
  extension_suffixes: builtinFunction("extension_suffixes", () => new PyList([]), "_imp"),
  _fix_co_filename: builtinFunction("_fix_co_filename", () => None, "_imp"),
  source_hash: builtinFunction(
    "source_hash",
    (args) => {
      const data = args[1];
      const bytes = data instanceof PyBytes ? data.data : new Uint8Array();
      // An 8-byte FNV-1a digest; only used to tag hash-based .pyc files, which Swallow
      // does not write.
      let h = 0xcbf29ce484222325n;
      for (const b of bytes) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
      const out = new Uint8Array(8);
      for (let i = 0; i < 8; i++) out[i] = Number((h >> BigInt(8 * i)) & 0xffn);
      return new PyBytes(out);
    },
    "_imp",
  ),
  check_hash_based_pycs: "never",
}));

// ---- the meta path finder ----

/** Specs find_spec returned for modules already in sys.modules (a reload). */
const specsToReexec = new WeakSet<object>();

export const importerType = new PyType(typeType, "SwallowImporter", [objectType], false);
importerType.dict.set("__module__", "_imp");

function isNotFoundFor(e: unknown, name: string): boolean {
  if (!(e instanceof PyBaseException) || !typeOf(e).isSubtypeOf(exceptionType("ModuleNotFoundError")))
    return false;
  const missing = getAttrOpt(e, "name");
  return (
    missing !== undefined &&
    isStr(missing) &&
    (jsString(missing) === name || name.startsWith(jsString(missing) + "."))
  );
}

defineMethods(importerType, {
  find_spec(self, args) {
    const name = nameArg(args[0], "find_spec");
    // already imported: importlib.reload is asking, and exec_module must run it again
    const reloading = vm.modules.getStr(name) !== undefined;
    let module: PyObject;
    try {
      module = findAndLoad(name);
    } catch (e) {
      if (isNotFoundFor(e, name)) return None;
      throw e;
    }
    const spec = getAttrOpt(module, "__spec__");
    if (spec === undefined || spec === None) return None;
    setAttr(spec, "loader", self);
    if (reloading && typeof spec === "object") specsToReexec.add(spec);
    return spec;
  },
  create_module(_self, args) {
    const name = nameArg(getAttr(args[0]!, "name"), "create_module");
    return findAndLoad(name);
  },
  exec_module(_self, args) {
    const module = args[0];
    if (!(module instanceof PyModule)) return None;
    const spec = getAttrOpt(module, "__spec__");
    if (spec === undefined || typeof spec !== "object" || !specsToReexec.has(spec)) return None;
    specsToReexec.delete(spec);
    const file = getAttrOpt(module, "__file__");
    if (file !== undefined && isStr(file) && jsString(file).endsWith(".py"))
      reexecSourceModule(module, jsString(file));
    return None;
  },
  invalidate_caches() {
    return None;
  },
  // Specs found through importlib name this finder as their loader; what a loader is
  // asked about a module's files (importlib.resources, inspect) is its own loader's answer.
  get_resource_reader: (_self, args) => delegate(args, "get_resource_reader"),
  get_source: (_self, args) => delegate(args, "get_source"),
  get_data: (_self, args) => loaderGetData(args),
  __repr__() {
    return "<SwallowImporter>";
  },
});

/** `method(name)` of the module's own `__loader__`; None when it has none. */
function delegate(args: PyObject[], method: string): PyObject {
  const name = nameArg(args[0], method);
  const module = vm.modules.getStr(name);
  const loader = module === undefined ? undefined : getAttrOpt(module, "__loader__");
  const f = loader === undefined || loader === None ? undefined : getAttrOpt(loader, method);
  return f === undefined ? None : call(f, [args[0]!], null);
}

/** The finder object sys.meta_path starts with. */
export const swallowImporter = new PyInstance(importerType);
