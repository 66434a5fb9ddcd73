print('start')
sum([1], '')
print('not reached')
