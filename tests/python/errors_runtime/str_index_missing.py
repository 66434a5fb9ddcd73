s = 'hello'
print('start')
s.index('z')
print('not reached')
