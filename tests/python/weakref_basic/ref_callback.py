import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f'Obj({self.n})'
o = Obj(1)
r = weakref.ref(o, lambda ref: print('callback, dead ref:', ref() is None))
print(r() is o, r(), weakref.getweakrefcount(o))
del o
gc.collect()
print(r())
try:
    weakref.ref(5)
except TypeError as e:
    print('TypeError:', e)
