pair = (1, 2, 3)
print('start')
x, y = pair
print('not reached')
