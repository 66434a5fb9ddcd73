# abc over the native _abc module: abstract methods, virtual subclasses, the caches and
# their invalidation, __subclasshook__, and the checks' errors.
import abc
import gc
from collections.abc import Iterable, Mapping, Sized

import _abc

print(abc.ABCMeta.__module__, abc.ABCMeta.register.__qualname__)


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...

    @property
    @abc.abstractmethod
    def size(self): ...


class Half(Base):
    def run(self):
        return "ran"


class Whole(Half):
    size = 3


print(sorted(Base.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Whole.__abstractmethods__))
for cls in (Base, Half, Whole):
    try:
        print(cls.__name__, cls().run())
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)


class Plain:
    pass


print(issubclass(Plain, Base), isinstance(Plain(), Base))
token = abc.get_cache_token()
Base.register(Plain)
print(abc.get_cache_token() > token, issubclass(Plain, Base), isinstance(Plain(), Base))
print(Base.register(Whole) is Whole)
try:
    Plain.register
except AttributeError as e:
    print("AttributeError")
try:
    Base.register(3)
except TypeError as e:
    print("TypeError:", e)


class Sub(Base):
    pass


try:
    Sub.register(Base)
except RuntimeError as e:
    print("RuntimeError:", e)


class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True if hasattr(other, "quack") else NotImplemented


class Duck:
    quack = 1


print(issubclass(Duck, Hooked), issubclass(int, Hooked), isinstance(Duck(), Hooked))


class Broken(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return "yes"


try:
    issubclass(int, Broken)
except AssertionError as e:
    print("AssertionError:", e)
try:
    issubclass(3, Sized)
except TypeError as e:
    print("TypeError:", e)

print(isinstance([], Iterable), isinstance(3, Iterable), issubclass(dict, Mapping), isinstance({}, Sized))
registry, cache, negative, version = _abc._get_dump(Base)
print(sorted(r().__name__ for r in registry), type(version).__name__)
Base._abc_registry_clear()
Base._abc_caches_clear()
print(issubclass(Plain, Base))


class Temporary:
    pass


Base.register(Temporary)
del Temporary
gc.collect()
print(len(_abc._get_dump(Base)[0]))
