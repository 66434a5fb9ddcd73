# Bytes-like paths (deprecated, with CPython's warning), putenv/unsetenv name checks,
# dir_fd range and descriptor errors, the RTLD_* constants.
import os, warnings
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(os.stat(bytearray(b"/")).st_mode == os.stat("/").st_mode)
    print(sorted(os.listdir(memoryview(b"/")))[:1] == sorted(os.listdir(b"/"))[:1])
    print([(x.category.__name__, str(x.message)) for x in w])
for a in (("FRUIT\0VEG", "x"), ("FRUIT", "x\0y"), ("", "x"), ("A=B", "x"), (b"A\0", "x"), (b"A=B", b"x")):
    try:
        os.putenv(*a)
        print(a, "ok")
    except (ValueError, TypeError, OSError) as e:
        print(a, type(e).__name__, e)
for a in ("", "A=B", "A\0B", b"A\0B"):
    try:
        os.unsetenv(a)
        print(repr(a), "ok")
    except (ValueError, TypeError, OSError) as e:
        print(repr(a), type(e).__name__, e)
for v in (10**20, -1, 2**31, -2**31 - 1, True, "a"):
    try:
        os.stat("x", dir_fd=v)
    except (OverflowError, OSError, TypeError) as e:
        print(repr(v), type(e).__name__, e)
print(os.RTLD_LAZY, os.RTLD_NOW, os.RTLD_GLOBAL, os.RTLD_LOCAL, os.RTLD_NODELETE, os.RTLD_NOLOAD, os.RTLD_DEEPBIND)
