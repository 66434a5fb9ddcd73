s = 'abc'
print('start')
s[0] = 'x'
print('not reached')
