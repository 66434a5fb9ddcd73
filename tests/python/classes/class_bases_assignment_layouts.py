# __class__ and __bases__ assignment accept only classes whose instances CPython lays out
# alike (compatible_for_assignment): same base, same __slots__, same __dict__ and
# __weakref__ additions; varsize bases (int, bytes, tuple) take no nonempty __slots__.
import weakref


def cant(x, C):
    try:
        x.__class__ = C
        print("allowed", type(x).__name__, getattr(C, "__name__", C))
    except TypeError as e:
        print("TypeError", e)


class C(object): pass
cant(C(), list)
cant(list(), C)
cant(C(), 1)
cant(C(), object)
cant(object(), list)
cant(list(), object)
class Int(int): __slots__ = []
cant(True, int)
cant(2, bool)
class G(object): __slots__ = ["a", "b"]
class H(object): __slots__ = ["b", "a"]
class I(object): __slots__ = ["a", "b"]
class J(object): __slots__ = ["c", "b"]
class K(object): __slots__ = ["a", "b", "d"]
class L(H): __slots__ = ["e"]
class M(I): __slots__ = ["e"]
class N(J): __slots__ = ["__weakref__"]
class P(J): __slots__ = ["__dict__"]
class Q(J): pass
class R(J): __slots__ = ["__dict__", "__weakref__"]
for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q)):
    x = cls(); x.a = 1 if hasattr(cls, 'a') else None
    cant(x, cls2)
for cls in G, J, K, L, M, N, P, R, list, Int:
    for cls2 in G, J, K, L, M, N, P, R, list, Int:
        if cls is not cls2: cant(cls(), cls2)
class MyList(list): pass
class MyDict(dict): pass
cant(MyList(), MyDict)
class L1(list): pass
cant(MyList(), L1)
class W1: __slots__=['__weakref__']
class W2: __slots__=[]
cant(W1(), W2); cant(W2(), W1)
class Dd1: pass
class Dd2: __slots__ = ['__dict__']
cant(Dd1(), Dd2); cant(Dd2(), Dd1)
class E1(Exception): pass
class E2(Exception): pass
cant(E1(), E2)
class E3(ValueError): pass
cant(E1(), E3)

class A(int): pass
class B(int): pass
cant(A(1), B)
class A2(int): __slots__ = ()
class B2(int): __slots__ = ()
cant(A2(1), B2)
cant(A2(1), A)
class A3(A2): pass
cant(A3(1), A)
cant(A(1), A3)
class T1(tuple): pass
class T2(tuple): pass
cant(T1(), T2)
class L1(list): pass
class L2(list): pass
cant(L1(), L2)
class L3(list): __slots__ = ()
cant(L1(), L3)
class L4(list): __slots__ = ('__weakref__',)
cant(L4(), L3)
class L5(list): __slots__ = ('__dict__',)
cant(L5(), L1)
cant(L5(), L3)
class S1: __slots__ = ('a',)
class S2: __slots__ = ('a',)
class S3: __slots__ = ('a', '__weakref__')
class S4(S1): pass
class S5(S2): __slots__ = ('__dict__', '__weakref__')
cant(S1(), S2); cant(S1(), S3); cant(S4(), S5); cant(S5(), S4)
class D1(dict): pass
class D2(dict): __slots__ = ()
cant(D1(), D2)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
cant(X, M2)
class O1: pass
class O2: __slots__ = ('__dict__', '__weakref__')
class O3(O1): __slots__ = ()
cant(O1(), O2); cant(O3(), O2); cant(O3(), O1)
class BD1(bytes): pass
class BD2(bytes): __slots__ = ()
cant(BD1(), BD2)
class F1(float): pass
class F2(float): pass
cant(F1(), F2)
class E1(Exception): __slots__ = ()
class E2(Exception): __slots__ = ()
cant(E1(), E2)
class E3(Exception): pass
cant(E1(), E3)
class SS(str): pass
cant(SS(), str)

ModuleType = type(weakref)


class Mod(ModuleType):
    pass


m = Mod("m")
cant(m, ModuleType)
cant(ModuleType("n"), Mod)


class MS(ModuleType):
    __slots__ = ("x",)


cant(m, MS)


def bases(cls, new):
    try:
        cls.__bases__ = new
        print("bases now", [b.__name__ for b in cls.__bases__], cls.__base__.__name__)
    except TypeError as e:
        print("TypeError", e)


class L(list):
    pass


class C(object):
    pass


class D(C):
    pass


bases(L, (dict,))
bases(list, (dict,))
bases(D, (C, list))
bases(D, (type(None),))
bases(D, (object, type(None)))


class O(object):
    pass


bases(D, (O,))
bases(D, (O, C))


class SlotsA:
    __slots__ = ("a",)


class SlotsB:
    __slots__ = ("a",)


class SA(SlotsA):
    pass


bases(SA, (SlotsB,))
bases(SA, (C,))


class W(object):
    __slots__ = ("__weakref__",)


bases(D, (W,))
for cls in (type(None), bool, range, slice):
    try:
        class X(cls):
            pass
    except TypeError as e:
        print("TypeError", e)


# int, bytes and tuple subclasses take no weak references and no nonempty __slots__.
class IntSub(int):
    pass


try:
    weakref.ref(IntSub(1))
except TypeError as e:
    print("TypeError", e)
for base in (int, bytes, tuple, IntSub, type):
    for slots in (("x",), ("__dict__",), ("__weakref__",), ()):
        try:
            type("T", (base,), {"__slots__": slots})
            print(base.__name__, slots, "ok")
        except TypeError as e:
            print(base.__name__, slots, "TypeError", e)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(weakref.ref(WithMeta)() is WithMeta)
