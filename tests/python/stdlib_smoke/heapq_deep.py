# heapq: invariants under pushes/pops/replace/pushpop, merge with key/reverse, nlargest/
# nsmallest ties and keys, comparison errors mid-operation, list subclasses.
import heapq
import itertools

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 100), h)
print(heapq.heapreplace(h, 0), h)
hh = list(range(20, 0, -1))
heapq.heapify(hh)
print(hh, all(hh[i] <= hh[c] for i in range(len(hh)) for c in (2 * i + 1, 2 * i + 2) if c < len(hh)))
print([heapq.heappop(hh) for _ in range(len(hh))])
for fn in [heapq.heappop, lambda q: heapq.heapreplace(q, 1)]:
    try:
        fn([])
    except IndexError as e:
        print("IndexError", e)
print(heapq.heappushpop([], 5))
tasks = []
for prio, name in [(2, "b"), (1, "a"), (2, "a"), (1, "c")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9], [])))
print(list(heapq.merge(["a", "CC", "bbb"], ["B", "dd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)), list(heapq.merge()))
print(list(heapq.merge([(1, "x")], [(1, "a")])), list(heapq.merge([1, 1], [1], key=lambda v: 0)))
print(list(itertools.islice(heapq.merge(itertools.count(0, 2), itertools.count(1, 2)), 7)))
data = [5, 1, 8, 3, 9, 1, 8, 2]
for n in [-1, 0, 1, 3, 8, 20]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(2, iter(words)), heapq.nlargest(1, [], key=len), heapq.nsmallest(1, [(1, 2)]))


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13:
            raise RuntimeError("unlucky")
        return self.v < other.v

    def __repr__(self):
        return "I%d" % self.v


q = [Item(i) for i in [4, 2, 6]]
heapq.heapify(q)
print(q)
try:
    heapq.heappush(q, Item(13))
except RuntimeError as e:
    print("RuntimeError", e, len(q))
try:
    heapq.heappush([1], "x")
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: heapq.heappush((1,), 2), lambda: heapq.heapify(None), lambda: heapq.heappop("ab")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class L(list):
    pass


ls = L([3, 1, 2])
heapq.heapify(ls)
print(ls, type(ls).__name__, heapq.heappop(ls))
print(heapq._heapify_max([3, 1, 2]) if hasattr(heapq, "_heapify_max") else None)
mh = [1, 5, 3]
heapq._heapify_max(mh)
print(mh, heapq._heappop_max(mh), mh, heapq._heapreplace_max(mh, 0), mh)
# the C functions' argument errors, docstrings and signatures
import _heapq
import inspect
for call in [lambda: _heapq.heappush([], 1, 2), lambda: _heapq.heappop([], 1), lambda: _heapq.heapify(),
             lambda: _heapq.heappushpop(x=1), lambda: _heapq.heapreplace([1]), lambda: _heapq._heapify_max(1, 2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(heapq.heappush.__module__, heapq.heappush.__doc__.splitlines()[0], heapq.heapify.__text_signature__)
print(inspect.signature(heapq.heappushpop), inspect.signature(heapq.heapreplace), _heapq._heappop_max.__doc__)
