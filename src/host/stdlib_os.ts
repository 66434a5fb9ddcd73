// The POSIX-level part of the host interface, for the native modules under Lib (`posix`,
// `_io`, `time`): file descriptors, directories, metadata, process facts. A host that
// grants no file system (a sandbox, a browser) leaves `Host.os` undefined and these
// modules raise OSError instead. Every failure is a HostError carrying the errno.
//
// Flags and modes are Linux's numbers (O_CREAT = 0o100 ...), which posix exports, so
// Python code and the host agree without translation tables in between.

/** statvfs(3)'s fields, in its order. */
export interface HostStatvfsResult {
  bsize: number;
  frsize: number;
  blocks: number;
  bfree: number;
  bavail: number;
  files: number;
  ffree: number;
  favail: number;
  flag: number;
  namemax: number;
}

export interface HostStatResult {
  mode: number;
  ino: bigint;
  dev: bigint;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  /** Times in nanoseconds since the epoch. */
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  blksize: number;
  blocks: number;
  rdev: number;
}

export interface HostUname {
  sysname: string;
  nodename: string;
  release: string;
  version: string;
  machine: string;
}

export interface HostOS {
  stat(path: string, followSymlinks: boolean): HostStatResult;
  fstat(fd: number): HostStatResult;
  /** statvfs(3) of the file system holding `path` (or fd). */
  statvfs?(path: string | number): HostStatvfsResult;
  /** open(2): flags are Linux O_* values. Returns the fd. */
  open(path: string, flags: number, mode: number): number;
  /** Up to n bytes from the fd's position (empty at end of file). */
  read(fd: number, n: number): Uint8Array;
  /** Writes at the fd's position; returns the count written. */
  write(fd: number, data: Uint8Array): number;
  /** lseek(2): whence 0, 1, 2. */
  lseek(fd: number, offset: number, whence: number): number;
  close(fd: number): void;
  ftruncate(fd: number, length: number): void;
  fsync(fd: number): void;
  isatty(fd: number): boolean;

  listDir(path: string): string[];
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(src: string, dst: string): void;
  chdir(path: string): void;
  getcwd(): string;
  readlink(path: string): string;
  symlink(target: string, path: string): void;
  link(src: string, dst: string): void;
  chmod(path: string, mode: number): void;
  /** `followSymlinks` false sets a symbolic link's own times (lutimes). */
  utime(path: string, atime: number, mtime: number, followSymlinks?: boolean): void;
  /** access(2) with F_OK/R_OK/W_OK/X_OK; false instead of an error. */
  access(path: string, mode: number): boolean;
  umask(mask: number): number;

  /** The process environment's current value of `key` (putenv changes it). */
  getenv(key: string): string | undefined;
  putenv(key: string, value: string): void;
  unsetenv(key: string): void;
  getpid(): number;
  getppid(): number;
  ids(): { uid: number; gid: number; euid: number; egid: number };
  uname(): HostUname;
  cpuCount(): number;

  // ---- less common calls (optional: a host without them makes posix raise ENOSYS) ----
  /** chown/lchown (followSymlinks false); -1 leaves an id as it is. */
  chown?(path: string, uid: number, gid: number, followSymlinks: boolean): void;
  fchown?(fd: number, uid: number, gid: number): void;
  /** The 1, 5 and 15 minute load averages. */
  loadavg?(): [number, number, number];
  /** The CPUs process `pid` (0: this one) may run on (sched_getaffinity). */
  affinity?(pid: number): number[];
  /** The process group and session of process `pid` (0: this one). */
  processGroup?(pid: number): number;
  session?(pid: number): number;
  groups?(): number[];
  pread?(fd: number, n: number, offset: number): Uint8Array;
  pwrite?(fd: number, data: Uint8Array, offset: number): number;
  fdatasync?(fd: number): void;
  /** The nice value of process `pid` (0: this one), and setting it. */
  getPriority?(pid: number): number;
  setPriority?(pid: number, priority: number): void;
  /** The terminal device open on `fd`; ENOTTY when it is none. */
  ttyname?(fd: number): string;
  /** [columns, lines]; throws HostError when fd is not a terminal. */
  terminalSize(fd: number): [number, number];
  /** CPU seconds used by this process: user and system. */
  cpuTimes(): { user: number; system: number };
  /** Blocks the thread for the given seconds. A signal arriving meanwhile calls
   * `onSignal`, which runs the Python handlers: one that raises ends the sleep, and after
   * one that returns the sleep goes on for the time left (PEP 475). */
  sleep(seconds: number, onSignal?: () => void): void;
  /** Waits for a signal and runs its Python handlers (signal.pause). */
  pause(onSignal: () => void): void;
  /** setitimer(ITIMER_REAL): SIGALRM after `seconds` (0 cancels), then every `interval`
   * seconds (0: once); gives the old timer's [seconds left, interval]. With seconds < 0
   * it only reads the timer. */
  realTimer(seconds: number, interval: number): [number, number];
  /** Raw deflate (RFC 1951) decompression. */
  inflateRaw(data: Uint8Array, size: number): Uint8Array;
  kill(pid: number, signal: number): void;

  // ---- pipes and child processes ----
  /** pipe(2): [read end, write end]. */
  pipe(): [number, number];
  /** dup(2). */
  dup(fd: number): number;
  /** Starts a program, as fork() and execve() in the child would. */
  spawn(request: HostSpawn): HostSpawned;
  /** waitpid(2): [pid, wait status]; [0, 0] with WNOHANG while the child runs. */
  waitpid(pid: number, options: number, onSignal?: () => void): [number, number];
  /** system(3): the wait status of `/bin/sh -c command`. */
  system(command: string): number;
  /** select(2) for reading and writing: the ready descriptors, waiting up to `timeout`
   * seconds (null: without limit) for one. A signal arriving meanwhile calls `onSignal`;
   * if that returns, so does select (EINTR). */
  select(
    read: number[],
    write: number[],
    timeout: number | null,
    onSignal?: () => void,
  ): [number[], number[]];
}

export interface HostSpawn {
  /** Where the program may be, tried in order as execve() would be (the PATH search is
   * done by the caller, as subprocess does it). */
  executables: string[];
  /** argv, with argv[0]. */
  args: string[];
  cwd: string | null;
  /** null: this process's environment. */
  env: Record<string, string> | null;
  /** The child's descriptor i is our descriptor stdio[i]; -1 leaves 0, 1 and 2 as ours. */
  stdio: number[];
  /** setsid() in the child. */
  newSession: boolean;
  uid: number | null;
  gid: number | null;
  /** umask() in the child. */
  umask: number | null;
}

/** A started child's pid. When the start failed, the pid of a child that has already ended
 * with status 255, and the errno (of the chdir() to cwd when `inChdir`). */
export interface HostSpawned {
  pid: number;
  errno?: number;
  inChdir?: boolean;
}
