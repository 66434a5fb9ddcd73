// CPython's numeric hash (Python docs, "Hashing of numeric types"): every number that is
// equal to a rational m/n hashes to m * n**-1 modulo the prime P = 2**61 - 1, with the sign
// of the number; -1 becomes -2; inf hashes to ±314159; a NaN hashes by identity (3.10+);
// complex combines its parts as hash(real) + 1000003 * hash(imag) in C's 64-bit wrapping
// arithmetic. Equal numbers of different types therefore hash alike (hash(1) == hash(1.0)).

import { objectId, type PyObject } from "./object.js";

const P = (1n << 61n) - 1n;
const HASH_INF = 314159;
const IMAG = 1000003n;

/** hash(int). Safe integers are below P, so they are their own hash. */
export function hashInt(v: number | bigint): number | bigint {
  if (typeof v === "number") return v === -1 ? -2 : v;
  const m = v < 0n ? -(-v % P) : v % P;
  const r = m === -1n ? -2n : m;
  return r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
}

const view = new DataView(new ArrayBuffer(8));

/** hash of a finite or infinite double; NaN is the caller's (it needs the object). */
export function hashDouble(x: number): number | bigint {
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x + 0;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (x !== x) return 0;
  // x = mant * 2**exp with an integral 53-bit mantissa
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let exp: number;
  if (bexp === 0) exp = -1074;
  else {
    mant += 1n << 52n;
    exp = bexp - 1075;
  }
  // 2**61 == 1 (mod P), so 2**exp == 2**(exp mod 61)
  const e = BigInt(((exp % 61) + 61) % 61);
  let h = ((mant % P) << e) % P;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** hash(complex): the parts' hashes combined in unsigned 64-bit arithmetic as C does. */
export function hashComplexParts(hr: number | bigint, hi: number | bigint): number | bigint {
  let h = BigInt.asIntN(64, BigInt(hr) + IMAG * BigInt(hi));
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

export const HASH_MODULUS = P;
export const HASH_INF_VALUE = HASH_INF;
export const HASH_IMAG = 1000003;

/** What CPython hashes by address (_Py_HashPointer): the value object.__hash__ gives the
 * same object, so hash(nan) == object.__hash__(nan) as there. */
export function identityHash(o: object): number {
  return Math.floor(objectId(o as PyObject) / 16);
}
