// The `sys` module. Its live state (modules, path, argv, the recursion limit, the handled
// exception) belongs to the VM (src/vm/state.ts); this module exposes it with CPython's
// names and shapes. The standard streams are simple text streams over the host until the
// `_io` module provides real TextIOWrappers.

import { None, objectType, tupleType, typeType } from "../objects/bootstrap.js";
import {
  PyBaseException,
  exceptionType,
  exceptionTypes,
  newException,
  runtimeError,
  typeError,
  overflowError,
  valueError,
} from "../objects/exceptions.js";
import { warn } from "../objects/warnings.js";
import { newTuple } from "../objects/tuple.js";
import { importModuleLevel } from "../vm/import.js";
import { builtinFunction, defineGetSets, defineMethods, type VectorCall } from "../objects/function.js";
import { isInt, typeOf, type PyObject } from "../objects/object.js";
import { PyType } from "../objects/type.js";
import { getAttr, index, isCallable, recursionHooks, reprJS, str } from "../objects/abstract.js";
import { clinic, unpack } from "../objects/arg_clinic.js";
import { originTracking } from "../vm/unawaited.js";
import { PyTuple } from "../objects/tuple.js";
import { PyList } from "../objects/list.js";
import { PyDict } from "../objects/dict.js";
import { isAnySet } from "../objects/set.js";
import { jsString, strFromJS } from "../objects/str.js";
import { intMaxStrDigits, setIntMaxStrDigits } from "../objects/int.js";
import { PyFloat } from "../objects/float.js";
import { vm } from "../vm/state.js";
import { PyModule } from "../objects/module.js";
import { startsInCLocale } from "../support/locale_names.js";
import { registerNativeModule } from "./registry.js";
import { PyStdText, stderr, stdin, stdout } from "./std_streams.js";
import { swallowImporter } from "./_imp.js";
import { pathHook } from "./_imp_path_hook.js";
import { formatException } from "../vm/traceback.js";
import { getFrame } from "../vm/vm_types.js";
import { call, callWithSelf } from "../objects/call.js";
import { finalizationHooks } from "../objects/finalization.js";
import { newNamespace } from "../objects/namespace.js";
import { asyncGenHooks } from "../vm/generator.js";
import { toPyException } from "../vm/errors.js";
import { callTracing, setProfile, setTrace, tracing } from "../vm/tracing.js";
import { hashRandomization } from "../support/siphash.js";
import { isAsciiText } from "../objects/str_text.js";

// The objects layer's native recursion (nested reprs) shares the VM's recursion limit.
recursionHooks.enter = () => {
  if (vm.depth >= vm.recursionLimit) return false;
  vm.depth++;
  return true;
};
recursionHooks.leave = () => {
  vm.depth--;
};

export const VERSION = "3.11.7";
const VERSION_INFO = [3, 11, 7, "final", 0] as const;
const HEXVERSION = 0x030b07f0;
export const SWALLOW_VERSION = "0.1.0";

// ---- struct sequences (sys.version_info and friends) ----

/** A named tuple type implemented natively, like CPython's PyStructSequence. */
export function structSequence(qualname: string, fields: string[]): (values: PyObject[]) => PyTuple {
  const name = qualname.split(".").pop()!;
  const t = new PyType(typeType, name, [tupleType], true);
  t.qualname = name;
  t.isBaseType = false;
  t.dict.set(
    "__module__",
    qualname.includes(".") ? qualname.slice(0, qualname.lastIndexOf(".")) : "builtins",
  );
  const getsets: Record<string, [(self: PyObject) => PyObject]> = {};
  fields.forEach((f, i) => {
    getsets[f] = [(self) => (self as PyTuple).items[i]!];
  });
  defineGetSets(t, getsets);
  defineMethods(t, {
    __repr__(self) {
      const items = (self as PyTuple).items;
      return strFromJS(`${qualname}(${fields.map((f, i) => `${f}=${reprJS(items[i]!)}`).join(", ")})`);
    },
  });
  t.dict.set("n_fields", fields.length);
  t.dict.set("n_sequence_fields", fields.length);
  t.dict.set("n_unnamed_fields", 0);
  return (values) => new PyTuple(values, t);
}

const versionInfo = structSequence("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"])(
  [...VERSION_INFO],
);

const floatInfo = structSequence("sys.float_info", [
  "max",
  "max_exp",
  "max_10_exp",
  "min",
  "min_exp",
  "min_10_exp",
  "dig",
  "mant_dig",
  "epsilon",
  "radix",
  "rounds",
])([
  new PyFloat(Number.MAX_VALUE),
  1024,
  308,
  new PyFloat(2.2250738585072014e-308),
  -1021,
  -307,
  15,
  53,
  new PyFloat(Number.EPSILON),
  2,
  1,
]);

const intInfo = structSequence("sys.int_info", [
  "bits_per_digit",
  "sizeof_digit",
  "default_max_str_digits",
  "str_digits_check_threshold",
])([30, 4, 4300, 640]);

const hashInfo = structSequence("sys.hash_info", [
  "width",
  "modulus",
  "inf",
  "nan",
  "imag",
  "algorithm",
  "hash_bits",
  "seed_bits",
  "cutoff",
])([64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0]);

const FLAG_NAMES = [
  "debug",
  "inspect",
  "interactive",
  "optimize",
  "dont_write_bytecode",
  "no_user_site",
  "no_site",
  "ignore_environment",
  "verbose",
  "bytes_warning",
  "quiet",
  "hash_randomization",
  "isolated",
  "dev_mode",
  "utf8_mode",
  "warn_default_encoding",
  "safe_path",
  "int_max_str_digits",
];
const makeFlags = structSequence("sys.flags", FLAG_NAMES);

/** UTF-8 mode when the runtime's creator did not decide: PYTHONUTF8=1/0, otherwise on in
 * the C locale, as CPython's preconfiguration does. */
function utf8Mode(env: Record<string, string>): number {
  if (env["PYTHONUTF8"] === "1") return 1;
  if (env["PYTHONUTF8"] === "0") return 0;
  return startsInCLocale(env) ? 1 : 0;
}

// ---- the standard streams (std_streams.ts) ----

export { flushStdStreams, flushStdStreamsAtExit, stderr, stdin, stdout } from "./std_streams.js";

// ---- functions ----

const originDepthSig = clinic("set_coroutine_origin_tracking_depth(depth)");

function noArgs(name: string, args: PyObject[]): void {
  if (args.length) throw typeError(`${name}() takes no arguments (${args.length} given)`);
}

function oneArg(name: string, args: PyObject[]): void {
  if (args.length !== 1) throw typeError(`sys.${name}() takes exactly one argument (${args.length} given)`);
}

const functions: Record<string, VectorCall> = {
  exit(args) {
    if (args.length > 1) throw typeError(`exit expected at most 1 argument, got ${args.length}`);
    throw newException(exceptionTypes.get("SystemExit")!, ...args);
  },
  _getframe(args) {
    if (args.length > 1) throw typeError(`_getframe expected at most 1 argument, got ${args.length}`);
    return getFrame(args.length ? Number(index(args[0]!)) : 0);
  },
  getrecursionlimit(args) {
    noArgs("getrecursionlimit", args);
    return vm.recursionLimit;
  },
  setrecursionlimit(args) {
    if (args.length !== 1)
      throw typeError(`setrecursionlimit() takes exactly one argument (${args.length} given)`);
    const limit = args[0]!;
    if (!isInt(limit))
      throw typeError("'" + typeOf(limit).name + "' object cannot be interpreted as an integer");
    if (limit < 1) throw valueError("recursion limit must be greater or equal than 1");
    if (vm.depth >= Number(limit)) {
      throw newException(
        exceptionTypes.get("RecursionError")!,
        `cannot set the recursion limit to ${limit} at the recursion depth ${vm.depth}: the limit is too low`,
      );
    }
    vm.recursionLimit = Number(limit);
    return None;
  },
  exc_info(args) {
    noArgs("exc_info", args);
    const e = vm.handledException();
    if (e === null || e === None) return new PyTuple([None, None, None]);
    const exc = e as PyBaseException;
    return new PyTuple([typeOf(exc), exc, exc.traceback ?? None]);
  },
  exception(args) {
    noArgs("exception", args);
    return vm.handledException() ?? None;
  },
  intern(args) {
    if (args.length !== 1) throw typeError(`intern() takes exactly one argument (${args.length} given)`);
    const s = args[0]!;
    if (typeOf(s) !== typeOf("")) throw typeError(`intern() argument must be str, not ${typeOf(s).name}`);
    return s;
  },
  getsizeof(args) {
    if (args.length < 1 || args.length > 2)
      throw typeError(`getsizeof expected 1 or 2 arguments, got ${args.length}`);
    return sizeOf(args[0]!);
  },
  getdefaultencoding(args) {
    noArgs("getdefaultencoding", args);
    return "utf-8";
  },
  getfilesystemencoding(args) {
    noArgs("getfilesystemencoding", args);
    return "utf-8";
  },
  getfilesystemencodeerrors(args) {
    noArgs("getfilesystemencodeerrors", args);
    return "surrogateescape";
  },
  get_int_max_str_digits(args) {
    noArgs("get_int_max_str_digits", args);
    return intMaxStrDigits();
  },
  set_int_max_str_digits(args, kwnames) {
    const value = args[0];
    if (value === undefined || args.length !== 1 || (kwnames && kwnames[0] !== "maxdigits")) {
      throw typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    }
    const n = Number(index(value));
    if (n !== 0 && n < 640) throw valueError("maxdigits must be 0 or larger than 640");
    setIntMaxStrDigits(n);
    return None;
  },
  getrefcount(args) {
    if (args.length !== 1) throw typeError(`getrefcount() takes exactly one argument (${args.length} given)`);
    return 2;
  },
  excepthook(args) {
    if (args.length !== 3) throw typeError(`excepthook expected 3 arguments, got ${args.length}`);
    writeStderr(formatException(args[1]!));
    return None;
  },
  unraisablehook(args) {
    if (args.length !== 1)
      throw typeError(`unraisablehook() takes exactly one argument (${args.length} given)`);
    const u = args[0]!;
    if (!(u instanceof PyTuple) || u.type !== unraisableArgsType)
      throw typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
    writeStderr(formatUnraisable(u.items));
    return None;
  },
  displayhook(args) {
    const v = args[0]!;
    if (v === None) return None;
    const out = sysAttribute("stdout");
    if (out instanceof PyStdText) out.write(reprJS(v) + "\n");
    else if (out === undefined || out === None) throw runtimeError("lost sys.stdout");
    // Any file-like sys.stdout (doctest's and captured_stdout's StringIO) gets the repr.
    else {
      call(getAttr(out, "write"), [strFromJS(reprJS(v))], null);
      call(getAttr(out, "write"), ["\n"], null);
    }
    vm.builtins.setStr("_", v);
    return None;
  },
  is_finalizing() {
    return false;
  },
  get_asyncgen_hooks(args) {
    noArgs("get_asyncgen_hooks", args);
    return makeAsyncgenHooks([asyncGenHooks.firstiter, asyncGenHooks.finalizer]);
  },
  set_asyncgen_hooks(args, kwnames) {
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    if (npos > 2) throw typeError(`set_asyncgen_hooks() takes at most 2 arguments (${args.length} given)`);
    const next = { ...asyncGenHooks };
    const names = ["firstiter", "finalizer"] as const;
    const given: [string, PyObject][] = args.slice(0, npos).map((v, i) => [names[i]!, v]);
    for (let i = 0; i < nkw; i++) given.push([kwnames![i]!, args[npos + i]!]);
    for (const [name, v] of given) {
      if (name !== "firstiter" && name !== "finalizer")
        throw typeError(`set_asyncgen_hooks() got an unexpected keyword argument '${name}'`);
      if (v !== None && !isCallable(v)) throw typeError(`callable ${name} expected, got ${typeOf(v).name}`);
      next[name] = v;
    }
    Object.assign(asyncGenHooks, next);
    return None;
  },
  get_coroutine_origin_tracking_depth(args) {
    noArgs("get_coroutine_origin_tracking_depth", args);
    return originTracking.depth;
  },
  set_coroutine_origin_tracking_depth(args, kwnames) {
    const [depth] = unpack(originDepthSig, args, kwnames) as [PyObject];
    const n = index(depth) as number | bigint;
    if (typeof n === "bigint" || n > 0x7fffffff || n < -0x80000000)
      throw overflowError("Python int too large to convert to C int");
    if (n < 0) throw valueError("depth must be >= 0");
    originTracking.depth = n;
    return None;
  },
  audit() {
    return None;
  },
  addaudithook() {
    return None;
  },
  getswitchinterval() {
    return new PyFloat(0.005);
  },
  setswitchinterval() {
    return None;
  },
  call_tracing(args) {
    if (args.length !== 2) throw typeError(`call_tracing expected 2 arguments, got ${args.length}`);
    const [func, callArgs] = args as [PyObject, PyObject];
    if (!(callArgs instanceof PyTuple))
      throw typeError(`call_tracing() argument 2 must be tuple, not ${typeOf(callArgs).name}`);
    return callTracing(func, [...callArgs.items]);
  },
  breakpointhook(args, kwnames) {
    // PYTHONBREAKPOINT names the hook ("0": none); by default the debugger, pdb.
    const setting =
      (vm.host.os !== undefined
        ? vm.host.os.getenv("PYTHONBREAKPOINT")
        : vm.host.env()["PYTHONBREAKPOINT"]) ?? "";
    if (setting === "0") return None;
    const name = setting === "" ? "pdb.set_trace" : setting;
    const dot = name.lastIndexOf(".");
    const moduleName = dot < 0 ? "builtins" : name.slice(0, dot);
    const attr = name.slice(dot + 1);
    const unimportable = `Ignoring unimportable $PYTHONBREAKPOINT: "${name}"`;
    // A name starting with its only dot ('.foo') has no module part to import.
    if (dot === 0) {
      warn("RuntimeWarning", unimportable);
      return None;
    }
    let hook: PyObject;
    try {
      const module = importModuleLevel(moduleName, new PyDict(), newTuple([strFromJS("__doc__")]), 0);
      hook = getAttr(module, attr);
    } catch (e) {
      const exc = toPyException(e);
      if (
        !exc.type.isSubtypeOf(exceptionType("ImportError")) &&
        !exc.type.isSubtypeOf(exceptionType("AttributeError"))
      )
        throw exc;
      warn("RuntimeWarning", unimportable);
      return None;
    }
    return call(hook, args, kwnames);
  },
  settrace(args) {
    oneArg("settrace", args);
    setTrace(args[0] === None ? null : args[0]!);
    return None;
  },
  gettrace(args) {
    noArgs("sys.gettrace", args);
    return tracing.traceFunc ?? None;
  },
  setprofile(args) {
    oneArg("setprofile", args);
    setProfile(args[0] === None ? null : args[0]!);
    return None;
  },
  getprofile(args) {
    noArgs("sys.getprofile", args);
    return tracing.profileFunc ?? None;
  },
};

function writeStderr(text: string): void {
  const err = sysAttribute("stderr");
  if (err === undefined || err === None) return;
  if (err instanceof PyStdText) err.write(text);
  else call(getAttr(err, "write"), [strFromJS(text)]);
}

// ---- unraisable exceptions (raised by __del__ and weakref callbacks) ----

const makeAsyncgenHooks = structSequence("asyncgen_hooks", ["firstiter", "finalizer"]);

const makeUnraisableArgs = structSequence("UnraisableHookArgs", [
  "exc_type",
  "exc_value",
  "exc_traceback",
  "err_msg",
  "object",
]);
const unraisableArgsType = makeUnraisableArgs([None, None, None, None, None]).type;

/** What CPython's default unraisablehook writes: "Exception ignored in: <obj>", then the
 * traceback and the exception. */
function formatUnraisable([, value, , message, culprit]: PyObject[]): string {
  let head = message === None ? "Exception ignored in" : jsString(str(message!));
  if (culprit !== None) {
    let text: string;
    try {
      text = reprJS(culprit!);
    } catch {
      text = "<object repr() failed>";
    }
    head += `: ${text}`;
  }
  return `${head}\n${value === None ? "" : formatException(value!)}`;
}

/** Hands an exception nobody can catch to sys.unraisablehook; errors there are dropped. */
function reportUnraisable(error: unknown, culprit: PyObject | null): void {
  const e = toPyException(error);
  const hookArgs = makeUnraisableArgs([e.type, e, e.traceback ?? None, None, culprit ?? None]);
  try {
    const hook = sysAttribute("unraisablehook");
    if (hook !== undefined && hook !== None) {
      call(hook, [hookArgs], null);
      return;
    }
  } catch {
    // CPython then falls back to the default hook, as below
  }
  try {
    writeStderr(formatUnraisable(hookArgs.items));
  } catch {
    // nowhere left to report to
  }
}
finalizationHooks.reportUnraisable = reportUnraisable;

/** A rough `sys.getsizeof`, in CPython's ballpark for the common types. */
function sizeOf(v: PyObject): number {
  if (typeof v === "boolean") return 28;
  if (typeof v === "number") return v === 0 ? 24 : 28 + 4 * Math.floor(Math.log2(Math.abs(v) + 1) / 30);
  if (typeof v === "bigint") return 28 + 4 * Math.ceil((v < 0n ? -v : v).toString(2).length / 30);
  if (typeof v === "string" && isAsciiText(v)) return 49 + v.length;
  if (v instanceof PyList) return 56 + 8 * v.items.length;
  if (v instanceof PyTuple) return 40 + 8 * v.items.length;
  if (v instanceof PyFloat) return 24;
  // A type with its own __sizeof__ (dict, set, OrderedDict, a class defining it): its
  // answer, plus the GC header CPython counts for container objects.
  const f = typeOf(v).lookup("__sizeof__");
  if (f !== undefined && f !== objectType.dict.get("__sizeof__")) {
    const n = Number(index(callWithSelf(f, v, [], null)));
    if (n < 0) throw valueError("__sizeof__() should return >= 0");
    const t = typeOf(v);
    // 3.11's pre-header: the GC links, and for a class whose instances keep a managed
    // dict (a Python class over object) two more pointers.
    if (!t.isBuiltin && t.hasInstanceDict && t.mro.find((b) => b.isBuiltin) === objectType) return n + 32;
    return n + (v instanceof PyDict || isAnySet(v) || !t.isBuiltin ? 16 : 0);
  }
  return 48;
}

/** What the VM reads from sys (stdout, stderr, excepthook...) honours reassignment. */
const namespace: Record<string, PyObject> = {};

export function sysAttribute(name: string): PyObject | undefined {
  const mod = vm.modules?.getStr("sys");
  if (mod instanceof PyModule) return mod.namespace.getStr(name);
  return namespace[name];
}

function sysNamespace(): Record<string, PyObject> {
  const ns = namespace;
  for (const [name, fn] of Object.entries(functions)) ns[name] = builtinFunction(name, fn, "sys");
  const host = vm.host;
  ns["version"] = `${VERSION} (main, Nov 22 2026) [Swallow ${SWALLOW_VERSION} on Node.js]`;
  ns["version_info"] = versionInfo;
  ns["hexversion"] = HEXVERSION;
  ns["api_version"] = 1013;
  ns["copyright"] = "Copyright (c) Swallow authors; Python is Copyright (c) Python Software Foundation.";
  ns["platform"] = "linux";
  ns["byteorder"] = "little";
  ns["maxsize"] = 9223372036854775807n;
  ns["maxunicode"] = 0x10ffff;
  ns["float_info"] = floatInfo;
  ns["int_info"] = intInfo;
  ns["hash_info"] = hashInfo;
  ns["float_repr_style"] = "short";
  ns["flags"] = makeFlags([
    0,
    0,
    0,
    0,
    vm.dontWriteBytecode ? 1 : 0,
    0,
    0,
    0,
    0,
    0,
    0,
    hashRandomization() ? 1 : 0,
    0,
    false,
    vm.utf8Mode ?? utf8Mode(host.env()),
    0,
    false,
    -1,
  ]);
  ns["implementation"] = implementation();
  ns["modules"] = vm.modules;
  ns["path"] = vm.path;
  ns["argv"] = vm.argv;
  ns["orig_argv"] = new PyList([strFromJS("swallow"), ...(vm.argv as PyList).items]);
  ns["executable"] = strFromJS(host.env()["SWALLOW_EXECUTABLE"] ?? host.executable?.() ?? "");
  ns["_base_executable"] = ns["executable"]!;
  ns["prefix"] = "/usr/local";
  ns["base_prefix"] = "/usr/local";
  ns["exec_prefix"] = "/usr/local";
  ns["base_exec_prefix"] = "/usr/local";
  ns["platlibdir"] = "lib";
  ns["pycache_prefix"] = None;
  ns["dont_write_bytecode"] = vm.dontWriteBytecode;
  ns["stdin"] = stdin;
  ns["stdout"] = stdout;
  ns["stderr"] = stderr;
  ns["__stdin__"] = stdin;
  ns["__stdout__"] = stdout;
  ns["__stderr__"] = stderr;
  ns["__displayhook__"] = ns["displayhook"]!;
  ns["__breakpointhook__"] = ns["breakpointhook"]!;
  ns["__excepthook__"] = ns["excepthook"]!;
  ns["__unraisablehook__"] = ns["unraisablehook"]!;
  ns["UnraisableHookArgs"] = unraisableArgsType;
  ns["warnoptions"] = new PyList([]);
  ns["_xoptions"] = None;
  ns["meta_path"] = new PyList([swallowImporter]);
  ns["path_hooks"] = new PyList([pathHook]);
  ns["path_importer_cache"] = new PyDict();
  ns["builtin_module_names"] = new PyTuple([...vm.nativeModules.keys()].sort().map((n) => strFromJS(n)));
  ns["abiflags"] = "";
  return ns;
}

function implementation(): PyObject {
  return newNamespace({
    name: "swallow",
    // A tag of its own, so that importlib.util.cache_from_source names paths (tests
    // compute and unlink them) that CPython's .pyc files never collide with. Swallow
    // never writes such files: dont_write_bytecode is set and marshal refuses code.
    cache_tag: "swallow-311",
    version: versionInfo,
    hexversion: HEXVERSION,
    _multiarch: "x86_64-linux-gnu",
    swallow_version: SWALLOW_VERSION,
  });
}

registerNativeModule("sys", sysNamespace);
