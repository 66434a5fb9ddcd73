# Calls of math functions, len, int and abs that compiled code computes inline (no frame,
# no call) when the callee and the argument types are the expected ones: every other case
# must still reach the function itself, with its errors, its tracebacks and the frames
# that Python code called from it sees.
import math
import sys
import traceback
from math import cos, floor, sin, sqrt


def kernels(xs):
    out = []
    for x in xs:
        out.append((sin(x), cos(x), sqrt(abs(x)), math.sqrt(abs(x)), floor(x), math.ceil(x), math.pow(abs(x), 0.5)))
    return out


for _ in range(100):
    rows = kernels([0.5, 2, -3.25, 1e15, -0.5, 0.0, -0.0, 7, True, 2**60, 1e300])
for row in rows:
    print([repr(v) for v in row], [type(v).__name__ for v in row])


def maybe(f, x):
    try:
        return f(x)
    except (ValueError, OverflowError, TypeError) as e:
        return f"{type(e).__name__}: {e}"


def errors(xs):
    out = []
    for x in xs:
        out.append((maybe(sqrt, x), maybe(math.log, x), maybe(math.exp, x), maybe(floor, x), maybe(math.acos, x)))
    return out


for _ in range(100):
    rows = errors([4.0, -1.0, 0.0, float("inf"), float("-inf"), float("nan"), 1000, -2, 10**400, "s"])
for row in rows:
    print(row)


class F:
    """An argument that is no float: the function calls __float__, from a frame of its own."""

    def __float__(self):
        caller = sys._getframe(1)
        print("__float__ called from", caller.f_code.co_name, sorted(caller.f_locals))
        return 0.25


class Sub(float):
    pass


def odd_arguments(xs):
    out = []
    for x in xs:
        y = x
        out.append(math.sin(y))
    return out


for _ in range(100):
    res = odd_arguments([0.5, 1.5])
print(odd_arguments([0.5, F(), Sub(1.5), 2]))


def with_keyword(n):
    total = 0.0
    for i in range(n):
        total += sqrt(i)
    try:
        sqrt(x=4.0)
    except TypeError as e:
        return total, f"TypeError: {e}"


for _ in range(100):
    res = with_keyword(50)
print(res)


def raised_inside(n, stop):
    total = 0.0
    for i in range(n, stop, -1):
        total += math.sqrt(i)
    return total


for _ in range(10):
    raised_inside(40, 0)
try:
    raised_inside(40, -3)
except ValueError:
    tb = traceback.format_exc().splitlines()
    print(tb[0])
    print([line.strip() for line in tb[1:] if line.strip().startswith("File")][-1].split(", ", 1)[1])
    print(tb[-1])


def rebound(n):
    out = []
    for i in range(n):
        out.append(sqrt(i))
    return out


for _ in range(100):
    rebound(30)
real_sqrt = sqrt
sqrt = lambda v: ("mine", v)  # noqa: E731
print(rebound(3))
sqrt = real_sqrt
print(rebound(3))

math_sqrt = math.sqrt
math.sqrt = lambda v: ("patched", v)
print(raised_inside.__name__, [math.sqrt(4)], kernels([4.0])[0][3])
math.sqrt = math_sqrt
print(kernels([4.0])[0][3])


class FakeMath:
    @staticmethod
    def sqrt(v):
        return "fake", v


def module_or_not(ms, n):
    out = []
    for m in ms:
        for i in range(n):
            out.append(m.sqrt(i))
    return out[-1]


for _ in range(100):
    module_or_not([math], 20)
print(module_or_not([math, FakeMath()], 3))


class L(list):
    def __len__(self):
        return 99


def lengths(xs):
    return [len(x) for x in xs]


for _ in range(100):
    lengths([[1], "ab", {"a": 1}, (1, 2, 3)])
print(lengths([[1], "ab", {"a": 1}, (1, 2, 3), L([1]), "😀x", b"xyz", range(5)]))
try:
    lengths([[1], 5])
except TypeError as e:
    print("TypeError:", e)


def ints_and_abs(xs):
    return [(int(x), abs(x)) for x in xs]


for _ in range(100):
    ints_and_abs([1.5, -2.5, 3])
print(ints_and_abs([1.5, -2.5, 3, -0.0, 1e300, -(2**70), True, Sub(-4.5)]))
for bad in (float("inf"), float("nan")):
    try:
        ints_and_abs([bad])
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
