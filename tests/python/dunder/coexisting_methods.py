# list's and dict's __getitem__ and dict's, set's and frozenset's __contains__ are plain
# methods in CPython (listed beside the slot, METH_COEXIST), not slot wrappers: their type,
# repr, bound form and argument errors say so; the other special methods stay wrappers.
for f in ([].__getitem__, {}.__getitem__, {}.__contains__, set().__contains__, frozenset().__contains__):
    print(type(f).__name__, f.__name__, f.__qualname__, type(f.__self__).__name__)
    for args, kw in (((), {}), ((1, 2), {}), ((1,), {"x": 1})):
        try:
            f(*args, **kw)
        except TypeError as e:
            print(" ", e)
print(list.__getitem__, dict.__getitem__, dict.__contains__, set.__contains__, frozenset.__contains__)
print(list.__contains__, list.__len__, dict.__setitem__, tuple.__getitem__)
print(type(list.__getitem__).__name__, type(list.__setitem__).__name__, type(tuple.__getitem__).__name__)
print(list.__getitem__.__doc__, dict.__getitem__.__doc__, set.__contains__.__doc__, sep="|")
print(list.__getitem__.__text_signature__, dict.__contains__.__text_signature__)
print(list.__getitem__([1, 2], -1), list.__getitem__([1, 2, 3], slice(1, None)))
print(dict.__getitem__({1: 2}, 1), dict.__contains__({1: 2}, 1), set.__contains__({1}, 1))
print(frozenset.__contains__(frozenset({1}), {1}), set.__contains__({frozenset()}, set()))
for call in (lambda: set.__contains__({1}, [1]), lambda: list.__getitem__(1, 0),
             lambda: dict.__contains__([], 1), lambda: dict.__getitem__({}, "k")):
    try:
        call()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)


class L(list):
    pass


class D(dict):
    def __missing__(self, key):
        return key * 2


print(L([5, 6])[1], L.__getitem__(L([7]), 0), D()[4], D.__getitem__(D(), 5), 3 in D({3: 0}))
print(sorted(n for n in dir(list) if n == "__getitem__"), "__getitem__" in list.__dict__)
