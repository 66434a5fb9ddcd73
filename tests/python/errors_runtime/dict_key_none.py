d = {}
print('start')
d[None]
print('not reached')
