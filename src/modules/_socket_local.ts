// Connected socket pairs inside the process (socket.socketpair()), the one kind of socket a
// host without network access can still give. asyncio's event loop needs exactly this: it
// wakes itself through a socket pair and waits in select() for it or a timer. Each end has
// a descriptor number from a range no real descriptor uses, so select() and the socket
// objects find it again by number.

import { ByteQueue } from "../host/byte_queue.js";

/** One end of a pair: bytes the peer sent that have not been received yet. */
export class LocalEndpoint {
  private readonly queue = new ByteQueue();
  peer: LocalEndpoint | null = null;
  /** This end was closed (or shut down for writing): the peer reads end of file. */
  writeClosed = false;
  closed = false;

  constructor(readonly fd: number) {}

  /** Bytes waiting to be received. */
  get pending(): number {
    return this.queue.size;
  }

  /** Whether recv() would return now: data, or end of file from the peer. */
  get readable(): boolean {
    return this.queue.size > 0 || this.peer === null || this.peer.writeClosed;
  }

  /** Appends to the peer's queue; false when the peer is gone (EPIPE). */
  send(data: Uint8Array): boolean {
    const peer = this.peer;
    if (peer === null || peer.closed || this.writeClosed) return false;
    peer.queue.push(data);
    return true;
  }

  /** Up to `max` bytes from the queue (empty at end of file or when nothing waits). */
  receive(max: number): Uint8Array {
    return this.queue.take(max);
  }

  close(): void {
    this.closed = true;
    this.writeClosed = true;
    this.queue.clear();
    endpoints.delete(this.fd);
  }
}

/** Descriptors of local ends start here, far above what the process gets from the OS. */
const FIRST_FD = 1 << 20;
let nextFd = FIRST_FD;
const endpoints = new Map<number, LocalEndpoint>();

export function newLocalPair(): [LocalEndpoint, LocalEndpoint] {
  const a = new LocalEndpoint(nextFd++);
  const b = new LocalEndpoint(nextFd++);
  a.peer = b;
  b.peer = a;
  endpoints.set(a.fd, a);
  endpoints.set(b.fd, b);
  return [a, b];
}

/** The open local end with descriptor `fd`, if it is one. */
export function localEndpoint(fd: number): LocalEndpoint | undefined {
  return endpoints.get(fd);
}
