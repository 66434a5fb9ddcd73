// sys.path_hooks' entry. Swallow's own imports never consult path hooks, but code that
// walks sys.path itself does: pkgutil.iter_modules (lib2to3's fixer discovery, plugin
// loaders), runpy, importlib.machinery.PathFinder. CPython's hook makes importlib's
// FileFinder, which reads directories through posix; the standard library here lives in a
// zip archive that only the host's file layer sees, so this finder reads directories
// through the host instead and serves both. Non-directories raise ImportError, which
// tells pkgutil and PathFinder to skip the entry.

import { None, objectType, typeType } from "../objects/bootstrap.js";
import { getAttr } from "../objects/abstract.js";
import { call } from "../objects/call.js";
import { exceptionType, typeError, type PyBaseException } from "../objects/exceptions.js";
import { builtinFunction, defineGetSets, defineMethods, methodWithSignature } from "../objects/function.js";
import { PyList } from "../objects/list.js";
import { typeOf, type AttributeDict, type PyObject, type PyObjectBase } from "../objects/object.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { PyType } from "../objects/type.js";
import { findAndLoad } from "../vm/import.js";
import { vm } from "../vm/state.js";

export const pathFinderType = new PyType(typeType, "SwallowFileFinder", [objectType], false);
pathFinderType.dict.set("__module__", "_imp");

class PyPathFinder implements PyObjectBase {
  type = pathFinderType;
  dict: AttributeDict | null = null;
  constructor(readonly path: string) {}
}

function asFinder(o: PyObject): PyPathFinder {
  if (!(o instanceof PyPathFinder))
    throw typeError(`descriptor requires a 'SwallowFileFinder' object but received '${typeOf(o).name}'`);
  return o;
}

const SOURCE = ".py";

function isDirectory(path: string): boolean {
  return vm.host.stat(path)?.isDirectory === true;
}

function isFile(path: string): boolean {
  return vm.host.stat(path)?.isFile === true;
}

function entries(path: string): string[] {
  try {
    return vm.host.listDir(path).sort();
  } catch {
    return [];
  }
}

/** What pkgutil's FileFinder walk yields: modules (`name.py`) and packages (directories
 * with an `__init__.py`) in sorted order, without duplicates; names with dots are skipped. */
function iterModules(finder: PyPathFinder, prefix: string): PyObject[] {
  const out: PyObject[] = [];
  const seen = new Set<string>(["__init__"]);
  for (const entry of entries(finder.path)) {
    const full = `${finder.path}/${entry}`;
    let name: string;
    let isPackage = false;
    if (entry.endsWith(SOURCE) && entry.length > SOURCE.length) {
      name = entry.slice(0, -SOURCE.length);
    } else if (!entry.includes(".") && isDirectory(full) && isFile(`${full}/__init__${SOURCE}`)) {
      name = entry;
      isPackage = true;
    } else continue;
    if (name.includes(".") || seen.has(name)) continue;
    seen.add(name);
    out.push(new PyTuple([strFromJS(prefix + name), isPackage]));
  }
  return out;
}

/** FileFinder.find_spec: a spec for `<path>/<tail>/__init__.py` or `<path>/<tail>.py`,
 * built by importlib.util without importing the module. */
function findSpec(finder: PyPathFinder, fullname: string): PyObject {
  const tail = fullname.slice(fullname.lastIndexOf(".") + 1);
  const base = `${finder.path}/${tail}`;
  const util = findAndLoad("importlib.util");
  const fromFile = getAttr(util, "spec_from_file_location");
  if (isDirectory(base) && isFile(`${base}/__init__${SOURCE}`)) {
    return call(fromFile, [strFromJS(fullname), strFromJS(`${base}/__init__${SOURCE}`)]);
  }
  if (isFile(base + SOURCE)) return call(fromFile, [strFromJS(fullname), strFromJS(base + SOURCE)]);
  return None;
}

defineMethods(pathFinderType, {
  iter_modules: methodWithSignature(
    "iter_modules(prefix=?)",
    (self, prefix) => new PyList(iterModules(asFinder(self), prefix === undefined ? "" : jsString(prefix))),
  ),
  find_spec: methodWithSignature("find_spec(fullname, target=?)", (self, fullname) =>
    findSpec(asFinder(self), jsString(fullname!)),
  ),
  invalidate_caches: () => None,
  __repr__: (self) => strFromJS(`SwallowFileFinder(${JSON.stringify(asFinder(self).path)})`),
});

defineGetSets(pathFinderType, { path: [(self) => strFromJS(asFinder(self).path)] });

export const pathHook = builtinFunction(
  "path_hook",
  (args) => {
    const p = args[0];
    const path = p !== undefined && isStr(p) ? jsString(p) : "";
    // "" is the current directory, as in CPython's FileFinder.
    const dir = path === "" ? "." : path;
    if (!isDirectory(dir)) {
      throw call(
        exceptionType("ImportError"),
        [strFromJS("only directories are supported"), p ?? None],
        ["path"],
      ) as PyBaseException;
    }
    return new PyPathFinder(dir);
  },
  "_imp",
);
