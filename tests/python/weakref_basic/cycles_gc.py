import gc, weakref
class Node:
    def __init__(self): self.other = None
a, b = Node(), Node()
a.other, b.other = b, a
ra = weakref.ref(a)
del a, b
print('before collect alive:', ra() is not None)
gc.collect()
print('after collect alive:', ra() is not None)
print(gc.isenabled(), type(gc.collect()).__name__)
