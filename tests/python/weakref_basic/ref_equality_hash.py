import weakref
class A: pass
a = A()
r1, r2 = weakref.ref(a), weakref.ref(a)
print(r1 == r2, r1 is r2, hash(r1) == hash(a), callable(r1))
b = A()
print(weakref.ref(b) == r1)
def cb(r): pass
r3 = weakref.ref(a, cb)
print(r3 is r1, r3 == r1, weakref.getweakrefcount(a))
