# Which objects `match` treats as sequences or mappings: built-in types by their own flags, classes
# by the first class in their MRO that has one (an ABC base, a registration, __abc_tpflags__).
import collections, collections.abc
def check(x):
    match x:
        case [*_]: return "seq"
        case {}: return "map"
    return "none"
class C: pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S2(C, collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
class S4(collections.UserList, dict, C): pass
class M1(collections.UserDict, collections.abc.Sequence): pass
class M3(dict, C, collections.abc.Sequence): pass
for k in (S1, S2, S3, S4, M1, M3):
    print(k.__name__, check(k()), [b.__name__ for b in k.__mro__][:5])
import array, types


class Registered:
    pass


class RegisteredChild(Registered):
    pass


collections.abc.Sequence.register(Registered)
collections.abc.Sequence.register(str)  # a built-in type keeps its own flags
print(check(Registered()), check(RegisteredChild()), check("text"))
for v in ["abc", b"x", bytearray(b"x"), range(2), memoryview(b"ab"), collections.deque([1, 2]),
          array.array("i", [1, 2]), (1, 2), [1, 2], {1: 2}, types.MappingProxyType({1: 2}),
          collections.OrderedDict(a=1), collections.defaultdict(int), {1}, frozenset(), 5]:
    print(type(v).__name__, check(v))
try:
    class Both(collections.abc.Sequence):
        __abc_tpflags__ = collections.abc.Sequence.__flags__ | collections.abc.Mapping.__flags__
except TypeError as e:
    print("TypeError:", e)
print(bool(collections.abc.Sequence.__flags__ & (1 << 5)), bool(collections.abc.Mapping.__flags__ & (1 << 6)))


# A subclass of list or dict is matched by its MRO's first flag, not by its layout.
class M3(collections.UserDict, C, list):
    pass


class S5(collections.UserList, dict, C):
    pass


print(check(M3()), check(S5()))
