class V:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __repr__(self): return f'V{self.c}'
    def __iter__(self): return iter(self.c)
    def __getitem__(self, i): return self.c[i]
    def __len__(self): return len(self.c)
a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 3 * a, abs(b), a == V(1, 2), {a, V(1, 2)}, list(a), b[1], len(b), sum(b))
