def g():
    try:
        yield 1
    finally:
        return 'swallowed'
it = g()
next(it)
print(it.close())
it = g()
next(it)
try:
    it.throw(ValueError('lost'))
except StopIteration as e:
    print('StopIteration', e.value)
