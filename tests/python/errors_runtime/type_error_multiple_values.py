def f(a): pass
print('start')
f(1, a=2)
print('not reached')
