# Zero-argument super() in hot methods: compiled code builds the super object from the
# __class__ cell and the first argument, and calls the method it finds directly while the
# instance's type and its MRO are unchanged.


class Base:
    def __init__(self, v):
        self.v = v

    def m(self):
        return self.v

    def name(self):
        return "Base"


class Kid(Base):
    def __init__(self, v):
        super().__init__(v * 10)

    def m(self):
        return super().m() + 1

    def name(self):
        return "Kid>" + super().name()


def total(objs, n):
    s = 0
    for _ in range(n):
        for o in objs:
            s += o.m()
    return s


k = Kid(1)
print(total([k], 3000))


# A subclass instance: the super object's instance type differs from the one compiled for.
class GrandKid(Kid):
    def name(self):
        return "GrandKid>" + super().name()


g = GrandKid(2)
print(total([k, g], 1000))
print(k.name(), g.name())


# The base's method replaced after the caller was compiled.
def names(o, n):
    out = None
    for _ in range(n):
        out = o.name()
    return out


print(names(k, 3000))
Base.name = lambda self: "patched Base"
print(names(k, 10))
del Base.name
try:
    names(k, 1)
except AttributeError as e:
    print("AttributeError:", e)


# Diamond: super() follows the instance's MRO, not the defining class's bases.
class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


def whos(o, n):
    r = None
    for _ in range(n):
        r = o.who()
    return r


print(whos(D(), 3000), whos(B(), 3000))


# Class methods: super() is bound to the class, not an instance.
class Maker:
    @classmethod
    def make(cls):
        return cls.__name__


class SubMaker(Maker):
    @classmethod
    def make(cls):
        return "sub:" + super().make()


def makes(n):
    r = None
    for _ in range(n):
        r = SubMaker.make()
    return r


print(makes(3000))


# self captured by a closure is a cell variable; super() reads it through the cell.
class Captures(Base):
    def m(self):
        f = lambda: self.v
        return super().m() + f()


print(total([Captures(3)], 3000))


# Errors super() raises by itself.
class Broken(Base):
    def m(self):
        del self
        return super().m()

    @staticmethod
    def nothing():
        return super().m()

    def __init__(self):
        pass


b = Broken()
for call in (b.m, Broken.nothing):
    for _ in range(3):
        try:
            call()
        except RuntimeError as e:
            print("RuntimeError:", e)


# super() in a function defined outside a class body has no __class__ cell.
def loose(self):
    return super().m()


try:
    loose(k)
except RuntimeError as e:
    print("RuntimeError:", e)


# An attribute (not a method) through super(), and super's own attributes.
class WithProp(Base):
    @property
    def p(self):
        return "prop"


class UsesProp(WithProp):
    @property
    def p(self):
        return "sub " + super().p

    def info(self):
        s = super()
        return s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__


def props(o, n):
    r = None
    for _ in range(n):
        r = o.p
    return r


u = UsesProp(0)
print(props(u, 3000), u.info())


# A global named super shadows the builtin.
def shadowed():
    class Local(Base):
        def m(self):
            return super().m()

    obj = Local(5)
    results = [obj.m() for _ in range(3000)]
    return results[-1]


print(shadowed())
super_saved = super
super = lambda: "not the builtin"


class Shadowing(Base):
    def m(self):
        return super()


print([Shadowing(1).m() for _ in range(3)][-1])
super = super_saved
print(Shadowing(1).m().m())
