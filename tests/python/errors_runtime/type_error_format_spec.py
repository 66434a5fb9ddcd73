print('start')
format('x', 'd')
print('not reached')
