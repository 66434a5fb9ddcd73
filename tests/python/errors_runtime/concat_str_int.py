count = 3
print('start')
msg = 'count: ' + count
print('not reached')
