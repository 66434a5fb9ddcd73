def f():
    try:
        raise ValueError('original')
    finally:
        raise KeyError('from finally')
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        return 1
    finally:
        raise TypeError('finally wins over return')
try:
    g()
except TypeError as e:
    print(repr(e))
