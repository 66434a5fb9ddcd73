import sys
print(sys.exc_info())
try:
    raise ValueError('x')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, tb.tb_lineno, sys.exception() is v)
print(sys.exc_info(), sys.exception())
def inner():
    return sys.exc_info()[0]
try:
    raise KeyError
except KeyError:
    print(inner().__name__)
    try:
        raise TypeError
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
