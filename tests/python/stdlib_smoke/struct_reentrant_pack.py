# struct.pack of a value whose __index__ packs again, formats past the short scratch
# buffer, and pad bytes, which must come out zero.
import struct
class Idx:
    def __index__(self):
        struct.pack("<q", 77)  # re-enters pack while the outer one is filling its buffer
        return 5
print(struct.pack("<iqi", Idx(), 1, Idx()).hex(), struct.unpack("<hHd", struct.pack("<hHd", -2, 7, 1.5)))
print(struct.pack("<64s", b"x" * 70)[:3], len(struct.pack("<100s", b"y")), struct.unpack("<100s", b"z" * 100)[0][:2])
print(struct.pack(">i2xh", 1, 2).hex(), struct.calcsize(">i2xh"))
