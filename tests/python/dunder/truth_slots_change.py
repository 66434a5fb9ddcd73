# Truth tests follow __bool__ and __len__ as they are added to and removed from a class.
class A: pass
class B:
    def __len__(self): return 0
a, b = A(), B()
print([bool(x) for x in (a, b)])
A.__len__ = lambda self: 0
print(bool(a))
A.__bool__ = lambda self: True
print(bool(a))
del A.__bool__
print(bool(a))
B.__bool__ = lambda self: 1
try: bool(b)
except TypeError as e: print(e)
