print('start')
hash([1, 2])
print('not reached')
