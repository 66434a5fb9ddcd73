# Repeat counts and totals beyond C's ssize_t give struct.error ("total struct size too long") as
# CPython checks them, before anything is built; huge but valid counts still compute sizes.
import struct, sys
for fmt in ("{}b".format(sys.maxsize + 1), "{}b{}H".format(sys.maxsize // 2, sys.maxsize // 2),
            "{}x".format(sys.maxsize), "{}x".format(sys.maxsize + 1), "{}s".format(sys.maxsize), "99999999999999999999",
            "5", "<{}d".format(sys.maxsize // 8 + 1), "<{}q".format(sys.maxsize // 8), "10x3s", "1000000x", "0q", "@3ci"):
    try:
        print(repr(fmt[:30]), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt[:30]), "struct.error:", e)
print(struct.pack("3h", 1, 2, 3), struct.unpack("<2s2h", b"ab\x01\x00\x02\x00"))
print(struct.Struct("<{}q".format(sys.maxsize // 8)).size, struct.Struct("2h3s").size)
