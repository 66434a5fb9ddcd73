// The `posix` module: what Lib's os.py, posixpath, shutil, tempfile, glob and pathlib need,
// over the host's POSIX interface (src/host/stdlib_os.ts). Paths given as bytes come back
// as bytes; failures raise CPython's OSError subclasses with glibc's texts.
//
// DirEntry and the scandir iterator are written in Python (posix_py.ts) over listdir and
// stat; everything else is here.

import { None } from "../objects/bootstrap.js";
import { typeName } from "../objects/names.js";
import { bufferOf, newBytes, PyBytes } from "../objects/bytes.js";
import { PyDict } from "../objects/dict.js";
import { exceptionType, overflowError, typeError, valueError } from "../objects/exceptions.js";
import { newOSError } from "../objects/exception_methods.js";
import { builtinFunction } from "../objects/function.js";
import { tupleArgs } from "../objects/str_args.js";
import { newFloat } from "../objects/float.js";
import { index, toFloat } from "../objects/abstract.js";
import { PyList } from "../objects/list.js";
import type { PyObject } from "../objects/object.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { newTuple, PyTuple } from "../objects/tuple.js";
import { newSet, setAdd } from "../objects/set.js";
import type { HostOS, HostStatResult, HostStatvfsResult } from "../host/stdlib_os.js";
import { vm } from "../vm/state.js";
import { checkInterrupt } from "../vm/ops.js";
import {
  fn,
  fsDecode,
  fsEncode,
  fspath,
  hostOS,
  osCall,
  pathArg,
  pathResult,
  runModuleSource,
  strerror,
  structSeqType,
} from "./_os_helpers.js";
import { POSIX_PY } from "./posix_py.js";
import { registerNativeModule } from "./registry.js";
import { flushPendingWrites, flushPendingWritesTo } from "./_io/pending_writes.js";

const M = "posix";

export const statResult = structSeqType(
  "os",
  "stat_result",
  [
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    "st_atime",
    "st_mtime",
    "st_ctime",
  ],
  [
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
  ],
);
// Items 7-9 of the tuple are whole seconds; the attributes of the same names are the hidden
// float fields (the later getset wins), as in CPython.

const statvfsResult = structSeqType(
  "os",
  "statvfs_result",
  [
    "f_bsize",
    "f_frsize",
    "f_blocks",
    "f_bfree",
    "f_bavail",
    "f_files",
    "f_ffree",
    "f_favail",
    "f_flag",
    "f_namemax",
  ],
  ["f_fsid"],
);

function makeStatvfs(s: HostStatvfsResult): PyTuple {
  const t = statvfsResult.make([
    s.bsize,
    s.frsize,
    s.blocks,
    s.bfree,
    s.bavail,
    s.files,
    s.ffree,
    s.favail,
    s.flag,
    s.namemax,
  ]);
  // Node does not report the file system's id.
  (t as PyTuple & { hidden?: PyObject[] }).hidden = [0];
  return t;
}

function hostStatvfs(os: HostOS): (target: string | number) => HostStatvfsResult {
  if (os.statvfs === undefined) throw newOSError(38, strerror(38));
  return (target) => os.statvfs!(target);
}

const terminalSize = structSeqType("os", "terminal_size", ["columns", "lines"]);
const unameResult = structSeqType("posix", "uname_result", [
  "sysname",
  "nodename",
  "release",
  "version",
  "machine",
]);
const timesResult = structSeqType("posix", "times_result", [
  "user",
  "system",
  "children_user",
  "children_system",
  "elapsed",
]);

const NS = 1_000_000_000n;

function floorDivNs(ns: bigint): number {
  const q = ns / NS;
  return Number(ns < 0n && q * NS !== ns ? q - 1n : q);
}

export function makeStat(s: HostStatResult): PyTuple {
  const int = (n: bigint): PyObject => (n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n);
  return statResult.make([
    s.mode,
    int(s.ino),
    int(s.dev),
    s.nlink,
    s.uid,
    s.gid,
    s.size,
    floorDivNs(s.atimeNs),
    floorDivNs(s.mtimeNs),
    floorDivNs(s.ctimeNs),
    newFloat(Number(s.atimeNs) / 1e9),
    newFloat(Number(s.mtimeNs) / 1e9),
    newFloat(Number(s.ctimeNs) / 1e9),
    int(s.atimeNs),
    int(s.mtimeNs),
    int(s.ctimeNs),
    s.blksize,
    s.blocks,
    s.rdev,
  ]);
}

/** A file descriptor argument: a C int (CPython's fildes converter). */
function fdArg(v: PyObject): number {
  const fd = index(v);
  if (fd > 2147483647 || fd < -2147483648) throw overflowError("Python int too large to convert to C int");
  return Number(fd);
}

/** A descriptor a system call is made on: a negative one is the call's EBADF (Node refuses
 * it with a RangeError of its own). */
function openFd(v: PyObject): number {
  const fd = fdArg(v);
  if (fd < 0) throw newOSError(9, strerror(9));
  return fd;
}

function boolKw(v: PyObject | undefined, dflt: boolean): boolean {
  return v === undefined ? dflt : v === true || (v !== false && v !== None && v !== 0);
}

/** A path relative to an open directory (the *at calls' dir_fd), reached through
 * /proc/self/fd as openat reaches it; an absolute path ignores dir_fd, as openat's does. */
function atDir(path: string, dirFd: PyObject | undefined, filename: PyObject | undefined): string {
  if (dirFd === undefined || dirFd === None) return path;
  if (!isFd(dirFd) && typeof dirFd !== "boolean")
    throw typeError(`argument should be integer or None, not ${typeName(dirFd)}`);
  const fd = Number(dirFd);
  if (fd > 2147483647) throw overflowError("fd is greater than maximum");
  if (fd < -2147483648) throw overflowError("fd is less than minimum");
  if (fd < 0) throw newOSError(9, strerror(9), filename);
  osCall(filename, (os) => os.fstat(fd));
  return path.startsWith("/") ? path : `/proc/self/fd/${fd}/${path}`;
}

function doStat(path: PyObject, followSymlinks: boolean, func: string, dirFd?: PyObject): PyTuple {
  if (typeof path === "number" || typeof path === "bigint") {
    const fd = Number(path);
    return osCall(path, (os) => makeStat(os.fstat(fd)));
  }
  const p = pathArg(path, func, "path", func === "stat" ? "fd" : "");
  const target = atDir(p.path, dirFd, path);
  // Its size and times include what dropped file objects have yet to write (pending_writes.ts).
  flushPendingWritesTo(target);
  return osCall(path, (os) => makeStat(os.stat(target, followSymlinks)));
}

function environ(): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(vm.host.env())) d.set(newBytes(fsEncode(k)), newBytes(fsEncode(v)));
  return d;
}

function strOrBytes(v: PyObject, what: string): string {
  if (isStr(v)) return jsString(v);
  if (v instanceof PyBytes) return fsDecode(v.data);
  throw typeError(
    `${what} should be string or bytes, not ${(v as { type?: { name: string } }).type?.name ?? typeof v}`,
  );
}

function isSymlink(path: string): boolean {
  try {
    return (hostOS().stat(path, false).mode & 0o170000) === 0o120000;
  } catch {
    return false;
  }
}

const isFd = (v: PyObject): boolean => typeof v === "number" || typeof v === "bigint";

/** A path argument that may be an open file descriptor (CPython's path_t with allow_fd): the
 * descriptor, checked with fstat, is reached through /proc/self/fd as the f* call would
 * reach its file. `fdInError`: whether CPython names the descriptor in the OSError. */
function pathOrFd(
  v: PyObject,
  func: string,
  fdInError: boolean,
  also: "fd" | "fd or None" = "fd",
): { path: string; bytes: boolean; fd: number | null } {
  if (isFd(v)) {
    const fd = Number(v);
    osCall(fdInError ? v : undefined, (os) => os.fstat(fd));
    return { path: `/proc/self/fd/${fd}`, bytes: false, fd };
  }
  return { ...pathArg(v, func, "path", also), fd: null };
}

// What os.py builds supports_fd, supports_dir_fd and supports_follow_symlinks from: the
// descriptor and *at forms that the functions here take (through /proc/self/fd).
function noNul(s: string): string {
  if (s.includes("\0")) throw valueError("embedded null byte");
  return s;
}

/** A host call that a host may not have (HostOS's optional part): ENOSYS without it. */
function optional<K extends keyof HostOS>(name: K): NonNullable<HostOS[K]> {
  const os = hostOS();
  const f = os[name];
  if (typeof f !== "function") throw newOSError(38, strerror(38));
  return (f as (...args: unknown[]) => unknown).bind(os) as NonNullable<HostOS[K]>;
}

/** uid_t / gid_t arguments as CPython's converter takes them on a 64-bit system: -1 leaves
 * the id unchanged; a value that fits a C long but not a uid_t is reported as below the
 * minimum, one past a C long as above the maximum. */
function idArg(v: PyObject, what: "uid" | "gid"): number {
  const n = BigInt(index(v));
  if (n >= 1n << 63n) throw overflowError(`${what} is greater than maximum`);
  if (n < -1n || n > 0xffffffffn) throw overflowError(`${what} is less than minimum`);
  return Number(n);
}

function lessCommonFunctions(): [string, PyObject][] {
  return [
    fn(M, "chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)", (p, u, g, d, f) => {
      const uid = idArg(u!, "uid");
      const gid = idArg(g!, "gid");
      const pa = pathOrFd(p!, "chown", true);
      if (pa.fd !== null) osCall(p, () => optional("fchown")(pa.fd!, uid, gid));
      else {
        const path = atDir(pa.path, d, p);
        osCall(p, () => optional("chown")(path, uid, gid, boolKw(f, true)));
      }
      return None;
    }),
    fn(M, "lchown(path, uid, gid)", (p, u, g) => {
      const uid = idArg(u!, "uid");
      const gid = idArg(g!, "gid");
      const path = pathArg(p!, "lchown").path;
      osCall(p, () => optional("chown")(path, uid, gid, false));
      return None;
    }),
    fn(M, "fchown(fd, uid, gid)", (fd, u, g) => {
      const uid = idArg(u!, "uid");
      const gid = idArg(g!, "gid");
      osCall(undefined, () => optional("fchown")(openFd(fd!), uid, gid));
      return None;
    }),
    fn(M, "getloadavg()", () => {
      const load = osCall(undefined, () => optional("loadavg")());
      return newTuple(load.map((x) => newFloat(x)));
    }),
    fn(M, "sched_getaffinity(pid, /)", (pid) => {
      const cpus = osCall(undefined, () => optional("affinity")(Number(index(pid!))));
      const set = newSet();
      for (const c of cpus) setAdd(set, c);
      return set;
    }),
    fn(M, "getpgrp()", () => osCall(undefined, () => optional("processGroup")(0))),
    fn(M, "getpgid(pid)", (pid) => osCall(undefined, () => optional("processGroup")(Number(index(pid!))))),
    fn(M, "getsid(pid, /)", (pid) => osCall(undefined, () => optional("session")(Number(index(pid!))))),
    fn(M, "getgroups()", () => new PyList(osCall(undefined, () => optional("groups")()))),
    fn(M, "pread(fd, length, offset, /)", (fd, n, off) => {
      const len = Number(index(n!));
      if (len < 0) throw newOSError(22, strerror(22));
      return newBytes(osCall(undefined, () => optional("pread")(openFd(fd!), len, Number(index(off!)))));
    }),
    fn(M, "pwrite(fd, buffer, offset, /)", (fd, data, off) =>
      osCall(undefined, () => {
        const buf = bufferOf(data!);
        if (buf === undefined) throw typeError(`a bytes-like object is required, not '${typeName(data!)}'`);
        return optional("pwrite")(openFd(fd!), buf, Number(index(off!)));
      }),
    ),
    fn(M, "fdatasync(fd)", (fd) => {
      osCall(undefined, () => optional("fdatasync")(openFd(fd!)));
      return None;
    }),
    fn(M, "nice(increment, /)", (inc) => {
      const getPriority = optional("getPriority");
      const value = osCall(undefined, () => {
        const next = Math.min(19, Math.max(-20, getPriority(0) + Number(index(inc!))));
        optional("setPriority")(0, next);
        return getPriority(0);
      });
      return value;
    }),
    fn(M, "getpriority(which, who)", (which, who) => {
      priorityTarget(which!);
      return osCall(undefined, () => optional("getPriority")(Number(index(who!))));
    }),
    fn(M, "setpriority(which, who, priority)", (which, who, prio) => {
      priorityTarget(which!);
      osCall(undefined, () => optional("setPriority")(Number(index(who!)), Number(index(prio!))));
      return None;
    }),
    fn(M, "ttyname(fd, /)", (fd) => strFromJS(osCall(undefined, () => optional("ttyname")(openFd(fd!))))),
  ];
}

/** getpriority/setpriority for PRIO_PROCESS, the one kind the host can answer. */
function priorityTarget(which: PyObject): void {
  if (Number(index(which)) !== 0) throw newOSError(22, strerror(22));
}

const HAVE_FUNCTIONS = [
  "HAVE_FSTATAT",
  "HAVE_FCHMOD",
  "HAVE_FTRUNCATE",
  "HAVE_LSTAT",
  "HAVE_UTIMENSAT",
  "HAVE_FUTIMENS",
  "HAVE_FCHDIR",
  "HAVE_FDOPENDIR",
  "HAVE_FSTATVFS",
  "HAVE_OPENAT",
  "HAVE_UNLINKAT",
  "HAVE_MKDIRAT",
  "HAVE_RENAMEAT",
  "HAVE_READLINKAT",
  "HAVE_SYMLINKAT",
  "HAVE_FCHMODAT",
  "HAVE_FACCESSAT",
  "HAVE_LINKAT",
];

function nativeFunctions(): Record<string, PyObject> {
  return Object.fromEntries([
    fn(M, "stat(path, *, dir_fd=None, follow_symlinks=True)", (p, d, f) =>
      doStat(p!, boolKw(f, true), "stat", d),
    ),
    fn(M, "lstat(path, *, dir_fd=None)", (p, d) => doStat(p!, false, "lstat", d)),
    fn(M, "fstat(fd)", (fd) => osCall(undefined, (os) => makeStat(os.fstat(openFd(fd!))))),
    fn(M, "statvfs(path)", (p) => {
      const target = pathOrFd(p!, "statvfs", true);
      return osCall(p, (os) => makeStatvfs(hostStatvfs(os)(target.fd ?? target.path)));
    }),
    fn(M, "fstatvfs(fd, /)", (fd) => osCall(undefined, (os) => makeStatvfs(hostStatvfs(os)(openFd(fd!))))),
    fn(M, "listdir(path=None)", (p) => {
      const pa =
        p === undefined || p === None
          ? { path: ".", bytes: false }
          : pathOrFd(p, "listdir", false, "fd or None");
      const names = osCall(p === undefined || p === None ? strFromJS(".") : isFd(p) ? undefined : p, (os) =>
        os.listDir(pa.path),
      );
      return new PyList(names.map((n) => pathResult(n, pa.bytes)));
    }),
    fn(M, "getcwd()", () => osCall(undefined, (os) => strFromJS(os.getcwd()))),
    fn(M, "getcwdb()", () => osCall(undefined, (os) => newBytes(fsEncode(os.getcwd())))),
    fn(M, "chdir(path)", (p) => {
      const pa = pathOrFd(p!, "chdir", true);
      osCall(p, (os) => os.chdir(pa.path));
      return None;
    }),
    fn(M, "mkdir(path, mode=511, *, dir_fd=None)", (p, mode, d) => {
      const pa = pathArg(p!, "mkdir");
      const path = atDir(pa.path, d, p);
      osCall(p, (os) => os.mkdir(path, Number(index(mode!))));
      return None;
    }),
    fn(M, "rmdir(path, *, dir_fd=None)", (p, d) => {
      const pa = pathArg(p!, "rmdir");
      const path = atDir(pa.path, d, p);
      osCall(p, (os) => os.rmdir(path));
      return None;
    }),
    fn(M, "unlink(path, *, dir_fd=None)", (p, d) => {
      const pa = pathArg(p!, "unlink");
      const path = atDir(pa.path, d, p);
      osCall(p, (os) => os.unlink(path));
      return None;
    }),
    fn(M, "remove(path, *, dir_fd=None)", (p, d) => {
      const pa = pathArg(p!, "remove");
      const path = atDir(pa.path, d, p);
      osCall(p, (os) => os.unlink(path));
      return None;
    }),
    fn(M, "rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)", (s, d, sd, dd) => {
      const a = atDir(pathArg(s!, "rename", "src").path, sd, s);
      const b = atDir(pathArg(d!, "rename", "dst").path, dd, d);
      osCall(s, (os) => os.rename(a, b), d);
      return None;
    }),
    fn(M, "replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)", (s, d, sd, dd) => {
      const a = atDir(pathArg(s!, "replace", "src").path, sd, s);
      const b = atDir(pathArg(d!, "replace", "dst").path, dd, d);
      osCall(s, (os) => os.rename(a, b), d);
      return None;
    }),
    fn(M, "readlink(path, *, dir_fd=None)", (p, d) => {
      const pa = pathArg(p!, "readlink");
      const path = atDir(pa.path, d, p);
      return pathResult(
        osCall(p, (os) => os.readlink(path)),
        pa.bytes,
      );
    }),
    fn(M, "symlink(src, dst, target_is_directory=False, *, dir_fd=None)", (s, d, _dir, dfd) => {
      const a = pathArg(s!, "symlink", "src");
      const b = atDir(pathArg(d!, "symlink", "dst").path, dfd, d);
      osCall(s, (os) => os.symlink(a.path, b), d);
      return None;
    }),
    fn(M, "link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)", (s, d, sd, dd) => {
      const a = atDir(pathArg(s!, "link", "src").path, sd, s);
      const b = atDir(pathArg(d!, "link", "dst").path, dd, d);
      // Linux's link(2) links a symbolic link itself, and CPython calls it for the default
      // follow_symlinks=True too: either way the link is not followed.
      osCall(s, (os) => os.link(a, b), d);
      return None;
    }),
    fn(M, "chmod(path, mode, *, dir_fd=None, follow_symlinks=True)", (p, mode, d) => {
      const pa = pathOrFd(p!, "chmod", true);
      const path = pa.fd === null ? atDir(pa.path, d, p) : pa.path;
      osCall(p, (os) => os.chmod(path, Number(index(mode!))));
      return None;
    }),
    fn(
      M,
      "access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)",
      (p, mode, d, _e, f) => {
        const path = atDir(pathArg(p!, "access").path, d, p);
        // Without following, the question is about the link itself, which anyone may use.
        if (!boolKw(f, true) && isSymlink(path)) return true;
        return hostOS().access(path, Number(index(mode!)));
      },
    ),
    fn(M, "utime(path, times=None, *, ns=?, dir_fd=None, follow_symlinks=True)", (p, times, ns, d, f) => {
      const pa = pathOrFd(p!, "utime", false);
      if (pa.fd === null) pa.path = atDir(pa.path, d, p);
      let at: number;
      let mt: number;
      if (ns !== undefined) {
        if (times !== undefined && times !== None)
          throw valueError("utime: you may specify either 'times' or 'ns' but not both");
        const t = ns as PyTuple;
        at = Number(index(t.items[0]!)) / 1e9;
        mt = Number(index(t.items[1]!)) / 1e9;
      } else if (times === undefined || times === None) {
        at = mt = vm.host.wallTime();
      } else {
        if (!(times instanceof PyTuple) || times.items.length !== 2)
          throw typeError("utime: 'times' must be either a tuple of two ints or None");
        at = toFloat(times.items[0]!);
        mt = toFloat(times.items[1]!);
      }
      osCall(pa.fd === null ? p : undefined, (os) => os.utime(pa.path, at, mt, boolKw(f, true)));
      return None;
    }),
    fn(M, "open(path, flags, mode=511, *, dir_fd=None)", (p, flags, mode, d) => {
      const pa = pathArg(p!, "open");
      const path = atDir(pa.path, d, p);
      return osCall(p, (os) => os.open(path, Number(index(flags!)), Number(index(mode!))));
    }),
    fn(M, "read(fd, length, /)", (fd, n) => {
      const len = Number(index(n!));
      if (len < 0) throw valueError("negative length");
      return newBytes(osCall(undefined, (os) => os.read(openFd(fd!), len)));
    }),
    fn(M, "write(fd, data, /)", (fd, data) => {
      const buf = bufferOf(data!);
      if (buf === undefined) throw typeError(`a bytes-like object is required, not '${typeName(data!)}'`);
      return osCall(undefined, (os) => os.write(openFd(fd!), buf));
    }),
    fn(M, "close(fd)", (fd) => {
      osCall(undefined, (os) => os.close(openFd(fd!)));
      return None;
    }),
    fn(M, "closerange(fd_low, fd_high, /)", () => None),
    fn(M, "lseek(fd, position, whence, /)", (fd, pos, how) =>
      osCall(undefined, (os) => os.lseek(openFd(fd!), Number(index(pos!)), Number(index(how!)))),
    ),
    fn(M, "ftruncate(fd, length, /)", (fd, n) => {
      osCall(undefined, (os) => os.ftruncate(openFd(fd!), Number(index(n!))));
      return None;
    }),
    fn(M, "truncate(path, length)", (p, n) => {
      if (isFd(p!)) {
        osCall(undefined, (os) => os.ftruncate(Number(p), Number(index(n!))));
        return None;
      }
      const pa = pathArg(p!, "truncate", "path", "fd");
      osCall(p, (os) => {
        const fd = os.open(pa.path, 1, 0);
        try {
          os.ftruncate(fd, Number(index(n!)));
        } finally {
          os.close(fd);
        }
      });
      return None;
    }),
    fn(M, "fsync(fd)", (fd) => {
      osCall(undefined, (os) => os.fsync(openFd(fd!)));
      return None;
    }),
    fn(M, "isatty(fd, /)", (fd) => vm.host.os?.isatty(fdArg(fd!)) ?? vm.host.isatty(fdArg(fd!))),
    fn(M, "get_inheritable(fd, /)", () => false),
    fn(M, "set_inheritable(fd, inheritable, /)", () => None),
    fn(M, "get_blocking(fd, /)", () => true),
    fn(M, "set_blocking(fd, blocking, /)", () => None),
    fn(M, "device_encoding(fd)", (fd) => (vm.host.isatty(fdArg(fd!)) ? strFromJS("utf-8") : None)),
    fn(M, "putenv(name, value, /)", (k, v) => {
      const key = noNul(strOrBytes(k!, "putenv: name"));
      const value = noNul(strOrBytes(v!, "putenv: value"));
      if (key.includes("=")) throw valueError("illegal environment variable name");
      // setenv(3) refuses an empty name.
      if (key === "") throw newOSError(22, strerror(22));
      hostOS().putenv(key, value);
      return None;
    }),
    fn(M, "unsetenv(name, /)", (k) => {
      const key = noNul(strOrBytes(k!, "unsetenv: name"));
      if (key === "" || key.includes("=")) throw newOSError(22, strerror(22));
      hostOS().unsetenv(key);
      return None;
    }),
    fn(M, "getpid()", () => vm.host.os?.getpid() ?? 1),
    fn(M, "getppid()", () => vm.host.os?.getppid() ?? 0),
    fn(M, "getuid()", () => vm.host.os?.ids().uid ?? 0),
    fn(M, "geteuid()", () => vm.host.os?.ids().euid ?? 0),
    fn(M, "getgid()", () => vm.host.os?.ids().gid ?? 0),
    fn(M, "getegid()", () => vm.host.os?.ids().egid ?? 0),
    fn(M, "getlogin()", () => strFromJS(vm.host.env()["USER"] ?? vm.host.env()["LOGNAME"] ?? "root")),
    fn(M, "umask(mask, /)", (m) => hostOS().umask(Number(index(m!)))),
    [
      "kill",
      // CPython parses kill's arguments with PyArg_ParseTuple, hence its own messages.
      builtinFunction(
        "kill",
        (args, kwnames) => {
          tupleArgs("kill", `${M}.kill`, args, kwnames, 2, 2);
          osCall(undefined, (os) => os.kill(Number(index(args[0]!)), Number(index(args[1]!))));
          // As CPython: a signal sent to this process has its handler run before kill returns.
          checkInterrupt();
          return None;
        },
        M,
      ),
    ],
    fn(M, "urandom(size, /)", (n) => {
      const size = Number(index(n!));
      if (size < 0) throw valueError("negative argument not allowed");
      return newBytes(vm.host.randomBytes(size));
    }),
    fn(M, "fspath(path)", (p) => fspath(p!)),
    fn(M, "strerror(code, /)", (c) => strFromJS(strerror(Number(index(c!))))),
    fn(M, "get_terminal_size(fd=1, /)", (fd) => {
      const [cols, rows] = osCall(undefined, (os) => os.terminalSize(openFd(fd!)));
      return terminalSize.make([cols, rows]);
    }),
    fn(M, "cpu_count()", () => vm.host.os?.cpuCount() ?? None),
    ...lessCommonFunctions(),
    fn(M, "uname()", () => {
      const u = hostOS().uname();
      return unameResult.make(
        [u.sysname, u.nodename, u.release, u.version, u.machine].map((s) => strFromJS(s)),
      );
    }),
    fn(M, "times()", () => {
      const t = hostOS().cpuTimes();
      return timesResult.make([t.user, t.system, 0, 0, vm.host.monotonic()].map((x) => newFloat(x)));
    }),
    fn(M, "_exit(status)", (s) => vm.host.exit(Number(index(s!)))),
    fn(M, "abort()", () => {
      // Death by SIGABRT, as abort(3) gives; a host that cannot signal itself exits 134.
      const os = vm.host.os;
      if (os !== undefined) os.kill(os.getpid(), 6);
      return vm.host.exit(134);
    }),
    fn(M, "waitstatus_to_exitcode(status)", (s) => {
      const st = Number(index(s!));
      if ((st & 0x7f) === 0) return (st >> 8) & 0xff;
      if (((st & 0x7f) + 1) >> 1 > 0 && (st & 0xff) !== 0x7f) return -(st & 0x7f);
      throw valueError(`invalid wait status: ${st}`);
    }),
    fn(M, "WIFEXITED(status)", (s) => (Number(index(s!)) & 0x7f) === 0),
    fn(M, "WEXITSTATUS(status)", (s) => (Number(index(s!)) >> 8) & 0xff),
    fn(M, "WIFSIGNALED(status)", (s) => {
      const st = Number(index(s!));
      return ((st & 0x7f) + 1) >> 1 > 0 && (st & 0xff) !== 0x7f;
    }),
    fn(M, "WTERMSIG(status)", (s) => Number(index(s!)) & 0x7f),
    fn(M, "WIFSTOPPED(status)", (s) => (Number(index(s!)) & 0xff) === 0x7f),
    fn(M, "WSTOPSIG(status)", (s) => (Number(index(s!)) >> 8) & 0xff),
    fn(M, "WCOREDUMP(status, /)", (s) => (Number(index(s!)) & 0x80) !== 0),
    fn(M, "WIFCONTINUED(status)", (s) => Number(index(s!)) === 0xffff),
    fn(
      M,
      "waitpid(pid, options, /)",
      (pid, options) => {
        const [p, status] = osCall(undefined, (os) =>
          os.waitpid(Number(index(pid!)), Number(index(options!)), checkInterrupt),
        );
        return new PyTuple([p, status]);
      },
      "tuple-qualified",
    ),
    fn(M, "wait()", () => new PyTuple(osCall(undefined, (os) => os.waitpid(-1, 0, checkInterrupt)))),
    fn(M, "system(command)", (c) => {
      const command = strOrBytes(c!, "system: command");
      flushPendingWrites(null);
      return osCall(undefined, (os) => os.system(command));
    }),
    fn(M, "pipe()", () => new PyTuple(osCall(undefined, (os) => os.pipe()))),
    fn(M, "dup(fd, /)", (fd) => osCall(undefined, (os) => os.dup(openFd(fd!)))),
    fn(M, "register_at_fork(*, before=None, after_in_child=None, after_in_parent=None)", (...hooks) => {
      if (hooks.every((h) => h === None)) throw typeError("At least one argument is required.");
      return None;
    }),
    fn(M, "fsencode_helper(s)", (s) => newBytes(fsEncode(jsString(s!)))),
  ]);
}

const CONSTANTS: Record<string, number> = {
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  O_APPEND: 0o2000,
  O_CREAT: 0o100,
  O_EXCL: 0o200,
  O_TRUNC: 0o1000,
  O_NOCTTY: 0o400,
  O_NONBLOCK: 0o4000,
  O_NDELAY: 0o4000,
  O_SYNC: 0o4010000,
  O_DSYNC: 0o10000,
  O_DIRECTORY: 0o200000,
  O_NOFOLLOW: 0o400000,
  O_CLOEXEC: 0o2000000,
  O_ACCMODE: 3,
  SEEK_SET: 0,
  SEEK_CUR: 1,
  SEEK_END: 2,
  WNOHANG: 1,
  RTLD_LAZY: 1,
  RTLD_NOW: 2,
  RTLD_GLOBAL: 256,
  RTLD_LOCAL: 0,
  RTLD_NODELETE: 4096,
  RTLD_NOLOAD: 4,
  RTLD_DEEPBIND: 8,
  PRIO_PROCESS: 0,
  PRIO_PGRP: 1,
  PRIO_USER: 2,
  WUNTRACED: 2,
  EX_OK: 0,
  EX_USAGE: 64,
  EX_SOFTWARE: 70,
  TMP_MAX: 238328,
  NGROUPS_MAX: 65536,
};

registerNativeModule("posix", () => {
  const ns: Record<string, PyObject> = {
    ...nativeFunctions(),
    ...CONSTANTS,
    environ: environ(),
    error: exceptionType("OSError"),
    stat_result: statResult.type,
    statvfs_result: statvfsResult.type,
    terminal_size: terminalSize.type,
    uname_result: unameResult.type,
    times_result: timesResult.type,
    _have_functions: new PyList(HAVE_FUNCTIONS.map((s) => strFromJS(s))),
  };
  return { ...ns, ...runModuleSource("posix", POSIX_PY, ns) };
});

void fsDecode;
