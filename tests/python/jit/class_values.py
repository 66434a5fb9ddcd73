# Class attributes that are plain values (str, int, tuple, None...) read through instances:
# cached against the class's version, shadowed by the instance's own attribute, and
# replaced when the class (or a base) changes.


class Base:
    kind = "base"
    limit = 10
    pair = (1, 2)
    nothing = None


class Derived(Base):
    scale = 3


class Slotted(Base):
    __slots__ = ("a",)


def read(o, n):
    total = 0
    kinds = set()
    for i in range(n):
        total += o.limit + o.scale if hasattr(o, "scale") else o.limit
        kinds.add(o.kind)
        if o.nothing is not None:
            total += 1000
    return total, sorted(kinds), o.pair


d = Derived()
s = Slotted()
for _ in range(200):
    read(d, 5)
    read(s, 5)
print(read(d, 5), read(s, 5))
d.kind = "own"
print(read(d, 3))
del d.kind
print(read(d, 3))
Base.kind = "changed"
print(read(d, 3), read(s, 3))
Derived.limit = 1
print(read(d, 3), read(s, 3))


class Descr:
    def __get__(self, obj, cls):
        return "via descriptor"


Base.kind = Descr()
print(read(d, 2), read(s, 2))
Base.kind = property(lambda self: "via property")
print(read(d, 2))
Base.kind = "plain again"
print(read(d, 2))


class WithGetattr(Derived):
    def __getattribute__(self, name):
        if name == "kind":
            return "intercepted"
        return object.__getattribute__(self, name)


print(read(WithGetattr(), 2))


# Properties with Python getters: the getter is called directly from compiled code.
class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @property
    def fails(self):
        return self._missing


class Kelvin(Temperature):
    pass


def fahrenheits(items):
    return [t.fahrenheit for t in items]


temps = [Temperature(c) for c in range(5)] + [Kelvin(100)]
for _ in range(200):
    fahrenheits(temps)
print(fahrenheits(temps))
Temperature.fahrenheit.__init__(lambda self: "re-initialised")
print(fahrenheits(temps[:2]))
Temperature.fahrenheit = property(lambda self: -self._c)
print(fahrenheits(temps))


def failing(t, n):
    out = []
    for _ in range(n):
        try:
            out.append(t.fails)
        except AttributeError as e:
            out.append(str(e))
    return out[-1]


for _ in range(100):
    failing(temps[0], 3)
print(failing(temps[0], 2))
temps[0]._missing = "found"
print(failing(temps[0], 2))
