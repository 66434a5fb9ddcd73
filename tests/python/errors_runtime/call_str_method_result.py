s = 'abc'
print('start')
s.upper()()
print('not reached')
