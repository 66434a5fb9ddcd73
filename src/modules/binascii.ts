// The `binascii` module as Lib/base64.py, Lib/uu.py and friends use it: base64 and hex in
// both directions with CPython's errors (binascii.Error is a ValueError), crc32 and
// crc_hqx. The quoted-printable and uuencode codecs are not provided yet (quopri falls
// back to Python when they are missing).

import { None, typeType } from "../objects/bootstrap.js";
import { bufferOf, hexOf, latin1, newBytes } from "../objects/bytes.js";
import { call } from "../objects/call.js";
import { index, isTrue } from "../objects/abstract.js";
import { exceptionType, newException, typeError, valueError } from "../objects/exceptions.js";
import { builtinFunction, type KwNames } from "../objects/function.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { registerNativeModule } from "./registry.js";
import { parseKw } from "./itertools_helpers.js";

let errorTypes: [PyType, PyType] | null = null;

function makeError(name: string, base: string): PyType {
  const ns = new PyDict();
  ns.setStr("__module__", "binascii");
  return call(typeType, [name, new PyTuple([exceptionType(base)]), ns]) as PyType;
}

function types(): [PyType, PyType] {
  return (errorTypes ??= [makeError("Error", "ValueError"), makeError("Incomplete", "Exception")]);
}

function error(msg: string): never {
  throw newException(types()[0], strFromJS(msg));
}

/** A bytes-like object, or an ASCII str for the a2b_ functions. */
export function asciiData(v: PyObject): Uint8Array {
  if (isStr(v)) {
    const s = jsString(v);
    if (/[^\x00-\x7f]/.test(s)) throw valueError("string argument should contain only ASCII characters");
    return Uint8Array.from(s, (c) => c.charCodeAt(0));
  }
  const b = bufferOf(v);
  if (b === undefined)
    throw typeError(`argument should be bytes, buffer or ASCII string, not '${typeOf(v).name}'`);
  return b;
}

function bytesData(v: PyObject): Uint8Array {
  const b = isStr(v) ? undefined : bufferOf(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;

export function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  let s = "";
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const n = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    s += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = data.length - i;
  if (rest === 1) {
    const n = data[i]! << 16;
    s += B64[n >> 18]! + B64[(n >> 12) & 63]! + "==";
  } else if (rest === 2) {
    const n = (data[i]! << 16) | (data[i + 1]! << 8);
    s += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + "=";
  }
  if (newline) s += "\n";
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** a2b_base64 with CPython's non-strict rules: non-alphabet characters are skipped, and
 * data after the padding that completes a quad ends the decoding. */
export function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  let quad = 0,
    acc = 0,
    pads = 0;
  let paddingStarted = false;
  if (strict && data.length > 0 && data[0] === 61) error("Leading padding not allowed");
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === 61) {
      paddingStarted = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.length) error("Excess data after padding");
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64_VALUE[c]!;
    if (v < 0) {
      if (strict) error("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) error("Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0:
        acc = v;
        quad = 1;
        break;
      case 1:
        out.push((acc << 2) | (v >> 4));
        acc = v & 0xf;
        quad = 2;
        break;
      case 2:
        out.push((acc << 4) | (v >> 2));
        acc = v & 0x3;
        quad = 3;
        break;
      default:
        out.push((acc << 6) | v);
        quad = 0;
    }
  }
  if (quad !== 0) {
    if (quad === 1) {
      let n = 0;
      for (const c of data) if (B64_VALUE[c]! >= 0) n++;
      error(
        `Invalid base64-encoded string: number of data characters (${n}) cannot be 1 more than a multiple of 4`,
      );
    }
    error("Incorrect padding");
  }
  return Uint8Array.from(out);
}

function unhex(data: Uint8Array): Uint8Array {
  if (data.length % 2 !== 0) error("Odd-length string");
  const out = new Uint8Array(data.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = parseInt(String.fromCharCode(data[2 * i]!), 16);
    const lo = parseInt(String.fromCharCode(data[2 * i + 1]!), 16);
    if (Number.isNaN(hi) || Number.isNaN(lo)) error("Non-hexadecimal digit found");
    out[i] = (hi << 4) | lo;
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** zlib's crc32 (also binascii.crc32): the running CRC of `data` after `value`. */
export function crc32(data: Uint8Array, value: number): number {
  let c = ~value >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** The starting value argument of crc32/adler32: an int reduced to 32 bits. */
export function u32Arg(v: PyObject | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  return Number(BigInt.asUintN(32, BigInt(index(v))));
}

function crcHqx(data: Uint8Array, crc: number): number {
  for (const b of data) {
    crc ^= b << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function fn(name: string, impl: (args: PyObject[], kwnames: KwNames) => PyObject): PyObject {
  return builtinFunction(name, impl, "binascii");
}

function hexlify(name: string): PyObject {
  return fn(name, (args, kwnames) => {
    const [data, sep, per] = parseKw(name, args, kwnames, ["data", "sep", "bytes_per_sep"], 1);
    const s = hexOf(bytesData(data!), sep, per);
    return newBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));
  });
}

function unhexlify(name: string): PyObject {
  return fn(name, (args) => {
    if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
    return newBytes(unhex(asciiData(args[0]!)));
  });
}

registerNativeModule("binascii", () => {
  const [Error, Incomplete] = types();
  return {
    Error,
    Incomplete,
    b2a_base64: fn("b2a_base64", (args, kwnames) => {
      const [data, newline] = parseKw("b2a_base64", args, kwnames, ["data", "newline"], 1);
      return newBytes(b2aBase64(bytesData(data!), newline === undefined || isTrue(newline)));
    }),
    a2b_base64: fn("a2b_base64", (args, kwnames) => {
      const [data, strict] = parseKw("a2b_base64", args, kwnames, ["data", "strict_mode"], 1);
      return newBytes(a2bBase64(asciiData(data!), strict !== undefined && isTrue(strict)));
    }),
    b2a_hex: hexlify("b2a_hex"),
    hexlify: hexlify("hexlify"),
    a2b_hex: unhexlify("a2b_hex"),
    unhexlify: unhexlify("unhexlify"),
    crc32: fn("crc32", (args) => crc32(bytesData(args[0]!), u32Arg(args[1], 0))),
    crc_hqx: fn("crc_hqx", (args) => {
      if (args.length !== 2) throw typeError(`crc_hqx expected 2 arguments, got ${args.length}`);
      return crcHqx(bytesData(args[0]!), Number(BigInt.asUintN(16, BigInt(index(args[1]!)))));
    }),
    __doc__: strFromJS("Conversion between binary data and ASCII"),
  };
});
void latin1;
void None;
