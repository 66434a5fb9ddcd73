print('start')
abs(1, 2)
print('not reached')
