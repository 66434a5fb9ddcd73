# bytearray.join() holds an export of its separator while it runs: an iterator that
# resizes the separator fails with BufferError, one that only changes bytes is fine.
sep = bytearray(b",")


def clearing():
    sep.clear()
    yield b"A"
    yield b"B"


def appending():
    yield b"A"
    sep.append(0x3B)
    yield b"B"


def overwriting():
    yield b"A"
    sep[0] = 0x2D
    yield b"B"


for gen in (clearing, appending, overwriting):
    try:
        print(gen.__name__, sep.join(gen()))
    except BufferError as e:
        print(gen.__name__, "BufferError", e)
    print("  sep is", sep)
# The export ends with the join, even when the join fails.
try:
    sep.join([b"x", 1])
except TypeError as e:
    print("TypeError", e)
sep.extend(b"!!")
print(sep, sep.join([b"a", bytearray(b"b"), memoryview(b"c")]))
print(b"-".join(x for x in [b"1", b"2"]))
