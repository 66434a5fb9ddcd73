print('start')
x = None[1:2]
print('not reached')
