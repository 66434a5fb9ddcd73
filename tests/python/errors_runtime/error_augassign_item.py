d = {}
print('start')
d['k'] += 1
print('not reached')
