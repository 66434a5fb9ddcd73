a = 1
print('start')
xs = [a, a / 0, a]
print('not reached')
