print('start')
7 // 0
print('not reached')
