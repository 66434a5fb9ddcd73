# `str + x`, `bytes + x` and `bytearray + x` reach x.__radd__ before the sequences'
# own concatenation error (CPython's sq_concat comes after the number protocol).


class R:
    def __radd__(self, other):
        return ("radd", other)


class Bs(bytes):
    pass


class Ba(bytearray):
    pass


class S(str):
    pass


for left in ("spam", b"spam", bytearray(b"spam"), [1], (1,), S("s"), Bs(b"b")):
    print(type(left).__name__, left + R())

cases = [
    (b"x", 1),
    (bytearray(b"x"), "a"),
    (Bs(b"x"), 1),
    (Ba(b"x"), 1),
    ("a", 1),
    (S("a"), b"x"),
    ("a", None),
    ([1], (1,)),
    (b"x", memoryview(b"y")),
    (bytearray(b"x"), b"y"),
    (b"x", bytearray(b"y")),
    ("a", "b"),
    (S("a"), "b"),
]
for a, b in cases:
    try:
        print(repr(a + b))
    except TypeError as e:
        print("TypeError:", e)

s = "a"
try:
    s += 1
except TypeError as e:
    print("TypeError:", e)
print("a".__add__("b"), b"a".__add__(b"b"))
