import weakref, gc
class A: pass
class S:
    __slots__ = ('x',)
class SW:
    __slots__ = ('x', '__weakref__')
s = weakref.WeakSet()
items = [A() for _ in range(3)]
for i in items: s.add(i)
print(len(s))
items.pop()
gc.collect()
print(len(s))
try:
    weakref.ref(S())
except TypeError as e:
    print('TypeError:', e)
print(weakref.ref(SW()) is not None)
