# An exception thrown into a generator is chained to the exception the generator itself
# is handling at its yield, not to its caller's.
def f():
    try:
        raise KeyError('a')
    except Exception:
        yield
gen = f()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))
def g():
    yield
h = g()
next(h)
try:
    raise OSError('caller')
except OSError:
    try:
        h.throw(TypeError('t'))
    except TypeError as e:
        print(repr(e.__context__))
