import weakref, operator
class F(float): pass
f = F(2.0)
p = weakref.proxy(f)
print(p + 1.0, 1.0 + p, p * 2, 3 - p, p ** 2, 2 ** p, -p, abs(-p), divmod(7, p), divmod(p, 3))
class C:
    def __index__(self): return 10
    def __floordiv__(self, other): return 42
    def __ifloordiv__(self, other): return 21
    def __matmul__(self, other): return 'mm'
    def __rmatmul__(self, other): return 'rmm'
    def __bytes__(self): return b'bytes'
    def __int__(self): return 3
o = C()
q = weakref.proxy(o)
print(operator.index(q), q // 5, 5 @ q, q @ 5, bytes(q), '__bytes__' in dir(q), int(q), hex(q))
q //= 5
print(q)
class L(list): pass
l = L([1])
r = weakref.proxy(l)
r += [2]
print(l, r, type(r).__name__)

# next() through a proxy to something that is not an iterator
not_an_iterator = lambda: 0


class IterViaProxy:
    def __iter__(self):
        return weakref.proxy(not_an_iterator)


try:
    list(IterViaProxy())
except TypeError as e:
    print("TypeError:", e)
