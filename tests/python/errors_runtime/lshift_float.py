f = 1.5
print('start')
r = f << 1
print('not reached')
