print('start')
'a' + b'b'
print('not reached')
