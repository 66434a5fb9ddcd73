# functools.lru_cache over the native _functools._lru_cache_wrapper (CPython's C one):
# the three modes (maxsize 0, None, n), keys (typed, keyword order, the int/str fast
# path), eviction order, cache_info / cache_clear, methods, recursion, reentrancy,
# update_wrapper's attributes, pickling and copying, and the constructor's errors.
import copy
import functools
import pickle
import weakref

import _functools
from functools import lru_cache


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


W = functools._lru_cache_wrapper
print("== type")
print(W is _functools._lru_cache_wrapper, W.__module__, W.__name__, W.__qualname__)
print(type(W.__call__).__name__, type(W.__get__).__name__, type(W.cache_info).__name__)
try:

    class Sub(W):
        pass

except TypeError as e:
    print(e)


@lru_cache(maxsize=3)
def square(x):
    """Squares x."""
    print("  computing", x)
    return x * x


print(type(square) is W, callable(square))
print(square.__name__, square.__qualname__, square.__module__, square.__doc__)
print(square.__wrapped__.__name__, sorted(square.__dict__))
print(square.cache_parameters(), lru_cache(maxsize=None, typed=True)(len).cache_parameters())
print(weakref.ref(square)() is square)

print("== bounded: hits, misses, eviction order")
for x in [1, 2, 3, 1, 4, 2, 3, 1]:
    print(x, square(x))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())
square(5)
square(5)
print(square.cache_info(), square.cache_info().hits, square.cache_info()._fields)

print("== unbounded")


@lru_cache(maxsize=None)
def ident(*args, **kw):
    print("  miss", args, kw)
    return (args, kw)


ident(1)
ident(1)
ident(1.0)
ident(True)
ident("s")
ident("s")
ident(1, 2)
ident((1, 2))
ident(x=1, y=2)
ident(y=2, x=1)
ident(x=1, y=2)
ident(1, x=1)
ident()
ident()
print(ident.cache_info())

print("== maxsize 0 only counts")


@lru_cache(maxsize=0)
def never(x):
    return x


for i in range(3):
    never(i)
never(0)
print(never.cache_info())
print(lru_cache(maxsize=-5)(len).cache_info(), lru_cache(maxsize=True)(len).cache_info())

print("== typed")


@lru_cache(maxsize=None, typed=True)
def typed(x, **kw):
    print("  typed miss", repr(x), kw)
    return x


for v in [1, 1.0, True, 1, 1.0, "a", "a"]:
    typed(v)
typed(1, k=1)
typed(1, k=1.0)
typed(1, k=1)
print(typed.cache_info())


@lru_cache(maxsize=None)
def untyped(x):
    print("  untyped miss", repr(x))
    return x


for v in [1, 1.0, True, 1, (1,), (1.0,), (True,)]:
    print(repr(untyped(v)))
print(untyped.cache_info())

print("== keys hash once, unhashable arguments")


class Noisy:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("  hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("  eq", self.v, other.v)
        return self.v == other.v


@lru_cache(maxsize=2)
def noisy(x):
    return x.v


a, b = Noisy(1), Noisy(1)
print(noisy(a))
print(noisy(b))
print(noisy(Noisy(2)), noisy(Noisy(3)))
print(noisy.cache_info())
show(lambda: ident([1]))
show(lambda: square([1]))
show(lambda: ident(1, k=[2]))
print(ident.cache_info())

print("== recursion")


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(maxsize=10)
def fibb(n):
    return n if n < 2 else fibb(n - 1) + fibb(n - 2)


print(fibb(60), fibb.cache_info())
print([fib(n) for n in range(16)] == [fibb(n) for n in range(16)])

print("== reentrancy")


@lru_cache(maxsize=2)
def clears(x):
    if x == "clear":
        clears.cache_clear()
    return x


clears(1)
clears(2)
print(clears("clear"), clears.cache_info())
clears(3)
clears(4)
print(clears.cache_info())


def nested_same_key(maxsize):
    state = {"depth": 0}

    @lru_cache(maxsize=maxsize)
    def same_key(x):
        state["depth"] += 1
        depth = state["depth"]
        if depth == 1:
            print("  inner", same_key(x))
        return ("depth", depth)

    print(" ", maxsize, same_key("k"), same_key("k"), same_key.cache_info())


# The same key computed again while it is computed: a bounded cache keeps the inner
# result, an unbounded one stores the outer result over it.
nested_same_key(2)
nested_same_key(None)


@lru_cache(maxsize=1)
def evicts(x):
    if x == "outer":
        evicts("inner")
    return x


evicts("first")
evicts("outer")
print(evicts.cache_info())
evicts("outer")
evicts("inner")
print(evicts.cache_info())


@lru_cache(maxsize=None)
def unbounded_self(x):
    if x > 0:
        unbounded_self(x - 1)
    return x


print(unbounded_self(5), unbounded_self.cache_info())

print("== exceptions are not cached")
calls = []


@lru_cache(maxsize=4)
def flaky(x):
    calls.append(x)
    if len(calls) < 2:
        raise ValueError("first time")
    return x


show(lambda: flaky(1))
print(flaky(1), flaky(1), calls, flaky.cache_info())

print("== methods")


class Acc:
    def __init__(self, base):
        self.base = base

    @lru_cache(maxsize=None)
    def add(self, x):
        print("  add miss", self.base, x)
        return self.base + x

    @classmethod
    @lru_cache(maxsize=None)
    def cm(cls, x):
        return (cls.__name__, x)

    @staticmethod
    @lru_cache(maxsize=None)
    def sm(x):
        return ("sm", x)

    def __hash__(self):
        return hash(self.base)

    def __eq__(self, other):
        return self.base == other.base


a1, a2 = Acc(10), Acc(10)
print(a1.add(1), a1.add(1), a2.add(1), Acc(20).add(1))
print(Acc.add.cache_info(), type(a1.add).__name__, a1.add.__self__ is a1)
print(Acc.add is Acc.__dict__["add"], Acc.add(a1, 1))
print(Acc.cm(1), Acc.sm(2), Acc.cm.cache_info())
w = Acc.__dict__["add"]
print(w.__get__(None, Acc) is w, type(w.__get__(a1)).__name__)
show(lambda: w.__get__())
show(lambda: w.__get__(None))
show(lambda: w.__get__(None, None))

print("== update_wrapper and attributes")


def plain(x, y=1):
    "plain doc"
    return x + y


plain.extra = "copied"
wr = W(plain, 8, False, functools._CacheInfo)
print(wr.__dict__, wr.__doc__ == W.__doc__, wr.__module__)
show(lambda: wr.__name__)
show(lambda: wr.__wrapped__)
show(lambda: wr.__reduce__())
functools.update_wrapper(wr, plain)
print(wr.__name__, wr.__qualname__, wr.__doc__, wr.__wrapped__ is plain, wr.extra)
print(sorted(wr.__dict__), wr(1), wr(1, y=2), wr.cache_info())
wr.custom = 1
print(wr.custom, wr.__dict__["custom"])
wr.__dict__ = {"fresh": True}
print(wr.__dict__, hasattr(wr, "custom"))
show(lambda: setattr(wr, "__dict__", []))
print(functools.wraps(plain)(lru_cache(maxsize=None)(lambda x: x)).__name__)

print("== cache_info_type")
print(W(plain, None, False, lambda *a: a).cache_info())


class Info:
    def __init__(self, *args):
        self.args = args

    def __repr__(self):
        return "Info%r" % (self.args,)


print(W(plain, 5, [], Info).cache_info())

print("== pickle and copy")


@lru_cache
def top_level(x):
    return -x


top_level(1)
print(top_level.__reduce__(), top_level.__copy__() is top_level, top_level.__deepcopy__({}) is top_level)
print(top_level.__copy__(1, 2) is top_level, top_level.__deepcopy__() is top_level)
show(lambda: top_level.__copy__(a=1))
show(lambda: top_level.__reduce__(1))
show(lambda: top_level.cache_info(1))
show(lambda: top_level.cache_clear(k=1))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(top_level, proto)) is top_level)
print(copy.copy(top_level) is top_level, copy.deepcopy(top_level) is top_level)
print(copy.deepcopy([top_level])[0] is top_level)


class Holder:
    @lru_cache
    def meth(self):
        return 1


print(Holder.meth.__reduce__(), pickle.loads(pickle.dumps(Holder.meth)) is Holder.meth)

print("== constructor errors")
CI = functools._CacheInfo
show(lambda: W())
show(lambda: W(plain))
show(lambda: W(plain, 1, 2))
show(lambda: W(plain, 1, 2, CI, 5))
show(lambda: W(plain, 1, 2, CI, x=1))
show(lambda: W(plain, None, False, CI, typed=True))
show(lambda: W(plain, None, False, cache_info_type=CI).cache_info())
show(lambda: W(1, None, False, CI))
show(lambda: W(plain, "8", False, CI))
show(lambda: W(plain, 8.0, False, CI))
show(lambda: W(plain, 2**70, False, CI))
print(W(user_function=plain, maxsize=None, typed=False, cache_info_type=CI).cache_info())


class BadBool:
    def __bool__(self):
        raise ValueError("no truth")


show(lambda: W(plain, None, BadBool(), CI))
show(lambda: W(1, None, BadBool(), CI))
show(lambda: lru_cache(maxsize="x"))
show(lambda: lru_cache(maxsize=1.5))
show(lambda: W.__new__(W))
