# struct's integer codes at the edges of each size and of the integers a double holds
# exactly (2**53), in both byte orders, packing and unpacking.
import struct

values = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536,
          2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**53 - 1, 2**53, 2**53 + 1,
          -2**53 + 1, -2**53, -2**53 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64]
for code in "bBhHiIlLqQnNP":
    for order in "<>=!@":
        if order != "@" and code in "nNP":
            continue
        fmt = order + code
        packed = []
        for v in values:
            try:
                data = struct.pack(fmt, v)
            except struct.error as e:
                packed.append("E")
                continue
            back = struct.unpack(fmt, data)[0]
            packed.append(data.hex() + ("" if back == v else "!" + str(back)))
        print(fmt, " ".join(packed))
for fmt, v in (("<h", 40000), (">B", -1), ("<q", 2**63), ("<Q", -1), ("<i", 2**31), ("<I", -1)):
    try:
        struct.pack(fmt, v)
    except struct.error as e:
        print(fmt, e)
print(struct.unpack("<qQ", bytes(range(16))), struct.unpack(">qQ", bytes(range(200, 216))))
print(struct.unpack("<q", b"\x00\x00\x00\x00\x00\x00\xe0\xff"), struct.unpack("<q", b"\x01\x00\x00\x00\x00\x00\xe0\xff"))
print(struct.pack("<qi?", True, False, 5).hex())
