# `x in [constants]` and `x in {constants}` are folded to a tuple and a frozenset at
# compile time, as CPython folds them; results and errors are the same as with a list and
# a set built at run time.


def check(x):
    return (
        x in [1, 2.5, "a", None, (1, 2)],
        x not in [1, 2.5, "a", None, (1, 2)],
        x in {1, 2.5, "a", None, (1, 2)},
        x not in {1, 2.5, "a", None, (1, 2)},
        1 < 2 in [2, 3],
    )


for x in (1, 1.0, True, 2.5, "a", "b", None, (1, 2), (1, 2.0), -0.0, 0):
    print(repr(x), check(x))

for bad in ([1], {"k": 1}, {1}):
    try:
        print(bad in {1, 2})
    except TypeError as e:
        print("TypeError:", e)
    print(bad in [1, 2], bad not in [(1,), 2])


class Eq:
    def __eq__(self, other):
        print("compared with", repr(other))
        return other == 3

    __hash__ = None


print(Eq() in [1, 3, 5])
print(Eq() in [])

n = 2
print(n in [1, n, 3], n in {1, -n, 3}, n in [-1, -2, 2], -n in {-1, -2})


def consts():
    return "q" in {"a", "b"}, 7 in [5, 6, 7]


print(consts())
print([c for c in consts.__code__.co_consts if isinstance(c, (tuple, frozenset))])

# In a chain only the last operand is folded: a middle list is compared as a list.
print(1 in [1] in [[1]], 2 not in [1] not in [[2]], [1] in [[1]] in [[[1]]])
print(1 in {1} in [{1}], "a" in ["a"] == ["a"])
