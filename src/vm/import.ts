// The import system: CPython's importlib._bootstrap behaviour for what Swallow has now —
// modules written in TypeScript (the native registry) and Python source files and packages
// found on sys.path (a package's submodules on its __path__). Modules are entered in
// sys.modules before their code runs, so circular imports see partially initialised
// modules exactly as in CPython; a failed import removes its entry again.

import type { CodeObject } from "../compiler/code.js";
import { None, objectType, typeType } from "../objects/bootstrap.js";
import { builtinsAsDict, PyDict } from "../objects/dict.js";
import {
  exceptionType,
  isException,
  newException,
  PyBaseException,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import type { PyObject } from "../objects/object.js";
import { PyInstance } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import {
  CompareOp,
  getAttrOpt,
  isTrue,
  reprJS,
  richCompareBool,
  setAttr,
  setItem,
  toArray,
  strJS,
} from "../objects/abstract.js";
import { warn } from "../objects/warnings.js";
import { callMethod, getAttr } from "../objects/attributes.js";
import { call } from "../objects/call.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/module.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { newBytes } from "../objects/bytes.js";
import { defineMethods, PyBuiltinFunction } from "../objects/function.js";
import { decodeSource } from "../parser/source.js";
import { newRegisters } from "./args.js";
import { Frame } from "./frame.js";
import { runFrame } from "./interpreter.js";
import { vm } from "./state.js";
import { joinPath } from "./paths.js";
import { compileModuleFile } from "./code_cache.js";

/** `importlib.machinery.ModuleSpec`, reduced to its data. */
export const moduleSpecType = new PyType(typeType, "ModuleSpec", [objectType], false);
moduleSpecType.hasInstanceDict = true;
moduleSpecType.newInstance = (t) => new PyInstance(t);
moduleSpecType.dict.set("__module__", "importlib._bootstrap");
moduleSpecType.qualname = "ModuleSpec";

/** The loader of the modules Swallow imports from source (CPython's SourceFileLoader, or
 * zipimporter for a zipped Lib): what linecache and inspect ask a module for its source
 * (tracebacks printed by the traceback module show the lines of Lib's frames through it),
 * and what pkgutil.get_data and doctest read files with. */
export const sourceLoaderType = new PyType(typeType, "SourceLoader", [objectType], false);
sourceLoaderType.hasInstanceDict = true;
sourceLoaderType.newInstance = (t) => new PyInstance(t);
sourceLoaderType.dict.set("__module__", "swallow");
defineMethods(sourceLoaderType, {
  get_source: (self) => {
    const path = loaderPath(self);
    return strFromJS(decodeSource(vm.host.readFile(path), path).replace(/\r\n?/g, "\n"));
  },
  get_filename: (self) => strFromJS(loaderPath(self)),
  is_package: (self) => /\/__init__\.py$/.test(loaderPath(self)),
  get_data: (_self, args) => loaderGetData(args),
  // importlib.resources reads a package's files through this, as through CPython's
  // FileLoader. A module inside a zipped Lib has no reader (the files of a zip are not
  // files to open()), and importlib.resources falls back as it does for a loader without.
  get_resource_reader: (self) => {
    const os = findAndLoad("os");
    if (!isTrue(callMethod(getAttr(os, "path"), "isfile", [strFromJS(loaderPath(self))]))) return None;
    return call(getAttr(findAndLoad("importlib.readers"), "FileReader"), [self], null);
  },
});

/** A loader's `get_data(path)`: the file's bytes. */
export function loaderGetData(args: PyObject[]): PyObject {
  if (args.length !== 1 || !isStr(args[0]!)) throw typeError("get_data() takes a path (str)");
  return newBytes(vm.host.readFile(jsString(args[0])));
}

function loaderPath(self: PyObject): string {
  return strJS((self as PyInstance).dict!["path"]!);
}

function newSourceLoader(name: string, path: string): PyInstance {
  const loader = new PyInstance(sourceLoaderType);
  loader.dict!["name"] = strFromJS(name);
  loader.dict!["path"] = strFromJS(path);
  return loader;
}

function newSpec(
  name: string,
  origin: string | null,
  isPackage: boolean,
  location: string | null,
): PyInstance {
  const spec = new PyInstance(moduleSpecType);
  const d = spec.dict!;
  d["name"] = strFromJS(name);
  d["origin"] = origin === null ? None : strFromJS(origin);
  d["parent"] = strFromJS(isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf("."))));
  d["submodule_search_locations"] = isPackage && location !== null ? new PyList([strFromJS(location)]) : None;
  d["has_location"] = origin !== null && origin !== "built-in";
  d["cached"] = None;
  d["loader"] = None;
  d["loader_state"] = None;
  // importlib._bootstrap (3.11.7) reads these while importing submodules.
  d["_uninitialized_submodules"] = new PyList([]);
  d["_initializing"] = false;
  return spec;
}

function moduleNotFound(message: string, name: string): PyBaseException {
  const e = newException(exceptionType("ModuleNotFoundError"), strFromJS(message));
  e.setField("name", strFromJS(name));
  return e;
}

function importError(message: string, name: PyObject, path: PyObject): PyBaseException {
  const e = newException(exceptionType("ImportError"), strFromJS(message));
  e.setField("name", name);
  e.setField("path", path);
  e.setField("name_from", None);
  return e;
}

function modules(): PyDict {
  return vm.modules;
}

// ---- finding ----

interface Found {
  file: string | null;
  /** The package directory, for packages. */
  packageDir: string | null;
  native: boolean;
  namespace: string[] | null;
}

function searchPath(name: string, tail: string, path: PyObject[]): Found | null {
  // CPython's FileFinder looks the name up in the directory's listing: '', '.', '..' and
  // names with a '/' are never there (joined to a path, they would name a directory).
  if (tail === "" || tail === "." || tail === ".." || tail.includes("/")) return null;
  const host = vm.host;
  const namespaceDirs: string[] = [];
  for (const entry of path) {
    if (!isStr(entry)) continue;
    let dir = jsString(entry);
    if (dir === "") dir = host.cwd();
    const pkg = joinPath(dir, tail);
    const st = host.stat(pkg);
    if (st !== null && st.isDirectory) {
      const init = joinPath(pkg, "__init__.py");
      const ist = host.stat(init);
      if (ist !== null && ist.isFile) return { file: init, packageDir: pkg, native: false, namespace: null };
    }
    const file = joinPath(dir, tail + ".py");
    const fst = host.stat(file);
    if (fst !== null && fst.isFile) return { file, packageDir: null, native: false, namespace: null };
    if (st !== null && st.isDirectory) namespaceDirs.push(pkg);
  }
  void name;
  if (namespaceDirs.length > 0)
    return { file: null, packageDir: null, native: false, namespace: namespaceDirs };
  return null;
}

// ---- loading ----

function execModuleCode(module: PyModule, code: CodeObject): void {
  const frame = new Frame(code, module.namespace, vm.builtins, module.namespace, null, newRegisters(code));
  runFrame(frame);
}

/** Runs a source module's file again in its namespace (importlib.reload). */
export function reexecSourceModule(module: PyModule, file: string): void {
  execModuleCode(module, compileModuleFile(file));
}

function loadNative(name: string): PyModule {
  const init = vm.nativeModules.get(name)!;
  const module = new PyModule();
  const ns = module.namespace;
  ns.setStr("__name__", strFromJS(name));
  ns.setStr("__doc__", None);
  ns.setStr("__package__", strFromJS(""));
  ns.setStr("__loader__", None);
  ns.setStr("__spec__", newSpec(name, "built-in", false, null));
  modules().setStr(name, module);
  try {
    for (const [k, v] of Object.entries(init())) {
      ns.setStr(k, v);
      // CPython's module functions are bound to their module (`len.__self__ is builtins`); a
      // function another module made first stays that module's.
      if (v instanceof PyBuiltinFunction && v.self === null) v.self = module;
    }
  } catch (e) {
    modules().delete(strFromJS(name));
    throw e;
  }
  return (modules().getStr(name) as PyModule | undefined) ?? module;
}

/** Run on a source module once its code has run, by module name: native code that takes
 * over something a Lib module defined, keeping its behaviour (re._compiler's `compile`,
 * src/modules/_sre/compile_cache.ts). */
export const sourceModuleHooks = new Map<string, (module: PyObject) => void>();

function loadSource(name: string, found: Found): PyObject {
  const module = new PyModule();
  const ns = module.namespace;
  const isPackage = found.packageDir !== null || found.namespace !== null;
  ns.setStr("__name__", strFromJS(name));
  ns.setStr("__doc__", None);
  ns.setStr("__package__", strFromJS(isPackage ? name : name.slice(0, Math.max(0, name.lastIndexOf(".")))));
  const loader = found.file !== null ? newSourceLoader(name, found.file) : None;
  ns.setStr("__loader__", loader);
  const spec = newSpec(name, found.file, isPackage, found.packageDir);
  spec.dict!["loader"] = loader;
  if (found.namespace !== null) {
    spec.dict!["submodule_search_locations"] = new PyList(found.namespace.map((d) => strFromJS(d)));
    spec.dict!["origin"] = None;
  }
  ns.setStr("__spec__", spec);
  if (found.packageDir !== null) ns.setStr("__path__", new PyList([strFromJS(found.packageDir)]));
  if (found.namespace !== null) ns.setStr("__path__", new PyList(found.namespace.map((d) => strFromJS(d))));
  if (found.file !== null) {
    ns.setStr("__file__", strFromJS(found.file));
    ns.setStr("__cached__", None);
  }
  // The dict, as importlib's exec() of the module's code leaves it (only __main__ has the module).
  ns.setStr("__builtins__", vm.builtins);
  const key = strFromJS(name);
  modules().set(key, module);
  if (found.file === null) return module;
  spec.dict!["_initializing"] = true;
  try {
    const code = compileModuleFile(found.file);
    execModuleCode(module, code);
  } catch (e) {
    modules().delete(key);
    throw e;
  } finally {
    spec.dict!["_initializing"] = false;
  }
  const m = modules().get(key);
  if (m === undefined) throw importError(`Loaded module ${name} not found in sys.modules`, key, None);
  sourceModuleHooks.get(name)?.(m);
  return m;
}

/** A name as importlib's messages show it, with `{!r}`. */
function quoted(name: string): string {
  return reprJS(strFromJS(name));
}

/** `_find_and_load`: the module `name` (absolute), imported if needed. */
export function findAndLoad(name: string): PyObject {
  const existing = modules().getStr(name);
  if (existing !== undefined) {
    if (existing === None) throw moduleNotFound(`import of ${name} halted; None in sys.modules`, name);
    return existing;
  }
  const dot = name.lastIndexOf(".");
  let path: PyObject[];
  let parentModule: PyObject | null = null;
  // As importlib's _find_and_load: '.foo' has no parent to import first.
  if (dot > 0) {
    const parent = name.slice(0, dot);
    parentModule = findAndLoad(parent);
    const again = modules().getStr(name);
    if (again !== undefined) return again;
    const p = getAttrOpt(parentModule, "__path__");
    if (p === undefined)
      throw moduleNotFound(`No module named ${quoted(name)}; ${quoted(parent)} is not a package`, name);
    path = toArray(p);
  } else {
    if (vm.nativeModules.has(name)) return loadNative(name);
    path = toArray(vm.path);
  }
  const found = searchPath(name, name.slice(dot + 1), path);
  if (found === null) throw moduleNotFound(`No module named ${quoted(name)}`, name);
  const module = loadSource(name, found);
  if (parentModule !== null) {
    try {
      setAttr(parentModule, name.slice(dot + 1), module);
    } catch {
      // CPython ignores failures to bind the submodule on its parent.
    }
  }
  return module;
}

// ---- __import__ ----

/** The absolute name of a relative import (import.c's resolve_name). */
function resolveName(name: string, globals: PyObject, level: number): string {
  const p = jsString(importingPackage(globals));
  if (p === "") throw noParentError();
  const bits = p.split(".");
  if (bits.length < level)
    throw importError("attempted relative import beyond top-level package", None, None);
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name === "" ? base : `${base}.${name}`;
}

function noParentError(): PyBaseException {
  return importError("attempted relative import with no known parent package", None, None);
}

/** The package a relative import is relative to: `__package__`, else `__spec__.parent`,
 * else (with an ImportWarning) derived from `__name__` and `__path__`. */
function importingPackage(globals: PyObject): PyObject {
  if (!(globals instanceof PyDict)) throw typeError("globals must be a dict");
  let pkg = globals.getStr("__package__");
  const spec = globals.getStr("__spec__");
  const hasSpec = spec !== undefined && spec !== None;
  if (pkg !== undefined && pkg !== None) {
    if (!isStr(pkg)) throw typeError("package must be a string");
    if (hasSpec && !richCompareBool(pkg, getAttr(spec, "parent"), CompareOp.Eq))
      warn("ImportWarning", "__package__ != __spec__.parent");
    return pkg;
  }
  if (hasSpec) {
    pkg = getAttr(spec, "parent");
    if (!isStr(pkg)) throw typeError("__spec__.parent must be a string");
    return pkg;
  }
  warn(
    "ImportWarning",
    "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__",
  );
  const modName = globals.getStr("__name__");
  if (modName === undefined) throw newException(exceptionType("KeyError"), "'__name__' not in globals");
  if (!isStr(modName)) throw typeError("__name__ must be a string");
  if (globals.getStr("__path__") !== undefined) return modName;
  const n = jsString(modName);
  const dot = n.lastIndexOf(".");
  if (dot < 0) throw noParentError();
  return strFromJS(n.slice(0, dot));
}

function handleFromlist(module: PyObject, fromlist: PyObject[], recursive: boolean): void {
  const modName = jsString(getAttrOpt(module, "__name__") ?? "");
  for (const x of fromlist) {
    if (!isStr(x)) {
      const where = recursive ? `${modName}.__all__` : "``from list''";
      throw typeError(`Item in ${where} must be str, not ${typeOfName(x)}`);
    }
    const name = jsString(x);
    if (name === "*") {
      if (!recursive) {
        const all = getAttrOpt(module, "__all__");
        if (all !== undefined) handleFromlist(module, toArray(all), true);
      }
      continue;
    }
    if (getAttrOpt(module, name) === undefined) {
      const full = `${modName}.${name}`;
      try {
        findAndLoad(full);
      } catch (e) {
        if (
          isException(e) &&
          e.type.isSubtypeOf(exceptionType("ModuleNotFoundError")) &&
          jsString(e.field("name") ?? "") === full &&
          modules().getStr(full) === undefined
        ) {
          continue;
        }
        throw e;
      }
    }
  }
}

function typeOfName(x: PyObject): string {
  return (
    typeof x === "object"
      ? x.type
      : typeof x === "number" || typeof x === "bigint"
        ? { name: "int" }
        : { name: typeof x }
  ).name;
}

/** `__import__(name, globals, locals, fromlist, level)` (PyImport_ImportModuleLevelObject). */
export function importModuleLevel(
  name: string,
  globals: PyObject,
  fromlist: PyObject,
  level: number,
): PyObject {
  if (level < 0) throw valueError("level must be >= 0");
  const absName = level > 0 ? resolveName(name, globals, level) : name;
  if (level === 0 && name === "") throw valueError("Empty module name");
  const module = findAndLoad(absName);
  const from = fromlist === None ? [] : toArray(fromlist);
  if (from.length === 0) {
    if (level === 0) {
      const top = name.split(".")[0]!;
      return top === name ? module : findAndLoad(top);
    }
    if (name === "") return module;
    const cutOff = name.length - name.split(".")[0]!.length;
    const modName = jsString(getAttrOpt(module, "__name__") ?? absName);
    return findAndLoad(modName.slice(0, modName.length - cutOff));
  }
  if (getAttrOpt(module, "__path__") !== undefined) handleFromlist(module, from, false);
  return module;
}

export function importName(frame: Frame, name: string, fromlist: PyObject, level: PyObject): PyObject {
  const imp = builtinsAsDict(frame.builtins).getStr("__import__");
  if (imp === undefined) throw importError("__import__ not found", None, None);
  if (imp !== vm.originalImport) {
    return call(imp, [strFromJS(name), frame.globals, frame.locals ?? None, fromlist, level], null);
  }
  return importModuleLevel(name, frame.globals, fromlist, Number(level));
}

export function importFrom(module: PyObject, name: string): PyObject {
  const v = getAttrOpt(module, name);
  if (v !== undefined) return v;
  const pkgName = getAttrOpt(module, "__name__");
  if (pkgName !== undefined && isStr(pkgName)) {
    const sub = modules().getStr(`${jsString(pkgName)}.${name}`);
    if (sub !== undefined) return sub;
  }
  const modName = pkgName !== undefined && isStr(pkgName) ? jsString(pkgName) : "<unknown module name>";
  const file = getAttrOpt(module, "__file__");
  const spec = getAttrOpt(module, "__spec__");
  const initializing =
    spec !== undefined && spec !== None && isTrue(getAttrOpt(spec, "_initializing") ?? false);
  const where = file !== undefined && isStr(file) ? jsString(file) : "unknown location";
  const msg = initializing
    ? `cannot import name '${name}' from partially initialized module '${modName}' (most likely due to a circular import) (${where})`
    : `cannot import name '${name}' from '${modName}' (${where})`;
  const e = importError(msg, pkgName ?? None, file ?? None);
  e.setField("name_from", strFromJS(name));
  return (() => {
    throw e;
  })();
}

export function importStar(frame: Frame, module: PyObject): void {
  const locals = frame.locals;
  if (locals === null) throw newException(exceptionType("SystemError"), "no locals found during 'import *'");
  let names: PyObject[];
  const all = getAttrOpt(module, "__all__");
  if (all !== undefined) names = toArray(all);
  else {
    const d = getAttrOpt(module, "__dict__");
    if (d === undefined) throw importError("from-import-* object has no __dict__ and no __all__", None, None);
    names = (d instanceof PyDict ? d.keysArray() : toArray(d)).filter(
      (n) => !(isStr(n) && jsString(n).startsWith("_")),
    );
  }
  for (const n of names) {
    if (!isStr(n)) {
      const modName = strJS(getAttrOpt(module, "__name__") ?? "?");
      throw typeError(
        `${all !== undefined ? `Item in ${modName}.__all__` : `Key in ${modName}.__dict__`} must be str, not ${typeOfName(n)}`,
      );
    }
    const name = jsString(n);
    const v = getAttrOpt(module, name);
    if (v === undefined) {
      const modName = strJS(getAttrOpt(module, "__name__") ?? "?");
      const e = newException(
        exceptionType("AttributeError"),
        strFromJS(`module '${modName}' has no attribute '${name}'`),
      );
      throw e;
    }
    if (locals instanceof PyDict) locals.set(n, v);
    else setItem(locals, n, v);
  }
}

void PyTuple;
