print('start')
print(*1)
print('not reached')
