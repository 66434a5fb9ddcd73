class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
print([k.__name__ for k in D.__mro__], [k.__name__ for k in E.__mro__])
try:
    class F(D, E): pass
except TypeError as e:
    print('TypeError:', e)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([k.__name__ for k in Z.mro()])
try:
    class Bad(A, B): pass
except TypeError as e:
    print('TypeError:', e)
class O: pass
class K1(O): pass
class K2(O): pass
class K3(O): pass
class K4(K1, K2): pass
class K5(K2, K3): pass
class K6(K4, K5): pass
print([k.__name__ for k in K6.__mro__])
