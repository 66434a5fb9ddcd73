// SipHash-1-3 keyed as CPython keys it: CPython's hash of str and bytes (Python/pyhash.c,
// with CPython 3.11's Py_HASH_CUTOFF of 0). A str is hashed over its compact
// representation: 1, 2 or 4 little-endian bytes per code point, by the widest one.
// The 64-bit state is kept in 32-bit halves (`h` signed or unsigned, `l` unsigned) so the
// hot path allocates nothing; only a result outside the safe integers becomes a bigint.
//
// The key is the process's, as CPython's _Py_HashSecret (Python/bootstrap_hash.c): zero
// for PYTHONHASHSEED=0 (the default here, so that an embedder's hashes are reproducible),
// bytes from an LCG seeded with N for PYTHONHASHSEED=N, random bytes otherwise. It is set
// once, before anything is hashed (the command line sets it before loading the runtime):
// strs cache their hashes and sets keep them, so a key changed afterwards would leave
// equal keys hashing apart. Hashing pays nothing for it: the key is folded into the
// initial state, which `init` copies as it copied the constants before.

/** A 64-bit word seen as int32 halves: reading a bigint out of WORD costs one allocation,
 * and splitting one (`splitHash64`) none. */
const WORD = new BigInt64Array(1);
const HALVES = new Int32Array(WORD.buffer);
const LITTLE = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = 1 - LO;

/** The high and low 32 bits of a 64-bit two's complement integer (`out[0]` high, signed;
 * `out[1]` low, unsigned); `h` must be a Python int within Py_hash_t or a safe integer. */
export function splitHash64(h: number | bigint, out: [number, number]): [number, number] {
  if (typeof h === "number") {
    out[0] = Math.floor(h / 4294967296) | 0;
    out[1] = h >>> 0;
  } else {
    WORD[0] = h;
    out[0] = HALVES[HI]!;
    out[1] = HALVES[LO]! >>> 0;
  }
  return out;
}

/** The state v0..v3 as [high, low] int32 pairs (a typed array: module-level numbers
 * beyond the small integers would be boxed on every store). */
const V = new Int32Array(8);

/** SipHash's constants ("somepseudorandomlygeneratedbytes") as v0..v3 in V's layout. */
const CONSTANTS = [
  0x736f6d65, 0x70736575, 0x646f7261, 0x6e646f6d, 0x6c796765, 0x6e657261, 0x74656462, 0x79746573,
];

/** The initial state for the key: v0 = k0 ^ c0, v1 = k1 ^ c1, v2 = k0 ^ c2, v3 = k1 ^ c3. */
const INITIAL = new Int32Array(CONSTANTS);

let randomized = false;

function init(): void {
  // Element by element, as the constants were stored: no call into TypedArray.prototype.set.
  V[0] = INITIAL[0]!;
  V[1] = INITIAL[1]!;
  V[2] = INITIAL[2]!;
  V[3] = INITIAL[3]!;
  V[4] = INITIAL[4]!;
  V[5] = INITIAL[5]!;
  V[6] = INITIAL[6]!;
  V[7] = INITIAL[7]!;
}

/** Keys the hash with `key`'s 16 bytes, read as CPython reads _Py_HashSecret.siphash: k0
 * and k1 little-endian 64-bit words; `randomization` is what sys.flags.hash_randomization
 * reports. Only before the first hash (see the top of the file). */
export function setHashKey(key: Uint8Array, randomization: boolean): void {
  if (key.length !== 16) throw new RangeError("a SipHash key has 16 bytes");
  const word = (i: number): number =>
    key[i]! | (key[i + 1]! << 8) | (key[i + 2]! << 16) | (key[i + 3]! << 24);
  // [k0 high, k0 low, k1 high, k1 low]
  const k = [word(4), word(0), word(12), word(8)];
  for (let i = 0; i < 8; i++) INITIAL[i] = CONSTANTS[i]! ^ k[i & 3]!;
  randomized = randomization;
}

/** sys.flags.hash_randomization: false under PYTHONHASHSEED=0 (and for an embedder that set
 * no key), true for a random key or one derived from a seed of 1 or more. */
export function hashRandomization(): boolean {
  return randomized;
}

/** The key CPython derives from PYTHONHASHSEED=`seed` (1 to 2**32-1; 0 means the zero
 * key): each byte is bits 16..23 of the next state of the LCG x = x * 214013 + 2531011
 * mod 2**32 started at `seed` (bootstrap_hash.c's lcg_urandom). */
export function hashKeyFromSeed(seed: number): Uint8Array {
  const key = new Uint8Array(16);
  if (seed === 0) return key;
  let x = seed >>> 0;
  for (let i = 0; i < key.length; i++) {
    x = (Math.imul(x, 214013) + 2531011) >>> 0;
    key[i] = (x >>> 16) & 0xff;
  }
  return key;
}

/** `rounds` SINGLE_ROUNDs: HALF_ROUND(v0,v1,v2,v3,13,16), HALF_ROUND(v2,v1,v0,v3,17,21). */
function sipRounds(rounds: number): void {
  let v0h = V[0]!,
    v0l = V[1]! >>> 0,
    v1h = V[2]!,
    v1l = V[3]! >>> 0,
    v2h = V[4]!,
    v2l = V[5]! >>> 0,
    v3h = V[6]!,
    v3l = V[7]! >>> 0;
  for (let r = 0; r < rounds; r++) {
    let l: number, h: number, t: number;
    // v0 += v1; v2 += v3
    l = v0l + v1l;
    v0h = (v0h + v1h + (l > 0xffffffff ? 1 : 0)) | 0;
    v0l = l >>> 0;
    l = v2l + v3l;
    v2h = (v2h + v3h + (l > 0xffffffff ? 1 : 0)) | 0;
    v2l = l >>> 0;
    // v1 = rotl(v1, 13) ^ v0
    h = (v1h << 13) | (v1l >>> 19);
    l = (v1l << 13) | (v1h >>> 19);
    v1h = h ^ v0h;
    v1l = (l ^ v0l) >>> 0;
    // v3 = rotl(v3, 16) ^ v2
    h = (v3h << 16) | (v3l >>> 16);
    l = (v3l << 16) | (v3h >>> 16);
    v3h = h ^ v2h;
    v3l = (l ^ v2l) >>> 0;
    // v0 = rotl(v0, 32)
    t = v0h;
    v0h = v0l | 0;
    v0l = t >>> 0;
    // v2 += v1; v0 += v3
    l = v2l + v1l;
    v2h = (v2h + v1h + (l > 0xffffffff ? 1 : 0)) | 0;
    v2l = l >>> 0;
    l = v0l + v3l;
    v0h = (v0h + v3h + (l > 0xffffffff ? 1 : 0)) | 0;
    v0l = l >>> 0;
    // v1 = rotl(v1, 17) ^ v2
    h = (v1h << 17) | (v1l >>> 15);
    l = (v1l << 17) | (v1h >>> 15);
    v1h = h ^ v2h;
    v1l = (l ^ v2l) >>> 0;
    // v3 = rotl(v3, 21) ^ v0
    h = (v3h << 21) | (v3l >>> 11);
    l = (v3l << 21) | (v3h >>> 11);
    v3h = h ^ v0h;
    v3l = (l ^ v0l) >>> 0;
    // v2 = rotl(v2, 32)
    t = v2h;
    v2h = v2l | 0;
    v2l = t >>> 0;
  }
  V[0] = v0h;
  V[1] = v0l;
  V[2] = v1h;
  V[3] = v1l;
  V[4] = v2h;
  V[5] = v2l;
  V[6] = v3h;
  V[7] = v3l;
}

/** One 8-byte message word `mh:ml`. */
function compress(mh: number, ml: number): void {
  V[6]! ^= mh;
  V[7]! ^= ml;
  sipRounds(1);
  V[0]! ^= mh;
  V[1]! ^= ml;
}

/** The last word (`mh:ml` holds the tail bytes), the finalisation, and the Py_hash_t. */
function finish(mh: number, ml: number, nbytes: number): number | bigint {
  compress(mh | ((nbytes & 0xff) << 24), ml);
  V[5]! ^= 0xff;
  sipRounds(3);
  const h = V[0]! ^ V[2]! ^ V[4]! ^ V[6]!;
  const l = (V[1]! ^ V[3]! ^ V[5]! ^ V[7]!) >>> 0;
  const v = h * 4294967296 + l;
  if (Number.isSafeInteger(v)) return v === -1 ? -2 : v;
  HALVES[LO] = l;
  HALVES[HI] = h;
  return WORD[0]!;
}

/** CPython's hash of a bytes-like object's data. */
export function sipHashBytes(data: Uint8Array): number | bigint {
  const n = data.length;
  if (n === 0) return 0;
  init();
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    compress(
      data[i + 4]! | (data[i + 5]! << 8) | (data[i + 6]! << 16) | (data[i + 7]! << 24),
      (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24)) >>> 0,
    );
  }
  let mh = 0,
    ml = 0;
  for (let p = 0; i < n; i++, p++) {
    if (p < 4) ml |= data[i]! << (8 * p);
    else mh |= data[i]! << (8 * (p - 4));
  }
  return finish(mh, ml >>> 0, n);
}

/** CPython's hash of a str given as code units that are all code points (no surrogate
 * pairs): kind 1 when every unit is below 256, else kind 2. */
export function sipHashUnits(s: string): number | bigint {
  const n = s.length;
  if (n === 0) return 0;
  let max = 0;
  for (let i = 0; i < n; i++) max |= s.charCodeAt(i);
  init();
  let mh = 0,
    ml = 0;
  if (max < 256) {
    for (let i = 0; i < n; i++) {
      const p = i & 7;
      const c = s.charCodeAt(i);
      if (p < 4) ml |= c << (8 * p);
      else mh |= c << (8 * (p - 4));
      if (p === 7) {
        compress(mh, ml >>> 0);
        mh = ml = 0;
      }
    }
    return finish(mh, ml >>> 0, n);
  }
  for (let i = 0; i < n; i++) {
    const p = i & 3;
    const c = s.charCodeAt(i);
    if (p < 2) ml |= c << (16 * p);
    else mh |= c << (16 * (p - 2));
    if (p === 3) {
      compress(mh, ml >>> 0);
      mh = ml = 0;
    }
  }
  return finish(mh, ml >>> 0, 2 * n);
}

/** CPython's hash of a str given as its code points. */
export function sipHashCodePoints(cps: ArrayLike<number>): number | bigint {
  const n = cps.length;
  if (n === 0) return 0;
  let max = 0;
  for (let i = 0; i < n; i++) if (cps[i]! > max) max = cps[i]!;
  if (max > 0xffff) {
    init();
    let i = 0;
    for (; i + 2 <= n; i += 2) compress(cps[i + 1]!, cps[i]!);
    return finish(0, i < n ? cps[i]! : 0, 4 * n);
  }
  let s = "";
  for (let i = 0; i < n; i++) s += String.fromCharCode(cps[i]!);
  return sipHashUnits(s);
}
