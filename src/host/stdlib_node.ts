// Node's implementation of the POSIX-level host interface (stdlib_os.ts), and the search
// for the standard library that the command line uses.
//
// Node has no lseek: descriptors opened here keep their own position and every read and
// write is positional; descriptors inherited from the process (0, 1, 2) use the kernel's
// position and cannot seek (ESPIPE, as for a pipe).

import * as fs from "node:fs";
import * as os from "node:os";
import { createRequire } from "node:module";
import { HostError } from "./host.js";
import { hostErrorFromNode } from "./node.js";
import { compilerFingerprint } from "./build_fingerprint.js";
import { nodeTty, nodeZlib } from "./lazy_node.js";
import { NodeProcesses } from "./processes_node.js";
import type { NodeSignals } from "./signals_node.js";
import { changeDirectory, setUmask, supervisor } from "./supervised_node.js";
import type {
  HostOS,
  HostSpawn,
  HostSpawned,
  HostStatResult,
  HostStatvfsResult,
  HostUname,
} from "./stdlib_os.js";

const O_WRONLY = 0o1;
const O_RDWR = 0o2;
const O_APPEND = 0o2000;

function wrap<T>(filename: string | null, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof HostError) throw e;
    throw hostErrorFromNode(e, filename);
  }
}

function statResult(s: fs.BigIntStats): HostStatResult {
  return {
    mode: Number(s.mode),
    ino: s.ino,
    dev: s.dev,
    nlink: Number(s.nlink),
    uid: Number(s.uid),
    gid: Number(s.gid),
    size: Number(s.size),
    atimeNs: s.atimeNs,
    mtimeNs: s.mtimeNs,
    ctimeNs: s.ctimeNs,
    blksize: Number(s.blksize),
    blocks: Number(s.blocks),
    rdev: Number(s.rdev),
  };
}

interface OpenFile {
  position: number;
  append: boolean;
}

export class NodeOS implements HostOS {
  private readonly files = new Map<number, OpenFile>();
  private readonly processes: NodeProcesses;

  constructor(private readonly signals: NodeSignals) {
    this.processes = new NodeProcesses(signals.words);
  }

  stat(path: string, followSymlinks: boolean): HostStatResult {
    return wrap(path, () =>
      statResult(followSymlinks ? fs.statSync(path, { bigint: true }) : fs.lstatSync(path, { bigint: true })),
    );
  }
  fstat(fd: number): HostStatResult {
    if (this.processes.pipeEnd(fd)) return this.processes.fstat();
    return wrap(null, () => statResult(fs.fstatSync(fd, { bigint: true })));
  }
  statvfs(target: string | number): HostStatvfsResult {
    // Node's statfs has the counts; the mount's flags come from /proc/self/mountinfo, and
    // a file descriptor is reached through /proc/self/fd (Node has no fstatfs).
    const path = typeof target === "number" ? `/proc/self/fd/${target}` : target;
    const s = wrap(typeof target === "number" ? null : target, () => fs.statfsSync(path));
    return {
      bsize: s.bsize,
      // Linux's statfs gives the same fragment size for the file systems Node runs on.
      frsize: s.bsize,
      blocks: s.blocks,
      bfree: s.bfree,
      bavail: s.bavail,
      files: s.files,
      ffree: s.ffree,
      favail: s.ffree,
      flag: mountFlags(path),
      namemax: 255,
    };
  }
  open(path: string, flags: number, mode: number): number {
    const fd = wrap(path, () => fs.openSync(path, flags, mode));
    this.files.set(fd, { position: 0, append: (flags & O_APPEND) !== 0 });
    void O_WRONLY;
    void O_RDWR;
    return fd;
  }
  read(fd: number, n: number): Uint8Array {
    const end = this.processes.pipeEnd(fd);
    if (end) return this.processes.read(end, n);
    const buf = Buffer.allocUnsafe(n);
    const f = this.files.get(fd);
    for (;;) {
      try {
        const got = fs.readSync(fd, buf, 0, n, f ? f.position : null);
        if (f) f.position += got;
        return buf.subarray(0, got);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") continue;
        if (code === "EOF") return buf.subarray(0, 0);
        throw hostErrorFromNode(e);
      }
    }
  }
  write(fd: number, data: Uint8Array): number {
    const end = this.processes.pipeEnd(fd);
    if (end) return this.processes.write(end, data);
    const f = this.files.get(fd);
    return wrap(null, () => {
      if (f && f.append) {
        const n = fs.writeSync(fd, data, 0, data.length, null);
        f.position = Number(fs.fstatSync(fd).size);
        return n;
      }
      const n = fs.writeSync(fd, data, 0, data.length, f ? f.position : null);
      if (f) f.position += n;
      return n;
    });
  }
  lseek(fd: number, offset: number, whence: number): number {
    if (this.processes.pipeEnd(fd)) this.processes.notSeekable();
    const f = this.files.get(fd);
    if (f === undefined) {
      wrap(null, () => fs.fstatSync(fd));
      throw new HostError(29, "ESPIPE", "Illegal seek");
    }
    let base = 0;
    if (whence === 1) base = f.position;
    else if (whence === 2) base = Number(wrap(null, () => fs.fstatSync(fd)).size);
    else if (whence !== 0) throw new HostError(22, "EINVAL", "Invalid argument");
    if (base + offset < 0) throw new HostError(22, "EINVAL", "Invalid argument");
    f.position = base + offset;
    return f.position;
  }
  close(fd: number): void {
    const end = this.processes.pipeEnd(fd);
    if (end) return this.processes.close(fd, end);
    wrap(null, () => fs.closeSync(fd));
    this.files.delete(fd);
  }
  ftruncate(fd: number, length: number): void {
    wrap(null, () => fs.ftruncateSync(fd, length));
  }
  fsync(fd: number): void {
    wrap(null, () => fs.fsyncSync(fd));
  }
  isatty(fd: number): boolean {
    return nodeTty().isatty(fd);
  }
  listDir(path: string): string[] {
    return wrap(path, () => fs.readdirSync(path));
  }
  mkdir(path: string, mode: number): void {
    wrap(path, () => fs.mkdirSync(path, { mode }));
  }
  rmdir(path: string): void {
    wrap(path, () => fs.rmdirSync(path));
  }
  unlink(path: string): void {
    wrap(path, () => fs.unlinkSync(path));
  }
  rename(src: string, dst: string): void {
    wrap(src, () => fs.renameSync(src, dst));
  }
  chdir(path: string): void {
    wrap(path, () => changeDirectory(path));
  }
  getcwd(): string {
    return wrap(null, () => process.cwd());
  }
  readlink(path: string): string {
    return wrap(path, () => fs.readlinkSync(path));
  }
  symlink(target: string, path: string): void {
    wrap(target, () => fs.symlinkSync(target, path));
  }
  link(src: string, dst: string): void {
    wrap(src, () => fs.linkSync(src, dst));
  }
  chmod(path: string, mode: number): void {
    wrap(path, () => fs.chmodSync(path, mode));
  }
  utime(path: string, atime: number, mtime: number, followSymlinks = true): void {
    wrap(path, () => (followSymlinks ? fs.utimesSync : fs.lutimesSync)(path, atime, mtime));
  }
  access(path: string, mode: number): boolean {
    try {
      fs.accessSync(path, mode);
      return true;
    } catch {
      return false;
    }
  }
  umask(mask: number): number {
    return setUmask(mask);
  }
  getenv(key: string): string | undefined {
    return process.env[key];
  }
  putenv(key: string, value: string): void {
    process.env[key] = value;
  }
  unsetenv(key: string): void {
    delete process.env[key];
  }
  getpid(): number {
    return process.pid;
  }
  getppid(): number {
    return process.ppid;
  }
  ids(): { uid: number; gid: number; euid: number; egid: number } {
    return {
      uid: process.getuid?.() ?? 0,
      gid: process.getgid?.() ?? 0,
      euid: process.geteuid?.() ?? 0,
      egid: process.getegid?.() ?? 0,
    };
  }
  uname(): HostUname {
    return {
      sysname: os.type(),
      nodename: os.hostname(),
      release: os.release(),
      version: os.version(),
      machine: os.machine(),
    };
  }
  cpuCount(): number {
    return os.availableParallelism();
  }
  chown(path: string, uid: number, gid: number, followSymlinks: boolean): void {
    wrap(path, () => (followSymlinks ? fs.chownSync : fs.lchownSync)(path, uid, gid));
  }
  fchown(fd: number, uid: number, gid: number): void {
    wrap(null, () => fs.fchownSync(fd, uid, gid));
  }
  loadavg(): [number, number, number] {
    const [a, b, c] = os.loadavg();
    return [a!, b!, c!];
  }
  affinity(pid: number): number[] {
    // Linux lists them in /proc/PID/status as ranges ("0-3,8").
    let status: string;
    try {
      status = fs.readFileSync(`/proc/${pid === 0 ? "self" : pid}/status`, "latin1");
    } catch {
      if (fs.existsSync("/proc/self/status")) throw new HostError(3, "ESRCH", "No such process");
      return os.cpus().map((_, i) => i);
    }
    {
      const list = /^Cpus_allowed_list:\s*(\S+)/m.exec(status)?.[1];
      if (list !== undefined) {
        const cpus: number[] = [];
        for (const part of list.split(",")) {
          const [lo, hi] = part.split("-").map(Number) as [number, number | undefined];
          for (let c = lo; c <= (hi ?? lo); c++) cpus.push(c);
        }
        return cpus;
      }
    }
    return os.cpus().map((_, i) => i);
  }
  processGroup(pid: number): number {
    return procStatField(pid, 2);
  }
  session(pid: number): number {
    return procStatField(pid, 3);
  }
  groups(): number[] {
    return process.getgroups?.() ?? [];
  }
  pread(fd: number, n: number, offset: number): Uint8Array {
    const buf = new Uint8Array(n);
    const got = wrap(null, () => fs.readSync(fd, buf, 0, n, offset));
    return buf.subarray(0, got);
  }
  pwrite(fd: number, data: Uint8Array, offset: number): number {
    return wrap(null, () => fs.writeSync(fd, data, 0, data.length, offset));
  }
  fdatasync(fd: number): void {
    wrap(null, () => fs.fdatasyncSync(fd));
  }
  getPriority(pid: number): number {
    return wrap(null, () => os.getPriority(pid));
  }
  setPriority(pid: number, priority: number): void {
    wrap(null, () => os.setPriority(pid, priority));
  }
  ttyname(fd: number): string {
    if (!this.isatty(fd)) throw new HostError(25, "ENOTTY", "Inappropriate ioctl for device");
    return wrap(null, () => fs.readlinkSync(`/proc/self/fd/${fd}`));
  }
  terminalSize(fd: number): [number, number] {
    if (supervisor !== null) {
      const size = supervisor.request({ op: "terminal-size", fd }).size;
      if (size === undefined) throw new HostError(25, "ENOTTY", "Inappropriate ioctl for device");
      return size;
    }
    const stream = fd === 1 ? process.stdout : fd === 2 ? process.stderr : null;
    if (stream === null || !stream.isTTY) throw new HostError(25, "ENOTTY", "Inappropriate ioctl for device");
    const [cols, rows] = stream.getWindowSize();
    return [cols, rows];
  }
  cpuTimes(): { user: number; system: number } {
    const u = process.cpuUsage();
    return { user: u.user / 1e6, system: u.system / 1e6 };
  }
  sleep(seconds: number, onSignal?: () => void): void {
    this.signals.sleep(seconds, onSignal);
  }
  pause(onSignal: () => void): void {
    this.signals.pause(onSignal);
  }
  realTimer(seconds: number, interval: number): [number, number] {
    return this.signals.realTimer(seconds, interval);
  }
  inflateRaw(data: Uint8Array, size: number): Uint8Array {
    const out = nodeZlib().inflateRawSync(data);
    if (out.length !== size) throw new HostError(5, "EIO", "Input/output error");
    return out;
  }
  kill(pid: number, signal: number): void {
    if (pid === process.pid && this.signals.sendToSelf(signal)) return;
    wrap(null, () => process.kill(pid, signal));
  }
  pipe(): [number, number] {
    return wrap(null, () => this.processes.pipe());
  }
  dup(fd: number): number {
    return wrap(null, () => this.processes.dup(fd));
  }
  spawn(request: HostSpawn): HostSpawned {
    return this.processes.spawn(request);
  }
  waitpid(pid: number, options: number, onSignal?: () => void): [number, number] {
    return this.processes.waitpid(pid, options, onSignal);
  }
  system(command: string): number {
    return this.processes.system(command);
  }
  select(
    read: number[],
    write: number[],
    timeout: number | null,
    onSignal?: () => void,
  ): [number[], number[]] {
    return this.processes.select(read, write, timeout, onSignal);
  }
}

/** The standard library to use: `--stdlib PATH` / `SWALLOW_STDLIB`, else pyodide's
 * python_stdlib.zip from the installed `pyodide` package. null if none is found. */
export function locateStdlib(explicit: string | undefined): string | null {
  if (explicit !== undefined && explicit !== "") return fs.realpathSync(explicit);
  // The package directory as Node's resolution finds it first (node_modules of this file's
  // directory and then of each one above), looked for directly: require.resolve reads and
  // matches package.json files and pyodide's "exports" map, several ms of every start.
  // Node resolves symbolic links, and so does this (the path names Lib's modules).
  for (let dir = new URL("./", import.meta.url); ; dir = new URL("../", dir)) {
    const pkg = new URL("node_modules/pyodide/", dir);
    if (fs.statSync(pkg, { throwIfNoEntry: false })?.isDirectory()) {
      const zip = `${fs.realpathSync(pkg)}/python_stdlib.zip`;
      return fs.existsSync(zip) ? zip : null;
    }
    if (dir.pathname === "/") break;
  }
  try {
    const require = createRequire(import.meta.url);
    const pkg = require.resolve("pyodide/package.json");
    const zip = pkg.slice(0, pkg.length - "package.json".length) + "python_stdlib.zip";
    return fs.existsSync(zip) ? zip : null;
  } catch {
    return null;
  }
}

/** The cache directory for compiled modules: $XDG_CACHE_HOME/swallow or ~/.cache/swallow. */
export function defaultCacheDir(env: Record<string, string>): string | null {
  if (env["SWALLOW_CACHE_DIR"]) return env["SWALLOW_CACHE_DIR"];
  if (env["XDG_CACHE_HOME"]) return env["XDG_CACHE_HOME"] + "/swallow";
  const home = env["HOME"] ?? os.homedir();
  return home ? home + "/.cache/swallow" : null;
}

/** The bundle's fingerprint of the parser and compiler it holds, written in by
 * scripts/bundle_cli.js; undefined when running from the modules of dist/. */
declare const __SWALLOW_COMPILER_FINGERPRINT__: string | undefined;

/** Identifies the running build of the parser and compiler, for the code cache's keys:
 * the sizes and modification times of their compiled files (build_fingerprint.ts). */
export function buildFingerprint(version: string): string {
  const fingerprint =
    typeof __SWALLOW_COMPILER_FINGERPRINT__ === "string"
      ? __SWALLOW_COMPILER_FINGERPRINT__
      : compilerFingerprint(new URL("../", import.meta.url));
  return `${version}-${fingerprint}`;
}

/** statvfs's f_flag for the mount holding `path`, from its options in /proc/self/mountinfo
 * (the longest mount point that is a prefix of the path's real location); 0 where that
 * cannot be read. */
function mountFlags(path: string): number {
  let real: string;
  let info: string;
  try {
    real = fs.realpathSync(path);
    info = fs.readFileSync("/proc/self/mountinfo", "latin1");
  } catch {
    return 0;
  }
  let best = "";
  let options = "";
  for (const line of info.split("\n")) {
    const fields = line.split(" ");
    const mountPoint = fields[4]?.replace(/\\040/g, " ");
    if (mountPoint === undefined || fields[5] === undefined) continue;
    const inside =
      real === mountPoint || real.startsWith(mountPoint.endsWith("/") ? mountPoint : mountPoint + "/");
    if (inside && mountPoint.length >= best.length) {
      best = mountPoint;
      options = fields[5];
    }
  }
  let flag = 0;
  for (const option of options.split(",")) flag |= MOUNT_OPTION_FLAGS[option] ?? 0;
  return flag;
}

/** Linux's ST_* bits of statvfs's f_flag, by mount option. */
const MOUNT_OPTION_FLAGS: Record<string, number> = {
  ro: 1,
  nosuid: 2,
  nodev: 4,
  noexec: 8,
  sync: 16,
  mand: 64,
  noatime: 1024,
  nodiratime: 2048,
  relatime: 4096,
};

/** Field `index` after the command name of /proc/PID/stat (0: state, 1: ppid, 2: process
 * group, 3: session); the name is in parentheses and may hold anything, so fields are
 * counted from its closing one. */
function procStatField(pid: number, index: number): number {
  const path = `/proc/${pid === 0 ? "self" : pid}/stat`;
  let stat: string;
  try {
    stat = fs.readFileSync(path, "latin1");
  } catch {
    throw new HostError(3, "ESRCH", "No such process");
  }
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[index]);
}
