# classmethod/staticmethod copy a function's metadata (3.10+) and bind to the owner given.
from types import MethodType


def func(x: int) -> int:
    "the doc"
    return x


for wrap in (classmethod, staticmethod):
    w = wrap(func)
    print(wrap.__name__, sorted(w.__dict__))
    print(w.__wrapped__ is func, w.__func__ is func)
    for attr in ("__module__", "__qualname__", "__name__", "__doc__", "__annotations__"):
        print(" ", attr, getattr(w, attr) is getattr(func, attr))
    print(" ", "__wrapped__" in type(w).__dict__)


class NoMeta:
    pass


print(sorted(classmethod(NoMeta()).__dict__))


# classmethod.__get__(obj, owner) binds to owner, not type(obj)
class A:
    pass


cm = classmethod(lambda cls: cls)
print(cm.__get__(A, A)() is A)
print(cm.__get__(A(), A)() is A)
print(cm.__get__(A())() is A)
print(cm.__get__(None, A)() is A)


class Outer:
    def __init__(self, f):
        self.f = f

    def __call__(self, cls):
        return self.f.__get__(cls, cls)()

    def __get__(self, instance, owner=None):
        return MethodType(self, owner if owner is not None else type(instance))


class B:
    @Outer
    @classmethod
    def f(cls):
        return cls


print(B.f() is B, B().f() is B)
