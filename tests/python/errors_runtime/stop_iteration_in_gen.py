def g():
    yield 1
    raise StopIteration
print('start')
list(g())
print('not reached')
