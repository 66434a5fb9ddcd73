print('start')
list.x = 1
print('not reached')
