// BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block — digest length, key, salt,
// personalisation and the tree-hashing fields — which hashlib's blake2b/blake2s expose and
// the host's (OpenSSL's) fixed-parameter digests do not. BLAKE2b's 64-bit words are kept as
// pairs of 32-bit halves (low word at even indices) so that no BigInt is needed.

export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  /** Up to 2**64 - 1 for BLAKE2b (2**48 - 1 for BLAKE2s), hence a bigint. */
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/** The eight G applications of one round: (a, b, c, d) word indices. */
const ROUND_LANES = [
  [0, 4, 8, 12],
  [1, 5, 9, 13],
  [2, 6, 10, 14],
  [3, 7, 11, 15],
  [0, 5, 10, 15],
  [1, 6, 11, 12],
  [2, 7, 8, 13],
  [3, 4, 9, 14],
];

// SHA-512's initial hash values as 32-bit halves (low, high), and SHA-256's.
const IV_B = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a, 0xade682d1,
  0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);
const IV_S = new Uint32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

function readLE32(b: Uint8Array, i: number): number {
  return (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
}

/** The 64-byte (BLAKE2b) or 32-byte (BLAKE2s) parameter block of RFC 7693 section 2.5. */
function parameterBlock(p: Blake2Params, big: boolean): Uint8Array {
  const block = new Uint8Array(big ? 64 : 32);
  block[0] = p.digestSize;
  block[1] = p.key.length;
  block[2] = p.fanout;
  block[3] = p.depth;
  new DataView(block.buffer).setUint32(4, p.leafSize, true);
  const offsetBytes = big ? 8 : 6;
  for (let i = 0; i < offsetBytes; i++) block[8 + i] = Number((p.nodeOffset >> BigInt(8 * i)) & 0xffn);
  block[8 + offsetBytes] = p.nodeDepth;
  block[9 + offsetBytes] = p.innerSize;
  const saltAt = big ? 32 : 16;
  const saltSize = big ? 16 : 8;
  block.set(p.salt, saltAt);
  block.set(p.person, saltAt + saltSize);
  return block;
}

export class Blake2 {
  /** The chaining value: 16 halves (BLAKE2b) or 8 words (BLAKE2s). */
  private h: Uint32Array;
  private buffer: Uint8Array;
  private buffered = 0;
  /** Bytes compressed so far (below 2**53 in any practical use). */
  private counter = 0;

  constructor(
    readonly big: boolean,
    private readonly digestSize: number,
    private readonly lastNode: boolean,
    params?: Blake2Params,
  ) {
    this.buffer = new Uint8Array(big ? 128 : 64);
    this.h = new Uint32Array(big ? 16 : 8);
    if (params === undefined) return;
    const block = parameterBlock(params, big);
    const iv = big ? IV_B : IV_S;
    for (let i = 0; i < this.h.length; i++) this.h[i] = iv[i]! ^ readLE32(block, 4 * i);
    if (params.key.length > 0) {
      // The key, zero-padded to a block, is the first block of the message.
      this.buffer.set(params.key);
      this.buffered = this.buffer.length;
    }
  }

  static create(big: boolean, p: Blake2Params): Blake2 {
    return new Blake2(big, p.digestSize, p.lastNode, p);
  }

  update(data: Uint8Array): void {
    const size = this.buffer.length;
    let i = 0;
    while (i < data.length) {
      // A full block is compressed only once more input follows: the last block of the
      // message must be compressed with the final flag.
      if (this.buffered === size) {
        this.counter += size;
        this.compress(this.buffer, 0, false);
        this.buffered = 0;
      }
      const n = Math.min(size - this.buffered, data.length - i);
      this.buffer.set(data.subarray(i, i + n), this.buffered);
      this.buffered += n;
      i += n;
    }
  }

  digest(): Uint8Array {
    const final = this.copy();
    final.buffer.fill(0, final.buffered);
    final.counter += final.buffered;
    final.compress(final.buffer, 0, true);
    const out = new Uint8Array(final.h.length * 4);
    const view = new DataView(out.buffer);
    for (let i = 0; i < final.h.length; i++) view.setUint32(4 * i, final.h[i]!, true);
    return out.slice(0, this.digestSize);
  }

  copy(): Blake2 {
    const c = new Blake2(this.big, this.digestSize, this.lastNode);
    c.h.set(this.h);
    c.buffer.set(this.buffer);
    c.buffered = this.buffered;
    c.counter = this.counter;
    return c;
  }

  private compress(block: Uint8Array, at: number, final: boolean): void {
    if (this.big) this.compressB(block, at, final);
    else this.compressS(block, at, final);
  }

  private compressS(block: Uint8Array, at: number, final: boolean): void {
    const v = new Uint32Array(16);
    const m = new Uint32Array(16);
    for (let i = 0; i < 16; i++) m[i] = readLE32(block, at + 4 * i);
    v.set(this.h);
    v.set(IV_S, 8);
    v[12]! ^= this.counter >>> 0;
    v[13]! ^= Math.floor(this.counter / 0x100000000) >>> 0;
    if (final) {
      v[14] = ~v[14]!;
      if (this.lastNode) v[15] = ~v[15]!;
    }
    const rotr = (x: number, n: number): number => ((x >>> n) | (x << (32 - n))) >>> 0;
    for (let r = 0; r < 10; r++) {
      const s = SIGMA[r]!;
      for (let g = 0; g < 8; g++) {
        const [a, b, c, d] = ROUND_LANES[g]!;
        v[a!] = v[a!]! + v[b!]! + m[s[2 * g]!]!;
        v[d!] = rotr(v[d!]! ^ v[a!]!, 16);
        v[c!] = v[c!]! + v[d!]!;
        v[b!] = rotr(v[b!]! ^ v[c!]!, 12);
        v[a!] = v[a!]! + v[b!]! + m[s[2 * g + 1]!]!;
        v[d!] = rotr(v[d!]! ^ v[a!]!, 8);
        v[c!] = v[c!]! + v[d!]!;
        v[b!] = rotr(v[b!]! ^ v[c!]!, 7);
      }
    }
    for (let i = 0; i < 8; i++) this.h[i] = this.h[i]! ^ v[i]! ^ v[i + 8]!;
  }

  private compressB(block: Uint8Array, at: number, final: boolean): void {
    // Word k of the working vector is v[2k] (low half) and v[2k + 1] (high half).
    const v = new Uint32Array(32);
    const m = new Uint32Array(32);
    for (let i = 0; i < 32; i++) m[i] = readLE32(block, at + 4 * i);
    v.set(this.h);
    v.set(IV_B, 16);
    v[24]! ^= this.counter >>> 0;
    v[25]! ^= Math.floor(this.counter / 0x100000000) >>> 0;
    if (final) {
      v[28] = ~v[28]!;
      v[29] = ~v[29]!;
      if (this.lastNode) {
        v[30] = ~v[30]!;
        v[31] = ~v[31]!;
      }
    }
    // v[x] += v[y] + m[z] on 64-bit words (x, y word indices, z a message word index).
    const add3 = (x: number, y: number, z: number): void => {
      let lo = v[2 * x]! + v[2 * y]!;
      let hi = v[2 * x + 1]! + v[2 * y + 1]! + (lo >= 0x100000000 ? 1 : 0);
      lo >>>= 0;
      const mlo = m[2 * z]!;
      const sum = lo + mlo;
      hi = hi + m[2 * z + 1]! + (sum >= 0x100000000 ? 1 : 0);
      v[2 * x] = sum;
      v[2 * x + 1] = hi;
    };
    const add2 = (x: number, y: number): void => {
      const lo = v[2 * x]! + v[2 * y]!;
      v[2 * x + 1] = v[2 * x + 1]! + v[2 * y + 1]! + (lo >= 0x100000000 ? 1 : 0);
      v[2 * x] = lo;
    };
    // v[x] = (v[x] ^ v[y]) rotated right by n (n in 16, 24, 32, 63).
    const xorRotr = (x: number, y: number, n: number): void => {
      const lo = v[2 * x]! ^ v[2 * y]!;
      const hi = v[2 * x + 1]! ^ v[2 * y + 1]!;
      if (n === 32) {
        v[2 * x] = hi;
        v[2 * x + 1] = lo;
      } else if (n === 63) {
        v[2 * x] = (lo << 1) | (hi >>> 31);
        v[2 * x + 1] = (hi << 1) | (lo >>> 31);
      } else {
        v[2 * x] = (lo >>> n) | (hi << (32 - n));
        v[2 * x + 1] = (hi >>> n) | (lo << (32 - n));
      }
    };
    for (let r = 0; r < 12; r++) {
      const s = SIGMA[r % 10]!;
      for (let g = 0; g < 8; g++) {
        const [a, b, c, d] = ROUND_LANES[g]!;
        add3(a!, b!, s[2 * g]!);
        xorRotr(d!, a!, 32);
        add2(c!, d!);
        xorRotr(b!, c!, 24);
        add3(a!, b!, s[2 * g + 1]!);
        xorRotr(d!, a!, 16);
        add2(c!, d!);
        xorRotr(b!, c!, 63);
      }
    }
    for (let i = 0; i < 16; i++) this.h[i] = this.h[i]! ^ v[i]! ^ v[i + 16]!;
  }
}
