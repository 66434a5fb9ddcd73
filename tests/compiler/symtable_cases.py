# Snippets whose symbol tables must agree with python3's symtable module, separated by "# ---".
x = 1
def f(a, b=2, *c, d, **e):
    global g
    g = a
    return b + x
# ---
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
# ---
class C:
    y = 1
    def m(self):
        return super().m(y)
    def n(self):
        return __class__
# ---
def f():
    a = 1
    class C:
        a = 2
        def g(self):
            return a
    return C
# ---
def f(xs):
    return [x * y for x in xs for y in x if (z := y)]
# ---
def f(xs):
    g = (x for x in xs)
    s = {x for x in xs}
    d = {k: v for k, v in xs}
    return g, s, d
# ---
lambda x, *y, **z: x + y
# ---
def f():
    try:
        pass
    except Exception as e:
        return e
# ---
import os, os.path as p
from a.b import c as d, e
def f():
    import sys
    from x import y
    return sys, y
# ---
class A:
    __private = 1
    def __m(self, __a):
        self.__private = __a
# ---
def f():
    x: int = 1
    y: str
    return x
# ---
async def f(xs):
    async for x in xs:
        await x
    async with xs as y:
        pass
    return [await z async for z in xs]
# ---
def gen():
    x = yield 1
    yield from x
# ---
def f():
    def g():
        def h():
            return x
        return h
    x = 1
    return g
# ---
match x:
    case [a, *b]: pass
    case {"k": c, **d}: pass
    case P(e, f=g) | P(e, f=g): pass
    case h: pass
# ---
def f():
    match x:
        case [a, *b] if a: return b
        case _ as q: return q
# ---
def f(a):
    del a
    def g(): nonlocal a; a = 2
# ---
class C:
    x = [i for i in range(3)]
    y = lambda: x
# ---
def f():
    [(w := 2) for _ in range(3)]
    return w
# ---
def deco(f): return f
@deco
class K(object, metaclass=type):
    def m(self): return 1
# ---
def f():
    global q
    def g():
        return q
    return g
# ---
def f():
    x = 1
    class C:
        nonlocal_x = x
        def m(self):
            return x
# ---
def f(*, a=1, b):
    return lambda: a
# ---
print(f"{x!r:{y}}")
# ---
def f():
    super
# ---
class C:
    def f(self):
        def g():
            super()
        return g
# ---
def f():
    with open(x) as (a, b):
        pass
    for i, (j, k) in z:
        pass
# ---
def f():
    x = 1
    return [lambda: x for _ in range(2)]
# ---
def f():
    return [[j for j in range(i)] for i in range(3)]
