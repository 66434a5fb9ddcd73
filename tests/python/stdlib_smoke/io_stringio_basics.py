# io.StringIO: positions in code points (astral characters too), writes past the end,
# overwrites, truncation, closing, state and subclasses that override readline.
import io


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(io.StringIO.__mro__)
print(sorted(k for k in io.StringIO.__dict__ if k not in ("__doc__", "__module__")))
s = io.StringIO("hello")
show(lambda: s.seek(-1))
show(lambda: s.seek(1, 1))
show(lambda: s.seek(0, 1))
show(lambda: s.seek(0, 2))
show(lambda: s.seek(0, 5))
show(lambda: s.seek(1.0))
show(lambda: s.seek(10))
show(lambda: s.read())
show(lambda: s.readline())
show(lambda: s.write("!"))
show(lambda: s.getvalue())
show(lambda: s.seek(1))
show(lambda: s.write("EL"))
show(lambda: s.getvalue())
show(lambda: s.truncate(-1))
show(lambda: s.truncate(2))
show(lambda: s.tell())
show(lambda: s.getvalue())
show(lambda: s.truncate())
show(lambda: s.write(5))
show(lambda: s.write(""))
show(lambda: s.read(None))
show(lambda: s.read(1.0))
show(lambda: s.readline(None))
show(lambda: s.__getstate__())
show(lambda: [s.line_buffering, s.encoding, s.errors, s.readable(), s.writable(), s.seekable()])
show(lambda: s.buffer)
show(lambda: s.detach())
show(lambda: s.fileno())
show(lambda: s.isatty())
s.close()
for name in ("read", "getvalue", "tell", "readline", "readable", "__getstate__", "isatty"):
    show(lambda: getattr(s, name)())
show(lambda: s.line_buffering)
show(lambda: s.newlines)
show(lambda: s.closed)
show(lambda: iter(s))
s.close()

a = io.StringIO("x\U0001F600y\nz")
show(lambda: a.read(2))
show(lambda: a.tell())
show(lambda: a.readline())
show(lambda: a.seek(1))
show(lambda: a.write("\U0001F601\U0001F602"))
show(lambda: a.getvalue())
show(lambda: a.write("\udcff"))
show(lambda: ascii(a.getvalue()))
show(lambda: a.seek(0))
show(lambda: [ascii(line) for line in a])
b = io.StringIO()
b.write("plain")
b.seek(7)
b.write("\u00e9\U0001F600")
show(lambda: b.getvalue())
show(lambda: len(b.getvalue()))
b.truncate(6)
show(lambda: b.getvalue())

show(lambda: io.StringIO(1))
show(lambda: io.StringIO(None).getvalue())
show(lambda: io.StringIO(initial_value="kw", newline="").read())
show(lambda: io.StringIO("", "\n", 3))
show(lambda: io.StringIO().read(1, 2))
show(lambda: io.StringIO().write())


class IntLines(io.StringIO):
    def readline(self, *a):
        return 5


class Upper(io.StringIO):
    def readline(self, *a):
        return super().readline(*a).upper()


show(lambda: list(IntLines("a\nb")))
show(lambda: list(Upper("a\nb")))
show(lambda: Upper("q\nr").readlines())

s2 = io.StringIO()
s2.__setstate__(("abc\r\n", None, 2, {"k": 1}))
show(lambda: (s2.read(), s2.k, s2.newlines))
show(lambda: s2.__setstate__(("abc", "\n", 0)))
show(lambda: s2.__setstate__(("abc", "\n", -1, None)))
show(lambda: s2.__setstate__(("abc", "\n", "0", None)))
show(lambda: s2.__setstate__(("abc", "\n", 0, 5)))
with io.StringIO("ctx") as c:
    show(lambda: c.read())
show(lambda: c.closed)

import pickle

p = io.StringIO("pickled\nlines", newline="")
p.readline()
q = pickle.loads(pickle.dumps(p))
show(lambda: (q.tell(), q.read(), q.__getstate__()))
bio = io.BytesIO(b"pickled bytes")
bio.read(3)
r = pickle.loads(pickle.dumps(bio))
show(lambda: (r.tell(), r.read()))
