def g():
    a = yield
    b = yield a
    c = (yield b) + 1
    print('c =', c)
    yield 'end'
it = g()
print(next(it), it.send('A'), it.send('B'), it.send(41))
def g2():
    x = yield 1, 2
    print('x', x)
    yield
print(next(g2()))
def lam():
    f = lambda: (yield 5)
    return list(f())
print(lam())
