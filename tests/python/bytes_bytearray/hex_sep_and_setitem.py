# hex() checks its separator's length before its type (None has no len()); bytes' index
# error says "byte"; assigning nothing to a bytearray's extended slice deletes it; a value
# whose __index__ resizes the bytearray is read before the index is checked (GH-91153).
for data in (b"\xb9\x01\xef", bytearray(b"\xb9\x01\xef"), memoryview(b"\xb9\x01\xef")):
    for args in ((":",), (b"-", 2), (":", -1), ("x", 0), (None,), (None, 0), (5,), ([1],),
                 (bytearray(b":"),), (b"::",), ("\xff",), ("\u0100",), ("",)):
        try:
            print(type(data).__name__, args, data.hex(*args))
        except (TypeError, ValueError) as e:
            print(type(data).__name__, args, type(e).__name__, e)
for x in (b"ab", bytearray(b"ab")):
    try:
        x["k"]
    except TypeError as e:
        print(e)
b = bytearray(b"abcdef")
b[::2] = b""
print(b)
b = bytearray(b"abcdef")
b[::-2] = bytearray()
print(b)
b = bytearray(b"abcdef")
b[1:1:2] = b""
print(b)
try:
    b[::2] = b"x"
except ValueError as e:
    print("ValueError:", e)
b = bytearray(b"abcdef")
with memoryview(b) as m:
    try:
        b[1:-1:2] = b""
    except BufferError as e:
        print("BufferError:", e)
print(b)


class Boom:
    def __init__(self, target):
        self.target = target

    def __index__(self):
        self.target.clear()
        return 65


b = bytearray(b"Now you see me")
try:
    b[0] = Boom(b)
except IndexError as e:
    print("IndexError:", e, b)
b = bytearray(b"xyz")
b[-1] = Boom(bytearray())
print(b)
