# Built-ins that compiled code calls without a general call (id, type, len of bytes and
# sets, getattr, hasattr, issubclass): every result and error as the general call gives.


class Base:
    x = 1

    @property
    def boom(self):
        raise ValueError("boom from property")

    @property
    def missing(self):
        raise AttributeError("missing from property")


class Sub(Base):
    pass


class Meta(type):
    def __subclasscheck__(cls, other):
        return other is int


class Checked(metaclass=Meta):
    pass


class LongBytes(bytes):
    def __len__(self):
        return 99


class Dyn:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)


def lengths(items):
    out = []
    for x in items:
        out.append(len(x))
    return out


def types(items):
    return [type(x).__name__ for x in items]


def ids_stable(items):
    ok = 0
    for x in items:
        if id(x) == id(x):
            ok += 1
    return ok


def getattrs(o, names):
    out = []
    for n in names:
        out.append(getattr(o, n, "<default>"))
    return out


def hasattrs(o, names):
    return [hasattr(o, n) for n in names]


def subclasses(pairs):
    return [issubclass(a, b) for a, b in pairs]


items = [b"abc", bytearray(b"de"), {1, 2, 3}, frozenset(), LongBytes(b"x"), "héllo", [1], (2, 3), {"k": 1}]
for _ in range(300):
    r1 = lengths(items)
    r2 = types(items)
    r3 = ids_stable(items + [Base(), Base, 1.5, 10**30, "s"])
    r4 = getattrs(Sub(), ["x", "y", "missing", "__class__"])
    r5 = hasattrs(Dyn(), ["dyn_a", "other", "__dict__"])
    r6 = subclasses([(Sub, Base), (Base, Sub), (int, Checked), (str, Checked), (bool, (int, str))])
print(r1, r2, r3, r4, r5, r6, sep="\n")


def errors(o):
    out = []
    for call in (
        lambda: getattr(o, 5),
        lambda: getattr(o, "boom"),
        lambda: getattr(o, "boom", None),
        lambda: getattr(o, "nope"),
        lambda: hasattr(o, "boom"),
        lambda: hasattr(o, None),
        lambda: issubclass(o, Base),
        lambda: len(o),
        lambda: type(o, bases=()),
    ):
        try:
            out.append(call())
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    return out


for _ in range(300):
    r = errors(Sub())
print(*r, sep="\n")


# id and hash agree for objects hashed by identity, and ids of live objects differ.
def identity(objs):
    seen = set()
    for o in objs:
        seen.add(id(o))
    return len(seen)


objs = [[], {}, (), 1.5, set(), b"", Base(), Base, identity, print, object(), frozenset({1})]
for _ in range(300):
    n = identity(objs)
print(n == len(objs))
print(all(hash(o) == id(o) >> 4 for o in (Base(), Base, identity, object(), Sub)))
d = {Base: 1, Sub: 2, identity: 3}
print(d[Base], d[Sub], d[identity], Base in d, int in d)


# Shadowing the built-ins after compilation takes effect at once.
def shadowed(x):
    return id(x), type(x), len(x)


for _ in range(300):
    shadowed(b"ab")
id = lambda x: "my id"
type = lambda x: "my type"
len = lambda x: "my len"
print(shadowed(b"ab"))
