# An instance's __dict__ made for the first time holds every attribute, in the order they
# were set, whatever their number; it then grows, shrinks and is shared like any dict.
import copy


class Obj:
    pass


for n in (0, 1, 5, 6, 7, 10, 11, 21, 22, 43, 100):
    o = Obj()
    for i in range(n):
        setattr(o, f"a{i}", i * i)
    d = o.__dict__
    assert d is o.__dict__ is vars(o)
    assert list(d) == [f"a{i}" for i in range(n)], n
    assert list(d.values()) == [i * i for i in range(n)], n
    # Growing past the table the view was made with, and through the object as well.
    for i in range(n, n + 30):
        d[f"a{i}"] = -i
    setattr(o, "last", "L")
    del d["a0" if n > 0 else "last"]
    print(n, len(d), list(d)[:3], list(d)[-2:], getattr(o, f"a{n + 29}"), d.get("last"))

# Names outside the Basic Multilingual Plane, and a name that is not an identifier.
o = Obj()
setattr(o, "x\U0001d11ey", 1)
o.plain = 2
setattr(o, "with space", 3)
print(vars(o), o.__dict__["x\U0001d11ey"])

# Taken in a loop of new objects, as logging takes each record's __dict__.
records = []
for i in range(2000):
    r = Obj()
    r.msg = "m%d" % i
    r.args = (i,)
    r.levelname = "INFO"
    records.append("%(levelname)s %(msg)s %(args)r" % r.__dict__)
print(records[0], records[-1], len(records))

# Shallow and deep copies read and write __dict__.
a = Obj()
a.items = [1, 2]
a.name = "a"
b = copy.copy(a)
c = copy.deepcopy(a)
b.name = "b"
c.items.append(3)
print(vars(a), vars(b), vars(c), a.items is b.items, a.items is c.items)
