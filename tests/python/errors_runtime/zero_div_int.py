a, b = 1, 0
print('start')
a / b
print('not reached')
