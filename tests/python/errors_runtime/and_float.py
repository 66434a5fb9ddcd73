print('start')
r = 1.5 & 1
print('not reached')
