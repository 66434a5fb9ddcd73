class A:
    def who(self): return __class__.__name__
class B(A): pass
print(B().who())
class C:
    def f(self):
        return super().__repr__.__self__ is self
print(C().f())
class D:
    def g(self):
        __class__
        return 'has cell'
print(D.g.__code__.co_freevars, A.who.__closure__[0].cell_contents.__name__)
