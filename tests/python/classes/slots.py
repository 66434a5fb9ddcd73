class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, hasattr(p, '__dict__'), P.__slots__, type(P.x).__name__)
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
class Q(P):
    pass
q = Q(2)
q.z = 5
print(q.z, q.__dict__)
class R(P):
    __slots__ = ('w', '__dict__')
r = R(3)
r.w = 1; r.other = 2
print(r.w, r.__dict__)
try:
    class Conflict:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print('ValueError:', e)
