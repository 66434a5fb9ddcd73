# io.StringIO's newline modes: what writes store, what readline splits on, and what
# `newlines` reports, for None, "", "\n", "\r" and "\r\n".
import io

TEXT = "a\r\nb\rc\nd\r"
for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(TEXT, newline=newline)
    print(repr(newline), repr(s.getvalue()), s.newlines)
    print("  lines", s.readlines())
    s.seek(0)
    print("  limited", [s.readline(2) for _ in range(4)])
    s.write("x\ny\r")
    print("  after write", repr(s.getvalue()), s.newlines)
    print("  state", s.__getstate__())

# Each write is translated on its own: a "\r" ending one write is not joined to a
# "\n" starting the next.
x = io.StringIO(newline=None)
x.write("a\r")
x.write("\nb")
print(repr(x.getvalue()), x.newlines)
x = io.StringIO(newline="")
x.write("a\r")
x.write("\nb")
print(repr(x.getvalue()), x.newlines, x.readlines(), io.StringIO(x.getvalue(), newline="").readlines())
print(io.StringIO("a\nb").newlines, io.StringIO("", newline=None).newlines)
print(io.StringIO("one\r\ntwo", newline="\r\n").readline(4))
print(repr(io.StringIO("one\r\ntwo", newline="\r\n").readline(5)))
print(list(io.StringIO("1\n2\n\n3")))
print(io.StringIO("no newline").readline())
for bad in ("x", "\n\n", 1, b"\n"):
    try:
        io.StringIO("", bad)
    except Exception as e:
        print(type(e).__name__, e)
