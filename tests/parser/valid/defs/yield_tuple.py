def g():
    yield 1, 2
