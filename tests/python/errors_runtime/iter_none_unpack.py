print('start')
a, b = None
print('not reached')
