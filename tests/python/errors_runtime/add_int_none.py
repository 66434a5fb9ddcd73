x = 5
y = None
print('start')
z = x + y
print('not reached')
