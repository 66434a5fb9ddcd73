def g():
    yield 1
    raise ValueError('inside')
for (a,
     b) in zip(g(),
               g()):
    print(a, b)
