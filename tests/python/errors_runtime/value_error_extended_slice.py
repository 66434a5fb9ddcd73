xs = [1, 2, 3, 4]
print('start')
xs[::2] = [1]
print('not reached')
