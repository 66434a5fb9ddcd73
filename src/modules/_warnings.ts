// The `_warnings` module: the filtering and registry logic of `warnings.warn` and
// `warnings.warn_explicit` as CPython 3.11's Python/_warnings.c has it. warnings.py imports
// `filters`, `_defaultaction`, `_onceregistry`, `warn`, `warn_explicit` and
// `_filters_mutated` from here and keeps only the parts written in Python (filterwarnings,
// formatting, catch_warnings).
//
// The state (the filters list, the "once" registry, the default action and the filters
// version) belongs to the runtime, not to the module object, as in CPython: a fresh import
// of `_warnings` (test.support.import_fresh_module) sees the same lists. Each warning reads
// `warnings.filters`, `warnings.onceregistry` and `warnings.defaultaction` from the Python
// module in sys.modules when there is one, adopting them as the new state, so assigning or
// deleting them in warnings.py works as in CPython. A warning is shown through
// `warnings._showwarnmsg` looked up anew each time (tests replace it); when the warnings
// module has not been imported, it is written to sys.stderr directly (show_warning).
//
// Native code warns through src/objects/warnings.ts, whose hooks this file fills in.

import {
  getAttrOpt,
  index,
  isCallable,
  isInstance,
  isSubclass,
  isTrue,
  repr,
  str,
} from "../objects/abstract.js";
import { None, strType } from "../objects/bootstrap.js";
import { call } from "../objects/call.js";
import { PyDict } from "../objects/dict.js";
import {
  exceptionType,
  isException,
  newException,
  overflowError,
  runtimeError,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import { builtinFunction, parseKw } from "../objects/function.js";
import { finalizationHooks } from "../objects/finalization.js";
import { PyList } from "../objects/list.js";
import { PyModule } from "../objects/module.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { clinic, unpack } from "../objects/arg_clinic.js";
import { typeName } from "../objects/names.js";
import { isExactStr, isStr, jsString, strFromJS, strText, textToJS } from "../objects/str.js";
import { ssizeArg } from "../objects/str_args.js";
import { PyTuple } from "../objects/tuple.js";
import { warningHooks } from "../objects/warnings.js";
import type { Frame } from "../vm/frame.js";
import { findAndLoad } from "../vm/import.js";
import { vm, type VMState } from "../vm/state.js";
import { sourceLines } from "../vm/traceback.js";
import { registerNativeModule } from "./registry.js";

interface WarningsState {
  filters: PyObject;
  onceRegistry: PyObject;
  defaultAction: PyObject;
  filtersVersion: number;
}

const states = new WeakMap<VMState, WarningsState>();

/** CPython's default filters for a release build (init_filters): DeprecationWarning shown
 * in __main__ only; PendingDeprecationWarning, ImportWarning and ResourceWarning hidden. */
function defaultFilters(): PyList {
  const filter = (category: string, action: string, module: string | null): PyTuple =>
    new PyTuple([action, None, exceptionType(category), module ?? None, 0]);
  return new PyList([
    filter("DeprecationWarning", "default", "__main__"),
    filter("DeprecationWarning", "ignore", null),
    filter("PendingDeprecationWarning", "ignore", null),
    filter("ImportWarning", "ignore", null),
    filter("ResourceWarning", "ignore", null),
  ]);
}

function state(): WarningsState {
  let st = states.get(vm);
  if (st === undefined) {
    st = {
      filters: defaultFilters(),
      onceRegistry: new PyDict(),
      defaultAction: "default",
      filtersVersion: 0,
    };
    states.set(vm, st);
  }
  return st;
}

// ---- the Python warnings module's attributes (get_warnings_attr) ----

/** `warnings.<name>`, or undefined: from sys.modules only, unless `tryImport` (then an
 * ImportError means "use the native fallback"). */
function warningsAttr(name: string, tryImport: boolean): PyObject | undefined {
  let module: PyObject | undefined;
  if (tryImport) {
    try {
      module = findAndLoad("warnings");
    } catch (e) {
      if (isException(e) && e.type.isSubtypeOf(exceptionType("ImportError"))) return undefined;
      throw e;
    }
  } else {
    module = vm.modules.getStr("warnings");
    if (module === undefined) return undefined;
  }
  return getAttrOpt(module, name);
}

function getFilters(): PyList {
  const st = state();
  const filters = warningsAttr("filters", false);
  if (filters !== undefined) st.filters = filters;
  if (!(st.filters instanceof PyList)) throw valueError("_warnings.filters must be a list");
  return st.filters;
}

function getOnceRegistry(): PyDict {
  const st = state();
  const registry = warningsAttr("onceregistry", false);
  if (registry !== undefined) {
    if (!(registry instanceof PyDict))
      throw typeError(`_warnings.onceregistry must be a dict, not '${typeName(registry)}'`);
    st.onceRegistry = registry;
  }
  return st.onceRegistry as PyDict;
}

function getDefaultAction(): PyObject {
  const st = state();
  const action = warningsAttr("defaultaction", false);
  if (action !== undefined) {
    if (!isStr(action))
      throw typeError(`_warnings.defaultaction must be a string, not '${typeName(action)}'`);
    st.defaultAction = action;
  }
  return st.defaultAction;
}

// ---- filters and registries ----

/** PyUnicode_Compare's equality, which refuses anything but two strs. */
function strEquals(a: PyObject, b: PyObject): boolean {
  const ta = strText(a);
  const tb = strText(b);
  if (ta === undefined || tb === undefined)
    throw typeError(`Can't compare ${typeName(a)} and ${typeName(b)}`);
  return textToJS(ta) === textToJS(tb);
}

/** A filter's message or module part: None matches anything, an exact str (the default
 * filters') must be equal, anything else is a compiled regex whose match() decides. */
function checkMatched(pattern: PyObject, arg: PyObject): boolean {
  if (pattern === None) return true;
  if (isExactStr(pattern)) return strEquals(pattern, arg);
  return isTrue(call(getAttrOpt(pattern, "match") ?? noMatch(pattern), [arg]));
}

function noMatch(pattern: PyObject): never {
  throw newException(
    exceptionType("AttributeError"),
    strFromJS(`'${typeName(pattern)}' object has no attribute 'match'`),
  );
}

/** PyLong_AsSsize_t: an int (or subclass) only, no __index__. */
function filterLineno(ln: PyObject): number {
  if (!isInstance(ln, typeOf(0))) throw typeError("an integer is required");
  return ssizeArg(ln);
}

/** The action of the first filter that matches, and that filter (None for the default
 * action). The list is re-read at each step: a match() may mutate it. */
function getFilter(
  category: PyObject,
  text: PyObject,
  lineno: number,
  module: PyObject,
): [PyObject, PyObject] {
  const filters = getFilters();
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i]!;
    if (!(item instanceof PyTuple) || item.items.length !== 5)
      throw valueError(`_warnings.filters item ${i} isn't a 5-tuple`);
    const [action, msg, cat, mod, ln] = item.items as [PyObject, PyObject, PyObject, PyObject, PyObject];
    if (!isStr(action)) throw typeError(`action must be a string, not '${typeName(action)}'`);
    const goodMsg = checkMatched(msg, text);
    const goodMod = checkMatched(mod, module);
    const isSub = isSubclass(category, cat);
    const line = filterLineno(ln);
    if (goodMsg && isSub && goodMod && (line === 0 || line === lineno)) return [action, item];
  }
  return [getDefaultAction(), None];
}

/** Whether `key` is already in `registry`; the registry is emptied first when the
 * filters changed since it was filled. With `set`, records the key. */
function alreadyWarned(registry: PyDict, key: PyObject, set: boolean): boolean {
  const version = state().filtersVersion;
  const seen = registry.get("version");
  if (seen === undefined || typeof seen !== "number" || seen !== version) {
    registry.clear();
    registry.set("version", version);
  } else {
    const warned = registry.get(key);
    if (warned !== undefined && isTrue(warned)) return true;
  }
  if (set) registry.set(key, true);
  return false;
}

/** Records the "once" and "module" key (text, category). CPython's C code uses this one
 * key for both (warnings.py's Python fallback adds a 0 for "module"). */
function updateRegistry(registry: PyDict, text: PyObject, category: PyObject): boolean {
  return alreadyWarned(registry, new PyTuple([text, category]), true);
}

/** `foo.py` -> `foo`; an empty file name -> `<unknown>`. */
function normalizeModule(filename: PyObject): PyObject {
  const t = strText(filename)!;
  const s = textToJS(t);
  if (s === "") return "<unknown>";
  if (s.endsWith(".py")) return strFromJS(s.slice(0, -3));
  return filename;
}

function actionIs(action: PyObject, name: string): boolean {
  return jsString(action) === name;
}

// ---- showing ----

/** Writes `obj` (str() of it) to `file` as PyFile_WriteObject with Py_PRINT_RAW. */
function writeRaw(file: PyObject, obj: PyObject): void {
  call(getAttrOpt(file, "write") ?? None, [str(obj)]);
}

/** CPython's show_warning, used when the warnings module is not there:
 * "filename:lineno: Category: text" and the source line, on sys.stderr; any error is
 * swallowed. */
function showWarningFallback(
  filename: PyObject,
  lineno: number,
  text: PyObject,
  category: PyObject,
  sourceline: PyObject | null,
): void {
  try {
    const name = getAttrOpt(category, "__name__") ?? None;
    const stderr = vm.sys === null ? undefined : getAttrOpt(vm.sys, "stderr");
    if (stderr === undefined) {
      vm.host.writeStderr("lost sys.stderr\n");
      return;
    }
    writeRaw(stderr, filename);
    writeRaw(stderr, `:${lineno}: `);
    writeRaw(stderr, name);
    writeRaw(stderr, ": ");
    writeRaw(stderr, text);
    writeRaw(stderr, "\n");
    // A line from module_globals' loader is never printed: CPython 3.11 means to, but
    // its check of PyUnicode_READY's result is inverted and leaves first.
    if (sourceline === null && isStr(filename) && lineno > 0) {
      // _Py_DisplaySourceLine: the line without its indentation, indented by two.
      const line = sourceLines(jsString(filename))?.[lineno - 1];
      if (line !== undefined) writeRaw(stderr, strFromJS("  " + line.replace(/^[ \t\f]+/, "") + "\n"));
    }
  } catch {
    // PyErr_Clear(): a broken sys.stderr loses the warning.
  }
}

/** Shows a warning through `warnings._showwarnmsg(WarningMessage(...))` (call_show_warning). */
function callShowWarning(
  category: PyObject,
  text: PyObject,
  message: PyObject,
  filename: PyObject,
  lineno: number,
  sourceline: PyObject | null,
  source: PyObject | null,
): void {
  // With a source object, import warnings.py: its implementation can log where the
  // source was allocated (tracemalloc), which the fallback cannot.
  const show = warningsAttr("_showwarnmsg", source !== null);
  if (show === undefined) {
    showWarningFallback(filename, lineno, text, category, sourceline);
    return;
  }
  if (!isCallable(show)) throw typeError("warnings._showwarnmsg() must be set to a callable");
  const messageClass = warningsAttr("WarningMessage", false);
  if (messageClass === undefined) throw runtimeError("unable to get warnings.WarningMessage");
  const args = [message, category, filename, lineno, None, None];
  if (source !== null) args.push(source);
  call(show, [call(messageClass, args)]);
}

// ---- warn_explicit and warn ----

interface Explicit {
  category: PyObject;
  message: PyObject;
  filename: PyObject;
  lineno: number;
  /** null: derived from the file name. */
  module: PyObject | null;
  /** null or None: no registry. */
  registry: PyObject | null;
  sourceline: PyObject | null;
  source: PyObject | null;
  /** The globals of the code warned about, when known (see primeLinecache). */
  globals?: PyDict;
}

/** The core of warn() and warn_explicit(): registry, filters, action, then showing. */
function warnExplicit(w: Explicit): void {
  // None is what a module's __name__ becomes late at shutdown: the filters may be gone.
  if (w.module === None) return;
  const registry = w.registry === None ? null : w.registry;
  const source = w.source === None ? null : w.source;
  if (registry !== null && !(registry instanceof PyDict))
    throw typeError("'registry' must be a dict or None");
  const module = w.module ?? normalizeModule(w.filename);
  let category = w.category;
  let message = w.message;
  let text: PyObject;
  if (isInstance(message, exceptionType("Warning"))) {
    text = str(message);
    category = typeOf(message);
  } else {
    text = message;
    message = call(category, [message]);
  }
  const key = new PyTuple([text, category, w.lineno]);
  if (registry !== null && alreadyWarned(registry, key, false)) return;

  const [action, item] = getFilter(category, text, w.lineno, module);
  if (actionIs(action, "error")) {
    // PyErr_SetObject(category, message): message is (normally) an instance already.
    if (isException(message) && isInstance(message, category)) throw message;
    throw call(category, [message]);
  }
  if (actionIs(action, "ignore")) return;
  let warned = false;
  if (!actionIs(action, "always")) {
    if (registry !== null) registry.set(key, true);
    if (actionIs(action, "once")) {
      // With a registry given, "once" is once per registry, as in CPython's C code.
      warned = updateRegistry(registry ?? getOnceRegistry(), text, category);
    } else if (actionIs(action, "module")) {
      if (registry !== null) warned = updateRegistry(registry, text, category);
    } else if (!actionIs(action, "default")) {
      throw runtimeError(
        `Unrecognized action (${jsString(repr(action))}) in warnings.filters:\n ${jsString(repr(item))}`,
      );
    }
  }
  if (warned) return;
  if (w.globals !== undefined) primeLinecache(w.filename, w.globals);
  callShowWarning(category, text, message, w.filename, w.lineno, w.sourceline, source);
}

/** Swallow's standard library is read from a zip file, which linecache cannot open by
 * name; CPython's files are on disk. So that warnings.formatwarning finds the line as
 * CPython's does, a warning raised from code whose module has a loader registers that
 * loader with linecache (what the pure-Python warn_explicit and traceback do). */
function primeLinecache(filename: PyObject, globals: PyDict): void {
  const lazycache = warningsAttr("_showwarnmsg", false) === undefined ? undefined : linecacheLazy();
  if (lazycache !== undefined) call(lazycache, [filename, globals]);
}

function linecacheLazy(): PyObject | undefined {
  const linecache = vm.modules.getStr("linecache") ?? findAndLoad("linecache");
  return getAttrOpt(linecache, "lazycache");
}

/** importlib's bootstrap frames are skipped when counting a positive stacklevel. */
function isInternalFrame(f: Frame): boolean {
  const filename = f.code.co_filename;
  return filename.includes("importlib") && filename.includes("_bootstrap");
}

/** setup_context: the place `stacklevel` frames up (1 is the caller of warn()), or
 * `sys` line 1 beyond the outermost frame; and that module's registry and name. */
function setupContext(
  stacklevel: number,
  f: Frame | null = vm.current,
): {
  filename: PyObject;
  lineno: number;
  module: PyObject;
  registry: PyDict;
  globals: PyDict;
} {
  if (stacklevel <= 0 || (f !== null && isInternalFrame(f))) {
    while (--stacklevel > 0 && f !== null) f = f.back;
  } else {
    while (--stacklevel > 0 && f !== null) {
      do f = f.back;
      while (f !== null && isInternalFrame(f));
    }
  }
  let globals: PyDict;
  let filename: PyObject;
  let lineno: number;
  if (f === null) {
    globals = (vm.sys as PyModule).namespace;
    filename = "sys";
    lineno = 1;
  } else {
    globals = f.globals;
    filename = strFromJS(f.code.co_filename);
    lineno = f.lineno;
  }
  let registry = globals.getStr("__warningregistry__");
  if (registry === undefined) {
    registry = new PyDict();
    globals.set("__warningregistry__", registry);
  }
  const name = globals.getStr("__name__");
  const module = name !== undefined && (name === None || isStr(name)) ? name : "<string>";
  // A __warningregistry__ that is not a dict is warn_explicit's TypeError.
  return { filename, lineno, module, registry: registry as PyDict, globals };
}

/** get_category: a Warning instance's own class, else `category` (UserWarning when None). */
function getCategory(message: PyObject, category: PyObject | undefined): PyObject {
  let cat: PyObject;
  if (isInstance(message, exceptionType("Warning"))) cat = typeOf(message);
  else cat = category === undefined || category === None ? exceptionType("UserWarning") : category;
  let ok = false;
  try {
    ok = isSubclass(cat, exceptionType("Warning"));
  } catch (e) {
    if (!isException(e)) throw e;
  }
  if (!ok) throw typeError(`category must be a Warning subclass, not '${typeName(cat)}'`);
  return cat;
}

/** do_warn: warn() once the category is known; `start` is the frame stacklevel 1 names. */
function doWarn(
  message: PyObject,
  category: PyObject,
  stacklevel: number,
  source: PyObject | null,
  start: Frame | null = vm.current,
): void {
  const ctx = setupContext(stacklevel, start);
  warnExplicit({
    category,
    message,
    filename: ctx.filename,
    lineno: ctx.lineno,
    module: ctx.module,
    registry: ctx.registry,
    sourceline: null,
    source,
    globals: ctx.globals,
  });
}

/** get_source_line: line `lineno` of the source module_globals' __loader__ gives, or null. */
function getSourceLine(globals: PyDict, lineno: number): PyObject | null {
  const loader = globals.getStr("__loader__");
  if (loader === undefined) return null;
  const name = globals.getStr("__name__");
  if (name === undefined) return null;
  const getSource = getAttrOpt(loader, "get_source");
  if (getSource === undefined) return null;
  const source = call(getSource, [name]);
  if (source === None) return null;
  // PyUnicode_Splitlines: str's own, whatever a subclass overrides.
  if (!isStr(source)) throw typeError(`must be str, not ${typeName(source)}`);
  const lines = call(strType.lookup("splitlines")!, [source]) as PyList;
  const i = lineno - 1;
  if (i < 0 || i >= lines.items.length)
    throw newException(exceptionType("IndexError"), "list index out of range");
  return lines.items[i]!;
}

const warnSig = clinic("warn(message, category=?, stacklevel=?, source=?)");

function warnFunction(): PyObject {
  return builtinFunction(
    "warn",
    (args, kwnames) => {
      const [message, category, stacklevel, source] = unpack(warnSig, args, kwnames);
      const cat = getCategory(message!, category);
      const level = stacklevel === undefined ? 1 : ssizeArg(stacklevel);
      doWarn(message!, cat, level, source ?? null);
      return None;
    },
    "_warnings",
  );
}

const explicitParams = [
  "message",
  "category",
  "filename",
  "lineno",
  "module",
  "registry",
  "module_globals",
  "source",
] as const;

function warnExplicitFunction(): PyObject {
  return builtinFunction(
    "warn_explicit",
    (args, kwnames) => {
      const [message, category, filename, linenoArg, module, registry, globals, source] = parseKw(
        "warn_explicit",
        args,
        kwnames,
        explicitParams,
        4,
      );
      if (!isStr(filename!))
        throw typeError(`warn_explicit() argument 3 must be str, not ${typeNameForArg(filename!)}`);
      const lineno = getargsInt(linenoArg!);
      let sourceline: PyObject | null = null;
      if (globals !== undefined && globals !== None) {
        if (!(globals instanceof PyDict))
          throw typeError(`module_globals must be a dict, not '${typeName(globals)}'`);
        sourceline = getSourceLine(globals, lineno);
      }
      warnExplicit({
        category: category!,
        message: message!,
        filename: filename!,
        lineno,
        module: module ?? null,
        registry: registry ?? null,
        sourceline,
        source: source ?? null,
      });
      return None;
    },
    "_warnings",
  );
}

/** getargs.c's "i" format: a C long first, then the range of an int. */
function getargsInt(v: PyObject): number {
  const i = index(v);
  if (typeof i === "number" && i <= 2147483647 && i >= -2147483648) return i;
  if (BigInt(i) >= 2n ** 63n || BigInt(i) < -(2n ** 63n))
    throw overflowError("Python int too large to convert to C long");
  throw overflowError(`signed integer is ${i < 0 ? "less than minimum" : "greater than maximum"}`);
}

/** getargs.c names None as "None" in "must be str, not ..." messages. */
function typeNameForArg(v: PyObject): string {
  return v === None ? "None" : typeName(v);
}

// ---- native code's warnings (PyErr_WarnEx, PyErr_WarnExplicit) ----

/** PyErr_ResourceWarning(source, 1, "unclosed file %R", source), as a file object's
 * finaliser gives it, named after `frame`: CPython's finaliser is C, with no frame of its
 * own, so the warning names the Python code that was running (`sys`, line 1, at exit). */
export function warnUnclosedFile(source: PyObject, frame: Frame | null): void {
  doWarn(
    strFromJS(`unclosed file ${jsString(repr(source))}`),
    exceptionType("ResourceWarning"),
    1,
    source,
    frame,
  );
}

warningHooks.warn = (category, message, stacklevel, source) => doWarn(message, category, stacklevel, source);
warningHooks.warnUnawaitedCoroutine = warnUnawaitedCoroutine;

/** _PyErr_WarnUnawaitedCoroutine: through warnings._warn_unawaited_coroutine, which words
 * the warning (with the coroutine's origin); should that be missing, or fail other than by
 * the warning itself being raised (an "error" filter), the failure is reported and a plain
 * warning issued instead. Called from a finaliser: reports, never raises. */
function warnUnawaitedCoroutine(coro: PyObject, qualname: string): void {
  let warned = false;
  try {
    const fn = warningsAttr("_warn_unawaited_coroutine", true);
    if (fn !== undefined) {
      call(fn, [coro], null);
      warned = true;
    }
  } catch (e) {
    if (isException(e) && e.type.isSubtypeOf(exceptionType("RuntimeWarning"))) warned = true;
    finalizationHooks.reportUnraisable(e, coro);
  }
  if (warned) return;
  try {
    doWarn(strFromJS(`coroutine '${qualname}' was never awaited`), exceptionType("RuntimeWarning"), 1, coro);
  } catch (e) {
    finalizationHooks.reportUnraisable(e, coro);
  }
}
warningHooks.warnExplicit = (category, message, filename, lineno) =>
  warnExplicit({
    category,
    message,
    filename,
    lineno,
    module: null,
    registry: null,
    sourceline: null,
    source: null,
  });

registerNativeModule("_warnings", () => {
  const st = state();
  return {
    __doc__: strFromJS(
      "_warnings provides basic warning filtering support.\n" +
        "It is a helper module to speed up interpreter start-up.",
    ),
    filters: st.filters,
    _defaultaction: st.defaultAction,
    _onceregistry: st.onceRegistry,
    warn: warnFunction(),
    warn_explicit: warnExplicitFunction(),
    _filters_mutated: builtinFunction(
      "_filters_mutated",
      (args) => {
        if (args.length !== 0)
          throw typeError(`_warnings._filters_mutated() takes no arguments (${args.length} given)`);
        state().filtersVersion++;
        return None;
      },
      "_warnings",
    ),
  };
});
