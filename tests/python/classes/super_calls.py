class A:
    def hi(self): return 'A'
class B(A):
    def hi(self): return 'B>' + super().hi()
class C(A):
    def hi(self): return 'C>' + super().hi()
class D(B, C):
    def hi(self): return 'D>' + super().hi()
print(D().hi(), super(B, D()).hi(), super(C, D()).hi())
class E(D):
    def hi(self):
        return 'E>' + super(D, self).hi()
print(E().hi())
class Cls:
    @classmethod
    def make(cls): return cls.__name__
class Sub(Cls):
    @classmethod
    def make(cls): return 'Sub+' + super().make()
print(Sub.make(), Sub().make())
s = super(B, D())
print(type(s).__name__, s.__thisclass__.__name__)
def no_class():
    super()
try:
    no_class()
except RuntimeError as e:
    print('RuntimeError:', e)
