# json.dumps through _json.make_encoder (no indent): every value kind, keys, separators,
# sort_keys, skipkeys, allow_nan, default, circular references, subclasses.
import collections
import enum
import json
import json.encoder

print(json.encoder.c_make_encoder is not None)


def t(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)


class C(enum.IntEnum):
    A = 1


class F(float):
    def __repr__(self):
        return "F!"


class S(str):
    pass


class L(list):
    pass


class D(dict):
    def items(self):
        return sorted(super().items(), reverse=True)


class G:
    def __init__(self):
        self.x = 1
        self.y = [1, "é"]


t(lambda: json.dumps([1, "a", {"k": 2.5, 1: None, 2.5: True, None: False, True: 1}, (3,)]))
t(lambda: json.dumps(float("nan"), allow_nan=False))
t(lambda: json.dumps([1e400], allow_nan=False))
t(lambda: json.dumps({(1, 2): 3}))
t(lambda: json.dumps({(1, 2): 3, "a": 1, (4,): 5, "b": 2}, skipkeys=True))
a = []
a.append(a)
t(lambda: json.dumps(a))
d = {}
d["x"] = d
t(lambda: json.dumps(d))
t(lambda: json.dumps(object()))
t(lambda: json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
t(lambda: json.dumps({"b": 1, 2: 2}, sort_keys=True))
t(lambda: json.dumps([float("inf"), -float("inf"), float("nan"), 1e300, -0.0, 1.5, 0.1, 1e16, 123456789.123]))
t(lambda: json.dumps([C.A, F(2.5), S("s"), {C.A: 1, F(1.5): 2, S("k"): 3}, True, False, None, 10**30, -(2**70)]))
t(lambda: json.dumps(G(), default=lambda o: o.__dict__))
t(lambda: json.dumps(G().__dict__))
t(lambda: json.dumps([1, {"a": [2, 3]}], separators=(",", ":")))
t(lambda: json.dumps([1, {"a": [2, 3]}], separators=(" , ", " : ")))
t(lambda: json.dumps(iter([1])))
t(lambda: json.dumps({"a": G()}, default=lambda o: o))
t(lambda: json.dumps([L([1, 2]), D(a=1, b=2), collections.OrderedDict([("z", 1), ("a", 2)]), collections.Counter("aab")]))
t(lambda: json.dumps(["é☃\U0001F600\x00\n", {"é": "\U0001F600"}]))
t(lambda: json.dumps(["é☃\U0001F600\x00\n", {"é": "\U0001F600"}], ensure_ascii=False))
t(lambda: json.dumps(["\ud800", "\udc00"], ensure_ascii=False) == '["\ud800", "\udc00"]')
t(lambda: json.dumps([[], {}, (), "", [[]], {"": {}}]))
t(lambda: json.dumps({1: 1, 1.0: 2, True: 3}))
t(lambda: json.dumps({float("nan"): 1, float("inf"): 2}))
t(lambda: json.dumps({float("nan"): 1}, allow_nan=False))
t(lambda: json.dumps(set([1])))
t(lambda: json.dumps({"a": set()}, default=sorted))
t(lambda: json.dumps(b"x"))
t(lambda: json.JSONEncoder(default=lambda o: [o.real, o.imag]).encode(3 + 4j))
t(lambda: "".join(json.JSONEncoder().iterencode([1, {"a": 2}])))


class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)


t(lambda: json.dumps([1j, {"k": 2j}], cls=E))
t(lambda: json.dumps([1j, object()], cls=E))
enc = json.encoder.c_make_encoder({}, None, json.encoder.encode_basestring_ascii, None, ": ", ", ", False, False, True)
print(type(enc).__name__, enc([1, "x"], 0))
custom = json.encoder.c_make_encoder(None, None, lambda s: "<" + s + ">", None, ":", ",", False, False, True)
print(custom(["a", {"b": 1}], 0))
bad = json.encoder.c_make_encoder(None, None, lambda s: 5, None, ":", ",", False, False, True)
t(lambda: bad(["a"], 0))
t(lambda: json.encoder.c_make_encoder([], None, None, None, ":", ",", False, False, True))
t(lambda: json.encoder.c_make_encoder(None, None, None, None, 1, ",", False, False, True))
doc = {"users": [{"id": i, "name": "n%d" % i, "tags": ["a", "é"], "score": i / 3, "ok": i % 2 == 0} for i in range(50)]}
assert json.loads(json.dumps(doc)) == doc
assert json.loads(json.dumps(doc, ensure_ascii=False, separators=(",", ":"))) == doc
print(len(json.dumps(doc)), len(json.dumps(doc, sort_keys=True, ensure_ascii=False)))
