// Presents a zip archive as a read-only directory of the host's file system: paths under
// `<archive>/` are served from the archive by readFile, stat and listDir, everything else
// goes to the underlying host. The import system then finds Lib's modules in
// `.../python_stdlib.zip/os.py` like files in any sys.path directory (CPython's zipimport
// gives the same view: sys.path names the archive, __file__ is `<archive>/os.py`).

import { HostError, type Host, type HostStat } from "./host.js";
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
  return overlay;
}
