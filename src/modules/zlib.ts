// The `zlib` module over the host's zlib (Node links the same library as CPython, so the
// compressed bytes equal CPython's for the same level, wbits, memLevel and strategy):
// one-shot compress/decompress, compressobj/decompressobj streams, crc32 and adler32, and
// the constants. zlib's errors are reported with CPython's "Error -3 while ..." texts.

import { None, typeType } from "../objects/bootstrap.js";
import { bufferOf, newBytes } from "../objects/bytes.js";
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

function inconsistent(): never {
  throw valueError("Inconsistent stream state");
}

defineMethods(compressType, {
  compress(self, args) {
    const c = self as PyCompress;
    if (c.finished) inconsistent();
    try {
      return newBytes(c.stream.process(dataArg(args[0]!), Z_NO_FLUSH));
    } catch (e) {
      zError(e, "compressing data");
    }
  },
  flush(self, args) {
    const c = self as PyCompress;
    const mode = intArg(args[0], Z_FINISH);
    if (mode === Z_NO_FLUSH) return newBytes(new Uint8Array(0));
    if (c.finished) inconsistent();
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

defineMethods(decompressType, {
  decompress(self, args, kwnames) {
    const d = self as PyDecompress;
    const [data] = parseKw("decompress", args, kwnames, ["data", "max_length"], 1);
    const input = dataArg(data!);
    if (d.eof) {
      const u = new Uint8Array(d.unusedData.length + input.length);
      u.set(d.unusedData);
      u.set(input, d.unusedData.length);
      d.unusedData = u;
      return newBytes(new Uint8Array(0));
    }
    try {
      const out = d.stream.process(input, Z_SYNC_FLUSH);
      const used = d.stream.consumed();
      if (used < input.length) {
        d.eof = true;
        d.unusedData = input.slice(used);
      }
      return newBytes(out);
    } catch (e) {
      zError(e, "decompressing data");
    }
  },
  flush(self) {
    const d = self as PyDecompress;
    if (!d.eof) {
      try {
        return newBytes(d.stream.process(new Uint8Array(0), Z_SYNC_FLUSH));
      } catch {
        return newBytes(new Uint8Array(0));
      }
    }
    return newBytes(new Uint8Array(0));
  },
});
defineGetSets(decompressType, {
  eof: [(self) => (self as PyDecompress).eof],
  unused_data: [(self) => newBytes((self as PyDecompress).unusedData)],
  unconsumed_tail: [(self) => newBytes((self as PyDecompress).unconsumedTail)],
});

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
      return newBytes(s.process(dataArg(data!), Z_FINISH));
    } catch (e) {
      zError(e, "decompressing data");
    } finally {
      s.close();
    }
  }),
  compressobj: fn("compressobj", (args, kwnames) => {
    const [level, , wbits, memLevel, strategy] = parseKw(
      "compressobj",
      args,
      kwnames,
      ["level", "method", "wbits", "memLevel", "strategy", "zdict"],
      0,
    );
    const lv = intArg(level, -1);
    checkLevel(lv);
    return new PyCompress(
      codecs().deflateStream(lv, intArg(wbits, 15), intArg(memLevel, 8), intArg(strategy, 0)),
    );
  }),
  decompressobj: fn("decompressobj", (args, kwnames) => {
    const [wbits] = parseKw("decompressobj", args, kwnames, ["wbits", "zdict"], 0);
    return new PyDecompress(codecs().inflateStream(intArg(wbits, 15)));
  }),
  crc32: fn("crc32", (args) => crc32(dataArg(args[0]!), u32Arg(args[1], 0))),
  adler32: fn("adler32", (args) => adler32(dataArg(args[0]!), u32Arg(args[1], 1))),
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
