f = lambda x: 'neg' if x < 0 else 'zero' if x == 0 else 'pos'
print([f(v) for v in (-1, 0, 1)])
g = lambda *a, **k: (a, k)
print(g(1, 2, x=3), (lambda: None)(), (lambda x=5: x)(), (lambda x, /, y: x - y)(5, y=2))
h = lambda n: 1 if n < 2 else n * h(n - 1)
print(h(20), (lambda: (yield))().__class__.__name__)
