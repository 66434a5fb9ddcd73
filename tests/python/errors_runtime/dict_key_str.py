d = {'a': 1}
print('start')
d['b']
print('not reached')
