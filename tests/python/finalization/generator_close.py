import gc, sys, weakref
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)
def use():
    for x in gen('loop'):
        break
    gc.collect()
    print('after loop')
use()
gc.collect()
print('collected after the loop')
g = gen('global'); next(g)
wr = weakref.ref(g)
del g
gc.collect()
print('dead', wr() is None)
def gen2():
    with open(__file__) as f:
        yield f.readline()
    print('unreachable')
h = gen2(); print(next(h)[:6])
h = None
gc.collect()
def bad():
    try:
        yield
    finally:
        raise KeyError('in finally')
sys.unraisablehook = lambda u: print('unraisable', u.exc_type.__name__, type(u.object).__name__)
b = bad(); next(b); del b
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
frame = None
def res():
    global frame
    try:
        yield
    finally:
        frame = sys._getframe()
r = res(); wr = weakref.ref(r); next(r); del r
gc.collect()
print(wr() is None, frame is not None)
plain = (i for i in range(3)); next(plain); del plain; gc.collect()
last = gen('at exit'); next(last)
print('end')
