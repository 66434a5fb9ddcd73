# pprint: nested, recursive and wide structures; width/depth/indent/compact/sort_dicts/
# underscore_numbers; dataclasses, namedtuples, ordered and default dicts, Counter, deque,
# mappingproxy, SimpleNamespace, bytes and long strings; saferepr/isreadable/isrecursive.
import collections
import dataclasses
import pprint
import re
import types

data = {"name": "swallow", "versions": list(range(30)), "nested": {"a": [1, {"b": (2, 3, {"c": 4})}],
        "z": None, "m": {3, 1, 2}}, "empty": [{}, [], (), set(), frozenset()],
        "text": "a long string " * 8, "bytes": bytes(range(40)), 10: 1.5, (1, 2): True}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=120)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint([[1, 2, 3] * 5, "x" * 30, [4] * 20], compact=True, width=40)
pprint.pprint(10 ** 30, underscore_numbers=True)
pprint.pprint([1234567, 1.5, {"k": 10 ** 9}], underscore_numbers=True)
pprint.pprint(frozenset(range(25)))
pprint.pprint({"b", "a", "c"} if False else {3, 1, 2})

rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d


def no_ids(s):
    # recursion markers name the object's id: hide the number
    return re.sub(r"id=\d+", "id=N", s)


print(no_ids(pprint.pformat(rec)))
print(no_ids(pprint.pformat(d)))
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, "a"]),
      pprint.isreadable(object), no_ids(pprint.saferepr(d)), no_ids(pprint.saferepr([rec, rec])))

@dataclasses.dataclass
class Point:
    x: int
    y: int
    tags: list = dataclasses.field(default_factory=list)
    hidden: int = dataclasses.field(default=0, repr=False)


@dataclasses.dataclass
class Line:
    start: Point
    end: Point
    label: str = "a fairly long label for a line"


ln = Line(Point(1, 2, ["a"] * 12), Point(3, 4))
pprint.pprint(ln)
pprint.pprint(ln, width=200)
pprint.pprint([ln], depth=2)
print(pprint.pformat(Point(1, 2), width=5))

NT = collections.namedtuple("NT", "alpha beta gamma")
pprint.pprint(NT(list(range(15)), "b" * 40, {"k": "v"}))
pprint.pprint(collections.OrderedDict((str(i), i) for i in range(12)), width=40)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {"k%d" % i: [i] * i for i in range(6)})
pprint.pprint(dd, width=40)
pprint.pprint(collections.Counter("abracadabra" * 3), width=30)
pprint.pprint(collections.deque(range(30), maxlen=40), width=40)
pprint.pprint(collections.ChainMap({"a": 1}, {"b": list(range(20))}), width=40)
pprint.pprint(types.MappingProxyType({"x": list(range(25))}), width=40)
pprint.pprint(types.SimpleNamespace(a=1, b=list(range(25)), c=types.SimpleNamespace(d=2)), width=40)
pprint.pprint(collections.UserList(range(30)), width=40)
pprint.pprint(collections.UserDict({"a": list(range(20))}), width=40)
pprint.pprint("one two three four five six seven eight nine ten " * 3, width=30)
pprint.pprint(b"\x00\x01 bytes that are quite long indeed \xff" * 2, width=30)
pprint.pprint(bytearray(b"abc" * 20), width=30)
pprint.pprint(["line1\nline2\n" * 3], width=20)

pp = pprint.PrettyPrinter(indent=4, width=30, depth=3, compact=True)
print(pp.pformat({"deep": [[[[1]]]], "wide": list(range(12))}))
print(pp.isreadable({"x": 1}), pp.isrecursive(rec))
for kw in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print("ValueError", e)
print(pprint.pformat({"b": 1, "a": 2, 1: 3} if False else {"b": 1, "a": 2}), pprint.pformat({1: 1, "a": 2}))


class Unorderable:
    def __repr__(self):
        return "U"


print(pprint.pformat({Unorderable(): 1, 2: 3, "s": 4}))


class MyList(list):
    pass


class ReprList(list):
    def __repr__(self):
        return "ReprList!"


pprint.pprint(MyList(range(30)), width=40)
pprint.pprint(ReprList(range(30)), width=40)
import io
buf = io.StringIO()
pprint.pprint({"to": "stream"}, stream=buf)
print(repr(buf.getvalue()))
pprint.pp({"z": 1, "a": 2})
