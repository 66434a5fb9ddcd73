# copy.copy, copy.deepcopy and pickle (every protocol) of every itertools type, taken
# part-way through: the copy yields what the original still had to yield, and the
# original is unaffected (except by copy.copy, which shares the input).
import copy
import itertools as it
import operator
import pickle

copiers = {"deepcopy": copy.deepcopy}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    copiers[f"pickle{proto}"] = lambda o, p=proto: pickle.loads(pickle.dumps(o, p))


def always_none(a, b):
    return None


def take(n, i):
    return list(it.islice(i, n))


def expand(x, depth=0):
    if depth < 3 and isinstance(x, tuple):
        return tuple(expand(v, depth + 1) for v in x)
    if depth < 3 and hasattr(x, "__next__"):
        return [expand(v, depth + 1) for v in take(8, x)]
    return x


cases = {
    "count": lambda: it.count(3),
    "count float": lambda: it.count(0.5, 0.25),
    "cycle": lambda: it.cycle("abc"),
    "cycle of iterator": lambda: it.cycle(iter("abcde")),
    "repeat": lambda: it.repeat("r", 5),
    "repeat forever": lambda: it.repeat("r"),
    "accumulate": lambda: it.accumulate(range(8)),
    "accumulate initial": lambda: it.accumulate(range(1, 8), operator.mul, initial=2),
    "accumulate none total": lambda: it.accumulate([None, 1, 2], always_none),
    "chain": lambda: it.chain("ab", "", "cde"),
    "chain.from_iterable": lambda: it.chain.from_iterable(["ab", "cd"]),
    "compress": lambda: it.compress("abcdef", [1, 0, 1, 1, 0, 1]),
    "dropwhile": lambda: it.dropwhile((3).__gt__, [1, 2, 5, 1, 7]),
    "takewhile": lambda: it.takewhile((3).__gt__, [1, 2, 0, 5, 1]),
    "filterfalse": lambda: it.filterfalse(None, [0, 1, 0, 2, 3, 0]),
    "starmap": lambda: it.starmap(pow, [(2, 3), (3, 2), (4, 1)]),
    "islice": lambda: it.islice(range(20), 2, 15, 3),
    "islice stop": lambda: it.islice("abcdef", 4),
    "zip_longest": lambda: it.zip_longest("ab", "cdef", fillvalue="-"),
    "groupby": lambda: it.groupby("aabbbcdd"),
    "groupby key": lambda: it.groupby(range(10), (3).__rfloordiv__),
    "product": lambda: it.product("ab", range(3)),
    "product repeat": lambda: it.product("ab", repeat=3),
    "combinations": lambda: it.combinations("abcde", 3),
    "cwr": lambda: it.combinations_with_replacement("abc", 3),
    "permutations": lambda: it.permutations("abcd", 2),
    "tee first": lambda: it.tee("abcdefgh")[0],
    "map": lambda: map(operator.add, "abc", "xyz"),
    "filter": lambda: filter(None, [0, 1, 0, 2]),
    "zip": lambda: zip("abc", it.count()),
}

for name, make in cases.items():
    for steps in (0, 1, 3):
        results = set()
        for cname, cp in copiers.items():
            o = make()
            take(steps, o)
            c = cp(o)
            got = expand(c)
            assert expand(o) == got, (name, cname, steps)
            results.add(f"{type(c).__name__} {got!r}")
        assert len(results) == 1, (name, results)
        print(f"{name} after {steps}: {results.pop()}")

print("copy.copy shares the input")
for name in ["count", "repeat", "compress", "islice", "chain", "product", "permutations"]:
    o = cases[name]()
    next(o)
    c = copy.copy(o)
    print(" ", name, take(3, c), take(3, o))

print("tee buffers")
a, b = it.tee(range(200))
take(130, a)
take(60, b)
for cname, cp in copiers.items():
    a2, b2 = cp(a), cp(b)
    assert list(a2) == list(range(130, 200)) and list(b2) == list(range(60, 200)), cname
print(" ", take(3, a), take(3, b))
both = pickle.loads(pickle.dumps((a, b)))
print(" ", take(2, both[0]), take(2, both[1]))

print("groupers in a pickle")
g = it.groupby("aaabbc")
k, grp = next(g)
next(grp)
g2, grp2 = pickle.loads(pickle.dumps((g, grp)))
print(" ", list(grp2), [(k, list(v)) for k, v in g2])
print(" ", list(grp), [(k, list(v)) for k, v in g])

print("subclasses pickle as themselves")


class MyCount(it.count):
    pass


class MyChain(it.chain):
    pass


for o in [MyCount(4), MyChain("ab", "c")]:
    next(o)
    c = pickle.loads(pickle.dumps(o))
    print(" ", type(c).__name__, take(4, c))
