# Binary operators on instances of classes that define them in Python: once hot, compiled
# code calls the method directly behind guards on both operands' types. CPython's order
# must hold throughout: the left operand's method first unless the right one is a subclass
# overriding the reflected method, NotImplemented falling through to the reflected method,
# then TypeError; classes changed after compilation; frames and tracebacks inside.
import sys


class V:
    def __init__(self, x):
        self.x = x

    def __sub__(self, other):
        if isinstance(other, V):
            return V(self.x - other.x)
        if isinstance(other, int):
            return V(self.x - other)
        return NotImplemented

    def __mul__(self, k):
        if k == "frame":
            f = sys._getframe(1)
            return (f.f_code.co_name, sorted(f.f_locals))
        if k == "boom":
            raise ValueError("boom")
        return V(self.x * k)

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    def __rsub__(self, other):
        return "W.__rsub__ first"


class R:
    def __rsub__(self, other):
        return "R.__rsub__ after NotImplemented"


def sub(a, b):
    r = a - b
    return r


def mul(a, k):
    r = a * k
    return r


for i in range(400):
    sub(V(i), V(1)), sub(V(i), 2), mul(V(i), 2)

print(sub(V(5), V(2)), sub(V(5), 3), mul(V(2), 1.5), mul(V(2), 3))
print(sub(V(5), W(1)), sub(W(5), V(1)))
print(sub(V(5), R()))
try:
    sub(V(1), "s")
except TypeError as e:
    print("TypeError:", e)
print(mul(V(1), "frame"))
try:
    mul(V(1), "boom")
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback through:", names)

V.__sub__ = lambda self, other: "replaced"
print(sub(V(5), V(2)))
del V.__sub__
try:
    sub(V(5), V(2))
except TypeError as e:
    print("TypeError:", e)


def sub_method(self, other):
    return "defined again"


V.__sub__ = sub_method
print(sub(V(5), V(2)), sub(3, 1), sub(2.5, 1), sub({1, 2}, {2}))
