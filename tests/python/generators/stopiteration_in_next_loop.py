it = iter([1, 2])
for x in it:
    print('x', x)
    try:
        print('inner next', next(it))
    except StopIteration:
        print('inner exhausted')
def g():
    return (yield from ())
try:
    next(g())
except StopIteration as e:
    print('value', e.value)
