import weakref, gc
class C:
    def method(self): return 'called through proxy'
c = C()
p = weakref.proxy(c)
print(p.method(), type(p).__name__)
f = weakref.finalize(c, print, 'finalizer ran')
print(f.alive)
del c
gc.collect()
try:
    p.method()
except ReferenceError as e:
    print('ReferenceError:', e)
print(f.alive)
