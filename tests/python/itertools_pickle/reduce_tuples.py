# The exact __reduce__ tuples of every itertools type, fresh, part-way and exhausted.
import itertools as it
import sys
from _show import show


def stages(make, steps=(0, 1, 3, 100)):
    for n in steps:
        o = make()
        for _ in it.islice(o, n):
            pass
        print(f"  after {n}: {show(o.__reduce__())}")


cases = {
    "count()": lambda: it.count(),
    "count(5)": lambda: it.count(5),
    "count(2, 3)": lambda: it.count(2, 3),
    "count(1.5)": lambda: it.count(1.5),
    "count(True)": lambda: it.count(True),
    "count(True, 2)": lambda: it.count(True, 2),
    "count(0, True)": lambda: it.count(0, True),
    "count(maxsize - 2)": lambda: it.count(sys.maxsize - 2),
    "cycle('abc')": lambda: it.cycle("abc"),
    "cycle('')": lambda: it.cycle(""),
    "repeat('a')": lambda: it.repeat("a"),
    "repeat('a', 2)": lambda: it.repeat("a", 2),
    "repeat('a', -3)": lambda: it.repeat("a", -3),
    "accumulate(range(4))": lambda: it.accumulate(range(4)),
    "accumulate(range(4), initial=9)": lambda: it.accumulate(range(4), initial=9),
    "accumulate([1, 2], max)": lambda: it.accumulate([1, 2], max),
    "chain('ab', 'cd')": lambda: it.chain("ab", "cd"),
    "chain()": lambda: it.chain(),
    "chain.from_iterable(['ab'])": lambda: it.chain.from_iterable(["ab"]),
    "compress('abcd', [1, 0, 1, 1])": lambda: it.compress("abcd", [1, 0, 1, 1]),
    "dropwhile(<3)": lambda: it.dropwhile((3).__gt__, [1, 2, 5, 1]),
    "takewhile(<3)": lambda: it.takewhile((3).__gt__, [1, 2, 5, 1]),
    "filterfalse(None)": lambda: it.filterfalse(None, [0, 1, 0, 2]),
    "starmap(pow)": lambda: it.starmap(pow, [(2, 3), (3, 2)]),
    "islice(range(10), 4)": lambda: it.islice(range(10), 4),
    "islice(range(10), 1, None, 3)": lambda: it.islice(range(10), 1, None, 3),
    "islice(range(10), 2, maxsize)": lambda: it.islice(range(10), 2, sys.maxsize),
    "zip_longest('ab', 'cde')": lambda: it.zip_longest("ab", "cde"),
    "zip_longest('abc', 'de', fillvalue=0)": lambda: it.zip_longest("abc", "de", fillvalue=0),
    "zip_longest()": lambda: it.zip_longest(),
    "groupby('aabc')": lambda: it.groupby("aabc"),
    "groupby([1, 2, 3], key)": lambda: it.groupby([1, 2, 3], (2).__rfloordiv__),
    "product('ab', range(2))": lambda: it.product("ab", range(2)),
    "product('ab', repeat=2)": lambda: it.product("ab", repeat=2),
    "product('ab', '')": lambda: it.product("ab", ""),
    "product()": lambda: it.product(),
    "product(1, repeat=0)": lambda: it.product(1, repeat=0),
    "combinations('abcd', 2)": lambda: it.combinations("abcd", 2),
    "combinations('ab', 3)": lambda: it.combinations("ab", 3),
    "combinations('ab', 0)": lambda: it.combinations("ab", 0),
    "cwr('abc', 2)": lambda: it.combinations_with_replacement("abc", 2),
    "cwr('', 2)": lambda: it.combinations_with_replacement("", 2),
    "permutations('abc')": lambda: it.permutations("abc"),
    "permutations('abcd', 2)": lambda: it.permutations("abcd", 2),
    "permutations('ab', 3)": lambda: it.permutations("ab", 3),
}
for name, make in cases.items():
    print(name)
    stages(make)

print("repr and count modes")
for c in [it.count(True), it.count(0, True), it.count(True, 2), it.count(1, 1.0), it.count(2.5, 1)]:
    print(" ", repr(c), list(it.islice(c, 3)), repr(c))
c = it.count(sys.maxsize - 1)
print(" ", next(c), next(c), next(c), repr(c), show(c.__reduce__()))
print(" ", repr(it.repeat(1, 2**60)), show(it.repeat(1, 2**60).__reduce__()))

print("groupby and its groupers")
g = it.groupby("aabbc")
k, grp = next(g)
print(" ", k, show(g.__reduce__()), show(grp.__reduce__()))
print(" ", next(grp), show(g.__reduce__()))
k2, grp2 = next(g)
print(" ", k2, show(grp.__reduce__()), show(grp2.__reduce__()))

print("tee")
a, b = it.tee(range(100))
print(" ", show(a.__reduce__()))
for _ in range(60):
    next(a)
print(" ", show(a.__reduce__()), show(b.__reduce__()))
data = a.__reduce__()[2][0]
print(" ", show(data.__reduce__()))
print(" ", show(b.__reduce__()[2][0].__reduce__()[1][1]))
c = it.tee(a, 1)[0]
print(" ", type(c).__name__, c.__reduce__()[2][1], next(c), next(a))
