print('start')
3 in 5
print('not reached')
