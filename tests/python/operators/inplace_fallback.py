class A:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print('__add__')
        return A(self.v + o)
    def __repr__(self): return f"A({self.v})"
class B(A):
    def __iadd__(self, o):
        print('__iadd__')
        self.v += o
        return self
class C(A):
    def __iadd__(self, o):
        print('__iadd__ NI')
        return NotImplemented
class D(A):
    def __iadd__(self, o):
        return None
a = A(1); a0 = a; a += 1; print(a, a is a0)
b = B(1); b0 = b; b += 1; print(b, b is b0)
c = C(1); c += 1; print(c)
d = D(1); d += 1; print(d)
class R:
    def __radd__(self, o):
        print('R.__radd__')
        return 'r'
x = 5
x += R()
print(x)
l = [1]; l += R() if False else []; print(l)
