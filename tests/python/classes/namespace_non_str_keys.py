# A class namespace may hold keys that are not strs: they show in __dict__ and dir(), and
# looking a name up compares it with those of an equal hash by their __eq__, which may
# even change the class's __bases__ meanwhile (the lookup goes on along the old MRO).
calls = []


class MyKey:
    def __hash__(self):
        return hash("mykey")

    def __eq__(self, other):
        calls.append(other)
        X.__bases__ = (Base2,)

    def __repr__(self):
        return "MyKey()"


class Base:
    mykey = "from Base"
    mykey2 = "from Base"


class Base2:
    mykey = "from Base2"
    mykey2 = "from Base2"


X = type("X", (Base,), {MyKey(): 5})
print(X.mykey, calls)
print(X.mykey2, [b.__name__ for b in X.__mro__])
print([k for k in X.__dict__ if not isinstance(k, str)], X.__dict__[next(k for k in X.__dict__ if not isinstance(k, str))])


class Eq:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return other == self.name


Y = type("Y", (), {Eq("attr"): "found through __eq__", 1: "int key"})
print(Y.attr, getattr(Y, "missing", None))
print(Y().attr)
print(sorted(type(k).__name__ for k in Y.__dict__ if not isinstance(k, str)))
