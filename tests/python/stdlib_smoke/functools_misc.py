import functools
print(functools.reduce(lambda a, b: a + b, range(5)), functools.reduce(max, [3, 9, 2]))
p = functools.partial(int, base=2)
print(p('1010'), p.func.__name__, p.keywords)
@functools.lru_cache(maxsize=2)
def sq(n):
    print('computing', n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def show(x): return 'default'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'), show(True))
