print('start')
'{1}'.format('a')
print('not reached')
