// Native fast paths for the per-line methods of _io's Python classes (_io_py.ts): iterating
// a file by lines and writing a text file line by line. CPython runs these in C; run as
// Python, each line cost two property calls (TextIOWrapper -> buffer.closed -> raw.closed),
// a dozen attribute reads and a method call, and `for line in f` was 6-17x CPython.
//
// Each fast path reads the instance's own fields the way the Python method does and
// handles only the common case — an exact _io class, the line already buffered, a plain
// str — returning null for anything else, which then goes to the Python method as before.
// The methods become native descriptors on the classes (as CPython's slot wrappers are),
// with the Python ones kept as their fallbacks.

import { bytesType, None } from "../../objects/bootstrap.js";
import { PyBytes } from "../../objects/bytes.js";
import { callMethod } from "../../objects/attributes.js";
import { callWithSelf } from "../../objects/call.js";
import { defineMethods } from "../../objects/function.js";
import { PyList } from "../../objects/list.js";
import { PyInstance, type AttributeDict, type PyObject, type PyObjectBase } from "../../objects/object.js";
import { notePendingWrite } from "./pending_writes.js";
import type { PyType } from "../../objects/type.js";

/** The exact classes each fast path takes, as lists for fieldsOf. */
interface IoTypes {
  fileIO: PyType[];
  buffered: PyType[];
  text: PyType[];
}

/** The instance dict of `o` when it is an instance of exactly one of `types`. */
function fieldsOf(o: PyObject, types: readonly PyType[]): AttributeDict | null {
  return o instanceof PyInstance && types.includes(o.type) ? o.dict : null;
}

/** Whether `buffer` is surely open: one of _io's buffered classes over an open FileIO
 * (`self.raw.closed` is `self._fd < 0`). False also when it cannot tell cheaply. */
function bufferOpen(buffer: PyObject | undefined, t: IoTypes): boolean {
  const b = buffer === undefined ? null : fieldsOf(buffer, t.buffered);
  const raw = b?.["raw"];
  const r = raw === undefined ? null : fieldsOf(raw, t.fileIO);
  const fd = r?.["_fd"];
  return typeof fd === "number" && fd >= 0;
}

/** _Buffered.__next__: a whole line waiting in the read-ahead. */
function bufferedNext(self: PyObject, t: IoTypes): PyObject | null {
  const d = fieldsOf(self, t.buffered);
  const rbuf = d?.["_rbuf"];
  if (!(rbuf instanceof PyBytes) || rbuf.type !== bytesType) return null;
  const data = rbuf.data;
  const i = data.indexOf(10);
  if (i < 0) return null;
  // The rest shares the buffer's memory, as a long bytes slice does (bytesGetItem).
  const rest = data.length - i - 1;
  d!["_rbuf"] = new PyBytes(rest >= 64 && rest * 2 >= data.length ? data.subarray(i + 1) : data.slice(i + 1));
  return new PyBytes(data.slice(0, i + 1));
}

/** TextIOWrapper.__next__: a line ending at "\n" with no "\r" before it. */
function textNext(self: PyObject, t: IoTypes): PyObject | null {
  const d = fieldsOf(self, t.text);
  if (d === null) return null;
  const decoded = d["_decoded"];
  if (typeof decoded !== "string") return null;
  const i = decoded.indexOf("\n");
  if (i < 0) return null;
  const universal = d["_readuniversal"] === true;
  if (!(d["_readnl"] === "\n" || (universal && d["_nocr"] === true))) return null;
  const seen = d["_seennl"];
  if (universal && typeof seen !== "number") return null;
  if (!bufferOpen(d["_buffer"], t)) return null;
  d["_telling"] = false;
  d["_decoded"] = decoded.slice(i + 1);
  if (universal) d["_seennl"] = (seen as number) | 1;
  return decoded.slice(0, i + 1);
}

/** TextIOWrapper.write: a str appended to the UTF-8 text pending for the buffer. */
function textWrite(self: PyObject, s: PyObject, t: IoTypes): PyObject | null {
  const d = fieldsOf(self, t.text);
  // A JS string holds no lone surrogate (str.ts), so UTF-8 surely encodes it.
  if (d === null || typeof s !== "string") return null;
  const pending = d["_pending"];
  const size = d["_pending_size"];
  const chunk = t.text[0]!.lookup("_CHUNK_SIZE");
  if (
    d["_writable"] !== true ||
    d["_codec"] !== "utf-8" ||
    d["_line_buffering"] !== false ||
    d["_write_through"] !== false ||
    d["_decoded"] !== "" ||
    d["_decoder"] !== None ||
    !(d["_writenl"] === "\n" || d["_writetranslate"] === false) ||
    !(pending instanceof PyList) ||
    typeof size !== "number" ||
    typeof chunk !== "number" ||
    !bufferOpen(d["_buffer"], t)
  )
    return null;
  if (pending.items.length === 0) {
    const key = d["_path_key"];
    if (typeof key === "string") notePendingWrite(self as PyObjectBase, key);
  }
  pending.items.push(s);
  d["_pending_size"] = size + s.length;
  if (size + s.length >= chunk) callMethod(self, "_flush_pending", []);
  return s.length;
}

/** Puts the fast paths in front of the Python methods of _io's namespace `ns`. */
export function installFastPaths(ns: Record<string, PyObject>): void {
  const text = ns["TextIOWrapper"] as PyType;
  const t: IoTypes = {
    fileIO: [ns["FileIO"] as PyType],
    buffered: [
      ns["BufferedReader"] as PyType,
      ns["BufferedWriter"] as PyType,
      ns["BufferedRandom"] as PyType,
    ],
    text: [text],
  };
  const bufferedBase = ns["_Buffered"] as PyType;
  const pyBufferedNext = bufferedBase.dict.get("__next__")!;
  const pyTextNext = text.dict.get("__next__")!;
  const pyTextWrite = text.dict.get("write")!;
  defineMethods(bufferedBase, {
    __next__: (self) => bufferedNext(self, t) ?? callWithSelf(pyBufferedNext, self, [], null),
  });
  defineMethods(text, {
    __next__: (self) => textNext(self, t) ?? callWithSelf(pyTextNext, self, [], null),
    write: (self, args, kwnames) =>
      (args.length === 1 && (kwnames === null || kwnames.length === 0)
        ? textWrite(self, args[0]!, t)
        : null) ?? callWithSelf(pyTextWrite, self, args, kwnames),
  });
}
