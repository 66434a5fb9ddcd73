print('start')
10.0 ** 400
print('not reached')
