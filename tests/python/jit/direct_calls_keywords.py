# Calls with keyword arguments to functions that compiled callers call directly: the
# keywords are placed in their parameters once, at compile time.
def area(width, height=2, depth=3):
    return width * 100 + height * 10 + depth


def only_pos(a, b, /, c=0):
    return a + b + c


class Box:
    def __init__(self, w, h=1, label="box"):
        self.w = w
        self.h = h
        self.label = label

    def scaled(self, factor, offset=0):
        return self.w * factor + offset


def caller(n):
    total = 0
    for i in range(n):
        total += area(i, depth=1)
        total += area(height=i, width=1)
        total += area(1, 2, depth=i)
        total += only_pos(i, 1, c=2)
        b = Box(i, label="x")
        total += b.scaled(offset=1, factor=2) + b.h
        total += Box(w=1, h=i).h
    return total


results = [caller(200) for _ in range(3)]
print(results)


def errors():
    out = []
    for call in (
        lambda: area(1, width=2),
        lambda: area(height=1),
        lambda: area(1, colour=3),
        lambda: only_pos(1, b=2),
        lambda: Box(1, w=2),
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
    return sum(area(i, depth=0) for i in range(n))


print(uses_defaults(100))
area.__defaults__ = (5, 6)
print(uses_defaults(100))
area.__code__ = only_pos.__code__
try:
    print(uses_defaults(100))
except TypeError as e:
    print("TypeError", e)


def countdown(n, step=1):
    if n <= 0:
        return 0
    return 1 + countdown(step=step, n=n - step)


print([countdown(n=k * 10, step=1) for k in range(5)])
