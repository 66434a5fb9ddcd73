# open() refuses paths with a NUL in them before touching the file system, str or bytes.
for path in ["a\x00b", b"a\x00b", "\x00", b"x\x00", bytearray(b"ok")]:
    for mode in ("r", "rb", "w"):
        try:
            open(path, mode)
        except Exception as e:
            print(repr(path), mode, type(e).__name__, e)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


for p in ["a\x00", b"a\x00"]:
    try:
        open(P(p))
    except Exception as e:
        print(type(e).__name__, e)
