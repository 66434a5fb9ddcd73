# tempfile in depth: mkstemp/mkdtemp naming (prefix, suffix, dir, bytes), the file objects'
# modes and deletion on close, SpooledTemporaryFile rolling over, TemporaryDirectory cleanup
# (also of read-only contents), gettempdir's caching, and errors. Names are shown relative
# to a private temporary directory, random parts replaced by their length.
import os
import re
import stat
import tempfile

base = tempfile.mkdtemp(prefix="smoke_")
print(os.path.isdir(base), os.path.basename(base).startswith("smoke_"),
      oct(stat.S_IMODE(os.stat(base).st_mode)))


def shape(path, prefix="tmp", suffix=""):
    # the last component must be prefix + 8 random characters + suffix
    head, name = os.path.split(os.path.relpath(path, base))
    m = re.fullmatch(re.escape(prefix) + r"([a-z0-9_]{8})" + re.escape(suffix), name)
    return os.path.join(head, prefix + "<8>" + suffix if m else "UNEXPECTED " + name)


fd, path = tempfile.mkstemp(suffix=".txt", prefix="pre-", dir=base)
print(type(fd) is int, shape(path, "pre-", ".txt"), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.write(fd, b"data")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
fd, bpath = tempfile.mkstemp(dir=os.fsencode(base), prefix=b"b")
os.close(fd)
print(type(bpath).__name__, shape(os.fsdecode(bpath), "b"))
d = tempfile.mkdtemp(suffix="_d", dir=base)
print(shape(d, suffix="_d"), os.listdir(d))
print(shape(tempfile.mktemp(dir=base)), os.path.exists(tempfile.mktemp(dir=base)))
try:
    tempfile.mkstemp(prefix="x", suffix=b"y")
except TypeError as e:
    print("TypeError:", e)
try:
    tempfile.mkstemp(dir=os.path.join(base, "missing"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, shape(e.filename))

with tempfile.TemporaryFile(dir=base) as tf:
    tf.write(b"hello")
    tf.seek(0)
    print(tf.read(), tf.mode, type(tf.name) is int)
print(sorted((n[0], len(n)) for n in os.listdir(base)))

ntf = tempfile.NamedTemporaryFile("w+", suffix=".log", dir=base, encoding="utf-8")
print(shape(ntf.name, suffix=".log"), ntf.mode, os.path.exists(ntf.name), ntf.delete)
ntf.write("héllo")
ntf.flush()
ntf.seek(0)
print(ntf.read(), ntf.closed, repr(ntf.encoding))
name = ntf.name
ntf.close()
print(os.path.exists(name), ntf.closed)
with tempfile.NamedTemporaryFile(dir=base, delete=False) as keep:
    keep.write(b"kept")
print(os.path.exists(keep.name))
os.unlink(keep.name)
with tempfile.NamedTemporaryFile(dir=base) as it:
    it.write(b"a\nb\n")
    it.seek(0)
    print(list(it), it.file.tell())

sp = tempfile.SpooledTemporaryFile(max_size=10, mode="w+b", dir=base)
sp.write(b"12345")
print(sp._rolled, sp.tell(), sp.closed)
sp.write(b"678901")
print(sp._rolled, sp.tell())
sp.seek(0)
print(sp.read())
sp.close()
sp = tempfile.SpooledTemporaryFile(max_size=100, mode="w+", newline="")
sp.write("line1\r\nline2")
sp.seek(0)
print(repr(sp.read()), sp._rolled, sp.mode, sp.newlines)
sp.rollover()
print(sp._rolled)
sp.close()
with tempfile.SpooledTemporaryFile() as sp:
    sp.write(b"x" * 5)
    sp.truncate(2)
    sp.seek(0)
    print(sp.read(), sp._rolled)

with tempfile.TemporaryDirectory(dir=base, prefix="td") as td:
    print(shape(td, "td"), os.path.isdir(td))
    os.makedirs(os.path.join(td, "ro", "sub"))
    with open(os.path.join(td, "ro", "f"), "w") as f:
        f.write("x")
    os.chmod(os.path.join(td, "ro", "f"), 0o400)
    os.chmod(os.path.join(td, "ro"), 0o500)
print(os.path.exists(td))
tdo = tempfile.TemporaryDirectory(dir=base)
tdname = tdo.name
tdo.cleanup()
tdo.cleanup()
print(os.path.exists(tdname))
tdo = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
os.rmdir(tdo.name)
tdo.cleanup()
print("ignored")

print(tempfile.gettempdir() == tempfile.gettempdir(), tempfile.gettempdirb() == os.fsencode(tempfile.gettempdir()))
print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
old = tempfile.tempdir
tempfile.tempdir = base
print(shape(tempfile.mkdtemp()) != "", tempfile.gettempdir() == base)
tempfile.tempdir = old
names = tempfile._get_candidate_names()
print(all(re.fullmatch(r"[a-z0-9_]{8}", next(names)) for _ in range(20)))

import shutil
shutil.rmtree(base)
print(os.path.exists(base))
