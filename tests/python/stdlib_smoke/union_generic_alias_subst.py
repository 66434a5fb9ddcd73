# types.UnionType and types.GenericAlias: equality and hash as sets of arguments,
# substitution of type variables (nested, chained, through typing's own types),
# GenericAlias subclasses (collections.abc.Callable), pickling and copying.
import collections.abc
import copy
import pickle
import typing

T = typing.TypeVar("T")
S = typing.TypeVar("S")
Ts = typing.TypeVarTuple("Ts")
P = typing.ParamSpec("P")

print(int | str == str | int, int | str != str | int, hash(int | str) == hash(str | int))
print(hash(int | str) == hash(typing.Union[int, str]), hash(int | str) == hash(frozenset([int, str])))
print(int | list[int] == list[int] | int, (int | list[int]) == (int | list[str]))
print((int | str) == typing.Union[int, str], (int | str) == 3)

print((float | list[T])[int], (float | list[T])[int] == float | list[int])
print(list[int | list[T]].__parameters__, list[int | list[T]][str])
print((list[T] | list[S]).__parameters__, (list[T] | list[S])[int, T])
print((list[T] | list[S])[int, int], type((list[T] | list[S])[int, int]).__name__)
print(dict[T, list[S]][str, int], dict[T, T][int])

x = int | T | bytes
for v in (str, list[int], typing.List[int], str | list, typing.Union[str, int], S, str | int):
    r = x[v]
    print(r, type(r).__name__)
r = x[collections.abc.Callable[[int], str]]
print(r, type(r.__args__[1]).__name__)
y = int | list[T] | bytes
for v in (str, int | str, typing.Union[str, int], list[S], collections.abc.Callable[[int], str]):
    r = y[v]
    print(r, type(r).__name__, r.__parameters__)

for bad in (lambda: list[int][int], lambda: (int | str)[int], lambda: list[T][int, str], lambda: dict[T, S][int]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print(tuple[T, *Ts][int, str, bytes], tuple[*Ts][int, *tuple[str, bytes]])
print(list[T].__typing_unpacked_tuple_args__, [*tuple[int, str]][0].__typing_unpacked_tuple_args__)

c = collections.abc.Callable[[int], str]
print(type(c).__name__, c, c.__args__, c.__origin__ is collections.abc.Callable)
print(collections.abc.Callable[..., str], collections.abc.Callable[P, T][[int], str])
print(collections.abc.Callable[[T], S][int, str], type(collections.abc.Callable[[T], S][int, str]).__name__)
print(isinstance(c, type(list[int])), type(c).__mro__[1].__name__)
u = collections.abc.Callable[..., str] | int
print(u, u.__args__)
for f in (lambda: isinstance(1, u), lambda: issubclass(int, u)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


class MyAlias(type(list[int])):
    pass


m = MyAlias(list, (int,))
print(type(m).__name__, m, m == list[int], type(m[()] if m.__parameters__ else m).__name__)
print(type(MyAlias(dict, (T, int))[str]).__name__, m.__reduce__()[0].__name__)
m.extra = 1
print(object.__getattribute__(m, 'extra'), m.__class__.__name__)
try:
    type(list[int]).__new__(int, list, int)
except TypeError as e:
    print("TypeError:", e)

orig = list[T] | int
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    loaded = pickle.loads(pickle.dumps(orig, proto))
    print(proto, loaded == orig, loaded.__args__ == orig.__args__, loaded.__parameters__)
for copied in (copy.copy(orig), copy.deepcopy(orig)):
    print(copied == orig, copied.__parameters__)
star = [*tuple[int]][0]
print(star.__reduce__()[0].__name__, pickle.loads(pickle.dumps(star)), pickle.loads(pickle.dumps(c)) == c)
print((int | str).__module__, type(int | str).__module__)
print(list[typing.Union[int, str]], list[typing.List[int]], dict[str, ...], list[int | None])


class BadMeta(type):
    @property
    def __module__(self):
        1 / 0


Bad = BadMeta("Bad", (), {})
for f in (lambda: repr(list[Bad]), lambda: repr(int | Bad)):
    try:
        f()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


class NoModule:
    __qualname__ = "Q"

    def __repr__(self):
        return "NoModule()"


print(list[NoModule()])

# GenericAlias has a weakref slot, kept by subclasses with empty __slots__.
import weakref


class SlotAlias(type(list[int])):
    __slots__ = ()


sa = SlotAlias(list, int)
print(weakref.ref(sa)() is sa, weakref.ref(c)() is c, SlotAlias.__weakrefoffset__ > 0)
