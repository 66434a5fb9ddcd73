# Calling a class whose __new__ is a built-in type's: the type's own constructor, a
# subclass that inherits it, one that adds __init__, and a class that borrows it.
print(list(), list("ab"), tuple(), tuple([1, 2]), set(), sorted(set("aba")), frozenset("ab") == {"a", "b"})
print(str(), str(12), str(b"x", "ascii"), int(), int("7"), int("ff", 16), int(2.9), float("1.5"), bool(3))
print(bytes(3), bytearray(b"ab"), complex(1, 2), range(3), slice(1, 2))
t = (1, 2)
print(tuple(t) is t, frozenset(frozenset("a")) == frozenset("a"))


class L(list):
    pass


class T(tuple):
    pass


class S(set):
    def __init__(self, items, extra=0):
        super().__init__(items)
        self.extra = extra


class I(int):
    def __new__(cls, v, scale=1):
        return super().__new__(cls, v * scale)


class Str(str):
    pass


print(type(L("ab")), L("ab"), type(T([1])), T([1]), sorted(S("ab", extra=5)), S("ab", extra=5).extra)
print(I(3, scale=2), type(I(3)), Str("x") + "y", type(Str(5)))

for make in (
    lambda: list(1, 2),
    lambda: list(x=1),
    lambda: tuple(1, 2),
    lambda: tuple(iterable=[1]),
    lambda: set(a=1),
    lambda: set(1, 2),
    lambda: frozenset(x=1),
    lambda: int("7", base=1),
    lambda: int(x=3),
    lambda: str(1, 2, 3, 4),
    lambda: dict(1, 2),
    lambda: T(1, 2),
    lambda: list(5),
    lambda: set(5),
):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)


class Borrower:
    __new__ = list.__new__


# CPython keeps the __new__ slot a class inherits when its __new__ is a built-in type's.
print(type(Borrower()).__name__)


class Weird(int):
    __new__ = float.__new__


print(type(Weird(1)).__name__, Weird(1) + 1)
