# weakref.finalize runs at collection once the object dies, and at exit for the living.
import gc, weakref

class Conn:
    def __init__(self, name):
        self.name = name

def closed(name):
    print('closed', name)

a = Conn('a')
fa = weakref.finalize(a, closed, 'a')
b = Conn('b')
fb = weakref.finalize(b, closed, 'b')
print(fa.alive, fb.alive)
del a
gc.collect()
print(fa.alive, fb.alive)
print(fb.detach() is not None, fb.alive)
c = Conn('c')
weakref.finalize(c, closed, 'c')
print('end')
