// sys.stdin, sys.stdout and sys.stderr, with their binary `buffer`s.
//
// CPython builds each as a TextIOWrapper over a BufferedReader or BufferedWriter over a
// FileIO. Swallow's TextIOWrapper is Python code (_io_py.ts), and print() through it is
// several times slower than through these native objects, so they are kept native with
// the same two levels of buffering and the same points of flushing: the text level
// passes its text on at 8 KB, at a newline when line-buffered (stdout on a terminal,
// stderr always) and at every write under -u; the binary level writes to the descriptor
// when 8 KB have gathered, and at every write under -u. What a child process or
// os.write() puts on the same descriptor therefore lands where it would under CPython.
//
// On POSIX CPython opens these with newline="\n": nothing is translated either way.

import { builtinType, None, objectType } from "../objects/bootstrap.js";
import { bufferOf, newBytes, type PyBytes } from "../objects/bytes.js";
import { decodeBytes } from "../objects/codecs.js";
import { newException, StopIteration_, typeError, valueError } from "../objects/exceptions.js";
import { defineGetSets, defineMethods, type KwNames } from "../objects/function.js";
import { callMethod, getAttr, index, iterate, isTrue } from "../objects/abstract.js";
import { PyList } from "../objects/list.js";
import { typeName } from "../objects/names.js";
import { newAttributeDict, type PyObject } from "../objects/object.js";
import { isStr, jsString, strFromJS } from "../objects/str.js";
import { clinicKwArgs } from "../objects/str_args.js";
import { vm } from "../vm/state.js";
import { checkInterrupt } from "../vm/ops.js";
import { findAndLoad } from "../vm/import.js";
import { ByteQueue } from "../host/byte_queue.js";
import { codePointCount } from "../parser/source.js";
import { finalizationHooks } from "../objects/finalization.js";

/** io.DEFAULT_BUFFER_SIZE, and TextIOWrapper's chunk size. */
const BUFFER_SIZE = 8192;

export const stdTextType = builtinType("TextIOWrapper", objectType, false);
stdTextType.dict.set("__module__", "_io");
const bufferedWriterType = builtinType("BufferedWriter", objectType, false);
bufferedWriterType.dict.set("__module__", "_io");
const bufferedReaderType = builtinType("BufferedReader", objectType, false);
bufferedReaderType.dict.set("__module__", "_io");

function closedError(): PyObject {
  return valueError("I/O operation on closed file.");
}

function unsupported(what: string): PyObject {
  const io = findAndLoad("_io");
  return newException(getAttr(io, "UnsupportedOperation") as never, what);
}

/** `a` followed by `b`. */
function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The binary level: a BufferedWriter over descriptor 1 or 2, or a BufferedReader over 0. */
export class PyStdBuffer {
  type: typeof bufferedWriterType;
  dict = newAttributeDict();
  closed = false;
  unbuffered = false;
  private readonly pending = new ByteQueue();
  /** Read ahead from stdin and not returned yet. */
  private readAhead: Uint8Array = new Uint8Array(0);
  private eof = false;

  constructor(
    readonly fd: 0 | 1 | 2,
    readonly name: string,
  ) {
    this.type = fd === 0 ? bufferedReaderType : bufferedWriterType;
  }

  write(data: Uint8Array): void {
    if (this.closed) throw valueError("write to closed file");
    if (this.pending.size + data.length > BUFFER_SIZE) this.flush();
    if (this.unbuffered || data.length >= BUFFER_SIZE) this.toHost(data);
    else this.pending.push(data);
  }

  /** UTF-8 text that is known to encode (no lone surrogates). */
  writeText(text: string): void {
    // Unbuffered (-u), the host encodes as it writes: print() makes one write per piece.
    if (this.unbuffered && this.pending.size === 0 && !this.closed) this.toHost(text);
    else this.write(Buffer.from(text, "utf8"));
  }

  /** Writes out what is buffered. With `keepOnError`, as an explicit flush in CPython, what
   * could not be written stays buffered (so the flush at exit fails again and is reported);
   * a flush to make room drops it, as CPython's large writes bypass the buffer. */
  flush(keepOnError = false): void {
    if (this.pending.size === 0) return;
    const data = this.pending.take(this.pending.size);
    try {
      this.toHost(data);
    } catch (e) {
      if (keepOnError) this.pending.push(data);
      throw e;
    }
  }

  private toHost(data: Uint8Array | string): void {
    if (this.fd === 1) vm.host.writeStdout(data);
    else if (this.fd === 2) vm.host.writeStderr(data);
  }

  /** One more read from the descriptor into the read-ahead; false at end of input. */
  private fill(): boolean {
    if (this.eof) return false;
    const more = vm.host.readStdin(65536, checkInterrupt);
    if (more.length === 0) {
      this.eof = true;
      return false;
    }
    this.readAhead = joined(this.readAhead, more);
    return true;
  }

  private take(n: number): Uint8Array {
    const out = this.readAhead.slice(0, n);
    this.readAhead = this.readAhead.subarray(n);
    return out;
  }

  /** Up to `n` bytes (all that is left for n < 0), fewer only at end of input. */
  read(n: number): Uint8Array {
    this.checkReadable();
    while ((n < 0 || this.readAhead.length < n) && this.fill());
    return this.take(n < 0 ? this.readAhead.length : n);
  }

  /** What one read of the descriptor gives (at most n bytes). */
  read1(n: number): Uint8Array {
    this.checkReadable();
    if (this.readAhead.length === 0) this.fill();
    return this.take(n < 0 ? this.readAhead.length : n);
  }

  /** A line with its "\n" (at most `limit` bytes when limit >= 0); empty at end of input. */
  readline(limit: number): Uint8Array {
    this.checkReadable();
    let searched = 0;
    for (;;) {
      const nl = this.readAhead.indexOf(10, searched);
      if (nl >= 0) return this.take(limit >= 0 ? Math.min(nl + 1, limit) : nl + 1);
      if (limit >= 0 && this.readAhead.length >= limit) return this.take(limit);
      searched = this.readAhead.length;
      if (!this.fill()) return this.take(this.readAhead.length);
    }
  }

  private checkReadable(): void {
    if (this.closed) throw closedError();
    if (this.fd !== 0) throw unsupported("read");
  }
}

/** The text level. */
export class PyStdText {
  type = stdTextType;
  dict = newAttributeDict();
  readonly buffer: PyStdBuffer;
  encoding = "utf-8";
  errors: string;
  writeThrough = false;
  /** Set by reconfigure(); else stderr always and stdout on a terminal, found when first
   * needed (the streams exist before the host does). */
  private lineBufferingChoice: boolean | undefined;
  private pending: string[] = [];
  private pendingLength = 0;
  /** Decoded from stdin and not returned yet, and the bytes of a character cut by a read. */
  private decoded = "";
  private undecoded = new Uint8Array(0);

  constructor(
    readonly fd: 0 | 1 | 2,
    readonly name: string,
  ) {
    this.buffer = new PyStdBuffer(fd, name);
    this.errors = fd === 2 ? "backslashreplace" : "strict";
  }

  get lineBuffering(): boolean {
    this.lineBufferingChoice ??= this.fd === 2 || (this.fd === 1 && vm.host.isatty(1));
    return this.lineBufferingChoice;
  }

  set lineBuffering(on: boolean) {
    this.lineBufferingChoice = on;
  }

  get closed(): boolean {
    return this.buffer.closed;
  }

  /** -u: both levels write through. */
  setUnbuffered(): void {
    this.writeThrough = true;
    this.lineBufferingChoice = false;
    this.buffer.unbuffered = true;
  }

  write(text: string): void {
    if (this.closed) throw closedError();
    if (this.fd === 0) throw unsupported("not writable");
    const needFlush = this.lineBuffering && (text.includes("\n") || text.includes("\r"));
    if (this.encoding === "utf-8" && (text as unknown as { isWellFormed(): boolean }).isWellFormed()) {
      if (this.pendingLength + text.length > BUFFER_SIZE) this.passOn();
      this.pending.push(text);
      this.pendingLength += text.length;
    } else {
      // Lone surrogates, or another encoding: the codec raises or replaces as `errors` says.
      this.passOn();
      const encoded = callMethod(strFromJS(text), "encode", [
        strFromJS(this.encoding),
        strFromJS(this.errors),
      ]);
      this.buffer.write((encoded as PyBytes).data);
    }
    if (this.pendingLength >= BUFFER_SIZE || needFlush || this.writeThrough) this.passOn();
    if (needFlush) this.buffer.flush();
  }

  /** Hands the pending text to the binary level. */
  private passOn(): void {
    if (this.pendingLength === 0 && this.pending.length === 0) return;
    const text = this.pending.length === 1 ? this.pending[0]! : this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    this.buffer.writeText(text);
  }

  flush(): void {
    if (this.closed) throw closedError();
    this.passOn();
    this.buffer.flush(true);
  }

  /** Flushes without complaint, as at exit. */
  flushQuietly(): void {
    if (this.closed) return;
    this.passOn();
    this.buffer.flush(true);
  }

  /** Decodes what one more read of the buffer gives, as TextIOWrapper reads: in chunks,
   * keeping the bytes of a character that the chunk cut for the next. False at the end. */
  private fill(): boolean {
    const chunk = this.buffer.read1(BUFFER_SIZE);
    const bytes = joined(this.undecoded, chunk);
    if (chunk.length === 0) {
      this.undecoded = new Uint8Array(0);
      if (bytes.length > 0) this.decoded += this.decodeBytes(bytes);
      return bytes.length > 0;
    }
    const whole = this.encoding === "utf-8" ? completeUtf8(bytes) : bytes.length;
    this.undecoded = bytes.slice(whole);
    this.decoded += this.decodeBytes(bytes.subarray(0, whole));
    return true;
  }

  private decodeBytes(bytes: Uint8Array): string {
    return jsString(decodeBytes(bytes, this.encoding, this.errors));
  }

  private checkReadable(): void {
    if (this.closed) throw closedError();
    if (this.fd !== 0) throw unsupported("not readable");
  }

  /** A line with its "\n", at most `limit` code points when limit >= 0; "" at the end. */
  readline(limit = -1): string {
    this.checkReadable();
    let searched = 0;
    for (;;) {
      const nl = this.decoded.indexOf("\n", searched);
      const end = nl >= 0 ? nl + 1 : -1;
      if (limit >= 0) {
        const cut = codePointOffset(this.decoded, limit);
        if (cut !== -1 && (end === -1 || cut < end)) return this.takeText(cut);
      }
      if (end !== -1) return this.takeText(end);
      searched = this.decoded.length;
      if (!this.fill()) return this.takeText(this.decoded.length);
    }
  }

  /** `n` code points (everything left for n < 0), fewer at the end. */
  read(n = -1): string {
    this.checkReadable();
    for (;;) {
      const cut = n < 0 ? -1 : codePointOffset(this.decoded, n);
      if (cut !== -1) return this.takeText(cut);
      if (!this.fill()) return this.takeText(this.decoded.length);
    }
  }

  private takeText(end: number): string {
    const out = this.decoded.slice(0, end);
    this.decoded = this.decoded.slice(end);
    return out;
  }

  close(): void {
    if (this.closed) return;
    // Closed even when the last flush fails, as CPython's close() is.
    try {
      if (this.fd !== 0) this.flush();
    } finally {
      this.buffer.closed = true;
    }
  }
}

/** How many leading bytes of `b` end on a character boundary: a sequence that the end of
 * `b` cuts short is left for the next read (invalid bytes are left to the decoder). */
function completeUtf8(b: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= b.length; back++) {
    const c = b[b.length - back]!;
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > back ? b.length - back : b.length;
  }
  return b.length;
}

/** The UTF-16 offset after `n` code points of `s`, or -1 when `s` has fewer. */
function codePointOffset(s: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n; k++) {
    if (i >= s.length) return -1;
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
  }
  return i;
}

/** Whether lseek() works on the descriptor: on a file or a device such as /dev/null, not
 * on a pipe, a socket or a terminal. */
function seekable(fd: number): boolean {
  const os = vm.host.os;
  if (os === undefined) return false;
  try {
    const kind = os.fstat(fd).mode & 0o170000;
    if (kind === 0o100000) return true;
    return kind === 0o020000 && !vm.host.isatty(fd);
  } catch {
    return false;
  }
}

function text(self: PyObject): PyStdText {
  if (!(self instanceof PyStdText)) throw typeError("descriptor requires a '_io.TextIOWrapper' object");
  return self;
}

function binary(self: PyObject): PyStdBuffer {
  if (!(self instanceof PyStdBuffer)) throw typeError("descriptor requires a '_io.BufferedWriter' object");
  return self;
}

function sizeArg(v: PyObject | undefined): number {
  if (v === undefined || v === None) return -1;
  return Number(index(v));
}

function strArg(v: PyObject | undefined, method: string): string {
  if (v === undefined || !isStr(v))
    throw typeError(`${method}() argument must be str, not ${v === undefined ? "nothing" : typeName(v)}`);
  return jsString(v);
}

function linesOf(next: () => PyObject, isEmpty: (v: PyObject) => boolean, hint: number): PyList {
  const lines: PyObject[] = [];
  let total = 0;
  for (;;) {
    const line = next();
    if (isEmpty(line)) break;
    lines.push(line);
    total += (line as { length?: number }).length ?? 0;
    if (hint > 0 && total >= hint) break;
  }
  return new PyList(lines);
}

const commonMethods = {
  isatty: (self: PyObject) => vm.host.isatty((self as PyStdText | PyStdBuffer).fd),
  fileno: (self: PyObject) => (self as PyStdText | PyStdBuffer).fd,
  readable: (self: PyObject) => (self as PyStdText | PyStdBuffer).fd === 0,
  writable: (self: PyObject) => (self as PyStdText | PyStdBuffer).fd !== 0,
  seekable: (self: PyObject) => seekable((self as PyStdText | PyStdBuffer).fd),
  __enter__: (self: PyObject) => self,
};

defineMethods(stdTextType, {
  ...commonMethods,
  write(self, args) {
    const s = text(self);
    if (args.length !== 1) throw typeError(`write() takes exactly one argument (${args.length} given)`);
    const t = args[0]!;
    if (!isStr(t)) throw typeError(`write() argument must be str, not ${typeName(t)}`);
    const js = jsString(t);
    s.write(js);
    return codePointCount(js);
  },
  writelines(self, args) {
    const s = text(self);
    iterate(args[0]!, (line) => s.write(strArg(line, "write")));
    return None;
  },
  flush(self) {
    text(self).flush();
    return None;
  },
  readline(self, args) {
    return strFromJS(text(self).readline(sizeArg(args[0])));
  },
  read(self, args) {
    return strFromJS(text(self).read(sizeArg(args[0])));
  },
  readlines(self, args) {
    const s = text(self);
    return linesOf(
      () => strFromJS(s.readline()),
      (v) => jsString(v) === "",
      sizeArg(args[0]),
    );
  },
  __iter__(self) {
    if (text(self).closed) throw closedError();
    return self;
  },
  __next__(self) {
    const line = text(self).readline();
    if (line === "") throw newException(StopIteration_);
    return strFromJS(line);
  },
  close(self) {
    text(self).close();
    return None;
  },
  __exit__(self) {
    text(self).close();
    return None;
  },
  tell() {
    throw unsupported("underlying stream is not seekable");
  },
  seek() {
    throw unsupported("underlying stream is not seekable");
  },
  reconfigure(self, args, kwnames: KwNames) {
    const s = text(self);
    if (args.length - (kwnames?.length ?? 0) > 0)
      throw typeError("reconfigure() takes no positional arguments");
    const [encoding, errors, newline, lineBuffering, writeThrough] = clinicKwArgs(
      "reconfigure",
      ["encoding", "errors", "newline", "line_buffering", "write_through"],
      args,
      kwnames,
    );
    if (newline !== undefined && newline !== None && jsString(newline) !== "\n" && s.fd !== 0)
      throw valueError("reconfiguring newline translation is not supported for the standard streams");
    s.flushQuietly();
    if (encoding !== undefined && encoding !== None) {
      const name = strArg(encoding, "reconfigure");
      // The codec must exist, as CPython checks it.
      callMethod(strFromJS(""), "encode", [strFromJS(name)]);
      s.encoding = /^utf[-_]?8$/i.test(name) ? "utf-8" : name;
      if (errors === undefined || errors === None) s.errors = "strict";
    }
    if (errors !== undefined && errors !== None) s.errors = strArg(errors, "reconfigure");
    if (lineBuffering !== undefined && lineBuffering !== None) s.lineBuffering = isTrue(lineBuffering);
    if (writeThrough !== undefined && writeThrough !== None) s.writeThrough = isTrue(writeThrough);
    return None;
  },
  detach() {
    throw unsupported("detach");
  },
  __repr__(self) {
    const s = text(self);
    return strFromJS(
      `<_io.TextIOWrapper name='${s.name}' mode='${s.fd === 0 ? "r" : "w"}' encoding='${s.encoding}'>`,
    );
  },
});

defineGetSets(stdTextType, {
  encoding: [(self) => strFromJS(text(self).encoding)],
  errors: [(self) => strFromJS(text(self).errors)],
  name: [(self) => strFromJS(text(self).name)],
  closed: [(self) => text(self).closed],
  line_buffering: [(self) => text(self).lineBuffering],
  write_through: [(self) => text(self).writeThrough],
  mode: [(self) => strFromJS(text(self).fd === 0 ? "r" : "w")],
  newlines: [() => None],
  buffer: [(self) => text(self).buffer],
});

const binaryMethods = {
  ...commonMethods,
  write(self: PyObject, args: PyObject[]) {
    const b = binary(self);
    const data = args.length === 1 ? bufferOf(args[0]!) : undefined;
    if (data === undefined)
      throw typeError(
        `a bytes-like object is required, not '${args.length ? typeName(args[0]!) : "nothing"}'`,
      );
    if (b.fd === 0) throw unsupported("write");
    b.write(data);
    return data.length;
  },
  flush(self: PyObject) {
    const b = binary(self);
    if (b.closed) throw closedError();
    b.flush();
    return None;
  },
  read(self: PyObject, args: PyObject[]) {
    return newBytes(binary(self).read(sizeArg(args[0])));
  },
  read1(self: PyObject, args: PyObject[]) {
    return newBytes(binary(self).read1(sizeArg(args[0])));
  },
  readline(self: PyObject, args: PyObject[]) {
    return newBytes(binary(self).readline(sizeArg(args[0])));
  },
  readlines(self: PyObject, args: PyObject[]) {
    const b = binary(self);
    return linesOf(
      () => newBytes(b.readline(-1)),
      (v) => (v as PyBytes).data.length === 0,
      sizeArg(args[0]),
    );
  },
  __iter__(self: PyObject) {
    return self;
  },
  __next__(self: PyObject) {
    const line = binary(self).readline(-1);
    if (line.length === 0) throw newException(StopIteration_);
    return newBytes(line);
  },
  close(self: PyObject) {
    const b = binary(self);
    if (!b.closed && b.fd !== 0) b.flush();
    b.closed = true;
    return None;
  },
  __exit__(self: PyObject) {
    return binaryMethods.close(self);
  },
  __repr__(self: PyObject) {
    return strFromJS(`<_io.${binary(self).type.name} name='${binary(self).name}'>`);
  },
};
defineMethods(bufferedWriterType, binaryMethods);
defineMethods(bufferedReaderType, binaryMethods);
for (const t of [bufferedWriterType, bufferedReaderType]) {
  defineGetSets(t, {
    name: [(self) => strFromJS(binary(self).name)],
    closed: [(self) => binary(self).closed],
    mode: [(self) => strFromJS(binary(self).fd === 0 ? "rb" : "wb")],
  });
}

export const stdin = new PyStdText(0, "<stdin>");
export const stdout = new PyStdText(1, "<stdout>");
export const stderr = new PyStdText(2, "<stderr>");

/** Flushes the standard streams at exit, as CPython does. */
export function flushStdStreams(): void {
  stdout.flushQuietly();
  stderr.flushQuietly();
}

/** The last flush of the standard streams (flush_std_files): a failure to flush stdout (its
 * reader gone) is reported as unraisable and makes the run fail (status 120 in CPython). */
export function flushStdStreamsAtExit(): boolean {
  let ok = true;
  try {
    stdout.flushQuietly();
  } catch (e) {
    finalizationHooks.reportUnraisable(e, stdout);
    ok = false;
  }
  try {
    stderr.flushQuietly();
  } catch {
    // nowhere left to report it
  }
  return ok;
}
