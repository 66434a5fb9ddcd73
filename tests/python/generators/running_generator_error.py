def g():
    yield 1
it = g()
print(list(it), list(it))
it2 = g()
it2.close()
print(list(it2))
try:
    next(it2)
except StopIteration:
    print('stopped after close')
print(it2.close())
