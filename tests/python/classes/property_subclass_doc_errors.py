# property: where a subclass keeps the getter's doc, the error messages (name from
# __set_name__ only, class by qualname) and __set_name__'s argument count.


class P(property):
    pass


class S(property):
    __slots__ = ()


def g(self):
    "gdoc"


def n(self):
    pass


for args in [(), (n,), (None, None, None, "d"), (g,), (g, None, None, "explicit")]:
    p = P(*args)
    q = property(*args)
    print(p.__dict__, p.__doc__, q.__doc__)
    p2 = p.setter(lambda s, v: None)
    print(" ", p2.__dict__, p2.__doc__, q.setter(lambda s, v: None).__doc__)

try:
    S(g)
except AttributeError as e:
    print("AttributeError", e)
print(S().fget, S(None, None, None, "x").fget)


class Outer:
    class C:
        foo = property()
        bar = property(n)


free = property(g)
for p, obj in [(Outer.C.foo, Outer.C()), (Outer.C.bar, Outer.C()), (free, Outer.C())]:
    for action in (lambda: p.__get__(obj), lambda: p.__set__(obj, 1), lambda: p.__delete__(obj)):
        try:
            action()
        except AttributeError as e:
            print(e)
free.__set_name__(Outer, "named")
try:
    free.__set__(Outer.C(), 1)
except AttributeError as e:
    print(e)
free.__init__(g)
try:
    free.__set__(Outer.C(), 1)
except AttributeError as e:
    print(e)
Outer.C.__qualname__ = "it's"
try:
    Outer.C().foo
except AttributeError as e:
    print(e)

for i in (0, 1, 3):
    try:
        property().__set_name__(*[0] * i)
    except TypeError as e:
        print(e)
