// The process part of Node's POSIX host: pipe descriptors, starting programs the way
// _posixsubprocess's fork and exec do, waitpid(), system() and select() over pipes.
//
// A pipe's descriptors are real descriptor numbers (each holds /dev/null open), so they can
// never collide with a file that is opened later; reads, writes and closes on them come
// here instead of to the kernel.

import * as fs from "node:fs";
import { constants } from "node:os";
import { hostError } from "./node.js";
import { nodeChildProcess } from "./lazy_node.js";
import { ChildProcesses, type ChildStdio } from "./child_processes_node.js";
import { HostPipe } from "./pipes.js";
import { setUmask } from "./supervised_node.js";
import type { HostSpawn, HostSpawned, HostStatResult } from "./stdlib_os.js";

interface PipeEnd {
  pipe: HostPipe;
  write: boolean;
}

const S_IFIFO = 0o010000;

export class NodeProcesses {
  private readonly ends = new Map<number, PipeEnd>();
  private readonly children: ChildProcesses;

  constructor(signalWords: Int32Array) {
    this.children = new ChildProcesses(signalWords);
  }

  /** The pipe end that descriptor `fd` is, if it is one. */
  pipeEnd(fd: number): PipeEnd | undefined {
    return this.ends.get(fd);
  }

  pipe(): [number, number] {
    const pipe = new HostPipe();
    return [this.newEnd(pipe, false), this.newEnd(pipe, true)];
  }

  dup(fd: number): number {
    const end = this.ends.get(fd);
    if (end === undefined) {
      fs.fstatSync(fd);
      // Node cannot duplicate a descriptor of the kernel.
      throw hostError("ENOSYS");
    }
    return this.newEnd(end.pipe, end.write);
  }

  read(end: PipeEnd, n: number): Uint8Array {
    if (end.write) throw hostError("EBADF");
    const pipe = end.pipe;
    if (!pipe.readable) {
      // With only this thread left to write, the read would block for ever (a deadlock
      // CPython would sit in); saying so is kinder.
      if (!pipe.fedByChild) throw hostError("EDEADLK");
      this.children.waitFor(() => pipe.readable || !pipe.fedByChild, null);
      if (!pipe.readable) throw hostError("EDEADLK");
    }
    return pipe.take(n);
  }

  write(end: PipeEnd, data: Uint8Array): number {
    if (!end.write) throw hostError("EBADF");
    if (!end.pipe.push(data)) throw hostError("EPIPE");
    return data.length;
  }

  close(fd: number, end: PipeEnd): void {
    this.ends.delete(fd);
    fs.closeSync(fd);
    end.pipe.closeDescriptor(end.write);
  }

  fstat(): HostStatResult {
    return {
      mode: S_IFIFO | 0o600,
      ino: 0n,
      dev: 0n,
      nlink: 1,
      uid: process.getuid?.() ?? 0,
      gid: process.getgid?.() ?? 0,
      size: 0,
      atimeNs: 0n,
      mtimeNs: 0n,
      ctimeNs: 0n,
      blksize: 4096,
      blocks: 0,
      rdev: 0,
    };
  }

  notSeekable(): never {
    throw hostError("ESPIPE");
  }

  spawn(request: HostSpawn): HostSpawned {
    const failed = (errno: number, inChdir: boolean): HostSpawned => ({
      pid: this.children.unstarted(),
      errno,
      inChdir,
    });
    const cwd = request.cwd ?? process.cwd();
    const chdirError = directoryError(cwd);
    if (chdirError !== 0) return failed(chdirError, true);
    const program = findProgram(request.executables, cwd);
    if (typeof program === "number") return failed(program, false);
    const env =
      request.env ?? Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined));
    // The worker forks while this thread waits for it, so a umask set here for that
    // moment is the child's.
    const umask = request.umask === null ? null : setUmask(request.umask);
    const started = this.children.spawn({
      file: program,
      args: request.args.slice(1),
      argv0: request.args[0] ?? program,
      cwd,
      env: env as Record<string, string>,
      stdio: request.stdio.map((fd, slot) => this.childStdio(fd, slot)),
      newSession: request.newSession,
      uid: request.uid ?? undefined,
      gid: request.gid ?? undefined,
    });
    if (umask !== null) setUmask(umask);
    return "pid" in started ? { pid: started.pid } : failed(started.errno, false);
  }

  waitpid(pid: number, options: number, onSignal?: () => void): [number, number] {
    const WNOHANG = 1;
    return this.children.waitpid(pid, (options & WNOHANG) !== 0, onSignal) ?? [0, 0];
  }

  system(command: string): number {
    const r = nodeChildProcess().spawnSync("/bin/sh", ["-c", command], { stdio: "inherit" });
    if (r.error !== undefined) return 127 << 8;
    if (r.signal !== null) return constants.signals[r.signal] & 0x7f;
    return ((r.status ?? 0) & 0xff) << 8;
  }

  /** select() over descriptors: pipe ends wait for data, end of file or a reader; every
   * other descriptor is ready. Waits up to `timeout` seconds (null: for ever) for one. */
  select(
    read: number[],
    write: number[],
    timeout: number | null,
    onSignal?: () => void,
  ): [number[], number[]] {
    const readyToRead = () => read.filter((fd) => this.ends.get(fd)?.pipe.readable ?? true);
    const readyToWrite = () => write;
    const anyReady = () => readyToRead().length > 0 || readyToWrite().length > 0;
    // With no child feeding a pipe, nothing can change meanwhile and this sleeps out the
    // timeout (asyncio's loop waiting for its next timer).
    // A signal's handler that returns ends the wait, as EINTR would.
    let handled = false;
    const afterSignal =
      onSignal === undefined
        ? undefined
        : () => {
            onSignal();
            handled = true;
          };
    if (!anyReady())
      this.children.waitFor(
        () => handled || anyReady(),
        timeout === null ? null : timeout * 1000,
        afterSignal,
      );
    return [readyToRead(), readyToWrite()];
  }

  private childStdio(fd: number, slot: number): ChildStdio {
    if (fd === -1) return slot < 3 ? "inherit" : "ignore";
    const end = this.ends.get(fd);
    if (end === undefined) return fd;
    return { pipe: end.pipe, childReads: !end.write };
  }

  private newEnd(pipe: HostPipe, write: boolean): number {
    const fd = fs.openSync("/dev/null", "r");
    pipe.openDescriptor(write);
    this.ends.set(fd, { pipe, write });
    return fd;
  }
}

/** 0 when `path` is a directory one can enter, else chdir(2)'s errno. */
function directoryError(path: string): number {
  try {
    if (!fs.statSync(path).isDirectory()) return constants.errno.ENOTDIR;
    fs.accessSync(path, fs.constants.X_OK);
    return 0;
  } catch (e) {
    return constants.errno[(e as NodeJS.ErrnoException).code as keyof typeof constants.errno] ?? 2;
  }
}

/** The first candidate execve() would run, or its errno: as _posixsubprocess reports, the
 * first error other than "no such file" wins (a program found but not executable says
 * EACCES even when later candidates do not exist). */
function findProgram(candidates: string[], cwd: string): string | number {
  let saved = 0;
  let last = constants.errno.ENOENT;
  for (const candidate of candidates) {
    const path = candidate.startsWith("/") ? candidate : `${cwd}/${candidate}`;
    let err = 0;
    try {
      const s = fs.statSync(path);
      if (s.isDirectory()) err = constants.errno.EACCES;
      else fs.accessSync(path, fs.constants.X_OK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code as keyof typeof constants.errno;
      err = constants.errno[code] ?? constants.errno.ENOENT;
    }
    if (err === 0) return path;
    last = err;
    if (saved === 0 && err !== constants.errno.ENOENT && err !== constants.errno.ENOTDIR) saved = err;
  }
  return saved !== 0 ? saved : last;
}
