// Presents a zip archive as a read-only directory of the host's file system: paths under
// `<archive>/` are served from the archive by readFile, stat and listDir, everything else
// goes to the underlying host. The import system then finds Lib's modules in
// `.../python_stdlib.zip/os.py` like files in any sys.path directory (CPython's zipimport
// gives the same view: sys.path names the archive, __file__ is `<archive>/os.py`).

import { HostError, type Host, type HostStat } from "./host.js";
import type { HostOS, HostStatResult } from "./stdlib_os.js";
import { ZipArchive, type Inflate } from "./zip.js";

const NOT_FOUND = (path: string) => new HostError(2, "ENOENT", "No such file or directory", path);

/** A host whose view of `archivePath` is the archive's contents. The archive's central
 * directory is read when it is first touched, and a member's bytes when they are read
 * (where the host reads files in pieces; else the whole archive at once). */
export function mountZip(host: Host, archivePath: string, inflate: Inflate): Host {
  const prefix = archivePath.endsWith("/") ? archivePath : archivePath + "/";
  const root = prefix.slice(0, -1);
  let archive: ZipArchive | null = null;
  const open = (): ZipArchive => {
    const size = host.readRange ? host.stat(root)?.size : undefined;
    if (size === undefined) return new ZipArchive(host.readFile(root), inflate);
    return new ZipArchive({ size, read: (offset, length) => host.readRange!(root, offset, length) }, inflate);
  };
  const zip = (): ZipArchive => (archive ??= open());
  /** The member name for a path inside the archive, or undefined for other paths. */
  const member = (path: string): string | undefined => {
    if (path === root) return "";
    if (!path.startsWith(prefix)) return undefined;
    let name = path.slice(prefix.length);
    while (name.endsWith("/")) name = name.slice(0, -1);
    return name;
  };
  let archiveMtime = -1;
  const overlay = Object.create(host) as Host;
  overlay.readFile = (path) => {
    const name = member(path);
    if (name === undefined) return host.readFile(path);
    const data = zip().read(name);
    if (data === undefined) {
      if (zip().isDirectory(name)) throw new HostError(21, "EISDIR", "Is a directory", path);
      throw NOT_FOUND(path);
    }
    return data;
  };
  overlay.readRange = (path, offset, length) => {
    if (member(path) === undefined) {
      if (host.readRange) return host.readRange(path, offset, length);
      return host.readFile(path).subarray(offset, offset + length);
    }
    return overlay.readFile(path).subarray(offset, offset + length);
  };
  overlay.stat = (path): HostStat | null => {
    const name = member(path);
    if (name === undefined) return host.stat(path);
    if (archiveMtime < 0) archiveMtime = host.stat(root)?.mtime ?? 0;
    if (zip().isDirectory(name))
      return { isFile: false, isDirectory: true, size: 0, mtime: archiveMtime, mode: 0o40555 };
    const e = zip().entries.get(name);
    if (e === undefined) return null;
    return { isFile: true, isDirectory: false, size: e.size, mtime: e.mtime, mode: 0o100444 };
  };
  // What the central directory says of a member is enough to tell its bytes apart (a changed
  // member has another CRC-32 or size), so the compiled-module cache finds a module's entry
  // without inflating and hashing its source.
  overlay.contentKey = (path) => {
    const name = member(path);
    if (name === undefined) return host.contentKey?.(path);
    const e = zip().entries.get(name);
    if (e === undefined || name === "" || name.endsWith("/")) return undefined;
    return `zip-crc32:${e.crc32.toString(16)}:${e.size}`;
  };
  overlay.listDir = (path) => {
    const name = member(path);
    if (name === undefined) return host.listDir(path);
    const members = zip().directories.get(name);
    if (members === undefined) {
      if (zip().isFile(name)) throw new HostError(20, "ENOTDIR", "Not a directory", path);
      throw NOT_FOUND(path);
    }
    return [...members];
  };
  overlay.realpath = (path) => {
    const name = member(path);
    if (name === undefined) return host.realpath(path);
    return name === "" ? root : prefix + name;
  };
  if (host.os !== undefined) {
    const os = mountZipOS(host.os, root, member, zip);
    Object.defineProperty(overlay, "os", { value: os, enumerable: true });
  }
  return overlay;
}

/** Descriptors of archive members opened through the POSIX view: far above the ones the
 * system hands out, so that the two never meet. */
const MEMBER_FD_BASE = 0x40000000;

interface OpenMember {
  data: Uint8Array | null;
  position: number;
  stat: HostStatResult;
}

const readOnly = (path: string) => new HostError(30, "EROFS", "Read-only file system", path);
const badFd = () => new HostError(9, "EBADF", "Bad file descriptor");

/** The POSIX view of the archive (what `posix` and `_io` use): its members are read-only
 * files and its directories read-only directories, so that a program that opens or stats
 * a module's __file__ finds it as it would in a Lib directory. A member opened for reading
 * gets a descriptor whose reads come from memory. */
function mountZipOS(
  os: HostOS,
  root: string,
  member: (path: string) => string | undefined,
  zip: () => ZipArchive,
): HostOS {
  const overlay = Object.create(os) as HostOS;
  const open = new Map<number, OpenMember>();
  let nextFd = MEMBER_FD_BASE;
  let archive: HostStatResult | null = null;
  const statOf = (name: string, path: string): HostStatResult => {
    archive ??= os.stat(root, true);
    const directory = name === "" || zip().isDirectory(name);
    const entry = zip().entries.get(name);
    if (!directory && entry === undefined) throw NOT_FOUND(path);
    const size = entry?.size ?? 0;
    const mtimeNs = entry !== undefined ? BigInt(entry.mtime) * 1_000_000_000n : archive.mtimeNs;
    return {
      ...archive,
      mode: directory ? 0o40555 : 0o100444,
      ino: BigInt(hashName(name)),
      nlink: 1,
      size,
      atimeNs: mtimeNs,
      mtimeNs,
      ctimeNs: archive.ctimeNs,
      blocks: Math.ceil(size / 512),
    };
  };
  const openMember = (fd: number): OpenMember | undefined => open.get(fd);
  const refuse = (path: string) => {
    if (member(path) !== undefined) throw readOnly(path);
  };

  overlay.stat = (path, followSymlinks) => {
    const name = member(path);
    return name === undefined ? os.stat(path, followSymlinks) : statOf(name, path);
  };
  overlay.fstat = (fd) => openMember(fd)?.stat ?? os.fstat(fd);
  overlay.open = (path, flags, mode) => {
    const name = member(path);
    if (name === undefined) return os.open(path, flags, mode);
    // O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND
    if ((flags & 0o3) !== 0 || (flags & 0o3100) !== 0) throw readOnly(path);
    const stat = statOf(name, path);
    const data = (stat.mode & 0o170000) === 0o40000 ? null : zip().read(name)!;
    const fd = nextFd++;
    open.set(fd, { data, position: 0, stat });
    return fd;
  };
  overlay.read = (fd, n) => {
    const f = openMember(fd);
    if (f === undefined) return os.read(fd, n);
    if (f.data === null) throw new HostError(21, "EISDIR", "Is a directory");
    const out = f.data.slice(f.position, f.position + n);
    f.position += out.length;
    return out;
  };
  overlay.lseek = (fd, offset, whence) => {
    const f = openMember(fd);
    if (f === undefined) return os.lseek(fd, offset, whence);
    const base = whence === 0 ? 0 : whence === 1 ? f.position : whence === 2 ? (f.data?.length ?? 0) : NaN;
    const target = base + offset;
    if (!(target >= 0)) throw new HostError(22, "EINVAL", "Invalid argument");
    f.position = target;
    return target;
  };
  overlay.close = (fd) => {
    if (!open.delete(fd)) os.close(fd);
  };
  overlay.write = (fd, data) => {
    if (openMember(fd) !== undefined) throw badFd();
    return os.write(fd, data);
  };
  overlay.ftruncate = (fd, length) => {
    if (openMember(fd) !== undefined) throw new HostError(22, "EINVAL", "Invalid argument");
    os.ftruncate(fd, length);
  };
  overlay.fsync = (fd) => {
    if (openMember(fd) === undefined) os.fsync(fd);
  };
  overlay.isatty = (fd) => (openMember(fd) !== undefined ? false : os.isatty(fd));
  overlay.dup = (fd) => {
    const f = openMember(fd);
    if (f === undefined) return os.dup(fd);
    const copy = nextFd++;
    open.set(copy, f);
    return copy;
  };
  overlay.listDir = (path) => {
    const name = member(path);
    if (name === undefined) return os.listDir(path);
    const members = zip().directories.get(name);
    if (members !== undefined) return [...members];
    if (zip().isFile(name)) throw new HostError(20, "ENOTDIR", "Not a directory", path);
    throw NOT_FOUND(path);
  };
  overlay.access = (path, mode) => {
    const name = member(path);
    if (name === undefined) return os.access(path, mode);
    try {
      statOf(name, path);
    } catch {
      return false;
    }
    return (mode & 2) === 0; // W_OK
  };
  overlay.readlink = (path) => {
    const name = member(path);
    if (name === undefined) return os.readlink(path);
    statOf(name, path);
    throw new HostError(22, "EINVAL", "Invalid argument", path);
  };
  for (const method of ["mkdir", "rmdir", "unlink", "chmod", "utime"] as const) {
    const original = os[method].bind(os) as (path: string, ...rest: number[]) => void;
    overlay[method] = ((path: string, ...rest: number[]) => {
      refuse(path);
      original(path, ...rest);
    }) as never;
  }
  overlay.rename = (src, dst) => {
    refuse(src);
    refuse(dst);
    os.rename(src, dst);
  };
  return overlay;
}

/** A stable inode number for a member (FNV-1a of its name). */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
