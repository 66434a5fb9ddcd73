# Tuples as dict keys and set members: hashes kept on tuples of immutable items, tuple
# equality item by item, and the cases where neither shortcut may apply.


class Mutable:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Mutable) and self.h == other.h


m = Mutable(1)
t = (m, "x")
h1 = hash(t)
m.h = 2
print("hash follows a mutable item:", hash(t) != h1)

print(hash((1, "a")) == hash((1.0, "a")) == hash((True, "a")))
print(hash(((1, 2), None, 2.5, "s")) == hash(((1, 2), None, 2.5, "s")))
print(hash(()), hash((0,)), hash((-1,)), hash(((),)))
print(hash((1, 2)), hash(("a", "b")), hash((2.5, 1.5, -2)))
print(hash(("\U0001f600", "x")))

d = {}
for i in range(300):
    d[(i % 7, "k", (i % 3,))] = i
print(len(d), d[(3, "k", (0,))], (3.0, "k", (0.0,)) in d, (True, "k", (False,)) in d)

s = set()
for x in range(50):
    for y in range(4):
        s.add((x % 10, y))
print(len(s), sorted(s)[:5])

nan = float("nan")
print((nan,) == (nan,), (float("nan"),) == (float("nan"),), (nan,) in {(nan,)})
print((1, 2) == (1, 2, 3), (1, "a") == (1, "b"), (1,) == (True,), ("a",) == ("a",))
print([(1, 2), (3, 4)].index((3, 4)), (1, 2) in [(0, 0), (1, 2)])


class Angry:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        raise ValueError("no comparing")


a1, a2 = Angry(), Angry()
d = {(a1, 1): "first"}
print(d[(a1, 1)])
try:
    d[(a2, 1)]
except ValueError as e:
    print("ValueError:", e)


# A key equal to a tuple but of a subclass with its own __eq__ and __hash__.
class Loose(tuple):
    def __eq__(self, other):
        return True

    def __hash__(self):
        return hash((1, 2))


d = {(1, 2): "tuple"}
print(d.get(Loose((9, 9))), Loose((5,)) == (1, 2), (1, 2) == Loose((5,)))

from collections import namedtuple

P = namedtuple("P", "x y")
d = {(1, 2): "plain"}
print(d[P(1, 2)], hash(P(1, 2)) == hash((1, 2)), P(1, 2) == (1, 2))
