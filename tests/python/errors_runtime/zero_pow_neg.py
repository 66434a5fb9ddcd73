print('start')
0 ** -2
print('not reached')
