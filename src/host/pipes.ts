// Pipes for os.pipe() and for the standard streams of child processes. Node gives a program
// no pipe(2), so a pipe is kept here: the bytes written and not yet read, and who can still
// read or write it. Its ends are either descriptors of this process or streams of a child
// (a child's stdin reads the pipe; its stdout or stderr writes it), which the host's child
// process support (child_processes_node.ts) attaches.
//
// One difference from the kernel's pipe: writes never block, since nothing in a single
// thread could drain a full pipe. A program that fills a pipe nobody reads deadlocks in
// CPython and merely buffers here.

import { ByteQueue } from "./byte_queue.js";

/** A child's stream that reads from the pipe (its stdin). */
export interface PipeSink {
  write(data: Uint8Array): void;
  /** No writer is left: the child reads end of file. */
  end(): void;
}

/** A child's stream that writes into the pipe (its stdout or stderr). */
export interface PipeSource {
  /** No reader is left: the child's next write fails (EPIPE), as with the kernel's pipe. */
  stop(): void;
}

export class HostPipe {
  private readonly waiting = new ByteQueue();
  /** Descriptors of this process open on each end. */
  private readDescriptors = 0;
  private writeDescriptors = 0;
  private readonly sinks: PipeSink[] = [];
  private readonly sources = new Set<PipeSource>();

  get writers(): number {
    return this.writeDescriptors + this.sources.size;
  }

  get readers(): number {
    return this.readDescriptors + this.sinks.length;
  }

  /** Whether a child, rather than only this process, can still write into the pipe. */
  get fedByChild(): boolean {
    return this.sources.size > 0;
  }

  /** A read would return now: bytes are waiting, or no writer is left (end of file). */
  get readable(): boolean {
    return this.waiting.size > 0 || this.writers === 0;
  }

  openDescriptor(write: boolean): void {
    if (write) this.writeDescriptors++;
    else this.readDescriptors++;
  }

  closeDescriptor(write: boolean): void {
    if (write) {
      this.writeDescriptors--;
      this.afterWriterGone();
    } else {
      this.readDescriptors--;
      this.afterReaderGone();
    }
  }

  /** Bytes from this process or from a source; false when no reader is left (EPIPE). */
  push(data: Uint8Array): boolean {
    if (this.readers === 0) return false;
    if (data.length === 0) return true;
    const sink = this.sinks[0];
    if (sink !== undefined) sink.write(data);
    else this.waiting.push(data);
    return true;
  }

  /** Up to `max` waiting bytes; empty when none wait. */
  take(max: number): Uint8Array {
    return this.waiting.take(max);
  }

  /** A child now reads the pipe; what waits is handed to it at once. */
  attachSink(sink: PipeSink): void {
    this.sinks.push(sink);
    const waiting = this.waiting.take(this.waiting.size);
    if (waiting.length > 0) sink.write(waiting);
    if (this.writers === 0) sink.end();
  }

  detachSink(sink: PipeSink): void {
    const i = this.sinks.indexOf(sink);
    if (i < 0) return;
    this.sinks.splice(i, 1);
    this.afterReaderGone();
  }

  attachSource(source: PipeSource): void {
    this.sources.add(source);
  }

  detachSource(source: PipeSource): void {
    if (this.sources.delete(source)) this.afterWriterGone();
  }

  private afterWriterGone(): void {
    if (this.writers === 0) for (const sink of this.sinks) sink.end();
  }

  private afterReaderGone(): void {
    if (this.readers > 0) return;
    this.waiting.clear();
    for (const source of this.sources) source.stop();
  }
}
