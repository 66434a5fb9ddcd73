def f(a): pass
print('start')
f(a=1, b=2)
print('not reached')
