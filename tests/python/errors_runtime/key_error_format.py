print('start')
'{name}'.format(age=3)
print('not reached')
