print('start')
7.5 % 0
print('not reached')
