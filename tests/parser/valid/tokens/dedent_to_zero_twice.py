def f():
    if x:
        pass


def g():
    pass
