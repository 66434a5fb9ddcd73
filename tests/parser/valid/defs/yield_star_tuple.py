def g():
    yield 1, *rest
