def f():
    if NotImplemented:
        print('truthy')
f()
print(not NotImplemented)
x = bool(NotImplemented)
print(x, NotImplemented.__bool__())
class A:
    def __eq__(self, o): return NotImplemented
print(A() == A(), A() != A())
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    r = [bool(NotImplemented), not NotImplemented, 1 if NotImplemented else 2]
print(r, [(x.category.__name__, str(x.message)) for x in w])
