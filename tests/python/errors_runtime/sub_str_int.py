s = 'a'
print('start')
r = s - 1
print('not reached')
