class A:
    def __new__(cls, *a):
        return object.__new__(cls)
print(type(A(1, 2)).__name__)
class B:
    def __init__(self, *a): self.a = a
print(B(1).a)
class C:
    pass
for args in ((1,), ()):
    try:
        C(*args)
        print('ok', args)
    except TypeError as e:
        print('TypeError:', e)
class D:
    def __new__(cls):
        return object.__new__(cls, 1) if False else object.__new__(cls)
print(type(D()).__name__)
try:
    object.__new__(C, 1)
except TypeError as e:
    print('TypeError:', e)
