class A:
    '''docstring'''
    x = 1
    def m(self): pass
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, sorted(k for k in A.__dict__ if not k.startswith('__')))
print(type(A.__dict__).__name__, A.__bases__, A.__base__, object.__bases__, A.m.__qualname__)
try:
    A.__dict__['y'] = 2
except TypeError as e:
    print('TypeError:', e)
a = A()
a.y = 2
print(a.__dict__, vars(a), a.__class__ is A)
a.__dict__ = {'z': 3}
print(a.z, vars(a))
class Outer:
    class Inner:
        def f(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__)
