# Bound built-in methods read in hot code (`get = d.get`), and dict subscripts with str and
# int keys, next to the cases that must take the long way: a subclass that overrides or
# shadows the method, a key type with its own __eq__, a dict subclass with __missing__.


def bound_methods(objs, n):
    out = []
    for _ in range(n):
        for o in objs:
            get = o.get
            out.append(get("k", "default"))
    return out[-len(objs):]


class MyDict(dict):
    def get(self, k, d=None):
        return ("overridden", k)


class Slotted(dict):
    pass


shadow = Slotted(k="slot")
plain = {"k": 1}
print(bound_methods([plain, {}], 50))
print(bound_methods([plain, MyDict(), shadow], 50))
shadow.get = lambda k, d=None: ("instance attr", k)
print(bound_methods([shadow], 50))
del shadow.get
print(bound_methods([shadow], 50))
print(repr(plain.get).startswith("<built-in method get of dict object at"))


def subscripts(d, keys, n):
    total = 0
    for _ in range(n):
        for k in keys:
            d[k] = d[k] + 1 if k in d else 1
            total += d[k]
    return total, sorted(d.items(), key=repr)[:4]


print(subscripts({}, ["a", "b", 1, 2, True, 2.0], 40))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Key) else other)


d = {"a": 0, 7: 0}
print(subscripts(d, ["a", 7], 30))
d[Key("a")] = 100  # now a key that may equal "a" is present; lookups must ask it
print(d["a"], d[7], len(d))
print(subscripts(d, ["a", 7], 30))


class Counting(dict):
    def __missing__(self, k):
        return 0

    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 10)


def bump(c, keys, n):
    for _ in range(n):
        for k in keys:
            c[k] = c[k] + 1
    return sorted(c.items())


print(bump(Counting(), ["x", "y"], 3))
try:
    for _ in range(60):
        subscripts({"a": 1}, ["a"], 1)
    {}["missing"]
except KeyError as e:
    print("KeyError", e)


def unhashable(n):
    d = {}
    for i in range(n):
        try:
            d[[i]] = 1
        except TypeError as e:
            msg = str(e)
    return msg


print(unhashable(60))
