# io.BytesIO: reading, writing past the end, seeking, truncating, lines, exports,
# pickling state and subclasses, against CPython's _io.BytesIO.
import io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(io.BytesIO.__mro__)
print(sorted(k for k in io.BytesIO.__dict__ if k not in ("__doc__", "__module__")))
b = io.BytesIO(b"abc\ndef\r\nghi")
show(lambda: b.peek)
show(lambda: b.readline())
show(lambda: b.readlines())
show(lambda: b.read())
show(lambda: b.seek(-1))
show(lambda: b.seek(1.0))
show(lambda: b.seek(0, 3))
show(lambda: b.seek(-100, 1))
show(lambda: b.seek(-2, 2))
show(lambda: b.read(1))
show(lambda: b.read(None))
show(lambda: b.read(1.5))
show(lambda: b.write("x"))
show(lambda: b.truncate(-1))
show(lambda: b.seek(20))
show(lambda: b.write(b"Z"))
show(lambda: b.getvalue())
show(lambda: b.truncate(5))
show(lambda: b.tell())
show(lambda: b.getvalue())
# A write past the end after a truncate fills the gap with zeros, not old bytes.
b.seek(8)
show(lambda: b.write(b"!"))
show(lambda: b.getvalue())

m = b.getbuffer()
show(lambda: (len(m), m.tobytes()[:3]))
show(lambda: b.write(b"q"))
show(lambda: b.truncate(0))
show(lambda: b.seek(0))
show(lambda: b.close())
m.release()
show(lambda: b.write(memoryview(b"mv")))
show(lambda: b.write(bytearray(b"BA")))
show(lambda: b.__getstate__())
show(lambda: [b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush()])
b.close()
b.close()
for name in ("read", "getvalue", "tell", "readable", "flush", "__getstate__", "getbuffer"):
    show(lambda: getattr(b, name)())
show(lambda: b.closed)
show(lambda: iter(b) is b)
show(lambda: next(b))

show(lambda: io.BytesIO(initial_bytes=b"k").read())
show(lambda: io.BytesIO("s"))
show(lambda: io.BytesIO(b"", 1))
show(lambda: io.BytesIO(None).getvalue())
show(lambda: io.BytesIO(bytearray(b"ba")).getvalue())
show(lambda: io.BytesIO(memoryview(b"mem")).getvalue())
show(lambda: io.BytesIO(b"abc").read1())
show(lambda: io.BytesIO(b"abc\nd\nef").readlines(2))
show(lambda: io.BytesIO(b"abc\nd\nef").readlines(None))
show(lambda: io.BytesIO(b"abc\nd\n").readline(2))
show(lambda: io.BytesIO(b"abc\nd\n").readline(None))
show(lambda: list(io.BytesIO(b"1\n2\n\n3")))

src = io.BytesIO(b"xyz")
into = bytearray(5)
show(lambda: src.readinto(into))
show(lambda: into)
show(lambda: src.readinto(into))
show(lambda: io.BytesIO(b"pq").readinto(memoryview(into)[1:]))
show(lambda: into)
show(lambda: io.BytesIO(b"pq").readinto(b"ro"))

w = io.BytesIO()
show(lambda: w.writelines([b"a", bytearray(b"b"), memoryview(b"c")]))
show(lambda: w.writelines([b"d", "e"]))
show(lambda: w.getvalue())
w = io.BytesIO()
w.seek(3)
w.write(b"a")
show(lambda: w.getvalue())

b2 = io.BytesIO()
b2.__setstate__((b"abc", 1, None))
show(lambda: b2.read())
show(lambda: b2.__setstate__((b"abc",)))
show(lambda: b2.__setstate__((b"abc", -1, None)))
show(lambda: b2.__setstate__((b"abc", 1.0, None)))
show(lambda: b2.__setstate__((b"abc", 0, [])))


class Doubling(io.BytesIO):
    def __init__(self, x):
        super().__init__(x * 2)
        self.extra = 1


d = Doubling(b"ab")
show(lambda: d.getvalue())
show(lambda: d.__dict__)
show(lambda: d.__getstate__())
show(lambda: isinstance(d, io.BufferedIOBase))
show(lambda: io.BytesIO().__dict__)
with io.BytesIO(b"ctx") as c:
    show(lambda: c.read())
show(lambda: c.closed)
show(lambda: io.BytesIO().fileno())
show(lambda: io.BytesIO().detach())
show(lambda: io.BytesIO().read(1, 2))
show(lambda: io.BytesIO().read(size=1))
show(lambda: io.BytesIO().write(b"a", b"b"))
