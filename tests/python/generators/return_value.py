def g():
    yield 1
    return [1, 2]
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args, repr(e))
def r_none():
    return
    yield
try:
    next(r_none())
except StopIteration as e:
    print(e.value, e.args)
def r_tuple():
    yield
    return (1, 2)
it = r_tuple(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def r_stopiter():
    yield
    return StopIteration('x')
it = r_stopiter(); next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value))
