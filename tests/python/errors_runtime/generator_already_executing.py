def g():
    yield next(it)
it = g()
print('start')
next(it)
print('not reached')
