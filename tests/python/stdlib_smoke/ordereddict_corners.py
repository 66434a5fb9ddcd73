# collections.OrderedDict's dark corners: subclasses that override item access, mutation
# during iteration, iterator pickling, argument errors, odd keys, and long runs of
# move_to_end/popitem checked against a list model.
import collections.abc
import copy
import pickle
import random
import weakref
from collections import OrderedDict


def show(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# ---- subclasses ----


class Logged(OrderedDict):
    def __init__(self, *args, **kwargs):
        self.log = []
        super().__init__(*args, **kwargs)

    def __setitem__(self, k, v):
        self.log.append(("set", k))
        super().__setitem__(k, v * 10)

    def __getitem__(self, k):
        self.log.append(("get", k))
        return super().__getitem__(k) + 1

    def __delitem__(self, k):
        self.log.append(("del", k))
        super().__delitem__(k)


s = Logged([("a", 1)], b=2)
print(s, s.log)
s.log.clear()
print(s.setdefault("a", 5), s.setdefault("c", 3), s.log)
s.log.clear()
print(s.pop("c"), s.popitem(last=False), s.log)
s.log.clear()
s.update({"x": 1}, y=2)
s |= {"z": 3}
print(s, s.log)
s.log.clear()
print(s.copy(), s.log)
print(s | {"w": 4}, {"v": 5} | s)
print(Logged.fromkeys("pq", 1))
print(dict(s), {**s}, OrderedDict(s))
print(list(s), list(s.values()), list(s.items()))


class ItemsRepr(OrderedDict):
    def items(self):
        return [("fake", 1)]


print(repr(ItemsRepr(a=1)), repr(ItemsRepr()))


class Missing(OrderedDict):
    def __missing__(self, key):
        return key * 2


m = Missing(a=1)
print(m["zz"], m.get("zz"), m.pop("b", 5), m.setdefault("q", 0), m)


class NoInit(OrderedDict):
    def __init__(*args, **kwargs):
        pass


n = NoInit([("ignored", 1)])
n["a"] = 1
print(n, type(n).__name__)


class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        while key not in self and len(self) >= self.size:
            self.popitem(last=False)
        super().__setitem__(key, value)
        self.move_to_end(key)


c = LRU(3)
for k in "abcadeaf":
    c[k] = k.upper()
    c["a"] if "a" in c else None
print(c, list(c))


class Slotted(OrderedDict):
    __slots__ = ("x", "y")


sl = Slotted(a=1)
sl.x = 5
sl.other = 6
print(sl.__reduce__()[2], copy.copy(sl).x, copy.deepcopy(sl).other, pickle.loads(pickle.dumps(sl)).x)
print(repr(Slotted()), Slotted(b=2))
print(weakref.ref(sl)() is sl, weakref.ref(OrderedDict())() is None or True)


class Sub(OrderedDict):
    pass


sub = Sub(a=1, b=2)
sub.move_to_end("a")
print(sub, type(sub.copy()).__name__, type(sub | {}).__name__, type({} | sub).__name__, sub == OrderedDict(b=2, a=1))
print(pickle.loads(pickle.dumps(sub)), list(reversed(sub)))

# ---- mutation during iteration ----


def during(od, act, at, view=None, rev=False):
    src = od if view is None else getattr(od, view)()
    it = reversed(src) if rev else iter(src)
    out = []
    try:
        for x in it:
            out.append(x)
            if (x[0] if view == "items" else x) == at:
                act(od)
    except RuntimeError as e:
        out.append(str(e))
        show(lambda: next(it))
    print(out)


during(OrderedDict.fromkeys("abcd"), lambda od: od.__setitem__("z", 1), "b")
during(OrderedDict.fromkeys("abcd"), lambda od: od.__setitem__("a", 1), "b")
during(OrderedDict.fromkeys("abcd"), lambda od: od.__delitem__("d"), "b")
during(OrderedDict.fromkeys("abcd"), lambda od: od.pop("a"), "b", "items")
during(OrderedDict.fromkeys("abcd"), lambda od: od.popitem(), "b", "keys")
during(OrderedDict.fromkeys("abcd"), lambda od: od.popitem(last=False), "c", "items", True)
during(OrderedDict.fromkeys("abcd"), lambda od: od.move_to_end("a"), "b")
during(OrderedDict.fromkeys("abcd"), lambda od: od.move_to_end("d"), "b")
during(OrderedDict.fromkeys("abcd"), lambda od: od.move_to_end("a", last=False), "b")
during(OrderedDict.fromkeys("abcd"), lambda od: od.move_to_end("c", last=False), "b", rev=True)
during(OrderedDict.fromkeys("abcd"), lambda od: od.clear(), "b")
during(OrderedDict.fromkeys("abcd"), lambda od: od.clear(), "d")
during(OrderedDict.fromkeys("abcd"), lambda od: od.__setitem__("z", 1), "d")
during(OrderedDict.fromkeys("abcd"), lambda od: dict.__setitem__(od, "q", 1), "b")
during(OrderedDict.fromkeys("abcd"), lambda od: (od.pop("a"), od.__setitem__("a", 0)), "b")
during(OrderedDict.fromkeys("abcd"), lambda od: od.update(a=5, b=6), "b", "values")

od = OrderedDict()
it = iter(od)
od["late"] = 1
show(lambda: next(it))
od = OrderedDict(a=1)
it = iter(od.items())
print(next(it))
od["b"] = 2
show(lambda: next(it))
show(lambda: list(iter(od)))
od = OrderedDict.fromkeys("abc")
it = iter(od)
next(it)
del od["b"]
show(lambda: next(it))
show(lambda: next(it))

# iterator pickling
od = OrderedDict([("c", 1), ("b", 2), ("a", 3), ("d", 4)])
for meth in ("keys", "values", "items"):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        it = iter(getattr(od, meth)())
        next(it)
        r = pickle.loads(pickle.dumps(it, proto))
        assert list(r) == list(it) == list(getattr(od, meth)())[1:], (meth, proto)
    print(meth, "pickled", iter(getattr(od, meth)()).__reduce__()[1])
rit = reversed(od.items())
next(rit)
print(rit.__reduce__()[1], list(rit))

# ---- arguments ----
show(lambda: OrderedDict(1, 2))
show(lambda: OrderedDict().update(1, 2))
show(lambda: OrderedDict(42))
show(lambda: OrderedDict([1]))
show(lambda: OrderedDict(["abc"]))
show(lambda: OrderedDict(["a"]))
show(lambda: OrderedDict([()]))
show(lambda: OrderedDict({1: 2}.items()))
show(lambda: OrderedDict().move_to_end())
show(lambda: OrderedDict().popitem(1, 2))
show(lambda: OrderedDict().pop())
show(lambda: OrderedDict().setdefault())
show(lambda: OrderedDict.fromkeys())
show(lambda: OrderedDict().keys(1))
show(lambda: OrderedDict().copy(1))
show(lambda: OrderedDict().clear(1))
show(lambda: OrderedDict.__init__())
show(lambda: OrderedDict.move_to_end({}, "a"))
show(lambda: OrderedDict(a=1) < OrderedDict(a=1))
show(lambda: OrderedDict(a=1) | 1)
show(lambda: [] | OrderedDict(a=1))
show(lambda: OrderedDict(a=1).__ior__(5))
show(lambda: OrderedDict(a=1).__or__([("b", 2)]))
show(lambda: OrderedDict()[[1]])
show(lambda: OrderedDict().__setitem__([1], 2))
show(lambda: OrderedDict(a=1).move_to_end([1]))
show(lambda: OrderedDict(a=1).move_to_end("a", last=[]))
show(lambda: OrderedDict(a=1, b=2).popitem(last=""))

# ---- keys ----
od = OrderedDict()
od[1] = "int"
od[1.0] = "float"
od[True] = "bool"
od[2.5] = "f"
od[(1, 2)] = "tuple"
od[None] = "none"
od.move_to_end(1.0, last=False)
od.move_to_end((1, 2), last=False)
print(od, od[True], 1 in od)


class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return f"Key({self.name})"


k1, k2, k3 = Key("a", 1), Key("b", 1), Key("c", 2)
od = OrderedDict([(k1, 1), (k2, 2), (k3, 3)])
od.move_to_end(Key("a", 1))
print(od, od.pop(Key("b", 1)), od)
k3.h = 99
show(lambda: list(od))
show(lambda: list(od.values()))
show(lambda: list(od.items()))
show(lambda: repr(od))
show(lambda: od.copy())
k3.h = 2
print(od)

# ---- equality with other mappings ----


class Plain(collections.abc.Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


a = OrderedDict(a=1, b=2)
print(a == Plain({"b": 2, "a": 1}), Plain({"b": 2, "a": 1}) == a, a != Plain({"a": 1}))
print(a == collections.ChainMap({"a": 1, "b": 2}), a == collections.UserDict(b=2, a=1))
print(OrderedDict() == {}, OrderedDict() == OrderedDict(), OrderedDict(a=[1]) == OrderedDict(a=[1]))
print(OrderedDict(a=1, b=2) == Sub(a=1, b=2), OrderedDict(a=1, b=2) == Sub(b=2, a=1))
nan = float("nan")
print(OrderedDict(a=nan) == OrderedDict(a=nan), OrderedDict([(nan, 1)]) == OrderedDict([(nan, 1)]))

# deep copies of recursive structures
od = OrderedDict(x=[1])
od["me"] = od
dc = copy.deepcopy(od)
print(dc["me"] is dc, dc["x"] is not od["x"], list(dc))

# ---- long runs against a list model ----
rng = random.Random(12345)
od = OrderedDict()
model = []
next_key = 0
for step in range(20000):
    op = rng.randrange(7)
    if op == 0 or not model:
        od[next_key] = step
        model.append(next_key)
        next_key += 1
    elif op == 1:
        k = rng.choice(model)
        od.move_to_end(k)
        model.remove(k)
        model.append(k)
    elif op == 2:
        k = rng.choice(model)
        od.move_to_end(k, last=False)
        model.remove(k)
        model.insert(0, k)
    elif op == 3:
        k, _ = od.popitem(last=False)
        assert k == model.pop(0)
    elif op == 4:
        k, _ = od.popitem()
        assert k == model.pop()
    elif op == 5:
        k = rng.choice(model)
        del od[k]
        model.remove(k)
    else:
        k = model[0]
        od.move_to_end(k)
        model.append(model.pop(0))
    if step % 1000 == 0:
        assert list(od) == model, step
        assert list(reversed(od)) == model[::-1], step
print(len(od), list(od) == model, list(reversed(od.values())) == [od[k] for k in reversed(model)])

# a queue through popitem(last=False) and re-insertion
od = OrderedDict.fromkeys(range(10))
for i in range(50000):
    k, v = od.popitem(last=False)
    od[k] = i
print(list(od), list(od.values())[:3])
# front moves only
od = OrderedDict.fromkeys(range(1000))
for i in range(1000):
    od.move_to_end(i, last=False)
print(list(od)[:5], list(od)[-5:], len(od))
for i in range(0, 1000, 2):
    del od[i]
for i in range(3):
    od.move_to_end(next(reversed(od)), last=False)
print(list(od)[:5], list(od)[-3:], len(od))

# ---- layouts and sizes ----
import sys
from collections import defaultdict

show(lambda: type("X", (OrderedDict, defaultdict), {}))
show(lambda: type("X", (dict, OrderedDict), {}))
show(lambda: type("X", (OrderedDict, dict), {}).__mro__)
print(sys.getsizeof(OrderedDict(a=1)) > sys.getsizeof({"a": 1}), sys.getsizeof({}), sys.getsizeof(OrderedDict()))
