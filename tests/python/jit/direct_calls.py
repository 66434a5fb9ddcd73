# Calls from compiled code straight into a compiled callee (no frame until one is needed):
# frames, tracebacks, defaults, __code__, recursion and deoptimisation inside the callee
# must look exactly as with ordinary calls.
import sys
import gc
import traceback

N = 1000


def leaf(a, b):
    return a * 2 + b


def caller_of_leaf():
    s = 0
    for i in range(N):
        s += leaf(i, 1)
    return s


print("leaf:", caller_of_leaf())


def peek(x):
    f = sys._getframe(1)
    return (f.f_code.co_name, f.f_lineno, sorted(f.f_locals), sys._getframe(0).f_code.co_name, x)


def caller_of_peek():
    seen = None
    for i in range(N):
        seen = peek(i)
    return seen


print("frames:", caller_of_peek())


def divide(a, b):
    return a // b


def caller_of_divide():
    t = 0
    for i in range(N):
        t += divide(i, 1 if i < N - 1 else 0)
    return t


try:
    caller_of_divide()
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print("traceback:", [(fr.name, fr.line) for fr in tb])


def with_defaults(a, b=10, c=100):
    return a + b + c


def caller_of_defaults():
    s = 0
    for i in range(N):
        s += with_defaults(i) + with_defaults(i, 1)
        if i == N // 2:
            with_defaults.__defaults__ = (20, 200)
    return s


print("defaults:", caller_of_defaults())


def original(x):
    return x + 1


def replacement(x):
    return x - 1


def caller_of_original():
    out = []
    for i in range(N):
        out.append(original(i))
        if i == N // 2:
            original.__code__ = replacement.__code__
    return out[N // 2], out[N // 2 + 1], out[-1]


print("__code__:", caller_of_original())


def widen(a, b):
    return a + b


def caller_of_widen():
    r = []
    for i in range(N):
        r.append(widen(i, 1))
    r.append(widen(1.5, 2))
    r.append(widen("x", "y"))
    r.append(widen([1], [2]))
    return r[-4:]


print("deopt in callee:", caller_of_widen())


def maybe_unbound(flag):
    if flag:
        v = 1
    return v


def caller_of_unbound():
    s = 0
    for i in range(N):
        s += maybe_unbound(i < N - 1)
    return s


try:
    caller_of_unbound()
except UnboundLocalError as e:
    print("unbound:", e, [fr.name for fr in traceback.extract_tb(e.__traceback__)])


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def caller_of_depth():
    s = 0
    for i in range(N):
        s += depth(i % 20)
    return s


print("self recursion:", caller_of_depth())
try:
    depth(10**6)
except RecursionError as e:
    print("recursion limit:", type(e).__name__)
print("after the limit:", depth(50))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def shifted(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


def caller_of_methods():
    p = Point(1, -2)
    s = 0
    for i in range(N):
        s += p.norm1() + p.shifted(i).x + p.shifted(1, i).y
        if i == N // 2:
            Point.norm1 = lambda self: 0
    return s


print("methods:", caller_of_methods())


def collects(now):
    return gc.collect() >= 0 if now else True


def caller_of_collects():
    ok = True
    for i in range(N):
        ok = ok and collects(i % 250 == 249)
    return ok


print("gc in callee:", caller_of_collects())


def own_locals(a, b):
    c = a + b
    return sorted(locals().items())


def caller_of_locals():
    r = None
    for i in range(N):
        r = own_locals(i, 2)
    return r


print("locals:", caller_of_locals())


def too_many(a):
    return a


def caller_of_too_many():
    for i in range(N):
        too_many(i)
    return too_many(1, 2)


try:
    caller_of_too_many()
except TypeError as e:
    print("arguments:", e)


def rebound(x):
    return "old"


def caller_of_rebound():
    out = []
    global rebound
    for i in range(N):
        out.append(rebound(i))
        if i == N // 2:
            def rebound(x):
                return "new"
    return out[N // 2], out[N // 2 + 1]


print("rebound global:", caller_of_rebound())


class Pair:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b


def caller_of_pair():
    s = 0
    for i in range(N):
        p = Pair(i) if i % 2 else Pair(i, 1)
        s += p.a + p.b
        if i == N // 2:
            def init(self, a, b=5):
                self.a = -a
                self.b = b
            Pair.__init__ = init
    return s, type(p).__name__


print("construct:", caller_of_pair())


class Returns:
    def __init__(self, bad):
        if bad:
            return 1


def caller_of_returns():
    n = 0
    for i in range(N):
        Returns(i == N - 1)
        n += 1
    return n


try:
    caller_of_returns()
except TypeError as e:
    print("__init__ result:", e)


class Raises:
    def __init__(self, x):
        self.x = 10 // x


def caller_of_raises():
    for i in range(N, -1, -1):
        Raises(i)


try:
    caller_of_raises()
except ZeroDivisionError as e:
    print("raising __init__:", [(fr.name, fr.line) for fr in traceback.extract_tb(e.__traceback__)])


class Meta(type):
    def __call__(cls, *args):
        return ("made by", cls.__name__, args)


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


class Finalised:
    count = 0

    def __init__(self, x):
        self.x = x


def caller_of_special():
    out = None
    for i in range(N):
        out = WithMeta(i), Finalised(i).x
        if i == N // 2:
            Finalised.__del__ = lambda self: None
    return out


print("metaclass and __del__:", caller_of_special())
