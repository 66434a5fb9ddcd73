d = {1: 'a'}
print('start')
d[2]
print('not reached')
