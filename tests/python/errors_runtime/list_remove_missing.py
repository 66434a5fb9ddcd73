xs = ['a']
print('start')
xs.remove('b')
print('not reached')
