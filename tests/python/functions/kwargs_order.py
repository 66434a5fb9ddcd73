def f(**kw): return list(kw.items())
print(f(b=1, a=2, c=3), f(**{'z': 1, 'y': 2}, x=3))
def g(*, a, b): return a, b
print(g(b=1, a=2), g(**{'b': 3, 'a': 4}))
d = {'a': 1}
def h(a, **rest): return a, rest
print(h(**d, b=2), h(1, **{'c': 3}))
