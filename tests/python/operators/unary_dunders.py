class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
u = U()
print(-u, +u, ~u, abs(u))
class V:
    pass
for f, name in ((lambda: -V(), '-'), (lambda: +V(), '+'), (lambda: ~V(), '~'), (lambda: abs(V()), 'abs')):
    try:
        f()
    except TypeError as e:
        print(name, 'TypeError:', e)
print(not U(), -(-3), ~~7, +True)
