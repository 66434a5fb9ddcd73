class A:
    def f(self): return 'A.f'
class B(A): pass
b = B()
print(b.f())
B.f = lambda self: 'B.f patched'
print(b.f())
del B.f
print(b.f())
A.f = lambda self: 'A.f patched'
print(b.f())
B.__bases__ = (object,) if False else B.__bases__
class C:
    def f(self): return 'C.f'
b.__class__ = C
print(b.f(), type(b).__name__)
