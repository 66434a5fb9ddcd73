x = 10
f = lambda y: x + y
x = 20
print(f(1))
adders = {n: (lambda n: lambda v: v + n)(n) for n in range(3)}
print({k: a(10) for k, a in adders.items()})
compose = lambda *fs: lambda v: [v := g(v) for g in fs][-1]
print(compose(lambda a: a + 1, lambda a: a * 2)(5))
print((lambda *a, k=1, **kw: (a, k, kw))(1, 2, k=3, z=4))
