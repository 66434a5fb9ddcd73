// The charmap codec (`_codecs.charmap_decode` / `charmap_encode`), which the table-driven
// codecs of Lib/encodings (cp437, mac_roman, koi8_r...) are built on.
//
// Decoding maps each byte through a str (the "decoding table": byte b is table[b]) or any
// mapping (mapping[b] is a str of any length, a code point, or None). Encoding maps each
// code point through an EncodingMap (charmap_build of a decoding table) or a mapping whose
// values are byte values, bytes or None. A missing key, None, and U+FFFE mean "undefined":
// an error for the handler. Replacement text is itself encoded through the map.

import { builtinType, None } from "./bootstrap.js";
import { getItem } from "./abstract.js";
import { exceptionType, PyBaseException, typeError } from "./exceptions.js";
import { isInt, type PyObject } from "./object.js";
import { typeName } from "./names.js";
import { PyDict } from "./dict.js";
import { cpAt, strText, type Text } from "./str.js";
import { latin1, PyBytes } from "./bytes.js";
import { ByteSink, CharSink, encodeBuiltin, handleDecodeError, runEncode, type Encoder } from "./codecs.js";

const UNDEFINED = "character maps to <undefined>";
const LookupError_ = exceptionType("LookupError");

/** mapping[key], or undefined when the mapping raises LookupError (PyObject_GetItem). */
function lookup(mapping: PyObject, key: number): PyObject | undefined {
  try {
    return getItem(mapping, key);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(LookupError_)) return undefined;
    throw e;
  }
}

/** What byte `b` decodes to: a code point, a str, or undefined. */
function decodeByte(b: number, table: Text | undefined, mapping: PyObject): number | Text | undefined {
  if (table !== undefined) {
    if (b >= table.length) return undefined;
    const cp = cpAt(table, b);
    return cp === 0xfffe ? undefined : cp;
  }
  const r = lookup(mapping, b);
  if (r === undefined || r === None) return undefined;
  if (isInt(r)) {
    const v = Number(r);
    if (!(v >= 0 && v <= 0x10ffff)) throw typeError("character mapping must be in range(0x110000)");
    return v === 0xfffe ? undefined : v;
  }
  const t = strText(r);
  if (t !== undefined) return t.length === 1 && cpAt(t, 0) === 0xfffe ? undefined : t;
  throw typeError("character mapping must return integer, None or str");
}

export function charmapDecode(data: Uint8Array, errors: string, mapping: PyObject): Text {
  if (mapping === None) return latin1(data);
  const table = strText(mapping);
  const out = new CharSink();
  let i = 0;
  while (i < data.length) {
    const r = decodeByte(data[i]!, table, mapping);
    if (r === undefined) {
      i = handleDecodeError("charmap", data, i, i + 1, UNDEFINED, errors, out);
      continue;
    }
    if (typeof r === "number") out.push(r);
    else out.pushText(r);
    i++;
  }
  return out.text();
}

/** The encoding table `charmap_build` makes for a decoding table whose byte 0 is U+0000:
 * code point to byte. */
export class EncodingMap {
  type = encodingMapType;
  constructor(readonly map: Map<number, number>) {}
}
const encodingMapType = builtinType("EncodingMap", undefined, false);

/** charmap_build(decoding_table): an EncodingMap, or a dict of code point to byte when the
 * table does not start with U+0000 or has another U+0000 or an astral character (as
 * CPython, which keeps its compact map for the BMP tables of Lib/encodings). Characters
 * past the 256th are left out; of repeated characters the last one counts. */
export function charmapBuild(table: Text): PyObject {
  if (table.length === 0) throw typeError("bad argument type for built-in operation");
  const n = Math.min(table.length, 256);
  let needDict = cpAt(table, 0) !== 0;
  const blocks = new Set<number>();
  for (let i = 1; i < n && !needDict; i++) {
    const cp = cpAt(table, i);
    if (cp === 0 || cp > 0xffff) needDict = true;
    else if (cp !== 0xfffe) blocks.add(cp >> 7);
  }
  if (needDict || blocks.size >= 255) {
    const d = new PyDict();
    for (let i = 0; i < n; i++) d.set(cpAt(table, i), i);
    return d;
  }
  const map = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const cp = cpAt(table, i);
    if (cp !== 0xfffe) map.set(cp, i);
  }
  return new EncodingMap(map) as unknown as PyObject;
}

function charmapEncoder(mapping: PyObject): Encoder {
  return {
    name: "charmap",
    reason: UNDEFINED,
    reencodeReplacements: true,
    put(cp: number, out: ByteSink): boolean {
      if (mapping instanceof EncodingMap) {
        const b = mapping.map.get(cp);
        if (b === undefined) return false;
        out.push(b);
        return true;
      }
      const r = lookup(mapping, cp);
      if (r === undefined || r === None) return false;
      if (isInt(r)) {
        const v = Number(r);
        if (!(v >= 0 && v <= 255)) throw typeError("character mapping must be in range(256)");
        out.push(v);
        return true;
      }
      const b = r instanceof PyBytes ? r.data : undefined;
      if (b === undefined)
        throw typeError(`character mapping must return integer, bytes or None, not ${typeName(r)}`);
      out.pushAll(b);
      return true;
    },
  };
}

export function charmapEncode(t: Text, errors: string, mapping: PyObject): Uint8Array {
  if (mapping === None) return encodeBuiltin(t, "latin-1", errors)!;
  const out = new ByteSink();
  runEncode(t, errors, charmapEncoder(mapping), out);
  return out.result();
}
