# FileIO over a descriptor: a bad one is OSError EBADF, a directory's is IsADirectoryError
# and stays open (it is the caller's), and repr shows fd= once the name is deleted.
import io
import os
import tempfile

d = tempfile.mkdtemp()
fd = os.open(d, os.O_RDONLY)
try:
    io.FileIO(fd, "r")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == fd)
os.close(fd)
print("still open until closed here")

p = os.path.join(d, "f.bin")
with open(p, "wb") as f:
    bad = f.fileno()
try:
    io.FileIO(bad)
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)

f = io.FileIO(p, "w")
print(repr(f).replace(d, "D"))
del f.name
print(repr(f) == "<_io.FileIO fd=%d mode='wb' closefd=True>" % f.fileno())
f.name = "other"
print(repr(f))
f.close()
print(repr(f))
os.remove(p)
os.rmdir(d)
