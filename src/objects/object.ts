// How Python values are represented in JavaScript (DESIGN.md, "Values"):
//
//   int    -> `number` while it is a safe integer, `bigint` beyond (always normalised:
//             a bigint never holds a value that fits a safe integer); a JS number that is
//             a Python value is therefore always integral
//   bool   -> `true` / `false`
//   str    -> `string` when it has no surrogate code units (so JS length and indexing are
//             Python's), otherwise a PyAstralStr object holding code points
//   others -> objects with an own `type` field: PyFloat, PyList, PyInstance, PyType, ...
//
// Every object that can have Python attributes keeps them in a separate `dict` object,
// never as its own properties, so that no Python name can collide with an internal field.

import type { PyType } from "./type.js";

/** Any Python object that is not a JS primitive. */
export interface PyObjectBase {
  /** The object's Python type; the one field every object has. */
  type: PyType;
}

export type PyObject = number | bigint | boolean | string | PyObjectBase;

/** Instance attributes: a JS object with a null-prototype chain, used by V8 as a fast
 * object with hidden classes (unlike `Object.create(null)` itself, which V8 turns into a
 * hash table). Created by `newAttributeDict()`. */
export type AttributeDict = Record<string, PyObject>;

function AttributeDictCtor(this: AttributeDict): void {}
AttributeDictCtor.prototype = Object.create(null);

export function newAttributeDict(): AttributeDict {
  return new (AttributeDictCtor as unknown as new () => AttributeDict)();
}

/** Resolved lazily to break the import cycle between the core types. */
export const primitiveTypes: { int: PyType; bool: PyType; str: PyType } = {
  int: undefined as unknown as PyType,
  bool: undefined as unknown as PyType,
  str: undefined as unknown as PyType,
};

export function typeOf(v: PyObject): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return primitiveTypes.int;
    case "string":
      return primitiveTypes.str;
    case "boolean":
      return primitiveTypes.bool;
    default:
      return v.type;
  }
}

/** A Python int, in either representation. */
export function isInt(v: PyObject): v is number | bigint {
  return typeof v === "number" || typeof v === "bigint";
}

/** Turns a bigint back into a number when it fits, keeping the representation canonical. */
export function normaliseInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** An instance of a class defined in Python (and of `object` itself). */
export class PyInstance implements PyObjectBase {
  dict: AttributeDict | null;
  /** Values of `__slots__` entries, by slot index. */
  slots: (PyObject | undefined)[] | null;
  /** Identity serial (see objectId): instances are hashed by it. */
  serial = 0;
  constructor(public type: PyType) {
    this.dict = type.hasInstanceDict ? newAttributeDict() : null;
    // Sized once: an array grown from [] by its first store gets room for 17 elements,
    // which doubled the memory of a small instance with __slots__.
    const n = type.slotNames.length;
    this.slots = n > 0 ? new Array<PyObject | undefined>(n) : null;
  }
}

// ---- identity ----

/** An object that keeps its identity serial in a field of its own, 0 until `id()` is first
 * asked: the kinds whose ids programs ask for in bulk (deepcopy's and pickle's memos, dicts
 * keyed by classes or functions). Others get theirs from a WeakMap, dearer to read and to
 * collect: V8's collector walks a WeakMap's entries as ephemerons. */
export interface WithSerial {
  serial: number;
}

const serials = new WeakMap<object, number>();
const primitiveSerials = new Map<number | bigint | string | boolean, number>();
/** Serials stay small integers (stored in the field as they are, where an id, past 2**31,
 * would be a boxed double); the id is computed from one: a fake address, 16-byte aligned
 * as CPython's, in a 64-bit-looking range. */
let lastSerial = 0;
const ID_BASE = 0x7f3a2c100000;
const ID_STRIDE = 48;
const SMALL_ID_LIMIT = 2 ** 36;
const SMALL_ID_BASE = 0x200000000000;

/** `id(o)`: a stable number per object (and per primitive value). */
export function objectId(o: PyObject): number {
  if (typeof o === "object") {
    const held = (o as Partial<WithSerial>).serial;
    if (held !== undefined) {
      if (held !== 0) return ID_BASE + held * ID_STRIDE;
      return ID_BASE + ((o as unknown as WithSerial).serial = ++lastSerial) * ID_STRIDE;
    }
    let serial = serials.get(o);
    if (serial === undefined) serials.set(o, (serial = ++lastSerial));
    return ID_BASE + serial * ID_STRIDE;
  }
  // Equal primitives are one object in this representation. Booleans and ints below 2**36
  // get ids computed from their value, in a range that object ids never reach.
  if (typeof o === "boolean") return o ? 0x7f0000000010 : 0x7f0000000020;
  if (typeof o === "number" && o > -SMALL_ID_LIMIT && o < SMALL_ID_LIMIT) return SMALL_ID_BASE + o * 32;
  let serial = primitiveSerials.get(o);
  if (serial === undefined) primitiveSerials.set(o, (serial = ++lastSerial));
  return ID_BASE + serial * ID_STRIDE;
}

/** Gives `copy` the id of `original` (a finaliser's stand-in keeps its object's id). */
export function shareId(original: object, copy: object): void {
  const held = (original as Partial<WithSerial>).serial;
  const serial = held !== undefined && held !== 0 ? held : serials.get(original);
  if (serial === undefined) return;
  if ((copy as Partial<WithSerial>).serial !== undefined) (copy as WithSerial).serial = serial;
  else serials.set(copy, serial);
}

/** `%p` of an object, as in reprs: "0x7f3a2c100030". */
export function addressOf(o: PyObject): string {
  return "0x" + objectId(o).toString(16);
}
