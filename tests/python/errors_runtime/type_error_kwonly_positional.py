def f(*, a): pass
print('start')
f(1)
print('not reached')
