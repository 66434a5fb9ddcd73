# Assigning __bases__ recomputes the MRO of every subclass too (CPython's mro_hierarchy);
# a conflict in a subclass undoes the whole assignment, and a metaclass mro() that assigns
# __bases__ itself before failing keeps what it assigned.
class C:
    pass


class C2:
    def meth(self):
        return "C2.meth"


class D(C):
    pass


class E(D):
    pass


D.__bases__ = (C2,)
print([k.__name__ for k in E.__mro__], E().meth())


class A:
    pass


class B:
    pass


class X(A, B):
    pass


class Y(A, B):
    pass


class Z(X, Y):
    pass


try:
    X.__bases__ = (B, A)
except TypeError as e:
    print("TypeError:", e)
print([k.__name__ for k in X.__mro__], [k.__name__ for k in Z.__mro__], X.__bases__)
Y.__bases__ = (B,)
print([k.__name__ for k in Z.__mro__])


class Fail(Exception):
    pass


ready = False


class M(type):
    def mro(cls):
        global ready
        if ready and cls.__name__ == "Q":
            if Q.__bases__ == (P2,):
                ready = False
            else:
                Q.__bases__ = (P2,)
                raise Fail
        return type.mro(cls)


class P(metaclass=M):
    pass


class P1(P):
    pass


class P2(P):
    pass


class Q(P):
    pass


ready = True
try:
    Q.__bases__ = (P1,)
except Fail:
    print("Fail")
print(Q.__bases__, [k.__name__ for k in Q.__mro__])
P1.__bases__ = (Q,)
print([k.__name__ for k in P1.__mro__])
