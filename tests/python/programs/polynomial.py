class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0: c.pop()
        self.c = c
    def __add__(self, o): n = max(len(self.c), len(o.c)); return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __mul__(self, o):
        r = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c): r[i + j] += a * b
        return Poly(r)
    def __call__(self, x):
        acc = 0
        for a in reversed(self.c): acc = acc * x + a
        return acc
    def deriv(self): return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1: continue
            terms.append(f'{a}' if i == 0 else f'{a}x' if i == 1 else f'{a}x^{i}')
        return ' + '.join(terms).replace('+ -', '- ')
p = Poly([1, -3, 0, 2]); q = Poly([0, 1, 1])
print(p, '|', q, '|', p + q, '|', p * q, '|', p.deriv(), '|', p(2), p(-1.5), q(10 ** 20))
from fractions import Fraction
print(Poly([Fraction(1, 2), Fraction(1, 3)]) * Poly([3, 6]))
