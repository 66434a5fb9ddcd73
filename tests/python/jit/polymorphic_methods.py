# A method call site that sees several receiver types (more than it keeps), while one
# type's method is redefined, an instance shadows the method with its own attribute, and a
# subclass loses its override.


class A:
    def f(self, x):
        return ("A", x)


class B(A):
    def f(self, x):
        return ("B", x)


class C:
    def f(self, x):
        return ("C", x)


class D(B):
    pass


class E:
    def f(self, x):
        return ("E", x)


def calls(objs, n):
    out = []
    for i in range(n):
        for o in objs:
            out.append(o.f(i))
    return out[-len(objs):]


objs = [A(), B(), C(), D(), E()]
print(calls(objs, 100))
C.f = lambda self, x: ("C2", x)
print(calls(objs, 50))
objs[0].f = lambda x: ("own", x)
print(calls(objs, 50))
del B.f
print(calls(objs, 50))
del objs[0].f
print(calls(objs[:2], 50))
print(calls([A(), E()], 300))


class Base:
    def area(self):
        raise NotImplementedError


class Sq(Base):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circ(Base):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Rect(Base):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


shapes = [Sq(2), Circ(1), Rect(2, 3), Sq(3), Base()]


def total(shapes, n):
    t = 0
    errors = 0
    for _ in range(n):
        for s in shapes:
            try:
                t += s.area()
            except NotImplementedError:
                errors += 1
    return t, errors


print(total(shapes, 200))
