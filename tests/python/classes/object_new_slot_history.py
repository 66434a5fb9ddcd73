# object.__new__ and object.__init__ complain about extra arguments by CPython's tp_new
# slot, which a class whose __new__ resolves to object.__new__ keeps from before (at
# creation, from its base): once a Python __new__ was involved, object.__new__ refuses
# arguments even after `__new__ = object.__new__` or `del C.__new__`.
def attempt(f):
    try:
        r = f()
        return f"ok {type(r).__name__}"
    except Exception as e:
        return f"{type(e).__name__}: {e}"


class A:
    def __new__(cls, *args, **kwargs):
        raise AssertionError("A.__new__")


class B(A):
    __new__ = object.__new__

    def __init__(self, foo):
        self.foo = foo


print("B(3)", attempt(lambda: B(3)))
del B.__new__
print("B(3)", attempt(lambda: B(3)))
del A.__new__
print("B(3)", attempt(lambda: B(3)))
print("A(1)", attempt(lambda: A(1)))
print("A()", attempt(lambda: A()))


class C:
    pass


print("C(1)", attempt(lambda: C(1)))
C.__new__ = lambda cls, *a: object.__new__(cls)
print("C(1)", attempt(lambda: C(1)))
del C.__new__
print("C(1)", attempt(lambda: C(1)))
print("object.__new__(C, 1)", attempt(lambda: object.__new__(C, 1)))


class D:
    def __init__(self, x):
        self.x = x


class E(D):
    pass


print("E(1)", attempt(lambda: E(1)))
D.__new__ = staticmethod(lambda cls, *a: object.__new__(cls))
print("E(1)", attempt(lambda: E(1)))
del D.__new__
print("E(1)", attempt(lambda: E(1)))


class F:
    __new__ = object.__new__


print("F(1)", attempt(lambda: F(1)))
print("object.__init__(F(), 1)", attempt(lambda: object.__init__(F(), 1)))


class G:
    def __new__(cls, *a):
        return object.__new__(cls)


class H:
    pass


class I(H):
    pass


print("I(1)", attempt(lambda: I(1)))
I.__bases__ = (G,)
print("I(1)", attempt(lambda: I(1)))
I.__bases__ = (H,)
print("I(1)", attempt(lambda: I(1)))
print("object.__init__(I(), 1)", attempt(lambda: object.__init__(I(), 1)))
for _ in range(3):
    print("loop B(3)", attempt(lambda: B(3)), attempt(lambda: C()))
