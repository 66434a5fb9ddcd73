import functools
class Data:
    def __init__(self): self.n = 0
    @functools.cached_property
    def expensive(self):
        self.n += 1
        return 'computed'
d = Data()
print(d.expensive, d.expensive, d.n)
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(name): 'docstring'; return f'hi {name}'
print(hello('x'), hello.__name__, hello.__doc__, hello.__wrapped__('y'))
p = functools.partial(lambda a, b, c: (a, b, c), 1, c=3)
print(p(2), repr(type(p).__name__))
