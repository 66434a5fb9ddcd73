class A:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(A()), 'truthy' if A() else 'falsy')
class B:
    def __len__(self): return 5
    __bool__ = None
try:
    bool(B())
except TypeError as e:
    print('TypeError:', e)
class C(list):
    def __bool__(self): return False
print(bool(C([1, 2])), len(C([1, 2])))
