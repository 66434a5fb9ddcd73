// The `zlib` module over the host's zlib (Node links the same library as CPython, so the
// compressed bytes equal CPython's for the same level, wbits, memLevel and strategy):
// one-shot compress/decompress, compressobj/decompressobj streams, crc32 and adler32, and
// the constants. zlib's errors are reported with CPython's "Error -3 while ..." texts.

import { None, typeType } from "../objects/bootstrap.js";
import { bufferOf, newBytes } from "../objects/bytes.js";
import { clinic, unpack } from "../objects/arg_clinic.js";
import { call } from "../objects/call.js";
import { index } from "../objects/abstract.js";
import { exceptionType, newException, typeError, valueError } from "../objects/exceptions.js";
import { builtinFunction, defineGetSets, defineMethods, type KwNames } from "../objects/function.js";
import { typeOf, type PyObject, type PyObjectBase } from "../objects/object.js";
import { PyDict } from "../objects/dict.js";
import { isStr, strFromJS } from "../objects/str.js";
import { PyTuple } from "../objects/tuple.js";
import type { PyType } from "../objects/type.js";
import type { HostCodecs, HostZStream } from "../host/host.js";
import { vm } from "../vm/state.js";
import { registerNativeModule } from "./registry.js";
import { crc32, u32Arg } from "./binascii.js";
import { moduleType, parseKw } from "./itertools_helpers.js";

const Z_NO_FLUSH = 0,
  Z_SYNC_FLUSH = 2,
  Z_FINISH = 4;

let zlibError: PyType | null = null;

function errorType(): PyType {
  if (zlibError === null) {
    const ns = new PyDict();
    ns.setStr("__module__", "zlib");
    zlibError = call(typeType, ["error", new PyTuple([exceptionType("Exception")]), ns]) as PyType;
  }
  return zlibError;
}

function codecs(): HostCodecs {
  const c = vm.host.codecs;
  if (c === undefined) throw newException(errorType(), strFromJS("zlib is not available on this host"));
  return c;
}

/** Turns a failure of the host's zlib into zlib.error with CPython's wording. */
function zError(e: unknown, what: string): never {
  const err = e as { code?: string; message?: string; errno?: number };
  if (err && typeof err.code === "string" && err.code.startsWith("Z_")) {
    let msg = err.message ?? "";
    let num = err.errno ?? -3;
    if (err.code === "Z_BUF_ERROR" || msg === "unexpected end of file") {
      num = -5;
      msg = "incomplete or truncated stream";
    } else if (msg === "Bad dictionary") {
      // CPython hands the dictionary to inflateSetDictionary when zlib asks, which rejects it.
      throw newException(errorType(), strFromJS("Error -3 while setting zdict: invalid input data"));
    } else if (err.code === "Z_NEED_DICT") {
      // zlib has no message for "needs a preset dictionary", and CPython shows none.
      throw newException(errorType(), strFromJS(`Error ${num} while ${what}`));
    }
    throw newException(errorType(), strFromJS(`Error ${num} while ${what}: ${msg}`));
  }
  throw e;
}

function dataArg(v: PyObject): Uint8Array {
  const b = isStr(v) ? undefined : bufferOf(v);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b;
}

function intArg(v: PyObject | undefined, dflt: number): number {
  return v === undefined ? dflt : Number(index(v));
}

function checkLevel(level: number): void {
  if (level < -1 || level > 9) throw newException(errorType(), strFromJS("Bad compression level"));
}

function compressAll(data: Uint8Array, level: number, wbits: number): Uint8Array {
  checkLevel(level);
  let s: HostZStream;
  try {
    s = codecs().deflateStream(level, wbits, 8, 0);
  } catch (e) {
    throw newException(errorType(), strFromJS(`Error -2 while compressing data: ${(e as Error).message}`));
  }
  try {
    return s.process(data, Z_FINISH);
  } catch (e) {
    zError(e, "compressing data");
  } finally {
    s.close();
  }
}

function adler32(data: Uint8Array, value: number): number {
  let a = value & 0xffff,
    b = (value >>> 16) & 0xffff;
  for (let i = 0; i < data.length;) {
    const end = Math.min(data.length, i + 3800);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

// ---- Compress / Decompress objects ----

const compressType = moduleType("zlib", "Compress", undefined, false);
const decompressType = moduleType("zlib", "Decompress", undefined, false);

class PyCompress implements PyObjectBase {
  type = compressType;
  finished = false;
  constructor(readonly stream: HostZStream) {}
}

class PyDecompress implements PyObjectBase {
  type = decompressType;
  eof = false;
  unusedData: Uint8Array = new Uint8Array(0);
  unconsumedTail: Uint8Array = new Uint8Array(0);
  constructor(readonly stream: HostZStream) {}
}

/** What CPython's zlib says of a Compress object used after its final flush: deflate()
 * on a finished stream is Z_STREAM_ERROR. */
function inconsistent(what: string): never {
  throw newException(errorType(), strFromJS(`Error -2 while ${what}: inconsistent stream state`));
}

const COMPRESS_SIG = clinic("compress(data, /)");
const COMPRESS_FLUSH_SIG = clinic("flush(mode=?, /)");
const DECOMPRESS_SIG = clinic("decompress(data, /, max_length=?)");
const DECOMPRESS_FLUSH_SIG = clinic("flush(length=?, /)");

defineMethods(compressType, {
  compress(self, args, kwnames) {
    const c = self as PyCompress;
    const [data] = unpack(COMPRESS_SIG, args, kwnames);
    const input = dataArg(data!);
    if (c.finished) inconsistent("compressing data");
    try {
      return newBytes(c.stream.process(input, Z_NO_FLUSH));
    } catch (e) {
      zError(e, "compressing data");
    }
  },
  flush(self, args, kwnames) {
    const c = self as PyCompress;
    const mode = intArg(unpack(COMPRESS_FLUSH_SIG, args, kwnames)[0], Z_FINISH);
    if (mode === Z_NO_FLUSH) return newBytes(new Uint8Array(0));
    if (c.finished) inconsistent("flushing");
    try {
      const out = c.stream.process(new Uint8Array(0), mode);
      if (mode === Z_FINISH) {
        c.finished = true;
        c.stream.close();
      }
      return newBytes(out);
    } catch (e) {
      zError(e, "flushing");
    }
  },
});

/** Runs `input` through `d` (at most `maxLength` bytes of output when positive), keeping
 * what it did not consume as CPython does: unused_data past the end of the stream,
 * unconsumed_tail when the output limit stopped it. */
function inflateInto(d: PyDecompress, input: Uint8Array, maxLength: number): Uint8Array {
  if (d.eof) {
    d.unusedData = joinBytes(d.unusedData, input);
    return new Uint8Array(0);
  }
  let out: Uint8Array;
  try {
    out = d.stream.process(input, Z_SYNC_FLUSH, maxLength > 0 ? maxLength : -1);
  } catch (e) {
    zError(e, "decompressing data");
  }
  const rest = input.subarray(d.stream.consumed());
  if (d.stream.atEnd()) {
    d.eof = true;
    d.unusedData = joinBytes(d.unusedData, rest);
    d.unconsumedTail = new Uint8Array(0);
  } else d.unconsumedTail = rest.slice();
  return out;
}

function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (b.length === 0) return a;
  const u = new Uint8Array(a.length + b.length);
  u.set(a);
  u.set(b, a.length);
  return u;
}

defineMethods(decompressType, {
  decompress(self, args, kwnames) {
    const d = self as PyDecompress;
    const [data, maxLength] = unpack(DECOMPRESS_SIG, args, kwnames);
    const input = dataArg(data!);
    const limit = intArg(maxLength, 0);
    if (limit < 0) throw valueError("max_length must be non-negative");
    return newBytes(inflateInto(d, input, limit));
  },
  flush(self, args, kwnames) {
    const d = self as PyDecompress;
    const length = intArg(unpack(DECOMPRESS_FLUSH_SIG, args, kwnames)[0], 16384);
    if (length <= 0) throw valueError("length must be greater than zero");
    // All the input left is decompressed, whatever the length (CPython's grows its buffer).
    return newBytes(inflateInto(d, d.unconsumedTail, 0));
  },
});
defineGetSets(decompressType, {
  eof: [(self) => (self as PyDecompress).eof],
  unused_data: [(self) => newBytes((self as PyDecompress).unusedData)],
  unconsumed_tail: [(self) => newBytes((self as PyDecompress).unconsumedTail)],
});

/** A stream made with options zlib refuses (wbits out of range...) is CPython's ValueError. */
function validOptions(make: () => HostZStream): HostZStream {
  try {
    return make();
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string })?.code?.startsWith("ERR_"))
      throw valueError("Invalid initialization option");
    throw e;
  }
}

function firstArg(name: string, args: PyObject[]): PyObject {
  if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  return args[0]!;
}

function fn(name: string, impl: (args: PyObject[], kwnames: KwNames) => PyObject): PyObject {
  return builtinFunction(name, impl, "zlib");
}

registerNativeModule("zlib", () => ({
  error: errorType(),
  compress: fn("compress", (args, kwnames) => {
    const [data, level, wbits] = parseKw("compress", args, kwnames, ["", "level", "wbits"], 1);
    return newBytes(compressAll(dataArg(data!), intArg(level, -1), intArg(wbits, 15)));
  }),
  decompress: fn("decompress", (args, kwnames) => {
    const [data, wbits] = parseKw("decompress", args, kwnames, ["", "wbits", "bufsize"], 1);
    const s = codecs().inflateStream(intArg(wbits, 15));
    try {
      const out = s.process(dataArg(data!), Z_SYNC_FLUSH);
      // What follows the end of the stream is ignored, as by CPython's.
      if (!s.atEnd())
        throw newException(
          errorType(),
          strFromJS("Error -5 while decompressing data: incomplete or truncated stream"),
        );
      return newBytes(out);
    } catch (e) {
      zError(e, "decompressing data");
    } finally {
      s.close();
    }
  }),
  compressobj: fn("compressobj", (args, kwnames) => {
    const [level, , wbits, memLevel, strategy, zdict] = parseKw(
      "compressobj",
      args,
      kwnames,
      ["level", "method", "wbits", "memLevel", "strategy", "zdict"],
      0,
    );
    const lv = intArg(level, -1);
    checkLevel(lv);
    const w = intArg(wbits, 15);
    const m = intArg(memLevel, 8);
    const st = intArg(strategy, 0);
    const dictionary = zdict === undefined ? undefined : dataArg(zdict);
    return new PyCompress(validOptions(() => codecs().deflateStream(lv, w, m, st, dictionary)));
  }),
  decompressobj: fn("decompressobj", (args, kwnames) => {
    const [wbits, zdict] = parseKw("decompressobj", args, kwnames, ["wbits", "zdict"], 0);
    const w = intArg(wbits, 15);
    let dictionary: Uint8Array | undefined;
    if (zdict !== undefined) {
      dictionary = isStr(zdict) ? undefined : bufferOf(zdict);
      if (dictionary === undefined) throw typeError("zdict argument must support the buffer protocol");
    }
    return new PyDecompress(validOptions(() => codecs().inflateStream(w, dictionary)));
  }),
  crc32: fn("crc32", (args) => crc32(dataArg(firstArg("crc32", args)), u32Arg(args[1], 0))),
  adler32: fn("adler32", (args) => adler32(dataArg(firstArg("adler32", args)), u32Arg(args[1], 1))),
  MAX_WBITS: 15,
  DEFLATED: 8,
  DEF_MEM_LEVEL: 8,
  DEF_BUF_SIZE: 16384,
  Z_NO_COMPRESSION: 0,
  Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9,
  Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1,
  Z_HUFFMAN_ONLY: 2,
  Z_RLE: 3,
  Z_FIXED: 4,
  Z_DEFAULT_STRATEGY: 0,
  Z_NO_FLUSH: 0,
  Z_PARTIAL_FLUSH: 1,
  Z_SYNC_FLUSH: 2,
  Z_FULL_FLUSH: 3,
  Z_FINISH: 4,
  Z_BLOCK: 5,
  Z_TREES: 6,
  ZLIB_VERSION: strFromJS("1.2.13"),
  ZLIB_RUNTIME_VERSION: strFromJS("1.2.13"),
  __version__: strFromJS("1.0"),
}));
void None;
