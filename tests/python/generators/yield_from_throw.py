def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print('inner handles', repr(e))
        yield 'handled'
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    except ValueError as e:
        print('outer handles', e)
        yield 'outer-handled'
g = outer()
print(next(g))
print(g.throw(KeyError('k')))
g2 = outer()
next(g2)
print(g2.throw(ValueError('v')))
g3 = outer()
next(g3)
g3.close()
print('g3 closed')
