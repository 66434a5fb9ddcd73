// memoryview over bytes, bytearray and other exporters (array.array): a view of items of
// one native format, with slicing (including steps), item assignment through a writable
// view of bytes, release() and the context-manager protocol, and casts to one format or
// to a C-contiguous multi-dimensional shape. A view counts as an export, so a bytearray
// or array refuses to resize until the view is released.

import { builtinType, None, NotImplemented } from "./bootstrap.js";
import { index, isTrue, toFloat } from "./abstract.js";
import {
  exceptionType,
  indexError,
  newException,
  PyBaseException,
  notImplementedError,
  typeError,
  valueError,
} from "./exceptions.js";
import { builtinFunction, defineGetSets, defineMethods } from "./function.js";
import { isInt, typeOf, type PyObject, type PyObjectBase } from "./object.js";
import { typeName } from "./names.js";
import { bufferHooks, bufferOf, bytesHash, hexOf, PyByteArray, PyBytes } from "./bytes.js";
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
  if (m.format !== "B" && ITEM_SIZES[m.format] === undefined)
    throw notImplementedError(`memoryview: format ${m.format} not supported`);
  const d = m.data();
  const at = m.offset + k * m.step * m.itemsize;
  if (m.format === "B") return d[at]!;
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

/** An object other than bytes and bytearray that memoryview can wrap (array.array). It
 * keeps its items in its own form, so a view packs them into bytes whenever it reads and
 * unpacks its writes back into the object. */
export interface BufferExporter {
  readonly owner: PyObject;
  readonly format: string;
  readonly itemsize: number;
  pack(): Uint8Array;
  unpack(data: Uint8Array): void;
  /** Counts live views, so that the owner can refuse to resize while viewed. */
  exported(delta: 1 | -1): void;
}

/** Finds the exporter of an object; modules that define exporting types chain onto it. */
export const exporterHooks: { of: (v: PyObject) => BufferExporter | undefined } = { of: () => undefined };

export class PyMemoryView implements PyObjectBase {
  type = memoryviewType;
  released = false;
  /** The struct format of the items ('B' unless cast) and their size in bytes. */
  format = "B";
  itemsize = 1;
  /** The dimensions of a view cast to several; null for one dimension of `length` items
   * (`length` always counts all the items). */
  shape: number[] | null = null;
  /** Set by toreadonly(); otherwise a view is as writable as what it views. */
  ro: boolean;
  /** The hash, once computed (it outlives release()). */
  hash: number | bigint | undefined;
  readonly id = nextId++;
  constructor(
    readonly source: PyObject,
    readonly base: PyBytes | PyByteArray,
    readonly offset: number,
    readonly length: number,
    readonly step: number,
    readonly exporter: BufferExporter | undefined = source instanceof PyMemoryView
      ? source.exporter
      : undefined,
  ) {
    this.ro = source instanceof PyMemoryView ? source.ro : exporter === undefined && base instanceof PyBytes;
    if (exporter) exporter.exported(1);
    else if (base instanceof PyByteArray) base.exports++;
  }

  check(): void {
    if (this.released) throw valueError("operation forbidden on released memoryview object");
  }

  get readonly(): boolean {
    return this.ro;
  }

  /** The object whose memory this is (memoryview.obj). */
  get owner(): PyObject {
    if (this.exporter) return this.exporter.owner;
    return this.source instanceof PyMemoryView ? this.source.owner : this.source;
  }

  /** The underlying memory, repacked from an exporter so that it is current. */
  data(): Uint8Array {
    if (this.exporter) (this.base as PyBytes).data = this.exporter.pack();
    return this.base.data;
  }

  /** Hands bytes written through the view back to an exporter. */
  written(): void {
    this.exporter?.unpack(this.base.data);
  }

  /** The viewed bytes (a copy when the view is not contiguous). */
  bytes(): Uint8Array {
    const d = this.data();
    const size = this.itemsize;
    if (this.step === 1) return d.subarray(this.offset, this.offset + this.length * size);
    const out = new Uint8Array(this.length * size);
    for (let k = 0; k < this.length; k++) {
      const at = this.offset + k * this.step * size;
      out.set(d.subarray(at, at + size), k * size);
    }
    return out;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    if (this.exporter) this.exporter.exported(-1);
    else if (this.base instanceof PyByteArray) this.base.exports--;
  }
}

/** One-dimensional views are C-contiguous when they step one item at a time (or hold at
 * most one item, where the step cannot matter). */
export function isContiguous(m: PyMemoryView): boolean {
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

/** A buffer as a PyBUF_WRITABLE request (`w*`) sees it, or undefined when there is none
 * (bytes, a read-only or strided view). An exporter that keeps its items unpacked
 * (array.array) hands out a packed copy: `commit` gives the bytes written into it back. */
export function writableBufferOf(v: PyObject): { data: Uint8Array; commit: () => void } | undefined {
  if (v instanceof PyByteArray) return { data: v.data, commit: () => {} };
  if (v instanceof PyMemoryView) {
    v.check();
    if (v.readonly || !isContiguous(v)) return undefined;
    return { data: v.bytes(), commit: () => v.written() };
  }
  const exporter = exporterHooks.of(v);
  if (exporter === undefined) return undefined;
  const data = exporter.pack();
  return { data, commit: () => exporter.unpack(data) };
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
    const view = new PyMemoryView(obj, obj.base, obj.offset, obj.length, obj.step);
    view.format = obj.format;
    view.itemsize = obj.itemsize;
    view.shape = obj.shape;
    return view;
  }
  if (obj instanceof PyBytes || obj instanceof PyByteArray)
    return new PyMemoryView(obj, obj, 0, obj.data.length, 1);
  const exporter = exporterHooks.of(obj);
  if (exporter) {
    const data = exporter.pack();
    const view = new PyMemoryView(obj, new PyBytes(data), 0, data.length / exporter.itemsize, 1, exporter);
    view.format = exporter.format;
    view.itemsize = exporter.itemsize;
    return view;
  }
  throw typeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
}

function itemsOf(m: PyMemoryView): PyObject[] {
  if (m.format === "B") return Array.from(m.bytes());
  const out: PyObject[] = [];
  for (let k = 0; k < m.length; k++) out.push(readItem(m, k));
  return out;
}

function dims(m: PyMemoryView): number[] {
  return m.shape ?? [m.length];
}

/** memoryview.tolist(): the flat items nested into lists along every dimension. */
function nested(items: PyObject[], shape: number[]): PyObject {
  if (shape.length === 1) return new PyList(items);
  const n = items.length / shape[0]!;
  const rows: PyObject[] = [];
  for (let k = 0; k < items.length; k += n) rows.push(nested(items.slice(k, k + n), shape.slice(1)));
  return new PyList(rows);
}

/** The flat item number of a full multi-dimensional index (m[i, j]). */
function flatIndex(m: PyMemoryView, key: PyTuple): number {
  const shape = dims(m);
  if (key.items.length < shape.length) throw notImplementedError("sub-views are not implemented");
  if (key.items.length > shape.length)
    throw typeError(`cannot index ${shape.length}-dimension view with ${key.items.length}-element tuple`);
  let flat = 0;
  key.items.forEach((k, d) => {
    if (!isIndexLike(k)) throw typeError("memoryview: invalid slice key");
    let i = indexArg(typeof k === "boolean" ? Number(k) : k);
    if (i < 0) i += shape[d]!;
    if (i < 0 || i >= shape[d]!) throw indexError(`index out of bounds on dimension ${d + 1}`);
    flat = flat * shape[d]! + i;
  });
  m.check();
  return flat;
}

/** Strides of a C-contiguous view with the given dimensions. */
function contiguousStrides(shape: number[], itemsize: number): number[] {
  const out: number[] = [];
  let stride = itemsize;
  for (let d = shape.length - 1; d >= 0; d--) {
    out.unshift(stride);
    stride *= shape[d]!;
  }
  return out;
}

function mv(self: PyObject): PyMemoryView {
  if (!(self instanceof PyMemoryView)) throw typeError(`descriptor requires a 'memoryview' object`);
  self.check();
  return self;
}

/** The item number `key` selects in a one-dimensional view. */
function itemNumber(m: PyMemoryView, key: PyObject): number {
  let i = indexArg(typeof key === "boolean" ? Number(key) : key);
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) throw indexError("index out of bounds on dimension 1");
  // __index__ may have released the view.
  m.check();
  return i;
}

function itemIndex(m: PyMemoryView, key: PyObject): number {
  return m.offset + itemNumber(m, key) * m.step;
}

/** The bytes of the right-hand side of a slice assignment, which must hold `n` items of
 * the view's format. */
function sourceBytes(value: PyObject, format: string, n: number): Uint8Array {
  let src: PyMemoryView;
  try {
    src = newMemoryView(value);
  } catch (e) {
    if (e instanceof PyBaseException && e.type === exceptionType("TypeError"))
      throw typeError(`a bytes-like object is required, not '${typeName(value)}'`);
    throw e;
  }
  try {
    if (src.format !== format || src.shape !== null || src.length !== n)
      throw valueError("memoryview assignment: lvalue and rvalue have different structures");
    return src.bytes().slice();
  } finally {
    src.release();
  }
}

const INT_RANGES: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n],
  B: [0n, 255n],
  h: [-32768n, 32767n],
  H: [0n, 65535n],
  i: [-2147483648n, 2147483647n],
  I: [0n, 4294967295n],
};

/** Converts with `convert`, reporting its TypeError or OverflowError as memoryview does. */
function converted<T>(format: string, convert: () => T): T {
  try {
    return convert();
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    if (e.type.isSubtypeOf(exceptionType("TypeError")))
      throw typeError(`memoryview: invalid type for format '${format}'`);
    if (e.type.isSubtypeOf(exceptionType("OverflowError")))
      throw valueError(`memoryview: invalid value for format '${format}'`);
    throw e;
  }
}

/** Packs `value` into item `k` of the view, with memoryview's type and range errors. */
function writeItem(m: PyMemoryView, k: number, value: PyObject): void {
  const write = packer(m.format, value);
  // Converting the value runs Python code, which may have released the view.
  m.check();
  const d = m.base.data;
  write(new DataView(d.buffer, d.byteOffset + m.offset + k * m.step * m.itemsize, m.itemsize));
}

/** Converts `value` for format `fmt` and returns how to store it. */
function packer(fmt: string, value: PyObject): (view: DataView) => void {
  const invalidValue = (): never => {
    throw valueError(`memoryview: invalid value for format '${fmt}'`);
  };
  switch (fmt) {
    case "c": {
      if (!(value instanceof PyBytes)) throw typeError(`memoryview: invalid type for format 'c'`);
      if (value.data.length !== 1) invalidValue();
      const byte = value.data[0]!;
      return (view) => view.setUint8(0, byte);
    }
    case "?": {
      const flag = isTrue(value) ? 1 : 0;
      return (view) => view.setUint8(0, flag);
    }
    case "f":
    case "d": {
      const x = converted(fmt, () => toFloat(value));
      return (view) => (fmt === "f" ? view.setFloat32(0, x, true) : view.setFloat64(0, x, true));
    }
  }
  const v = BigInt(converted(fmt, () => index(value)));
  const signed = fmt === "l" || fmt === "q" || fmt === "n";
  const [lo, hi] = INT_RANGES[fmt] ?? (signed ? [-(2n ** 63n), 2n ** 63n - 1n] : [0n, 2n ** 64n - 1n]);
  if (v < lo || v > hi) invalidValue();
  return (view) => {
    const size = view.byteLength;
    if (size === 8) view.setBigUint64(0, BigInt.asUintN(64, v), true);
    else if (size === 4) view.setUint32(0, Number(BigInt.asUintN(32, v)), true);
    else if (size === 2) view.setUint16(0, Number(BigInt.asUintN(16, v)), true);
    else view.setUint8(0, Number(BigInt.asUintN(8, v)));
  };
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
    return dims(mv(self))[0]!;
  },
  __getitem__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    const m = mv(self);
    const key = args[0]!;
    if (m.shape !== null) return getNested(m, key);
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, m.length);
      const view = new PyMemoryView(m, m.base, m.offset + start * m.step * m.itemsize, n, step * m.step);
      view.format = m.format;
      view.itemsize = m.itemsize;
      return view;
    }
    if (isIndexLike(key)) {
      if (m.format !== "B") {
        let i = indexArg(typeof key === "boolean" ? Number(key) : key);
        if (i < 0) i += m.length;
        if (i < 0 || i >= m.length) throw indexError("index out of bounds on dimension 1");
        return readItem(m, i);
      }
      return m.data()[itemIndex(m, key)]!;
    }
    if (key instanceof PyTuple) return key.items.length === 0 ? m : readItem(m, tupleItem(m, key, false));
    throw typeError("memoryview: invalid slice key");
  },
  __setitem__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 2);
    const m = mv(self);
    if (m.readonly) throw typeError("cannot modify read-only memory");
    const [key, value] = args as [PyObject, PyObject];
    if (key instanceof PyTuple && key.items.length > 0) {
      m.data();
      writeItem(m, tupleItem(m, key, true), value);
      m.written();
      return None;
    }
    if (m.shape !== null) {
      if (key instanceof PySlice)
        throw notImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
      throw notImplementedError("sub-views are not implemented");
    }
    m.data();
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, m.length);
      m.check();
      const src = sourceBytes(value, m.format, n);
      const size = m.itemsize;
      for (let k = 0; k < n; k++)
        m.base.data.set(
          src.subarray(k * size, (k + 1) * size),
          m.offset + (start + k * step) * m.step * size,
        );
      m.written();
      return None;
    }
    if (!isIndexLike(key)) throw typeError("memoryview: invalid slice key");
    writeItem(m, itemNumber(m, key), value);
    m.written();
    return None;
  },
  __eq__: (self, args) => {
    const m = self as PyMemoryView;
    const other = args[0]!;
    if (m.released || (other instanceof PyMemoryView && other.released)) return self === other;
    const b = bufferOf(other);
    if (b === undefined) return NotImplemented;
    // Views of different dimensions differ whatever their bytes.
    const otherShape = other instanceof PyMemoryView ? other.shape : null;
    if ((m.shape !== null || otherShape !== null) && dims(m).join() !== (otherShape ?? [b.length]).join())
      return false;
    const a = m.bytes();
    return a.length === b.length && a.every((x, i) => x === b[i]);
  },
  __hash__: (self) => {
    // A hash taken before release() stays available afterwards, as in CPython.
    if (self instanceof PyMemoryView && self.hash !== undefined) return self.hash;
    const m = mv(self);
    if (!m.readonly) throw valueError("cannot hash writable memoryview object");
    return (m.hash = bytesHash(m.bytes()));
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
  __iter__: (self) => {
    const m = mv(self);
    if (m.shape !== null) throw notImplementedError("multi-dimensional sub-views are not implemented");
    return getIter(new PyList(itemsOf(m)));
  },
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
    const m = mv(self);
    return nested(itemsOf(m), dims(m));
  },
  toreadonly: (self, args, kwnames) => {
    noArgs("memoryview.toreadonly", args, kwnames);
    const m = mv(self);
    const ro = new PyMemoryView(m, m.base, m.offset, m.length, m.step);
    ro.format = m.format;
    ro.itemsize = m.itemsize;
    ro.shape = m.shape;
    ro.ro = true;
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
    const newShape = shape === undefined ? null : castShape(m, shape);
    if (newShape === null && nbytes % size !== 0)
      throw typeError("memoryview: length is not a multiple of itemsize");
    if (newShape !== null && newShape.reduce((a, b) => a * b, size) !== nbytes)
      throw typeError("memoryview: product(shape) * itemsize != buffer size");
    const view = new PyMemoryView(m, m.base, m.offset, nbytes / size, 1);
    view.format = fs;
    view.itemsize = size;
    view.shape = newShape !== null && newShape.length > 1 ? newShape : null;
    return view;
  },
});

/** The `shape` argument of cast(): a list or tuple of positive ints, for a 1-D view. */
function castShape(m: PyMemoryView, shape: PyObject): number[] {
  if (!(shape instanceof PyList || shape instanceof PyTuple))
    throw typeError("shape must be a list or a tuple");
  const items = shape.items;
  if (m.shape !== null && items.length !== 1)
    throw typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
  if (items.length > 64) throw valueError("memoryview: number of dimensions must not exceed 64");
  return items.map((v) => {
    if (!isInt(v)) throw typeError("memoryview.cast(): elements of shape must be integers");
    if (typeof v !== "number" || v <= 0)
      throw valueError("memoryview.cast(): elements of shape must be integers > 0");
    return v;
  });
}

/** The item a tuple key (m[i, j]) selects; tuples of slices are not supported (by
 * CPython either), and mixtures of indices and slices are not keys at all. */
function tupleItem(m: PyMemoryView, key: PyTuple, assigning: boolean): number {
  if (key.items.every(isIndexLike)) return flatIndex(m, key);
  if (key.items.every((k) => k instanceof PySlice))
    throw notImplementedError(
      assigning
        ? "memoryview slice assignments are currently restricted to ndim = 1"
        : "multi-dimensional slicing is not implemented",
    );
  throw typeError("memoryview: invalid slice key");
}

/** Indexing a multi-dimensional view: only single items (m[i, j]) are supported. */
function getNested(m: PyMemoryView, key: PyObject): PyObject {
  if (key instanceof PyTuple) {
    if (key.items.length === 0) return m;
    return readItem(m, tupleItem(m, key, false));
  }
  if (key instanceof PySlice)
    throw notImplementedError("memoryview: slicing a multi-dimensional view is not supported");
  if (isIndexLike(key)) throw notImplementedError("multi-dimensional sub-views are not implemented");
  throw typeError("memoryview: invalid slice key");
}

const getters: Record<string, [(self: PyObject) => PyObject]> = {
  obj: [(self) => mv(self).owner],
  nbytes: [(self) => mv(self).length * mv(self).itemsize],
  readonly: [(self) => mv(self).readonly],
  itemsize: [(self) => mv(self).itemsize],
  format: [(self) => mv(self).format],
  ndim: [(self) => dims(mv(self)).length],
  shape: [(self) => new PyTuple(dims(mv(self)))],
  strides: [
    (self) => {
      const m = mv(self);
      if (m.shape !== null) return new PyTuple(contiguousStrides(m.shape, m.itemsize));
      return new PyTuple([m.step * m.itemsize]);
    },
  ],
  suboffsets: [(self) => (mv(self), new PyTuple([]))],
  c_contiguous: [(self) => isContiguous(mv(self))],
  f_contiguous: [
    (self) => {
      // A C-ordered layout is also Fortran-ordered only when at most one dimension varies.
      const m = mv(self);
      return isContiguous(m) && dims(m).filter((n) => n > 1).length <= 1;
    },
  ],
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
