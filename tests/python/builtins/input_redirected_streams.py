# input() with sys.stdin/sys.stdout replaced by Python objects: the prompt is written,
# flush() is called when there is one (errors from it are ignored), readline() may return
# str or bytes, and a lost stream is a RuntimeError.
import sys


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


class Out:
    def __init__(self):
        self.written = []

    def write(self, s):
        self.written.append(s)


class BadFlush(Out):
    def flush(self):
        raise OSError("flush failed")


def attempt(*args):
    try:
        return repr(input(*args))
    except Exception as e:
        return f"{type(e).__name__}: {e}"


saved = sys.stdin, sys.stdout, sys.stderr
results = []
try:
    out = Out()
    sys.stdout = out
    sys.stdin = Lines("first\n", "second", b"bytes\n", b"", "    spaced  \n")
    results.append(attempt())
    results.append(attempt("prompt> "))
    results.append(attempt(42))
    results.append(attempt())
    results.append(attempt())
    results.append(attempt(1, 2))
    results.append(out.written)
    sys.stdout = BadFlush()
    sys.stdin = Lines("after bad flush\n")
    results.append(attempt("p"))
    sys.stdin = Lines(42)
    results.append(attempt())
    sys.stdin = Lines()
    results.append(attempt())
    sys.stdin = object()
    results.append(attempt())
    sys.stderr = BadFlush()
    sys.stdin = Lines("stderr flush fails\n")
    results.append(attempt())
    del sys.stderr
    results.append(attempt())
    sys.stderr = None
    results.append(attempt())
    sys.stderr = saved[2]
    sys.stdout = None
    results.append(attempt())
    del sys.stdout
    results.append(attempt())
    del sys.stdin
    results.append(attempt())
finally:
    sys.stdin, sys.stdout, sys.stderr = saved
for r in results:
    print(r)
