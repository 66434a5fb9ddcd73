# Basic refs and proxies (no callback) are shared; discarded refs stop counting; the order
# of getweakrefs puts the basic ref first.
import gc, weakref
class C: pass
class MyRef(weakref.ref): pass
o = C()
r1 = MyRef(o)
r2 = weakref.ref(o)
print(r1 is not r2, weakref.getweakrefs(o) == [r2, r1], weakref.getweakrefcount(o))
print(weakref.ref(o) is r2, weakref.proxy(o) is weakref.proxy(o))
gc.collect()
p = weakref.proxy(o, lambda p: None)
print(weakref.getweakrefcount(o))
del r1, p
gc.collect()
print(weakref.getweakrefcount(o), weakref.getweakrefs(o) == [r2])
try:
    weakref.ref(o, callback=None)
except TypeError as e:
    print('TypeError', e)
try:
    r2.__init__(0, 0, 0)
except TypeError as e:
    print('TypeError', e)
