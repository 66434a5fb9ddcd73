// `_io.BytesIO` (CPython's Modules/_io/bytesio.c): a binary stream over a growable byte
// buffer. The buffer is a bytearray, so that getbuffer() can hand out a memoryview of it
// and the bytearray's export count refuses resizing while one is alive, as CPython does.

import { None } from "../../objects/bootstrap.js";
import {
  exceptionType,
  newException,
  StopIteration_,
  typeError,
  valueError,
} from "../../objects/exceptions.js";
import { defineMethods, PyGetSetDescriptor } from "../../objects/function.js";
import { defineNew } from "../../objects/iterators.js";
import { iterate } from "../../objects/abstract.js";
import { bufferOf, PyByteArray, PyBytes } from "../../objects/bytes.js";
import { newMemoryView, writableBufferOf } from "../../objects/memoryview.js";
import {
  newAttributeDict,
  type AttributeDict,
  type PyObject,
  type PyObjectBase,
} from "../../objects/object.js";
import { typeName } from "../../objects/names.js";
import { PyList } from "../../objects/list.js";
import { PyTuple } from "../../objects/tuple.js";
import { clinicKwArgs, intArg, noArgs, oneArg, ssizeArg } from "../../objects/str_args.js";
import type { PyType } from "../../objects/type.js";
import { ioType, optionalSize, positional, restoreDict, stateDict } from "./memory_streams.js";

export class PyBytesIO implements PyObjectBase {
  dict: AttributeDict = newAttributeDict();
  store = new PyByteArray();
  pos = 0;
  closed = false;
  constructor(public type: PyType) {}
  /** next() for native iteration, as PyStringIO's. */
  nextValue(): PyObject | undefined {
    const n = lineLength(open(this), -1);
    return n === 0 ? undefined : readBytes(this, n);
  }
}

function open(self: PyObject): PyBytesIO {
  if (!(self instanceof PyBytesIO)) throw typeError(`descriptor requires a '_io.BytesIO' object`);
  if (self.closed) throw valueError("I/O operation on closed file.");
  return self;
}

function checkExports(b: PyBytesIO): void {
  if (b.store.exports > 0)
    throw newException(exceptionType("BufferError"), "Existing exports of data: object cannot be re-sized");
}

/** The bytes from the position on, at most `size` of them (all when negative). */
function readBytes(b: PyBytesIO, size: number): PyBytes {
  const available = Math.max(0, b.store.length - b.pos);
  const n = size < 0 ? available : Math.min(size, available);
  const out = b.store.buf.slice(b.pos, b.pos + n);
  b.pos += n;
  return new PyBytes(out);
}

/** The length of the line starting at the position, at most `limit` bytes when >= 0. */
function lineLength(b: PyBytesIO, limit: number): number {
  const end = b.store.length;
  if (b.pos >= end) return 0;
  const nl = b.store.buf.subarray(0, end).indexOf(10, b.pos);
  const n = (nl < 0 ? end : nl + 1) - b.pos;
  return limit >= 0 && limit < n ? limit : n;
}

function writeBytes(b: PyBytesIO, data: Uint8Array): number {
  checkExports(b);
  const n = data.length;
  if (n === 0) return 0;
  const store = b.store;
  const end = b.pos + n;
  if (end > store.buf.length) {
    const grown = new Uint8Array(Math.max(end, store.buf.length * 2, 64));
    grown.set(store.buf.subarray(0, store.length));
    store.buf = grown;
  }
  // Bytes past the old end may be left over from a truncate: a write past the end
  // leaves zeros in the gap.
  if (b.pos > store.length) store.buf.fill(0, store.length, b.pos);
  store.buf.set(data, b.pos);
  b.pos = end;
  if (end > store.length) store.length = end;
  return n;
}

function bytesArgument(v: PyObject): Uint8Array {
  const data = bufferOf(v);
  if (data === undefined) throw typeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return data;
}

function writableBuffer(v: PyObject): { data: Uint8Array; commit: () => void } {
  const target = writableBufferOf(v);
  if (target !== undefined) return target;
  throw typeError(`readinto() argument must be read-write bytes-like object, not ${typeName(v)}`);
}

function reset(b: PyBytesIO, initial: PyObject | undefined): void {
  checkExports(b);
  b.store.length = 0;
  b.pos = 0;
  b.closed = false;
  if (initial !== undefined && initial !== None) {
    writeBytes(b, bytesArgument(initial));
    b.pos = 0;
  }
}

function setState(b: PyBytesIO, state: PyObject): void {
  checkExports(b);
  if (!(state instanceof PyTuple) || state.items.length < 3)
    throw typeError(`${b.type.name}.__setstate__ argument should be 3-tuple, got ${typeName(state)}`);
  const [value, position, dict] = state.items as [PyObject, PyObject, PyObject];
  b.store.length = 0;
  b.pos = 0;
  writeBytes(b, bytesArgument(value));
  if (typeof position !== "number" && typeof position !== "bigint")
    throw typeError(`second item of state must be an integer, not ${typeName(position)}`);
  const pos = ssizeArg(position);
  if (pos < 0) throw valueError("position value cannot be negative");
  b.pos = pos;
  restoreDict(b.dict, dict, "third");
}

/** Creates `_io.BytesIO` under `_io._BufferedIOBase`. */
export function makeBytesIOType(base: PyType): PyType {
  const t = ioType("BytesIO", base);
  t.newInstance = (cls) => new PyBytesIO(cls);
  defineNew(t, (cls) => new PyBytesIO(cls));
  t.dict.set(
    "closed",
    new PyGetSetDescriptor(
      "closed",
      t,
      (self) => (self as PyBytesIO).closed,
      null,
      "True if the file is closed.",
    ),
  );
  defineMethods(t, {
    __init__(self, args, kwnames) {
      if (!(self instanceof PyBytesIO)) throw typeError(`descriptor requires a '_io.BytesIO' object`);
      const [initial] = clinicKwArgs("BytesIO", ["initial_bytes"], args, kwnames);
      reset(self, initial);
      return None;
    },
    getvalue(self, args, kwnames) {
      noArgs("BytesIO.getvalue", args, kwnames);
      const b = open(self);
      return new PyBytes(b.store.buf.slice(0, b.store.length));
    },
    getbuffer(self, args, kwnames) {
      noArgs("BytesIO.getbuffer", args, kwnames);
      return newMemoryView(open(self).store);
    },
    read(self, args, kwnames) {
      positional("BytesIO.read", args, kwnames, 0, 1);
      return readBytes(open(self), optionalSize(args[0]));
    },
    read1(self, args, kwnames) {
      positional("BytesIO.read1", args, kwnames, 0, 1);
      return readBytes(open(self), optionalSize(args[0]));
    },
    readline(self, args, kwnames) {
      positional("BytesIO.readline", args, kwnames, 0, 1);
      const b = open(self);
      return readBytes(b, lineLength(b, optionalSize(args[0])));
    },
    readlines(self, args, kwnames) {
      positional("BytesIO.readlines", args, kwnames, 0, 1);
      const b = open(self);
      const hint = optionalSize(args[0]);
      const lines: PyObject[] = [];
      let total = 0;
      for (let n = lineLength(b, -1); n > 0; n = lineLength(b, -1)) {
        lines.push(readBytes(b, n));
        total += n;
        if (hint > 0 && total >= hint) break;
      }
      return new PyList(lines);
    },
    readinto(self, args, kwnames) {
      const target = writableBuffer(oneArg("BytesIO.readinto", args, kwnames));
      const b = open(self);
      const n = Math.min(target.data.length, Math.max(0, b.store.length - b.pos));
      target.data.set(b.store.buf.subarray(b.pos, b.pos + n));
      target.commit();
      b.pos += n;
      return n;
    },
    write(self, args, kwnames) {
      const data = oneArg("BytesIO.write", args, kwnames);
      const b = open(self);
      checkExports(b);
      return writeBytes(b, bytesArgument(data));
    },
    writelines(self, args, kwnames) {
      const lines = oneArg("BytesIO.writelines", args, kwnames);
      const b = open(self);
      iterate(lines, (line) => {
        writeBytes(b, bytesArgument(line));
      });
      return None;
    },
    seek(self, args, kwnames) {
      positional("BytesIO.seek", args, kwnames, 1, 2);
      const b = open(self);
      let pos = ssizeArg(args[0]!);
      const whence = args.length > 1 ? intArg(args[1]!) : 0;
      if (pos < 0 && whence === 0) throw valueError(`negative seek value ${pos}`);
      if (whence === 1) pos += b.pos;
      else if (whence === 2) pos += b.store.length;
      else if (whence !== 0) throw valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
      b.pos = Math.max(0, pos);
      return b.pos;
    },
    tell(self, args, kwnames) {
      noArgs("BytesIO.tell", args, kwnames);
      return open(self).pos;
    },
    truncate(self, args, kwnames) {
      positional("BytesIO.truncate", args, kwnames, 0, 1);
      const b = open(self);
      checkExports(b);
      const size = args[0] === undefined || args[0] === None ? b.pos : optionalSize(args[0]);
      if (size < 0) throw valueError(`negative size value ${size}`);
      if (size < b.store.length) b.store.length = size;
      return size;
    },
    close(self, args, kwnames) {
      noArgs("BytesIO.close", args, kwnames);
      if (!(self instanceof PyBytesIO)) throw typeError(`descriptor requires a '_io.BytesIO' object`);
      checkExports(self);
      self.closed = true;
      self.store = new PyByteArray();
      return None;
    },
    readable: (self, args, kwnames) => (noArgs("BytesIO.readable", args, kwnames), open(self), true),
    writable: (self, args, kwnames) => (noArgs("BytesIO.writable", args, kwnames), open(self), true),
    seekable: (self, args, kwnames) => (noArgs("BytesIO.seekable", args, kwnames), open(self), true),
    isatty: (self, args, kwnames) => (noArgs("BytesIO.isatty", args, kwnames), open(self), false),
    flush: (self, args, kwnames) => (noArgs("BytesIO.flush", args, kwnames), open(self), None),
    // Iterating a closed BytesIO is allowed; reading the next line is not.
    __iter__: (self) => self,
    __next__(self) {
      const b = open(self);
      const n = lineLength(b, -1);
      if (n === 0) throw newException(StopIteration_);
      return readBytes(b, n);
    },
    __getstate__(self, args, kwnames) {
      noArgs("BytesIO.__getstate__", args, kwnames);
      const b = open(self);
      return new PyTuple([new PyBytes(b.store.buf.slice(0, b.store.length)), b.pos, stateDict(b.dict)]);
    },
    __setstate__(self, args, kwnames) {
      const state = oneArg("BytesIO.__setstate__", args, kwnames);
      setState(open(self), state);
      return None;
    },
    __sizeof__(self) {
      const b = self as PyBytesIO;
      return 88 + (b.store.buf.length > 0 ? 33 + b.store.buf.length : 0);
    },
  });
  return t;
}
