# Direct calls: a compiled caller calls compiled callees as JS functions. The callee gets a
# frame only when something could see it; these results are CPython's.
import sys
import _swallow_jit as J

def warm(f, *args):
    for _ in range(3 * J.threshold()):
        f(*args)

def area(w, h=2):
    return w * h

def total(n):
    s = 0
    for i in range(n):
        s += area(i) + area(i, 3)
    return s

warm(total, 3)
print("leaf:", total(10))

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_locals["k"]

def asks(k):
    return where()

warm(asks, 0)
print("frame:", asks(7))

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, by):
        self.n += by
        return self.n

def bumps(c, times):
    for _ in range(times):
        c.bump(1)
    return c.n

warm(bumps, Counter(), 2)
print("method:", bumps(Counter(), 5))
print("deopt inside:", area(1.5), area("ab", 2))

# A callee compiled from the interpreter's calls is then called directly by a compiled
# caller: one compilation serves both (no second one to make a direct entry), and frames,
# exceptions and deoptimisations behave the same through either entry.
def scaled(x, k=3):
    if x < 0:
        raise ValueError(x)
    return x * k

def caller_name():
    return sys._getframe(1).f_back.f_code.co_name

def traced(x):
    return (caller_name(), scaled(x))

warm(scaled, 2)
warm(traced, 1)
def scales(n):
    t = 0
    for i in range(n):
        t += scaled(i)
    return t
warm(scales, 3)
names = [traced(2), (lambda: traced(3))()]
try:
    scales(-1) or scaled(-2)
except ValueError as e:
    names.append(e.args)
print("shared body:", scales(10), names, scaled(0.5), J.info(scaled)["compilations"])
