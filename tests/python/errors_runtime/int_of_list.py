print('start')
int([1])
print('not reached')
