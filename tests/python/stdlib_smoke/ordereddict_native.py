# collections.OrderedDict in ordinary use: construction, order after moves, pops and
# re-insertion, views, equality, |, repr, copying and pickling, Lib modules that use it.
import collections
import collections.abc
import _collections
import copy
import pickle
from collections import OrderedDict

print(collections.OrderedDict is _collections.OrderedDict)
print(OrderedDict.__name__, OrderedDict.__qualname__, OrderedDict.__module__, type(OrderedDict()).__module__)
print(issubclass(OrderedDict, dict), isinstance(OrderedDict(), dict), OrderedDict.__doc__)
print(isinstance(OrderedDict(), collections.abc.MutableMapping))

# construction
print(OrderedDict())
print(OrderedDict([("b", 2), ("a", 1)]))
print(OrderedDict({"x": 1, "y": 2}, z=3))
print(OrderedDict(c=3, a=1, b=2))
print(OrderedDict((k, ord(k)) for k in "hello"))
print(OrderedDict(OrderedDict(a=1, b=2)))
print(OrderedDict([["k", "v"], ("k2", "v2")]))
print(OrderedDict(["ab", "cd"]))
print(OrderedDict(self=1, other=2))

# set / get / delete
od = OrderedDict()
for k in "python":
    od[k] = len(od)
print(od, len(od), od["y"], od.get("z"), od.get("z", 9), "p" in od, "q" in od)
od["p"] = 100
print(list(od.items()))
del od["t"]
print(list(od))
od["t"] = 7
print(list(od))
try:
    del od["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    od["missing"]
except KeyError as e:
    print("KeyError", e)

# move_to_end
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
print("".join(od))
od.move_to_end("d", last=False)
print("".join(od))
od.move_to_end("d", False)
od.move_to_end("b", True)
print("".join(od))
od.move_to_end("c", last=0)
od.move_to_end("a", last=1)
print("".join(od))
for bad in ("z", 1):
    try:
        od.move_to_end(bad)
    except KeyError as e:
        print("KeyError", e)
try:
    OrderedDict().move_to_end("x", last=False)
except KeyError as e:
    print("KeyError", e)

# popitem
od = OrderedDict((i, i * i) for i in range(6))
print(od.popitem(), od.popitem(last=False), od.popitem(True), od.popitem(False))
print(od)
print(od.popitem(last=False), od.popitem(last=False))
for last in (True, False):
    try:
        od.popitem(last=last)
    except KeyError as e:
        print("KeyError", e)

# pop / setdefault
od = OrderedDict(a=1, b=2, c=3)
print(od.pop("b"), od.pop("b", "dflt"), od.pop("zz", None), od)
try:
    od.pop("b")
except KeyError as e:
    print("KeyError", e)
print(od.setdefault("a", 10), od.setdefault("n", 11), od.setdefault("m"), od)
print(od.pop(key="a"), od.pop("x", default=5), od.setdefault(key="q", default=[]), od)

# update
od = OrderedDict(a=1)
od.update([("b", 2), ("a", 3)], c=4)
od.update({"d": 5})
od.update(OrderedDict(e=6))
od.update(x=1, y=2)
od.update()
print(od)
od.__init__([("z", 0)], a=-1)
print(od)

# fromkeys
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys(range(3), 0), OrderedDict.fromkeys("xy", value=[]))
print(OrderedDict.fromkeys({"k": 1, "j": 2}), OrderedDict.fromkeys(iterable=(1, 2)))

# clear / copy
od = OrderedDict(a=1, b=2)
c = od.copy()
od.clear()
print(od, c, type(c).__name__, len(od))

# views and reversed
od = OrderedDict(zip("wxyz", range(4)))
od.move_to_end("x")
print(od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(list(od.keys()), list(od.values()), list(od.items()))
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__)
print(type(iter(od)).__name__, type(reversed(od)).__name__, type(iter(od.items())).__name__)
print(isinstance(od.keys(), type({}.keys())), isinstance(od.items(), collections.abc.ItemsView))
print(len(od.keys()), "x" in od.keys(), ("x", 1) in od.items(), 3 in od.values())
print(od.keys() == {"w", "x", "y", "z"}, sorted(od.keys() & {"x", "q"}), sorted(od.keys() | {"q"}))
print(od.items() == dict(od).items(), od.keys() - {"w"} == {"x", "y", "z"})
print(od.keys().isdisjoint(["a"]), od.keys().mapping["x"])

# equality
a = OrderedDict(a=1, b=2)
b = OrderedDict(b=2, a=1)
d = {"b": 2, "a": 1}
print(a == b, a != b, a == d, d == a, b == d, a != d, a == dict(a), a == OrderedDict(a))
b.move_to_end("b")
print(a == b, a != b)
print(a == OrderedDict(a=1, b=3), a == OrderedDict(a=1), a == [("a", 1), ("b", 2)], a != 5)
print(collections.abc.Mapping.__eq__(a, b))

# | operators
a = OrderedDict(a=1, b=2)
print(a | {"c": 3}, {"c": 3} | a, a | OrderedDict(a=9), type(a | {}).__name__, type({} | a).__name__)
a |= {"b": 20, "z": 26}
print(a)
a |= [("q", 1)]
print(a)

# repr
od = OrderedDict()
print(repr(od), str(od))
od["self"] = od
od["list"] = [od]
print(od)
print(od.keys(), od.values(), od.items())
print(repr(OrderedDict(a=OrderedDict(b=OrderedDict()))))

# instance attributes, copy and pickle
od = OrderedDict(c=1, b=2, a=3)
od.move_to_end("c")
od.attr = "x"
print(od.__dict__, vars(od))
for dup in (copy.copy(od), copy.deepcopy(od), od.copy(), pickle.loads(pickle.dumps(od))):
    print(type(dup).__name__, dup, dup == od, list(dup) == list(od), getattr(dup, "attr", None))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = pickle.loads(pickle.dumps(od, proto))
    print(proto, r, r.attr)
rec = OrderedDict()
rec[1] = rec
r = pickle.loads(pickle.dumps(rec))
print(r[1] is r, list(r))
print(eval(repr(OrderedDict(a=1, b=[2]))))
print(od.__reduce__()[:4], list(od.__reduce__()[4]))
print(OrderedDict().__reduce__()[:4])

# sizes, hashing, generics
print(OrderedDict(a=1).__sizeof__() > {"a": 1}.__sizeof__())
try:
    hash(OrderedDict())
except TypeError as e:
    print("TypeError", e)
print(OrderedDict[str, int], OrderedDict[str, int].__origin__ is OrderedDict)

# Lib modules that use OrderedDict
import json
import csv
import io
import configparser
import enum

print(json.loads('{"b": 1, "a": {"y": 2, "x": 3}}', object_pairs_hook=OrderedDict))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])))
rows = list(csv.DictReader(io.StringIO("h1,h2\n1,2\n3,4\n")))
print(rows)
cp = configparser.ConfigParser(dict_type=OrderedDict)
cp.read_string("[s2]\nb = 1\na = 2\n[s1]\nk = v\n")
print(cp.sections(), list(cp["s2"]), cp["s1"]["k"])


class Color(enum.Enum):
    RED = 1
    GREEN = 2


print(list(Color.__members__), type(Color.__members__).__name__)
Point = collections.namedtuple("Point", "x y")
print(Point(1, 2)._asdict())
