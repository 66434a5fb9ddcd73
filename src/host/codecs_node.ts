// Node's digests (OpenSSL) and zlib for hashlib/_hashlib, hmac and the zlib module. Node
// links the same zlib as CPython, so compressed output is byte-identical for the same
// parameters. compressobj/decompressobj write to the binding handle under a Node zlib stream
// object synchronously, as Node's own one-shot functions do, and keep it open between calls:
// a real zlib stream, so flushes in the middle (gzip's flush()) and output limits work.

import type { Hash } from "node:crypto";
import type { ZlibOptions } from "node:zlib";
import type { HostCodecs, HostHash, HostZStream } from "./host.js";
import { nodeCrypto, nodeZlib } from "./lazy_node.js";

class NodeHash implements HostHash {
  constructor(
    private readonly h: Hash,
    private readonly outputLength?: number,
  ) {}
  update(data: Uint8Array): void {
    this.h.update(data);
  }
  digest(length?: number): Uint8Array {
    const c = length !== undefined ? this.h.copy({ outputLength: length }) : this.h.copy();
    return new Uint8Array(c.digest());
  }
  copy(): HostHash {
    return new NodeHash(this.h.copy(), this.outputLength);
  }
}

/** The binding under a Node zlib stream object: Node has no public synchronous streaming
 * API, but its synchronous one-shot functions drive this handle (lib/zlib.js,
 * processChunkSync), and so does this class, without closing it after each call. */
interface ZlibHandle {
  writeSync(
    flush: number,
    input: Uint8Array,
    inOffset: number,
    inLength: number,
    output: Uint8Array,
    outOffset: number,
    outLength: number,
  ): void;
  close(): void;
  onerror: (message: string, errno: number, code?: string) => void;
}

interface ZlibEngine {
  _handle: ZlibHandle | null;
  /** [avail_out, avail_in] after the last write. */
  _writeState: Uint32Array;
}

const OUTPUT_CHUNK = 16384;
const NO_INPUT = new Uint8Array(0);

class NodeZStream implements HostZStream {
  private readonly handle: ZlibHandle;
  private readonly state: Uint32Array;
  private error: Error | null = null;
  private last = 0;
  /** The last process() left no output behind (zlib stopped with room to spare). */
  private drained = true;
  private ended = false;
  /** Output a probe for the end of the stream produced (never expected). */
  private held: Uint8Array = NO_INPUT;

  constructor(
    private readonly engine: ZlibEngine,
    private readonly inflating: boolean,
  ) {
    this.handle = engine._handle!;
    this.state = engine._writeState;
    this.handle.onerror = (message, errno, code) => {
      this.error = Object.assign(new Error(message), { errno, code });
    };
  }

  consumed(): number {
    return this.last;
  }

  process(data: Uint8Array, flush: number, maxOutput = -1): Uint8Array {
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (this.held.length > 0) {
      chunks.push(this.held);
      total = this.held.length;
      this.held = NO_INPUT;
    }
    let inOffset = 0;
    let availIn = data.length;
    this.drained = false;
    for (;;) {
      const room = maxOutput < 0 ? OUTPUT_CHUNK : Math.min(OUTPUT_CHUNK, maxOutput - total);
      if (room <= 0) break;
      const out = new Uint8Array(room);
      this.write(flush, data, inOffset, availIn, out);
      const availOut = this.state[0]!;
      const inLeft = this.state[1]!;
      if (room - availOut > 0) {
        chunks.push(out.subarray(0, room - availOut));
        total += room - availOut;
      }
      inOffset += availIn - inLeft;
      availIn = inLeft;
      if (availOut !== 0) {
        this.drained = true;
        break;
      }
    }
    this.last = inOffset;
    if (this.inflating && availIn > 0 && this.drained) this.ended = true;
    return concat(chunks, total);
  }

  /** Whether inflating has reached the end of the compressed stream. A stream that ends
   * exactly where its input does is found by a write of no input with Z_FINISH, which
   * changes nothing: zlib answers Z_STREAM_END at the end, else Z_BUF_ERROR, which Node
   * reports as "unexpected end of file". */
  atEnd(): boolean {
    if (this.ended || !this.inflating || !this.drained) return this.ended;
    const probe = new Uint8Array(1);
    const Z_FINISH = nodeZlib().constants.Z_FINISH;
    try {
      this.write(Z_FINISH, NO_INPUT, 0, 0, probe);
    } catch {
      return false;
    }
    if (this.state[0] === 0) this.held = probe;
    this.ended = true;
    return true;
  }

  private write(flush: number, data: Uint8Array, offset: number, length: number, out: Uint8Array): void {
    this.error = null;
    this.handle.writeSync(flush, data, offset, length, out, 0, out.length);
    const e = this.error as Error | null;
    this.error = null;
    if (e !== null) throw e;
  }

  close(): void {
    if (this.engine._handle !== null) {
      this.engine._handle = null;
      this.handle.close();
    }
  }
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function zopts(wbits: number, level?: number, memLevel?: number, strategy?: number): ZlibOptions {
  // zlib's wbits: raw (negative), zlib (9..15), gzip (+16) or either (+32, or 0: the header's).
  const windowBits = wbits < 0 ? -wbits : wbits > 31 ? wbits - 32 : wbits > 15 ? wbits - 16 : wbits;
  const o: ZlibOptions = { windowBits };
  if (level !== undefined) o.level = level;
  if (memLevel !== undefined) o.memLevel = memLevel;
  if (strategy !== undefined) o.strategy = strategy;
  return o;
}

export const nodeCodecs: HostCodecs = {
  hashNew(algorithm: string, outputLength?: number): HostHash | null {
    try {
      const opts = outputLength !== undefined ? { outputLength } : undefined;
      return new NodeHash(nodeCrypto().createHash(algorithm, opts), outputLength);
    } catch {
      return null;
    }
  },
  hashAlgorithms: () => nodeCrypto().getHashes(),
  hmacDigest(algorithm: string, key: Uint8Array, msg: Uint8Array): Uint8Array | null {
    try {
      return new Uint8Array(nodeCrypto().createHmac(algorithm, key).update(msg).digest());
    } catch {
      return null;
    }
  },
  pbkdf2(algorithm, password, salt, iterations, dklen) {
    try {
      return new Uint8Array(nodeCrypto().pbkdf2Sync(password, salt, iterations, dklen, algorithm));
    } catch {
      return null;
    }
  },
  scrypt(password, salt, n, r, p, maxmem, dklen) {
    // OpenSSL's checks (EVP_PBE_scrypt): r and p positive, p * r below 2**30, N below
    // 2**(16 r), and the memory used, 128 r (N + p + 2) bytes, within maxmem.
    if (r < 1 || p < 1 || p * r >= 2 ** 30 || (16 * r < 64 && n >= 2 ** (16 * r))) return "invalid";
    const limit = maxmem === 0 ? 32 * 1024 * 1024 : maxmem;
    const needed = 128 * r * (n + p + 2);
    if (needed > limit) return "memory";
    return new Uint8Array(
      nodeCrypto().scryptSync(password, salt, dklen, { N: n, r, p, maxmem: needed + 1024 * 1024 }),
    );
  },
  deflateStream(
    level: number,
    wbits: number,
    memLevel: number,
    strategy: number,
    dictionary?: Uint8Array,
  ): HostZStream {
    const zlib = nodeZlib();
    const o = zopts(wbits, level, memLevel, strategy);
    if (dictionary !== undefined) o.dictionary = dictionary;
    const engine =
      wbits > 15 ? zlib.createGzip(o) : wbits < 0 ? zlib.createDeflateRaw(o) : zlib.createDeflate(o);
    return new NodeZStream(engine as unknown as ZlibEngine, false);
  },
  inflateStream(wbits: number, dictionary?: Uint8Array): HostZStream {
    const zlib = nodeZlib();
    const o = zopts(wbits);
    if (dictionary !== undefined) o.dictionary = dictionary;
    let engine: unknown;
    if (wbits > 31 || wbits === 0) engine = zlib.createUnzip(o);
    else if (wbits > 15) engine = zlib.createGunzip(o);
    else if (wbits < 0) engine = zlib.createInflateRaw(o);
    else engine = zlib.createInflate(o);
    return new NodeZStream(engine as ZlibEngine, true);
  },
};
