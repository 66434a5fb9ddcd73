# isinstance and issubclass against ABCs: the ABC's own _abc_impl and the instance's
# __class__ read without a generic lookup when nothing overrides them, and through the
# general path when something does.
import abc
import collections.abc as cabc


class Proxy:
    def __init__(self, target):
        self.target = target

    @property
    def __class__(self):
        return type(self.target)


print(isinstance([], cabc.Sequence), isinstance("s", cabc.Mapping), isinstance({}, cabc.Mapping))
print(isinstance(Proxy([]), cabc.Sequence), isinstance(Proxy({}), cabc.Sequence))


class Meta(abc.ABCMeta):
    pass


class Base(metaclass=Meta):
    @abc.abstractmethod
    def f(self):
        ...


class Impl(Base):
    def f(self):
        return 1


class Registered:
    pass


Base.register(Registered)
print(isinstance(Impl(), Base), isinstance(Registered(), Base), isinstance(1, Base))
print(issubclass(Registered, Base), issubclass(int, Base))


class SharedImplMeta(abc.ABCMeta):
    def __getattribute__(cls, name):
        if name == "_abc_impl":
            print("meta reads _abc_impl")
        return super().__getattribute__(name)


class Watched(metaclass=SharedImplMeta):
    pass


print(isinstance(3, Watched))
for i in range(3):
    print(isinstance([i], cabc.MutableSequence), isinstance((i,), cabc.MutableSequence))
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
