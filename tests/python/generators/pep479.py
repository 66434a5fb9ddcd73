def g():
    yield 1
    raise StopIteration('inside')
try:
    print(list(g()))
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))
def h():
    yield next(iter([]))
try:
    list(h())
except RuntimeError as e:
    print('RuntimeError:', e)
def ok():
    yield 1
    return 'fine'
print(list(ok()))
