# A method site that met many classes takes its cache's answer without writing the
# registers back, and the general lookup (a descriptor's __get__ that looks at the
# caller's locals) still sees them current.
import sys


class Peek:
    def __get__(self, obj, owner):
        seen = sys._getframe(1).f_locals.get("marker")
        return lambda: ("peeked", seen)


def make(i):
    return type(f"C{i}", (), {"go": lambda self, i=i: ("plain", i)})


classes = [make(i) for i in range(8)]


class Special:
    go = Peek()


def run(objs):
    out = []
    marker = 0
    for o in objs:
        marker += 1
        out.append(o.go())
    return out


objs = [c() for c in classes]
for _ in range(300):
    r = run(objs)
print(r)
print(run(objs + [Special()]))
