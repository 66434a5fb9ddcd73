# Which check of the recursion limit fires first decides RecursionError's message, and the
# levels that native code adds decide how deep a program may go. CPython 3.11 counts one
# level per Python frame (also when native code such as map() or sum() calls back into
# Python), one for repr() and ascii() themselves, one for each __repr__ (PyObject_Repr)
# and one for each __str__ (PyObject_Str).
import sys


class ViaRepr:
    def __repr__(self):
        return repr(self)


class ViaAscii:
    def __repr__(self):
        return ascii(self)


class ViaPercent:
    def __repr__(self):
        return "%r" % (self,)


class ViaFString:
    def __repr__(self):
        return f"{self!r}"


def plain(n):
    return plain(n + 1)


def deep_then_repr(n):
    return repr(ViaRepr()) if n == 0 else deep_then_repr(n - 1)


cases = [
    ("repr", lambda: repr(ViaRepr())),
    ("ascii", lambda: repr(ViaAscii())),
    ("percent", lambda: repr(ViaPercent())),
    ("fstring", lambda: repr(ViaFString())),
    ("plain", lambda: plain(0)),
    ("deep", lambda: deep_then_repr(5)),
]
old = sys.getrecursionlimit()
for limit in range(60, 72):
    sys.setrecursionlimit(limit)
    for name, f in cases:
        try:
            f()
            print(limit, name, "no error")
        except RecursionError as e:
            print(limit, name, e)
sys.setrecursionlimit(old)


# Recursion through native code that calls back: two levels per step (the two frames),
# so these stay under the default limit of 1000 as in CPython.
def tree_size(n):
    return 1 + sum(tree_size(c) for c in ([n - 1] if n else []))


def chain_length(n):
    return 1 + sum(map(chain_length, [n - 1] if n else []))


def sorted_depth(n):
    return n if n == 0 else sorted([n], key=lambda k: sorted_depth(k - 1))[0]


print(tree_size(400))
print(chain_length(900))
print(sorted_depth(300))
try:
    tree_size(600)
except RecursionError as e:
    print("tree_size(600):", e)
