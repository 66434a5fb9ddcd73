def inner():
    x = yield 'i1'
    print('inner got', x)
    y = yield 'i2'
    print('inner got', y)
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield 'o1'
    return 'outer-result'
g = outer()
print(next(g))
print(g.send('a'))
print(g.send('b'))
try:
    g.send('c')
except StopIteration as e:
    print('final', e.value)
def flat(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x
print(list(flat([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from 'ab'
    yield from range(2)
    yield from (x * x for x in range(3))
    r = yield from []
    print('empty yield from result', r)
print(list(from_iterables()))
