# float(x) as PyNumber_Float: __float__ first (an override in a float, int or str subclass
# is called), a strict float subclass result is accepted with a DeprecationWarning, then
# __index__; float subclasses with their own __init__ may take keyword arguments.
import math


class Foo2(float):
    def __float__(self):
        return 42.0


class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1


class IntSub(int):
    def __float__(self):
        return 0.5


class Sub(float):
    pass


class F:
    def __float__(self):
        return Sub(42.0)


class Foo4(float):
    def __float__(self):
        return 42


class MyIndex:
    def __index__(self):
        return 42


print(float(Foo2()), float(FooStr("8")), float(IntSub(3)), float(MyIndex()))
r = float(F())
print(r, type(r).__name__)
try:
    float(Foo4(42))
except TypeError as e:
    print("TypeError:", e)


class WithInit(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


u = WithInit(2.5, newarg=3)
print(type(u).__name__, float(u), u.newarg)
for cls in (float, Sub):
    try:
        cls(x=0)
    except TypeError as e:
        print("TypeError:", e)

print(math.copysign(1.0, float("nan")), math.copysign(1.0, float("-nan")), math.copysign(1.0, float("-NaN")))
nan = float("nan")
print(hash(nan) == object.__hash__(nan), hash(nan) == hash(nan), hash(nan) == hash(float("nan")))
