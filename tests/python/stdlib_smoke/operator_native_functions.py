# operator's functions are _operator's built-in functions, as in CPython: their type,
# names, docs, argument checks and messages, and the results of each.
import functools
import operator
import _operator


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


names = sorted(n for n in dir(_operator) if not n.startswith("__"))
print(names)
for name in names:
    f = getattr(_operator, name)
    if isinstance(f, type):
        continue
    print(name, type(f).__name__, f.__name__, f.__qualname__, f.__module__, f.__self__ is _operator)
    print("   ", f.__text_signature__, repr(f.__doc__))
    assert name.startswith("_") or getattr(operator, name) is f, name

# operator.py's dunder aliases are the same functions.
for name in ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift",
             "rshift", "lt", "le", "eq", "ne", "gt", "ge", "neg", "pos", "abs", "inv",
             "invert", "index", "concat", "contains", "getitem", "setitem", "delitem",
             "iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow",
             "ilshift", "irshift", "iand", "ior", "ixor", "iconcat"]:
    assert getattr(operator, f"__{name}__") is getattr(operator, name), name
print(operator.__and__ is operator.and_, operator.__or__ is operator.or_, operator.__not__ is operator.not_)
print(repr(operator.add), operator.add.__reduce__())

# Argument checks.
attempt(operator.add, 1)
attempt(operator.add, 1, 2, 3)
attempt(operator.add, a=1, b=2)
attempt(operator.setitem, [1], 0)
attempt(operator.neg)
attempt(operator.neg, 1, 2)
attempt(operator.not_, a=1)
attempt(operator.truth)
attempt(operator.index)
attempt(operator.length_hint)
attempt(operator.length_hint, [], 1, 2)
attempt(operator.length_hint, [], default=1)
attempt(operator.length_hint, [], "x")
attempt(operator.length_hint, [], 2**70)
attempt(operator.call)
attempt(operator.call, obj=len)
attempt(_operator._compare_digest, b"a")

# Results and errors of each.
attempt(operator.add, 1, "a")
attempt(operator.iadd, 1, "a")
attempt(operator.pow, 2, -1)
attempt(operator.pow, 2, 100)
attempt(operator.ipow, 3, 2)
attempt(operator.pow, "a", 2)
attempt(operator.truediv, 1, 0)
attempt(operator.itruediv, 7, 2)
attempt(operator.floordiv, -7, 2)
attempt(operator.mod, "%s!", "x")
attempt(operator.and_, 12, 10)
attempt(operator.iand, {1, 2}, {2})
attempt(operator.or_, {"a": 1}, {"b": 2})
attempt(operator.xor, True, False)
attempt(operator.lshift, 1, 70)
attempt(operator.matmul, 1, 2)
attempt(operator.lt, 1, 2.5)
attempt(operator.ge, [1, 2], [1])
attempt(operator.lt, 1, "a")
attempt(operator.eq, 1, 1.0)
attempt(operator.ne, "a", "a")
attempt(operator.neg, "x")
attempt(operator.inv, 5)
attempt(operator.invert, True)
attempt(operator.pos, -0.0)
attempt(operator.abs, -3)
attempt(operator.abs, "x")
attempt(operator.index, 2.0)
attempt(operator.index, True)
attempt(operator.truth, [])
attempt(operator.not_, 0)
attempt(operator.is_, None, None)
attempt(operator.is_not, 1, None)
attempt(operator.getitem, "abc", slice(1, None))
attempt(operator.getitem, {}, 1)
attempt(operator.getitem, 1, 2)
attempt(operator.delitem, 1, 2)
lst = [1, 2, 3]
attempt(operator.setitem, lst, 0, 9)
attempt(operator.delitem, lst, -1)
print(lst)
attempt(operator.contains, "abc", "b")
attempt(operator.contains, 1, 2)
attempt(operator.call, dict, obj=1)
attempt(operator.call, max, 1, 5, key=lambda x: -x)


class Seq:
    def __getitem__(self, i):
        return i

    def __add__(self, other):
        return "Seq+"

    def __iadd__(self, other):
        return "Seq+="


class RSeq:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        return i

    def __radd__(self, other):
        return "RSeq+"


class NotSeq:
    def __add__(self, other):
        return "NotSeq+"


class L(list):
    def __add__(self, other):
        return "L+"


for a, b in [([1], (2,)), ([1], [2]), ("a", "b"), ("a", 1), (b"a", 1), (bytearray(b"a"), b"b"),
             ((1,), RSeq()), ([1], RSeq()), (Seq(), 1), (Seq(), [1]), (Seq(), RSeq()),
             (NotSeq(), [1]), (L([1]), 1), (L([1]), [2]), ({}, [1]), (range(2), range(2)), (1, [2])]:
    print(type(a).__name__, type(b).__name__, end=": ")
    attempt(operator.concat, a, b)
    print("   i", end=": ")
    attempt(operator.iconcat, a, b)
x = [1]
print(operator.iconcat(x, (2,)) is x, x)


class Noisy:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return self.v == getattr(other, "v", other)


nan = float("nan")
attempt(operator.countOf, [1, 1.0, 2, True], 1)
attempt(operator.countOf, [nan, nan], nan)
attempt(operator.countOf, [Noisy(1), Noisy(2)], Noisy(1))
attempt(operator.countOf, 5, 1)
attempt(operator.indexOf, [0, nan], nan)
attempt(operator.indexOf, "abc", "c")
attempt(operator.indexOf, [1], 2)
attempt(operator.indexOf, iter([Noisy(3), Noisy(4)]), 4)
attempt(operator.indexOf, 5, 1)


class Hint:
    def __length_hint__(self):
        return 4


class BadHint:
    def __length_hint__(self):
        return -1


class NoHint:
    def __length_hint__(self):
        return NotImplemented


class BadLen:
    def __len__(self):
        return "x"

    def __length_hint__(self):
        return 9


attempt(operator.length_hint, [1, 2, 3])
attempt(operator.length_hint, iter([1, 2, 3]))
attempt(operator.length_hint, iter(range(10)), 5)
attempt(operator.length_hint, object(), 7)
attempt(operator.length_hint, object(), -7)
attempt(operator.length_hint, Hint())
attempt(operator.length_hint, BadHint())
attempt(operator.length_hint, NoHint(), 3)
attempt(operator.length_hint, BadLen())

# Where they serve as callbacks.
print(functools.reduce(operator.add, range(100)), functools.reduce(operator.mul, range(1, 20)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), sorted([3, 1, 2], key=operator.neg))
print(list(map(operator.is_, [None, 1], [None, 2])), list(filter(operator.truth, [0, 1, "", "a"])))
