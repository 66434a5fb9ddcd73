pair = [1]
print('start')
x, y = pair
print('not reached')
