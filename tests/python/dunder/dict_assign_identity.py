# obj.__dict__ = d makes d the object's dict (identity kept, writes through d seen),
# for instances, functions and exceptions; dir() reads __dict__ as an attribute.


class C:
    pass


def func():
    pass


for obj in (C(), func, ValueError("x")):
    d = {"known": 7}
    obj.__dict__ = d
    print(type(obj).__name__, obj.__dict__ is d, obj.known)
    d["added"] = 1
    print(" ", obj.added, sorted(obj.__dict__))
    obj.later = 2
    print(" ", sorted(obj.__dict__), obj.__dict__ is d)
    del obj.known
    print(" ", "known" in obj.__dict__, hasattr(obj, "known"))
    try:
        obj.__dict__ = [1]
    except TypeError as e:
        print(" ", e)

# two objects given the same dict share it
a, b = C(), C()
a.__dict__ = b.__dict__
a.shared = 5
print(b.shared, a.__dict__ is b.__dict__)


# dir() of a bound method lists its function's attributes (method.__dict__ forwards)
class K:
    def m(self):
        pass


K.m.tag = 1
print("tag" in dir(K().m), "tag" in dir(K.m))


# dir() uses whatever __dict__ the object reports
class P:
    @property
    def __dict__(self):
        return {"from_property": 1}


print("from_property" in dir(P()))


class Q:
    @property
    def __dict__(self):
        return [1, 2]


print("__init__" in dir(Q()))
