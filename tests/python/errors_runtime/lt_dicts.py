a = {}
b = {}
print('start')
r = a < b
print('not reached')
