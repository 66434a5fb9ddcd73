# readinto() and readinto1() write into any writable contiguous buffer (array.array too)
# and refuse the others with CPython's TypeError.
import array, io, os, tempfile
p = os.path.join(tempfile.mkdtemp(), "x")
open(p, "wb").write(b"abcdefgh")
for buffering in (0, -1):
    with open(p, "rb", buffering=buffering) as f:
        for target in (b"abc", "abc", 5, memoryview(bytearray(6))[::2]):
            try:
                print(f.readinto(target))
            except Exception as e:
                print(type(e).__name__, e)
m = memoryview(array.array("i", [0, 0]))
print(m.cast("B").nbytes, len(m), m.nbytes)
b = io.BytesIO(b"xyz123")
a = array.array("h", [0, 0])
print(b.readinto(a), a.tobytes())
a = array.array("b", b"x" * 10)
with open(p, "rb") as f:
    print(f.readinto(a), a)
a = array.array("i", [0, 0])
with open(p, "rb", buffering=0) as f:
    print(f.readinto(a), a.tobytes())
with open(p, "rb") as f:
    print(f.readinto1(bytearray(3)), f.readinto1(memoryview(bytearray(10))))
print(io.BytesIO(b"12").readinto1(array.array("B", [0] * 4)))
