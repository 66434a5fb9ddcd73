def inner(x): return x['k']
def outer(y): return inner(y) * 2
print('start')
outer({})
print('not reached')
