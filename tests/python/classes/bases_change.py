class A:
    def hello(self): return 'A'
class B:
    def hello(self): return 'B'
class C(A): pass
c = C()
print(c.hello())
C.__bases__ = (B,)
print(c.hello(), C.__mro__)
