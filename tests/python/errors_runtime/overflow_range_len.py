print('start')
len(range(2 ** 64))
print('not reached')
