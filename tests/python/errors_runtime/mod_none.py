n = None
print('start')
r = n % 3
print('not reached')
