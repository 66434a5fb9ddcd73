# A bound method calls its function with self in front, whatever the function is: a
# class bound by classmethod() (collections.abc.Callable's __class_getitem__ is one), or a
# builtin bound by types.MethodType, is not bound a second time.


class Pair:
    def __new__(cls, a, b):
        print("Pair.__new__", cls.__name__, a.__name__, b)
        return super().__new__(cls)


class Host:
    make = classmethod(Pair)
    __class_getitem__ = classmethod(Pair)


print(Host.make)
print(type(Host.make(1)).__name__)
print(type(Host[2]).__name__)
print(type(Host().make(3)).__name__)

MethodType = type(Host.make)
print(MethodType.__name__)
print(MethodType(len, [1, 2, 3])())
print(MethodType(print, "x")("y", sep="-"))
print(MethodType(str.upper, "ab")())
try:
    MethodType(str.upper, 3)()
except TypeError as e:
    print("TypeError:", e)
print(MethodType(dict.__dict__["fromkeys"], dict)("ab"))
print(MethodType(Pair, Host)(4) is not None)
