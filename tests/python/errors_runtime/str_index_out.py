s = ''
print('start')
s[0]
print('not reached')
