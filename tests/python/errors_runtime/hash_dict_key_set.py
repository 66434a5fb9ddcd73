d = {}
print('start')
d[{1}] = 1
print('not reached')
