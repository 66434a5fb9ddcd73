# Text files over the buffered and raw layers: pending writes and their order against the
# buffer, newline modes both ways, iteration across chunk boundaries, errors.
import io
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "t.txt")

with open(path, "w") as f:
    f.write("a")
    f.buffer.write(b"b")
    f.write("c\n")
with open(path, "rb") as f:
    print(f.read())

for newline in (None, "", "\n", "\r", "\r\n"):
    with open(path, "w", newline=newline) as f:
        f.write("one\ntwo\r\nthree\rfour\n")
    with open(path, "rb") as f:
        raw = f.read()
    with open(path, newline=newline) as f:
        lines = list(f)
        print(repr(newline), raw, lines, f.newlines)

with open(path, "wb") as f:
    f.write(b"x\r\ny\rz\n" * 3000 + b"end\r")
for newline in (None, "", "\n"):
    with open(path, newline=newline) as f:
        lines = f.readlines()
    print(repr(newline), len(lines), lines[:4], lines[-2:])
with open(path) as f:
    print(repr(f.read(7)), repr(f.readline()), repr(f.readline(1)), f.newlines)

with open(path, "w", encoding="utf-8") as f:
    for i in range(5000):
        f.write(f"line {i} caf\u00e9\n")
with open(path, encoding="utf-8") as f:
    n = 0
    for line in f:
        n += 1
    print(n, line)
with open(path, "rb") as f:
    lines = list(f)
    print(len(lines), lines[0], lines[-1])
with open(path, encoding="latin-1") as f:
    print(repr(f.readline()))

with open(path, "w", encoding="latin-1") as f:
    f.write("caf\u00e9\n")
with open(path, "rb") as f:
    print(f.read())

with open(path, "w") as f:
    f.write("kept\n")
    try:
        f.write("bad \udc80\n")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e.start, e.reason)
    f.write("after\n")
with open(path) as f:
    print(repr(f.read()))

with open(path, "w+") as f:
    f.write("hello\nworld\n")
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.seek(0, 2)
    f.write("more\n")
    f.seek(0)
    print(f.read().splitlines())

with open(path, "r+") as f:
    print(repr(f.read(3)))
    f.seek(0)
    f.write("HE")
    f.seek(0)
    print(repr(f.read()))

with open(path) as f:
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
f = open(path)
next(f)
f.close()
for op in (lambda: next(f), lambda: f.write("x"), lambda: f.read()):
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
f = open(path, "rb")
next(f)
f.close()
try:
    next(f)
except ValueError as e:
    print("ValueError", e)
f = open(path, "w")
f.close()
try:
    f.write("x")
except ValueError as e:
    print("ValueError", e)

with open(path, "w") as f:
    f.write("line\n")
    f.reconfigure(line_buffering=True)
    f.write("flushed\n")
    with open(path) as g:
        print(repr(g.read()))
