# bench-group: language
"""Attribute access: instance, class and inherited attributes, __slots__,
properties, getattr/setattr/hasattr and __getattr__ fallbacks."""

from _harness import run

LOOPS = 60000


class Base(object):
    kind = "base"

    def __init__(self):
        self.x = 1
        self.y = 2


class Derived(Base):
    scale = 3

    def __init__(self):
        Base.__init__(self)
        self._z = 0

    @property
    def z(self):
        return self._z

    @z.setter
    def z(self, value):
        self._z = value


class Slotted(object):
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


class Dynamic(object):
    def __getattr__(self, name):
        return len(name)


def workload():
    d = Derived()
    s = Slotted()
    dyn = Dynamic()
    total = 0
    for i in range(LOOPS):
        d.x = i
        total += d.x + d.y + d.scale
        d.z = d.z + 1
        s.a = s.b + i
        total += s.a
        if d.kind == "base":
            total += 1
        setattr(d, "w", i)
        total += getattr(d, "w") + getattr(d, "missing", 2)
        if hasattr(s, "b"):
            total += 1
        total += dyn.hello
    return (total, d.z)


if __name__ == "__main__":
    run(workload, (5400870000, 60000))
