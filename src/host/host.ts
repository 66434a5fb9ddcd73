// The one host interface (DESIGN.md, "Coming later"): everything Swallow needs from the
// world outside the Python heap — files, directories, the environment, clocks, randomness,
// the three standard streams and process exit — goes through one object of this shape.
// NodeHost (node.ts) is the default; a browser build or a sandbox provides another.
//
// Failures are thrown as HostError with a POSIX errno and its symbolic code, so that the
// runtime can raise the matching OSError subclass with CPython's `[Errno 2] ...` text.

import type { HostOS } from "./stdlib_os.js";
import type { Disposition } from "./signal_words.js";

export class HostError {
  constructor(
    /** POSIX error number (ENOENT = 2 ...). */
    readonly errno: number,
    /** Symbolic code ("ENOENT"). */
    readonly code: string,
    /** strerror text, as CPython prints it ("No such file or directory"). */
    readonly message: string,
    readonly filename: string | null = null,
  ) {}
}

export interface HostStat {
  isFile: boolean;
  isDirectory: boolean;
  size: number;
  /** Modification time in seconds since the epoch. */
  mtime: number;
  mode: number;
}

export interface Host {
  // ---- files ----
  /** The whole file's bytes. Throws HostError. */
  readFile(path: string): Uint8Array;
  /** `length` bytes of the file from `offset` (fewer only at its end). Throws HostError.
   * Absent where the host reads whole files only. */
  readRange?(path: string, offset: number, length: number): Uint8Array;
  /** null when the path does not exist (or cannot be reached). */
  stat(path: string): HostStat | null;
  /** A string that differs whenever the file's bytes differ, known without reading them: a
   * zip member's CRC-32 and size, which the archive's central directory records. Absent, or
   * undefined for a path, where the host knows none (the compiled-module cache then hashes
   * the bytes). */
  contentKey?(path: string): string | undefined;
  /** Entry names of a directory, unsorted. Throws HostError. */
  listDir(path: string): string[];
  /** The absolute, canonical path (symlinks resolved). Throws HostError. */
  realpath(path: string): string;
  cwd(): string;

  // ---- process ----
  /** The environment variables at start-up. */
  env(): Record<string, string>;
  /** Seconds since an arbitrary origin, never going backwards. */
  monotonic(): number;
  /** Seconds since the Unix epoch. */
  wallTime(): number;
  randomBytes(n: number): Uint8Array;
  /** The program that runs Swallow again (sys.executable), where there is one. */
  executable?(): string;
  /** Ends the process; never returns. */
  exit(code: number): never;
  /** Where arriving signals are marked pending (signal_words.ts); the interpreter looks
   * at them at back-edges and calls. */
  readonly signalWords: Int32Array;
  /** Sets what a signal does to the process; false where the host cannot. Absent where the
   * host has no signals. At start-up SIGINT is handled (it raises KeyboardInterrupt). */
  setSignalDisposition?(signum: number, disposition: Disposition): boolean;
  /** Ends the process by a signal's default action, as CPython ends after an uncaught
   * KeyboardInterrupt (by SIGINT, so that a calling shell sees it). */
  dieBySignal?(signum: number): never;
  /** Frees every object that is unreachable now, including objects that weak references
   * returned during the current JS job (which JavaScript otherwise keeps until the job
   * ends), so that weak references to them read as dead straight after. Absent where the
   * host cannot force a collection; weak references then die only when it chooses. */
  collectGarbage?(): void;
  /** Lets the engine free objects that weak references returned during the current job
   * when it next collects (no collection now). */
  releaseWeakTargets?(): void;

  // ---- standard streams (synchronous and complete, even to pipes) ----
  writeStdout(data: string | Uint8Array): void;
  writeStderr(data: string | Uint8Array): void;
  /** One read of stdin: up to `max` bytes, at least one unless at end of input. A signal
   * arriving meanwhile calls `onSignal` (which may raise, abandoning the read) where the
   * host can wait for both. */
  readStdin(max: number, onSignal?: () => void): Uint8Array;
  /** A line typed at the terminal after `prompt` (the interactive prompt), without its
   * newline; null at end of input. Ctrl-C at the prompt marks SIGINT pending and calls
   * `onSignal`. */
  readLine(prompt: string, onSignal: () => void): string | null;
  /** Reads everything left on stdin. */
  readStdinAll(): Uint8Array;
  isatty(fd: number): boolean;

  /** File descriptors, directories and process facts for posix, _io and time
   * (stdlib_os.ts); undefined where the host grants no such access. */
  readonly os?: HostOS;

  /** Digests and zlib for hashlib and the zlib module (codecs_node.ts); undefined where
   * the host has none. */
  readonly codecs?: HostCodecs;
}

/** An incremental digest (OpenSSL's EVP_MD_CTX). */
export interface HostHash {
  update(data: Uint8Array): void;
  /** The digest so far (the object stays usable); `length` for XOF digests (shake). */
  digest(length?: number): Uint8Array;
  copy(): HostHash;
}

/** A zlib stream: `process(data, flush)` feeds input with a zlib flush mode (Z_NO_FLUSH,
 * Z_SYNC_FLUSH, Z_FINISH...) and returns the output produced. */
export interface HostZStream {
  /** Runs `data` through with zlib's `flush`, giving at most `maxOutput` bytes of output
   * (all of it when negative). */
  process(data: Uint8Array, flush: number, maxOutput?: number): Uint8Array;
  /** How many input bytes the last `process` consumed (less than given at stream end, or
   * when the output limit was reached). */
  consumed(): number;
  /** Inflating: whether the end of the compressed stream has been reached. */
  atEnd(): boolean;
  close(): void;
}

export interface HostCodecs {
  /** null when the algorithm is not available. */
  hashNew(algorithm: string, outputLength?: number): HostHash | null;
  hashAlgorithms(): string[];
  hmacDigest(algorithm: string, key: Uint8Array, msg: Uint8Array): Uint8Array | null;
  /** PBKDF2-HMAC with the named digest; null when the host cannot. */
  pbkdf2?(
    algorithm: string,
    password: Uint8Array,
    salt: Uint8Array,
    iterations: number,
    dklen: number,
  ): Uint8Array | null;
  /** scrypt; `maxmem` 0 is OpenSSL's default limit (32 MiB). "invalid" for parameters
   * OpenSSL refuses, "memory" when they need more than `maxmem`. */
  scrypt?(
    password: Uint8Array,
    salt: Uint8Array,
    n: number,
    r: number,
    p: number,
    maxmem: number,
    dklen: number,
  ): Uint8Array | "invalid" | "memory";
  /** wbits as zlib's: 9..15 zlib container, -9..-15 raw, 25..31 gzip; `dictionary` is a
   * preset dictionary (zlib's deflateSetDictionary). */
  deflateStream(
    level: number,
    wbits: number,
    memLevel: number,
    strategy: number,
    dictionary?: Uint8Array,
  ): HostZStream;
  /** wbits as zlib's; 0 or 40..47 detect zlib or gzip; `dictionary` is given to zlib when
   * the stream asks for one (raw streams: from the start). */
  inflateStream(wbits: number, dictionary?: Uint8Array): HostZStream;
}
