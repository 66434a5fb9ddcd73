print('start')
'a'.split('')
print('not reached')
