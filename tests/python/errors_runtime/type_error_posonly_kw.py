def f(a, /): pass
print('start')
f(a=1)
print('not reached')
