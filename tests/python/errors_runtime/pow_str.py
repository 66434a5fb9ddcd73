print('start')
r = 'a' ** 2
print('not reached')
