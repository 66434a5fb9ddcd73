from collections import namedtuple
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p.x, p.y, p._asdict(), p._replace(y=5), P._fields, P._make([3, 4]), p == (1, 0))
x, y = P(7, 8)
print(x, y, P(y=2, x=1), tuple(p) + (9,))
try:
    P()
except TypeError as e:
    print('TypeError:', e)
