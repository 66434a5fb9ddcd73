// Shared by the modules that reach the operating system (posix, _io, time, ...): the host's
// POSIX interface, HostError → OSError with glibc's texts, path arguments (str, bytes,
// os.PathLike), struct sequences with hidden fields (os.stat_result), functions declared
// by signature, and modules written in Python source run at import.

import { HostError } from "../host/host.js";
import type { HostOS } from "../host/stdlib_os.js";
import { None, tupleType, typeType } from "../objects/bootstrap.js";
import { bufferOf, newBytes, PyBytes } from "../objects/bytes.js";
import { warn } from "../objects/warnings.js";
import {
  newException,
  exceptionType,
  isException,
  type PyBaseException,
  typeError,
} from "../objects/exceptions.js";
import { newOSError } from "../objects/exception_methods.js";
import {
  builtinFunction,
  defineGetSets,
  defineMethods,
  type KwNames,
  type PyBuiltinFunction,
} from "../objects/function.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { getIter, reprJS, toArray } from "../objects/abstract.js";
import { PyList } from "../objects/list.js";
import { clinicArgs, clinicKwArgs, noArgs, oneArg, tupleArgs } from "../objects/str_args.js";
import { clinic, unpack, type ClinicSig } from "../objects/arg_clinic.js";
import { callSpecial } from "../objects/call.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { PyType } from "../objects/type.js";
import { PyDict } from "../objects/dict.js";
import { newFloat } from "../objects/float.js";
import { compileModuleSource } from "../vm/code_cache.js";
import { CodeObject } from "../compiler/code.js";
import { Frame } from "../vm/frame.js";
import { newRegisters } from "../vm/args.js";
import { runFrame } from "../vm/interpreter.js";
import { vm } from "../vm/state.js";
import { ERRNO_TABLE } from "./errno_table.js";

const STRERROR = new Map(ERRNO_TABLE.map(([n, , text]) => [n, text]));

export function strerror(errno: number): string {
  // glibc names 0 too, though no errno constant has that value.
  if (errno === 0) return "Success";
  return STRERROR.get(errno) ?? `Unknown error ${errno}`;
}

/** The host's POSIX interface; OSError(ENOSYS) where the host grants none. */
export function hostOS(): HostOS {
  const os = vm.host.os;
  if (os === undefined) throw newOSError(38, strerror(38));
  return os;
}

export function toOSError(e: unknown, filename?: PyObject, filename2?: PyObject): unknown {
  if (e instanceof HostError) return newOSError(e.errno, strerror(e.errno), filename, filename2);
  return e;
}

/** Runs a host call, turning its HostError into CPython's OSError for `filename`. */
export function osCall<T>(filename: PyObject | undefined, f: (os: HostOS) => T, filename2?: PyObject): T {
  const os = hostOS();
  try {
    return f(os);
  } catch (e) {
    throw toOSError(e, filename, filename2);
  }
}

/** os.fspath(): str and bytes as they are, else __fspath__'s result. */
export function fspath(v: PyObject): PyObject {
  if (isStr(v) || v instanceof PyBytes) return v;
  const t = typeOf(v);
  if (t.lookup("__fspath__") === undefined)
    throw typeError(`expected str, bytes or os.PathLike object, not ${t.name}`);
  const r = callSpecial(v, "__fspath__", [])!;
  if (isStr(r) || r instanceof PyBytes) return r;
  throw typeError(`expected ${t.name}.__fspath__() to return str or bytes, not ${typeOf(r).name}`);
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A path argument as the host's string, and whether it was given as bytes. */
export function pathArg(
  v: PyObject,
  func: string,
  arg = "path",
  also: "" | "fd" | "fd or None" = "",
): { path: string; bytes: boolean } {
  let p: PyObject;
  // What __fspath__ raises, or its returning neither str nor bytes, is the caller's error.
  if (isStr(v) || v instanceof PyBytes || typeOf(v).lookup("__fspath__") !== undefined) p = fspath(v);
  else {
    // The kinds a CPython path_t accepts: with allow_fd an integer, with nullable None.
    const kinds =
      also === "fd"
        ? "string, bytes, os.PathLike or integer"
        : also === "fd or None"
          ? "string, bytes, os.PathLike, integer or None"
          : "string, bytes or os.PathLike";
    const message = `${func}: ${arg} should be ${kinds}, not ${typeOf(v).name}`;
    // Other bytes-like objects still work, deprecated (path_converter's PyObject_CheckBuffer).
    const buffer = isStr(v) ? undefined : bufferOf(v);
    if (buffer === undefined) throw typeError(message);
    warn("DeprecationWarning", message);
    p = newBytes(buffer.slice());
  }
  // As CPython's path_converter: a str is encoded first (PyUnicode_FSConverter, whose
  // message this is), and the bytes are then checked with the function's name.
  if (p instanceof PyBytes) {
    if (p.data.includes(0))
      throw newException(exceptionType("ValueError"), `${func}: embedded null character in ${arg}`);
    return { path: decoder.decode(p.data), bytes: true };
  }
  const s = jsString(p);
  if (s.includes("\0")) throw newException(exceptionType("ValueError"), "embedded null byte");
  return { path: s, bytes: false };
}

/** A host string back as the caller's kind of path. */
export function pathResult(s: string, bytes: boolean): PyObject {
  return bytes ? newBytes(encoder.encode(s)) : strFromJS(s);
}

export function fsEncode(s: string): Uint8Array {
  return encoder.encode(s);
}

export function fsDecode(b: Uint8Array): string {
  return decoder.decode(b);
}

/** A struct sequence whose tuple shows `visible` and whose attributes also include
 * `hidden` (os.stat_result, time.struct_time). */
export function structSeqType(
  module: string,
  name: string,
  visible: string[],
  hidden: string[] = [],
): { type: PyType; make: (values: PyObject[]) => PyTuple } {
  const t = new PyType(typeType, name, [tupleType], true);
  t.qualname = name;
  t.isBaseType = false;
  t.dict.set("__module__", module);
  const getsets: Record<string, [(self: PyObject) => PyObject]> = {};
  visible.forEach((f, i) => (getsets[f] = [(self) => (self as PyTuple).items[i]!]));
  hidden.forEach((f, i) => (getsets[f] = [(self) => (self as HiddenTuple).hidden?.[i] ?? None]));
  defineGetSets(t, getsets);
  const all = [...visible, ...hidden];
  defineMethods(t, {
    __repr__(self) {
      const items = (self as PyTuple).items;
      return strFromJS(
        `${module === "builtins" ? "" : module + "."}${name}(${visible.map((f, i) => `${f}=${reprJS(items[i]!)}`).join(", ")})`,
      );
    },
    __reduce__(self) {
      const s = self as HiddenTuple;
      const d = new PyDict();
      hidden.forEach((f, i) => d.setStr(f, s.hidden?.[i] ?? None));
      return new PyTuple([t, new PyTuple([new PyTuple(s.items.slice()), d])]);
    },
  });
  t.dict.set("n_fields", all.length);
  t.dict.set("n_sequence_fields", visible.length);
  t.dict.set("n_unnamed_fields", 0);
  t.dict.set("__match_args__", new PyTuple(visible.map((f) => strFromJS(f))));
  const make = (values: PyObject[]): PyTuple => {
    const tup = new PyTuple(values.slice(0, visible.length), t) as HiddenTuple;
    tup.hidden = values.slice(visible.length);
    return tup;
  };
  const tpName = module === "builtins" ? name : `${module}.${name}`;
  t.dict.set(
    "__new__",
    builtinFunction(
      "__new__",
      (args, kwnames) => {
        const [seq, dict] = clinicKwArgs("structseq", ["sequence", "dict"], args.slice(1), kwnames, 1);
        return make(structSeqValues(tpName, visible.length, all, seq!, dict));
      },
      null,
    ),
  );
  return { type: t, make };
}

type HiddenTuple = PyTuple & { hidden?: PyObject[] };

/** The values of a struct sequence built from `seq` (any iterable) and, for the fields
 * it leaves out, `dict` (CPython's structseq_new): at least `minLen` items, at most all. */
function structSeqValues(
  tpName: string,
  minLen: number,
  all: string[],
  seq: PyObject,
  dict: PyObject | undefined,
): PyObject[] {
  let values: PyObject[];
  if (seq instanceof PyTuple || seq instanceof PyList) values = seq.items.slice();
  else {
    let it: PyObject;
    try {
      it = getIter(seq);
    } catch (e) {
      if (isException(e) && e.type.isSubtypeOf(exceptionType("TypeError")))
        throw typeError("constructor requires a sequence");
      throw e;
    }
    values = toArray(it);
  }
  if (dict !== undefined && !(dict instanceof PyDict))
    throw typeError(`${tpName}() takes a dict as second arg, if any`);
  const maxLen = all.length;
  const n = values.length;
  if (n < minLen || n > maxLen) {
    const bound = minLen === maxLen ? "a" : n < minLen ? "an at least" : "an at most";
    throw typeError(
      `${tpName}() takes ${bound} ${n < minLen ? minLen : maxLen}-sequence (${n}-sequence given)`,
    );
  }
  while (values.length < maxLen) {
    const v = dict instanceof PyDict ? dict.getStr(all[values.length]!) : undefined;
    values.push(v ?? None);
  }
  return values;
}

/** A literal default of a signature ("None", "True", "511", "0.0") as a value. */
function defaultValue(text: string): PyObject {
  if (text === "None") return None;
  if (text === "True") return true;
  if (text === "False") return false;
  if (/^-?\d+$/.test(text)) return Number(text);
  if (/^-?[\d.]+(e-?\d+)?$/.test(text)) return newFloat(Number(text));
  return strFromJS(text.replace(/^["']|["']$/g, ""));
}

/** A function of a native module declared by its signature; literal defaults
 * (`mode=511`, `dir_fd=None`) are filled in before `impl` runs. */
export function fn(
  module: string,
  sig: string,
  impl: (...values: (PyObject | undefined)[]) => PyObject,
  /** "tuple" for the functions CPython still parses with PyArg_ParseTuple (positional
   * only, "htons() takes exactly 1 argument (0 given)"); "tuple-qualified" for those of them
   * that refuse keywords under the module's name ("posix.waitpid() takes no keyword
   * arguments"). */
  parsing: "clinic" | "tuple" | "tuple-qualified" = "clinic",
): [string, PyBuiltinFunction] {
  const open = sig.indexOf("(");
  const params = sig
    .slice(open + 1, sig.lastIndexOf(")"))
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "" && p !== "*" && p !== "/");
  const defaults = params.map((p) => {
    const eq = p.indexOf("=");
    return eq < 0 || p.slice(eq + 1) === "?" ? undefined : defaultValue(p.slice(eq + 1));
  });
  const text = sig.replace(/=(?!\?)[^,)]+/g, "=?");
  const parsed = clinic(text.replace(/,?\s*\*\w+/, ""));
  const qualname = `${module}.${parsed.name}`;
  const bind =
    parsing !== "clinic" || /\*\w/.test(text)
      ? tupleBinder(parsed, /\*\w/.test(text), parsing === "tuple-qualified" ? qualname : parsed.name)
      : clinicBinder(parsed, qualname);
  const f = builtinFunction(
    parsed.name,
    (args, kwnames) => impl(...bind(args, kwnames).map((v, i) => v ?? defaults[i])),
    module,
  );
  return [f.name, f];
}

/** PyArg_ParseTuple's checks (METH_VARARGS): positional arguments only, counted, with any
 * number more when the signature ends in `*name`. */
function tupleBinder(
  sig: ClinicSig,
  varargs: boolean,
  kwName: string,
): (args: PyObject[], kwnames: KwNames) => (PyObject | undefined)[] {
  const max = varargs ? Infinity : sig.params.length;
  return (args, kwnames) => {
    tupleArgs(sig.name, kwName, args, kwnames, sig.required, max);
    return varargs ? args : sig.params.map((_, i) => args[i]);
  };
}

/** How CPython's generated argument parsing treats a signature, with its messages: no
 * parameters is METH_NOARGS, one positional-only parameter METH_O, only positional-only
 * ones a positional check ("read expected 2 arguments, got 1"), anything else
 * _PyArg_UnpackKeywords. */
function clinicBinder(
  sig: ClinicSig,
  qualname: string,
): (args: PyObject[], kwnames: KwNames) => (PyObject | undefined)[] {
  const n = sig.params.length;
  if (n === 0) return (args, kwnames) => (noArgs(qualname, args, kwnames), []);
  if (sig.posonly === n && n === 1 && sig.required === 1)
    return (args, kwnames) => [oneArg(qualname, args, kwnames)];
  if (sig.posonly === n)
    return (args, kwnames) => {
      clinicArgs(sig.name, qualname, args, kwnames, sig.required, n);
      return sig.params.map((_, i) => args[i]);
    };
  return (args, kwnames) => unpack(sig, args, kwnames);
}

/** Runs Python source as the body of a native module's namespace (for the parts of a
 * module that are clearer in Python than in TypeScript). */
export function runModuleSource(
  moduleName: string,
  source: string,
  preset: Record<string, PyObject>,
): Record<string, PyObject> {
  const ns = new PyDict();
  ns.setStr("__name__", strFromJS(moduleName));
  ns.setStr("__builtins__", vm.builtinsModule);
  for (const [k, v] of Object.entries(preset)) ns.setStr(k, v);
  const code = compileModuleSource(new TextEncoder().encode(source), `<${moduleName}>`, true);
  markNative(code);
  runFrame(new Frame(code, ns, vm.builtins, ns, null, newRegisters(code)));
  const out: Record<string, PyObject> = {};
  ns.forEach((k, v) => {
    if (isStr(k)) out[jsString(k)] = v;
  });
  delete out["__builtins__"];
  return out;
}

function markNative(code: CodeObject): void {
  code.native = true;
  for (const c of code.co_consts) if (c instanceof CodeObject) markNative(c);
}

export type { PyBaseException };
