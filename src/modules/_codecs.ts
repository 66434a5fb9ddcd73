// The `_codecs` module: what Lib/codecs.py and Lib/encodings/ import. The codec
// registry itself is Python's (encodings.search_function, registered by
// encodings/__init__.py); this module keeps the search functions and a cache, and
// exposes the built-in codecs of src/objects/codecs.ts as `*_encode` / `*_decode`
// functions returning (result, length consumed).
//
// Importing this module also installs the text and bytes types' methods and registers
// `memoryview` as a builtin.

import "../objects/str_methods.js";
import "../objects/str_format.js";
import "../objects/percent_format.js";
import "../objects/bytes.js";
import "../objects/bytearray.js";
import { memoryviewType } from "../objects/memoryview.js";
import { None } from "../objects/bootstrap.js";
import { call } from "../objects/call.js";
import { exceptionType, newException, PyBaseException, typeError } from "../objects/exceptions.js";
import { builtinFunction, type KwNames } from "../objects/function.js";
import type { PyObject } from "../objects/object.js";
import { typeName } from "../objects/names.js";
import { PyTuple } from "../objects/tuple.js";
import { isTrue, str } from "../objects/abstract.js";
import { jsString, strFromText, strText, textToJS, type Text } from "../objects/str.js";
import { registryDecoder } from "../parser/source.js";
import { bufferOf, PyBytes } from "../objects/bytes.js";
import {
  callCodec,
  codecRegistry,
  decodeBuiltin,
  decodeEscape,
  decodeUtf16,
  decodeUtf32,
  decodeUtf8,
  encodeBuiltin,
  errorHandlers,
  lookupError,
  normalizeEncoding,
  runCodec,
} from "../objects/codecs.js";
import { clinicArgs, clinicKwArgs, oneArg } from "../objects/str_args.js";
import { decodeUtf7, encodeUtf7 } from "../objects/codec_utf7.js";
import {
  charmapBuild,
  charmapDecode as decodeCharmap,
  charmapEncode as encodeCharmap,
} from "../objects/codec_charmap.js";
import { registerBuiltin } from "./builtins.js";
import { registerNativeModule } from "./registry.js";
import { findAndLoad } from "../vm/import.js";

registerBuiltin("memoryview", memoryviewType);

const searchFunctions: PyObject[] = [];
const cache = new Map<string, PyObject>();
let encodingsImported = false;

/** CPython imports `encodings` at start-up, and its search function, registered first, is
 * what finds every codec written in Python (cp437, mac_roman...); Swallow imports it when a
 * lookup first needs the registry. Without a standard library there is none to import. */
function importEncodings(): void {
  if (encodingsImported) return;
  encodingsImported = true;
  try {
    findAndLoad("encodings");
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type.mro.includes(exceptionType("ImportError")))) throw e;
  }
}

function normalizeForLookup(name: string): string {
  return name.toLowerCase().replace(/ /g, "_").replace(/-/g, "_");
}

export function codecLookup(encoding: string): PyObject {
  const key = normalizeForLookup(encoding);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  importEncodings();
  for (const f of searchFunctions) {
    const r = call(f, [key]);
    if (r === None) continue;
    if (!(r instanceof PyTuple) || r.items.length !== 4)
      throw typeError("codec search functions must return 4-tuples");
    cache.set(key, r);
    return r;
  }
  throw newException(exceptionType("LookupError"), `unknown encoding: ${encoding}`);
}
codecRegistry.lookup = codecLookup;
registryDecoder.decode = (bytes, encoding) => {
  let info: PyObject;
  try {
    info = codecLookup(encoding);
  } catch {
    return undefined;
  }
  try {
    const r = call((info as PyTuple).items[1]!, [new PyBytes(bytes), "strict"]);
    const text = r instanceof PyTuple ? strText(r.items[0]!) : undefined;
    return text === undefined ? { error: `'${encoding}' decoder did not return text` } : textToJS(text);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return { error: jsString(str(e)) };
  }
};

function strParam(v: PyObject | undefined, fn: string, n: number, dflt: string): string {
  if (v === undefined || v === None) return dflt;
  const t = strText(v);
  if (t === undefined) throw typeError(`${fn}() argument ${n} must be str or None, not ${typeName(v)}`);
  return textToJS(t);
}

function textParam(v: PyObject | undefined, fn: string): Text {
  const t = v === undefined ? undefined : strText(v);
  if (t === undefined)
    throw typeError(`${fn}() argument 1 must be str, not ${v === undefined ? "None" : typeName(v)}`);
  return t;
}

function dataParam(v: PyObject | undefined, fn: string): Uint8Array {
  const b = v === undefined ? undefined : bufferOf(v);
  if (b !== undefined) return b;
  const t = v === undefined ? undefined : strText(v);
  if (t !== undefined && fn.includes("escape")) return encodeBuiltin(t, "latin-1", "strict")!;
  throw typeError(`a bytes-like object is required, not '${v === undefined ? "NoneType" : typeName(v)}'`);
}

type Fn = (args: PyObject[], kwnames: KwNames) => PyObject;

/** Argument Clinic's positional-only parameters, as every `_codecs` function but encode and
 * decode has them: "utf_8_decode expected at least 1 argument, got 0". */
function positional(
  name: string,
  args: PyObject[],
  kwnames: KwNames,
  min: number,
  max: number,
): (PyObject | undefined)[] {
  clinicArgs(name, `_codecs.${name}`, args, kwnames, min, max);
  return args;
}

function encoder(name: string, encoding: string): Fn {
  return (args, kwnames) => {
    const [s, e] = positional(name, args, kwnames, 1, 2);
    const t = textParam(s, name);
    const b = encodeBuiltin(t, encoding, strParam(e, name, 2, "strict"))!;
    return new PyTuple([new PyBytes(b), t.length]);
  };
}

function finalDecoder(
  name: string,
  run: (d: Uint8Array, errors: string, final: boolean) => [Text, number],
): Fn {
  return (args, kwnames) => {
    const [d, e, f] = positional(name, args, kwnames, 1, 3);
    const data = dataParam(d, name);
    const [t, n] = run(data, strParam(e, name, 2, "strict"), f === undefined ? false : isTrue(f));
    return new PyTuple([strFromText(t), n]);
  };
}

function simpleDecoder(name: string, encoding: string): Fn {
  return (args, kwnames) => {
    const [d, e] = positional(name, args, kwnames, 1, 2);
    const data = dataParam(d, name);
    return new PyTuple([
      strFromText(decodeBuiltin(data, encoding, strParam(e, name, 2, "strict"))!),
      data.length,
    ]);
  };
}

function utf16or32Encode(name: string, bits: 16 | 32): Fn {
  return (args, kwnames) => {
    const [s, e, bo] = positional(name, args, kwnames, 1, 3);
    const t = textParam(s, name);
    const order = bo === undefined ? 0 : Number(bo);
    const enc = order === 0 ? `utf-${bits}` : order < 0 ? `utf-${bits}-le` : `utf-${bits}-be`;
    return new PyTuple([new PyBytes(encodeBuiltin(t, enc, strParam(e, name, 2, "strict"))!), t.length]);
  };
}

function utfExDecode(name: string, bits: 16 | 32): Fn {
  return (args, kwnames) => {
    const [d, e, bo, f] = positional(name, args, kwnames, 1, 4);
    const data = dataParam(d, name);
    const run = bits === 16 ? decodeUtf16 : decodeUtf32;
    const [t, n, order] = run(
      data,
      strParam(e, name, 2, "strict"),
      bo === undefined ? 0 : Number(bo),
      f === undefined ? false : isTrue(f),
      `utf-${bits}`,
    );
    return new PyTuple([strFromText(t), n, order]);
  };
}

function utfDecode(name: string, bits: 16 | 32, order: number, label: string): Fn {
  return (args, kwnames) => {
    const [d, e, f] = positional(name, args, kwnames, 1, 3);
    const data = dataParam(d, name);
    const run = bits === 16 ? decodeUtf16 : decodeUtf32;
    const [t, n] = run(
      data,
      strParam(e, name, 2, "strict"),
      order,
      f === undefined ? false : isTrue(f),
      label,
    );
    return new PyTuple([strFromText(t), n]);
  };
}

const charmapDecode: Fn = (args, kwnames) => {
  const [d, e, m] = positional("charmap_decode", args, kwnames, 1, 3);
  const data = dataParam(d, "charmap_decode");
  const errors = strParam(e, "charmap_decode", 2, "strict");
  return new PyTuple([strFromText(decodeCharmap(data, errors, m ?? None)), data.length]);
};

const charmapEncode: Fn = (args, kwnames) => {
  const [s, e, m] = positional("charmap_encode", args, kwnames, 1, 3);
  const t = textParam(s, "charmap_encode");
  const errors = strParam(e, "charmap_encode", 2, "strict");
  return new PyTuple([new PyBytes(encodeCharmap(t, errors, m ?? None)), t.length]);
};

/** codecs.encode(obj, encoding="utf-8", errors="strict") and codecs.decode: any codec, for
 * any type, with what the codec raises wrapped (wrapCodecError). */
function codecsEncodeOrDecode(which: 0 | 1, args: PyObject[], kwnames: KwNames): PyObject {
  const name = which === 0 ? "encode" : "decode";
  const [obj, enc, err] = clinicKwArgs(name, ["obj", "encoding", "errors"], args, kwnames, 1);
  const strArg = (v: PyObject | undefined, param: string): string => {
    if (v === undefined) return param === "encoding" ? "utf-8" : "strict";
    const t = strText(v);
    if (t === undefined)
      throw typeError(`${name}() argument '${param}' must be str, not ${v === None ? "None" : typeName(v)}`);
    return textToJS(t);
  };
  const encoding = strArg(enc, "encoding");
  const errors = strArg(err, "errors");
  const op = which === 0 ? "encoding" : "decoding";
  if (which === 0) {
    const t = strText(obj!);
    const b = t === undefined ? undefined : runCodec(op, encoding, () => encodeBuiltin(t, encoding, errors));
    if (b !== undefined) return new PyBytes(b);
  } else {
    const d = bufferOf(obj!);
    const t = d === undefined ? undefined : runCodec(op, encoding, () => decodeBuiltin(d, encoding, errors));
    if (t !== undefined) return strFromText(t);
  }
  return callCodec(codecLookup(encoding), which, obj!, errors, encoding);
}

const functions: Record<string, Fn> = {
  register: (args, kwnames) => {
    const f = oneArg("_codecs.register", args, kwnames);
    if (typeof f !== "object" || f.type.lookup("__call__") === undefined)
      throw typeError("argument must be callable");
    searchFunctions.push(f);
    return None;
  },
  unregister: (args, kwnames) => {
    const i = searchFunctions.indexOf(oneArg("_codecs.unregister", args, kwnames));
    if (i >= 0) searchFunctions.splice(i, 1);
    cache.clear();
    return None;
  },
  lookup: (args, kwnames) => {
    const a = oneArg("_codecs.lookup", args, kwnames);
    const t = strText(a);
    if (t === undefined) throw typeError(`lookup() argument must be str, not ${typeName(a)}`);
    return codecLookup(textToJS(t));
  },
  _forget_codec: (args, kwnames) => {
    const a = oneArg("_codecs._forget_codec", args, kwnames);
    const t = strText(a);
    if (t === undefined) throw typeError(`_forget_codec() argument must be str, not ${typeName(a)}`);
    cache.delete(normalizeForLookup(textToJS(t)));
    return None;
  },
  lookup_error: (args, kwnames) => {
    const a = oneArg("_codecs.lookup_error", args, kwnames);
    const t = strText(a);
    if (t === undefined) throw typeError(`lookup_error() argument must be str, not ${typeName(a)}`);
    return lookupError(textToJS(t));
  },
  register_error: (args, kwnames) => {
    positional("register_error", args, kwnames, 2, 2);
    const t = strText(args[0]!);
    if (t === undefined)
      throw typeError(`register_error() argument 1 must be str, not ${typeName(args[0]!)}`);
    const h = args[1]!;
    if (typeof h !== "object" || h.type.lookup("__call__") === undefined)
      throw typeError("handler must be callable");
    errorHandlers.set(textToJS(t), h);
    return None;
  },
  encode: (args, kwnames) => codecsEncodeOrDecode(0, args, kwnames),
  decode: (args, kwnames) => codecsEncodeOrDecode(1, args, kwnames),
  utf_7_encode: (args, kwnames) => {
    const [s, e] = positional("utf_7_encode", args, kwnames, 1, 2);
    const t = textParam(s, "utf_7_encode");
    strParam(e, "utf_7_encode", 2, "strict"); // UTF-7 can encode every code point
    return new PyTuple([new PyBytes(encodeUtf7(t)), t.length]);
  },
  utf_7_decode: finalDecoder("utf_7_decode", decodeUtf7),
  utf_8_encode: encoder("utf_8_encode", "utf-8"),
  utf_8_decode: finalDecoder("utf_8_decode", decodeUtf8),
  ascii_encode: encoder("ascii_encode", "ascii"),
  ascii_decode: simpleDecoder("ascii_decode", "ascii"),
  latin_1_encode: encoder("latin_1_encode", "latin-1"),
  latin_1_decode: simpleDecoder("latin_1_decode", "latin-1"),
  utf_16_encode: utf16or32Encode("utf_16_encode", 16),
  utf_16_le_encode: encoder("utf_16_le_encode", "utf-16-le"),
  utf_16_be_encode: encoder("utf_16_be_encode", "utf-16-be"),
  utf_16_decode: utfDecode("utf_16_decode", 16, 0, "utf-16"),
  utf_16_le_decode: utfDecode("utf_16_le_decode", 16, -1, "utf-16-le"),
  utf_16_be_decode: utfDecode("utf_16_be_decode", 16, 1, "utf-16-be"),
  utf_16_ex_decode: utfExDecode("utf_16_ex_decode", 16),
  utf_32_encode: utf16or32Encode("utf_32_encode", 32),
  utf_32_le_encode: encoder("utf_32_le_encode", "utf-32-le"),
  utf_32_be_encode: encoder("utf_32_be_encode", "utf-32-be"),
  utf_32_decode: utfDecode("utf_32_decode", 32, 0, "utf-32"),
  utf_32_le_decode: utfDecode("utf_32_le_decode", 32, -1, "utf-32-le"),
  utf_32_be_decode: utfDecode("utf_32_be_decode", 32, 1, "utf-32-be"),
  utf_32_ex_decode: utfExDecode("utf_32_ex_decode", 32),
  unicode_escape_encode: encoder("unicode_escape_encode", "unicode_escape"),
  unicode_escape_decode: finalDecoder("unicode_escape_decode", (d, e, f) =>
    decodeEscape(d, e, false, f || true),
  ),
  raw_unicode_escape_encode: encoder("raw_unicode_escape_encode", "raw_unicode_escape"),
  raw_unicode_escape_decode: finalDecoder("raw_unicode_escape_decode", (d, e, f) =>
    decodeEscape(d, e, true, f || true),
  ),
  charmap_decode: charmapDecode,
  charmap_encode: charmapEncode,
  charmap_build: (args, kwnames) => {
    const a = oneArg("_codecs.charmap_build", args, kwnames);
    const t = strText(a);
    if (t === undefined) throw typeError(`charmap_build() argument must be str, not ${typeName(a)}`);
    return charmapBuild(t);
  },
  escape_encode: (args, kwnames) => {
    const [d, e] = positional("escape_encode", args, kwnames, 1, 2);
    if (!(d instanceof PyBytes))
      throw typeError(`escape_encode() argument 1 must be bytes, not ${typeName(d!)}`);
    strParam(e, "escape_encode", 2, "strict");
    const data = d.data;
    let s = "";
    for (const b of data) {
      if (b === 92) s += "\\\\";
      else if (b === 39) s += "\\'";
      else if (b === 9) s += "\\t";
      else if (b === 10) s += "\\n";
      else if (b === 13) s += "\\r";
      else if (b < 32 || b >= 127) s += "\\x" + b.toString(16).padStart(2, "0");
      else s += String.fromCharCode(b);
    }
    return new PyTuple([new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0))), data.length]);
  },
  escape_decode: (args, kwnames) => {
    const [d, e] = positional("escape_decode", args, kwnames, 1, 2);
    const data = dataParam(d, "escape_decode");
    const [t] = decodeEscape(data, strParam(e, "escape_decode", 2, "strict"), false);
    const out = new Uint8Array(t.length);
    for (let i = 0; i < t.length; i++) out[i] = (t[i] as string).charCodeAt(0) & 255;
    return new PyTuple([new PyBytes(out), data.length]);
  },
  readbuffer_encode: (args, kwnames) => {
    const [v, e] = positional("readbuffer_encode", args, kwnames, 1, 2) as [PyObject, PyObject?];
    strParam(e, "readbuffer_encode", 2, "strict");
    const t = strText(v);
    const b = t !== undefined ? encodeBuiltin(t, "utf-8", "strict")! : dataParam(v, "readbuffer_encode");
    return new PyTuple([new PyBytes(b.slice()), b.length]);
  },
};

registerNativeModule("_codecs", () => {
  const ns: Record<string, PyObject> = {};
  for (const [name, fn] of Object.entries(functions)) ns[name] = builtinFunction(name, fn, "_codecs");
  return ns;
});

export { normalizeEncoding };
