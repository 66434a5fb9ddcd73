class M:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return M([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __rmatmul__(self, o):
        return f'rmatmul with {o}'
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __repr__(self): return f"M({self.rows})"
a = M([[1, 2], [3, 4]])
print(a @ a, 5 @ a)
a @= M([[0, 1], [1, 0]])
print(a)
try:
    1 @ 2
except TypeError as e:
    print('TypeError:', e)
