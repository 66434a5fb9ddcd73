print('start')
qwertyuiop
print('not reached')
