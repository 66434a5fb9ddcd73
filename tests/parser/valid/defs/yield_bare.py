def g():
    yield
