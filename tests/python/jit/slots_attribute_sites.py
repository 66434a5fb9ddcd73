# Attribute sites on `__slots__` members, read and written in hot loops: compiled code
# reads and writes the slot directly behind a type guard, and every way the guard or the
# slot can fail must behave as the general path does.


class Counter:
    __slots__ = ("count", "owner")

    def __init__(self):
        self.count = 0
        self.owner = None

    def bump(self):
        if self.count and self.owner == 1:
            self.count += 1
            return True
        self.count = 1
        self.owner = 1
        return True

    def drop(self):
        self.count -= 1
        if self.count == 0:
            self.owner = None


def churn(c, n):
    for _ in range(n):
        c.bump()
        c.bump()
        c.drop()
    return c.count, c.owner


c = Counter()
print(churn(c, 3000))


# An unset slot raises AttributeError with the attribute's name, in a hot loop too.
def read_count(c):
    return c.count


for i in range(3000):
    read_count(c)
empty = Counter.__new__(Counter)
try:
    read_count(empty)
except AttributeError as e:
    print("unset:", e, e.name, e.obj is empty)

# del of a slot, then a read of it.
d = Counter()
del d.count
try:
    read_count(d)
except AttributeError as e:
    print("deleted:", e)
d.count = 7
print(read_count(d))


# A subclass with a dict of its own and its base's slots: writing the slot name goes to
# the slot, never to the dict.
class Loose(Counter):
    pass


lo = Loose()
for i in range(3000):
    lo.bump()
print(lo.count, lo.__dict__, "count" in vars(lo))
lo.extra = 5
print(sorted(vars(lo)))


# A base without slots and a slotted subclass: an instance has a dict and a slot.
class Plain:
    pass


class Slotted(Plain):
    __slots__ = ("x",)


def store_x(o, v):
    o.x = v
    return o.x


s = Slotted()
for i in range(3000):
    store_x(s, i)
print(s.x, s.__dict__)


# Polymorphic sites: the base and a subclass share the member.
class Sub(Counter):
    __slots__ = ("more",)


objs = [Counter(), Sub()]
for i in range(3000):
    for o in objs:
        o.bump()
print([o.count for o in objs])
objs[1].more = "m"
print(objs[1].more)


# Replacing the member on the class (type version changes): the new attribute wins.
class Box:
    __slots__ = ("v",)


def get_v(b):
    return b.v


b = Box()
b.v = 1
for i in range(3000):
    get_v(b)
saved = Box.v
Box.v = property(lambda self: "property now")
print(get_v(b))
Box.v = saved
print(get_v(b))


# A member descriptor copied onto an unrelated class does not apply to its instances.
class Other:
    __slots__ = ("w",)
    v = Box.v


def get_other_v(o):
    return o.v


other = Other()
for i in range(3):
    try:
        get_other_v(other)
    except TypeError as e:
        print("TypeError:", e)


# __setattr__ added to the class later takes over stores.
class Guarded:
    __slots__ = ("n",)


def set_n(g, v):
    g.n = v


g = Guarded()
for i in range(3000):
    set_n(g, i)
Guarded.__setattr__ = lambda self, name, value: print("setattr", name, value)
set_n(g, -1)
print(g.n)


# Slots on a subclass of a built-in type.
class Tagged(list):
    __slots__ = ("tag",)


def tag_all(items, n):
    for i in range(n):
        items.tag = i
    return items.tag


t = Tagged([1, 2])
print(tag_all(t, 3000), t)
