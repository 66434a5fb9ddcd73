# Compress/Decompress methods take their data positionally only, with Argument Clinic's
# messages.
import zlib

co = zlib.compressobj()
do = zlib.decompressobj()
calls = (
    (co.compress, {"data": b"x"}),
    (do.decompress, {"data": b"x"}),
    (co.flush, {"mode": 2}),
    (do.flush, {"length": 5}),
    (do.decompress, {"max_length": 3}),
)
for method, kwargs in calls:
    try:
        method(**kwargs)
    except TypeError as e:
        print(e)
    try:
        method(b"x", b"y", b"z")
    except TypeError as e:
        print(e)
co2 = zlib.compressobj()
data = co2.compress(b"positional " * 20) + co2.flush(zlib.Z_FINISH)
do2 = zlib.decompressobj()
print(do2.decompress(data, 10), do2.flush(64))
