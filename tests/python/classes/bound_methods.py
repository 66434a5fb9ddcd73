class C:
    def m(self, x): return (self.v, x)
    def __init__(self, v): self.v = v
a = C(1)
bm = a.m
print(bm(5), bm.__self__ is a, bm.__func__ is C.m, C.m(a, 6), bm == a.m, bm is a.m)
print(type(bm).__name__, type(C.m).__name__, bm.__name__, bm.__qualname__)
f = C.m
a.m = lambda x: 'instance override'
print(a.m(1), f(a, 2))
class Callable:
    def __call__(self, *a): return ('called', a)
class H:
    c = Callable()
print(H().c(1))
