class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __mul__(self, o):
        if isinstance(o, Matrix):
            cols = list(zip(*o.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return Matrix([[v * o for v in r] for r in self.rows])
    def __pow__(self, n):
        r, b = Matrix.identity(len(self.rows)), self
        while n:
            if n & 1: r = r * b
            b = b * b; n >>= 1
        return r
    def det(self):
        from fractions import Fraction
        m = [[Fraction(v) for v in r] for r in self.rows]; n = len(m); d = Fraction(1)
        for i in range(n):
            p = next((k for k in range(i, n) if m[k][i] != 0), None)
            if p is None: return 0
            if p != i: m[i], m[p] = m[p], m[i]; d = -d
            d *= m[i][i]
            for k in range(i + 1, n):
                f = m[k][i] / m[i][i]
                m[k] = [a - f * b for a, b in zip(m[k], m[i])]
        return d
    def T(self): return Matrix(zip(*self.rows))
    def __repr__(self): return '\n'.join(' '.join(f'{v:>6}' for v in r) for r in self.rows)
f = Matrix([[1, 1], [1, 0]])
print((f ** 90).rows[0][1])
a = Matrix([[2, -1, 0], [1, 3, 2], [0, 1, 4]])
print(a * a); print(a.T()); print(a.det(), Matrix([[1, 2], [2, 4]]).det(), (a * 0.5).rows[0])
