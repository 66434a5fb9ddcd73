class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(p, p.x, p.y, p + (3,), type(p + (3,)).__name__, p == (1, 2), len(p), hash(p) == hash((1, 2)))
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5)]))
