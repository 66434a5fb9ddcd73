# A buffered binary file's write() takes bytes-like objects only: an int is not a size,
# a list of ints is not bytes.
import array
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "w.bin")
with open(p, "wb") as f:
    for x in [1, "abc", [1], None, 2.5, b"ok", bytearray(b"-"), memoryview(b"mv"), array.array("B", [33])]:
        try:
            print(type(x).__name__, f.write(x))
        except TypeError as e:
            print(type(x).__name__, "TypeError", e)
    try:
        f.writelines([b"a", 1])
    except TypeError as e:
        print("writelines TypeError", e)
with open(p, "rb") as f:
    print(f.read())
with open(p, "r+b") as f:
    print(f.write(b"XY"), f.read())
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
