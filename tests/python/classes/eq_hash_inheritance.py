class A:
    def __eq__(self, o): return True
class B(A):
    pass
class C(A):
    def __hash__(self): return 7
print(A.__hash__, B.__hash__, hash(C()))
try:
    hash(B())
except TypeError as e:
    print('TypeError:', e)
class D:
    def __hash__(self): return 1
class E(D):
    def __eq__(self, o): return False
print(E.__hash__)
