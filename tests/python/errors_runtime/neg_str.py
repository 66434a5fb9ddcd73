s = 'x'
print('start')
r = -s
print('not reached')
