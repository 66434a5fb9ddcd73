a = [1]
print('start')
b = a * a
print('not reached')
