// The body of the `_io` module, in Python over posix's file descriptors: the _IOBase
// hierarchy that io.py extends, FileIO, the buffered classes, TextIOWrapper (encodings
// through _codecs/codecs, CPython's newline modes) and open(). BytesIO and StringIO are
// native (bytesio.ts, stringio.ts): they are the hot ones, used as buffers by pickle, email
// and logging. The standard streams stay sys.ts's native text streams, which keeps print()
// fast.

export const IO_PY = `
import posix as _os
import sys as _sys
import _codecs

DEFAULT_BUFFER_SIZE = 8192
BlockingIOError = BlockingIOError
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def _unsupported(name):
    raise UnsupportedOperation(name)


class _IOBase:
    _closed_flag = False

    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self._closed_flag:
            try:
                self.flush()
            finally:
                self._closed_flag = True
                _closed_for_good(self)

    @property
    def closed(self):
        return self._closed_flag

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        _unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        out = bytearray()
        peek = getattr(self, "peek", None)
        while size < 0 or len(out) < size:
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                n = ahead.find(b"\\n") + 1 or len(ahead)
                if size >= 0:
                    n = min(n, size - len(out))
                b = self.read(n)
            else:
                b = self.read(1)
            if not b:
                break
            out += b
            if out.endswith(b"\\n"):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def __del__(self):
        # iobase_finalize: an open file is closed when it is freed (at a collection point or
        # at exit here), telling close() so through _finalizing; what close() raises is
        # dropped, or reported in development mode.
        try:
            closed = bool(self.closed)
        except BaseException:
            return
        if closed:
            return
        try:
            self._finalizing = True
        except BaseException:
            pass
        try:
            self.close()
        except BaseException as e:
            if _sys.flags.dev_mode:
                _write_unraisable(e, self)


def _closed_for_good(f):
    # A closed file whose finaliser is _IOBase's has nothing left to finalise.
    if type(f).__del__ is _IOBase.__del__:
        _unregister_finalizer(f)


class _RawIOBase(_IOBase):
    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        chunks = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks += data
        return bytes(chunks)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    def read(self, size=-1):
        _unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def write(self, b):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")

    def readinto(self, b):
        return _fill_buffer(b, self.read(_writable_size(b, "readinto")))

    def readinto1(self, b):
        return _fill_buffer(b, self.read1(_writable_size(b, "readinto1")))


class _TextIOBase(_IOBase):
    def read(self, size=-1):
        _unsupported("read")

    def write(self, s):
        _unsupported("write")

    def truncate(self, pos=None):
        _unsupported("truncate")

    def readline(self):
        _unsupported("readline")

    def detach(self):
        _unsupported("detach")

    @property
    def encoding(self):
        "Encoding of the text stream.\\n\\nSubclasses should override.\\n"
        return None

    @property
    def newlines(self):
        "Line endings translated so far.\\n\\nOnly line endings translated during reading are considered.\\n\\nSubclasses should override.\\n"
        return None

    @property
    def errors(self):
        "The error setting of the decoder or encoder.\\n\\nSubclasses should override.\\n"
        return None


def _mode_flags(mode):
    modes = set(mode)
    if modes - set("xrwab+") or len(mode) > len(modes):
        raise ValueError("invalid mode: %s" % mode)
    rwax = sum(c in modes for c in "rwax")
    if rwax != 1 or mode.count("+") > 1:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    plus = "+" in modes
    if "x" in modes:
        flags, readable, writable = _os.O_EXCL | _os.O_CREAT, False, True
    elif "r" in modes:
        flags, readable, writable = 0, True, False
    elif "w" in modes:
        flags, readable, writable = _os.O_CREAT | _os.O_TRUNC, False, True
    else:
        flags, readable, writable = _os.O_APPEND | _os.O_CREAT, False, True
    if plus:
        readable = writable = True
    if readable and writable:
        flags |= _os.O_RDWR
    elif readable:
        flags |= _os.O_RDONLY
    else:
        flags |= _os.O_WRONLY
    return flags | _os.O_CLOEXEC, readable, writable


def _open_or_collect(path, flags):
    # Out of descriptors: dropped files may hold them until collected.
    try:
        return _os.open(path, flags, 0o666)
    except OSError as e:
        if e.errno != 24 and e.errno != 23:
            raise
    _collect_dropped_files()
    return _os.open(path, flags, 0o666)


class FileIO(_RawIOBase):
    _fd = -1
    _finalizing = False
    _path_key = None

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if self._fd >= 0:
            if self._closefd:
                _os.close(self._fd)
            self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        flags, self._readable, self._writable = _mode_flags(mode)
        self._appending = "a" in mode
        self._created = "x" in mode
        self._plus = "+" in mode
        fd = -1
        if isinstance(file, int) and not isinstance(file, bool):
            fd = file
            if fd < 0:
                raise ValueError("negative file descriptor")
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            path = _os.fspath(file)
            if ("\\0" if isinstance(path, str) else b"\\0") in path:
                raise ValueError("embedded null byte")
        self._closefd = closefd
        own = fd < 0
        if fd < 0:
            # What dropped file objects still hold for this file is written first, as
            # reference counting would have written it when they were dropped.
            _flush_pending_writes(path)
            if opener is None:
                fd = _open_or_collect(path, flags)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError("opener returned %d" % fd)
        self._fd = fd
        self.name = file
        if own and self._writable:
            self._path_key = _path_key(path)
        # A descriptor that fails here is closed only if this object opened it.
        try:
            st = _os.fstat(fd)
        except OSError as e:
            # Other fstat errors are tolerated, as CPython does (bpo-25717).
            if e.errno != 9:
                st = None
            else:
                if own:
                    _os.close(fd)
                self._fd = -1
                raise OSError(9, "Bad file descriptor") from None
        if st is not None and (st.st_mode & 0o170000) == 0o040000:
            if own:
                _os.close(fd)
            self._fd = -1
            raise IsADirectoryError(21, "Is a directory", file)
        self._blksize = DEFAULT_BUFFER_SIZE
        if st is not None and st.st_blksize > 1:
            self._blksize = st.st_blksize
        if self._appending:
            try:
                _os.lseek(fd, 0, 2)
            except OSError:
                pass

    @property
    def closed(self):
        "True if the file is closed"
        return self._fd < 0

    @property
    def closefd(self):
        "True if the file descriptor will be closed by close()."
        return self._closefd

    @property
    def mode(self):
        "String giving the file mode"
        if self._created:
            return "xb+" if self._plus else "xb"
        if self._appending:
            return "ab+" if self._plus else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    def fileno(self):
        self._checkClosed()
        return self._fd

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        try:
            _os.lseek(self._fd, 0, 1)
            return True
        except OSError:
            return False

    def isatty(self):
        self._checkClosed()
        return _os.isatty(self._fd)

    def _check_mode(self, readable):
        self._checkClosed()
        if readable and not self._readable:
            raise UnsupportedOperation("File not open for reading")
        if not readable and not self._writable:
            raise UnsupportedOperation("File not open for writing")

    def read(self, size=-1):
        self._check_mode(True)
        if size is None or size < 0:
            return self.readall()
        return _os.read(self._fd, size)

    def readall(self):
        self._check_mode(True)
        chunks = []
        while True:
            data = _os.read(self._fd, 65536)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        size = _writable_size(b, "readinto")
        self._check_mode(True)
        return _fill_buffer(b, _os.read(self._fd, size))

    def write(self, b):
        self._check_mode(False)
        return _os.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._checkClosed()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _os.lseek(self._fd, pos, whence)

    def tell(self):
        self._checkClosed()
        return _os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check_mode(False)
        if size is None:
            size = self.tell()
        _os.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            try:
                super().close()
            finally:
                if self._finalizing:
                    self._dealloc_warn(self)
                fd, self._fd = self._fd, -1
                if self._closefd:
                    _os.close(fd)
                _closed_for_good(self)

    def _dealloc_warn(self, source):
        if self._fd >= 0 and self._closefd:
            try:
                _warn_unclosed(source)
            except Warning as e:
                _write_unraisable(e, self)
            except BaseException:
                pass

    def __repr__(self):
        name = type(self).__qualname__
        if self.closed:
            return "<_io.%s [closed]>" % name
        try:
            shown = "name=%r" % (self.name,)
        except AttributeError:
            shown = "fd=%r" % (self._fd,)
        return "<_io.%s %s mode=%r closefd=%r>" % (name, shown, self.mode, self._closefd)

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")


BytesIO, StringIO = _memory_streams(_BufferedIOBase, _TextIOBase)
del _memory_streams


class _Buffered(_BufferedIOBase):
    _can_read = True
    _can_write = True
    _finalizing = False
    # The file's absolute path, while the data in the buffer is listed under it
    # (_note_pending_write): only for a writable FileIO opened by name.
    _path_key = None

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        if self._can_read and not raw.readable():
            raise OSError('"raw" argument must be readable.')
        if self._can_write and not raw.writable():
            raise OSError('"raw" argument must be writable.')
        self.raw = raw
        _finalize_after_others(raw)
        if isinstance(raw, FileIO):
            self._path_key = raw._path_key
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._wbuf = bytearray()

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def seekable(self):
        return self.raw.seekable()

    def readable(self):
        return self._can_read and self.raw.readable()

    def writable(self):
        return self._can_write and self.raw.writable()

    def detach(self):
        if self.raw is None:
            raise ValueError("raw stream already detached")
        self.flush()
        raw, self.raw = self.raw, None
        return raw

    def __next__(self):
        # A whole line waiting in the read-ahead goes out at once. It is there only while
        # the file is open for reading, as close() empties it; after raw.close() CPython too
        # still hands out what it had read ahead.
        rbuf = self._rbuf
        i = rbuf.find(b"\\n")
        if i >= 0:
            self._rbuf = rbuf[i + 1:]
            return rbuf[:i + 1]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_read(self, operation="read"):
        self._checkClosed(operation + " of closed file")
        if not self._can_read:
            raise UnsupportedOperation("read")
        if self._wbuf:
            self._flush_writes()

    def _drop_read_ahead(self):
        if self._rbuf:
            n = len(self._rbuf)
            self._rbuf = b""
            try:
                self.raw.seek(-n, 1)
            except OSError:
                pass

    def read(self, size=-1):
        self._check_read()
        if size is None or size < 0:
            data = self._rbuf
            self._rbuf = b""
            rest = self.raw.readall()
            return data + rest if rest else data
        while len(self._rbuf) < size:
            chunk = self.raw.read(max(self.buffer_size, size - len(self._rbuf)))
            if not chunk:
                break
            self._rbuf += chunk
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1):
        self._check_read()
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if not self._rbuf:
            self._rbuf = self.raw.read(max(size, self.buffer_size)) or b""
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def peek(self, size=0):
        self._check_read("peek")
        if not self._rbuf:
            self._rbuf = self.raw.read(self.buffer_size) or b""
        return self._rbuf

    def readline(self, size=-1):
        self._check_read("readline")
        if size is None:
            size = -1
        parts = []
        total = 0
        while True:
            if not self._rbuf:
                self._rbuf = self.raw.read(self.buffer_size) or b""
                if not self._rbuf:
                    break
            i = self._rbuf.find(b"\\n")
            end = len(self._rbuf) if i < 0 else i + 1
            if size >= 0 and total + end > size:
                end = size - total
            parts.append(self._rbuf[:end])
            total += end
            self._rbuf = self._rbuf[end:]
            if i >= 0 and end == i + 1 or (size >= 0 and total >= size):
                break
        return b"".join(parts)

    def write(self, b):
        self._checkClosed("write to closed file")
        if not self._can_write:
            raise UnsupportedOperation("write")
        if self._rbuf:
            self._drop_read_ahead()
        if isinstance(b, bytes):
            data = b
        else:
            # The buffer protocol only: bytes(b) took an int for a size and a list of ints.
            try:
                data = memoryview(b).tobytes()
            except TypeError:
                raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None
        if not self._wbuf and self._path_key is not None:
            _note_pending_write(self, self._path_key)
        self._wbuf += data
        if len(self._wbuf) >= self.buffer_size:
            self._flush_writes()
        return len(data)

    def _flush_writes(self):
        while self._wbuf:
            n = self.raw.write(self._wbuf)
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        if self.closed:
            raise ValueError("flush on closed file" if self._can_write else "flush of closed file")
        self._flush_writes()

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return self.raw.seek(pos, whence)

    def tell(self):
        pos = self.raw.tell() - len(self._rbuf) + len(self._wbuf)
        return max(pos, 0)

    def truncate(self, pos=None):
        self._checkClosed()
        self.flush()
        if pos is None:
            pos = self.tell()
        self._drop_read_ahead()
        return self.raw.truncate(pos)

    def close(self):
        if self.raw is not None and not self.closed:
            if self._finalizing:
                self._dealloc_warn(self)
            try:
                self.flush()
            finally:
                self._rbuf = b""
                self.raw.close()
                _closed_for_good(self)

    def _dealloc_warn(self, source):
        try:
            self.raw._dealloc_warn(source)
        except BaseException:
            pass

    def __repr__(self):
        name = type(self).__qualname__
        try:
            n = self.name
        except Exception:
            return "<_io.%s>" % name
        return "<_io.%s name=%r>" % (name, n)

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")


class BufferedReader(_Buffered):
    _can_write = False


class BufferedWriter(_Buffered):
    _can_read = False


class BufferedRandom(_Buffered):
    pass


class BufferedRWPair(_BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


def _normalize_encoding(encoding):
    e = encoding.lower().replace("-", "_")
    if e in ("utf_8", "utf8", "u8"):
        return "utf-8"
    return encoding


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False
        self.seennl = 0

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\\r" + output
            self.pendingcr = False
        if output.endswith("\\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\\r\\n")
        cr = output.count("\\r") - crlf
        lf = output.count("\\n") - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\\r\\n", "\\n")
            if cr:
                output = output.replace("\\r", "\\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\\n", "\\r", ("\\r", "\\n"), "\\r\\n", ("\\n", "\\r\\n"),
                ("\\r", "\\r\\n"), ("\\r", "\\n", "\\r\\n"))[self.seennl]


class _Utf8Decoder:
    def __init__(self, errors):
        self.errors = errors
        self.pending = b""

    def decode(self, data, final=False):
        data = self.pending + data if self.pending else data
        text, n = _codecs.utf_8_decode(data, self.errors, final)
        self.pending = data[n:]
        return text

    def reset(self):
        self.pending = b""

    def getstate(self):
        return (self.pending, 0)

    def setstate(self, state):
        self.pending = state[0]


class TextIOWrapper(_TextIOBase):
    _CHUNK_SIZE = 8192
    _finalizing = False
    _path_key = None

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\\n", "\\r", "\\r\\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s" % type(encoding).__name__)
        if errors is None:
            errors = "strict"
        self._buffer = buffer
        # Finalised after this wrapper at exit, as reference counting would free them.
        _finalize_after_others(buffer)
        if isinstance(buffer, _Buffered):
            _finalize_after_others(buffer.raw)
            self._path_key = buffer._path_key
        self._encoding = encoding
        self._codec = _normalize_encoding(encoding)
        if self._codec != "utf-8":
            import encodings, codecs
            codecs.lookup(encoding)
        self._errors = errors
        self._readnl = newline
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._writetranslate = newline != ""
        self._writenl = newline or "\\n"
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoded = ""
        self._decoder = None
        self._encoder = None
        self._eof = False
        self._seennl = 0
        self._snapshot = None
        # UTF-8 text not yet handed to the buffer (CPython's pending_bytes): writing a line
        # costs an append, and encoding and the buffer's write run per 8 KB.
        self._pending = []
        self._pending_size = 0
        self._nocr = False
        try:
            self._writable = bool(buffer.writable())
        except Exception:
            self._writable = False
        # CPython refuses tell() between a next() and the end of the iteration or a flush.
        try:
            self._seekable = self._telling = bool(buffer.seekable())
        except Exception:
            self._seekable = self._telling = False

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def buffer(self):
        return self._buffer

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    @property
    def newlines(self):
        return (None, "\\n", "\\r", ("\\r", "\\n"), "\\r\\n", ("\\n", "\\r\\n"),
                ("\\r", "\\r\\n"), ("\\r", "\\n", "\\r\\n"))[self._seennl] if self._readuniversal else None

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def seekable(self):
        self._checkClosed()
        return self._buffer.seekable()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def _flush_pending(self):
        if self._pending:
            data = "".join(self._pending).encode("utf-8", self._errors)
            self._pending = []
            self._pending_size = 0
            self._buffer.write(data)

    def flush(self):
        self._flush_pending()
        self._buffer.flush()
        self._telling = self._seekable

    def close(self):
        if self._buffer is not None and not self.closed:
            if self._finalizing:
                try:
                    self._buffer._dealloc_warn(self)
                except BaseException:
                    pass
            try:
                self.flush()
            finally:
                self._buffer.close()
                _closed_for_good(self)

    def detach(self):
        if self._buffer is None:
            raise ValueError("buffer is already detached")
        self.flush()
        b, self._buffer = self._buffer, None
        return b

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        self._flush_pending()
        if encoding is not None:
            self._encoding = encoding
            self._codec = _normalize_encoding(encoding)
            self._decoder = None
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._readnl = newline
            self._readuniversal = not newline
            self._readtranslate = newline is None
            self._writetranslate = newline != ""
            self._writenl = newline or "\\n"
        if line_buffering is not None:
            self._line_buffering = line_buffering
        if write_through is not None:
            self._write_through = write_through

    # ---- writing ----

    def _encode(self, s):
        if self._codec == "utf-8":
            return s.encode("utf-8", self._errors)
        if self._encoder is None:
            import codecs
            self._encoder = codecs.getincrementalencoder(self._encoding)(self._errors)
        return self._encoder.encode(s)

    def write(self, s):
        if (type(s) is str and self._writable and self._codec == "utf-8" and not self._line_buffering
                and not self._write_through and not self._decoded and self._decoder is None
                and (self._writenl == "\\n" or not self._writetranslate)):
            if self._buffer.closed:
                raise ValueError("I/O operation on closed file.")
            if not _utf8_safe(s):
                s.encode("utf-8", self._errors)  # an unencodable character fails here, as in CPython
            if not self._pending and self._path_key is not None:
                _note_pending_write(self, self._path_key)
            self._pending.append(s)
            self._pending_size += len(s)
            if self._pending_size >= self._CHUNK_SIZE:
                self._flush_pending()
            return len(s)
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation("not writable")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self._flush_pending()
        length = len(s)
        haslf = "\\n" in s
        if self._writetranslate and self._writenl != "\\n" and haslf:
            s = s.replace("\\n", self._writenl)
        if self._decoded or self._decoder is not None:
            self._rewind()
        self._buffer.write(self._encode(s))
        if self._line_buffering and (haslf or "\\r" in s):
            self.flush()
        return length

    def _rewind(self):
        pending = self._decoded
        self._decoded = ""
        self._decoder = None
        self._eof = False
        if pending:
            try:
                self._buffer.seek(-len(pending.encode(self._encoding, self._errors)), 1)
            except (OSError, ValueError):
                pass

    # ---- reading ----

    def _get_decoder(self):
        if self._decoder is None:
            if self._codec == "utf-8":
                self._decoder = _Utf8Decoder(self._errors)
            else:
                import codecs
                self._decoder = codecs.getincrementaldecoder(self._encoding)(self._errors)
        return self._decoder

    def _read_chunk(self):
        self._flush_pending()
        if self._eof:
            return False
        read1 = getattr(self._buffer, "read1", None)
        data = read1(self._CHUNK_SIZE) if read1 is not None else self._buffer.read(self._CHUNK_SIZE)
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("underlying read1() should have returned a bytes-like object, not '%s'" % type(data).__name__)
        self._eof = not data
        try:
            text = self._get_decoder().decode(data, self._eof)
        except BaseException:
            # CPython's reads have taken the pending text out of the buffer before they
            # read on: a chunk that fails to decode loses it, with the chunk's bytes.
            self._decoded = ""
            raise
        # Whether any "\\r" waits, kept up per chunk (stale only towards False).
        self._nocr = (self._nocr or not self._decoded) and "\\r" not in text
        self._decoded += text
        return not self._eof

    def _note_newlines(self, text):
        if self._readuniversal:
            crlf = text.count("\\r\\n")
            cr = text.count("\\r") - crlf
            lf = text.count("\\n") - crlf
            self._seennl |= (lf and 1) | (cr and 2) | (crlf and 4)

    def _take(self, n):
        """The first n decoded characters, newlines translated as the mode says."""
        text = self._decoded[:n]
        self._decoded = self._decoded[n:]
        self._note_newlines(text)
        if self._readtranslate and "\\r" in text:
            text = text.replace("\\r\\n", "\\n").replace("\\r", "\\n")
        return text

    def read(self, size=-1):
        self._checkClosed()
        if not self.readable():
            raise UnsupportedOperation("not readable")
        if size is None:
            size = -1
        if size < 0:
            # CPython reads the rest at once and decodes it before it takes the pending
            # text: a decoding error keeps that text, and loses the rest.
            pending = self._decoded
            try:
                while self._read_chunk():
                    pass
            except BaseException:
                self._decoded = pending
                raise
            return self._take(len(self._decoded))
        while len(self._decoded) <= size and self._read_chunk():
            pass
        n = size
        if self._readtranslate and n < len(self._decoded):
            text = self._decoded[:n]
            n += text.count("\\r\\n")
            if self._decoded[n - 1:n + 1] == "\\r\\n":
                n += 1
        return self._take(min(n, len(self._decoded)))

    def _find_line_end(self, start):
        d = self._decoded
        if self._readtranslate or self._readnl == "":
            i = start
            while True:
                cr = d.find("\\r", i)
                lf = d.find("\\n", i)
                if cr < 0 and lf < 0:
                    return -1
                if cr < 0 or (0 <= lf < cr):
                    return lf + 1
                if cr + 1 < len(d):
                    return cr + 2 if d[cr + 1] == "\\n" else cr + 1
                if self._eof:
                    return cr + 1
                return -1
        i = d.find(self._readnl, start)
        return -1 if i < 0 else i + len(self._readnl)

    def readline(self, size=-1):
        self._checkClosed()
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._find_line_end(max(0, start - 1))
            if end >= 0:
                break
            start = len(self._decoded)
            if size >= 0 and start >= size:
                break
            if not self._read_chunk():
                end = len(self._decoded)
                break
        if end < 0:
            end = len(self._decoded)
        if size >= 0 and end > size:
            end = size
        return self._take(end)

    def __next__(self):
        # The common line: it ends at a "\\n" with no "\\r" before it, so no newline mode
        # splits or translates it differently.
        self._telling = False
        d = self._decoded
        i = d.find("\\n")
        if i >= 0 and (self._readnl == "\\n" or (self._readuniversal and self._nocr)):
            if not self._buffer.closed:
                self._decoded = d[i + 1:]
                if self._readuniversal:
                    self._seennl |= 1
                return d[:i + 1]
        line = self.readline()
        if not line:
            self._telling = self._seekable
            raise StopIteration
        return line

    def tell(self):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        pos = self._buffer.tell()
        pending = self._decoded.encode(self._encoding, self._errors) if self._decoded else b""
        if self._decoder is not None:
            pending += self._decoder.getstate()[0]
        return pos - len(pending)

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._decoded = ""
            self._decoder = None
            self._eof = False
            return self._buffer.seek(0, 2)
        elif whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._decoded = ""
        self._decoder = None
        self._eof = False
        self._buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def __repr__(self):
        result = "<_io.TextIOWrapper"
        try:
            result += " name=%r" % (self.name,)
        except Exception:
            pass
        mode = self.__dict__.get("mode")
        if mode is not None:
            result += " mode=%r" % (mode,)
        return result + " encoding=%r>" % (self._encoding,)

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, int):
        file = _os.fspath(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError("invalid file: %r" % (file,))
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffering).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: '%s'" % mode)
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    rawmode = ("x" if creating else "r" if reading else "w" if writing else "a") + ("+" if updating else "")
    raw = FileIO(file, rawmode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except:
        result.close()
        raise


def open_code(path):
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


for _cls in (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, FileIO,
             BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper,
             IncrementalNewlineDecoder):
    _cls.__module__ = "_io"
del _cls
`;
