# A dict taken from obj.__dict__ (or vars(obj)) sees attribute writes made afterwards.
import copy
import json
import pickle
import types


class C:
    pass


c = C()
d = c.__dict__
c.y = 3
print(d, len(d), "y" in d, d.get("y"), list(d), dict(d))
c.z = 4
for k in d:
    print("key", k)
print(d == {"y": 3, "z": 4}, repr(d), str(d))
del c.y
print(d, d.items(), d.keys(), d.values())
print(json.dumps(d), {**d}, sorted(d))
print(d.copy(), d.pop("z"), hasattr(c, "z"))


def f(**kw):
    return kw


c.w = 1
print(f(**d), vars(c), "%(w)s" % d, "{w}".format_map(d))
print(d is vars(c) is c.__dict__)

# Views made before the attributes were set, and the values changing in place.
ks, vs, its = d.keys(), d.values(), d.items()
c.a = "A"
c.w = 2
print(list(ks), list(vs), list(its))

# Changing a value while iterating is allowed; adding a key is not.
for k in d:
    setattr(c, k, 10)
print(d)
try:
    for k in d:
        c.new_attr = 1
except RuntimeError as e:
    print("RuntimeError:", e)

# Writes through the dict reach the object, and attribute writes reach the dict.
d["via_dict"] = 5
print(c.via_dict)
c.via_dict = 6
print(d["via_dict"], d.setdefault("via_dict", 0), d.setdefault("fresh", 7), c.fresh)

# Non-str keys live only in the dict.
d[1] = "one"
c.after = True
print(d[1], d["after"], 1 in d, len(d))

# An assigned __dict__ (a dict subclass) stays the object's dict.
class D(dict):
    pass


o = C()
od = D(p=1)
o.__dict__ = od
o.q = 2
print(o.__dict__ is od, od, list(od.items()), type(o.__dict__).__name__)
del od["p"]
print(list(od), hasattr(o, "p"), o.q)

# Copies and pickles see every attribute.
p = C()
pd = vars(p)
p.one, p.two = 1, [2]
print(vars(copy.copy(p)), vars(copy.deepcopy(p)), vars(pickle.loads(pickle.dumps(p))))

# __setattr__ storing through __dict__, and SimpleNamespace.
class Recorder:
    def __setattr__(self, name, value):
        self.__dict__[name] = value * 2


r = Recorder()
rd = r.__dict__
r.x = 21
print(r.x, rd)
ns = types.SimpleNamespace(a=1)
nd = vars(ns)
ns.b = 2
print(nd, ns)

# exec into an object's namespace.
q = C()
exec("x = 1\ny = x + 1", vars(q))
q.z = 3
print(q.x, q.y, sorted(k for k in vars(q) if k != "__builtins__"))

# A function's __dict__.
def g():
    pass


gd = g.__dict__
g.attr = "set later"
print(gd)
