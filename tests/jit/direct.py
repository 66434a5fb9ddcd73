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

# A caller compiled before its callee is hot (a long loop that calls it now and then) calls
# it directly once it is compiled, and then whichever compilation of it is current.
def rare(x):
    return x * 2 if x >= 0 else -x

def long_loop(n):
    t = 0
    for i in range(n):
        if i % 16 == 0:
            t += rare(i - n // 2)
    return t

print("late:", long_loop(8000), rare(2.5))

# A method call site that meets a method per class calls each class's directly, and any
# other callable (a method replaced after compilation, an instance's own) the long way.
class Shape:
    def area(self):
        return 0

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Tri(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2

def areas(shapes):
    t = 0
    for s in shapes:
        t += s.area()
    return t

shapes = [Square(2), Rect(2, 3), Tri(4, 5), Shape()] * 4
warm(areas, shapes)
before = areas(shapes)
Rect.area = lambda self: -1
own = Square(5)
own.area = lambda: 100
print("polymorphic:", before, areas(shapes), areas([own, Tri(1, 1)]))

# A function held in a variable (here closures of one `def`, each with its own cells) is
# called directly when the site has only met functions of that code.
def make_adder(n):
    def add(x):
        return x + n
    return add

def adds(f, g, n):
    t = 0
    for i in range(n):
        t += f(i) - g(i)
    return t

warm(adds, make_adder(1), make_adder(2), 3)
print("closures:", adds(make_adder(10), make_adder(3), 4), adds(make_adder(0), abs, 3))
