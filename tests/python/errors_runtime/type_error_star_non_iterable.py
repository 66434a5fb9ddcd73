def f(*a): pass
print('start')
f(*5)
print('not reached')
