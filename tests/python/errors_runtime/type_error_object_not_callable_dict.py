d = {'a': 1}
print('start')
d('a')
print('not reached')
