# __slots__ details: a secondary base can give a slotted class its __dict__ and
# __weakref__; __qualname__ and __classcell__ may be slots though the class body defines
# them (they leave the namespace); function attributes that CPython declares as members.
import weakref


def attempt(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"


class A:
    __slots__ = ()


class B:
    pass


class C(A, B):
    __slots__ = ()


c = C()
c.x = 2
print(c.x, c.__dict__, "__dict__" in C.__dict__, "__weakref__" in C.__dict__)
print(weakref.ref(c)() is c)


class D(A):
    __slots__ = ()


print(attempt(lambda: setattr(D(), "x", 1)), attempt(lambda: weakref.ref(D())))


class WithSlots:
    __slots__ = ("a",)


class E(WithSlots, B):
    __slots__ = ("b",)


e = E()
e.a, e.b, e.c = 1, 2, 3
print(e.a, e.b, e.__dict__)


class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        print("in namespace:", attr in namespace)
        return super().__new__(cls, name, bases, namespace)


class C1:
    def __init__(self):
        self.b = 42


class C2(C1, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]

    def __init__(self):
        super().__init__()


print(type(C2.__dict__["__classcell__"]).__name__)
c2 = C2()
print(c2.b, hasattr(c2, "__classcell__"))
c2.__classcell__ = 42
print(c2.__classcell__)


def bad_classcell():
    class C3:
        __classcell__ = 42
        __slots__ = ["__classcell__"]


print(attempt(bad_classcell))


class Q1(metaclass=Meta, attr="__qualname__"):
    __slots__ = ["__qualname__"]


print(Q1.__qualname__, type(Q1.__dict__["__qualname__"]).__name__)
q = Q1()
print(hasattr(q, "__qualname__"))
q.__qualname__ = "q"
print(q.__qualname__)


def bad_qualname():
    class Q2:
        __qualname__ = object()
        __slots__ = ["__qualname__"]


print(attempt(bad_qualname))


def other_conflict():
    class Q3:
        x = 1
        __slots__ = ["x"]


print(attempt(other_conflict))


def f():
    "doc"


FunctionType = type(f)
for name in ["__globals__", "__closure__", "__doc__", "__module__", "__builtins__", "__code__", "__name__"]:
    d = FunctionType.__dict__[name]
    print(name, type(d).__name__, repr(d))
    print("  set:", attempt(lambda: setattr(f, name, {"k": 1})))
    print("  del:", attempt(lambda: delattr(f, name)))
print(repr(f.__doc__), repr(f.__module__))
