n = 10
print('start')
n[0]
print('not reached')
