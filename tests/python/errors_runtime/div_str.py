s = 'abc'
print('start')
r = s / 2
print('not reached')
