xs = [1, 2]
print('start')
xs.pop(5)
print('not reached')
