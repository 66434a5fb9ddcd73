print('start')
int('z', 10)
print('not reached')
