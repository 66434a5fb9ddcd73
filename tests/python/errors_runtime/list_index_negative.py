xs = [1, 2]
print('start')
xs[-3]
print('not reached')
