t = (1, 2)
print('start')
t[0] = 5
print('not reached')
