# Inputs that call back into the itertools object that is reading them.
import itertools as it


def pairwise_reenter(reenter_at, n):
    class I:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.count += 1
            if self.count in reenter_at:
                return next(p)
            return [self.count]

    p = it.pairwise(I())
    return [next(p) for _ in range(n)]


for at in [{1}, {2}, {3}, {1, 2}, {1, 3}, {1, 4}, {2, 3}]:
    print(sorted(at), pairwise_reenter(at, 3))


def pairwise_reenter2(maxcount):
    class I:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            if self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count == 1:
                return next(p, None)
            return [self.count]

    p = it.pairwise(I())
    return list(p)


for m in range(1, 6):
    print(m, pairwise_reenter2(m))


class TeeInput:
    first = True

    def __iter__(self):
        return self

    def __next__(self):
        first = self.first
        self.first = False
        if first:
            return next(b)
        return "later"


a, b = it.tee(TeeInput())
try:
    next(a)
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(a), next(b))


def gen():
    yield 1
    raise ValueError("boom")


z = it.zip_longest(gen(), "abc")
print(next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)
print(list(z))

c = it.chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(list(c))


class Eq:
    calls = 0

    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        Eq.calls += 1
        return self.k == other.k


g = it.groupby([Eq(1), Eq(1), Eq(2)], key=lambda e: e)
print([len(list(grp)) for _, grp in g], Eq.calls)
