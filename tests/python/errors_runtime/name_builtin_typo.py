print('start')
prnt('x')
print('not reached')
