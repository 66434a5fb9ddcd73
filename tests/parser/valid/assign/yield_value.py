def f():
    x = yield
    y = yield 1
    z = yield from g()
