xs = []
print('start')
xs.apend(1)
print('not reached')
