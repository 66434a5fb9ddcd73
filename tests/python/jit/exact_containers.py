# `in` and iteration over the exact built-in containers take a path that runs no Python
# code; whenever an answer needs a user's __eq__ (an object whose hash equals the key's), or
# the container is a subclass, the general path runs it, with frames and locals visible.
import sys


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        f = sys._getframe(1)
        print("  eq from", f.f_code.co_name, sorted(k for k in f.f_locals if k != "self"))
        return self.v == other


class MySet(set):
    def __contains__(self, k):
        print("  MySet.__contains__", k)
        return True


class MyList(list):
    def __iter__(self):
        print("  MyList.__iter__")
        return iter([9])


def member(c, k):
    found = k in c
    return found


def not_member(c, k):
    return k not in c


def walk(c):
    out = []
    for x in c:
        out.append(x)
    return out


def warm():
    for _ in range(300):
        member({1, 2}, 2), member({"a": 1}, "b"), member([1, 2], 3), member((4,), 4), member("abc", "bc")
        not_member(frozenset([1]), 1)
        walk((1, 2)), walk([3]), walk({4: 5}), walk({6}), walk("xy"), walk(range(2))


warm()
print("ints and strs:", member({1, 2, 3}, 2), member({1, 2}, 5), member({"a"}, "a"), member({"a"}, "b"))
print("bool and float keys:", member({1}, True), member({True}, 1), member({1.0}, 1), member({0.0}, False))
print("dicts:", member({1: 2}, 1), member({1: 2}, 2), member({1.0: 0}, 1), member({"k": 0}, "k"))
print("lists and tuples:", member([1, "a"], "a"), member([1.0], 1), member((True,), 1), member((), 0))
print("mixed list:", member([None, "x", 2], 2), member(["1"], 1), member([2**70], 2**70))
print("nan by identity:", (lambda n: member([n], n))(float("nan")), member([float("nan")], float("nan")))
print("str:", member("hello", "ell"), member("hello", ""), member("héllo", "é"), member("a\U0001f600b", "\U0001f600"))
print("not in:", not_member({1}, 1), not_member({1}, 2), not_member([], 0))
print("user __eq__ in a set:")
print(" ", member({Key(7)}, 7), member({Key(7)}, 8))
print("user __eq__ in a dict:")
print(" ", member({Key(5): 0}, 5))
print("user __eq__ in a list:")
print(" ", member([Key(3)], 3))
print("subclasses:")
print(" ", member(MySet(), 1), walk(MyList([1, 2])))
try:
    member({1}, [])
except TypeError as e:
    print("unhashable:", e)
try:
    member([1], [])
    print("list of lists: fine")
except TypeError as e:
    print(e)
try:
    member(3, 1)
except TypeError as e:
    print("not a container:", e)
print("iteration:", walk((1, "a")), walk({"b": 1, "a": 2}), sorted(walk({3, 1, 2})), walk("a\U0001f600"))
print("big range:", walk(range(2**64, 2**64 + 2)), walk(range(5, 0, -2)))


def grow(d):
    for k in d:
        d[k + 1] = 0


for c in ({1: 0}, {1}):
    try:
        if isinstance(c, set):
            for k in c:
                c.add(k + 1)
        else:
            grow(c)
    except RuntimeError as e:
        print("changed during iteration:", e)


def shrink_list(xs):
    out = []
    for x in xs:
        out.append(x)
        if xs:
            xs.pop()
    return out


print("list changed during iteration:", shrink_list([1, 2, 3, 4]))
