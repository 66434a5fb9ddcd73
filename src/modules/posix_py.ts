// posix.DirEntry and the scandir iterator, in Python over the native listdir and stat.

export const POSIX_PY = `
class DirEntry:
    __slots__ = ("name", "path", "_where", "_stat", "_lstat")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def _lstat_cached(self):
        if self._lstat is None:
            self._lstat = lstat(self._where)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._lstat_cached()
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self._where)
            else:
                self._stat = self._lstat_cached()
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return (self._mode(follow_symlinks) & 0o170000) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return (self._mode(follow_symlinks) & 0o170000) == 0o100000

    def is_symlink(self):
        return (self._mode(False) & 0o170000) == 0o120000

    def inode(self):
        return self._lstat_cached().st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _make_entry(directory, name, fd_path=None):
    e = object.__new__(DirEntry)
    e.name = name
    sep = b"/" if isinstance(name, bytes) else "/"
    if fd_path is None:
        e.path = e._where = directory + name if directory.endswith(sep) else directory + sep + name
    else:
        # Listed through a descriptor: the path is the bare name, as CPython's, and the
        # entry's file is reached through the descriptor.
        e.path = name
        e._where = fd_path + "/" + name
    e._stat = None
    e._lstat = None
    return e


class ScandirIterator:
    def __init__(self, path, fd_path=None):
        self._path = path
        self._fd_path = fd_path
        self._names = iter(listdir(path))
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        for name in self._names:
            return _make_entry(self._path, name, self._fd_path)
        self._closed = True
        raise StopIteration

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path="."):
    if path is None:
        path = "."
    if isinstance(path, int):
        return ScandirIterator(path, "/proc/self/fd/%d" % path)
    if isinstance(path, (str, bytes)) or hasattr(type(path), "__fspath__"):
        return ScandirIterator(fspath(path))
    message = ("scandir: path should be string, bytes, os.PathLike, integer or None, not "
               + type(path).__name__)
    try:
        data = memoryview(path).tobytes()
    except TypeError:
        raise TypeError(message) from None
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=2)
    return ScandirIterator(data)

ScandirIterator.__name__ = ScandirIterator.__qualname__ = "ScandirIterator"
`;
