# compressobj/decompressobj are real zlib streams: flushes in the middle, max_length and
# unconsumed_tail, eof and unused_data, and the errors of a finished or truncated stream.
import zlib
c = zlib.compress(b'hello')
print(zlib.decompress(c + b'garbage'))
for bad in (c[:-3], b'garbage', b''):
    try: zlib.decompress(bad)
    except zlib.error as e: print(e)
d = zlib.decompressobj()
print(d.decompress(c[:5]), d.eof, d.unconsumed_tail, d.decompress(c[5:]+b'xy'), d.eof, d.unused_data)
print(d.decompress(b'more'), d.unused_data)
d = zlib.decompressobj()
big = zlib.compress(b'a'*1000)
out = d.decompress(big, 10); print(len(out), len(d.unconsumed_tail), d.eof)
print(len(d.flush()), d.eof, d.unused_data)
try: d.decompress(b'', -1)
except ValueError as e: print(e)
co = zlib.compressobj(); print(len(co.compress(b'abc')), len(co.flush()))
try: co.flush()
except Exception as e: print(type(e).__name__, e)
try: co.compress(b'x')
except Exception as e: print(type(e).__name__, e)
d = zlib.decompressobj()
chunks = []
tail = big
while tail:
    chunks.append(d.decompress(tail, 64)); tail = d.unconsumed_tail
print(len(b"".join(chunks)), d.eof, [len(x) for x in chunks][:3])
g = zlib.compressobj(wbits=31); gz = g.compress(b"gzip data") + g.flush()
print(zlib.decompress(gz, 31), zlib.decompress(gz, 47))
d = zlib.decompressobj(wbits=-15)
co = zlib.compressobj(wbits=-15); raw = co.compress(b"abc" * 50) + co.flush()
print(len(d.decompress(raw)), d.eof, d.unused_data)
d = zlib.decompressobj()
print(d.decompress(b"x\x9c"), d.eof)
try: print(d.decompress(b"\xff\xff\xff"))
except zlib.error as e: print(e)
data = b"hello world " * 100
for mode in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH if hasattr(zlib, "Z_PARTIAL_FLUSH") else 1):
    co = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
    a = co.compress(data)
    b = co.flush(mode)
    c = co.compress(b"more")
    d = co.flush()
    print(mode, len(a), b.hex()[-12:], len(b), len(c), d.hex())
    dec = zlib.decompressobj(-zlib.MAX_WBITS)
    print(dec.decompress(a + b + c + d) == data + b"more", dec.eof)
co = zlib.compressobj()
print(co.compress(b"x" * 10) + co.flush(zlib.Z_SYNC_FLUSH) + co.flush(zlib.Z_SYNC_FLUSH) + co.flush())
import gzip, io
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb") as f:
    f.write(b"first line\n" * 20)
    f.flush()
    f.write(b"second\n")
print(gzip.decompress(buf.getvalue()).count(b"\n"))
for bad in (0, 1, 16):
    try:
        zlib.compressobj(1, zlib.DEFLATED, bad)
    except ValueError as e:
        print(bad, e)
try:
    zlib.crc32()
except TypeError as e:
    print("crc32 without data")
