print('start')
r = 1 < 'a'
print('not reached')
