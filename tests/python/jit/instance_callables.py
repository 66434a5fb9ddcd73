# A method call on a callable that the instance holds in its own dict (`self.read =
# f.read`, as pickle and json do): the call caches "instance attribute, no class
# attribute", which must give way when the attribute goes, when the class gains one of
# that name, and when the callable changes.
import io


class Reader:
    def __init__(self, data):
        self.read = io.BytesIO(data).read

    def total(self, n):
        out = 0
        for _ in range(n):
            chunk = self.read(1)
            if not chunk:
                break
            out += chunk[0]
        return out


def call_all(objs):
    return [o.step(2) for o in objs]


class Stepper:
    def __init__(self, f):
        self.step = f


print(Reader(bytes(range(200)) * 3).total(500))

objs = [Stepper(lambda x, k=k: x * k) for k in range(30)]
for _ in range(40):
    r = call_all(objs)
print(r[:5])

# The instance loses its attribute: the class gains a method of that name.
Stepper.step = lambda self, x: ("class", x)
print(call_all(objs)[:2])
for o in objs[:3]:
    del o.step
print(call_all(objs)[:4])

# A data descriptor on the class takes precedence over the instance dict.
Stepper.step = property(lambda self: (lambda x: ("property", x)))
print(call_all(objs)[:4])
del Stepper.step
print(call_all(objs[3:])[:2])

# A callable that is itself a class, a bound method and a builtin.
objs[3].step = str
objs[4].step = [10, 20].__add__
objs[5].step = abs
print([o.step([2]) if i == 1 else o.step(-2) for i, o in enumerate(objs[3:6])])


class WithGetattr(Stepper):
    def __getattr__(self, name):
        return lambda x: ("getattr", name, x)


w = WithGetattr(lambda x: ("own", x))
for _ in range(30):
    a = w.step(1)
    b = w.other(2)
print(a, b)
del w.step
print(w.step(3))
