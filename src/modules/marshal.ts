// The `marshal` module for plain values (None, bool, int, float, complex, str, bytes,
// tuple, list, dict, set, frozenset, Ellipsis, StopIteration), in CPython's format
// version 4 — byte for byte except that dumps never emits back-references (CPython emits
// them depending on reference counts); loads accepts them. Code objects are not
// marshalled: Swallow's bytecode is not CPython's.

import { Ellipsis as EllipsisType, None, frozensetType } from "../objects/bootstrap.js";
import { bytesArg, newBytes, PyBytes } from "../objects/bytes.js";
import { PyComplex } from "../objects/complex.js";
import { PyDict } from "../objects/dict.js";
import { exceptionType, newException, typeError, valueError } from "../objects/exceptions.js";
import { newFloat, PyFloat } from "../objects/float.js";
import { PyList } from "../objects/list.js";
import type { PyObject } from "../objects/object.js";
import { newSet, PySet, setAdd, setItems } from "../objects/set.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import { callMethod } from "../objects/abstract.js";
import { fn } from "./_os_helpers.js";
import { registerNativeModule } from "./registry.js";
import { CodeObject } from "../compiler/code.js";
import { codeCacheConfig, deserializeCode, serializeCode } from "../vm/code_cache.js";

const codeKey = (): string => `marshal:${codeCacheConfig.tag}`;

const M = "marshal";

class Out {
  bytes: number[] = [];
  u8(b: number): void {
    this.bytes.push(b & 0xff);
  }
  i32(v: number): void {
    for (let i = 0; i < 4; i++) this.u8(v >> (8 * i));
  }
  raw(data: Uint8Array): void {
    for (const b of data) this.bytes.push(b);
  }
  f64(x: number): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, x, true);
    this.raw(b);
  }
}

function dump(o: Out, v: PyObject, depth: number): void {
  if (depth > 2000) throw valueError("object too deeply nested to marshal");
  if (v === None) o.u8(0x4e);
  else if (v === true) o.u8(0x54);
  else if (v === false) o.u8(0x46);
  else if (typeof v === "number" && v >= -0x80000000 && v <= 0x7fffffff) {
    o.u8(0x69);
    o.i32(v);
  } else if (typeof v === "number" || typeof v === "bigint") {
    let n = BigInt(v);
    const neg = n < 0n;
    if (neg) n = -n;
    const digits: number[] = [];
    while (n > 0n) {
      digits.push(Number(n & 0x7fffn));
      n >>= 15n;
    }
    o.u8(0x6c);
    o.i32(neg ? -digits.length : digits.length);
    for (const d of digits) {
      o.u8(d);
      o.u8(d >> 8);
    }
  } else if (v instanceof PyFloat) {
    o.u8(0x67);
    o.f64(v.value);
  } else if (v instanceof PyComplex) {
    o.u8(0x79);
    o.f64(v.real);
    o.f64(v.imag);
  } else if (isStr(v)) {
    const s = jsString(v);
    const data = new TextEncoder().encode(s);
    if (/^[\x00-\x7f]*$/.test(s)) {
      if (data.length < 256) {
        o.u8(0x7a);
        o.u8(data.length);
      } else {
        o.u8(0x61);
        o.i32(data.length);
      }
    } else {
      o.u8(0x75);
      o.i32(data.length);
    }
    o.raw(data);
  } else if (v instanceof PyBytes) {
    o.u8(0x73);
    o.i32(v.data.length);
    o.raw(v.data);
  } else if (v instanceof PyTuple) {
    if (v.items.length < 256) {
      o.u8(0x29);
      o.u8(v.items.length);
    } else {
      o.u8(0x28);
      o.i32(v.items.length);
    }
    for (const x of v.items) dump(o, x, depth + 1);
  } else if (v instanceof PyList) {
    o.u8(0x5b);
    o.i32(v.items.length);
    for (const x of v.items) dump(o, x, depth + 1);
  } else if (v instanceof PyDict) {
    o.u8(0x7b);
    for (const [k, x] of v.entriesIter()) {
      dump(o, k, depth + 1);
      dump(o, x, depth + 1);
    }
    o.u8(0x30);
  } else if (v instanceof PySet) {
    const items = setItems(v);
    o.u8(v.type === frozensetType ? 0x3e : 0x3c);
    o.i32(items.length);
    for (const x of items) dump(o, x, depth + 1);
  } else if (v === EllipsisType) o.u8(0x2e);
  else if (v instanceof CodeObject) {
    // Swallow's own code objects (its bytecode is not CPython's): the code cache's form,
    // tagged with the build, behind CPython's type code.
    const body = serializeCode(v, codeKey());
    o.u8(0x63);
    o.i32(body.length);
    o.raw(body);
  } else throw valueError("unmarshallable object");
}

class In {
  pos = 0;
  refs: PyObject[] = [];
  constructor(readonly data: Uint8Array) {}
  u8(): number {
    if (this.pos >= this.data.length)
      throw newException(exceptionType("EOFError"), "EOF read where object expected");
    return this.data[this.pos++]!;
  }
  i32(): number {
    let v = 0;
    for (let i = 0; i < 4; i++) v |= this.u8() << (8 * i);
    return v;
  }
  raw(n: number): Uint8Array {
    if (this.pos + n > this.data.length)
      throw newException(exceptionType("EOFError"), "marshal data too short");
    const b = this.data.slice(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
  f64(): number {
    return new DataView(this.raw(8).buffer).getFloat64(0, true);
  }
}

function load(i: In): PyObject {
  const code = i.u8();
  const flag = code & 0x80;
  const t = code & 0x7f;
  let slot = -1;
  if (flag) {
    slot = i.refs.length;
    i.refs.push(None);
  }
  const done = (v: PyObject): PyObject => {
    if (slot >= 0) i.refs[slot] = v;
    return v;
  };
  switch (String.fromCharCode(t)) {
    case "N":
      return None;
    case "T":
      return true;
    case "F":
      return false;
    case ".":
      return EllipsisType;
    case "S":
      return exceptionType("StopIteration");
    case "i":
      return done(i.i32());
    case "l": {
      const n = i.i32();
      let v = 0n;
      for (let k = 0; k < Math.abs(n); k++) v |= BigInt(i.u8() | (i.u8() << 8)) << BigInt(15 * k);
      v = n < 0 ? -v : v;
      return done(
        v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v,
      );
    }
    case "g":
      return done(newFloat(i.f64()));
    case "y":
      return done(new PyComplex(i.f64(), i.f64()));
    case "s":
      return done(newBytes(i.raw(i.i32())));
    case "c": {
      const code = deserializeCode(i.raw(i.i32()), codeKey());
      // A code object written by CPython, or by another build of Swallow.
      if (code === null) throw valueError("bad marshal data (code object of another Python build)");
      return done(code as unknown as PyObject);
    }
    case "u":
    case "t":
    case "a":
    case "A":
      return done(strFromJS(new TextDecoder("utf-8", { ignoreBOM: true }).decode(i.raw(i.i32()))));
    case "z":
    case "Z":
      return done(strFromJS(new TextDecoder("utf-8", { ignoreBOM: true }).decode(i.raw(i.u8()))));
    case ")":
    case "(": {
      const n = t === 0x29 ? i.u8() : i.i32();
      const items: PyObject[] = [];
      const tup = new PyTuple(items);
      done(tup);
      for (let k = 0; k < n; k++) items.push(load(i));
      return tup;
    }
    case "[": {
      const n = i.i32();
      const l = new PyList([]);
      done(l);
      for (let k = 0; k < n; k++) l.items.push(load(i));
      return l;
    }
    case "{": {
      const d = new PyDict();
      done(d);
      for (;;) {
        if (i.data[i.pos] === 0x30) {
          i.pos++;
          return d;
        }
        const k = load(i);
        d.set(k, load(i));
      }
    }
    case "<":
    case ">": {
      const n = i.i32();
      const s = newSet(t === 0x3e ? frozensetType : undefined);
      done(s);
      for (let k = 0; k < n; k++) setAdd(s, load(i));
      return s;
    }
    case "r": {
      const n = i.i32();
      const v = i.refs[n];
      if (v === undefined) throw valueError("bad marshal data (invalid reference)");
      return v;
    }
  }
  throw valueError("bad marshal data (unknown type code)");
}

registerNativeModule("marshal", () => ({
  version: 4,
  ...Object.fromEntries([
    fn(M, "dumps(value, version=4, /)", (v) => {
      const o = new Out();
      dump(o, v!, 0);
      return newBytes(Uint8Array.from(o.bytes));
    }),
    fn(M, "loads(bytes, /)", (b) => load(new In(bytesArg(b!)))),
    fn(M, "dump(value, file, version=4, /)", (v, f) => {
      const o = new Out();
      dump(o, v!, 0);
      callMethod(f!, "write", [newBytes(Uint8Array.from(o.bytes))]);
      return None;
    }),
    fn(M, "load(file, /)", (f) => {
      const data = callMethod(f!, "read", []);
      if (!(data instanceof PyBytes)) throw typeError("file.read() returned not bytes");
      return load(new In(data.data));
    }),
  ]),
}));
