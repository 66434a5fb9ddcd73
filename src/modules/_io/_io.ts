// The `_io` module (CPython's Modules/_io): its body is Python (_io_py.ts) over posix's
// file descriptors, with BytesIO and StringIO native and native fast paths for reading and
// writing by lines (fast_paths.ts); this file registers it, handing the body the function
// that makes those two under its base classes, and installs the built-in open().

import { call } from "../../objects/call.js";
import { builtinFunction } from "../../objects/function.js";
import type { PyObject, PyObjectBase } from "../../objects/object.js";
import { None } from "../../objects/bootstrap.js";
import {
  collect,
  finalizationHooks,
  finalizeAfterOthers,
  unregisterFinalizable,
} from "../../objects/finalization.js";
import { warnUnclosedFile } from "../_warnings.js";
import { PyBaseException, typeError } from "../../objects/exceptions.js";
import { PyTraceback, type Frame } from "../../vm/frame.js";
import { vm } from "../../vm/state.js";
import { isStr, jsString, strText } from "../../objects/str.js";
import { PyTuple } from "../../objects/tuple.js";
import type { PyType } from "../../objects/type.js";
import { makeBytesIOType } from "./bytesio.js";
import { makeStringIOType } from "./stringio.js";
import { findAndLoad } from "../../vm/import.js";
import { builtinsHooks, builtinsOpen } from "../builtins.js";
import { fsDecode, runModuleSource } from "../_os_helpers.js";
import { bufferOf, PyBytes } from "../../objects/bytes.js";
import { writableBufferOf } from "../../objects/memoryview.js";
import { typeName } from "../../objects/names.js";
import { flushPendingWritesTo, notePendingWrite, pathKey } from "./pending_writes.js";
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
    ...finalizationHelpers(),
    ...pendingWriteHelpers(),
    ...readintoHelpers(),
  });
  installFastPaths(ns);
  // The body's open() is what the built-in open() runs; the module hands out the built-in
  // itself, which, like CPython's, does not bind as a method (`open = io.open` in a class).
  pythonOpen = ns["open"]!;
  if (builtinsOpen.function !== null) ns["open"] = builtinsOpen.function;
  return ns;
});

let pythonOpen: PyObject | null = null;

/** What the body's finalisers need of the VM: the order of finalisation at exit, leaving
 * it once a file is closed, the ResourceWarning, and reporting what they cannot raise. */
function finalizationHelpers(): Record<string, PyObject> {
  const each = (name: string, fn: (o: PyObjectBase) => void) =>
    builtinFunction(name, (args) => {
      const o = args[0]!;
      if (typeof o === "object") fn(o);
      return None;
    });
  return {
    _finalize_after_others: each("_finalize_after_others", finalizeAfterOthers),
    _unregister_finalizer: each("_unregister_finalizer", unregisterFinalizable),
    _warn_unclosed: builtinFunction("_warn_unclosed", (args) => {
      warnUnclosedFile(args[0]!, programFrame());
      return None;
    }),
    _write_unraisable: builtinFunction("_write_unraisable", (args) => {
      const e = args[0]!;
      if (e instanceof PyBaseException) e.traceback = programTraceback();
      finalizationHooks.reportUnraisable(e, args[1]!);
      return None;
    }),
  };
}

/** readinto() and readinto1() over the buffer protocol, as CPython's take a writable
 * buffer (`w*`): any writable, contiguous bytes-like object, array.array's too. */
function readintoHelpers(): Record<string, PyObject> {
  const target = (b: PyObject, method: string) => {
    const t = writableBufferOf(b);
    if (t === undefined)
      throw typeError(`${method}() argument must be read-write bytes-like object, not ${typeName(b)}`);
    return t;
  };
  return {
    _writable_size: builtinFunction(
      "_writable_size",
      (args) => target(args[0]!, jsString(args[1]!)).data.length,
    ),
    // Writes what was read (None from a non-blocking read passes through) into the buffer.
    _fill_buffer: builtinFunction("_fill_buffer", (args) => {
      const [b, data] = args as [PyObject, PyObject];
      if (data === None) return None;
      const bytes = bufferOf(data)!;
      const t = target(b, "readinto");
      t.data.set(bytes.subarray(0, t.data.length));
      t.commit();
      return bytes.length;
    }),
  };
}

/** What the body needs to keep dropped files' data in order (pending_writes.ts), and to
 * free the descriptors of dropped files when the process runs out of them. */
function pendingWriteHelpers(): Record<string, PyObject> {
  // The path as text: FileIO has run os.fspath() on it already.
  const pathText = (path: PyObject): string | null => {
    if (path instanceof PyBytes) return fsDecode(path.data);
    return isStr(path) ? jsString(path) : null;
  };
  return {
    _path_key: builtinFunction("_path_key", (args) => {
      const text = pathText(args[0]!);
      return text === null ? None : pathKey(text);
    }),
    _note_pending_write: builtinFunction("_note_pending_write", (args) => {
      const [o, key] = args as [PyObject, PyObject];
      if (typeof o === "object" && typeof key === "string") notePendingWrite(o, key);
      return None;
    }),
    _flush_pending_writes: builtinFunction("_flush_pending_writes", (args) => {
      const text = pathText(args[0]!);
      if (text !== null) flushPendingWritesTo(text);
      return None;
    }),
    // PyPy's answer to EMFILE: dropped files hold descriptors until they are collected.
    _collect_dropped_files: builtinFunction("_collect_dropped_files", () => {
      collect(true);
      return None;
    }),
  };
}

/** The frame a native finaliser's warning or unraisable error names: the Python code
 * running at the time, not the finaliser's own frames (this module's, "<_io>"). */
function programFrame(): Frame | null {
  let f = vm.current;
  while (f !== null && f.code.co_filename === "<_io>") f = f.back;
  return f;
}

/** The traceback PyErr_WriteUnraisable gives an exception a native finaliser caught. */
function programTraceback(): PyTraceback | null {
  const f = programFrame();
  return f === null ? null : new PyTraceback(null, f.frameObject(), f.pc, f.lineno);
}

function hasNoLoneSurrogate(s: PyObject): boolean {
  const text = strText(s);
  if (text === undefined) return false;
  // A plain JS string never holds a surrogate (str.ts); a code point's string has length 1
  // and is a surrogate only when it stands alone.
  if (typeof text === "string") return true;
  for (const cp of text) if (cp.length === 1 && (cp.charCodeAt(0) & 0xf800) === 0xd800) return false;
  return true;
}

builtinsHooks.open = (args, kwnames) => {
  if (pythonOpen === null) findAndLoad("_io");
  return call(pythonOpen!, args, kwnames);
};
