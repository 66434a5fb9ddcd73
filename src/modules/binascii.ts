// The `binascii` module: base64, hex, uuencode and quoted-printable in both directions
// with CPython's errors (binascii.Error is a ValueError), crc32 and crc_hqx. The a2b_
// functions also take ASCII str; the b2a_ ones want a C-contiguous bytes-like object.

import { typeType } from "../objects/bootstrap.js";
import { hexOf, newBytes } from "../objects/bytes.js";
import { simpleBufferOf } from "../objects/memoryview.js";
import { clinicArgs, clinicKwArgs, intArg, noKeywords } from "../objects/str_args.js";
import { call } from "../objects/call.js";
import { index } from "../objects/abstract.js";
import {
  exceptionType,
  newException,
  PyBaseException,
  typeError,
  valueError,
} from "../objects/exceptions.js";
import { builtinFunction, type KwNames } from "../objects/function.js";
import { typeOf, type PyObject } from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import { registerNativeModule } from "./registry.js";
import { parseKw } from "./itertools_helpers.js";
import { a2bQp, a2bUu, b2aQp, b2aUu, UU_MAX_LINE } from "./binascii_text.js";

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
  // Any failure to get a simple buffer (strided or released views too) reads as a type error.
  let b: Uint8Array | undefined;
  try {
    b = simpleBufferOf(v);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  if (b === undefined)
    throw typeError(`argument should be bytes, buffer or ASCII string, not '${typeOf(v).name}'`);
  return b;
}

function bytesData(v: PyObject): Uint8Array {
  const b = isStr(v) ? undefined : simpleBufferOf(v);
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

/** METH_O functions: "binascii.a2b_hex() takes exactly one argument (0 given)". */
function oneArg(name: string, args: PyObject[], kwnames: KwNames): PyObject {
  noKeywords(`binascii.${name}`, kwnames);
  if (args.length !== 1)
    throw typeError(`binascii.${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** A positional-only `data` followed by keyword-only flags, as Argument Clinic parses them. */
function dataAndFlags(
  name: string,
  args: PyObject[],
  kwnames: KwNames,
  flags: readonly string[],
): [PyObject, (PyObject | undefined)[]] {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const max = 1 + flags.length;
  if (args.length > max) throw typeError(`${name}() takes at most ${max} arguments (${args.length} given)`);
  if (npos !== 1) throw typeError(`${name}() takes exactly 1 positional argument (${npos} given)`);
  const values: (PyObject | undefined)[] = flags.map(() => undefined);
  for (let k = 0; k < nkw; k++) {
    const i = flags.indexOf(kwnames![k]!);
    if (i < 0) throw typeError(`'${kwnames![k]!}' is an invalid keyword argument for ${name}()`);
    values[i] = args[npos + k];
  }
  return [args[0]!, values];
}

/** A flag converted like a C int (so floats are refused), then read as a truth value. */
function flag(v: PyObject | undefined, dflt: boolean): boolean {
  return v === undefined ? dflt : intArg(v) !== 0;
}

function unhexlify(name: string): PyObject {
  return fn(name, (args, kwnames) => newBytes(unhex(asciiData(oneArg(name, args, kwnames)))));
}

function uuFunctions(): Record<string, PyObject> {
  return {
    a2b_uu: fn("a2b_uu", (args, kwnames) =>
      newBytes(a2bUu(asciiData(oneArg("a2b_uu", args, kwnames)), error)),
    ),
    b2a_uu: fn("b2a_uu", (args, kwnames) => {
      const [data, [backtick]] = dataAndFlags("b2a_uu", args, kwnames, ["backtick"]);
      const bytes = bytesData(data);
      const tick = flag(backtick, false);
      if (bytes.length > UU_MAX_LINE) error(`At most ${UU_MAX_LINE} bytes at once`);
      return newBytes(b2aUu(bytes, tick));
    }),
  };
}

function qpFunctions(): Record<string, PyObject> {
  return {
    a2b_qp: fn("a2b_qp", (args, kwnames) => {
      const [data, header] = clinicKwArgs("a2b_qp", ["data", "header"], args, kwnames, 1);
      return newBytes(a2bQp(asciiData(data!), flag(header, false)));
    }),
    b2a_qp: fn("b2a_qp", (args, kwnames) => {
      const params = ["data", "quotetabs", "istext", "header"];
      const [data, quotetabs, istext, header] = clinicKwArgs("b2a_qp", params, args, kwnames, 1);
      const bytes = bytesData(data!);
      const options = {
        quotetabs: flag(quotetabs, false),
        istext: flag(istext, true),
        header: flag(header, false),
      };
      return newBytes(b2aQp(bytes, options));
    }),
  };
}

registerNativeModule("binascii", () => {
  const [Error, Incomplete] = types();
  return {
    Error,
    Incomplete,
    b2a_base64: fn("b2a_base64", (args, kwnames) => {
      const [data, [newline]] = dataAndFlags("b2a_base64", args, kwnames, ["newline"]);
      const bytes = bytesData(data);
      return newBytes(b2aBase64(bytes, flag(newline, true)));
    }),
    a2b_base64: fn("a2b_base64", (args, kwnames) => {
      const [data, [strict]] = dataAndFlags("a2b_base64", args, kwnames, ["strict_mode"]);
      const bytes = asciiData(data);
      return newBytes(a2bBase64(bytes, flag(strict, false)));
    }),
    ...uuFunctions(),
    ...qpFunctions(),
    b2a_hex: hexlify("b2a_hex"),
    hexlify: hexlify("hexlify"),
    a2b_hex: unhexlify("a2b_hex"),
    unhexlify: unhexlify("unhexlify"),
    crc32: fn("crc32", (args, kwnames) => {
      clinicArgs("crc32", "binascii.crc32", args, kwnames, 1, 2);
      return crc32(bytesData(args[0]!), u32Arg(args[1], 0));
    }),
    crc_hqx: fn("crc_hqx", (args, kwnames) => {
      noKeywords("binascii.crc_hqx", kwnames);
      if (args.length !== 2) throw typeError(`crc_hqx expected 2 arguments, got ${args.length}`);
      return crcHqx(bytesData(args[0]!), Number(BigInt.asUintN(16, BigInt(index(args[1]!)))));
    }),
    __doc__: strFromJS("Conversion between binary data and ASCII"),
  };
});
