# reprlib: Repr size limits for every container, strings, ints, nesting depth, custom
# subclasses, recursive_repr for self-referencing objects.
import array
import collections
import reprlib

r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset,
      r.maxdeque, r.maxstring, r.maxlong, r.maxother, r.fillvalue)
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(10))), reprlib.repr((1,)))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset(range(20))), reprlib.repr(set()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}))
print(reprlib.repr(collections.deque(range(20))), reprlib.repr(array.array("i", range(20))))
print(reprlib.repr(array.array("d")), reprlib.repr(array.array("b", [1])))
print(reprlib.repr("x" * 100), reprlib.repr("short"), reprlib.repr("a'b" * 20))
print(reprlib.repr(10 ** 100), reprlib.repr(-(10 ** 50)), reprlib.repr(12345))
print(reprlib.repr([[[[[[1]]]]]]), reprlib.repr({"a": {"b": {"c": {"d": {}}}}}))
print(reprlib.repr([[], (), {}]), reprlib.repr(b"b" * 100))
print(reprlib.repr(range(1000)))


class Long:
    def __repr__(self):
        return "L" * 100


class Boom:
    def __repr__(self):
        raise ValueError("nope")


print(reprlib.repr(Long()), reprlib.repr([Long()]))
print(reprlib.repr(Boom()).split(" at 0x")[0])
r2 = reprlib.Repr()
r2.maxlist = 2
r2.maxstring = 10
r2.maxlevel = 1
r2.fillvalue = "~"
print(r2.repr([1, 2, 3, [4, 5]]), r2.repr("abcdefghijklmn"), r2.repr([[1], [2]]))
r2.maxlevel = 0
print(r2.repr([1]), r2.repr({1: 2}), r2.repr((1,)), r2.repr(set([1])))
r3 = reprlib.Repr()
r3.maxstring = 3
r3.maxlong = 3
r3.maxother = 4
print(r3.repr("abcdef"), r3.repr(123456789), r3.repr(Long()), r3.repr(3.14159265))


class MyRepr(reprlib.Repr):
    def repr_Point(self, obj, level):
        return "P(%s)" % self.repr1(obj.coords, level - 1)

    def repr_str(self, obj, level):
        return "s" + repr(obj)[:5]


class Point:
    def __init__(self, *c):
        self.coords = list(c)


print(MyRepr().repr([Point(*range(10)), "hello world"]))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%s, %r)" % (self.name, self.children)


a = Node("a")
b = Node("b")
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a), repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__module__)


class Other(list):
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "Other" + "|".join(repr(x) for x in self)


o = Other([1])
o.append(o)
o.append([o])
print(repr(o))
