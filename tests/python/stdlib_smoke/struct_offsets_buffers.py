# pack_into and unpack_from: offsets at and past the buffer's ends, writable buffers of
# every kind (array.array keeps its items unpacked), 'p' fields longer than 255 bytes,
# NUL in a format and the unpack iterator's type.
import array
import struct
import sys


def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


for off in (5, 1, 0, -1, -2, -11, sys.maxsize, -sys.maxsize - 1, 2**63):
    attempt(struct.pack_into, "<H", bytearray(2), off, 7)
    attempt(struct.unpack_from, "<H", bytearray(2), off)
attempt(struct.unpack_from, "0s", b"ab", 3)
attempt(struct.pack_into, "0s", bytearray(2), 3, b"")
print(struct.Struct("<I").unpack_from(buffer=b"\0\1\2\3\4\5", offset=-4))

arr = array.array("b", b" " * 12)
struct.pack_into("5s", arr, 3, b"hello")
print(arr.tobytes())
words = array.array("H", [0, 0, 0])
struct.pack_into("<H", words, 2, 513)
print(words)
view = memoryview(bytearray(6))
struct.pack_into(">h", view, 4, -2)
print(view.tobytes())
viewed = array.array("B", [0] * 4)
struct.pack_into("BB", memoryview(viewed)[1:], 1, 8, 9)
print(viewed)
for target in (b"abcd", bytearray(8)[::2], memoryview(bytearray(4)).toreadonly(), memoryview(bytearray(8))[::2], "abcd"):
    attempt(struct.pack_into, "b", target, 0, 1)

for fmt in ("1000p", "256p", "255p", "3p"):
    packed = struct.pack(fmt, b"x" * 1000)
    print(fmt, packed[:2], len(packed), packed.count(b"x"), len(struct.unpack(fmt, packed)[0]))

for fmt in ("\0", "2\0i", b"i\0", "i\0 "):
    attempt(struct.calcsize, fmt)
attempt(struct.Struct, "b\0")

it_type = type(struct.Struct(">ib").iter_unpack(b""))
attempt(it_type)
print(it_type.__name__, it_type.__module__)
