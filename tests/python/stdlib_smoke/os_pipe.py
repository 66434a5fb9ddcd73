# os.pipe(): reads, writes, end of file, descriptors of the pipe kind, broken pipes,
# files opened over the ends and select() on them.
import io
import os
import select
import stat

r, w = os.pipe()
print(type(r).__name__, r != w, os.get_inheritable(r))
print(stat.S_ISFIFO(os.fstat(r).st_mode), os.isatty(r))
print(os.write(w, b"hello "), os.write(w, b"world"))
print(select.select([r], [], [], 0)[0] == [r])
print(os.read(r, 3), os.read(r, 100))
print(select.select([r], [w], [], 0) == ([], [w], []))
os.close(w)
print(os.read(r, 10), select.select([r], [], [], 0)[0] == [r])
os.close(r)

r, w = os.pipe()
os.close(r)
try:
    os.write(w, b"x")
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno)
os.close(w)

r, w = os.pipe()
try:
    os.lseek(r, 0, 0)
except OSError as e:
    print("lseek", e.errno)
w2 = os.dup(w)
os.close(w)
os.write(w2, b"via dup")
os.close(w2)
print(os.read(r, 100), os.read(r, 100))
os.close(r)

r, w = os.pipe()
with io.open(w, "w", encoding="utf-8") as out:
    out.write("line one\nline two\n")
with io.open(r, "r", encoding="utf-8") as inp:
    print(inp.readlines())

try:
    os.read(r, 1)
except OSError as e:
    print("closed", e.errno)
