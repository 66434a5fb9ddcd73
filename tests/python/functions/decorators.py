def trace(fn):
    def wrapper(*a, **k):
        print('call', fn.__name__, a, k)
        r = fn(*a, **k)
        print('return', r)
        return r
    wrapper.__name__ = fn.__name__
    return wrapper
def times(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@trace
@times(2)
def sq(x): return x * x
sq(3)
print(sq.__name__)
import functools
def keep(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@keep
def documented():
    'the doc'
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
order = []
def d(tag):
    order.append('make ' + tag)
    def deco(f):
        order.append('apply ' + tag)
        return f
    return deco
@d('a')
@d('b')
def z(): pass
print(order)
