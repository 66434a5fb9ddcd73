print('start')
r = [1] + (2,)
print('not reached')
