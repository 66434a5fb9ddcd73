# o[key] for the built-in containers through the general subscript path (a key of a type
# the interpreter's caches did not see, code compiled without speculation), and for
# subclasses, which keep their own __getitem__ and __missing__.
def read(o, k):
    return o[k]


class D(dict):
    def __missing__(self, key):
        return ("missing", key)


class L(list):
    def __getitem__(self, i):
        return ("list-sub", i)


class S(str):
    def __getitem__(self, i):
        return "s"


samples = [
    ({"a": 1, 2: "two", (1, 2): "tuple"}, ["a", 2, (1, 2), 2.0, True, "zz", [1]]),
    ([10, 20, 30], [0, -1, 2, 3, True, slice(0, 2), slice(None, None, -1), "x", 2**70]),
    ((1, 2, 3), [1, -3, slice(1, None), 5, 1.0]),
    ("héllo😀", [0, -1, 5, slice(1, 4), 99, "a"]),
    (D(a=1), ["a", "b"]),
    (L([1, 2]), [0, 5]),
    (S("abc"), [0, 9]),
    (range(10), [3, -1, slice(2, 8, 3), 10]),
]
for _ in range(30):
    out = []
    for o, keys in samples:
        for k in keys:
            try:
                out.append(read(o, k))
            except (KeyError, IndexError, TypeError) as e:
                out.append((type(e).__name__, str(e)))
print(out)


def misses(n):
    d = {}
    hits = 0
    for i in range(n):
        try:
            d[i]
        except KeyError as e:
            hits += e.args[0]
    return hits


print(misses(1000))
