d = {}
print('start')
d.pop('x')
print('not reached')
