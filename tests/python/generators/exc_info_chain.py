import sys
def g():
    try:
        raise ValueError
    except ValueError:
        yield 1
    print(sys.exc_info())
    yield 2
gen = g()
try:
    raise IndexError
except IndexError:
    print(next(gen))
print(next(gen))
def h():
    print('in h', sys.exception())
    yield
    print('in h again', sys.exception())
    try:
        raise
    except RuntimeError as e:
        print('bare raise:', e)
x = h()
try:
    raise KeyError('outer')
except KeyError:
    next(x)
try:
    raise OSError('second')
except OSError:
    try:
        next(x)
    except StopIteration:
        pass
def ctx():
    try:
        yield
    except ZeroDivisionError:
        raise TypeError('from gen')
c = ctx(); next(c)
try:
    c.throw(ZeroDivisionError('z'))
except TypeError as e:
    print(repr(e), repr(e.__context__))
