# int(x) follows PyNumber_Long: __int__ first (also when an int subclass overrides it),
# then __index__, then the deprecated __trunc__; results of a strict int subclass are
# accepted with a DeprecationWarning (shown: the warnings are triggered in __main__).


class MyInt(int):
    def __int__(self):
        return 42


class BadInt(int):
    def __int__(self):
        return 42.0


print(int(MyInt(7)), type(int(MyInt(7))).__name__)
try:
    int(BadInt(7))
except TypeError as e:
    print("TypeError:", e)


class PlainSub(int):
    pass


print(int(PlainSub(5)), type(int(PlainSub(5))).__name__)


class ReturnsBool:
    def __int__(self):
        return True


class IndexReturnsBool:
    def __index__(self):
        return True


class JustTrunc:
    def __trunc__(self):
        return 42


n = int(ReturnsBool())
print(n, type(n).__name__)
n = int(IndexReturnsBool())
print(n, type(n).__name__)
n = int(JustTrunc())
print(n, type(n).__name__)

# an explicit base accepts str, bytes and bytearray only
print(int(memoryview(b"100")), int(bytearray(b"101"), 2))
try:
    int(memoryview(b"100"), 2)
except TypeError as e:
    print("TypeError:", e)
