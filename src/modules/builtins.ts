// The `builtins` module: CPython 3.11's built-in functions and the names of the built-in
// types, constants and exceptions. Functions that need the running interpreter (globals,
// locals, exec, eval, compile, __import__, __build_class__, input's terminal) reach it
// through `builtinsHooks`, which the VM installs, so this module does not depend on the
// VM's internals.

import {
  boolType,
  bytearrayType,
  bytesType,
  complexType,
  dictType,
  Ellipsis,
  floatType,
  frozensetType,
  intType,
  listType,
  None,
  NotImplemented,
  objectType,
  rangeType,
  setType,
  sliceType,
  strType,
  tupleType,
  typeType,
} from "../objects/bootstrap.js";
import { call, callSpecial, callWithSelf } from "../objects/call.js";
import {
  exceptionTypes,
  isException,
  newException,
  runtimeError,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import { PyBytes } from "../objects/bytes.js";
import { PyBuiltinFunction, type KwNames, type VectorCall } from "../objects/function.js";
import { typeOf, type PyObject } from "../objects/object.js";
import type { PyType } from "../objects/type.js";
import {
  ascii,
  binaryOp,
  BinaryOp,
  CompareOp,
  delAttr,
  format,
  getAttr,
  getAttrOpt,
  getIter,
  hash,
  pythonId,
  index,
  isInstance,
  isSubclass,
  isTrue,
  iterNext,
  len,
  lenInt,
  nested,
  repr,
  richCompareBool,
  setAttr,
  str,
  toArray,
  absolute,
} from "../objects/abstract.js";
import { ListIterator, listExtend, PyList } from "../objects/list.js";
import { sortList, sortOptions } from "../objects/sort.js";
import { jsString, strFromJS, isStr } from "../objects/str.js";
import { builtinIterableTypes, callableIterator } from "../objects/builtin_iterables.js";
import { classmethodType, propertyType, staticmethodType, superType } from "../objects/descriptors.js";
import { registerNativeModule } from "./registry.js";
import { builtinDocs } from "../objects/builtin_docs.generated.js";
import { clinic, unpack } from "../objects/arg_clinic.js";
import { flushStdStreams, PyStdText } from "./std_streams.js";
import { vm } from "../vm/state.js";
import { checkInterrupt } from "../vm/ops.js";
import { anext } from "../vm/anext_awaitable.js";
// The exception types in this namespace get their behaviour from here.
import { installExceptionDictAccess } from "../objects/exception_methods.js";
import { attributeDictView, PyDict } from "../objects/dict.js";

// BaseException.__reduce__ / __setstate__ carry the instance's __dict__ (ImportError's
// name and path, OSError's filename... live there), so pickle and copy keep them.
installExceptionDictAccess(
  (e) => (e.dict === null ? None : attributeDictView(e, e.dict)),
  (state) => {
    if (!(state instanceof PyDict)) throw typeError("state is not a dictionary");
    return [...state.entriesIter()].map(([k, v]): [string, PyObject] => {
      if (!isStr(k)) throw typeError(`attribute name must be string, not '${typeOf(k).name}'`);
      return [jsString(k), v];
    });
  },
);

/** What the built-ins need from the running interpreter. */
export interface BuiltinsHooks {
  globals(): PyObject;
  locals(): PyObject;
  /** Names in the current local scope, for `dir()` without arguments. */
  localNames(): PyObject[];
  exec(source: PyObject, globals: PyObject, locals: PyObject, closure: PyObject): PyObject;
  eval(source: PyObject, globals: PyObject, locals: PyObject): PyObject;
  compile(args: PyObject[], kwnames: KwNames): PyObject;
  importModule(args: PyObject[], kwnames: KwNames): PyObject;
  buildClass(args: PyObject[], kwnames: KwNames): PyObject;
  /** The sys module's attribute (stdout, stderr, stdin, displayhook...). */
  sysAttribute(name: string): PyObject | undefined;
  open(args: PyObject[], kwnames: KwNames): PyObject;
  superCall(args: PyObject[], kwnames: KwNames): PyObject;
}

export const builtinsHooks: BuiltinsHooks = {
  globals: missingHook,
  locals: missingHook,
  localNames: missingHook,
  exec: missingHook,
  eval: missingHook,
  compile: missingHook,
  importModule: missingHook,
  buildClass: missingHook,
  sysAttribute: missingHook,
  open: missingHook,
  superCall: missingHook,
};

function missingHook(): never {
  throw new Error("the interpreter has not installed the builtins hooks");
}

// ---- argument helpers with CPython's messages ----

function positional(name: string, args: PyObject[], kwnames: KwNames, min: number, max: number): PyObject[] {
  if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min || n > max) {
    if (min === max) {
      if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
      throw typeError(`${name} expected ${min} arguments, got ${n}`);
    }
    if (n < min)
      throw typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
    throw typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  }
  return args;
}

function splitKeywords(args: PyObject[], kwnames: KwNames): { pos: PyObject[]; kw: Map<string, PyObject> } {
  const n = kwnames ? kwnames.length : 0;
  const pos = n ? args.slice(0, args.length - n) : args;
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < n; i++) kw.set(kwnames![i]!, args[pos.length + i]!);
  return { pos, kw };
}

function attributeName(fn: string, name: PyObject): string {
  // CPython's getattr/hasattr/setattr/delattr do not name themselves here.
  if (!isStr(name)) throw typeError(`attribute name must be string, not '${typeOf(name).name}'`);
  return jsString(name);
}

// ---- the functions ----

const powSig = clinic("pow(base, exp, mod=?)");
const roundSig = clinic("round(number, ndigits=?)");
const sumSig = clinic("sum(iterable, /, start=?)");
const execSig = clinic("exec(source, globals=?, locals=?, /, *, closure=?)");

const functions: Record<string, VectorCall> = {
  abs(args, kwnames) {
    const [x] = positional("abs", args, kwnames, 1, 1) as [PyObject];
    return absolute(x);
  },

  all(args, kwnames) {
    const [iterable] = positional("all", args, kwnames, 1, 1) as [PyObject];
    const it = getIter(iterable);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (!isTrue(v)) return false;
    return true;
  },

  any(args, kwnames) {
    const [iterable] = positional("any", args, kwnames, 1, 1) as [PyObject];
    const it = getIter(iterable);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (isTrue(v)) return true;
    return false;
  },

  ascii(args, kwnames) {
    const [x] = positional("ascii", args, kwnames, 1, 1) as [PyObject];
    // A one-argument builtin counts a recursion level of its own in CPython 3.11
    // (cfunction_vectorcall_O), which shows in the message of a __repr__ that recurses.
    return nested("while calling a Python object", () => ascii(x));
  },

  bin(args, kwnames) {
    const [x] = positional("bin", args, kwnames, 1, 1) as [PyObject];
    return radix(x, 2, "0b");
  },

  oct(args, kwnames) {
    const [x] = positional("oct", args, kwnames, 1, 1) as [PyObject];
    return radix(x, 8, "0o");
  },

  hex(args, kwnames) {
    const [x] = positional("hex", args, kwnames, 1, 1) as [PyObject];
    return radix(x, 16, "0x");
  },

  callable(args, kwnames) {
    const [x] = positional("callable", args, kwnames, 1, 1) as [PyObject];
    return typeOf(x).lookup("__call__") !== undefined;
  },

  chr(args, kwnames) {
    const [x] = positional("chr", args, kwnames, 1, 1) as [PyObject];
    const i = index(x);
    if (typeof i === "bigint")
      throw newException(exceptionTypes.get("OverflowError")!, "Python int too large to convert to C int");
    if (i < 0 || i > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
    return strFromJS(String.fromCodePoint(i));
  },

  delattr(args, kwnames) {
    const [o, name] = positional("delattr", args, kwnames, 2, 2) as [PyObject, PyObject];
    delAttr(o, attributeName("delattr", name));
    return None;
  },

  getattr(args, kwnames) {
    if (kwnames && kwnames.length) throw typeError("getattr() takes no keyword arguments");
    if (args.length < 2) throw typeError(`getattr expected at least 2 arguments, got ${args.length}`);
    if (args.length > 3) throw typeError(`getattr expected at most 3 arguments, got ${args.length}`);
    const name = attributeName("getattr", args[1]!);
    if (args.length === 2) return getAttr(args[0]!, name);
    // _PyObject_LookupAttr: a missing attribute is not made into an exception first.
    return getAttrOpt(args[0]!, name) ?? args[2]!;
  },

  hasattr(args, kwnames) {
    const [o, name] = positional("hasattr", args, kwnames, 2, 2) as [PyObject, PyObject];
    return getAttrOpt(o, attributeName("hasattr", name)) !== undefined;
  },

  setattr(args, kwnames) {
    const [o, name, value] = positional("setattr", args, kwnames, 3, 3) as [PyObject, PyObject, PyObject];
    setAttr(o, attributeName("setattr", name), value);
    return None;
  },

  dir(args, kwnames) {
    positional("dir", args, kwnames, 0, 1);
    if (args.length === 0) {
      const names = new PyList(builtinsHooks.localNames().slice());
      sortList(names, null, false);
      return names;
    }
    const result = callSpecial(args[0]!, "__dir__");
    if (result === undefined) throw typeError("object does not provide __dir__");
    const names = new PyList(toArray(result));
    sortList(names, null, false);
    return names;
  },

  divmod(args, kwnames) {
    const [a, b] = positional("divmod", args, kwnames, 2, 2) as [PyObject, PyObject];
    return binaryOp(a, b, BinaryOp.DivMod);
  },

  format(args, kwnames) {
    const [value, spec] = positional("format", args, kwnames, 1, 2);
    const s = spec ?? "";
    if (!isStr(s)) throw typeError(`format() argument 2 must be str, not ${typeOf(s).name}`);
    return format(value!, s);
  },

  hash(args, kwnames) {
    const [x] = positional("hash", args, kwnames, 1, 1) as [PyObject];
    return hash(x);
  },

  id(args, kwnames) {
    const [x] = positional("id", args, kwnames, 1, 1) as [PyObject];
    return pythonId(x);
  },

  isinstance(args, kwnames) {
    const [o, cls] = positional("isinstance", args, kwnames, 2, 2) as [PyObject, PyObject];
    return isInstance(o, cls);
  },

  issubclass(args, kwnames) {
    const [a, cls] = positional("issubclass", args, kwnames, 2, 2) as [PyObject, PyObject];
    return isSubclass(a, cls);
  },

  iter(args, kwnames) {
    positional("iter", args, kwnames, 1, 2);
    if (args.length === 1) return getIter(args[0]!);
    const fn = args[0]!;
    if (typeOf(fn).lookup("__call__") === undefined) throw typeError("iter(v, w): v must be callable");
    return callableIterator(fn, args[1]!);
  },

  len(args, kwnames) {
    const [x] = positional("len", args, kwnames, 1, 1) as [PyObject];
    return lenInt(x);
  },

  max(args, kwnames) {
    return minMax("max", args, kwnames, CompareOp.Gt);
  },

  min(args, kwnames) {
    return minMax("min", args, kwnames, CompareOp.Lt);
  },

  next(args, kwnames) {
    positional("next", args, kwnames, 1, 2);
    const it = args[0]!;
    const dunder = typeOf(it).lookup("__next__");
    if (dunder === undefined && !("nextValue" in (it as object))) {
      throw typeError(`'${typeOf(it).name}' object is not an iterator`);
    }
    if (args.length === 1 && dunder !== undefined) {
      // Without a default, the iterator's own StopIteration (with its value) propagates.
      return callWithSelf(dunder, it, [], null);
    }
    const v = iterNext(it);
    if (v !== undefined) return v;
    if (args.length === 2) return args[1]!;
    throw newException(exceptionTypes.get("StopIteration")!);
  },

  ord(args, kwnames) {
    const [c] = positional("ord", args, kwnames, 1, 1) as [PyObject];
    if (isStr(c)) {
      const s = jsString(c);
      const chars = Array.from(s);
      if (chars.length !== 1)
        throw typeError(`ord() expected a character, but string of length ${chars.length} found`);
      return chars[0]!.codePointAt(0)!;
    }
    const t = typeOf(c);
    if (t.isSubtypeOf(bytesType) || t.isSubtypeOf(bytearrayType)) {
      const n = len(c) as number;
      if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
      return toArray(c)[0]!;
    }
    throw typeError(`ord() expected string of length 1, but ${t.name} found`);
  },

  pow(args, kwnames) {
    const [base, exp, mod = None] = unpack(powSig, args, kwnames) as [PyObject, PyObject, PyObject?];
    if (mod === None) return binaryOp(base, exp, BinaryOp.Pow);
    const r = callSpecial(base, "__pow__", [exp, mod]);
    if (r !== undefined && r !== NotImplemented) return r;
    throw typeError(
      `unsupported operand type(s) for ** or pow(): '${typeOf(base).name}', '${typeOf(exp).name}', '${typeOf(mod).name}'`,
    );
  },

  print(args, kwnames) {
    const { pos, kw } = splitKeywords(args, kwnames);
    for (const k of kw.keys()) {
      if (!["sep", "end", "file", "flush"].includes(k))
        throw typeError(`'${k}' is an invalid keyword argument for print()`);
    }
    const sep = kw.get("sep") ?? None;
    const end = kw.get("end") ?? None;
    if (sep !== None && !isStr(sep)) throw typeError(`sep must be None or a string, not ${typeOf(sep).name}`);
    if (end !== None && !isStr(end)) throw typeError(`end must be None or a string, not ${typeOf(end).name}`);
    let file = kw.get("file") ?? None;
    if (file === None) file = builtinsHooks.sysAttribute("stdout") ?? None;
    if (file === None) return None;
    if (file instanceof PyStdText && file.dict["write"] === undefined) {
      printToStdStream(file, pos, sep === None ? " " : jsString(sep), end === None ? "\n" : jsString(end));
      if (isTrue(kw.get("flush") ?? false)) file.flush();
      return None;
    }
    const write = getAttr(file, "write");
    for (let i = 0; i < pos.length; i++) {
      if (i > 0) call(write, [sep === None ? " " : sep]);
      call(write, [str(pos[i]!)]);
    }
    call(write, [end === None ? "\n" : end]);
    if (isTrue(kw.get("flush") ?? false)) call(getAttr(file, "flush"), []);
    return None;
  },

  repr(args, kwnames) {
    const [x] = positional("repr", args, kwnames, 1, 1) as [PyObject];
    // A one-argument builtin counts a recursion level of its own in CPython 3.11
    // (cfunction_vectorcall_O), which shows in the message of a __repr__ that recurses.
    return nested("while calling a Python object", () => repr(x));
  },

  round(args, kwnames) {
    const [number, ndigits = None] = unpack(roundSig, args, kwnames) as [PyObject, PyObject?];
    const method = typeOf(number).lookup("__round__");
    if (method === undefined) throw typeError(`type ${typeOf(number).name} doesn't define __round__ method`);
    return callWithSelf(method, number, ndigits === None ? [] : [ndigits], null);
  },

  sorted(args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    if (npos !== 1) throw typeError(`sorted expected 1 argument, got ${npos}`);
    const { key, reverse } = sortOptions(args, 1, kwnames);
    const iterable = args[0]!;
    const list = new PyList([]);
    listExtend(list, iterable);
    sortList(list, key, reverse);
    return list;
  },

  sum(args, kwnames) {
    const [iterable, start = 0] = unpack(sumSig, args, kwnames) as [PyObject, PyObject?];
    let total: PyObject = start;
    if (isStr(total)) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
    const t = typeOf(total);
    if (t.isSubtypeOf(bytesType)) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (t.isSubtypeOf(bytearrayType))
      throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    const it = getIter(iterable);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
      // Small ints add without the operator dispatch, as CPython's sum keeps a C long.
      if (typeof total === "number" && typeof v === "number") {
        const sum: number = total + v;
        if (Number.isSafeInteger(sum)) {
          total = sum;
          continue;
        }
      }
      total = binaryOp(total, v, BinaryOp.Add);
    }
    return total;
  },

  vars(args, kwnames) {
    positional("vars", args, kwnames, 0, 1);
    if (args.length === 0) return builtinsHooks.locals();
    const d = getAttrOpt(args[0]!, "__dict__");
    if (d === undefined) throw typeError("vars() argument must have __dict__ attribute");
    return d;
  },

  globals(args, kwnames) {
    positional("globals", args, kwnames, 0, 0);
    return builtinsHooks.globals();
  },

  locals(args, kwnames) {
    positional("locals", args, kwnames, 0, 0);
    return builtinsHooks.locals();
  },

  exec(args, kwnames) {
    const [source, globals = None, locals = None, closure = None] = unpack(execSig, args, kwnames) as [
      PyObject,
      PyObject?,
      PyObject?,
      PyObject?,
    ];
    return builtinsHooks.exec(source, globals, locals, closure);
  },

  eval(args, kwnames) {
    const [source, globals = None, locals = None] = positional("eval", args, kwnames, 1, 3);
    return builtinsHooks.eval(source!, globals, locals);
  },

  compile(args, kwnames) {
    return builtinsHooks.compile(args, kwnames);
  },

  __import__(args, kwnames) {
    return builtinsHooks.importModule(args, kwnames);
  },

  __build_class__(args, kwnames) {
    return builtinsHooks.buildClass(args, kwnames);
  },

  open(args, kwnames) {
    return builtinsHooks.open(args, kwnames);
  },

  input(args, kwnames) {
    positional("input", args, kwnames, 0, 1);
    const stdin = standardStream("stdin");
    const stdout = standardStream("stdout");
    const stderr = standardStream("stderr");
    callIgnoringErrors(stderr, "flush");
    if (isConsole(stdin, 0) && isConsole(stdout, 1)) return inputFromConsole(args[0]);
    if (args.length === 1) call(getAttr(stdout, "write"), [str(args[0]!)]);
    // Like CPython, a stream without a working flush() is still written to and read from.
    callIgnoringErrors(stdout, "flush");
    return lineWithoutNewline(call(getAttr(stdin, "readline"), []));
  },

  breakpoint(args, kwnames) {
    const hook = builtinsHooks.sysAttribute("breakpointhook");
    if (hook === undefined) throw runtimeError("lost sys.breakpointhook");
    return call(hook, args, kwnames);
  },

  aiter(args, kwnames) {
    const [x] = positional("aiter", args, kwnames, 1, 1) as [PyObject];
    const r = callSpecial(x, "__aiter__");
    if (r === undefined) throw typeError(`'${typeOf(x).name}' object is not an async iterable`);
    return r;
  },

  anext(args, kwnames) {
    positional("anext", args, kwnames, 1, 2);
    return anext(args[0]!, args[1]);
  },
};

/** sys.stdin, sys.stdout or sys.stderr for input(), which needs all three. */
function standardStream(name: string): PyObject {
  const stream = builtinsHooks.sysAttribute(name);
  if (stream === undefined || stream === None) throw runtimeError(`input(): lost sys.${name}`);
  return stream;
}

function callIgnoringErrors(o: PyObject, method: string): void {
  try {
    call(getAttr(o, method), []);
  } catch (e) {
    if (!isException(e)) throw e;
  }
}

/** A line read by input() (CPython's PyFile_GetLine): str or bytes, without its newline. */
function lineWithoutNewline(line: PyObject): PyObject {
  if (isStr(line)) {
    const text = jsString(line);
    if (text === "") throw newException(exceptionTypes.get("EOFError")!, "EOF when reading a line");
    return text.endsWith("\n") ? strFromJS(text.slice(0, -1)) : line;
  }
  if (line instanceof PyBytes) {
    const data = line.data;
    if (data.length === 0) throw newException(exceptionTypes.get("EOFError")!, "EOF when reading a line");
    return data[data.length - 1] === 10 ? new PyBytes(data.slice(0, -1)) : line;
  }
  throw typeError("object.readline() returned non-string");
}

/** Whether `stream` is the process's own standard stream `fd`, on a terminal. */
function isConsole(stream: PyObject | undefined, fd: number): boolean {
  return stream instanceof PyStdText && stream.fd === fd && vm.host.isatty(fd);
}

/** input() at a terminal: like CPython's PyOS_Readline, the host reads the line after the
 * prompt (with line editing where it has it), and Ctrl-C there raises KeyboardInterrupt. */
function inputFromConsole(prompt: PyObject | undefined): PyObject {
  flushStdStreams();
  const line = vm.host.readLine(prompt === undefined ? "" : jsString(str(prompt)), checkInterrupt);
  if (line === null) throw newException(exceptionTypes.get("EOFError")!, "EOF when reading a line");
  return strFromJS(line);
}

/** print() to a standard stream writes the line at once: under -u, where every write
 * reaches the descriptor, that is one system call instead of one per piece. What the
 * pieces written before a failing str() would have left is written all the same, and a
 * line that cannot be encoded goes piece by piece so that the error comes where
 * CPython's does. */
function printToStdStream(file: PyStdText, items: PyObject[], sep: string, end: string): void {
  const parts: string[] = [];
  let done = false;
  try {
    for (let i = 0; i < items.length; i++) {
      if (i > 0) parts.push(sep);
      parts.push(jsString(str(items[i]!)));
    }
    parts.push(end);
    done = true;
  } finally {
    const line = parts.join("");
    if (done || line !== "") {
      if ((line as unknown as { isWellFormed(): boolean }).isWellFormed()) file.write(line);
      else for (const part of parts) file.write(part);
    }
  }
}

/** `bin`, `oct` and `hex`: the integer from `__index__`, with its sign and prefix. */
function radix(x: PyObject, base: number, prefix: string): PyObject {
  const i = index(x);
  const text = i.toString(base);
  return text.startsWith("-") ? `-${prefix}${text.slice(1)}` : prefix + text;
}

/** `min` and `max`, with `key` and `default`, over one iterable or several arguments. */
function minMax(name: string, args: PyObject[], kwnames: KwNames, op: CompareOp): PyObject {
  const { pos, kw } = splitKeywords(args, kwnames);
  for (const k of kw.keys()) {
    if (k !== "key" && k !== "default")
      throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
  }
  if (pos.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  const dflt = kw.get("default");
  if (pos.length > 1 && dflt !== undefined) {
    throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const key = kw.get("key") ?? None;
  const it = getIter(pos.length === 1 ? pos[0]! : new PyList(pos));
  let best: PyObject | undefined;
  let bestKey: PyObject | undefined;
  const lt = op === CompareOp.Lt;
  const next = () => (it instanceof ListIterator ? it.nextValue() : iterNext(it));
  for (let v = next(); v !== undefined; v = next()) {
    const k = key === None ? v : call(key, [v]);
    // Two ints in JS numbers, or two strs in JS strings (no surrogates: code unit order
    // is code point order), compare as they are; anything else by its own methods.
    let better: boolean;
    if (best === undefined) better = true;
    else if (
      (typeof k === "number" && typeof bestKey === "number") ||
      (typeof k === "string" && typeof bestKey === "string")
    )
      better = lt ? k < bestKey : k > bestKey;
    else better = richCompareBool(k, bestKey!, op);
    if (better) {
      best = v;
      bestKey = k;
    }
  }
  if (best !== undefined) return best;
  if (dflt !== undefined) return dflt;
  throw valueError(`${name}() arg is an empty sequence`);
}

/** The built-in open(), which the `_io` module hands out as its own. */
export const builtinsOpen: { function: PyObject | null } = { function: null };

/** The namespace of the builtins module. */
export function builtinsNamespace(): Record<string, PyObject> {
  const ns: Record<string, PyObject> = {};
  for (const [name, fn] of Object.entries(functions)) {
    // open is _io's (`io.open is open`), and _io's module definition is named "io".
    const module = name === "open" ? "io" : "builtins";
    ns[name] = new PyBuiltinFunction(
      name,
      name,
      fn,
      null,
      module,
      builtinDocs.get(`${module}.${name}`) ?? null,
    );
  }
  builtinsOpen.function = ns["open"]!;
  const types: [string, PyType][] = [
    ["object", objectType],
    ["type", typeType],
    ["int", intType],
    ["bool", boolType],
    ["float", floatType],
    ["complex", complexType],
    ["str", strType],
    ["bytes", bytesType],
    ["bytearray", bytearrayType],
    ["tuple", tupleType],
    ["list", listType],
    ["dict", dictType],
    ["set", setType],
    ["frozenset", frozensetType],
    ["range", rangeType],
    ["slice", sliceType],
    ["property", propertyType],
    ["classmethod", classmethodType],
    ["staticmethod", staticmethodType],
    ["super", superType],
    ...builtinIterableTypes,
  ];
  for (const [name, t] of [...types, ...exceptionTypes]) {
    ns[name] = t;
    // CPython's docstring of a built-in type, where this runtime did not write its own.
    const doc = builtinDocs.get(name);
    if (doc !== undefined && t.name === name && (t.dict.get("__doc__") ?? None) === None) {
      t.dict.set("__doc__", doc);
      t.modified();
    }
  }
  ns["EnvironmentError"] = exceptionTypes.get("OSError")!;
  ns["IOError"] = exceptionTypes.get("OSError")!;
  ns["None"] = None;
  ns["Ellipsis"] = Ellipsis;
  ns["NotImplemented"] = NotImplemented;
  ns["True"] = true;
  ns["False"] = false;
  ns["__debug__"] = true;
  for (const [name, t] of extraTypes) ns[name] = t;
  return ns;
}

/** Built-ins defined by other native modules (memoryview comes with `_codecs`), registered
 * at their load; the object layer cannot import this module, so its types are listed above. */
const extraTypes = new Map<string, PyObject>();
export function registerBuiltin(name: string, value: PyObject): void {
  extraTypes.set(name, value);
}

registerNativeModule("builtins", builtinsNamespace);
