# Direct calls of functions with keyword-only parameters, given or left to their defaults.
def scale(x, *, factor=2, offset=0):
    return x * factor + offset


def needs(x, *, key):
    return (x, key)


class Point:
    def __init__(self, x, y=0, *, label="p"):
        self.x = x
        self.y = y
        self.label = label

    def moved(self, *, dx=0, dy=0):
        return Point(self.x + dx, self.y + dy, label=self.label)


def caller(n):
    total = 0
    for i in range(n):
        total += scale(i)
        total += scale(i, factor=3)
        total += scale(i, offset=1, factor=1)
        total += needs(i, key=2)[1]
        p = Point(i, label="q").moved(dy=2)
        total += p.y + p.x + len(p.label)
    return total


print([caller(300) for _ in range(3)])


def errors():
    out = []
    for call in (
        lambda: needs(1),
        lambda: needs(1, 2),
        lambda: scale(1, 2),
        lambda: scale(1, factor=1, colour=2),
        lambda: Point(1).moved(1),
    ):
        try:
            call()
        except TypeError as e:
            out.append(str(e))
    return out


for _ in range(60):
    errs = errors()
for e in errs:
    print(e)


def uses_defaults(n):
    return sum(scale(i) for i in range(n))


print(uses_defaults(200))
scale.__kwdefaults__["factor"] = 10
print(uses_defaults(200))
scale.__kwdefaults__ = {"factor": 1, "offset": 5}
print(uses_defaults(200))
scale.__kwdefaults__ = None
try:
    print(uses_defaults(200))
except TypeError as e:
    print("TypeError", e)


def countdown(n, *, step=1):
    if n <= 0:
        return 0
    return 1 + countdown(n - step, step=step)


print([countdown(k * 10) for k in range(5)], countdown(30, step=3))
print(sorted([3, 1, 2], key=lambda v, *, neg=True: -v if neg else v))
scale.__kwdefaults__ = {"factor": 2, "offset": 0}
print(list(map(scale, [1, 2, 3])), uses_defaults(10))
