# int.to_bytes and from_bytes on big values, both byte orders, signed and padded; linear
# in the length (a megabyte converts at once).
vals = [0, 1, 255, 256, 0xABCDEF, 2**64 - 1, 2**64, 3**200, -1, -128, -129, -(2**70) + 5]
for v in vals:
    for order in ("big", "little"):
        n = max(1, (v.bit_length() + 8) // 8) + 2
        b = v.to_bytes(n, order, signed=True)
        print(v, order, b.hex(), int.from_bytes(b, order, signed=True) == v)
        if v >= 0:
            print((v).to_bytes(n, order).hex())
big = int("9" * 3000)
b = big.to_bytes(1300, "little")
print(len(b), b[:8].hex(), b[-8:].hex(), int.from_bytes(b, "little") == big)
huge = (1 << 8_000_000) - 12345
print(len(huge.to_bytes(1_000_000, "big")), huge.to_bytes(1_000_000, "big")[-3:].hex())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
