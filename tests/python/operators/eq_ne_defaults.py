class P:
    pass
p, q = P(), P()
print(p == p, p == q, p != q, p != p)
class E:
    def __eq__(self, o):
        print('E.__eq__')
        return True
e = E()
print(e != 1, e == 1, 1 == e, 1 != e)
class N:
    def __ne__(self, o):
        print('N.__ne__')
        return False
n = N()
print(n == n, n == N(), n != N())
class Both:
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
b = Both()
print(b == b, b != b, b == Both(), b != Both())
print(E.__hash__, P.__hash__ is object.__hash__, N.__hash__ is object.__hash__)
