class A:
    def __eq__(self, o): return True
print(A.__hash__)
try:
    hash(A())
except TypeError as e:
    print('TypeError:', e)
class B(A):
    __hash__ = object.__hash__
print(type(hash(B())).__name__)
class C:
    __hash__ = None
try:
    {C()}
except TypeError as e:
    print('TypeError:', e)
class D:
    def __hash__(self): return 2**100
print(hash(D()))
class E:
    def __hash__(self): return 'x'
try:
    hash(E())
except TypeError as e:
    print('TypeError:', e)
class F:
    def __hash__(self): return -1
print(hash(F()))
import collections.abc as cabc
print(isinstance(A(), cabc.Hashable), isinstance(B(), cabc.Hashable))
