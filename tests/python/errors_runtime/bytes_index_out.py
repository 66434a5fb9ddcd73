b = b'ab'
print('start')
b[2]
print('not reached')
