// bytearray: the mutable byte sequence. The read-only methods are bytes.ts's shared
// table (returning bytearrays); this file adds mutation, hashing's absence and the
// constructor.

import { repeatCount } from "./iterators.js";
import { bytearrayType, bytesType, None, NotImplemented } from "./bootstrap.js";
import { indexError, typeError, valueError } from "./exceptions.js";
import {
  builtinFunction,
  builtinStaticMethod,
  PyBuiltinFunction,
  defineClassMethods,
  defineMethods,
  type KwNames,
  defineSequenceMethods,
} from "./function.js";
import { isInt, typeOf, type PyObject } from "./object.js";
import { typeName } from "./names.js";
import { callSpecial } from "./call.js";
import { newTuple } from "./tuple.js";
import { PyType } from "./type.js";
import {
  bufferOf,
  byteValue,
  bytesFromIterable,
  bytesFromObject,
  latin1,
  BYTEARRAY_REPEAT,
  bytearrayIteratorType,
  fromHexMethod,
  PyByteArray,
  PyBytes,
  PyBytesIterator,
  sharedBytesMethods,
} from "./bytes.js";
import { clinicArgs, clinicKwArgs, indexArg, noArgs, oneArg, slotArgs, ssizeArg } from "./str_args.js";
import { PySlice } from "./str_runtime.js";
import { sliceIndices } from "./slice.js";

function ba(self: PyObject): PyByteArray {
  if (self instanceof PyByteArray) return self;
  throw typeError(`descriptor requires a 'bytearray' object but received a '${typeName(self)}'`);
}

function setItem(self: PyByteArray, key: PyObject, value: PyObject | null): void {
  const len = self.length;
  if (key instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(key, len);
    let repl: Uint8Array;
    if (value === null) repl = new Uint8Array(0);
    else {
      const b = bufferOf(value);
      if (b !== undefined) repl = b.slice();
      else if (isInt(value) || typeof value === "boolean")
        throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      else repl = bytesFromIterable(value);
    }
    if (step === 1) {
      self.splice(start, Math.max(start, stop), repl);
      return;
    }
    // Assigning nothing to an extended slice deletes it, as bytearray_ass_subscript does.
    if (value === null || repl.length === 0) {
      const keep: number[] = [];
      const drop = new Set<number>();
      for (let k = 0, i = start; k < n; k++, i += step) drop.add(i);
      const d = self.data;
      for (let i = 0; i < d.length; i++) if (!drop.has(i)) keep.push(d[i]!);
      self.splice(0, self.length, Uint8Array.from(keep));
      return;
    }
    if (repl.length !== n)
      throw valueError(`attempt to assign bytes of size ${repl.length} to extended slice of size ${n}`);
    for (let k = 0, i = start; k < n; k++, i += step) self.buf[i] = repl[k]!;
    return;
  }
  if (!isInt(key) && typeof key !== "boolean" && typeOf(key).lookup("__index__") === undefined)
    throw typeError(`bytearray indices must be integers or slices, not ${typeName(key)}`);
  let i = indexArg(typeof key === "boolean" ? Number(key) : key);
  // The value before the range check (GH-91153): its __index__ may resize the array.
  const byte = value === null ? -1 : byteValue(value);
  const n = self.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError("bytearray index out of range");
  if (value === null) self.splice(i, i + 1, new Uint8Array(0));
  else self.buf[i] = byte;
}

export function bytearrayInit(self: PyObject, args: PyObject[], kwnames: KwNames): void {
  const b = ba(self);
  const [src, enc, err] = clinicKwArgs("bytearray", ["source", "encoding", "errors"], args, kwnames);
  const data = bytesFromObject("bytearray", src, enc, err, true);
  b.splice(0, b.length, data);
}

/** bytearray's pickling: its class, the arguments that remake its bytes (for protocols
 * before 3 a latin-1 str and the codec's name, as Python 2's pickles had them) and the
 * state `__getstate__` gives (a subclass's attributes). */
function reduceByteArray(b: PyByteArray, proto: number): PyObject {
  const state = callSpecial(b, "__getstate__") ?? None;
  const remake =
    b.length === 0 ? [] : proto < 3 ? [latin1(b.data), "latin-1"] : [new PyBytes(b.data.slice())];
  return newTuple([b.type, newTuple(remake), state]);
}

defineMethods(bytearrayType, {
  ...sharedBytesMethods,
  __init__: (self, args, kwnames) => {
    bytearrayInit(self, args, kwnames);
    return None;
  },
  __iter__: (self) => new PyBytesIterator(ba(self), bytearrayIteratorType),
  __setitem__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 2);
    setItem(ba(self), args[0]!, args[1]!);
    return None;
  },
  __delitem__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    setItem(ba(self), args[0]!, null);
    return None;
  },
  __iadd__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    const b = bufferOf(args[0]!);
    if (b === undefined) throw typeError(`can't concat ${typeName(args[0]!)} to bytearray`);
    const s = ba(self);
    s.splice(s.length, s.length, b.slice());
    return s;
  },
  __imul__: (self, args, kwnames) => {
    slotArgs(args, kwnames, 1);
    const s = ba(self);
    const n = args[0]!;
    const count = repeatCount(n, s.length, BYTEARRAY_REPEAT);
    if (count === undefined) throw typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
    const d = s.data.slice();
    const out = new Uint8Array(d.length * count);
    for (let i = 0; i < count; i++) out.set(d, i * d.length);
    s.splice(0, s.length, out);
    return s;
  },
  __alloc__: (self) => ba(self).buf.length + 1,
  __reduce__: (self, args, kwnames) => {
    noArgs("bytearray.__reduce__", args, kwnames);
    return reduceByteArray(ba(self), 2);
  },
  __reduce_ex__: (self, args, kwnames) => {
    clinicArgs("__reduce_ex__", "bytearray.__reduce_ex__", args, kwnames, 0, 1);
    return reduceByteArray(ba(self), args.length > 0 ? indexArg(args[0]!) : 0);
  },
  append: (self, args, kwnames) => {
    const s = ba(self);
    const v = byteValue(oneArg("bytearray.append", args, kwnames));
    s.splice(s.length, s.length, Uint8Array.of(v));
    return None;
  },
  extend: (self, args, kwnames) => {
    const s = ba(self);
    const v = oneArg("bytearray.extend", args, kwnames);
    const b = bufferOf(v);
    if (b === undefined && strOrInt(v)) throw typeError(`can't extend bytearray with ${typeName(v)}`);
    const data = b !== undefined ? b.slice() : bytesFromIterable(v, false, true);
    s.splice(s.length, s.length, data);
    return None;
  },
  insert: (self, args, kwnames) => {
    clinicArgs("insert", "bytearray.insert", args, kwnames, 2, 2);
    const s = ba(self);
    let i = ssizeArg(args[0]!);
    const v = byteValue(args[1]!);
    if (i < 0) i = Math.max(0, i + s.length);
    if (i > s.length) i = s.length;
    s.splice(i, i, Uint8Array.of(v));
    return None;
  },
  pop: (self, args, kwnames) => {
    clinicArgs("pop", "bytearray.pop", args, kwnames, 0, 1);
    const s = ba(self);
    if (s.length === 0) throw indexError("pop from empty bytearray");
    let i = args[0] === undefined ? -1 : ssizeArg(args[0]);
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) throw indexError("pop index out of range");
    const v = s.buf[i]!;
    s.splice(i, i + 1, new Uint8Array(0));
    return v;
  },
  remove: (self, args, kwnames) => {
    const s = ba(self);
    const v = byteValue(oneArg("bytearray.remove", args, kwnames));
    const i = s.data.indexOf(v);
    if (i < 0) throw valueError("value not found in bytearray");
    s.splice(i, i + 1, new Uint8Array(0));
    return None;
  },
  clear: (self, args, kwnames) => {
    noArgs("bytearray.clear", args, kwnames);
    const s = ba(self);
    s.splice(0, s.length, new Uint8Array(0));
    return None;
  },
  copy: (self, args, kwnames) => {
    noArgs("bytearray.copy", args, kwnames);
    return new PyByteArray(ba(self).data.slice());
  },
  reverse: (self, args, kwnames) => {
    noArgs("bytearray.reverse", args, kwnames);
    ba(self).data.reverse();
    return None;
  },
});
defineSequenceMethods(bytearrayType, ["__add__", "__iadd__", "__mul__", "__rmul__", "__imul__"]);
bytearrayType.dict.set("__hash__", None);
bytearrayType.dict.set(
  "__new__",
  builtinFunction(
    "__new__",
    (args) => {
      const cls = args[0];
      if (!(cls instanceof PyType) || !cls.isSubtypeOf(bytearrayType))
        throw typeError("bytearray.__new__(X): X is not a subtype of bytearray");
      return new PyByteArray(new Uint8Array(0), cls);
    },
    null,
  ),
);
bytearrayType.dict.set(
  "maketrans",
  builtinStaticMethod(
    bytearrayType,
    "maketrans",
    (bytesType.dict.get("maketrans") as PyBuiltinFunction).call,
  ),
);
bytearrayType.modified();
defineClassMethods(bytearrayType, {
  fromhex: (cls, args, kwnames) => fromHexMethod(cls as PyType, args, kwnames),
});

function strOrInt(v: PyObject): boolean {
  return typeof v === "string" || isInt(v) || typeof v === "boolean";
}

export { NotImplemented, PyBytes };
