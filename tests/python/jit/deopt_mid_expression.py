# A guard failing in the middle of an expression, with intermediate values live.
def f(a, b, c):
    return (a * 2) + (b * 3) + (c * 4) - (a * b) + (b < c) + [a, b, c][1]

s = 0
for i in range(600):
    s += f(i, i + 1, i + 2)
print(s)
print(f(1.5, 2, 3))
print(f(2, 2.5, 3))
print(f(10**18, 10**18, 10**18))
print(f(True, False, 3))

class V:
    def __init__(self, v):
        self.v = v
    def __mul__(self, k):
        return V(self.v * k)
    def __rmul__(self, k):
        return V(self.v * k)
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
    def __sub__(self, o):
        return V(self.v - (o.v if isinstance(o, V) else o))
    def __lt__(self, o):
        return True
    def __repr__(self):
        return f"V({self.v})"

print(f(V(1), 2, 3))
