# Callbacks run when the referent dies, newest first, each given its dead reference.
import gc, weakref

class Thing:
    pass

t = Thing()
order = []
r1 = weakref.ref(t, lambda r: order.append(('first', r() is None)))
r2 = weakref.ref(t, lambda r: order.append(('second', r() is None)))
plain = weakref.ref(t)
print(weakref.getweakrefcount(t), plain is weakref.ref(t))
del t
gc.collect()
print(order)
print(plain(), r1(), r2())

# A reference that dies before its referent never calls back.
u = Thing()
called = []
r3 = weakref.ref(u, lambda r: called.append(1))
del r3
del u
gc.collect()
print('called', called)

# An exception in a callback is unraisable.
import sys
sys.unraisablehook = lambda u: print('unraisable', u.exc_type.__name__, u.exc_value)
v = Thing()
r4 = weakref.ref(v, lambda r: 1 / 0)
del v
gc.collect()
print('done')
