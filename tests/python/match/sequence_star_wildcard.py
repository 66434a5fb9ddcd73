# A sequence pattern with `*_` reads only the items it names, by index (from the length for
# those after the star), and a lone star pattern does not even ask for the length.
import collections.abc


class Loud(collections.abc.Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  len")
        return self.n

    def __getitem__(self, i):
        print("  getitem", i)
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10


for n in (0, 1, 2, 3, 5):
    print("n =", n)
    match Loud(n):
        case [x, *_, y]:
            print("first/last", x, y)
        case [*_]:
            print("any")
    match Loud(n):
        case [_, _, *rest]:
            print("rest", rest)
        case [*whole]:
            print("whole", whole)
        case _:
            print("other")
    match Loud(n):
        case [_, *_, _]:
            print("two wildcards")
        case [a, _, *_]:
            print("a", a)
        case [*_, z]:
            print("z", z)
        case _:
            print("none")
