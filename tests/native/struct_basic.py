import _struct as struct

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for fmt, v in [("h", 40000), ("<h", 40000), ("H", -1), ("b", 200), ("B", -1), ("i", 2**31),
               ("<I", -1), ("q", 2**63), ("<l", 2**31), ("<e", 1e6), ("<f", 1e300), ("i", "a"),
               ("f", "a"), ("c", b"ab"), ("s", 1)]:
    t(lambda: struct.pack(fmt, v))
t(lambda: struct.pack("i"))
t(lambda: struct.pack("z", 1))
t(lambda: struct.pack("3", 1))
t(lambda: struct.unpack("i", b"12"))
t(lambda: struct.unpack_from("i", b"12", 1))
t(lambda: struct.iter_unpack("i", b"123"))
for fmt in ["ci", "@ci", "=ci", "<qb", "@bq", "@hi", "5s", "3p", "x", "2xh", "?e", "@P", "@n"]:
    t(lambda: struct.calcsize(fmt))
vals = [(">bhiq", (-1, 2, -3, 4)), ("<BHIQ", (255, 65535, 2**32 - 1, 2**64 - 1)), ("@bhiq", (1, 2, 3, 4)),
        ("!d", (3.14,)), ("<f", (1.1,)), ("<e", (1.5e-5,)), (">e", (65504.0,)), ("<3s", (b"abcdef",)),
        ("<5p", (b"abcdefgh",)), ("<c?", (b"x", 2)), (">Q", (123456789012345,)), ("<q", (-2**63,))]
for fmt, v in vals:
    b = struct.pack(fmt, *v)
    print(fmt, b, struct.unpack(fmt, b))
s = struct.Struct(">3sh")
print(s.size, s.format, s.pack(b"ab", 7), s.unpack(b"abc\x00\x07"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")))
ba = bytearray(8)
struct.pack_into("<i", ba, 2, -2)
print(ba, struct.unpack_from("<i", ba, 2))
t(lambda: struct.pack_into("i", bytearray(2), 0, 1))
class I:
    def __index__(self):
        return 5
print(struct.pack("<i", I()), struct.pack("<d", I()), struct.pack("<?", []))
print(struct.unpack("<e", b"\x01\x00"), struct.unpack("<d", b"\x00" * 7 + b"\x7f"))
print(struct.error)
