// Node's digests (OpenSSL) and zlib for hashlib/_hashlib, hmac and the zlib module. Node
// links the same zlib as CPython, so compressed output is byte-identical for the same
// parameters. Streams use zlib's synchronous chunk processing (`_processChunk` without a
// callback, as `zlib.deflateSync` does internally), so compressobj/decompressobj can hand
// back output as it is produced.

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

/** A zlib stream over Node's one-shot functions: Node has no public synchronous streaming
 * API, so the input is kept and the whole of it is run again through the one-shot
 * function on each call; the part of the output not handed out before is returned. Output
 * equals a real stream's as long as flushes other than Z_NO_FLUSH come only at the end
 * (deflate output does not depend on how the input was split). */
class OneShotZStream implements HostZStream {
  private input: Uint8Array = new Uint8Array(0);
  private emitted = 0;
  private last = 0;
  constructor(
    private readonly run: (input: Buffer, flush: number) => { out: Buffer; consumed: number },
    private readonly deflating: boolean,
  ) {}
  consumed(): number {
    return this.last;
  }
  process(data: Uint8Array, flush: number): Uint8Array {
    const before = this.input.length;
    if (data.length > 0) {
      const all = new Uint8Array(before + data.length);
      all.set(this.input);
      all.set(data, before);
      this.input = all;
    }
    if (this.deflating && flush === nodeZlib().constants.Z_NO_FLUSH) {
      this.last = data.length;
      return new Uint8Array(0);
    }
    const { out, consumed } = this.run(Buffer.from(this.input), flush);
    this.last = Math.max(0, Math.min(data.length, consumed - before));
    if (!this.deflating && consumed < this.input.length) this.input = this.input.slice(0, consumed);
    const fresh = out.subarray(Math.min(this.emitted, out.length));
    this.emitted = Math.max(this.emitted, out.length);
    return new Uint8Array(fresh);
  }
  close(): void {
    this.input = new Uint8Array(0);
  }
}

type OneShot = (
  buf: Buffer,
  options: ZlibOptions & { info: true },
) => { buffer: Buffer; engine: { bytesWritten: number } };

function oneShot(fn: unknown, options: ZlibOptions, deflating: boolean): HostZStream {
  const f = fn as OneShot;
  return new OneShotZStream((input, flush) => {
    const { Z_FINISH, Z_SYNC_FLUSH } = nodeZlib().constants;
    const flushMode = deflating ? flush : flush === Z_FINISH ? Z_FINISH : Z_SYNC_FLUSH;
    const r = f(input, { ...options, finishFlush: flushMode, info: true });
    return { out: r.buffer, consumed: r.engine.bytesWritten };
  }, deflating);
}

function zopts(wbits: number, level?: number, memLevel?: number, strategy?: number): ZlibOptions {
  const o: ZlibOptions = { windowBits: Math.abs(wbits) > 15 ? Math.abs(wbits) - 16 : Math.abs(wbits) };
  if (level !== undefined) o.level = level;
  if (memLevel !== undefined) o.memLevel = memLevel;
  if (strategy !== undefined) o.strategy = strategy;
  o.finishFlush = nodeZlib().constants.Z_SYNC_FLUSH;
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
  deflateStream(level: number, wbits: number, memLevel: number, strategy: number): HostZStream {
    const o = zopts(wbits, level, memLevel, strategy);
    o.finishFlush = nodeZlib().constants.Z_FINISH;
    const zlib = nodeZlib();
    const fn = wbits > 15 ? zlib.gzipSync : wbits < 0 ? zlib.deflateRawSync : zlib.deflateSync;
    return oneShot(fn, o, true);
  },
  inflateStream(wbits: number): HostZStream {
    const o = zopts(wbits);
    const zlib = nodeZlib();
    let fn: unknown;
    if (wbits > 31 || wbits === 0) fn = zlib.unzipSync;
    else if (wbits > 15) fn = zlib.gunzipSync;
    else if (wbits < 0) fn = zlib.inflateRawSync;
    else fn = zlib.inflateSync;
    return oneShot(fn, o, false);
  },
};
