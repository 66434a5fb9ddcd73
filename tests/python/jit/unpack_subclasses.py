# Unpacking tuple and list subclasses in hot code: items are read directly only when the
# subclass iterates as its base does; an overridden __iter__ is always honoured.
from collections import namedtuple

Point = namedtuple("Point", "x y z")


class Reversed(tuple):
    def __iter__(self):
        return iter(tuple(reversed(self)))


class Doubled(list):
    def __iter__(self):
        for v in list.__iter__(self):
            yield v
            yield v


class PlainList(list):
    pass


def total(points):
    s = 0
    for p in points:
        x, y, z = p
        s += x * 100 + y * 10 + z
    return s


pts = [Point(i % 10, (i + 1) % 10, (i + 2) % 10) for i in range(300)]
print(total(pts))
print(total([(1, 2, 3)] * 50 + pts[:5]))
print(total([Reversed((1, 2, 3))] * 3))
print(total([PlainList([4, 5, 6])] * 3))


def pairs(items):
    out = []
    for it in items:
        a, b = it
        out.append(a - b)
    return out


print(pairs([(5, 1)] * 300)[-1])
print(pairs([Doubled([7])]))
try:
    pairs([Point(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    pairs([Doubled([1, 2])])
except ValueError as e:
    print("ValueError:", e)


# A class whose __iter__ is set after instances were unpacked once.
class Late(tuple):
    pass


def first_two(t):
    a, b = t
    return a, b


for _ in range(300):
    first_two(Late((1, 2)))
Late.__iter__ = lambda self: iter((9, 8))
print(first_two(Late((1, 2))))
del Late.__iter__
print(first_two(Late((1, 2))))


def star(t):
    a, *rest = t
    return a, rest


print(star(Point(1, 2, 3)), star(Reversed((1, 2, 3))))
