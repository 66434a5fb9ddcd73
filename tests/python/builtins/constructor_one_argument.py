# int(x), str(x) and float(x) with one argument take a shorter way; every kind of
# argument must still give what the general constructors give.
class S(str):
    def __str__(self):
        return "custom"


class Num:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __index__(self):
        return 7


class Trunc:
    def __trunc__(self):
        return 9


class StrSub(str):
    pass


for text in ["-0", "+7", "0099", "1" * 15, "1" * 16, "-" + "9" * 15, " 5 ", "5_0", "-", "+", "", "١٢", "0x10", "1.5", "12\n"]:
    try:
        v = int(text)
        print(repr(text), v, type(v).__name__)
    except ValueError as e:
        print(repr(text), "ValueError", e)

for x in [True, False, 3.9, -3.9, Num(), StrSub("12"), b"34", bytearray(b"56"), 2**70]:
    print(type(x).__name__, int(x))
try:
    int(Trunc())
except TypeError as e:
    print("TypeError", e)
else:
    print("Trunc accepted")

for x in [0, -12, 2**53, 2**53 + 1, -(2**63), True, None, 1.0, -0.0, S("a"), StrSub("b"), b"x", [1, "a"]]:
    s = str(x)
    print(repr(s), type(s).__name__)

for x in ["1e5", " 1 ", "-inf", "nan", True, 3, Num(), StrSub("2.5")]:
    print(repr(float(x)))

print(str(object=5), int("12", base=10), int("z", 36), float())
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), int(), str())
for bad in [lambda: int(1, 2, 3), lambda: str(1, 2, 3, 4), lambda: float(1, 2), lambda: int(x=1), lambda: float(x=1), lambda: int([]), lambda: float([])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
