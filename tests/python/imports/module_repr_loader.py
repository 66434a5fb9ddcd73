# A module's repr asks its __loader__'s module_repr() first (importlib's _module_repr in
# 3.11), ignoring an Exception it raises, then falls back to __spec__, __file__, __loader__.
import sys

ModuleType = type(sys)


class FullLoader:
    @classmethod
    def module_repr(cls, m):
        return "<module '{}' (crafted)>".format(m.__name__)


class BareLoader:
    pass


class FailingLoader:
    @staticmethod
    def module_repr(m):
        raise ValueError("nope")


class BadLoader:
    @staticmethod
    def module_repr(m):
        return 42


m = ModuleType("foo")
m.__loader__ = FullLoader
print(repr(m))
m.__file__ = "/tmp/foo.py"
print(repr(m))
m.__loader__ = BareLoader
print(repr(m))
del m.__file__
print(repr(m).startswith("<module 'foo' (<class '__main__.BareLoader'>)"))
m.__loader__ = FailingLoader
print(repr(m))
m.__loader__ = BadLoader
try:
    repr(m)
except TypeError as e:
    print("TypeError:", e)
