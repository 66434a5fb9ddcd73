// memoryview over bytes and bytearray: a one-dimensional view of unsigned bytes
// (format 'B'), with slicing (including steps), item assignment through a writable
// view, release() and the context-manager protocol. A view of a bytearray counts as an
// export, so the bytearray refuses to resize until the view is released.

import { builtinType, None, NotImplemented } from "./bootstrap.js";
import {
  exceptionType,
  indexError,
  newException,
  notImplementedError,
  typeError,
  valueError,
} from "./exceptions.js";
import { builtinFunction, defineGetSets, defineMethods } from "./function.js";
import { isInt, typeOf, type PyObject, type PyObjectBase } from "./object.js";
import { typeName } from "./names.js";
import { bufferHooks, bufferOf, byteValue, bytesHash, hexOf, PyByteArray, PyBytes } from "./bytes.js";
import { clinicKwArgs, indexArg, noArgs, slotArgs } from "./str_args.js";
import { getIter, PyList, PySlice, PyTuple } from "./str_runtime.js";
import { sliceIndices } from "./slice.js";
import { strText, textToJS } from "./str.js";

export const memoryviewType = builtinType("memoryview", undefined, false);

let nextId = 1;

/** Native formats a view can be cast to, with their item sizes (little-endian, LP64). */
const ITEM_SIZES: Record<string, number> = {
  b: 1,
  B: 1,
  c: 1,
  "?": 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  P: 8,
  f: 4,
  d: 8,
};

/** Reads item `k` of a typed view. */
function readItem(m: PyMemoryView, k: number): PyObject {
  const d = m.base.data;
  const at = m.offset + k * m.itemsize;
  if (m.format === "B") return d[m.offset + k * m.step]!;
  const view = new DataView(d.buffer, d.byteOffset + at, m.itemsize);
  switch (m.format) {
    case "b":
      return view.getInt8(0);
    case "c":
      return new PyBytes(d.slice(at, at + 1));
    case "?":
      return view.getUint8(0) !== 0;
    case "h":
      return view.getInt16(0, true);
    case "H":
      return view.getUint16(0, true);
    case "i":
      return view.getInt32(0, true);
    case "I":
      return view.getUint32(0, true);
    case "f":
      return floatHook.make(view.getFloat32(0, true));
    case "d":
      return floatHook.make(view.getFloat64(0, true));
    case "l":
    case "q":
    case "n": {
      const v = view.getBigInt64(0, true);
      return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    }
    default: {
      const v = view.getBigUint64(0, true);
      return v <= 9007199254740991n ? Number(v) : v;
    }
  }
}

/** Makes Python floats without importing float.ts (which sits above this module). */
export const floatHook: { make: (x: number) => PyObject } = {
  make: () => {
    throw notImplementedError("memoryview: float formats need the float type");
  },
};

export class PyMemoryView implements PyObjectBase {
  type = memoryviewType;
  released = false;
  /** The struct format of the items ('B' unless cast) and their size in bytes. */
  format = "B";
  itemsize = 1;
  readonly id = nextId++;
  constructor(
    readonly source: PyBytes | PyByteArray | PyMemoryView,
    readonly base: PyBytes | PyByteArray,
    readonly offset: number,
    readonly length: number,
    readonly step: number,
  ) {
    if (base instanceof PyByteArray) base.exports++;
  }

  check(): void {
    if (this.released) throw valueError("operation forbidden on released memoryview object");
  }

  get readonly(): boolean {
    return this.base instanceof PyBytes;
  }

  /** The viewed bytes (a copy when the view is not contiguous). */
  bytes(): Uint8Array {
    const d = this.base.data;
    if (this.step === 1) return d.subarray(this.offset, this.offset + this.length * this.itemsize);
    const out = new Uint8Array(this.length);
    for (let k = 0; k < this.length; k++) out[k] = d[this.offset + k * this.step]!;
    return out;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.base instanceof PyByteArray) this.base.exports--;
  }
}

/** One-dimensional views are C-contiguous when they step one item at a time (or hold at
 * most one item, where the step cannot matter). */
function isContiguous(m: PyMemoryView): boolean {
  return m.step === 1 || m.length <= 1;
}

/** A buffer as a PyBUF_SIMPLE request (`y*`) sees it: a strided view is refused rather
 * than copied, because C code reading it would assume contiguous memory. */
export function simpleBufferOf(v: PyObject): Uint8Array | undefined {
  if (v instanceof PyMemoryView) {
    v.check();
    if (!isContiguous(v))
      throw newException(exceptionType("BufferError"), "memoryview: underlying buffer is not C-contiguous");
  }
  return bufferOf(v);
}

bufferHooks.view = (v) => {
  if (v instanceof PyMemoryView) {
    v.check();
    return v.bytes();
  }
  return undefined;
};

export function newMemoryView(obj: PyObject): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    obj.check();
    return new PyMemoryView(obj, obj.base, obj.offset, obj.length, obj.step);
  }
  if (obj instanceof PyBytes || obj instanceof PyByteArray)
    return new PyMemoryView(obj, obj, 0, obj.data.length, 1);
  throw typeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
}

function itemsOf(m: PyMemoryView): PyObject[] {
  if (m.format === "B") return Array.from(m.bytes());
  const out: PyObject[] = [];
  for (let k = 0; k < m.length; k++) out.push(readItem(m, k));
  return out;
}

function mv(self: PyObject): PyMemoryView {
  if (!(self instanceof PyMemoryView)) throw typeError(`descriptor requires a 'memoryview' object`);
  self.check();
  return self;
}

function itemIndex(m: PyMemoryView, key: PyObject): number {
  let i = indexArg(typeof key === "boolean" ? Number(key) : key);
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) throw indexError("index out of bounds on dimension 1");
  return m.offset + i * m.step;
}

function isIndexLike(v: PyObject): boolean {
  return (
    isInt(v) ||
    typeof v === "boolean" ||
    (typeof v === "object" && typeOf(v).lookup("__index__") !== undefined)
  );
}

defineMethods(memoryviewType, {
  __len__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 0);
    return mv(self).length;
  },
  __getitem__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    const m = mv(self);
    const key = args[0]!;
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, m.length);
      return new PyMemoryView(m, m.base, m.offset + start * m.step, n, step * m.step);
    }
    if (isIndexLike(key)) {
      if (m.format !== "B") {
        let i = indexArg(typeof key === "boolean" ? Number(key) : key);
        if (i < 0) i += m.length;
        if (i < 0 || i >= m.length) throw indexError("index out of bounds on dimension 1");
        return readItem(m, i);
      }
      return m.base.data[itemIndex(m, key)]!;
    }
    if (key instanceof PyTuple && key.items.length === 0) return m;
    throw typeError("memoryview: invalid slice key");
  },
  __setitem__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 2);
    const m = mv(self);
    if (m.readonly) throw typeError("cannot modify read-only memory");
    const [key, value] = args as [PyObject, PyObject];
    const data = m.base.data;
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, m.length);
      const src = bufferOf(value);
      if (src === undefined) throw typeError(`a bytes-like object is required, not '${typeName(value)}'`);
      if (src.length !== n)
        throw valueError("memoryview assignment: lvalue and rvalue have different structures");
      const copy = src.slice();
      for (let k = 0; k < n; k++) data[m.offset + (start + k * step) * m.step] = copy[k]!;
      return None;
    }
    if (!isIndexLike(key)) throw typeError("memoryview: invalid slice key");
    if (!isInt(value) && typeof value !== "boolean")
      throw typeError(`memoryview: invalid type for format 'B'`);
    const b = typeof value === "boolean" ? Number(value) : value;
    if (typeof b === "bigint" || b < 0 || b > 255)
      throw valueError("memoryview: invalid value for format 'B'");
    data[itemIndex(m, key)] = byteValue(b);
    return None;
  },
  __eq__: (self, args) => {
    const m = self as PyMemoryView;
    const other = args[0]!;
    if (m.released || (other instanceof PyMemoryView && other.released)) return self === other;
    const b = bufferOf(other);
    if (b === undefined) return NotImplemented;
    const a = m.bytes();
    return a.length === b.length && a.every((x, i) => x === b[i]);
  },
  __hash__: (self) => {
    const m = mv(self);
    if (!m.readonly) throw valueError("cannot hash writable memoryview object");
    return bytesHash(m.bytes());
  },
  __repr__: (self) => {
    const m = self as PyMemoryView;
    return `<${m.released ? "released " : ""}memory at 0x${(0x7f0000000000 + m.id * 64).toString(16)}>`;
  },
  __enter__: (self) => mv(self),
  __exit__: (self) => {
    (self as PyMemoryView).release();
    return None;
  },
  __iter__: (self) => getIter(new PyList(itemsOf(mv(self)))),
  release: (self, args, kwnames) => {
    noArgs("memoryview.release", args, kwnames);
    (self as PyMemoryView).release();
    return None;
  },
  tobytes: (self, args, kwnames) => {
    clinicKwArgs("tobytes", ["order"], args, kwnames);
    return new PyBytes(mv(self).bytes().slice());
  },
  tolist: (self, args, kwnames) => {
    noArgs("memoryview.tolist", args, kwnames);
    return new PyList(itemsOf(mv(self)));
  },
  toreadonly: (self, args, kwnames) => {
    noArgs("memoryview.toreadonly", args, kwnames);
    const m = mv(self);
    const ro = new PyMemoryView(m, new PyBytes(m.base.data), m.offset, m.length, m.step);
    return ro;
  },
  hex: (self, args, kwnames) => {
    const [sep, per] = clinicKwArgs("hex", ["sep", "bytes_per_sep"], args, kwnames);
    return hexOf(mv(self).bytes(), sep, per);
  },
  cast: (self, args, kwnames) => {
    const [fmt, shape] = clinicKwArgs("cast", ["format", "shape"], args, kwnames, 1);
    const m = mv(self);
    const f = strText(fmt!);
    if (f === undefined) throw typeError(`cast() argument 'format' must be str, not ${typeName(fmt!)}`);
    if (shape !== undefined) throw notImplementedError("memoryview: cast with a shape is not supported");
    const fs = textToJS(f).replace(/^@/, "");
    const size = ITEM_SIZES[fs];
    if (size === undefined)
      throw valueError(
        "memoryview: destination format must be a native single character format prefixed with an optional '@'",
      );
    if (m.step !== 1) throw typeError("memoryview: casts are restricted to C-contiguous views");
    if (m.format !== "B" && fs !== "B" && fs !== "b" && fs !== "c") {
      throw typeError("memoryview: cannot cast between two non-byte formats");
    }
    const nbytes = m.length * m.itemsize;
    if (nbytes % size !== 0) throw typeError("memoryview: length is not a multiple of itemsize");
    const view = new PyMemoryView(m, m.base, m.offset, nbytes / size, 1);
    view.format = fs;
    view.itemsize = size;
    return view;
  },
});

const getters: Record<string, [(self: PyObject) => PyObject]> = {
  obj: [
    (self) =>
      mv(self).source instanceof PyMemoryView ? (mv(self).source as PyMemoryView).base : mv(self).base,
  ],
  nbytes: [(self) => mv(self).length * mv(self).itemsize],
  readonly: [(self) => mv(self).readonly],
  itemsize: [(self) => mv(self).itemsize],
  format: [(self) => mv(self).format],
  ndim: [(self) => (mv(self), 1)],
  shape: [(self) => new PyTuple([mv(self).length])],
  strides: [(self) => new PyTuple([mv(self).step * mv(self).itemsize])],
  suboffsets: [(self) => (mv(self), new PyTuple([]))],
  c_contiguous: [(self) => isContiguous(mv(self))],
  f_contiguous: [(self) => isContiguous(mv(self))],
  contiguous: [(self) => isContiguous(mv(self))],
  released: [(self) => (self as PyMemoryView).released],
};
defineGetSets(memoryviewType, getters);

memoryviewType.dict.set(
  "__new__",
  builtinFunction(
    "__new__",
    (args, kwnames) => {
      const [obj] = clinicKwArgs("memoryview", ["object"], args.slice(1), kwnames, 1);
      return newMemoryView(obj!);
    },
    null,
  ),
);
memoryviewType.modified();

export { newException, exceptionType };
