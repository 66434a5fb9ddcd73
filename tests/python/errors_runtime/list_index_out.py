xs = [1, 2]
print('start')
xs[2]
print('not reached')
