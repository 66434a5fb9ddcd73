# __reduce__ / __setstate__ of the built-in iterators (what pickle and copy use).
import sys

def show(it):
    r = it.__reduce__()
    print(type(it).__name__, r[0].__name__, r[1:])

l = [1, 2, 3]
it = iter(l); next(it); show(it)
it.__setstate__(-5); print(list(it)); show(it)
r = reversed(l); show(r); r.__setstate__(10); print(list(r)); show(r)
t = (1, 2, 3); it = iter(t); next(it); show(it); it.__setstate__(99); print(list(it)); show(it)
s = "héllo"; it = iter(s); next(it); show(it); print(list(it)); show(it)
it = iter("abc"); it.__setstate__(2); print(list(it))
b = b"xyz"; it = iter(b); next(it); show(it); list(it); show(it)
it = iter(bytearray(b"ab")); show(it)
for n in (13, 2**65):
    it = iter(range(n, n + 5, 2)); next(it); show(it)
    it2 = it.__reduce__()[0](*it.__reduce__()[1]); it2.__setstate__(it.__reduce__()[2]); print(list(it2))
it = reversed(range(5)); next(it); show(it)
print(range(1, 10, 3).__reduce__())
it = iter(range(2**32 + 2)); it.__setstate__(2**32 + 1); show(it); print(next(it))
print(len(range(-sys.maxsize, sys.maxsize, 2)))
d = {"a": 1, "b": 2, "c": 3}
for it in (iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.items())):
    next(it); show(it); print(list(it))
se = {1, 2, 3}; it = iter(se); next(it); show(it); print(list(it))
e = enumerate("ab", 5); next(e); r = e.__reduce__(); print(r[0].__name__, r[1][1], list(r[1][0]))
z = zip([1], [2]); print(z.__reduce__()[0].__name__, len(z.__reduce__()[1]))
z = zip([1], [2], strict=True); print(z.__reduce__()[2])

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
it = iter(Seq()); next(it); r = it.__reduce__(); print(r[0].__name__, type(r[1][0]).__name__, r[2])
it.__setstate__(-3); print(list(it)); show(it)

def f(state=[0]):
    state[0] += 1
    return state[0]
it = iter(f, 3); r = it.__reduce__(); print(r[0].__name__, r[1][1]); print(list(it)); show(it)

class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i
r = reversed(Rev()); next(r); print(r.__reduce__()[0].__name__, r.__reduce__()[2]); r.__setstate__(-9); print(list(r))
print(r.__reduce__()[1])

it = iter(list[int]); show(it); print(next(it), next(it, "end")); show(it)
