# Reading and writing files by lines, through every newline mode and the cases that leave
# the common path: the last line without a newline, "\r" endings, astral characters, a
# closed buffer, a subclass, reads mixed with iteration, tell() and seek().
import io
import os
import tempfile

fd, path = tempfile.mkstemp()
os.close(fd)


def write_bytes(data):
    with open(path, "wb") as f:
        f.write(data)


def read_bytes():
    with open(path, "rb") as f:
        return f.read()


MIXED = b"one\ntwo\r\nthree\rfour\n\xf0\x9f\x98\x80 smile\ncaf\xc3\xa9\nlast"
write_bytes(MIXED)
for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, encoding="utf-8", newline=newline) as f:
        lines = list(f)
        print(repr(newline), lines, f.newlines)

write_bytes(b"a\nb\nc\n" * 3)
with open(path, encoding="utf-8") as f:
    print(next(f), f.readline(), f.read(3), next(f))
    # tell() is refused from a next() to the end of the iteration or a flush.
    for op in [f.tell, lambda: f.seek(0, 1), lambda: next(f), lambda: f.seek(0), f.tell]:
        try:
            print(op())
        except OSError as e:
            print("OSError", e)
    print([len(line) for line in f], f.newlines, f.tell())

# Iterating after the buffer was closed.
with open(path, encoding="utf-8") as f:
    print(next(f))
    f.buffer.close()
    try:
        next(f)
    except ValueError as e:
        print("ValueError", e)

# Binary iteration; after raw.close() the read-ahead is still handed out, as in CPython.
write_bytes(b"x" * 100 + b"\n" + b"y\n" * 5 + b"tail")
with open(path, "rb") as f:
    print([len(line) for line in f])
with open(path, "rb") as f:
    print(len(next(f)), f.tell(), f.read(4), next(f), f.peek(1)[:2])
    f.raw.close()
    print(next(f), f.closed)


class Upper(io.TextIOWrapper):
    def __next__(self):
        return super().__next__().upper()


with Upper(open(path, "rb"), encoding="ascii") as f:
    print(list(f)[1:3])

# Writing by lines.
with open(path, "w", encoding="utf-8") as f:
    print(f.write("abc\n"), f.write("caf\u00e9\n"), f.write("\U0001f600\n"), f.write(""))
    print(f.tell())
    f.write("more\n")
print(read_bytes())

with open(path, "w", encoding="utf-8", newline="\r\n") as f:
    f.write("a\nb\n")
print(read_bytes())

with open(path, "w+", encoding="utf-8") as f:
    f.write("first\nsecond\n")
    f.seek(0)
    print(next(f), f.read())
    f.seek(0)
    f.write("X\n")
    f.seek(0)
    print(f.read())

with open(path, "w", encoding="utf-8", buffering=1) as f:
    f.write("line\n")
    print(f.line_buffering, read_bytes())

with open(path, "w", encoding="utf-8") as f:
    for bad in [b"bytes", 3, "\ud800"]:
        try:
            f.write(bad)
        except (TypeError, UnicodeEncodeError) as e:
            print(type(e).__name__, e)
f.close()
try:
    f.write("x")
except ValueError as e:
    print("ValueError", e)

with open(path, "w", encoding="latin-1") as f:
    f.write("caf\u00e9\n")
print(read_bytes())

big = "".join("row %d\n" % i for i in range(3000))
with open(path, "w", encoding="utf-8") as f:
    for line in big.splitlines(keepends=True):
        f.write(line)
with open(path, encoding="utf-8") as f:
    print(sum(1 for _ in f), os.path.getsize(path) == len(big))
os.remove(path)
