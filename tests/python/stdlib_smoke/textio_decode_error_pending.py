# A chunk that fails to decode: readline, read(n) and iteration lose the text that was
# pending before it, read() keeps it (CPython decodes the rest before taking it).
import os
import tempfile

fd, path = tempfile.mkstemp()
with os.fdopen(fd, "wb") as f:
    f.write(b"abc\ndef" + b"x" * 9000 + b"\x80zz\n")
try:
    for how in ("read", "read5000", "readline", "iter"):
        f = open(path, encoding="ascii")
        f.readline()
        try:
            if how == "read":
                f.read()
            elif how == "read5000":
                while f.read(5000):
                    pass
            elif how == "readline":
                f.readline()
            else:
                list(f)
        except UnicodeDecodeError as e:
            print(how, e.start, e.reason)
        rest = f.read()
        print(len(rest), repr(rest[:5]), repr(f.readline()))
        f.close()
finally:
    os.unlink(path)
