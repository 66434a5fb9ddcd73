f = 2.0
print('start')
r = ~f
print('not reached')
