print('start')
d = {'a': 1, 'b': undefined_value}
print('not reached')
