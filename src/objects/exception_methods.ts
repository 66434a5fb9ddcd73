// The behaviour of the built-in exception types: construction, `args`, `str`/`repr`, the
// chaining attributes, notes, and the extra fields of OSError, StopIteration, SystemExit,
// ImportError, NameError, AttributeError, SyntaxError, KeyError, the Unicode errors and
// exception groups, as CPython 3.11 defines them.

import { dictType, None } from "./bootstrap.js";
import { call, callWithSelf } from "./call.js";
import {
  attributeError,
  baseExceptionType,
  exceptionInitHooks,
  exceptionType,
  newException,
  PyBaseException,
  typeError,
  valueError,
} from "./exceptions.js";
import { defineGetSets, defineMethods, PyBuiltinFunction, type KwNames } from "./function.js";
import { bufferOf, PyBytes } from "./bytes.js";
import { bytesType } from "./bootstrap.js";
import { typeName } from "./names.js";
import { isInt, typeOf, type PyObject } from "./object.js";
import { PyType } from "./type.js";
import {
  callMethod,
  getAttrOpt,
  index,
  nested,
  setAttr as setAttribute,
  isInstance,
  isTrue,
  repr,
  reprJS,
  str,
  strJS,
  toArray,
  isSequence,
  numberCheck,
} from "./abstract.js";
import { emptyTuple, PyTuple } from "./tuple.js";
import { defineClassGetItem } from "./iterators.js";
import { strFromJS } from "./str.js";
import { PyList } from "./list.js";

function asException(self: PyObject): PyBaseException {
  if (!(self instanceof PyBaseException)) {
    throw typeError(`descriptor requires a 'BaseException' object but received a '${typeOf(self).name}'`);
  }
  return self;
}

function attr(e: PyBaseException, name: string): PyObject {
  return e.field(name) ?? None;
}

function setAttr(e: PyBaseException, name: string, value: PyObject): void {
  e.setField(name, value);
}

/** Keyword arguments of an exception constructor, as a name -> value map. */
function keywords(args: PyObject[], kwnames: KwNames): { positional: PyObject[]; kw: Map<string, PyObject> } {
  const n = kwnames ? kwnames.length : 0;
  const positional = args.slice(0, args.length - n);
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < n; i++) kw.set(kwnames![i]!, args[positional.length + i]!);
  return { positional, kw };
}

function noKeywords(type: PyType, kwnames: KwNames): void {
  if (kwnames && kwnames.length) throw typeError(`${type.name}() takes no keyword arguments`);
}

// ---- BaseException ----

defineMethods(baseExceptionType, {
  __init__(self, args, kwnames) {
    noKeywords(typeOf(self), kwnames);
    asException(self).args = args.slice();
    return None;
  },
  __str__(self) {
    const e = asException(self);
    if (e.args.length === 0) return "";
    if (e.args.length === 1) return str(e.args[0]!);
    return str(new PyTuple(e.args));
  },
  __repr__(self) {
    const e = asException(self);
    const name = typeOf(e).name;
    if (e.args.length === 1) return strFromJS(`${name}(${reprJS(e.args[0]!)})`);
    return strFromJS(name + reprJS(new PyTuple(e.args)));
  },
  with_traceback(self, args) {
    const e = asException(self);
    setTraceback(e, args[0] ?? None);
    return e;
  },
  add_note(self, args) {
    const e = asException(self);
    const note = args[0]!;
    if (typeOf(note) !== typeOf("") && !typeOf(note).isSubtypeOf(typeOf(""))) {
      throw typeError(`note must be a str, not '${typeOf(note).name}'`);
    }
    let notes = e.dict?.["__notes__"];
    if (notes === undefined) {
      notes = new PyList([]);
      e.attributes()["__notes__"] = notes;
    }
    if (!(notes instanceof PyList)) throw typeError("Cannot add note: __notes__ is not a list");
    notes.items.push(note);
    return None;
  },
  __reduce__(self) {
    const e = asException(self);
    const parts: PyObject[] = [typeOf(e), new PyTuple(e.args)];
    if (e.dict && Object.keys(e.dict).length) parts.push(dictOf(e));
    return new PyTuple(parts);
  },
  __setstate__(self, args) {
    const e = asException(self);
    const state = args[0]!;
    if (state !== None) {
      for (const [k, v] of dictEntries(state)) setAttribute(e, k, v);
    }
    return None;
  },
});

function setTraceback(e: PyBaseException, tb: PyObject): void {
  if (tb !== None && typeOf(tb).name !== "traceback") {
    throw typeError("__traceback__ must be a traceback or None");
  }
  e.traceback = tb === None ? null : tb;
}

/** `__dict__` contents of an exception, as a PyDict-compatible object; supplied by the
 * dict module through the attribute machinery. */
let dictOf: (e: PyBaseException) => PyObject = () => None;
let dictEntries: (d: PyObject) => [string, PyObject][] = () => [];
export function installExceptionDictAccess(
  get: (e: PyBaseException) => PyObject,
  entries: (d: PyObject) => [string, PyObject][],
): void {
  dictOf = get;
  dictEntries = entries;
}

defineGetSets(baseExceptionType, {
  args: [
    (self) => new PyTuple(asException(self).args),
    (self, v) => {
      if (v === null) throw typeError("args may not be deleted");
      asException(self).args = toArray(v);
    },
  ],
  __traceback__: [
    (self) => asException(self).traceback ?? None,
    (self, v) => setTraceback(asException(self), v ?? None),
  ],
  __cause__: [
    (self) => asException(self).cause ?? None,
    (self, v) => {
      if (v === null) throw typeError("__cause__ may not be deleted");
      if (v !== None && !(v instanceof PyBaseException)) {
        throw typeError("exception cause must be None or derive from BaseException");
      }
      const e = asException(self);
      e.cause = v === None ? null : v;
      e.suppressContext = true;
    },
  ],
  __context__: [
    (self) => asException(self).context ?? None,
    (self, v) => {
      if (v === null) throw typeError("__context__ may not be deleted");
      if (v !== None && !(v instanceof PyBaseException)) {
        throw typeError("exception context must be None or derive from BaseException");
      }
      asException(self).context = v === None ? null : v;
    },
  ],
  __suppress_context__: [
    (self) => asException(self).suppressContext,
    (self, v) => {
      asException(self).suppressContext = v === true;
    },
  ],
});

// ---- exceptions with extra fields ----

function defineFields(type: PyType, names: string[]): void {
  const table: Record<string, [(self: PyObject) => PyObject, (self: PyObject, v: PyObject | null) => void]> =
    {};
  for (const name of names) {
    table[name] = [
      (self) => attr(asException(self), name),
      (self, v) => setAttr(asException(self), name, v ?? None),
    ];
  }
  defineGetSets(type, table);
}

const stopIteration = exceptionType("StopIteration");
defineFields(stopIteration, ["value"]);
exceptionInitHooks.set(stopIteration, (e, args) => setAttr(e, "value", args[0] ?? None));
defineMethods(stopIteration, {
  __init__(self, args, kwnames) {
    noKeywords(typeOf(self), kwnames);
    const e = asException(self);
    e.args = args.slice();
    setAttr(e, "value", args[0] ?? None);
    return None;
  },
});

const systemExit = exceptionType("SystemExit");
defineFields(systemExit, ["code"]);
function systemExitCode(args: PyObject[]): PyObject {
  return args.length === 0 ? None : args.length === 1 ? args[0]! : new PyTuple(args);
}
exceptionInitHooks.set(systemExit, (e, args) => setAttr(e, "code", systemExitCode(args)));
defineMethods(systemExit, {
  __init__(self, args, kwnames) {
    noKeywords(typeOf(self), kwnames);
    const e = asException(self);
    e.args = args.slice();
    setAttr(e, "code", systemExitCode(args));
    return None;
  },
});

const keyError = exceptionType("KeyError");
defineMethods(keyError, {
  __str__(self) {
    const e = asException(self);
    // A missing key is shown by its repr, so that KeyError('') is not blank.
    if (e.args.length === 1) return repr(e.args[0]!);
    return callWithSelf(baseExceptionType.lookup("__str__")!, e, [], null);
  },
});

const importError = exceptionType("ImportError");
defineFields(importError, ["msg", "name", "path"]);
exceptionInitHooks.set(importError, (e, args) => setAttr(e, "msg", args.length === 1 ? args[0]! : None));
defineMethods(importError, {
  __init__(self, args, kwnames) {
    const e = asException(self);
    const { positional, kw } = keywords(args, kwnames);
    for (const k of kw.keys()) {
      if (k !== "name" && k !== "path")
        throw typeError(`'${k}' is an invalid keyword argument for ImportError()`);
    }
    e.args = positional;
    setAttr(e, "msg", positional.length === 1 ? positional[0]! : None);
    setAttr(e, "name", kw.get("name") ?? None);
    setAttr(e, "path", kw.get("path") ?? None);
    return None;
  },
  __reduce__(self) {
    // The name and path keywords travel in the state, after the instance dict's entries.
    const e = asException(self);
    const hasDict = e.dict !== null && Object.keys(e.dict).length > 0;
    const name = attr(e, "name");
    const path = attr(e, "path");
    const parts: PyObject[] = [typeOf(e), new PyTuple(e.args)];
    if (hasDict || name !== None || path !== None) {
      const state = hasDict ? callMethod(dictOf(e), "copy", []) : call(dictType, [], null);
      if (name !== None) callMethod(state, "__setitem__", [strFromJS("name"), name]);
      if (path !== None) callMethod(state, "__setitem__", [strFromJS("path"), path]);
      parts.push(state);
    }
    return new PyTuple(parts);
  },
  __str__(self) {
    const e = asException(self);
    const msg = attr(e, "msg");
    if (msg !== None) return str(msg);
    return callWithSelf(baseExceptionType.lookup("__str__")!, e, [], null);
  },
});

for (const [name, fields] of [
  ["NameError", ["name"]],
  ["AttributeError", ["name", "obj"]],
] as const) {
  const type = exceptionType(name);
  defineFields(type, [...fields]);
  defineMethods(type, {
    __init__(self, args, kwnames) {
      const e = asException(self);
      const { positional, kw } = keywords(args, kwnames);
      for (const k of kw.keys()) {
        if (!(fields as readonly string[]).includes(k)) {
          throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
        }
      }
      e.args = positional;
      for (const f of fields) setAttr(e, f, kw.get(f) ?? None);
      return None;
    },
  });
}

// ---- OSError: errno, strerror, filename, and the errno -> subclass mapping ----

const osError = exceptionType("OSError");
defineFields(osError, ["errno", "strerror", "filename", "filename2"]);
// characters_written exists only once set (BlockingIOError's third argument or assignment).
defineGetSets(osError, {
  characters_written: [
    (self) => {
      const n = asException(self).field("characters_written");
      if (n === undefined) throw attributeError("characters_written");
      return n;
    },
    (self, v) => {
      const e = asException(self);
      if (v !== null) setAttr(e, "characters_written", writtenCount(v));
      else if (e.field("characters_written") === undefined) throw attributeError("characters_written");
      else delete e.fields!["characters_written"];
    },
  ],
});

const ERRNO_SUBCLASS: Record<number, string> = {
  11: "BlockingIOError",
  114: "BlockingIOError",
  115: "BlockingIOError",
  10: "ChildProcessError",
  32: "BrokenPipeError",
  108: "BrokenPipeError",
  103: "ConnectionAbortedError",
  111: "ConnectionRefusedError",
  104: "ConnectionResetError",
  17: "FileExistsError",
  2: "FileNotFoundError",
  21: "IsADirectoryError",
  20: "NotADirectoryError",
  4: "InterruptedError",
  13: "PermissionError",
  1: "PermissionError",
  3: "ProcessLookupError",
  110: "TimeoutError",
};

/** The fields OSError(errno, strerror[, filename[, winerror[, filename2]]]) sets: only
 * calls with 2 to 5 arguments have them (winerror is ignored off Windows). */
interface OSErrorArgs {
  errno: PyObject;
  strerror: PyObject;
  filename: PyObject;
  filename2: PyObject;
}

function parseOSErrorArgs(args: PyObject[]): OSErrorArgs | null {
  if (args.length < 2 || args.length > 5) return null;
  return { errno: args[0]!, strerror: args[1]!, filename: args[2] ?? None, filename2: args[4] ?? None };
}

/** characters_written as a Py_ssize_t; too big a value is a ValueError here. */
function writtenCount(v: PyObject): number {
  const n = index(v);
  if (typeof n === "bigint") throw valueError("cannot fit 'int' into an index-sized integer");
  return n;
}

/** Stores the parsed fields; with a filename (not BlockingIOError's count), args keeps
 * only (errno, strerror), as CPython's oserror_init. */
function initOSError(e: PyBaseException, args: PyObject[]): void {
  const p = parseOSErrorArgs(args);
  e.args = args.slice();
  if (p === null) {
    delete e.fields?.["errno"];
    delete e.fields?.["strerror"];
    return;
  }
  if (p.filename !== None) {
    if (typeOf(e) === exceptionType("BlockingIOError") && numberCheck(p.filename)) {
      setAttr(e, "characters_written", writtenCount(p.filename));
    } else {
      setAttr(e, "filename", p.filename);
      if (p.filename2 !== None) setAttr(e, "filename2", p.filename2);
      e.args = args.slice(0, 2);
    }
  }
  setAttr(e, "errno", p.errno);
  setAttr(e, "strerror", p.strerror);
}

/** oserror_use_init: a subclass that overrides __init__ but not __new__ parses its
 * arguments in __init__, so that __new__ can ignore extra ones; otherwise __new__ does. */
function osErrorUsesInit(t: PyType): boolean {
  return (
    t.lookup("__init__") !== osError.dict.get("__init__") &&
    t.lookup("__new__") === osError.dict.get("__new__")
  );
}

exceptionInitHooks.set(osError, initOSError);

export function osErrorType(errno: number): PyType {
  const name = ERRNO_SUBCLASS[errno];
  return name ? exceptionType(name) : osError;
}

/** Creates an OSError with CPython's errno-to-subclass mapping. */
export function newOSError(
  errno: number,
  strerror: string,
  filename?: PyObject,
  filename2?: PyObject,
): PyBaseException {
  const args: PyObject[] = [errno, strFromJS(strerror)];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(None, filename2);
  return newException(osErrorType(errno), ...args);
}

// OSError.__new__: OSError(errno, strerror, ...) called on OSError itself makes the
// subclass its errno maps to (FileNotFoundError for 2, ...), as CPython's OSError_new does.
osError.dict.set(
  "__new__",
  new PyBuiltinFunction(
    "__new__",
    "OSError.__new__",
    (args, kwnames) => {
      let cls = args[0] as PyType;
      const nkw = kwnames === null ? 0 : kwnames.length;
      const positional = args.slice(1, args.length - nkw);
      const useInit = osErrorUsesInit(cls);
      if (!useInit) {
        noKeywords(cls, kwnames);
        const errno = positional.length >= 2 && positional.length <= 5 ? positional[0]! : None;
        if (cls === osError && typeOf(errno).isSubtypeOf(typeOf(0))) {
          const n = index(errno);
          if (typeof n === "number") cls = osErrorType(n);
        }
      }
      const factory = cls.newInstance ?? baseExceptionType.newInstance!;
      const e = factory(cls) as PyBaseException;
      if (useInit) e.args = [];
      else initOSError(e, positional);
      return e;
    },
    osError,
  ),
);

defineMethods(osError, {
  __init__(self, args, kwnames) {
    const e = asException(self);
    // Without use_init, OSError.__new__ has done everything already.
    if (!osErrorUsesInit(typeOf(e))) return None;
    noKeywords(typeOf(e), kwnames);
    initOSError(e, args);
    return None;
  },
  __reduce__(self) {
    // A filename dropped from args by the constructor comes back for unpickling.
    const e = asException(self);
    let args = e.args;
    const filename = attr(e, "filename");
    if (args.length === 2 && filename !== None) {
      const filename2 = attr(e, "filename2");
      args = filename2 === None ? [...args, filename] : [...args, filename, None, filename2];
    }
    const parts: PyObject[] = [typeOf(e), new PyTuple(args)];
    if (e.dict && Object.keys(e.dict).length) parts.push(dictOf(e));
    return new PyTuple(parts);
  },
  __str__(self) {
    const e = asException(self);
    const errno = attr(e, "errno");
    const strerror = attr(e, "strerror");
    const filename = attr(e, "filename");
    const filename2 = attr(e, "filename2");
    if (filename !== None) {
      if (filename2 !== None) {
        return strFromJS(
          `[Errno ${strJS(errno)}] ${strJS(strerror)}: ${reprJS(filename)} -> ${reprJS(filename2)}`,
        );
      }
      return strFromJS(`[Errno ${strJS(errno)}] ${strJS(strerror)}: ${reprJS(filename)}`);
    }
    if (errno !== None && strerror !== None) return strFromJS(`[Errno ${strJS(errno)}] ${strJS(strerror)}`);
    return callWithSelf(baseExceptionType.lookup("__str__")!, e, [], null);
  },
});

// ---- SyntaxError ----

const syntaxError = exceptionType("SyntaxError");
const SYNTAX_FIELDS = [
  "msg",
  "filename",
  "lineno",
  "offset",
  "text",
  "end_lineno",
  "end_offset",
  "print_file_and_line",
];
defineFields(syntaxError, SYNTAX_FIELDS);
defineMethods(syntaxError, {
  __init__(self, args, kwnames) {
    noKeywords(typeOf(self), kwnames);
    const e = asException(self);
    e.args = args.slice();
    if (args.length >= 1) setAttr(e, "msg", args[0]!);
    if (args.length === 2) {
      const info = toArray(args[1]!);
      if (info.length < 4) throw typeError(`function takes at least 4 arguments (${info.length} given)`);
      if (info.length > 6) throw typeError(`function takes at most 6 arguments (${info.length} given)`);
      if (info.length === 5) throw typeError("end_offset must be provided when end_lineno is provided");
      ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].forEach((f, i) => {
        if (i < info.length) setAttr(e, f, info[i]!);
      });
    }
    return None;
  },
  __str__(self) {
    const e = asException(self);
    const msg = attr(e, "msg");
    const filename = attr(e, "filename");
    const lineno = attr(e, "lineno");
    const base = strJS(msg === None ? None : msg);
    const file = filename !== None ? strJS(filename).split("/").pop()! : null;
    if (file !== null && isInt(lineno)) return strFromJS(`${base} (${file}, line ${String(lineno)})`);
    if (file !== null) return strFromJS(`${base} (${file})`);
    if (isInt(lineno)) return strFromJS(`${base} (line ${String(lineno)})`);
    return msg === None ? "None" : str(msg);
  },
});

// ---- Unicode errors ----

function defineUnicodeError(name: string, describe: (e: PyBaseException) => string): void {
  const type = exceptionType(name);
  defineFields(type, ["encoding", "object", "start", "end", "reason"]);
  const fields =
    name === "UnicodeTranslateError"
      ? ["object", "start", "end", "reason"]
      : ["encoding", "object", "start", "end", "reason"];
  defineMethods(type, {
    __init__(self, args, kwnames) {
      noKeywords(typeOf(self), kwnames);
      const e = asException(self);
      e.args = args.slice();
      if (args.length !== fields.length) {
        throw typeError(`function takes exactly ${fields.length} arguments (${args.length} given)`);
      }
      fields.forEach((f, i) => setAttr(e, f, args[i]!));
      if (name === "UnicodeDecodeError") {
        // the object is copied into bytes from any buffer (bytearray, memoryview)
        const data = bufferOf(args[1]!);
        if (data === undefined)
          throw typeError(`argument 2 must be bytes-like object, not '${typeName(args[1]!)}'`);
        if (typeOf(args[1]!) !== bytesType) setAttr(e, "object", new PyBytes(data.slice()));
      }
      return None;
    },
    __str__(self) {
      const e = asException(self);
      if (attr(e, "object") === None) return "";
      return strFromJS(describe(e));
    },
  });
}

function hex2(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

defineUnicodeError("UnicodeDecodeError", (e) => {
  const start = Number(attr(e, "start"));
  const end = Number(attr(e, "end"));
  const data = attr(e, "object") as unknown as { bytes?: Uint8Array; data?: Uint8Array };
  const bytes = data.bytes ?? data.data ?? new Uint8Array();
  const enc = strJS(attr(e, "encoding"));
  const reason = strJS(attr(e, "reason"));
  if (end === start + 1) {
    return `'${enc}' codec can't decode byte 0x${hex2(bytes[start] ?? 0, 2)} in position ${start}: ${reason}`;
  }
  return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
});

function describeChar(cp: number): string {
  if (cp < 0x100) return `'\\x${hex2(cp, 2)}'`;
  if (cp < 0x10000) return `'\\u${hex2(cp, 4)}'`;
  return `'\\U${hex2(cp, 8)}'`;
}

function encodeErrorText(e: PyBaseException, verb: string, prefix: string): string {
  const start = Number(attr(e, "start"));
  const end = Number(attr(e, "end"));
  const text = Array.from(strJS(attr(e, "object")));
  const reason = strJS(attr(e, "reason"));
  if (end === start + 1) {
    return `${prefix}can't ${verb} character ${describeChar(text[start]!.codePointAt(0)!)} in position ${start}: ${reason}`;
  }
  return `${prefix}can't ${verb} characters in position ${start}-${end - 1}: ${reason}`;
}

defineUnicodeError("UnicodeEncodeError", (e) =>
  encodeErrorText(e, "encode", `'${strJS(attr(e, "encoding"))}' codec `),
);
defineUnicodeError("UnicodeTranslateError", (e) => encodeErrorText(e, "translate", ""));

// ---- exception groups ----

const baseGroup = exceptionType("BaseExceptionGroup");
const group = exceptionType("ExceptionGroup");
const exceptionBase = exceptionType("Exception");
defineClassGetItem(baseGroup);

/** A BaseExceptionGroup keeps `message` and `exceptions` apart from `args`, as CPython
 * does: `__init__` (or assigning `args`) changes the repr but not the group. */
class PyExceptionGroup extends PyBaseException {
  message: PyObject = "";
  excs: PyTuple = emptyTuple;
}
baseGroup.newInstance = (t) => new PyExceptionGroup(t, []);
group.newInstance = baseGroup.newInstance;

function asGroup(self: PyObject): PyExceptionGroup {
  if (!(self instanceof PyExceptionGroup)) {
    throw typeError(
      `descriptor requires a 'BaseExceptionGroup' object but received a '${typeOf(self).name}'`,
    );
  }
  return self;
}

/** BaseExceptionGroup.__new__(cls, message, exceptions): validates, and makes an
 * ExceptionGroup instead when called on BaseExceptionGroup with only Exceptions. */
function exceptionGroupNew(type: PyType, args: PyObject[]): PyBaseException {
  if (args.length !== 2) {
    throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  }
  const [message, excs] = args as [PyObject, PyObject];
  if (!typeOf(message).isSubtypeOf(typeOf(""))) {
    throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  }
  if (!isSequence(excs)) throw typeError("second argument (exceptions) must be a sequence");
  const items = toArray(excs);
  if (items.length === 0) {
    throw valueError("second argument (exceptions) must be a non-empty sequence");
  }
  let nestsBase = false;
  items.forEach((x, i) => {
    if (!(x instanceof PyBaseException)) {
      throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    }
    if (!typeOf(x).isSubtypeOf(exceptionBase)) nestsBase = true;
  });
  let cls = type;
  if (cls === baseGroup) {
    if (!nestsBase) cls = group;
  } else if (nestsBase && cls.isSubtypeOf(exceptionBase)) {
    throw typeError(`Cannot nest BaseExceptions in ${cls === group ? "an ExceptionGroup" : `'${cls.name}'`}`);
  }
  const e = (cls.newInstance ?? baseGroup.newInstance!)(cls) as PyExceptionGroup;
  e.args = args.slice();
  e.message = message;
  e.excs = new PyTuple(items);
  return e;
}

baseGroup.dict.set(
  "__new__",
  new PyBuiltinFunction(
    "__new__",
    "BaseExceptionGroup.__new__",
    (args, kwnames) => {
      const cls = args[0];
      if (!(cls instanceof PyType) || !cls.isSubtypeOf(baseGroup)) {
        throw typeError("BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup");
      }
      // Keywords are refused by __init__, with the name of the type actually made.
      return exceptionGroupNew(cls, args.slice(1, args.length - (kwnames?.length ?? 0)));
    },
    baseGroup,
  ),
);

/** The matcher of split()/subgroup(): an exception type or tuple of them, or a predicate. */
function groupMatcher(condition: PyObject): (x: PyBaseException) => boolean {
  if (
    (condition instanceof PyType && condition.isSubtypeOf(baseExceptionType)) ||
    (condition instanceof PyTuple &&
      condition.items.every((t) => t instanceof PyType && t.isSubtypeOf(baseExceptionType)))
  ) {
    return (x) => isInstance(x, condition);
  }
  if (!(condition instanceof PyType) && typeOf(condition).lookup("__call__") !== undefined) {
    return (x) => isTrue(call(condition, [x], null));
  }
  throw typeError("expected a function, exception type or tuple of exception types");
}

/** `orig.derive(excs)` with orig's traceback, cause, context and a copy of its notes. */
function derive(orig: PyExceptionGroup, excs: PyObject[]): PyBaseException {
  const derived = callMethod(orig, "derive", [new PyList(excs)]);
  if (!(derived instanceof PyExceptionGroup)) {
    throw typeError("derive must return an instance of BaseExceptionGroup");
  }
  derived.traceback = orig.traceback;
  derived.context = orig.context;
  derived.cause = orig.cause;
  const notes = getAttrOpt(orig, "__notes__");
  if (notes !== undefined && isSequence(notes))
    derived.attributes()["__notes__"] = new PyList(toArray(notes));
  return derived;
}

/** Splits a group by `match`: returns [matching, rest], each a derived group or null. */
function splitGroup(
  e: PyExceptionGroup,
  match: (x: PyBaseException) => boolean,
): [PyBaseException | null, PyBaseException | null] {
  if (match(e)) return [e, null];
  // Each nested group is a level of Py_EnterRecursiveCall, so a very deep group raises
  // RecursionError rather than exhausting the stack.
  return nested("in exceptiongroup_split_recursive", () => {
    const matched: PyObject[] = [];
    const rest: PyObject[] = [];
    for (const x of e.excs.items) {
      if (x instanceof PyExceptionGroup) {
        const [m, r] = splitGroup(x, match);
        if (m) matched.push(m);
        if (r) rest.push(r);
      } else if (match(x as PyBaseException)) matched.push(x);
      else rest.push(x);
    }
    return [matched.length ? derive(e, matched) : null, rest.length ? derive(e, rest) : null];
  });
}

defineMethods(baseGroup, {
  __str__(self) {
    const e = asGroup(self);
    const n = e.excs.items.length;
    return strFromJS(`${strJS(e.message)} (${n} sub-exception${n === 1 ? "" : "s"})`);
  },
  derive(self, args) {
    return call(baseGroup, [asGroup(self).message, args[0]!], null);
  },
  split(self, args) {
    const [m, r] = splitGroup(asGroup(self), groupMatcher(args[0]!));
    return new PyTuple([m ?? None, r ?? None]);
  },
  subgroup(self, args) {
    const [m] = splitGroup(asGroup(self), groupMatcher(args[0]!));
    return m ?? None;
  },
});
defineGetSets(baseGroup, {
  message: [(self) => asGroup(self).message],
  exceptions: [(self) => asGroup(self).excs],
});
