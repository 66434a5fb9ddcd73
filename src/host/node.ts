// The host of the `swallow` command: Node's file system, clocks and standard streams.
// Writes are synchronous and loop until complete: Node truncates piped output if the
// process exits while asynchronous writes are pending.

import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
  writeSync,
} from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { createContext, runInContext, runInNewContext } from "node:vm";
import { HostError, type Host, type HostStat } from "./host.js";
import { nodeCrypto, nodeTty } from "./lazy_node.js";
import { NodeOS } from "./stdlib_node.js";
import { nodeCodecs } from "./codecs_node.js";
import { NodeSignals } from "./signals_node.js";
import { supervisor } from "./supervised_node.js";
import { markPending, type Disposition } from "./signal_words.js";

/** strerror() texts of glibc for the errors a file system call reports. */
const STRERROR: Record<string, [number, string]> = {
  EPERM: [1, "Operation not permitted"],
  ENOENT: [2, "No such file or directory"],
  EIO: [5, "Input/output error"],
  ESRCH: [3, "No such process"],
  EBADF: [9, "Bad file descriptor"],
  ECHILD: [10, "No child processes"],
  EAGAIN: [11, "Resource temporarily unavailable"],
  ENOMEM: [12, "Cannot allocate memory"],
  EACCES: [13, "Permission denied"],
  EEXIST: [17, "File exists"],
  ENOTDIR: [20, "Not a directory"],
  EISDIR: [21, "Is a directory"],
  EINVAL: [22, "Invalid argument"],
  EMFILE: [24, "Too many open files"],
  ENOSPC: [28, "No space left on device"],
  ESPIPE: [29, "Illegal seek"],
  EPIPE: [32, "Broken pipe"],
  EDEADLK: [35, "Resource deadlock avoided"],
  ENAMETOOLONG: [36, "File name too long"],
  ENOSYS: [38, "Function not implemented"],
  ENOTEMPTY: [39, "Directory not empty"],
  ELOOP: [40, "Too many levels of symbolic links"],
};

/** The HostError of a symbolic code in the table above. */
export function hostError(code: string): HostError {
  const [errno, text] = STRERROR[code] ?? [5, "Input/output error"];
  return new HostError(errno, code, text);
}

export function hostErrorFromNode(e: unknown, filename: string | null = null): HostError {
  const code = (e as NodeJS.ErrnoException).code ?? "EIO";
  const known = STRERROR[code];
  if (known) return new HostError(known[0], code, known[1], filename);
  const errno = (e as NodeJS.ErrnoException).errno;
  return new HostError(errno !== undefined ? Math.abs(errno) : 5, code, (e as Error).message, filename);
}

/** Writes all of `data` to `fd`. A reader that has gone away (EPIPE) is an error on stdout,
 * as in CPython, which ignores SIGPIPE: `print` raises BrokenPipeError, so a program piped
 * into `head` stops. On stderr it is ignored, as there is nowhere left to report it. */
function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EPIPE" && fd === 2) return;
      throw hostErrorFromNode(e);
    }
  }
}

/** Bytes of bytecode up to which V8 optimises a function (its default is 60 KB). */
const MAX_OPTIMIZED_BYTECODE = 256 * 1024;

export class NodeHost implements Host {
  private stdinPending: Buffer = Buffer.alloc(0);
  private stdinEof = false;
  private readonly envSnapshot: Record<string, string>;
  private readonly signals = new NodeSignals();
  readonly signalWords = this.signals.words;
  readonly os = new NodeOS(this.signals);
  readonly codecs = nodeCodecs;

  constructor() {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    this.envSnapshot = env;
    // The JIT turns a long Python function into one long JS function (a case per jump
    // target); past V8's default bytecode limit (60 KB) TurboFan never optimises it, and
    // email's 576-instruction parser generator ran in the baseline tier for good. The limit
    // is read when V8 picks what to optimise, so raising it here takes effect.
    setFlagsFromString(`--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE}`);
  }

  readFile(path: string): Uint8Array {
    try {
      return readFileSync(path);
    } catch (e) {
      throw hostErrorFromNode(e, path);
    }
  }

  readRange(path: string, offset: number, length: number): Uint8Array {
    try {
      const fd = openSync(path, "r");
      try {
        const buf = Buffer.allocUnsafe(length);
        let got = 0;
        while (got < length) {
          const n = readSync(fd, buf, got, length - got, offset + got);
          if (n === 0) break;
          got += n;
        }
        return buf.subarray(0, got);
      } finally {
        closeSync(fd);
      }
    } catch (e) {
      throw hostErrorFromNode(e, path);
    }
  }

  stat(path: string): HostStat | null {
    try {
      // A missing path is the common answer (the import system asks each sys.path entry in
      // turn): without an exception it costs a third as much.
      const s = statSync(path, { throwIfNoEntry: false });
      if (s === undefined) return null;
      return {
        isFile: s.isFile(),
        isDirectory: s.isDirectory(),
        size: s.size,
        mtime: s.mtimeMs / 1000,
        mode: s.mode,
      };
    } catch {
      return null;
    }
  }

  listDir(path: string): string[] {
    try {
      return readdirSync(path);
    } catch (e) {
      throw hostErrorFromNode(e, path);
    }
  }

  realpath(path: string): string {
    try {
      return realpathSync(path);
    } catch (e) {
      throw hostErrorFromNode(e, path);
    }
  }

  cwd(): string {
    return process.cwd();
  }

  env(): Record<string, string> {
    return this.envSnapshot;
  }

  monotonic(): number {
    return Number(process.hrtime.bigint()) / 1e9;
  }

  wallTime(): number {
    return Date.now() / 1000;
  }

  randomBytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    // The kernel's pool where there is one: every start needs 16 bytes for the hash key,
    // and node:crypto costs a worker thread about 5 ms to load.
    if (n <= 256 && readUrandom(out)) return out;
    nodeCrypto().randomFillSync(out);
    return out;
  }

  executable(): string {
    // bin/swallow.js, found from this module both in dist/src/host/ and in the bundle
    // (dist/src/cli/), which sit at the same depth.
    return fileURLToPath(new URL("../../../bin/swallow.js", import.meta.url));
  }

  exit(code: number): never {
    process.exit(code);
  }

  setSignalDisposition(signum: number, disposition: Disposition): boolean {
    return this.signals.set(signum, disposition);
  }

  dieBySignal(signum: number): never {
    return this.signals.die(signum);
  }

  private gc: (() => void) | null = null;
  private checkpointContext: object | null = null;

  collectGarbage(): void {
    this.releaseWeakTargets();
    this.gc!();
  }

  releaseWeakTargets(): void {
    if (this.gc === null) {
      // A context made after --expose-gc is set has `gc`; the flag costs nothing until used.
      setFlagsFromString("--expose-gc");
      this.gc = runInNewContext("gc") as () => void;
      // Evaluating in a context whose microtasks run "afterEvaluate" performs a microtask
      // checkpoint synchronously, and V8 clears the WeakRef keep-alive set at a checkpoint.
      this.checkpointContext = createContext({}, { microtaskMode: "afterEvaluate" });
    }
    runInContext("0", this.checkpointContext!);
  }

  writeStdout(data: string | Uint8Array): void {
    writeAll(1, data);
  }

  writeStderr(data: string | Uint8Array): void {
    writeAll(2, data);
  }

  /** Fills the pending buffer with one more chunk of stdin; false at end of input. */
  private readChunk(onSignal?: () => void): boolean {
    if (this.stdinEof) return false;
    if (supervisor !== null) {
      // Read by the main thread, so that this one can wait for a signal at the same time.
      const reply = supervisor.takeLate("data") ?? supervisor.request({ op: "read", max: 65536 }, onSignal);
      if (reply.error !== undefined) throw hostError(reply.error.code);
      if (reply.data!.length === 0) {
        this.stdinEof = true;
        return false;
      }
      this.stdinPending = Buffer.concat([this.stdinPending, reply.data!]);
      return true;
    }
    const chunk = Buffer.alloc(65536);
    for (;;) {
      try {
        const n = readSync(0, chunk, 0, chunk.length, null);
        if (n === 0) {
          this.stdinEof = true;
          return false;
        }
        this.stdinPending = Buffer.concat([this.stdinPending, chunk.subarray(0, n)]);
        return true;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") continue;
        if (code === "EOF") {
          this.stdinEof = true;
          return false;
        }
        throw hostErrorFromNode(e);
      }
    }
  }

  readStdin(max: number, onSignal?: () => void): Uint8Array {
    if (this.stdinPending.length === 0 && !this.readChunk(onSignal)) return new Uint8Array(0);
    const n = Math.min(max, this.stdinPending.length);
    const out = this.stdinPending.subarray(0, n);
    this.stdinPending = this.stdinPending.subarray(n);
    return out;
  }

  readStdinAll(): Uint8Array {
    while (this.readChunk());
    const all = this.stdinPending;
    this.stdinPending = Buffer.alloc(0);
    return all;
  }

  readLine(prompt: string, onSignal: () => void): string | null {
    if (supervisor === null) {
      this.writeStdout(prompt);
      return this.readLineHere(onSignal);
    }
    for (;;) {
      const reply = supervisor.takeLate("line") ?? supervisor.request({ op: "readline", prompt }, onSignal);
      if (!reply.interrupted) return reply.line ?? null;
      markPending(this.signalWords, 2);
      onSignal();
    }
  }

  /** A line of stdin without line editing, for a prompt on the main thread. */
  private readLineHere(onSignal: () => void): string | null {
    for (;;) {
      const end = this.stdinPending.indexOf(10);
      if (end >= 0) {
        const line = this.stdinPending.subarray(0, end).toString("utf8");
        this.stdinPending = this.stdinPending.subarray(end + 1);
        return line;
      }
      if (!this.readChunk(onSignal)) {
        if (this.stdinPending.length === 0) return null;
        const rest = this.stdinPending.toString("utf8");
        this.stdinPending = Buffer.alloc(0);
        return rest;
      }
    }
  }

  isatty(fd: number): boolean {
    return nodeTty().isatty(fd);
  }
}

/** Fills `out` from /dev/urandom; false where it cannot be read. */
function readUrandom(out: Uint8Array): boolean {
  let fd = -1;
  try {
    fd = openSync("/dev/urandom", "r");
    return readSync(fd, out, 0, out.length, null) === out.length;
  } catch {
    return false;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
