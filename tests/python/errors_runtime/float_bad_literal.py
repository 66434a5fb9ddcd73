print('start')
float('1,5')
print('not reached')
