s = 'a'
print('start')
s.startwith('a')
print('not reached')
