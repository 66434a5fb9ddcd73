v = [1]
print('start')
a, b, *c = v
print('not reached')
