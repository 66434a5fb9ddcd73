# A file object that is freed while still open is closed: its buffered data reaches the
# file, and a ResourceWarning names it (CPython frees it at `del`; gc.collect() is a
# collection point on every implementation).
import gc
import io
import os
import tempfile
import warnings

d = tempfile.mkdtemp()
p = os.path.join(d, "a.txt")


def write_and_drop(text):
    f = open(p, "w")
    f.write(text)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    write_and_drop("hello")
    gc.collect()
with open(p) as f:
    print(repr(f.read()))
print(len(w), [x.category.__name__ for x in w])
msg = str(w[0].message)
print(msg.replace(d, "D"))
print(os.path.basename(w[0].filename) == os.path.basename(__file__))
print(type(w[0].source).__name__)

# Binary, buffered: the buffer is flushed before the raw file is closed.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    b = open(p, "wb")
    b.write(b"xyz")
    del b
    gc.collect()
with open(p, "rb") as f:
    print(f.read())
print([str(x.message).replace(d, "D") for x in w])

# A raw FileIO alone.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = io.FileIO(p, "w")
    r.write(b"raw")
    del r
    gc.collect()
with open(p, "rb") as f:
    print(f.read())
print([str(x.message).replace(d, "D").split(" mode=")[0] for x in w])

# Closed files warn about nothing.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f = open(p, "w")
    f.close()
    del f
    with open(p) as g:
        g.read()
    del g
    gc.collect()
print(len(w))

# closefd=False: the descriptor is not the object's to close, and there is no warning.
fd = os.open(p, os.O_RDONLY)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f = open(fd, "r", closefd=False)
    del f
    gc.collect()
print(len(w), os.read(fd, 3))
os.close(fd)

# By default ResourceWarning is ignored: nothing is printed.
f = open(p, "w")
f.write("quiet")
del f
gc.collect()
with open(p) as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
