s = '3.5'
print('start')
int(s)
print('not reached')
