print('start')
r = [1] >= (1,)
print('not reached')
