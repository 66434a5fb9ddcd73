# namedtuple fields read in hot loops: compiled code indexes the tuple behind a type
# guard; every way the guard or the item can fail behaves as the general path does.
from collections import namedtuple
from _collections import _tuplegetter

P = namedtuple("P", "x y")
Q = namedtuple("Q", "y x")


def norm1(points):
    s = 0
    for p in points:
        s += p.x - p.y
    return s


pts = [P(i, 2 * i) for i in range(3000)]
print(norm1(pts))
# Another namedtuple with the same names at other indices, after compilation.
print(norm1([Q(1, 10), P(10, 1)]))

# Too few items: the field's item is missing.
short = tuple.__new__(P, (5,))
try:
    norm1([short])
except IndexError as e:
    print("IndexError:", e)


# A subclass that overrides one field with a property.
class Named(P):
    __slots__ = ()

    @property
    def x(self):
        return "prop"


def get_x(p):
    return p.x


for i in range(3000):
    get_x(pts[i])
print(get_x(Named(1, 2)), get_x(P(7, 8)))

# Replacing the field on the class.
saved = P.x
P.x = property(lambda self: -1)
print(get_x(P(7, 8)))
P.x = saved
print(get_x(P(7, 8)))


# A tuple getter on a class that is not a tuple.
class NotTuple:
    x = _tuplegetter(0, "doc")


for i in range(3):
    try:
        get_x(NotTuple())
    except TypeError as e:
        print("TypeError:", e)


# Setting a field fails as it does in CPython.
def set_x(p, v):
    p.x = v


for i in range(3):
    try:
        set_x(pts[0], 1)
    except AttributeError as e:
        print("AttributeError:", e)
print(P.x.__doc__, P._fields, pts[5]._asdict())
