# dir() as object.__dir__ and type.__dir__ compute it: __dict__ and __class__ are looked
# up as attributes, and a class's names come from its __dict__ and __bases__ attributes.
import sys

ModuleType = type(sys)


class M(ModuleType):
    pass


m = M("m")
m.b = 2
m.a = 1
print([x for x in dir(m) if not x.startswith("__")])


class BadDict(ModuleType):
    __dict__ = 8


try:
    dir(BadDict("x"))
except TypeError as e:
    print("TypeError", e)


class PropDict(M):
    __dict__ = property(lambda self: "Not a dict!")


try:
    dir(PropDict("y"))
except TypeError as e:
    print("TypeError", e)


class OtherDict(ModuleType):
    @property
    def __dict__(self):
        return {"only": 1, "__dir__": lambda: ["from", "dict"]}


print(dir(OtherDict("z")))


# A slot named __class__ hides the class: only the instance dict is listed.
class NoClass:
    __slots__ = ["__class__", "__dict__"]

    def __init__(self):
        self.bar = "wow"


print(dir(NoClass()))


# __class__ may name another class, whose names are listed instead.
class Other:
    def other_method(self):
        pass


class Liar:
    def own(self):
        pass

    @property
    def __class__(self):
        return Other


print([n for n in dir(Liar()) if not n.startswith("__")])


# A metaclass can present other bases and another namespace to dir().
class Meta(type):
    @property
    def __bases__(cls):
        return (Other,)


class WithMeta(metaclass=Meta):
    def mine(self):
        pass


print([n for n in dir(WithMeta) if not n.startswith("__")])
print([n for n in dir(WithMeta()) if not n.startswith("__")])


class Meta2(type):
    @property
    def __dict__(cls):
        return {"fake": 1}

    @property
    def __bases__(cls):
        return ()


class WithMeta2(metaclass=Meta2):
    real = 1


print(dir(WithMeta2))
print(dir(WithMeta2()))

try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__), e.__traceback__.__dir__())


class D:
    def __dir__(self):
        return ("b", "c", "a")


print(dir(D()))


class E:
    def __dir__(self):
        return 7


try:
    dir(E())
except TypeError as e:
    print("TypeError", e)
print(sorted([].__dir__()) == dir([]), dir(object()) == dir(Ellipsis))
