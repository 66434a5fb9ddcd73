import binascii, zlib

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in [b"", b"a", b"ab", b"abc", b"hello world\x00\xff"]:
    e = binascii.b2a_base64(s)
    print(e, binascii.a2b_base64(e), binascii.hexlify(s), binascii.crc32(s), binascii.crc_hqx(s, 0))
t(lambda: binascii.a2b_base64(b"abc"))
t(lambda: binascii.a2b_base64(b"a"))
t(lambda: binascii.a2b_base64("ab\xe9"))
t(lambda: binascii.unhexlify(b"abc"))
t(lambda: binascii.unhexlify(b"zz"))
t(lambda: binascii.hexlify(b"abcdef", "-", 2))
t(lambda: binascii.b2a_base64(b"ab", newline=False))
t(lambda: binascii.a2b_base64(b"YW=Jj", strict_mode=True))
t(lambda: binascii.a2b_base64(b"Y!W=Jj"))
t(lambda: binascii.Error.__mro__)

data = b"hello hello hello hello " * 20 + bytes(range(256))
for level in [-1, 0, 1, 6, 9]:
    c = zlib.compress(data, level)
    print(level, len(c), c[:16], zlib.decompress(c) == data)
print(zlib.compress(data, wbits=-15)[:20], zlib.compress(data, wbits=31)[:4])
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(b"x", 5), zlib.adler32(b""))
co = zlib.compressobj(6)
out = co.compress(data[:100]) + co.compress(data[100:]) + co.flush()
print(out == zlib.compress(data, 6))
do = zlib.decompressobj()
print(do.decompress(out[:50]) + do.decompress(out[50:] + b"extra") == data, do.unused_data, do.eof)
t(lambda: zlib.decompress(b"garbage"))
t(lambda: zlib.decompress(zlib.compress(data)[:30]))
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.error)
