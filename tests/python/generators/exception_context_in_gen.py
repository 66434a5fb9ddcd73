def g():
    try:
        yield 1
    except ValueError:
        yield 2
        raise TypeError('from gen')
it = g()
next(it)
print(it.throw(ValueError('v')))
try:
    next(it)
except TypeError as e:
    print('TypeError:', e, '| context:', repr(e.__context__))
def h():
    try:
        raise KeyError('k')
    except KeyError:
        yield 'inside handler'
        import sys
        print('exc during resume:', repr(sys.exc_info()[1]))
it = h()
print(next(it))
import sys
print('outside:', sys.exc_info())
try:
    next(it)
except StopIteration:
    pass
