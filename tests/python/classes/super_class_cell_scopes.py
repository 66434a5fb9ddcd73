# A class body that reads `__class__` while its methods use the implicit `__class__` cell
# reads the enclosing scope's `__class__`, not its own cell; super()'s argument errors.


class Outer:
    def method(self):
        class X:
            seen = __class__

            def f(self):
                return __class__

        return X.seen, X().f() is X

    def nonlocal_case(self):
        class Y:
            nonlocal __class__
            __class__ = 42

            def f():
                __class__

        return __class__


seen, ok = Outer().method()
print(seen is Outer, ok)
print(Outer().nonlocal_case())

try:
    exec("class Z:\n    __class__\n    def f():\n        __class__\n", {}, {})
except NameError as e:
    print(type(e).__name__, e)


class W:
    global __class__
    __class__ = "global value"

    def f():
        __class__


print(__class__, "__class__" in W.__dict__)
del __class__


def closure_user():
    value = 5

    class V:
        got = value

        def g(self):
            return value, __class__

    return V.got, V().g()[0], V().g()[1].__name__


print(closure_user())

for args in [(int, int, int), (1, int), ()]:
    try:
        super(*args)
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    super(int, a=1)
except TypeError as e:
    print(e)


class MySuper(super):
    pass


try:
    MySuper(int, 1, 2)
except TypeError as e:
    print(e)
print(type(MySuper(int, 1)).__name__, super(int, 1).__thisclass__.__name__)
