xs = []
print('start')
xs[0] = 1
print('not reached')
