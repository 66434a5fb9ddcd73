xs = [1, 2]
print('start')
xs.index(3)
print('not reached')
