r = range(3)
print('start')
r[3]
print('not reached')
