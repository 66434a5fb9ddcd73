# deque: CPython's argument checks per method, remove() under a mutating comparison,
# constructible and picklable iterators, and __reduce__ through __getstate__/__iter__.
import pickle
from collections import deque


def attempt(label, f, *args, **kw):
    try:
        print(label, "->", f(*args, **kw))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


d = deque([1, 2, 3])
for name, args in [
    ("append", ()), ("appendleft", (1, 2)), ("extend", ()), ("extendleft", (1, 2)),
    ("count", ()), ("count", (1, 2)), ("remove", ()), ("pop", (1,)), ("popleft", (1,)),
    ("clear", (1,)), ("copy", (1,)), ("__copy__", (1,)), ("reverse", (1,)),
    ("__reduce__", (1,)), ("__reversed__", (1,)), ("index", ()), ("index", (1, 2, 3, 4)),
    ("index", (1, "a")), ("insert", (1,)), ("insert", (1, 2, 3)), ("rotate", (1, 10)),
    ("rotate", ("a",)), ("__class_getitem__", ()),
]:
    attempt(name + str(args), getattr(d, name), *args)
for name in ["append", "count", "pop", "rotate", "index", "insert"]:
    attempt(name + "(x=1)", getattr(d, name), x=1)
attempt("list.__class_getitem__()", list.__class_getitem__)
attempt("dict.__class_getitem__(1, 2)", dict.__class_getitem__, 1, 2)
print(d)
print(d.index(3, -100, 100), d.index(2, 1), d.count(2))
attempt("index start>stop", d.index, 1, 2, 1)


class MutateCmp:
    def __init__(self, d, result):
        self.d, self.result = d, result

    def __eq__(self, other):
        self.d.clear()
        return self.result


for match in (True, False):
    m = deque(["ab"])
    m.extend([MutateCmp(m, match), "c"])
    attempt("remove mutating", m.remove, "c")
    m = deque(["ab"])
    m.extend([MutateCmp(m, match), "c"])
    attempt("index mutating", m.index, "c")

I, R = type(iter(deque())), type(reversed(deque()))
for args in [(), ([1],), (deque(), 1, 2), (deque([1, 2, 3]), 1), (deque([1, 2, 3]), 5)]:
    attempt("iter" + repr(args), lambda: list(I(*args)))
    attempt("reversed" + repr(args), lambda: list(R(*args)))
print(list(I(deque([1, 2]), index=1)))

d = deque(range(5))
it = reversed(d)
next(it)
print(it.__reduce__()[1], it.__length_hint__())
d.append(9)
attempt("next after append", next, it)
print(it.__length_hint__(), it.__reduce__()[1])
it2 = iter(d)
next(it2)
it3, d3 = pickle.loads(pickle.dumps((it2, d)))
print(type(it3).__name__, list(it3), d3)


class WithSlots(deque):
    __slots__ = ("x", "y", "__dict__")


class BadIter(deque):
    def __iter__(self):
        raise TypeError("no iter")


w = WithSlots("abc", 2)
w.x = 1
w.z = 2
r = w.__reduce__()
print(r[0].__name__, r[1], r[2], list(r[3]))
e = pickle.loads(pickle.dumps(w))
print(type(e).__name__, list(e), e.maxlen, e.x, e.z, hasattr(e, "y"))
attempt("bad iter pickle", pickle.dumps, BadIter("abc"))
print(deque("ab").__reduce__()[:3])

for match in (True, False):
    m = deque(["ab"])
    m.extend([MutateCmp(m, match), "c"])
    attempt("in mutating", m.__contains__, "c")
    m = deque(["ab"])
    m.extend([MutateCmp(m, match), "c"])
    attempt("count mutating", m.count, "c")
