# os.write takes a bytes-like object; anything else is a TypeError naming its type.
import os

for bad in ["abc", 1, None, [1], 2.5]:
    try:
        os.write(1, bad)
    except TypeError as e:
        print(e)
print(os.write(1, memoryview(b"ok\n")))
