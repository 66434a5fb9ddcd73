# os.PathLike arguments whose __fspath__ raises or returns neither str nor bytes, the
# statvfs_result type (pickled by name), and scandir of a bytes-like path.
import os, pickle, warnings

class FakePath:
    def __init__(self, path):
        self.path = path
    def __fspath__(self):
        if isinstance(self.path, BaseException):
            raise self.path
        return self.path

for fn in (os.stat, os.lstat, os.access, os.listdir, os.scandir, os.mkdir):
    for bad in (FakePath(ZeroDivisionError()), FakePath(42)):
        try:
            fn(bad) if fn is not os.access else fn(bad, os.F_OK)
        except (ZeroDivisionError, TypeError) as e:
            print(fn.__name__, type(e).__name__, e)
print(os.stat(FakePath("/")).st_mode == os.stat("/").st_mode)
r = os.statvfs("/")
print(type(r) is os.statvfs_result, pickle.loads(pickle.dumps(r)) == r)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(sorted(e.name for e in os.scandir(bytearray(b"/")))[:1] == sorted(os.listdir(b"/"))[:1])
    print([(x.category.__name__, str(x.message)) for x in w])
