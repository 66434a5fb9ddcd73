xs = [1]
print('start')
xs['0']
print('not reached')
