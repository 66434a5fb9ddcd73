# operator.itemgetter / attrgetter / methodcaller: the native types of _operator (as
# CPython's C ones), their calls, reprs, pickling, errors and that they are final.
import copy
import operator
import pickle
import weakref

import _operator
from operator import attrgetter, itemgetter, methodcaller


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print("== identity and type")
print(operator.itemgetter is _operator.itemgetter)
print(operator.attrgetter is _operator.attrgetter)
print(operator.methodcaller is _operator.methodcaller)
for T in (itemgetter, attrgetter, methodcaller):
    print(T, T.__module__, T.__name__, T.__qualname__, type(T).__name__)
    print(type(T.__call__).__name__, type(T.__reduce__).__name__, callable(T))
print(type(itemgetter(1)).__module__ == "operator")
print(itemgetter.__doc__.splitlines()[0])
print(attrgetter.__doc__.splitlines()[0])
print(methodcaller.__doc__.splitlines()[0])

print("== itemgetter")
data = [10, 20, 30, 40]
print(itemgetter(1)(data), itemgetter(-1)(data), itemgetter(0, 2, 3)(data))
print(itemgetter(slice(1, 3))(data), itemgetter("k")({"k": "v"}))
print(itemgetter((1, 2))({(1, 2): "tuple key"}))
print(itemgetter(1, 1)("ab"), itemgetter(0)("xyz"))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(list(map(itemgetter(0), rows)))
print(max(rows, key=itemgetter(1, 0)))
print(repr(itemgetter(1)), repr(itemgetter("a", "b")), repr(itemgetter((1, 2))))
print(repr(itemgetter(None)), repr(itemgetter([1, 2])))
show(lambda: itemgetter(5)(data))
show(lambda: itemgetter("x")({}))
show(lambda: itemgetter(0)(5))


class Seq:
    def __getitem__(self, k):
        return ("got", k)


print(itemgetter(3)(Seq()), itemgetter(1, "x")(Seq()))

print("== attrgetter")


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __repr__(self):
        return "Node(%r)" % self.name


tree = Node("root", Node("kid", Node("grandkid")))
print(attrgetter("name")(tree), attrgetter("child.name")(tree))
print(attrgetter("child.child.name")(tree), attrgetter("name", "child.name")(tree))
print(attrgetter("real", "imag")(3 + 4j), attrgetter("real.numerator")(7))
print(sorted([Node("z"), Node("a"), Node("m")], key=attrgetter("name")))
print(repr(attrgetter("name")), repr(attrgetter("a.b", "c")), repr(attrgetter("a.b.c")))
show(lambda: attrgetter("missing")(tree))
show(lambda: attrgetter("child.missing")(tree))
show(lambda: attrgetter("a..b")(tree))
show(lambda: attrgetter("")(tree))


class Dyn:
    def __getattr__(self, name):
        return "dyn:" + name


print(attrgetter("x", "y.__class__.__name__")(Dyn()))

print("== methodcaller")
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"))
print(methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(methodcaller("get", "k", "default")({}))
print(methodcaller("count", 1)([1, 2, 1]))


class Rec:
    def m(self, *args, **kw):
        return args, sorted(kw.items())


print(methodcaller("m")(Rec()), methodcaller("m", 1, 2, a=3, b=4)(Rec()))
r = Rec()
r.m = lambda *a, **k: ("instance attribute", a, k)
print(methodcaller("m", 5)(r))
mc_list = methodcaller("append", 1)
lst = []
mc_list(lst)
mc_list(lst)
print(lst)
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "two", k=2, j=[3])))
show(lambda: methodcaller("nope")("abc"))
show(lambda: methodcaller("upper", 1)("abc"))

print("== construction errors")
show(lambda: itemgetter())
show(lambda: itemgetter(1, k=2))
show(lambda: attrgetter())
show(lambda: attrgetter(1))
show(lambda: attrgetter("a", 2))
show(lambda: attrgetter("a", k=1))
show(lambda: methodcaller())
show(lambda: methodcaller(1))
show(lambda: methodcaller(name="upper"))
show(lambda: itemgetter.__new__(itemgetter))
show(lambda: attrgetter.__new__(attrgetter))
show(lambda: methodcaller.__new__(methodcaller))

print("== call errors")
for g in (itemgetter(1), attrgetter("a"), methodcaller("upper")):
    show(lambda: g())
    show(lambda: g(1, 2))
    show(lambda: g([1, 2], k=1))
    show(lambda: g(obj=1))

print("== not subclassable, no attributes, no weakrefs")
for T in (itemgetter, attrgetter, methodcaller):
    try:

        class Sub(T):
            pass

    except TypeError as e:
        print(e)
show(lambda: itemgetter(1).extra)
show(lambda: setattr(itemgetter(1), "extra", 1))
show(lambda: weakref.ref(attrgetter("a")))
ig1 = itemgetter(1)
print(ig1 == itemgetter(1), ig1 == ig1, hash(ig1) == hash(ig1))

print("== __reduce__, pickle and copy")
print(itemgetter(1).__reduce__(), itemgetter(1, 2).__reduce__())
print(attrgetter("a.b").__reduce__(), attrgetter("a", "b.c").__reduce__())
print(methodcaller("f", 1).__reduce__())
red = methodcaller("f", 1, k=2).__reduce__()
print(type(red[0]).__name__, red[0].func is methodcaller, red[0].args, red[0].keywords, red[1])
show(lambda: itemgetter(1).__reduce__(1))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    g = pickle.loads(pickle.dumps(itemgetter(2, 0), proto))
    a = pickle.loads(pickle.dumps(attrgetter("child.name", "name"), proto))
    m = pickle.loads(pickle.dumps(methodcaller("split", ",", maxsplit=1), proto))
    print(proto, repr(g), g(data), repr(a), a(tree), repr(m), m("x,y,z"))
for g in (itemgetter(1), attrgetter("name"), methodcaller("upper"), methodcaller("m", 1, k=2)):
    c1, c2 = copy.copy(g), copy.deepcopy(g)
    print(repr(c1), repr(c2), type(c1) is type(g))
