// A read-only zip archive reader (PKWARE APPNOTE): the end-of-central-directory record,
// the central directory, and entries stored (method 0) or deflated (method 8). Inflating is
// the host's job (Node's zlib now, a pure-JS inflater in a browser), passed in as a
// function, so this file stays free of Node.
//
// Only what reading CPython's Lib out of pyodide's python_stdlib.zip needs: no zip64, no
// encryption, no multi-disk archives. Names are UTF-8 (flag bit 11) or, as the format
// says, CP437 — Lib's names are ASCII either way.

export type Inflate = (data: Uint8Array, uncompressedSize: number) => Uint8Array;

/** Where the archive's bytes come from: the whole of it in memory, or a file read in
 * pieces (a start whose modules all come from the compiled-module cache then reads the
 * central directory only, 35 KB of pyodide's 2.3 MB). */
export interface ZipSource {
  size: number;
  /** `length` bytes from `offset` (fewer only at the end). */
  read(offset: number, length: number): Uint8Array;
}

function inMemory(data: Uint8Array): ZipSource {
  return { size: data.length, read: (offset, length) => data.subarray(offset, offset + length) };
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** The CRC-32 of the uncompressed bytes, as the central directory records it. */
  crc32: number;
  localHeaderOffset: number;
  /** DOS date and time, converted to seconds since the epoch (local time taken as UTC). */
  mtime: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export class ZipError extends Error {}

function dosTime(date: number, time: number): number {
  const year = 1980 + (date >> 9);
  const month = ((date >> 5) & 15) - 1;
  const day = date & 31;
  return Date.UTC(year, month, day, time >> 11, (time >> 5) & 63, (time & 31) * 2) / 1000;
}

export class ZipArchive {
  /** Entries by name ("os.py", "json/__init__.py"); directories end in "/". */
  readonly entries = new Map<string, ZipEntry>();
  /** Directory ("" for the root, "json" ...) → the names directly inside it. */
  readonly directories = new Map<string, Set<string>>();

  private readonly source: ZipSource;

  constructor(
    archive: Uint8Array | ZipSource,
    private readonly inflate: Inflate,
  ) {
    const source = archive instanceof Uint8Array ? inMemory(archive) : archive;
    this.source = source;
    // The end record is 22 bytes plus a comment of at most 65535 bytes.
    const tailStart = Math.max(0, source.size - 22 - 65535);
    const tail = source.read(tailStart, source.size - tailStart);
    const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tailView.getUint32(i, true) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipError("not a zip file");
    const count = tailView.getUint16(eocd + 10, true);
    const directorySize = tailView.getUint32(eocd + 12, true);
    const directoryStart = tailView.getUint32(eocd + 16, true);
    // The central directory sits just before the end record, in the tail already read
    // unless the archive's comment is long.
    const data =
      directoryStart >= tailStart && directoryStart + directorySize <= tailStart + tail.length
        ? tail.subarray(directoryStart - tailStart, directoryStart - tailStart + directorySize)
        : source.read(directoryStart, directorySize);
    if (data.length < directorySize) throw new ZipError("bad central directory");
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let p = 0;
    const utf8 = new TextDecoder("utf-8");
    this.directories.set("", new Set());
    for (let i = 0; i < count; i++) {
      if (view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw new ZipError("bad central directory");
      const method = view.getUint16(p + 10, true);
      const time = view.getUint16(p + 12, true);
      const date = view.getUint16(p + 14, true);
      const crc32 = view.getUint32(p + 16, true);
      const compressedSize = view.getUint32(p + 20, true);
      const size = view.getUint32(p + 24, true);
      const nameLength = view.getUint16(p + 28, true);
      const extraLength = view.getUint16(p + 30, true);
      const commentLength = view.getUint16(p + 32, true);
      const localHeaderOffset = view.getUint32(p + 42, true);
      const name = utf8.decode(data.subarray(p + 46, p + 46 + nameLength));
      p += 46 + nameLength + extraLength + commentLength;
      this.entries.set(name, {
        name,
        method,
        compressedSize,
        size,
        crc32,
        localHeaderOffset,
        mtime: dosTime(date, time),
      });
      this.addToDirectories(name.endsWith("/") ? name.slice(0, -1) : name);
    }
  }

  /** Registers `path` and its parents as directory members (zips may omit directory entries). */
  private addToDirectories(path: string): void {
    for (;;) {
      const slash = path.lastIndexOf("/");
      const parent = slash < 0 ? "" : path.slice(0, slash);
      let members = this.directories.get(parent);
      const isNew = members === undefined;
      if (members === undefined) {
        members = new Set();
        this.directories.set(parent, members);
      }
      members.add(path.slice(slash + 1));
      if (!isNew || parent === "") return;
      path = parent;
    }
  }

  isDirectory(name: string): boolean {
    return this.directories.has(name);
  }

  isFile(name: string): boolean {
    return !name.endsWith("/") && this.entries.has(name);
  }

  /** The bytes of a file entry; undefined if there is none. */
  read(name: string): Uint8Array | undefined {
    const e = this.entries.get(name);
    if (e === undefined || name.endsWith("/")) return undefined;
    const h = e.localHeaderOffset;
    const header = this.source.read(h, 30);
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    if (header.length < 30 || view.getUint32(0, true) !== LOCAL_SIGNATURE)
      throw new ZipError(`bad local header for ${name}`);
    const start = h + 30 + view.getUint16(26, true) + view.getUint16(28, true);
    const raw = this.source.read(start, e.compressedSize);
    if (raw.length < e.compressedSize) throw new ZipError(`truncated entry ${name}`);
    if (e.method === 0) return raw.slice();
    if (e.method === 8) return this.inflate(raw, e.size);
    throw new ZipError(`unsupported compression method ${e.method} for ${name}`);
  }
}
